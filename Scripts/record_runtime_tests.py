#!/usr/bin/env python3
"""Records int/float/str-conversion behaviour from CPython for AnhingaRuntimeTests.

Writes Tests/AnhingaRuntimeTests/RuntimeRecordedCases.swift: tab-separated lines
inside raw string literals (a big array literal would be slow to type-check).

Operands are encoded exactly: `i:<hexadecimal>`, `f:<hex bit pattern>`, `b:0|1`.
Strings to parse are encoded as comma-separated hex code points (`hex*count` for a run).
A result is `repr(result)` (the encoded int for int()), or `!ExceptionName: message`.

Run: python3 Scripts/record_runtime_tests.py
"""
import math
import os
import struct
import sys

sys.set_int_max_str_digits(4300)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "AnhingaRuntimeTests", "RuntimeRecordedCases.swift")

SMALL_INTS = [0, 1, -1, 2, -3, 7, -7, 10, 2**31]
EDGE_INTS = [2**53 + 1, 2**62, 2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**64, -(2**64),
             10**20, -(10**20), 3**100, -(7**50)]
HUGE_INTS = [10**330, -(10**330), 3**700 + 1]  # beyond the float range
FLOATS = [0.0, -0.0, 0.5, -1.5, 2.5, 0.1, 123456789.125, 1e300, -1e-300, 5e-324,
          math.inf, -math.inf, math.nan, 2.0**63]
BOOLS = [True, False]


def encode(value):
    if isinstance(value, bool):
        return "b:%d" % int(value)
    if isinstance(value, int):
        return "i:%s%x" % ("-" if value < 0 else "", abs(value))  # hex: no digit limit
    if isinstance(value, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", value))[0]
    raise TypeError(value)


def outcome(thunk, render=repr):
    try:
        result = thunk()
    except Exception as error:  # noqa: BLE001 - recording every exception is the point
        return "!%s: %s" % (type(error).__name__, error)
    return render(result)


def code_points(text):
    """Hex code points, comma-separated; a run is `hex*count`."""
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


BINARY = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "truediv": lambda a, b: a / b,
    "floordiv": lambda a, b: a // b,
    "mod": lambda a, b: a % b,
    "divmod": divmod,
    "pow": lambda a, b: a ** b,
    "lshift": lambda a, b: a << b,
    "rshift": lambda a, b: a >> b,
    "and": lambda a, b: a & b,
    "or": lambda a, b: a | b,
    "xor": lambda a, b: a ^ b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
    "hashpair": lambda a, b: hash((a, b)),
}
UNARY = {
    "neg": lambda a: -a,
    "pos": lambda a: +a,
    "abs": abs,
    "invert": lambda a: ~a,
    "hash": hash,
    "repr": repr,
    "float": float,
    "int": int,
    "bool": bool,
}


def pairs():
    numbers = SMALL_INTS + EDGE_INTS + FLOATS + BOOLS
    for a in numbers:
        for b in numbers:
            yield a, b
    # Huge ints against a few partners (their products would bloat the file).
    partners = [0, 1, -1, 7, -7, 2**64, -(10**20), 0.5, -1.5, 1e300, math.inf] + HUGE_INTS
    for huge in HUGE_INTS:
        for other in partners:
            yield huge, other
            if other not in HUGE_INTS:
                yield other, huge


def is_complex_power(a, b):
    """Negative base, fractional exponent: a complex result (Anhinga has no complex yet)."""
    return a < 0 and isinstance(b, float) and math.isfinite(b) and b != int(b)


def binary_cases():
    lines = []
    for name, function in BINARY.items():
        for a, b in pairs():
            if name == "pow":
                if isinstance(b, int) and not isinstance(b, bool) and abs(b) > 64:
                    continue  # results stay small
                if a in HUGE_INTS and isinstance(b, int) and b > 3:
                    continue
                if not (isinstance(a, float) and math.isnan(a)) and is_complex_power(a, b):
                    continue
            if name == "mul" and (a in HUGE_INTS and b in HUGE_INTS):
                continue
            if name in ("lshift", "rshift") and isinstance(b, int) and b > 200:
                continue
            if name == "hashpair" and (isinstance(a, float) and math.isnan(a) or
                                       isinstance(b, float) and math.isnan(b)):
                continue  # CPython hashes NaN by identity
            if name in ("and", "or", "xor", "lshift", "rshift") and (
                    isinstance(a, float) or isinstance(b, float)):
                if (a, b) != (FLOATS[2], 1):
                    continue  # one TypeError case is enough
            lines.append("\t".join([name, encode(a), encode(b), outcome(lambda: function(a, b))]))
    # Shifts by big and negative counts.
    for a in [0, 1, -1, 5, -5, 2**64, -(2**64)]:
        for b in [0, 1, 63, 64, 65, 127, 128, -1, 10**30]:
            for name in ("lshift", "rshift"):
                if name == "lshift" and b == 10**30 and a != 0:
                    continue  # MemoryError in CPython: recorded below by hand-free check
                lines.append("\t".join([name, encode(a), encode(b), outcome(lambda: BINARY[name](a, b))]))
    return lines


def unary_cases():
    lines = []
    for name, function in UNARY.items():
        for a in SMALL_INTS + EDGE_INTS + HUGE_INTS + FLOATS + BOOLS:
            if name == "hash" and isinstance(a, float) and math.isnan(a):
                continue
            lines.append("\t".join([name, encode(a), outcome(lambda: function(a))]))
    # str() around the 4300-digit limit.
    for a in [10**4299, -(10**4299), 10**4300 - 1, 10**4300, -(10**4300), 10**5000]:
        lines.append("\t".join(["repr", encode(a), outcome(lambda: repr(a))]))
    return lines


INT_TEXTS = [
    "0", "-0", " 12 ", "+7", "-7", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F", "0o17", "0O17", "0b101",
    "0b", "0b_1", "0x_1f", "0x__1f", "010", "00", "0_0", "0_1", "\u0663\u0664", "\u0661\u0662", "z", "Z", "10",
    "12", "  \t\n42\x0c ", "\u00a042\u2003", "-", "", " ", "+", "- 1", "+-1", "9" * 19, "-" + "9" * 30,
    "1" * 4300, "1" * 4301, "-" + "1" * 4301, "1" * 5000, "12abc", "0x", "0xg", "1e5", "1.0", "٣.",
    "x" * 300, "\U0001d7d9", "\u00b2", "12\u0000", "ff", "FF", "-0x10", "0b2",
]
INT_BASES = [0, 2, 8, 10, 16, 36, 1, 37, -1]


def int_parse_cases():
    lines = []
    for text in INT_TEXTS:
        for base in INT_BASES:
            if base not in (0, 10, 16) and text not in ("10", "12", "z", "0b101", "ff", "0o17", "0_1"):
                continue
            lines.append("\t".join([str(base), code_points(text), outcome(lambda: int(text, base), render=encode)]))
    return lines


FLOAT_TEXTS = [
    "1", "-1", " 2.5 ", "1_0.5", "_1", "1__0", "1_", " infinity ", "-inF", "+nan", "-nAn", "iNfInItY", "infinit",
    "0x1p3", "1e", "1e5", "1E-5", ".5", "5.", ".", "1e5_0", "1_e5", "1.5_5", "1e400", "-1e-400", "\u0661.\u0665",
    "", " ", "+", "1.2.3", "1e+", "nan1", "0.1", "123456789012345678901234567890", "2.5e-324", "4.9e-324",
    "1.7976931348623157e308", "1.7976931348623159e308", "\u00a01.5\u2003", "1_000.000_1e1_0", "١e٣",
]


def float_parse_cases():
    return ["\t".join([code_points(text), outcome(lambda: float(text))]) for text in FLOAT_TEXTS]


def swift_block(name, lines):
    body = "\n".join(lines)
    assert '"""#' not in body
    return 'let %s = #"""\n%s\n"""#\n' % (name, body)


def main():
    parts = [
        "// Generated by Scripts/record_runtime_tests.py from CPython %s. Do not edit.\n" % sys.version.split()[0],
        "// Tab-separated; see the script for the encoding.\n\n",
        swift_block("recordedBinaryCases", binary_cases()),
        "\n",
        swift_block("recordedUnaryCases", unary_cases()),
        "\n",
        swift_block("recordedIntParseCases", int_parse_cases()),
        "\n",
        swift_block("recordedFloatParseCases", float_parse_cases()),
    ]
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write("".join(parts))
    print("wrote", os.path.relpath(OUT))


if __name__ == "__main__":
    main()
