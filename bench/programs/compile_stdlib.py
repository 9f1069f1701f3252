# Front end + compiler speed: compile every file named in the list file
# given as sys.argv[1] (one path per line). Prints how many compiled and
# how many failed (a SyntaxError, or text that is not UTF-8).

import sys


def main():
    if len(sys.argv) < 2:
        print("usage: compile_stdlib.py LIST_FILE", file=sys.stderr)
        sys.exit(2)
    with open(sys.argv[1], encoding="utf-8") as f:
        paths = [line.strip() for line in f]
    compiled = 0
    failed = 0
    for path in paths:
        if not path:
            continue
        try:
            with open(path, encoding="utf-8") as src:
                source = src.read()
        except UnicodeDecodeError:
            failed += 1
            continue
        try:
            compile(source, path, "exec")
            compiled += 1
        except SyntaxError:
            failed += 1
    print("compile_stdlib checksum", compiled, failed)


main()
