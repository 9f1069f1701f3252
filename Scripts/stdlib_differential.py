#!/usr/bin/env python3
"""Differential check of the front end over the CPython standard library.

    stdlib_differential.py ANHINGA [--max N] [--require-all | --require-tokens-and-ast] [FILE_OR_DIR ...]

For every .py file (default: the installed 3.11 standard library, without
site-packages), compares `ANHINGA --tokens FILE` with what `python3 -m tokenize
FILE` prints, and `ANHINGA --ast -a FILE` with `ast.dump(ast.parse(...,
type_comments=True), include_attributes=True, indent=3)`. For files CPython
rejects, it checks that Anhinga rejects them with the same final
`SyntaxError: message` line. Expected outputs come from this python3 process;
Anhinga runs as a subprocess, two at a time (the machines have two cores).

Prints `tokens: N/M identical`, `ast: N/M identical`, `rejected: N/M with
CPython's message`, the first mismatching files, and writes the full list to
stdlib_differential_report.txt. With --require-all it exits 1 on any mismatch.
"""
import ast, concurrent.futures, os, subprocess, sys, traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tokenize_differential import python_files, expected_listing  # noqa: E402


def expected_ast(path):
    """('ok', dump) or ('error', 'SyntaxError: msg') as CPython parses the file."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path, type_comments=True)
    except (SyntaxError, ValueError) as error:
        return "error", traceback.format_exception_only(type(error), error)[-1].rstrip("\n")
    try:
        return "ok", ast.dump(tree, include_attributes=True, indent=3) + "\n"
    except (RecursionError, ValueError):
        return "skip", None


def run(anhinga, *arguments):
    done = subprocess.run([anhinga, *arguments], capture_output=True, timeout=120)
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def expected_outputs(path):
    """CPython's outputs for one file; computed on the main thread because
    tokenize's listing is captured by redirecting the process's stdout."""
    out, _, status = expected_listing(path)
    return (out if status == 0 else None), expected_ast(path)


def check(anhinga, path, expected_tokens, expected_tree):
    results = {}
    if expected_tokens is not None:
        code, got, _ = run(anhinga, "--tokens", path)
        results["tokens"] = got == expected_tokens and code == 0
    kind, expected = expected_tree
    code, got, got_err = run(anhinga, "--ast", "-a", path)
    if kind == "ok":
        results["ast"] = code == 0 and got == expected
    elif kind == "error":
        last = got_err.rstrip("\n").split("\n")[-1] if got_err else ""
        results["rejected"] = code == 1 and last == expected
    return path, results


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    anhinga = os.path.abspath(argv[1])
    rest = argv[2:]
    require_all = "--require-all" in rest
    # Files CPython rejects are compared by their message only; the encoding
    # errors among them are not all matched yet, so CI can require the rest.
    require_tokens_and_ast = "--require-tokens-and-ast" in rest
    limit = None
    if "--max" in rest:
        limit = int(rest[rest.index("--max") + 1])
    roots = [a for i, a in enumerate(rest) if not a.startswith("--") and not (i > 0 and rest[i - 1] == "--max")]
    files = list(python_files(roots))
    if limit:
        files = files[:limit]
    totals, failures = {}, {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        pending = [pool.submit(check, anhinga, path, *expected_outputs(path)) for path in files]
        for future in pending:
            path, results = future.result()
            for key, ok in results.items():
                passed, total = totals.get(key, (0, 0))
                totals[key] = (passed + ok, total + 1)
                if not ok:
                    failures.setdefault(key, []).append(path)
    labels = {"tokens": "identical", "ast": "identical", "rejected": "with CPython's message"}
    for key in ("tokens", "ast", "rejected"):
        passed, total = totals.get(key, (0, 0))
        print(f"{key}: {passed}/{total} {labels[key]}")
    with open("stdlib_differential_report.txt", "w") as report:
        for key, paths in failures.items():
            for path in paths:
                report.write(f"{key}\t{path}\n")
    for key, paths in failures.items():
        for path in paths[:5]:
            print(f"  {key} differs: {path}")
    if require_all and failures:
        sys.exit(1)
    if require_tokens_and_ast and (failures.get("tokens") or failures.get("ast")):
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv)
