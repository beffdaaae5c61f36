# Slicing, iteration with steps, and building bytes from ints and joins.
data = bytes(range(0, 256, 17))
print(data, data[2:5], data[::4], data[-3:], data[5], list(data[:3]))
chunks = [data[i:i + 4] for i in range(0, len(data), 4)]
print(chunks, b"".join(chunks) == data)
print(b"-".join(bytes([c]) for c in b"xyz"), bytearray(data[:4]).hex(), data.count(b"\x11"))
