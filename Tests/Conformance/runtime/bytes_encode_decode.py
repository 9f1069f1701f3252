s = "héllo wörld €"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8"))
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print("é".encode("ascii", errors="replace"), "é".encode("ascii", errors="ignore"))
print(b"a\xffb".decode("utf-8", errors="replace"), b"a\xffb".decode("utf-8", errors="ignore"))
print("\U0001F40D".encode("utf-8"), "\U0001F40D".encode("utf-16-le"))
