#!/usr/bin/env python3
"""Differential check of `python3 -m tokenize` listings.

Two uses:

  tokenize_differential.py expected OUT [FILE_OR_DIR ...]
      Records what `python3 -m tokenize FILE` prints (stdout, stderr, exit
      status) for every .py file (default: the whole standard library, without
      site-packages) into OUT, in one Python process. OUT is a sequence of
      records `path NUL exit-status NUL stdout NUL stderr NUL` in UTF-8 (the
      listing never holds a raw NUL: repr escapes it), which Swift reads
      without a JSON parser. The Swift test `TokenizeListingStdlibTests`
      writes and reads it when ANHINGA_STDLIB_DIFF=1.

  tokenize_differential.py compare 'anhinga --tokens' [FILE_OR_DIR ...]
      Runs the given command on every file and reports N/M identical to python3.
"""
import contextlib, io, os, shlex, subprocess, sys, sysconfig, tokenize


def python_files(roots):
    if not roots:
        stdlib = sysconfig.get_paths()["stdlib"]
        roots = [stdlib]
    for root in roots:
        if os.path.isfile(root):
            yield root
            continue
        for directory, subdirs, names in os.walk(root):
            subdirs[:] = sorted(d for d in subdirs if d != "site-packages")
            for name in sorted(names):
                if name.endswith(".py"):
                    yield os.path.join(directory, name)


def expected_listing(path):
    """What `python3 -m tokenize path` prints, computed in this process when possible."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = ["tokenize", path]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            tokenize.main()
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else 1
    except BaseException:
        # tokenize.main re-raises unexpected errors: the traceback needs the real command.
        sys.argv = saved
        done = subprocess.run([sys.executable, "-m", "tokenize", path], capture_output=True)
        return done.stdout.decode("utf-8", "surrogateescape"), done.stderr.decode("utf-8", "surrogateescape"), done.returncode
    finally:
        sys.argv = saved
    return out.getvalue(), err.getvalue(), code


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("expected", "compare"):
        print(__doc__)
        return 2
    mode, target, roots = sys.argv[1], sys.argv[2], sys.argv[3:]
    if mode == "expected":
        count = 0
        with open(target, "w", encoding="utf-8", errors="surrogateescape") as f:
            for path in python_files(roots):
                stdout, stderr, code = expected_listing(path)
                f.write(f"{path}\0{code}\0{stdout}\0{stderr}\0")
                count += 1
        print(f"recorded {count} files")
        return 0
    command = shlex.split(target)
    same = total = 0
    for path in python_files(roots):
        total += 1
        stdout, stderr, code = expected_listing(path)
        done = subprocess.run(command + [path], capture_output=True)
        got = (done.stdout.decode("utf-8", "surrogateescape"), done.stderr.decode("utf-8", "surrogateescape"), done.returncode)
        if got == (stdout, stderr, code):
            same += 1
        else:
            print("DIFFERENT:", path)
    print(f"{same}/{total} identical")
    return 0 if same == total else 1


if __name__ == "__main__":
    sys.exit(main())
