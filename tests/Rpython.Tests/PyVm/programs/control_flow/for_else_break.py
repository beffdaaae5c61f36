# for/else: else runs when the loop was not broken.
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
for n in (15, 13, 49, 2):
    find_prime_factor(n)
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(3):
    for j in range(3):
        if i * j == 2:
            break
    else:
        continue
    print("broke inner at", i, j)
    break
