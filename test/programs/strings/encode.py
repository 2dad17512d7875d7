# covers: type.str.encode
print("hello".encode(), "héllo".encode(), "héllo".encode("utf-8"), "€".encode())
print("héllo".encode("latin-1"), "abc".encode("ascii"), len("日本".encode()))
print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
b = "naïve".encode()
print(b, b.decode(), b.decode("utf-8") == "naïve")
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
