#!/usr/bin/env python3
"""List the conformance programs that `anhinga` does not yet run as CPython did.

Runs every program under Tests/Conformance/ exactly as the conformance test
does (relative path, from the repository root, stdin from /dev/null) and
compares stdout, stderr and exit status with the recordings.

    Scripts/conformance_failures.py [--anhinga .build/debug/anhinga]          print failing paths
    Scripts/conformance_failures.py --write                                  rewrite the list in
                                                                             Tests/Conformance/expected_failures.txt

`--write` keeps the file's leading comment block and replaces the paths. The
conformance test fails when a listed program passes, so the list stays exact;
use this after a change that fixes (or, knowingly, breaks) programs.
"""
import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "Tests" / "Conformance"
LIST = CORPUS / "expected_failures.txt"


def outcome_matches(binary, program):
    relpath = program.relative_to(REPO).as_posix()
    try:
        done = subprocess.run([binary, relpath], cwd=REPO, stdin=subprocess.DEVNULL, capture_output=True, timeout=30)
    except subprocess.TimeoutExpired:
        return False
    def recorded(suffix):
        path = program.with_suffix(suffix)
        return path.read_bytes().replace(b"{{REPO}}", str(REPO).encode()) if path.exists() else b""
    return (done.stdout == recorded(".stdout") and done.stderr == recorded(".stderr")
            and f"{done.returncode}\n".encode() == recorded(".exitcode"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--anhinga", default=str(REPO / ".build" / "debug" / "anhinga"))
    parser.add_argument("--write", action="store_true", help="rewrite expected_failures.txt")
    args = parser.parse_args()
    programs = sorted(p for p in CORPUS.rglob("*.py") if p.is_file())
    failing = [p.relative_to(REPO).as_posix() for p in programs if not outcome_matches(args.anhinga, p)]
    print(f"{len(programs) - len(failing)} passed, {len(failing)} failed", file=sys.stderr)
    if not args.write:
        print("\n".join(failing))
        return 0
    header = []
    for line in LIST.read_text().splitlines():
        if line and not line.startswith("#"):
            break
        header.append(line)
    LIST.write_text("\n".join(header).rstrip("\n") + "\n\n" + "".join(path + "\n" for path in failing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
