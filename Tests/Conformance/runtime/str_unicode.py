s = "naïve café 日本語"
print(len(s), s[2], s[-3:], s.upper())
print([ord(c) for c in "aé日"])
print(chr(233), chr(26085), chr(0x1F40D) == "\U0001F40D")
print(len("\U0001F40D"), "\N{GREEK SMALL LETTER ALPHA}")
print(sorted("cbaé"), "é" > "z")
print(s.encode("utf-8"))
print(s.encode("utf-8").decode("utf-8") == s)
