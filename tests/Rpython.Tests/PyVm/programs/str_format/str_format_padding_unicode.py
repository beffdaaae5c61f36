# Padding and alignment count code points, not bytes.
for s in ["a", "é", "日本", "😀x"]:
    print(f"[{s:>5}] [{s:<5}] [{s:^5}] [{s:*^6}]", len(s))
print("%-4s|%4s|" % ("ü", "ü"))
