s = "  \t padded \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."))
print(repr("hi".center(8)), repr("hi".center(7, "*")), repr("hi".ljust(5, ".")), repr("hi".rjust(5)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("TestHook".removeprefix("Test"), "file.py".removesuffix(".py"), "abc".removeprefix("x"))
print(repr("a\tb\tc".expandtabs(4)), repr("ab\tc".expandtabs()))
