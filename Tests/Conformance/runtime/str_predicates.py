tests = ["abc", "ABC", "123", "12.5", "a1", "   ", "", "Hello World", "١٢٣", "x_y", "_private"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.isidentifier())
print("abc".isascii(), "é".isascii(), "hello\n".isprintable(), "hello".isprintable())
print("²".isdigit(), "²".isdecimal(), "½".isnumeric(), "Ⅻ".isnumeric())
print("class".isidentifier(), "2x".isidentifier(), "Ünïcode".isidentifier())
