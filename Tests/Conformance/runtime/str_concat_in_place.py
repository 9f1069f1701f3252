# + and += on strs: a str that nothing else holds may grow in place, and no
# other holder of a str ever sees it change.
s = "ab"
alias = s
s += "cd"
print(s, alias)
t = "x" * 3
u = t
t = t + "y"
print(t, u)
parts = []
w = ""
for piece in ["p", "q", "r", "s"]:
    w += piece
    parts.append(w)
print(parts)
d = {"k": "v"}
key = "k"
key += "2"
print(key, d, "k" in d)
h = "hash" + "me"
before = hash(h)
h += "!"
print(h == "hashme!", hash(h) == hash("hashme!"), before == hash("hashme"))
e = "é"
e += "a"
e += "∂"
e += "b"
print(e, len(e), ascii(e))
a = "self"
a += a
print(a)
try:
    z = "keep"
    z += 1
except TypeError as error:
    print("TypeError", error, z)
class S(str):
    pass
q = S("sub")
q += "x"
print(type(q).__name__, q)
r = "r"
r2 = r + S("s")
print(type(r2).__name__, r2)
def build(n):
    out = ""
    for i in range(n):
        out += str(i % 10)
    return out
print(build(25), len(build(10000)))
chain = "[" + "mid".upper() + "]" + "-" * 2 + "end"
print(chain)
cells = "c"
def inner():
    global cells
    cells += "d"
inner()
print(cells)
