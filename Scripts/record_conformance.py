#!/usr/bin/env python3
"""Record what CPython 3.11 does with each conformance program.

Every program under Tests/Conformance/ (any depth, `*.py`) is run as
`python3 Tests/Conformance/<dir>/<name>.py` from the repository root, with a
relative path so that the `File "..."` lines in tracebacks are the same on
every machine, stdin from /dev/null and PYTHON* variables removed from the
environment. Beside the program go:

    <name>.exitcode   the exit status (a number and a newline; -N for signal N)
    <name>.stdout     what it printed on stdout   (omitted when empty)
    <name>.stderr     what it printed on stderr   (omitted when empty)

The conformance runner (Tests/ConformanceTests) runs `anhinga` the same way and
compares all three exactly. CPython prints the script's path made absolute;
recordings say `{{REPO}}` in place of the checkout's absolute path.

    Scripts/record_conformance.py            record (rewrite) every program's files
    Scripts/record_conformance.py --check    verify the recorded files are current
    Scripts/record_conformance.py PATH...    record only these programs
"""
import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "Tests" / "Conformance"
SUFFIXES = (".exitcode", ".stdout", ".stderr")
# Stands for the absolute path of the checkout in recorded outputs (the runner substitutes it back).
PLACEHOLDER = b"{{REPO}}"


def clean_environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["LC_ALL"] = "C.UTF-8"
    return env


def run_cpython(python, program):
    relpath = program.relative_to(REPO).as_posix()
    try:
        done = subprocess.run([python, relpath], cwd=REPO, stdin=subprocess.DEVNULL,
                              capture_output=True, env=clean_environment(), timeout=60)
    except subprocess.TimeoutExpired:
        sys.exit(f"record_conformance: {relpath} ran longer than 60 s; conformance programs must be quick")
    # CPython shows the main script's path made absolute: keep recordings machine-independent.
    root = str(REPO).encode()
    def portable(data):
        return data.replace(root, PLACEHOLDER)
    return {".exitcode": f"{done.returncode}\n".encode(), ".stdout": portable(done.stdout),
            ".stderr": portable(done.stderr)}


def recorded(program):
    """The files beside `program` as {suffix: bytes}, empty outputs omitted."""
    files = {}
    for suffix in SUFFIXES:
        path = program.with_suffix(suffix)
        if path.exists():
            files[suffix] = path.read_bytes()
    return files


def expected_files(outputs):
    return {suffix: data for suffix, data in outputs.items() if suffix == ".exitcode" or data}


def write(program, outputs):
    wanted = expected_files(outputs)
    for suffix in SUFFIXES:
        path = program.with_suffix(suffix)
        if suffix in wanted:
            path.write_bytes(wanted[suffix])
        elif path.exists():
            path.unlink()


def all_programs():
    return sorted(p for p in CORPUS.rglob("*.py") if p.is_file())


def orphans(programs):
    """Recorded output files whose program is gone."""
    names = {p.with_suffix("") for p in programs}
    return sorted(p for s in SUFFIXES for p in CORPUS.rglob("*" + s) if p.with_suffix("") not in names)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="verify instead of writing; exit 1 if anything is stale")
    parser.add_argument("--python", default="python3", help="the CPython 3.11 to record with (default: python3)")
    parser.add_argument("programs", nargs="*", type=Path)
    args = parser.parse_args()

    version = subprocess.run([args.python, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
                             capture_output=True, text=True).stdout.strip()
    if version != "True":
        sys.exit(f"record_conformance: {args.python} is not CPython 3.11")

    programs = [p.resolve() for p in args.programs] if args.programs else all_programs()
    stale = []
    for program in programs:
        outputs = run_cpython(args.python, program)
        if args.check:
            if recorded(program) != expected_files(outputs):
                stale.append(program.relative_to(REPO).as_posix())
        else:
            write(program, outputs)
    if args.check:
        extra = orphans(all_programs()) if not args.programs else []
        for path in extra:
            print(f"orphan: {path.relative_to(REPO).as_posix()} has no program beside it")
        for name in stale:
            print(f"stale: {name} (run Scripts/record_conformance.py {name})")
        print(f"{len(programs) - len(stale)}/{len(programs)} recordings current")
        return 1 if stale or extra else 0
    print(f"recorded {len(programs)} programs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
