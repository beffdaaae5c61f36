# Format specs in f-strings: width, alignment, fill, sign, grouping, precision, types.
v = 1234567.891
print(f"[{v:,.2f}] [{v:_.1f}] [{v:15.3f}] [{v:<15.1f}] [{v:^15.0f}] [{v:*>15,.2f}]")
i = 255
print(f"[{i:b}] [{i:o}] [{i:x}] [{i:X}] [{i:#b}] [{i:#x}] [{i:08b}] [{i:,}] [{-i:+}]")
print(f"[{i:c}] [{i:5}] [{i:<5}] [{i:^5}] [{i:=+8}] [{i:08,}]")
print(f"[{0.000123:e}] [{0.000123:.2E}] [{12.5:%}] [{0.25:.1%}] [{1e20:g}] [{1.5:G}]")
print(f"[{'s':>4}] [{'s':^5}] [{'abc':.2}] [{'x':_<3}]")
w, p = 10, 3
print(f"[{3.14159:{w}.{p}f}] [{'t':{'>'}{w}}]")
print(f"[{-0.0:.1f}] [{float('inf'):.2f}] [{float('nan'):f}] [{-1.5:08.2f}]")
print(f"[{True}] [{True:d}] [{None}] [{12:n}]")
