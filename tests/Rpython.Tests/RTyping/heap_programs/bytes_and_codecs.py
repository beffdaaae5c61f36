# bytes: literals, str.encode() (UTF-8; a lone surrogate raises UnicodeEncodeError), bytes.decode()
# ('strict' raises UnicodeDecodeError on invalid UTF-8, 'replace' puts U+FFFD for each maximal
# invalid part, 'ignore' drops it), indexing (an int; IndexError), len, slices, iteration,
# concatenation, truth and comparisons.


def hexes(b):
    return " ".join([str(x) for x in b])


def encoding(n):
    texts = ["", "abc", "caf\u00e9", "\u20ac" + str(n), "\U0001f600", "\u0800\u07ff\uffff\U00010000\U0010ffff"]
    out = []
    for s in texts:
        b = s.encode()
        out.append(str(len(b)) + ":" + hexes(b) + ":" + str(int(b.decode() == s)))
    try:
        ("x" + chr(0xd800 + n % 2) + str(n)).encode("utf-8")
        out.append("encoded")
    except UnicodeEncodeError:
        out.append("UnicodeEncodeError")
    return "|".join(out)


def decode_all(data):
    out = [data.decode("utf-8", "replace"), data.decode("utf8", "ignore")]
    try:
        out.append(data.decode())
    except UnicodeDecodeError:
        out.append("UnicodeDecodeError")
    return "/".join(out)


def decoding(n):
    samples = [b"ok", b"\xc3\xa9", b"\xff", b"a\x80b", b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80",
               b"\xed\xa0\x80", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"\xc3"]
    return "|".join([decode_all(s) for s in samples]) + "|" + decode_all(str(n).encode() + b"\xe9")


def operations(n):
    data = ("h\u00e9llo" + str(n)).encode()
    parts = [str(data[0]), str(data[1]), str(data[-1]), str(len(data)), hexes(data[1:3]), hexes(data[-2:]), hexes(data[5:2])]
    try:
        parts.append(str(data[n]))
    except IndexError:
        parts.append("IndexError")
    total = 0
    for x in data + b"!" + "\u00fc".encode():
        total = total * 31 % 65521 + x
    parts.append(str(total))
    a = str(n).encode()
    b = b"7"
    parts.append("".join([str(int(f)) for f in [a == b, a != b, a < b, a <= b, a > b, a >= b, bool(a), bool(b""), b"" == a[:0]]]))
    return " ".join(parts)


def main(n):
    return encoding(n) + "\n" + decoding(n) + "\n" + operations(n)
