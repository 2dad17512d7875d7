# covers: type.bytes, lang.expr.slice, lang.expr.slice_step, lang.expr.slice_negative
# Slicing bytes with every kind of bound and step, including empty and reversed slices,
# and slicing a long bytes object block by block.
data = bytes(range(20))
print(data[2:7], data[:3], data[17:], data[-4:-1], data[5:2], data[::-1][:5])
print(data[::3], data[1::4], data[15:3:-2], data[-1:-8:-3], data[100:], data[-100:2])
print(data[::-7], data[3:3], data[:], data[:] == data, type(data[1:2]).__name__)
long = bytes((i * 7 + 3) & 0xFF for i in range(4096))
blocks = [long[off:off + 16] for off in range(0, len(long), 16)]
print(len(blocks), blocks[0].hex(), blocks[-1].hex(), sum(b[5] for b in blocks))
print(b"".join(blocks) == long, long[4000:4100:9].hex())
