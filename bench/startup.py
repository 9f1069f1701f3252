#!/usr/bin/env python3
"""Start-up time: `anhinga -c pass` against CPython's `-c pass`, side by side.

Runs the two commands alternately --runs times each and reports the best
wall time of each (process creation included), and their ratio. Below 1 means
Anhinga starts faster. A report, not a test: it exits 0 whatever it measures.

    Scripts/build_release.sh
    bench/startup.py [--anhinga PATH] [--python PATH] [--runs N]
"""
import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed_run(command, times):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    times.append(time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anhinga", default=str(REPO / ".build" / "release" / "anhinga"))
    default_python = "/usr/bin/python3.11" if Path("/usr/bin/python3.11").exists() else shutil.which("python3")
    parser.add_argument("--python", default=default_python)
    parser.add_argument("--runs", type=int, default=30)
    options = parser.parse_args()
    if not Path(options.anhinga).exists():
        print(f"no interpreter at {options.anhinga} (Scripts/build_release.sh first)", file=sys.stderr)
        return 2
    anhinga_times, python_times = [], []
    for _ in range(options.runs):
        timed_run([options.anhinga, "-c", "pass"], anhinga_times)
        timed_run([options.python, "-c", "pass"], python_times)
    anhinga, python = min(anhinga_times) * 1000, min(python_times) * 1000
    print(f"anhinga -c pass   {anhinga:6.1f} ms")
    print(f"{Path(options.python).name} -c pass {python:6.1f} ms")
    print(f"ratio             {anhinga / python:6.2f}x  (best of {options.runs} each, alternating)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
