# bytes % values (PEP 461): %s/%b take bytes-like objects or __bytes__,
# %r/%a give ascii(), %c a single byte; and the errors of each.
print(b'%s|%r|%a|%c|%c|%5.2f|%x|%b' % (b'x', 'é', b'q', 65, b'z', 1.5, 255, bytearray(b'ba')))
print(b'%(k)s' % {b'k': b'v'}, bytearray(b'%d') % 5, b'%%')
for bad in [lambda: b'%s' % 5, lambda: b'%c' % 300, lambda: b'%c' % b'ab', lambda: b'%s %s' % (b'a',), lambda: b'%s' % 'str']:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
class B:
    def __bytes__(self): return b'BB'
print(b'[%s]' % B(), b'%-5s|' % b'ab', b'%.1s' % b'xyz')
