def describe(n):
    if n < 0:
        return "negative %d" % (-n,)
    return "n=%d hex=%x" % (n, n)


def words(text):
    total = 0
    for w in text.split(" "):
        total = total * 3 + len(w)
    return total


def main(n):
    s = describe(n)
    t = str(n) + "|" + s.upper() + "|" + "-" * (n % 4)
    count = 0
    for ch in t:
        if ch == "-" or ch.isdigit():
            count += 1
    parts = ["a", str(n), "c"]
    joined = ",".join(parts)
    code = ord(t[0]) + ord(joined[-1])
    if "hex" in s:
        code += 1000
    if s.startswith("neg"):
        code += 2000
    found = t.find("=")
    back = int(str(n * 7))
    return len(t) * 100000 + count * 1000 + code + found * 10 + back + words("ab c  def " + s.strip())
