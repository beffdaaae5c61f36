# Iterating over bytes yields ints; checksum and bit counting.
data = "The quick brown fox".encode()
total = 0
for byte in data:
    total = (total * 31 + byte) % 65521
print(total)
print(sum(data), max(data), min(data), sorted(set(data))[:5])
print([bin(x).count("1") for x in data[:6]])
print(bytes(x ^ 0x20 for x in data))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
