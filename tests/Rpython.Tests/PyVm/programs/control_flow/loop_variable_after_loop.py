# The loop variable keeps its last value after the loop; empty loops leave it unbound.
for i in range(5):
    pass
print(i)
for ch in "xyz":
    last = ch
print(ch, last)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
k = 0
while k < 10:
    k += 3
print(k)
