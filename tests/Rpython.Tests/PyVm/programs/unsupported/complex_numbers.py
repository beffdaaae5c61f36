# pyvm: unsupported
# complex numbers may stay out of the VM: CPython's output, or a clean NotImplementedError/SyntaxError.
z = 3 + 4j
print("start")
print(z, abs(z), z.real, z.imag, z * z, z.conjugate())
print(complex(1, -1), (1j) ** 2)
