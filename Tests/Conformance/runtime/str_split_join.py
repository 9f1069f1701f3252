s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1))
print("  one  two\tthree\n".split())
print("one two three".split(None, 1), "x".split(","))
print("a\nb\r\nc\n".splitlines(), "a\nb\n".splitlines(True))
print("-".join(["x", "y", "z"]), "".join([]), ", ".join("abc"))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kv".partition("="))
print("".split(","), "".split())
