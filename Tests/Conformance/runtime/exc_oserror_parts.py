# OSError(errno, strerror[, filename[, winerror[, filename2]]]): the subclass the
# errno names, args, the errno/strerror/filename attributes and the str.
e = OSError(2, "No such file")
print(type(e).__name__, e.args, str(e), repr(e), e.errno, e.strerror, e.filename)
e = OSError(2, "No such file", "x.txt")
print(type(e).__name__, e.args, str(e), e.filename, e.filename2)
e = OSError(1, "Op", "a", None, "b")
print(type(e).__name__, str(e))
print(str(OSError("plain")), OSError("plain").errno, str(OSError()), repr(OSError(99, "odd")), str(OSError(1, 2, 3, 4, 5, 6)))
print(type(OSError(13, "x")).__name__, type(FileNotFoundError(13, "x")).__name__, type(IOError(17, "x")).__name__)
class My(OSError): pass
print(type(My(2, "x")).__name__, str(My(2, "x")))
e = OSError(2, "x"); e.errno = 5; print(e.errno, str(e))
try:
    open("/nonexistent/file")
except OSError as err:
    print(type(err).__name__, err)
