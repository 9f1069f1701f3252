# Slices of memoryviews (and slices of those) over every kind of bound and step,
# with huge values: items, strides, writes through a strided view, hex groups.
b = bytearray(range(10))
m = memoryview(b)
vals = [None, 0, 1, 3, -1, -4, 9, 10, 100, -100, 2**62, -2**62, 2**70]
steps = [None, 1, 2, -1, -3, 2**62, -2**62, 7]
out = []
for s, e, st in [(s, e, st) for s in vals[:8] for e in vals[:8] for st in steps]:
    try:
        v = m[s:e:st]
        w = v[::-2][1:]
        out.append((v.tolist(), v.strides, w.tolist(), w.strides, v.nbytes, bytes(w)))
    except Exception as ex:
        out.append(type(ex).__name__)
for x in out: print(x)
for k in [2**70, -2**70, 10, -11]:
    try: print(m[k])
    except Exception as ex: print(type(ex).__name__, ex)
print(m.hex(':', 3), m.hex(':', -3), m.hex(b' ', 100))
try: m.hex(':', 2**70)
except Exception as ex: print(type(ex).__name__, ex)
print(bytes(m[::2**62]), m[::2**62].strides, m[::-2**62].tolist())
m[::3] = b"abcd"; print(b)
try: m[::3] = b"abc"
except Exception as ex: print(type(ex).__name__, ex)
