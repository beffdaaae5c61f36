# str.encode and bytes.decode with UTF-8 and ASCII, errors.
s = "héllo wörld €"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s, b.decode())
print("abc".encode("ascii"), "abc".encode())
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"caf\xc3\xa9".decode("utf-8"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print(s.encode("utf-8", "replace") == b, "é".encode("ascii", "replace"), b"\xff".decode("utf-8", "replace"))
