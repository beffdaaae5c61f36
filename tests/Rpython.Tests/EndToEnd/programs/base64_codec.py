"""Base64 encoding and decoding written with shifts and masks over the UTF-8 bytes of strs
(padding for 0, 1 and 2 leftover bytes), with invalid input reported, and hex dumps."""
from rpython.rlib.rfile import write_stdout

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
DECODE = {}
for _i in range(64):
    DECODE[ALPHABET[_i]] = _i


def encode(text):
    data = text.encode()
    out = []
    i = 0
    n = len(data)
    while i + 2 < n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(ALPHABET[(v >> 18) & 63])
        out.append(ALPHABET[(v >> 12) & 63])
        out.append(ALPHABET[(v >> 6) & 63])
        out.append(ALPHABET[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out.append(ALPHABET[(v >> 18) & 63])
        out.append(ALPHABET[(v >> 12) & 63])
        out.append("==")
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out.append(ALPHABET[(v >> 18) & 63])
        out.append(ALPHABET[(v >> 12) & 63])
        out.append(ALPHABET[(v >> 6) & 63])
        out.append("=")
    return "".join(out)


def decode_to_codes(text):
    """The decoded bytes as ints, or None if the text is not valid base64."""
    if len(text) % 4 != 0:
        return None
    codes = []
    for i in range(0, len(text), 4):
        chunk = text[i:i + 4]
        v = 0
        pad = 0
        for c in chunk:
            v <<= 6
            if c == "=":
                pad += 1
            elif c in DECODE:
                if pad > 0:
                    return None
                v |= DECODE[c]
            else:
                return None
        codes.append((v >> 16) & 255)
        if pad < 2:
            codes.append((v >> 8) & 255)
        if pad < 1:
            codes.append(v & 255)
    return codes


def entry_point(argv):
    for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Man is distinguished", "caf\u00e9 \u20ac"]:
        e = encode(s)
        codes = decode_to_codes(e)
        back = "?"
        if codes is not None:
            back = "".join([chr(c) for c in codes])
        write_stdout("'%s' -> %s -> %d bytes: %s\n" % (s, e, len(back), " ".join(["%02x" % ord(c) for c in back])))
    for bad in ["abc", "ab=c", "a*bc", "YQ=="]:
        codes = decode_to_codes(bad)
        if codes is None:
            write_stdout("%s: invalid\n" % bad)
        else:
            write_stdout("%s: %d bytes\n" % (bad, len(codes)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
