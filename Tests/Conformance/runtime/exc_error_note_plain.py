def parse(line):
    try:
        return int(line)
    except ValueError as e:
        e.add_note(f"while parsing line {line!r}")
        e.add_note("hint: lines must be integers")
        raise

print(parse("12"))
print(parse("twelve"))
