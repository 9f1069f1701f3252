#!/usr/bin/env python3
"""Robustness of `anhinga` on hostile input: it must never crash or hang.

Runs as a subprocess check (so a crash is seen as a crash, not as a dead test
runner) in two parts:

1. Pathological inputs, generated here: 100,000 nested brackets, a 10 MB valid
   file, invalid UTF-8, NUL bytes, random bytes (fixed seeds), deep indentation,
   very long lines, huge literals, very deep expressions. Each is also given to
   `python3 FILE`. When CPython's parser rejects it, anhinga must print exactly
   CPython's error (same stderr, exit 1); when CPython's parser accepts it,
   anhinga must accept it too: it runs the program, which may end in a
   traceback, but never in a compile-time error report.
   Cases named in known_differences.txt may still differ (never crash or hang).
2. Fuzzing (--fuzz-iterations N): seeded random mutations of standard-library
   files; anhinga must neither crash nor exceed the time limit. How often its
   error agrees with CPython's is reported as information (mutated files are
   never run by python3: only compiled in this process).

    Tests/Robustness/run_robustness.py --anhinga .build/release/anhinga [--fuzz-iterations 300] [--seed 1]

Exit status 0 when every pathological case passes and no fuzz run crashed or hung.
"""
import argparse
import ast
import concurrent.futures
import contextlib
import io
import os
import random
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def compile_error_report(result):
    """Whether anhinga rejected the program before running it (a SyntaxError report, no traceback)."""
    status, _, stderr = result
    return status == 1 and "Traceback (most recent call last):" not in stderr
TIME_LIMIT = 10
BIG_TIME_LIMIT = 60


def pathological_cases():
    """(name, bytes) pairs; the content is deterministic."""
    rnd = random.Random(1)
    yield "nested_parens_100000", b"x = " + b"(" * 100_000 + b")" * 100_000 + b"\n"
    yield "nested_brackets_100000", b"x = " + b"[" * 100_000 + b"]" * 100_000 + b"\n"
    yield "nested_braces_unclosed_100000", b"x = " + b"{" * 100_000 + b"\n"
    yield "nested_parens_199", b"x = " + b"(" * 199 + b"1" + b")" * 199 + b"\n"
    line = b"value_%d = [1, 2.5, 'text', {'k': (3, 4)}, f'{x!r:>10}'] if x else None  # comment\n"
    body = b"x = 1\n" + b"".join(line % i for i in range(120_000))
    yield "valid_10mb", body[:10_000_000].rsplit(b"\n", 1)[0] + b"\n"
    yield "invalid_utf8_start", b"\xff\xfe\xfd = 1\n"
    yield "invalid_utf8_in_string", b"s = 'caf\xe9'\n"
    yield "truncated_utf8_at_eof", b"x = '\xe2\x82"
    yield "nul_bytes", b"x = 1\x00\x00\ny = 2\n"
    yield "nul_only", b"\x00" * 1000
    for seed in range(1, 6):
        generator = random.Random(seed)
        yield f"random_bytes_seed{seed}", bytes(generator.randrange(256) for _ in range(4096))
    for seed in range(1, 4):
        generator = random.Random(100 + seed)
        yield f"random_ascii_seed{seed}", bytes(generator.choice(b"()[]{}:;,.=+-*/%'\"\\\n\t #abc0123 ") for _ in range(4096))
    yield "indent_99_levels", b"".join(b" " * i + b"if True:\n" for i in range(99)) + b" " * 99 + b"pass\n"
    yield "indent_101_levels", b"".join(b" " * i + b"if True:\n" for i in range(101)) + b" " * 101 + b"pass\n"
    yield "indent_1000_levels", b"".join(b" " * i + b"if True:\n" for i in range(1000)) + b" " * 1000 + b"pass\n"
    yield "indent_1mb_of_spaces", b"if True:\n" + b" " * 1_000_000 + b"pass\n"
    yield "long_line_1mb_expression", b"x = " + b" + ".join(b"1" for _ in range(250_000)) + b"\n"
    yield "long_line_5mb_string", b"x = '" + b"a" * 5_000_000 + b"'\n"
    yield "long_name_1mb", b"a" * 1_000_000 + b" = 1\n"
    yield "huge_decimal_100000_digits", b"x = " + b"7" * 100_000 + b"\n"
    yield "huge_decimal_4000_digits", b"x = " + b"7" * 4000 + b"\n"
    yield "huge_hex_100000_digits", b"x = 0x" + b"f" * 100_000 + b"\n"
    yield "huge_float_literal", b"x = " + b"9" * 10_000 + b".5e99999999999999999999\n"
    yield "huge_exponent", b"x = 1e" + b"9" * 1000 + b"\n"
    yield "deep_unary_minus_100000", b"x = " + b"-" * 100_000 + b"1\n"
    yield "deep_not_10000", b"x = " + b"not " * 10_000 + b"y\n"
    yield "deep_lambda_5000", b"f = " + b"lambda: " * 5000 + b"0\n"
    yield "deep_attribute_40000", b"x = " + b"a." * 40_000 + b"b\n"
    yield "deep_subscript_20000", b"x = a" + b"[0]" * 20_000 + b"\n"
    yield "deep_call_chain_20000", b"x = f" + b"()" * 20_000 + b"\n"
    yield "deep_fstring_nesting", b"x = " + b"f'{" * 3 + b"1" + b"}'" * 3 + b"\n"
    yield "many_dedents", b"".join(b" " * i + b"if x:\n" for i in range(90)) + b" " * 90 + b"y\n" + b"z\n" * 3
    yield "deep_binary_no_brackets_100000", b"x = 1" + b" + 1" * 100_000 + b"\n"
    yield "many_statements_on_line", b"x = 1; " * 100_000 + b"\n"
    yield "unterminated_triple_quote_1mb", b"x = '''" + b"line\n" * 200_000
    yield "backslash_continuations_100000", b"x = 1 \\\n" * 100_000 + b"+ 1\n"
    yield "crlf_and_cr_mix", b"x = 1\r\ny = 2\rz = (\r\n1\r)\n"
    yield "bom_then_error", b"\xef\xbb\xbfx = (\n"
    yield "form_feeds", b"\x0c\x0cif x:\n\x0c    pass\n    \x0cy = (\n"
    # Python calls take no native stack: only the frame-depth ceiling stops these.
    yield "runaway_recursion_limit_2_30", b"import sys\nsys.setrecursionlimit(1 << 30)\nf = lambda f: f(f)\nf(f)\n"
    yield "recursion_200000_deep", (b"import sys\nsys.setrecursionlimit(300000)\n"
                                    b"def d(n):\n    return 0 if n == 0 else d(n - 1) + 1\nprint(d(200000))\n")


def python_accepts(data):
    """Whether CPython's parser (not the later compiler stages) accepts the source."""
    try:
        ast.parse(data)
        return True
    except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError):
        return False


def run(command, path, time_limit):
    try:
        done = subprocess.run(command + [path], capture_output=True, stdin=subprocess.DEVNULL, timeout=time_limit)
    except subprocess.TimeoutExpired:
        return None
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def load_known_differences():
    """Case names whose error text may still differ from CPython's (never a crash or hang)."""
    path = Path(__file__).with_name("known_differences.txt")
    if not path.exists():
        return set()
    return {line.split("#", 1)[0].strip() for line in path.read_text().splitlines()} - {""}


def check_pathological(anhinga, directory):
    failures = 0
    known = load_known_differences()
    for name, data in pathological_cases():
        path = os.path.join(directory, name + ".py")
        Path(path).write_bytes(data)
        limit = BIG_TIME_LIMIT if len(data) > 1_000_000 else TIME_LIMIT
        mine = run([anhinga], path, limit)
        problem = None
        if mine is None:
            problem = f"anhinga ran longer than {limit} s"
        elif mine[0] < 0:
            problem = f"anhinga crashed (signal {-mine[0]})"
        elif python_accepts(data):
            if compile_error_report(mine):
                problem = f"CPython's parser accepts it, anhinga says (exit {mine[0]}):\n{mine[2][-600:]}"
        else:
            theirs = run([sys.executable], path, BIG_TIME_LIMIT)
            if theirs is None:
                problem = "python3 ran longer than the limit"
            elif (mine[0], mine[2]) != (theirs[0], theirs[2]):
                problem = ("differs from CPython:\n--- python3 (exit %d)\n%s\n--- anhinga (exit %d)\n%s"
                           % (theirs[0], theirs[2][-700:], mine[0], mine[2][-700:]))
        tolerated = problem is not None and name in known and problem.startswith(("differs", "CPython's parser"))
        status = "ok  " if problem is None else "known" if tolerated else "FAIL"
        print(f"{status} {name}" + ("" if problem is None else ": " + problem), flush=True)
        failures += problem is not None and not tolerated
        if problem is None and name in known:
            print(f"FAIL {name} now matches CPython: delete it from Tests/Robustness/known_differences.txt")
            failures += 1
        os.unlink(path)
    return failures


MUTATION_SNIPPETS = [b"(", b")", b"[", b"]", b"{", b"}", b":", b"\n", b"    ", b"\t", b"'", b'"', b'"""', b"lambda",
                     b"*", b"**", b"=", b":=", b"\\", b"\\\n", b"\x00", b"\xff", b"\xc3", b'f"{', b"}", b"#", b"if ",
                     b"else", b"async ", b"await ", b"yield", b"match ", b"case ", b"0x", b"1e", b"_", b"\r", b",",
                     b"@", b"->", b"def ", b"class ", b"# type: int", b"\xe2\x82\xac", b"0o9", b"1__2", b"..."]


def mutate(data, rnd):
    data = bytearray(data)
    for _ in range(rnd.randint(1, 4)):
        if not data:
            data += rnd.choice(MUTATION_SNIPPETS)
            continue
        position = rnd.randrange(len(data))
        action = rnd.randrange(6)
        if action == 0:
            del data[position:position + rnd.randint(1, 20)]
        elif action == 1:
            data[position:position] = data[position:position + rnd.randint(1, 40)]
        elif action in (2, 3):
            data[position:position] = rnd.choice(MUTATION_SNIPPETS)
        elif action == 4:
            data[position] = rnd.randrange(256)
        else:
            lines = bytes(data).split(b"\n")
            i, j = rnd.randrange(len(lines)), rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            data = bytearray(b"\n".join(lines))
    return bytes(data)


def cpython_error_report(path, data):
    """CPython's SyntaxError report for the source, printed by its own printer (None if it parses)."""
    try:
        compile(data, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        return None
    except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError) as error:
        stream = io.StringIO()
        with contextlib.redirect_stderr(stream):
            sys.__excepthook__(type(error), error.with_traceback(None), None)
        return stream.getvalue()


def fuzz(anhinga, directory, iterations, seed, jobs):
    root = sysconfig.get_paths()["stdlib"]
    sources = sorted(str(p) for p in Path(root).rglob("*.py")
                     if "site-packages" not in p.parts and p.stat().st_size < 100_000)
    rnd = random.Random(seed)
    inputs = []
    for index in range(iterations):
        original = rnd.choice(sources)
        inputs.append((index, original, mutate(Path(original).read_bytes(), rnd)))

    def one(item):
        index, original, data = item
        path = os.path.join(directory, f"fuzz_{index}.py")
        Path(path).write_bytes(data)
        result = run([anhinga], path, TIME_LIMIT)
        expected = cpython_error_report(path, data)
        os.unlink(path)
        return index, original, data, result, expected

    crashes, agree, rejected_both, disagreements = [], 0, 0, []
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for index, original, data, result, expected in pool.map(one, inputs):
            if result is None or result[0] < 0:
                what = "hung" if result is None else f"crashed (signal {-result[0]})"
                keep = os.path.join(directory, f"crash_{index}.py")
                Path(keep).write_bytes(data)
                crashes.append(f"fuzz #{index} (from {original}) {what}; input kept as .build-reports/robustness/crash_{index}.py")
                continue
            if expected is None and not compile_error_report(result):
                agree += 1
            elif expected is not None and compile_error_report(result):
                rejected_both += 1
                if result[2] == expected:
                    agree += 1
                else:
                    disagreements.append((index, original, expected, result[2]))
            else:
                disagreements.append((index, original, expected or "(CPython's parser accepts it)\n", result[2]))
    print(f"fuzz: {iterations} mutated stdlib files (seed {seed}), {len(crashes)} crashes or hangs")
    print(f"fuzz: agreement with CPython's parser (accept, or the same error text): {agree}/{iterations}")
    report = REPO / ".build-reports" / "robustness_fuzz.txt"
    report.parent.mkdir(parents=True, exist_ok=True)
    with report.open("w", encoding="utf-8") as out:
        for index, original, expected, got in disagreements:
            out.write(f"=== fuzz #{index} from {os.path.relpath(original, root)} (seed {seed})\n"
                      f"--- CPython\n{expected}--- anhinga\n{got}\n")
    print(f"fuzz: every disagreement in full: {report}")
    for line in crashes:
        print("FAIL " + line)
    return len(crashes)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--anhinga", default=str(REPO / ".build" / "release" / "anhinga"))
    parser.add_argument("--fuzz-iterations", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-pathological", action="store_true")
    args = parser.parse_args()
    if not os.access(args.anhinga, os.X_OK):
        sys.exit(f"run_robustness: no anhinga binary at {args.anhinga}")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="anhinga-robustness-") as directory:
        if not args.skip_pathological:
            failures += check_pathological(args.anhinga, directory)
        if args.fuzz_iterations > 0:
            failures += fuzz(args.anhinga, directory, args.fuzz_iterations, args.seed, args.jobs)
        if failures:
            # Keep crash inputs: copy them out of the temporary directory.
            keep = REPO / ".build-reports" / "robustness"
            keep.mkdir(parents=True, exist_ok=True)
            for crash in Path(directory).glob("crash_*.py"):
                (keep / crash.name).write_bytes(crash.read_bytes())
    print(f"robustness: {'FAILED, ' + str(failures) + ' problem(s)' if failures else 'passed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
