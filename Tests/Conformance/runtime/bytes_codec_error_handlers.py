# The codecs of decode/encode with each error handler: UTF-8 error ranges
# and reasons, UTF-16/32 byte orders and BOMs, ASCII and Latin-1 limits.
for b in [b'a\xffb', b'\xe9x', b'\xe2\x82', b'\xe2\x82x', b'\xf0\x9f\x90', b'\xed\xa0\x80', b'\xc0\xaf', b'ok\xe2', 'h\xe9llo €'.encode()]:
    for err in ['strict','replace','ignore','backslashreplace']:
        try: print(b, err, repr(b.decode('utf-8', err)))
        except UnicodeDecodeError as e: print(b, err, e)
s = "a\U0001F40D\xe9\u20ac"
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'UTF_32_BE', 'latin-1', 'ascii']:
    for err in ['strict','replace','ignore','backslashreplace']:
        try:
            e = s.encode(enc, err); print(enc, err, e, e.decode(enc, 'replace'))
        except UnicodeEncodeError as ex: print(enc, err, ex)
print(b'\xff\xfea\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00b'.decode('utf-16-le', 'replace'))
try: b'a\x00b'.decode('utf-16-le')
except UnicodeDecodeError as e: print(e)
try: 'x'.encode('rot13x')
except LookupError as e: print(e)
try: 'x'.encode('utf-8', 'bogus')
except LookupError as e: print(e)
print(str(b'\xc3\xa9', 'utf-8'), '\ud800'.encode('utf-8', 'replace'))
try: '\ud800'.encode()
except UnicodeEncodeError as e: print(e)
