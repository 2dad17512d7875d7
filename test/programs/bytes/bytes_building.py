# covers: type.bytes, type.bytes.methods
parts = [b"GET ", b"/index.html", b" HTTP/1.1", b"\r\n"]
req = b"".join(parts)
print(req, len(req), req.endswith(b"\r\n"))
method, path, proto = req.strip().split(b" ")
print(method, path, proto.decode(), path.decode().upper())
data = bytes(range(0, 256, 51))
print(data, list(data), data.hex(), bytes.fromhex(data.hex()) == data)
checksum = sum(req) % 256
print(checksum, bytes([checksum]), max(req), min(req))
print(b"-".join([b"a", b"b"]), b"abc".replace(b"b", b"XY"), b"a,b".split(b","), b"  x ".strip())
print(bytes(3) + b"\x01", b"ab" * 3, b"%d-%s" % (5, b"x"), b"x" in req, bytes("é", "latin-1"))
