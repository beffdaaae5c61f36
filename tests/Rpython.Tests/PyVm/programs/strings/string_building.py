# Building strings in loops: accumulate, reverse words, palindromes, caesar cipher.
def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)

msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3))
print(" ".join(w[::-1] for w in "reverse each word here".split()))
for w in ["racecar", "Level", "python", "A man a plan a canal Panama"]:
    norm = "".join(c.lower() for c in w if c.isalnum())
    print(w, norm == norm[::-1])
