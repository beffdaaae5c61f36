import os
import sys


def checksum(data):
    total = 0
    for i in range(len(data)):
        total += data[i]
    for byte in data:
        total ^= byte
    return total & 0xFFFF


def entry_point(argv):
    payload = ("hello " + argv[0]).encode()
    header = b"sum:"
    os.write(1, header + payload[0:0])
    text = payload.decode()
    return checksum(payload) * 0 + len(text) * 0


if __name__ == "__main__":
    entry_point(sys.argv)
