# Text files are UTF-8: non-ASCII text round-trips, lengths count code points.
text = "héllo wörld\n日本語のテキスト\nemoji 😀\n"
with open("uni.txt", "w", encoding="utf-8") as f:
    f.write(text)
with open("uni.txt", encoding="utf-8") as f:
    back = f.read()
print(back == text, len(back))
with open("uni.txt", "rb") as f:
    raw = f.read()
print(len(raw), raw[:6])
for line in back.splitlines():
    print(line, len(line))
