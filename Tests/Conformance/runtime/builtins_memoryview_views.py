# memoryview over bytes and bytearray: views, slices of views, writes through a
# bytearray's view, release and the context manager, the resize lock, errors.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.obj)
s = m[1:5:2]
print(type(s).__name__, s.tolist(), s.tobytes(), bytes(s), s.nbytes, s.strides, s.obj, s.contiguous, s.c_contiguous)
print(m == b"abcdef", m == bytearray(b"abcdef"), m == m[:], m[1:3] == b"bc", b"bc" == m[1:3], m == "abc", m != b"x")
print(list(m), m.hex(), m.hex(':'), m.hex('-', 2), m[::-1].tobytes())
for args in [(m, 10), (m, -7), (m, "a")]:
    try: args[0][args[1]]
    except Exception as e: print(type(e).__name__, e)
ba = bytearray(b"xyz")
w = memoryview(ba)
w[0] = 65; print(ba, w.readonly)
w[1:3] = b"BC"; print(ba)
try: m[0] = 1
except Exception as e: print(type(e).__name__, e)
try: w[0] = 300
except Exception as e: print(type(e).__name__, e)
try: w[0:2] = b"abc"
except Exception as e: print(type(e).__name__, e)
try: hash(w)
except Exception as e: print(type(e).__name__, e)
print(hash(m) == hash(b"abcdef"))
with memoryview(b"q") as q:
    print(q.tobytes())
try: q.tobytes()
except Exception as e: print(type(e).__name__, e)
try: len(q)
except Exception as e: print(type(e).__name__, e)
print(repr(q).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
q.release()
try: memoryview(5)
except Exception as e: print(type(e).__name__, e)
try: memoryview("s")
except Exception as e: print(type(e).__name__, e)
print(memoryview(m).tobytes(), memoryview(m).obj is m.obj)
print(bytearray(m), b"x" + m, m.toreadonly().readonly, w.toreadonly().readonly)
try: ba.append(1)
except Exception as e: print(type(e).__name__, e)
w.release(); ba.append(1); print(ba)
print(type(m), memoryview.__name__)
try: del w[0]
except Exception as e: print(type(e).__name__, e)
try: m < m
except Exception as e: print(type(e).__name__, e)
print(m.tobytes(order=None), bytes(m[2:2]), m[2:2].tolist())
print(list(reversed(m))[:2], 98 in m)
try: memoryview()
except Exception as e: print(type(e).__name__, e)
try: memoryview(b"a", b"b")
except Exception as e: print(type(e).__name__, e)
print(memoryview(object=b"kw").tobytes())
print(str(b"ab" in [m]))
m2 = memoryview(b"abc")
print(m2[1:].hex(), m2.tolist(), m2.release(), m2.release())
try: m2[0]
except Exception as e: print(type(e).__name__, e)
try: m2 == b"abc"
except Exception as e: print(type(e).__name__, e)
print(m2 == m2, m2 == b"abc")
