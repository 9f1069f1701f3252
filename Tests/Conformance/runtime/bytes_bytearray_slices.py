# bytearray slice assignment and deletion (simple and extended), insert,
# remove, copy, clear, subclass reprs, and bytes() of a str with an encoding.
ba = bytearray(b"hello world")
ba[::2] = b"XXXXXX"
print(ba)
del ba[1::3]
print(ba)
ba[2:2] = [65, 66]
print(ba)
for bad in [lambda: ba.__setitem__(slice(0, 1), 5), lambda: ba.__setitem__(slice(0, 1), "s"), lambda: ba.__setitem__(slice(0, 6, 2), b"a"),
            lambda: ba.__setitem__(0, 256), lambda: ba.remove(122), lambda: ba.__setitem__(slice(0,1), [300])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
ba.insert(-100, 49); ba.insert(100, 50); print(ba)
c = ba.copy(); c.clear(); print(c, ba.remove(49), ba)
class BA(bytearray): pass
x = BA(b"ab"); x[0] = 99; print(x, bytearray("é", "latin-1"), bytes("é", "utf-8"))
