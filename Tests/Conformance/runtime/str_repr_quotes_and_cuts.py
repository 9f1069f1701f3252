# repr of strs: the quote chosen, every escape, lone surrogates, the 200-character cut in int()'s message.
samples = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there\nnew\rret",
           "\x00\x01\x1f\x7f\x80\x9f\xa0\xa1\xad\xff", "caf\xe9", "\u0100\u2028\u200b\ufeff\U0001f600\U000e0001",
           "\ud800 lone", "mixed ' \u20ac", "\x7f" * 3, "q'\"", "\U0010ffff", "x" * 250]
for s in samples:
    print(repr(s), len(repr(s)), ascii(s))
print(samples)
print({s: len(s) for s in samples[:6]})
print("%r|%r" % ("a'b", "\n"), f"{'z'!r}")
for bad in ["12z", "", " 7 8 ", "\u0661\u0662x", "x" * 300, "tab\t", "é"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
