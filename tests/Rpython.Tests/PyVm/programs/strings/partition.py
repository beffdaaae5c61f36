# partition and rpartition.
for s in ["key=value", "key=", "=value", "novalue", "a=b=c", ""]:
    print(s.partition("="), s.rpartition("="))
print("a->b->c".partition("->"), "a->b->c".rpartition("->"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
