#!/usr/bin/env python3
"""Differential check of the front end against CPython over the standard library.

For every .py file of the installed CPython standard library (the `stdlib` path
of sysconfig, with test/ and lib2to3's test data; site-packages is not the
standard library and is counted as skipped), compares

    anhinga --tokens FILE    with  python3 -m tokenize FILE  (stdout, stderr, exit status)
    anhinga --ast -a FILE    with  python3 -m ast -a FILE    (stdout), or, for a file
                                   CPython cannot parse, with the stderr of
                                   `python3 FILE` (its SyntaxError report) and exit 1

CPython's side is computed in this one process (tokenize's own main() with its
streams redirected; ast.parse + ast.dump; for the few files it rejects, the
compile error printed by CPython's printer, checked against a real
`python3 FILE` run). `anhinga` runs in --jobs worker processes.

Prints `tokens: N/M identical` and `ast: N/M identical`, the first mismatches
with a short diff, and writes every mismatch in full to --report.

Exit status: 0 when everything is identical, or when every mismatch is allowed
(--min-ratio, --allow-failures-file); 1 otherwise; a crash of anhinga (killed
by a signal) or a time-out always fails.
"""
import argparse
import ast
import concurrent.futures
import contextlib
import difflib
import io
import os
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "Scripts"))
from tokenize_differential import expected_listing  # noqa: E402  (python3 -m tokenize, in process)

TIME_LIMIT = 60


def stdlib_files(root, name_filter, max_files):
    """(files to check, {reason: count} of files skipped)."""
    files, skipped = [], {}
    for directory, subdirs, names in os.walk(root):
        subdirs.sort()
        if "site-packages" in subdirs:
            subdirs.remove("site-packages")
            count = sum(len([n for n in ns if n.endswith(".py")])
                        for _, _, ns in os.walk(os.path.join(directory, "site-packages")))
            skipped["site-packages (not the standard library)"] = count
        for name in sorted(names):
            if not name.endswith(".py"):
                continue
            path = os.path.join(directory, name)
            if name_filter and name_filter not in path:
                skipped["not matching --filter"] = skipped.get("not matching --filter", 0) + 1
                continue
            files.append(path)
    if max_files is not None and len(files) > max_files:
        skipped["beyond --max-files"] = len(files) - max_files
        files = files[:max_files]
    return files, skipped


def expected_ast(path):
    """(stdout, stderr, exit status) CPython gives for `--ast -a`."""
    source = Path(path).read_bytes()
    try:
        tree = ast.parse(source, path, type_comments=True)
    except (SyntaxError, ValueError) as error:
        return "", compile_error_report(path, source, error), 1
    except (MemoryError, RecursionError) as error:
        return "", compile_error_report(path, source, error), 1
    return ast.dump(tree, include_attributes=True, indent=3) + "\n", "", 0


def compile_error_report(path, source, error):
    """What `python3 FILE` prints on stderr for a file that does not parse.

    CPython's printer on the in-process error gives it for most files; the
    wording differs for some (null bytes, undecodable text, where compiling
    bytes and running a file take different paths), so a real run decides.
    The file does not parse, so running it executes nothing (checked first:
    a file that fails only with type comments on is never run)."""
    try:
        compile(source, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except BaseException:  # noqa: BLE001 - any failure means CPython cannot run it either
        pass
    else:
        stream = io.StringIO()
        with contextlib.redirect_stderr(stream):
            sys.__excepthook__(type(error), error.with_traceback(None), None)
        return stream.getvalue()
    done = subprocess.run([sys.executable, path], capture_output=True, stdin=subprocess.DEVNULL,
                          timeout=TIME_LIMIT, cwd="/")
    if done.returncode == 1:
        return done.stderr.decode("utf-8", "surrogateescape")
    # Parsed in a process of its own after all (should not happen): use the printer.
    stream = io.StringIO()
    with contextlib.redirect_stderr(stream):
        sys.__excepthook__(type(error), error.with_traceback(None), None)
    return stream.getvalue()


def run_anhinga(binary, arguments, path):
    try:
        done = subprocess.run([binary, *arguments, path], capture_output=True, stdin=subprocess.DEVNULL,
                              timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        return None
    return (done.stdout.decode("utf-8", "surrogateescape"), done.stderr.decode("utf-8", "surrogateescape"),
            done.returncode)


def short_diff(expected, actual, limit=14):
    """The first lines of a unified diff between two (stdout, stderr, status) triples."""
    lines = []
    for name, index in (("stdout", 0), ("stderr", 1)):
        if expected[index] != actual[index]:
            diff = difflib.unified_diff(expected[index].splitlines(), actual[index].splitlines(),
                                        f"CPython {name}", f"anhinga {name}", n=1, lineterm="")
            lines += list(diff)
    if expected[2] != actual[2]:
        lines.append(f"exit status: CPython {expected[2]}, anhinga {actual[2]}")
    return lines[:limit] + ([f"... ({len(lines) - limit} more lines)"] if len(lines) > limit else [])


def load_allowed(path, root):
    """Allowed mismatches: `PATH`, `tokens: PATH` or `ast: PATH`, PATH relative to the stdlib."""
    allowed = set()
    if not path:
        return allowed
    for line in Path(path).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        check, _, rel = line.partition(":") if line.startswith(("tokens:", "ast:")) else ("", "", line)
        for name in ([check] if check else ["tokens", "ast"]):
            allowed.add((name, os.path.join(root, rel.strip())))
    return allowed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--anhinga", default=str(REPO / ".build" / "release" / "anhinga"), help="the binary to test")
    parser.add_argument("--jobs", type=int, default=2, help="anhinga processes at once (default 2)")
    parser.add_argument("--filter", help="only files whose path contains this text")
    parser.add_argument("--max-files", type=int, help="stop after this many files")
    parser.add_argument("--checks", default="tokens,ast", help="comma-separated: tokens, ast (default both)")
    parser.add_argument("--report", default=str(REPO / ".build-reports" / "stdlib_differential.txt"),
                        help="where to write every mismatch in full")
    parser.add_argument("--show", type=int, default=5, help="mismatches to show per check (default 5)")
    parser.add_argument("--min-ratio", type=float,
                        help="succeed when at least this fraction (0..1) of files is identical in every check")
    parser.add_argument("--allow-failures-file",
                        help="succeed when every mismatch is listed in this file (lines: PATH, tokens: PATH, ast: PATH)")
    args = parser.parse_args()

    if sys.version_info[:2] != (3, 11):
        sys.exit("stdlib_differential: run me with CPython 3.11 (the oracle)")
    if not os.access(args.anhinga, os.X_OK):
        sys.exit(f"stdlib_differential: no anhinga binary at {args.anhinga} (swift build -c release)")
    checks = [c for c in args.checks.split(",") if c]
    root = sysconfig.get_paths()["stdlib"]
    files, skipped = stdlib_files(root, args.filter, args.max_files)
    allowed = load_allowed(args.allow_failures_file, root)
    arguments = {"tokens": ["--tokens"], "ast": ["--ast", "-a"]}
    expectations = {"tokens": expected_listing, "ast": expected_ast}

    print(f"standard library: {root}: {len(files)} files")
    for reason, count in skipped.items():
        print(f"skipped {count} files: {reason}")
    start = time.monotonic()
    identical = {check: 0 for check in checks}
    mismatches = {check: [] for check in checks}
    crashes = []
    report_path = Path(args.report)
    report_path.parent.mkdir(parents=True, exist_ok=True)
    with report_path.open("w", encoding="utf-8", errors="surrogateescape") as report, \
            concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        # Keep a bounded window of runs in flight so memory stays small.
        pending = []
        window = max(4, 4 * args.jobs)
        jobs = [(check, path) for path in files for check in checks]
        position = 0
        while position < len(jobs) or pending:
            while position < len(jobs) and len(pending) < window:
                check, path = jobs[position]
                pending.append((check, path, pool.submit(run_anhinga, args.anhinga, arguments[check], path)))
                position += 1
            check, path, future = pending.pop(0)
            expected = expectations[check](path)
            actual = future.result()
            if actual is None or actual[2] < 0:
                what = "timed out" if actual is None else f"was killed by signal {-actual[2]}"
                crashes.append(f"{check}: anhinga {' '.join(arguments[check])} {path} {what}")
                report.write(f"=== CRASH {check} {path}: {what}\n")
                continue
            if actual == expected:
                identical[check] += 1
                continue
            mismatches[check].append(path)
            report.write(f"=== {check} {path}\n")
            for name, index in (("stdout", 0), ("stderr", 1)):
                if expected[index] != actual[index]:
                    report.writelines(line + "\n" for line in difflib.unified_diff(
                        expected[index].splitlines(), actual[index].splitlines(),
                        f"CPython {name}", f"anhinga {name}", lineterm=""))
            if expected[2] != actual[2]:
                report.write(f"exit status: CPython {expected[2]}, anhinga {actual[2]}\n")

    elapsed = time.monotonic() - start
    for check in checks:
        print(f"{check}: {identical[check]}/{len(files)} identical")
    for check in checks:
        for path in mismatches[check][:args.show]:
            print(f"\n--- {check} differs: {path}")
            print("\n".join(short_diff(expectations[check](path), run_anhinga(args.anhinga, arguments[check], path)
                                       or ("", "", -1))))
    for line in crashes:
        print("CRASH: " + line)
    print(f"\nfull report: {report_path} ({elapsed:.0f} s)")

    if crashes:
        return 1
    if all(not mismatches[c] for c in checks):
        return 0
    if args.min_ratio is not None and files and \
            all(identical[c] / len(files) >= args.min_ratio for c in checks):
        print(f"mismatches allowed: every check is at least {args.min_ratio:.1%} identical")
        return 0
    if args.allow_failures_file:
        unexpected = [(c, p) for c in checks for p in mismatches[c] if (c, p) not in allowed]
        if not unexpected:
            print(f"mismatches allowed: all listed in {args.allow_failures_file}")
            return 0
        print(f"{len(unexpected)} mismatches not listed in {args.allow_failures_file}, e.g.:")
        for check, path in unexpected[:10]:
            print(f"  {check}: {os.path.relpath(path, root)}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
