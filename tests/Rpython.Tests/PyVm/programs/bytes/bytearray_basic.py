# bytearray: mutable bytes.
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), bytes(ba))
del ba[-2:]
ba[1:3] = b"EE"
print(ba, ba.decode(), ba.pop(), ba)
ba2 = bytearray(3)
print(ba2, bytearray(range(3)), ba2 == b"\x00\x00\x00")
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
