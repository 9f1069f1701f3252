#!/usr/bin/env python3
"""The benchmark suite: Anhinga against CPython, program by program.

Runs every program of bench/programs/ (or the ones named) under both
interpreters, alternating, --repeat times each; keeps the best wall time of
each side, checks that both printed the same standard output, and reports
the CPython time, the Anhinga time and their ratio (Anhinga / CPython; below
1 means Anhinga is faster), then the geometric mean of the ratios of the
programs that passed.

    Scripts/build_release.sh
    bench/run.py [--anhinga PATH] [--python PATH] [--repeat N] [--timeout S]
                 [--markdown] [--list] [PROGRAM ...]

    --anhinga PATH   the interpreter under test (default: .build/release/anhinga
                     of this repository)
    --python PATH    the reference (default: /usr/bin/python3.11 if it exists,
                     else python3)
    --repeat N       runs per program and interpreter, best kept (default 3)
    --timeout S      seconds one run may take before it counts as failed
                     (default 300)
    --markdown       print the report as a Markdown table
    --list           print the program names and stop
    PROGRAM          run only these programs (names without .py)

compile_stdlib gets, as its argument, a temporary file listing every .py file
of the reference interpreter's standard library (sysconfig's 'stdlib' path,
site-packages and dist-packages left out, sorted), the same file for both.

A program Anhinga cannot run (missing binary, non-zero exit, timeout, output
different from CPython's) shows as FAIL with a short reason and is left out
of the geometric mean. The runner exits 0 whatever the programs do (it is a
report, not a test) and 2 on a usage error. Progress goes to standard error,
the report to standard output.
"""
import argparse
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAMS_DIR = REPO / "bench" / "programs"
DEFAULT_ANHINGA = REPO / ".build" / "release" / "anhinga"

# The order of the report; programs found in PROGRAMS_DIR but not listed
# here come after these, alphabetically.
ORDER = [
    "fib", "int_loop", "nbody", "spectral_norm", "strings", "dict_count",
    "sort_keys", "generators", "exceptions", "compile_stdlib",
    "richards", "deltablue", "raytrace",
]


def available_programs():
    found = sorted(p.stem for p in PROGRAMS_DIR.glob("*.py")
                   if not p.name.startswith("_"))
    ordered = [name for name in ORDER if name in found]
    return ordered + [name for name in found if name not in ORDER]


def default_python():
    if os.path.exists("/usr/bin/python3.11"):
        return "/usr/bin/python3.11"
    return "python3"


def resolve_executable(path):
    """The full path of an executable, or None when there is none."""
    if os.sep in path:
        return path if os.path.isfile(path) and os.access(path, os.X_OK) else None
    return shutil.which(path)


def write_stdlib_list(python):
    """Writes the sorted .py files of `python`'s standard library to a
    temporary file; returns (path, number of files)."""
    out = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
        capture_output=True, text=True, check=True)
    root = out.stdout.strip()
    files = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d not in ("site-packages", "dist-packages")]
        files.extend(os.path.join(folder, n) for n in names if n.endswith(".py"))
    files.sort()
    handle, path = tempfile.mkstemp(prefix="anhinga-bench-stdlib-", suffix=".txt")
    with os.fdopen(handle, "w", encoding="utf-8") as f:
        for name in files:
            f.write(name + "\n")
    return path, len(files)


def run_once(interpreter, script, args, timeout):
    """Runs one program; returns (seconds, stdout, failure reason or None)."""
    start = time.perf_counter()
    try:
        # A session of its own, so that a timeout can stop the program and
        # anything it started, and nothing else.
        proc = subprocess.Popen([interpreter, str(script)] + args, cwd=REPO,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        return None, b"", "cannot run: %s" % e.strerror
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        return None, b"", "timeout after %g s" % timeout
    seconds = time.perf_counter() - start
    if proc.returncode < 0:
        return seconds, stdout, "killed by signal %d%s" % (-proc.returncode,
                                                           last_line(stderr))
    if proc.returncode != 0:
        return seconds, stdout, "exit %d%s" % (proc.returncode, last_line(stderr))
    return seconds, stdout, None


def last_line(data):
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return ": " + shorten(lines[-1]) if lines else ""


def shorten(text, limit=70):
    text = text.strip()
    return text if len(text) <= limit else text[:limit - 3] + "..."


def output_difference(expected, got):
    want = expected.decode("utf-8", "replace").splitlines()
    have = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(want), len(have))):
        w = want[i] if i < len(want) else "<nothing>"
        h = have[i] if i < len(have) else "<nothing>"
        if w != h:
            return "output differs at line %d: %s" % (i + 1, shorten(repr(h), 50))
    return "output differs"


def measure(name, python, anhinga, args, repeat, timeout):
    """Returns a row: dict with name, cpython, anhinga (seconds or None) and
    reason (None when Anhinga passed)."""
    script = PROGRAMS_DIR / (name + ".py")
    row = {"name": name, "cpython": None, "anhinga": None, "reason": None}
    if anhinga is None:
        row["reason"] = "missing binary"
    expected = None
    for _ in range(repeat):
        seconds, out, failure = run_once(python, script, args, timeout)
        if failure is not None:
            row["reason"] = "CPython failed: " + failure
            row["anhinga"] = None
            return row
        if expected is None:
            expected = out
        elif out != expected:
            row["reason"] = "CPython's output is not stable"
            return row
        row["cpython"] = seconds if row["cpython"] is None else min(row["cpython"], seconds)
        if row["reason"] is not None:
            continue
        seconds, out, failure = run_once(anhinga, script, args, timeout)
        if failure is None and out != expected:
            failure = output_difference(expected, out)
        if failure is not None:
            row["reason"] = failure
            row["anhinga"] = None
            continue
        row["anhinga"] = seconds if row["anhinga"] is None else min(row["anhinga"], seconds)
    return row


def fmt_seconds(s):
    return "-" if s is None else "%.2f s" % s


def report(rows, markdown):
    passed = [r for r in rows if r["reason"] is None]
    ratios = [r["anhinga"] / r["cpython"] for r in passed]
    lines = []
    if markdown:
        lines.append("| Program | CPython | Anhinga | Anhinga / CPython |")
        lines.append("|---|---|---|---|")
        for r in rows:
            if r["reason"] is None:
                result = "%.2fx" % (r["anhinga"] / r["cpython"])
                lines.append("| %s | %s | %s | %s |" % (
                    r["name"], fmt_seconds(r["cpython"]), fmt_seconds(r["anhinga"]), result))
            else:
                lines.append("| %s | %s | FAIL | %s |" % (
                    r["name"], fmt_seconds(r["cpython"]), r["reason"].replace("|", "\\|")))
    else:
        width = max([len("program")] + [len(r["name"]) for r in rows])
        lines.append("%-*s  %9s  %9s  %8s" % (width, "program", "CPython", "Anhinga", "ratio"))
        for r in rows:
            if r["reason"] is None:
                lines.append("%-*s  %9s  %9s  %7.2fx" % (
                    width, r["name"], fmt_seconds(r["cpython"]), fmt_seconds(r["anhinga"]),
                    r["anhinga"] / r["cpython"]))
            else:
                lines.append("%-*s  %9s  %9s  %s" % (
                    width, r["name"], fmt_seconds(r["cpython"]), "FAIL", r["reason"]))
    lines.append("")
    if ratios:
        mean = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
        lines.append("Geometric mean of Anhinga / CPython over the %d of %d programs "
                     "that passed: %.2fx" % (len(passed), len(rows), mean))
    else:
        lines.append("No program passed (0 of %d)." % len(rows))
    print("\n".join(lines))


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Run the benchmark programs under Anhinga and CPython and "
                    "compare their times.")
    parser.add_argument("--anhinga", default=str(DEFAULT_ANHINGA),
                        help="the interpreter under test (default: %(default)s)")
    parser.add_argument("--python", default=default_python(),
                        help="the reference interpreter (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per program and interpreter, best kept (default: 3)")
    parser.add_argument("--timeout", type=float, default=300.0,
                        help="seconds a single run may take (default: 300)")
    parser.add_argument("--markdown", action="store_true",
                        help="print the report as a Markdown table")
    parser.add_argument("--list", action="store_true",
                        help="print the names of the programs and stop")
    parser.add_argument("programs", nargs="*", metavar="PROGRAM",
                        help="programs to run (default: all)")
    opts = parser.parse_args(argv)

    names = available_programs()
    if opts.list:
        print("\n".join(names))
        return 0
    if opts.repeat < 1:
        parser.error("--repeat must be at least 1")
    if opts.timeout <= 0:
        parser.error("--timeout must be positive")
    unknown = [p for p in opts.programs if p not in names]
    if unknown:
        parser.error("unknown program(s): %s (known: %s)"
                     % (", ".join(unknown), ", ".join(names)))
    selected = [n for n in names if n in opts.programs] if opts.programs else names
    python = resolve_executable(opts.python)
    if python is None:
        parser.error("no python interpreter at %r" % opts.python)
    anhinga = resolve_executable(opts.anhinga)

    version = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True).stdout.strip()
    print("CPython %s: %s" % (version, python), file=sys.stderr)
    print("Anhinga: %s%s" % (opts.anhinga, "" if anhinga else " (missing)"),
          file=sys.stderr)

    list_path = None
    rows = []
    try:
        for name in selected:
            args = []
            if name == "compile_stdlib":
                if list_path is None:
                    list_path, count = write_stdlib_list(python)
                    print("compile_stdlib: %d files of the standard library" % count,
                          file=sys.stderr)
                args = [list_path]
            print("running %s ..." % name, file=sys.stderr, flush=True)
            row = measure(name, python, anhinga, args, opts.repeat, opts.timeout)
            rows.append(row)
            status = "ok" if row["reason"] is None else "FAIL: " + row["reason"]
            print("  CPython %s, Anhinga %s, %s" % (
                fmt_seconds(row["cpython"]), fmt_seconds(row["anhinga"]), status),
                file=sys.stderr, flush=True)
    finally:
        if list_path is not None:
            os.unlink(list_path)
    report(rows, opts.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
