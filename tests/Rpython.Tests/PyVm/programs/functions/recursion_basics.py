# Recursive functions: factorial, fibonacci, power set, permutations, hanoi.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def powerset(s):
    if not s:
        return [[]]
    rest = powerset(s[1:])
    return rest + [[s[0]] + r for r in rest]

def perms(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in perms(s[:i] + s[i + 1:])]

moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append(a + c)
        hanoi(n - 1, b, a, c)

print(fact(20), fact(30))
print(powerset([1, 2, 3]))
print(perms("abc"))
hanoi(4, "A", "B", "C")
print(len(moves), moves[:7])
