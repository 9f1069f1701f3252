data = b"hello world"
mv = memoryview(data)
print(type(mv).__name__, len(mv), mv[0], mv[-1], mv.readonly)
print(mv[0:5].tobytes(), bytes(mv[6:]), mv[::2].tobytes(), mv[::-1].tobytes())
print(mv.tolist()[:5])
print(mv.nbytes, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.strides)
print(mv == data, mv[:5] == b"hello", mv.obj is data)
print(bytes(mv) == data, bytearray(mv[:3]))
sub = mv[2:9]
print(len(sub), sub.tobytes(), sub[1:3].tobytes(), sub.tolist())

# readonly memoryview cannot be written to
try:
    mv[0] = 72
except TypeError as e:
    print("TypeError:", e)

# memoryview over a bytearray is writable and shares memory
buf = bytearray(b"abcdef")
w = memoryview(buf)
print(w.readonly)
w[0] = ord("A")
w[1:3] = b"BC"
print(buf)
buf[5] = ord("F")
print(w.tobytes(), w[5])

try:
    w[0:2] = b"xyz"
except ValueError as e:
    print("ValueError:", e)
try:
    mv[100]
except IndexError as e:
    print("IndexError:", e)
try:
    memoryview("text")
except TypeError as e:
    print("TypeError:", e)

# hex and iteration
print(memoryview(b"\x01\xab\xff").hex(), list(memoryview(b"xyz")))
# release
m2 = memoryview(b"abc")
m2.release()
try:
    len(m2)
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"ctx") as m3:
    print(m3.tobytes())
