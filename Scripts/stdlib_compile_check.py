#!/usr/bin/env python3
"""Compile-time checks over the standard library: no false errors, same real ones.

For every .py file of the installed CPython standard library (test/ included,
site-packages excluded), CPython's `compile(source, path, 'exec')` either
succeeds or raises a SyntaxError. `anhinga --dis PATH` runs the same stages
(parse, future statements, symbol table, compiler checks, code generation)
without running the program:

  - CPython compiles the file  -> anhinga must exit 0, never report a
                                  SyntaxError (a false error);
  - CPython rejects the file   -> anhinga must exit 1 with the same report
                                  CPython's printer gives for that error.

Prints `compile checks: N/M files agree` and the mismatches. Exit status 0 when
all agree.

    Scripts/stdlib_compile_check.py [--anhinga BIN] [--jobs 2] [--filter TEXT] [FILE_OR_DIR ...]
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
import sysconfig
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def python_files(roots, name_filter):
    files = []
    for root in roots:
        if os.path.isfile(root):
            files.append(os.path.abspath(root))
            continue
        for directory, subdirs, names in os.walk(root):
            subdirs.sort()
            if "site-packages" in subdirs:
                subdirs.remove("site-packages")
            for name in sorted(names):
                path = os.path.abspath(os.path.join(directory, name))
                if name.endswith(".py") and (not name_filter or name_filter in path):
                    files.append(path)
    return files


def expected(path):
    """None when CPython compiles the file, else what `python3 FILE` prints for its error."""
    source = Path(path).read_bytes()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        # It does not compile, so running it executes nothing: let python3 print its own report.
        done = subprocess.run([sys.executable, path], capture_output=True, stdin=subprocess.DEVNULL,
                              timeout=60, cwd="/")
        return done.stderr.decode("utf-8", "surrogateescape")
    return None


def run_anhinga(binary, path):
    try:
        done = subprocess.run([binary, "--dis", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, timeout=60)
    except subprocess.TimeoutExpired:
        return None, "timed out"
    return done.returncode, done.stderr.decode("utf-8", "surrogateescape")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--anhinga", default=str(REPO / ".build/release/anhinga"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--filter")
    args = parser.parse_args()
    roots = args.paths or [sysconfig.get_paths()["stdlib"]]
    files = python_files(roots, args.filter)

    mismatches = []
    compiled = rejected = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = pool.map(lambda path: (path, run_anhinga(args.anhinga, path)), files)
        for path, (status, stderr) in results:
            want = expected(path)
            if want is None:
                compiled += 1
                if status != 0:
                    mismatches.append((path, "CPython compiles it", f"exit {status}\n{stderr}"))
            else:
                rejected += 1
                if status != 1 or stderr != want:
                    mismatches.append((path, want, f"exit {status}\n{stderr}"))
    for path, want, got in mismatches[:40]:
        print(f"--- {path}\nCPython:\n{want}\nanhinga:\n{got}")
    agree = len(files) - len(mismatches)
    print(f"compile checks: {agree}/{len(files)} files agree "
          f"({compiled} compiled by CPython, {rejected} rejected)")
    return 0 if not mismatches else 1


if __name__ == "__main__":
    sys.exit(main())
