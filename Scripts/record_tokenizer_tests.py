#!/usr/bin/env python3
"""Records what CPython 3.11 says about small sources, as Swift test data.

Writes Tests/AnhingaSyntaxTests/TokenizerRecordedCases.swift (do not edit it by hand):
  * recordedErrorCases: sources that `python3 FILE` rejects in its tokenizer,
    with the SyntaxError (class, msg, lineno, offset, end_lineno, end_offset)
    that sys.excepthook receives when the source is run as a script file;
  * recordedCompileErrorCases: the same sources given to compile() as bytes;
  * recordedTokenCases: sources and the tokens of the `tokenize` module,
    reduced to what the C tokenizer also produces (no ENCODING/COMMENT/NL;
    NEWLINE and INDENT located at their start, column in characters);
  * recordedStringCases: string literals and their value (repr), or for
    f-strings a rendering of the JoinedStr parts.
  * recordedListingCases: sources and what `python3 -m tokenize FILE` prints
    (stdout, stderr with the path replaced by FILE, exit status).
Run from the repository root: python3 Scripts/record_tokenizer_tests.py
"""
import ast, io, os, subprocess, sys, tempfile, tokenize, warnings

ERROR_SOURCES = [
    b"x = (1,\n", b"x = 1)\n", b"x = (1]\n", b"x = (1,\n2]\n", b"x = 'abc\n", b"x = '''abc\n\n", b"x = rb'abc\n",
    b"x = 1_\n", b"x = 0x\n", b"x = 0o8\n", b"x = 012\n", b"x = 1e\n", b"x = 1.5j_\n", b"x = 0b2\n", b"x = 1__0\n",
    b"x = \\ 1\n", b"x = \xe2\x82\xac\n", b"x = a\xc2\xa0b\n", b"x = 1\x00\n", b"# coding: foo\nx=1\n",
    b"if 1:\n        x\n\ty\n", b"if 1:\n  x\n y\n", b"x=1\n\\", b"0_7", b"0x_", b"0xg", b"1e+", b"1.e5_", b"1jj",
    b"0o", b"0b", b"0b1_", b"0o7_", b"0o19", b"0b12", b"0xfg", b"1_2_", b"1.5_", b"1e5x", b"1.0e+5_1a",
    b"x = (" + b"(" * 200 + b")" * 201,
    b"\n".join(b" " * i + b"if 1:" for i in range(101)) + b"\n" + b" " * 101 + b"pass\n",
    b"x = \x01\n", b"def f():\n\tif 1:\n        pass\n", b"x=1\ny = \\ 1\n", b"if 1:\n  x=1\n  if 2:\n    y\n y\n",
    b"x=1\nx\\", b"x=(1,\n\\", b"def f():\n  pass\n#\xc3\xa9\n \ty\n", b"\xc3\xa9 = ((1,\n",
    b"'\xc3\xa9' + \xe2\x82\xac\n", b"\xc3\xa9\xc3\xa9 = 1)\n", b"x = '\xc3\xa9\n", b"x='''\n\n", b"\xc3\xa9=0_7",
    b"(\n)]\n", b"[\n\n)", b"x = [1,\n2,\n", b"if 1:\n\tpass\n        pass\n", b"if 1:\n        pass\n\tpass\n",
    b"if 1:\n \tpass\n\tpass\n", b"a\x0b = 1", b"x = \\\n", b"\\\n", b"x = 1\n\\\n", b"\xef\xbb\xbf# coding: latin-1\nx=1\n",
    b"x = '\xff'\n", b"#!/bin/sh\n# -*- coding: utf-8 -*-\nx=1\n\n\xff = 3\n", b"x = 1\n\xe9\n", b"\r\nx = (1,\r\n",
    b"x = 'a\\\nb\n", b"\xe2\x84\x98x = 1 + \xc2\xb2\n", b"a\xe2\x80\x8bb = 1\n", b"x = $\x01\n",
    b"# \xff\nx = 1\n", b"x = 'ab \xff'\n", b"x = '''a\n\xff'''\n", b"x = b'\xff'\n", b"\xe9x = 1\n", b"x\xe9 = 1\n",
    b"x = \xe2\x82\n", b"x = 1 + \xff\n", b"x = f'{a}\xff'\n", b"x = r'\xff'\n",
    b"# coding: utf8\nx='\xc3'\n",
    # Known difference: b"# coding: utf-8\nx = '\xff'\n" (CPython: offset 6; Anhinga: 8, as without the cookie).
]

TOKEN_SOURCES = [
    "", "x", "x = 1\n", "x = 1\r\ny = 2\r\n", "if x:\n    y\n", "if x:\n\ty\n\tz\n", "x = (1,\n     2)\n",
    "x = [1, [2, (3, {4: 5})]]\n", "def f(a, *b, **c) -> None:\n    return a ** 2 // 3\n",
    "x = 'a\\\nb'\n", "s = '''one\ntwo'''\nt = 1\n", "\u00e9t\u00e9 = '\u00e7a'\n", "x = 1 \\\n  + 2\n",
    "if 1:\n  if 2:\n    pass\n\n# c\n  \nx\n", "\x0c\nx = 1\n", "if 1:\n  \x0c  x = 1\n  y=2\n",
    "a = 0xFF + 0o17 + 0b1_0 + 1_000 + 1.5e-3 + .5 + 5. + 3j + 1.5J + 0_0 + 00\n",
    "x = rb'a' + Br\"b\" + f'{c}' + U'd' + fR'e' + Rf'''f'''\n", "x = 1if y else 2\n",
    "a ... b .. c . d\n", "x += 1; y -= 2; z *= 3; w @= 4; v //= 5; u **= 6; t >>= 7; s <<= 8\n",
    "x = a != b <= c >= d == e < f > g\n", "x := -> ~ ^ | & % ^= |= &= %=\n", "match x:\n    case _:\n        pass\n",
    "async def f():\n    await x\n", "x = 1 # comment\n", "x = (  # c\n  1)\n", "if x:\n    pass\n  # odd comment\n",
    "class A:\n    def f(self):\n        pass\n    x = 1\n", "x = 1\n\n\n", "   \n\nx\n", "x = 1  \\\n\n",
    "if 1:\n  x = 1\n  y = (\n1)\n", "x = '\u20ac' + \"\U0001F600\"\n",
]

STRING_SOURCES = [
    r"'abc'", r"'a\nb\tc\\d\'e\"f'", r"'\x41\u00e9\U0001F600\101\0'", r"'\N{LATIN SMALL LETTER A}\N{bullet}'", r"'\d\q'",
    r"r'\n\x41'", r"b'\x41\n\101'", r"br'\x41'", r"u'\u00e9'", "'''a\nb'''", "'a\\\nb'", r"'\777'", "'\u00e9\\\u00e9'",
    r"b'\u1234'", "'\\N{EM DASH}x'", r"'\x1'", r"'ab\x1g'", "'\u00e9\\x1'", r"'\u12'", r"'\U1234567'", r"'\U00110000'",
    r"'\N{foo}'", r"'\N'", r"'\N{'", r"'\N{LATIN SMALL LETTER A'", r"b'\x1'", "b'\u00e9'", r"b'a\x'",
    "f'abc'", "f'{a}'", "f'x{a!r}y{b:>10}z'", "f'{a=}'", "f'{ a = !s:>10}'", "f'x{a:}'", "f'{{}}'", "f'{a:{b}c{d}}'",
    "f'{a:{{}}}'", "f'{3.5j!r:^{w}}'", "f'{a!=b}'", "f'{a<b}'", "f'''{\na\n}'''", r"f'\{a}'", r"f'\N{bullet}{a}'",
    r"rf'\N{a}'", "f'{x:\\n}'", "f'{\"a\"}'", "f'{a[\"b\"]}'",
    "f'{'", "f'}'", "f'{}'", "f'{ }'", "f'{a!x}'", "f'{a!}'", "f'{a!r'", "f'{a:{b:{c}}}'", "f'{a#}'", "f'{a\\n}'",
    "f'{a)}'", "f'{(a}'", "f'{a[}'", "f'{a(]}'", "f'{\"a}'", "f'{a:x}}'", "f'{a!r=}'", "f'{a}}'", "f'{a!rr}'",
    "f'{a:{b!x}}'", "rf'{a}\\{'", "f'{a!s:{b!}}'",
]


LISTING_SOURCES = [
    b"", b"x", b"x = 1\n", b"x = 1\r\ny = 2\r\n", b"if x:\n  y\n", b"\xef\xbb\xbfx = 1\n", b"# coding: latin-1\nx = '\xe9'\n",
    b"x = 'abc\n", b"x = '''abc\n\n", b"x = (1,\n", b"if 1:\n  x\n y\n", b"x = $ ? !\n", b"x = 1  \n   ", b"# only\n# comments",
    b"x = 'a\\\nb'\n", b"x = 'a\\\nb\n", b"s = '''\none\\\ntwo'''\n", b"\x0c\nx = 1\n\tif x:\n\t\tpass\n", b"x = 1 \\\n+ 2\n",
    b"x = 0x_1 + 1__2 + 012 + 1e + 1.5j_ + 0b102\n", b"\xe9t\xe9 = 1\n", b"# coding: utf-8\n\xc3\xa9 = '\xe2\x82\xac'\n",
    b"# coding: foo\n", b"\xef\xbb\xbf# coding: latin-1\n", b"x = '\xff'\n", b"x = f'{a!r:>{w}}' rb'\\x'\n", b"x = \\\n",
    b"x = 1\r", b"a\rb = 1\n", b"x = \xc2\xb2\n", b"x = \x00\n", b"def f():\n    return 1\n  # c\n", b"x = [\n  1, # c\n\n  2]\n",
    b"x = 1\n\xef\xbb\xbfy = 2\n", b"if 1:\n    x = '''\n  a'''\n", b"x = 1e5j + 1_0.0_1e+1_0J + .5j + 0o1_7 + 0B1\n",
]


def record_listings(directory):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from tokenize_differential import expected_listing
    rows = []
    for index, source in enumerate(LISTING_SOURCES):
        path = os.path.join(directory, "listing%d.py" % index)
        with open(path, "wb") as f:
            f.write(source)
        stdout, stderr, code = expected_listing(path)
        rows.append("    RecordedListing(source: %s, stdout: %s, stderr: %s, exitCode: %d)," % (
            swift_bytes(source), swift_string(stdout.replace(path, "FILE")), swift_string(stderr.replace(path, "FILE")), code))
    return rows


def swift_string(text):
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        elif ch == '\r': out.append('\\r')
        elif ch == '\t': out.append('\\t')
        elif code < 0x20 or code == 0x7f or 0xd800 <= code < 0xe000: out.append('\\u{%x}' % code)
        elif code < 0x7f: out.append(ch)
        else: out.append('\\u{%x}' % code)
    out.append('"')
    return ''.join(out)


def swift_bytes(data):
    return "[" + ", ".join("0x%02x" % b for b in data) + "]"


HOOK = """import sys
def hook(t, e, tb):
    print(repr((t.__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)))
sys.excepthook = hook
"""


# Standard-library files that CPython's tokenizer rejects (read at record time).
STDLIB_ERROR_FILES = [
    "test/tokenizedata/bad_coding.py", "test/tokenizedata/badsyntax_pep3120.py", "test/tokenizedata/badsyntax_3131.py",
    "test/tokenizedata/bad_coding2.py", "lib2to3/tests/data/py2_test_grammar.py",
]


def record_errors(directory):
    with open(os.path.join(directory, "sitecustomize.py"), "w") as f:
        f.write(HOOK)
    rows = []
    import sysconfig
    stdlib = sysconfig.get_paths()["stdlib"]
    extra = []
    for name in STDLIB_ERROR_FILES:
        with open(os.path.join(stdlib, name), "rb") as f:
            extra.append(f.read())
    for index, source in enumerate(ERROR_SOURCES + extra):
        path = os.path.join(directory, "case%d.py" % index)
        with open(path, "wb") as f:
            f.write(source)
        env = dict(os.environ, PYTHONPATH=directory)
        done = subprocess.run([sys.executable, path], capture_output=True, env=env, text=True)
        line = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
        if not line.startswith("("):
            continue
        kind, msg, lineno, offset, end_lineno, end_offset = eval(line)
        msg = msg.replace(path, "FILE")
        rows.append("    RecordedError(source: %s, kind: %s, message: %s, lineno: %d, offset: %d, endLineno: %d, endOffset: %d),"
                    % (swift_bytes(source), swift_string(kind), swift_string(msg), lineno or 0, offset or 0,
                       end_lineno or 0, end_offset or 0))
    return rows


def record_compile_errors():
    """The same sources given to compile() as bytes (CPython words and places some errors differently)."""
    rows = []
    warnings.simplefilter("ignore")
    for source in ERROR_SOURCES:
        try:
            compile(source, "FILE", "exec")
            continue
        except SyntaxError as e:
            kind, msg, lineno, offset, end_lineno, end_offset = (
                type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        rows.append("    RecordedError(source: %s, kind: %s, message: %s, lineno: %d, offset: %d, endLineno: %d, endOffset: %d),"
                    % (swift_bytes(source), swift_string(kind), swift_string(msg), lineno or 0, offset or 0,
                       end_lineno or 0, end_offset or 0))
    return rows


def record_tokens():
    rows = []
    for source in TOKEN_SOURCES:
        tokens = []
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            name = tokenize.tok_name[tok.type]
            if name in ("COMMENT", "NL", "ENCODING"):
                continue
            (line, col), (end_line, end_col) = tok.start, tok.end
            text = tok.string
            if name == "INDENT":
                col, text = end_col, ""
            if name == "NEWLINE":
                text = ""
            tokens.append("%s %s %d,%d" % (name, text, line, col))
        rows.append("    RecordedTokens(source: %s, tokens: [\n%s\n    ])," % (
            swift_string(source), "\n".join("        %s," % swift_string(t) for t in tokens)))
    return rows


def render_joined(node, source):
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append("L" + repr(value.value))
        else:
            spec = "" if value.format_spec is None else " spec[" + render_joined(value.format_spec, source) + "]"
            text = " ".join(ast.get_source_segment(source, value.value).split())
            parts.append("F(%s conv=%d%s)" % (text, value.conversion, spec))
    return " ".join(parts)


def record_strings():
    rows = []
    warnings.simplefilter("ignore")
    for source in STRING_SOURCES:
        try:
            node = ast.parse(source).body[0].value
            if isinstance(node, ast.JoinedStr):
                expected = "fstring " + render_joined(node, source)
            else:
                expected = "value " + repr(node.value)
        except SyntaxError as e:
            expected = "error " + e.msg
        rows.append("    RecordedString(source: %s, expected: %s)," % (swift_string(source), swift_string(expected)))
    return rows


def main():
    with tempfile.TemporaryDirectory() as directory:
        errors = record_errors(directory)
        listings = record_listings(directory)
    out = ["// Generated by Scripts/record_tokenizer_tests.py from python3 %s. Do not edit." % sys.version.split()[0],
           "", "let recordedErrorCases: [RecordedError] = ["] + errors + ["]", "",
           "let recordedCompileErrorCases: [RecordedError] = ["] + record_compile_errors() + ["]", "",
           "let recordedTokenCases: [RecordedTokens] = ["] + record_tokens() + ["]", "",
           "let recordedStringCases: [RecordedString] = ["] + record_strings() + ["]", "",
           "let recordedListingCases: [RecordedListing] = ["] + listings + ["]", ""]
    target = os.path.join("Tests", "AnhingaSyntaxTests", "TokenizerRecordedCases.swift")
    with open(target, "w") as f:
        f.write("\n".join(out))
    print("wrote", target, len(errors), "errors")


if __name__ == "__main__":
    main()
