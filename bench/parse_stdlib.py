#!/usr/bin/env python3
"""Parsing speed: Anhinga's front end against CPython's, over the standard library.

Both sides read every .py file of the standard library first, then time only
decoding + tokenizing + parsing all of them, in one process each:

    anhinga --parse-bench --files-from LIST     (a release build)
    python3: ast.parse(source) for each file     (/usr/bin/python3.11 when it exists)

Files either side rejects still count (the work is done all the same). Each
side runs --repeat times; the best time is reported. Prints both and the ratio.

    bench/parse_stdlib.py [--anhinga .build/release/anhinga] [--repeat 3] [--markdown]
"""
import argparse
import os
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Runs inside the CPython being measured; prints "seconds lines failed".
CPYTHON_SIDE = r"""
import ast, sys, time
paths = open(sys.argv[1]).read().split("\n")
sources = [open(p, "rb").read() for p in paths if p]
lines = sum(s.count(b"\n") for s in sources)
failed = 0
start = time.perf_counter()
for source in sources:
    try:
        ast.parse(source)
    except (SyntaxError, ValueError):
        failed += 1
print(time.perf_counter() - start, lines, failed)
"""


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    files = []
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d != "site-packages")
        files += [os.path.join(directory, n) for n in sorted(names) if n.endswith(".py")]
    return files


def measure_anhinga(binary, file_list):
    done = subprocess.run([binary, "--parse-bench", "--files-from", file_list], capture_output=True, text=True,
                          check=True)
    values = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    return float(values["seconds"]), int(values["lines"]), int(values["failed"])


def measure_cpython(python, file_list):
    done = subprocess.run([python, "-c", CPYTHON_SIDE, file_list], capture_output=True, text=True, check=True)
    seconds, lines, failed = done.stdout.split()
    return float(seconds), int(lines), int(failed)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--anhinga", default=str(REPO / ".build" / "release" / "anhinga"))
    parser.add_argument("--python", default="/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else "python3")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--markdown", action="store_true", help="also print a table row for docs/performance.md")
    args = parser.parse_args()

    files = stdlib_files()
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(files) + "\n")
    try:
        ours = min((measure_anhinga(args.anhinga, listing.name) for _ in range(args.repeat)), key=lambda r: r[0])
        theirs = min((measure_cpython(args.python, listing.name) for _ in range(args.repeat)), key=lambda r: r[0])
    finally:
        os.unlink(listing.name)

    version = subprocess.run([args.python, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"{len(files)} files, {theirs[1]} lines (best of {args.repeat})")
    for name, (seconds, lines, failed) in (("anhinga", ours), (f"{args.python} ({version})", theirs)):
        print(f"{name:40} {seconds:8.3f} s  {lines / seconds:12,.0f} lines/s  ({failed} files rejected)")
    ratio = ours[0] / theirs[0]
    print(f"anhinga / CPython time: {ratio:.2f}x ({'slower' if ratio > 1 else 'faster'})")
    if args.markdown:
        print(f"| {len(files)} | {theirs[1]:,} | {ours[0]:.2f} s | {ours[1] / ours[0]:,.0f} | "
              f"{theirs[0]:.2f} s | {theirs[1] / theirs[0]:,.0f} | {ratio:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
