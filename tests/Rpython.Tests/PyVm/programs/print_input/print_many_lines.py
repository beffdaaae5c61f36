# A lot of output: the VM must not lose or reorder buffered output.
for i in range(2000):
    print(i, i * i, sep=",", end=";\n" if i % 100 == 99 else " ")
print("end")
