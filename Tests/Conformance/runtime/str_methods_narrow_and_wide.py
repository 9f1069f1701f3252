# str methods on Latin-1 text take byte paths; each must agree with the
# code-point path and CPython, including mixed-width operands and maxsplit.
samples = ["", "a", "abc", "  hello world  ", "ka ber ka", "café ÿ", "naïve\tcafé\n", "日本語 テキスト", "mixé 日本", "aaaa", "\x00\xa0x\xa0", "ß straße"]
needles = ["", "a", "ka", "é", "日", " ", "aa", "ÿ", "x\xa0", "本語"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.strip(), s.lstrip(), s.rstrip(), s.split(), s.rsplit(None, 1), s.split(None, 1))
    print(s.strip("a "), s.strip("日"), s.lstrip("\xa0\x00"), s.isdigit(), s.split(maxsplit=0), s.rsplit(maxsplit=2))
    for n in needles:
        print(repr(n), s.find(n), s.rfind(n), s.count(n), n in s, s.startswith(n), s.endswith(n), s.replace(n, "<>"), s.replace(n, "日", 1))
        if n:
            print(s.partition(n), s.rpartition(n), s.split(n), s.rsplit(n, 1), s.split(n, 1), s.find(n, 1, 5), s.count(n, 2))
print("abc".startswith(("x", "ab")), "abc".endswith(("c", "é")), "éa".startswith("é", 0, 1))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 2), ",".join(["x", "é", "日"]))
print("x" + "y", "é" + "日", "" + "a", "a" + "")
class S(str): pass
print(type(S("ab") + "c").__name__, type(S(" a ").strip()).__name__, S("x").upper())
for bad in [lambda: "a".split(""), lambda: "a".partition(""), lambda: "a".split(1), lambda: "a".find(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("ß straße ǆx".title(), "ǆungla".capitalize())
