#!/usr/bin/env python3
"""Records CPython's format() and printf-style % results for the Format/ engine's tests.

    python3 Scripts/record_format_tests.py           rewrite the recorded table
    python3 Scripts/record_format_tests.py --check   exit 1 if it is out of date

Output: Tests/AnhingaRuntimeTests/FormatRecordedCases.swift, replayed by
FormatSpecTests.swift. Tab-separated lines in raw string literals:

    format cases:   <type name> <value> <spec> <outcome>
    percent cases:  <template> <arguments> <outcome>

Values: `i:<hex>` (sign first), `b:0|1`, `f:<hex bit pattern>`, `s:<code points>`.
Code points are comma-separated hex, `hex*count` for a run (results padded to a
width of 10**6 stay short). Arguments: `t:` and a tuple's values separated by
spaces, `1:` and a single value, `m:` and `key=value` pairs of a dict (keys as
code points). An outcome is `=` and the result's code points, or
`!ExceptionName: message`. Random cases use a fixed seed, so the output is stable.
"""

import math
import os
import random
import struct
import sys

sys.set_int_max_str_digits(4300)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT_PATH = os.path.join(ROOT, "Tests", "AnhingaRuntimeTests", "FormatRecordedCases.swift")


def code_points(text):
    tokens = []
    index = 0
    while index < len(text):
        end = index
        while end < len(text) and text[end] == text[index]:
            end += 1
        run = end - index
        tokens.append("%x" % ord(text[index]) + ("*%d" % run if run > 1 else ""))
        index = end
    return ",".join(tokens)


def encode(value):
    if isinstance(value, bool):
        return "b:%d" % int(value)
    if isinstance(value, int):
        return "i:%s%x" % ("-" if value < 0 else "", abs(value))
    if isinstance(value, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", value))[0]
    if isinstance(value, str):
        return "s:" + code_points(value)
    raise TypeError(value)


def outcome(thunk):
    try:
        result = thunk()
    except Exception as error:  # noqa: BLE001 - recording every exception is the point
        message = str(error)
        # Messages go in raw; the few that quote odd characters are left out.
        if not all(" " <= c <= "~" for c in message):
            return None
        return "!%s: %s" % (type(error).__name__, message)
    return "=" + code_points(result)


class MyInt(int):
    pass


class MyFloat(float):
    pass


INT_VALUES = [0, 1, -1, 255, -1234567, 2**64, -10**40, True]
INT_SPECS = ["", "d", "x", "X", "#x", "#o", "#b", "_b", "_x", "#012_x", ",", "08,d", "010,", "+d", " d", "=+10",
             "^10", "*<10", "c", "n", ".2e", "f", ",.2f", "%", "g", "z", "+c", "#c", ".2", ",x", "q", "xx", "5.2.3",
             "99999999999999999999"]
EXTRA_INT_CASES = [(0x10ffff, "c"), (0x110000, "c"), (-1, "c"), (10**30, "c"), (65, "010c"), (65, "^5c"),
                   (10**400, "f"), (10**400, "x"), (2**1024 - 2**970, "e"), (2**1024 - 2**971, "e"),
                   (MyInt(5), "q"), (MyInt(5), "5.2.3"), (5, "1000000"), (5, "9223372036854775807"),
                   (5, "\u0665"), (7, "0=#10_x"), (7, "#0=10x"), (-7, "0^+8,"), (5, "z+"), (5, "+z")]
FLOAT_VALUES = [0.0, -0.0, 1.0, 0.5, 2.5, -1.5, 0.1, 1 / 3, 123456789.0, 1e16, 1e-5, 1e300, 5e-324, 2.675,
                math.inf, -math.inf, math.nan]
FLOAT_SPECS = ["", ".0", ".1", ".3", "#", "e", ".0e", ".3E", "f", ".0f", ".2f", ".20f", "F", "g", ".3g", "#g",
               "G", "n", "%", ",", ",.2f", "015,.2f", "+", " ", "z.1f", "=12", "*^12.3", "#.0f", "d",
               ".2147483648f"]
EXTRA_FLOAT_CASES = [(-0.0001, "z.2f"), (-0.0, "z"), (-0.004, "z.2%"), (1e-300, ".1100f"), (5e-324, ".760e"),
                     (1.5, ".2147483647"), (1.5, "#.30"), (2.0**63, ".0f"), (1.7976931348623157e308, "f"),
                     (MyFloat(2.5), "x"), (1234.5, "012,.3e"), (1e100, "015,"), (math.inf, "012,.1f"),
                     (-math.nan, "+"), (9.5, ".0f"), (0.125, ".2f"), (0.375, ".2f"), (1e23, ".17g"),
                     (12.0, ".3"), (123.0, ".3"), (123456.0, "#g")]
STR_VALUES = ["", "ab", "h\u00e9llo", "\U0001f600x", "\ud800"]
STR_SPECS = ["", "s", "5", ">5", "^6", "*^7", ".1", "10.2", "05", "=5", "+", " ", "z", "#", ",", "d", "xx"]
PERCENT_CASES = [
    ("%s %y", ()), ("%s %y", (1, 2, 3)), ("%s %", (1,)), ("%(a)s %(b", {"a": 1}), ("%(a", 5), ("%y", 5),
    ("%", 5), ("%(a)", {"a": 1}), ("%5", 1), ("%*d", (5, 2)), ("%*d", (-5, 2)), ("%.*f", (2, 3.14159)),
    ("%.*f", (-2, 3.14159)), ("%*.*f", (8, 2, 3.14159)), ("%*d", (2**63, 2)), ("%*d", (-2**63, 2)),
    ("%.*d", (2**31, 2)), ("%99999999999999999999d", 1), ("%.99999999999999999999d", 1),
    ("%.2147483648f", 1.0), ("%5%", (1,)), ("%ld", 5), ("%hd %Lf", (5, 1.0)), ("%lld", 5), ("%l", 5),
    ("%\x1f", 5), ("%\x7f", 5), ("%\u00e9", 5), ("ab%(k(x))sc", {"k(x)": 1}), ("%(k)s%s", {"k": 1}),
    ("%%", ()), ("%(a)99999999999999999999d", {}), ("%*.99999999999999999999d", (1,)), ("%-+ #0-5d", 3),
    ("%.5.5d", 3), ("%.d", 3), ("%.f", 3.14159), ("%.s", "abc"), ("%*.*s", (5, 2, "abc")),
    ("%*.*s", (-5, -2, "abc")), ("%09.3f|%-9.3f|%+09.3f|% 09.3f|%#9.0f", (3.14159,) * 5),
    ("%.3d|%.3x|%#.3x|%+.3d|%05.3d|%-5.3d|% .3d", (5, 5, 5, -5, 5, 5, 5)),
    ("%#x|%#X|%#o|%x|%o|%#5x|%#05x|%-#5x|", (0, 0, 0, -255, -8, 255, 255, 255)),
    ("%05s|%-05d|%+ d|% +d|%0-5d|", ("ab", 3, 3, 3, 3)), ("%c|%5c|%-5c|%c|%05c", (65, 66, 67, "D", 69)),
    ("%c", 0x110000), ("%c", -1), ("%c", 2**70), ("%c", "AB"), ("%.50d", 10**40), ("%#.50x", -10**40),
    ("%x|%X|%o", (10**40, -10**40, 10**40)), ("%#08.3x|%+.3x|%#.3o|%#-8.3X|%08.3d|% 08.3d", (5, -5, 8, 255, -5, 5)),
    ("%e|%E|%f|%F|%g|%G", (1.5,) * 6), ("%e|%E|%f|%F|%g|%G", (math.inf,) * 6),
    ("%+e|% f|%010.2f|%-10.2f|%#.0f|%#g|%#.0e", (1.5, 1.5, -1.5, 1.5, 2.0, 1.0, 3.0)),
    ("%010f|%+010f|%010e", (math.inf, -math.inf, math.nan)),
    ("%g|%g|%g|%g|%.0g|%.1g|%#.1g", (1e-5, 1e16, 123456789.0, 0.0001, 0.5, 1.5, 2.0)),
    ("%f|%e|%g", (True, True, True)), ("%e", 10**30), ("%f", 10**400), ("%.3s|%-5.3s|%5.1s", ("abcdef",) * 3),
    ("%s", ()), ("%s", (1, 2)), ("abc", 1), ("abc", ()), ("%(a)s", (1,)), ("%1000000d", 5),
    ("%9223372036854775807s", "ab"), ("%.2147483647s", "ab"), ("%s and %s", ("x", "y")), ("%d%%", 50),
]


def format_cases(rng):
    cases = []
    for value in INT_VALUES:
        cases += [(value, spec) for spec in INT_SPECS]
    cases += EXTRA_INT_CASES
    for value in FLOAT_VALUES:
        cases += [(value, spec) for spec in FLOAT_SPECS]
    cases += EXTRA_FLOAT_CASES
    for value in STR_VALUES:
        cases += [(value, spec) for spec in STR_SPECS]
    # A random spread over the whole grammar.
    fills = ["", "<", ">", "^", "=", "*<", "0=", "x^", "\u20ac>"]
    for _ in range(150):
        value = rng.choice([0, 7, -42, 1234567, -2**70, 2.5, -0.0, 1e-7, 98765.4321, 1e22, 0.3])
        spec = (rng.choice(fills) + rng.choice(["", "+", "-", " "]) + rng.choice(["", "", "z"])
                + rng.choice(["", "#"]) + rng.choice(["", "0"]) + rng.choice(["", "5", "12"])
                + rng.choice(["", ",", "_"]) + rng.choice(["", ".0", ".3", ".12"])
                + rng.choice(["", "d", "x", "b", "e", "f", "g", "G", "%", "n"]))
        cases.append((value, spec))
    lines = []
    for value, spec in cases:
        if isinstance(value, bool) and spec == "":
            continue  # format(True, '') is str(True): the runtime's, not the engine's
        result = outcome(lambda: format(value, spec))
        if result is not None:
            lines.append("\t".join([type(value).__name__, encode(value), code_points(spec), result]))
    return lines


def percent_cases():
    lines = []
    for template, args in PERCENT_CASES:
        if isinstance(args, tuple):
            encoded = "t:" + " ".join(encode(a) for a in args)
        elif isinstance(args, dict):
            encoded = "m:" + " ".join(code_points(k) + "=" + encode(v) for k, v in args.items())
        else:
            encoded = "1:" + encode(args)
        result = outcome(lambda: template % args)
        if result is not None:
            lines.append("\t".join([code_points(template), encoded, result]))
    return lines


def swift_block(name, lines):
    body = "\n".join(lines)
    assert '"""#' not in body
    return 'let %s = #"""\n%s\n"""#\n' % (name, body)


def generate():
    rng = random.Random(3_11_7)
    return "".join([
        "// Generated by Scripts/record_format_tests.py from CPython %s. Do not edit.\n" % sys.version.split()[0],
        "// Tab-separated; see the script for the encoding.\n\n",
        swift_block("recordedFormatCases", format_cases(rng)),
        "\n",
        swift_block("recordedPercentCases", percent_cases()),
    ])


def main(arguments):
    text = generate()
    try:
        with open(OUTPUT_PATH, encoding="utf-8") as file:
            current = file.read()
    except FileNotFoundError:
        current = None
    if current == text:
        return 0
    if "--check" in arguments:
        print(f"{os.path.relpath(OUTPUT_PATH, ROOT)} is out of date "
              "(run python3 Scripts/record_format_tests.py)", file=sys.stderr)
        return 1
    with open(OUTPUT_PATH, "w", encoding="utf-8") as file:
        file.write(text)
    print(f"wrote {os.path.relpath(OUTPUT_PATH, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
