import sys


def primes_below(n):
    is_prime = [True] * n
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i < n:
        if is_prime[i]:
            for multiple in range(i * i, n, i):
                is_prime[multiple] = False
        i += 1
    result = []
    for k in range(n):
        if is_prime[k]:
            result.append(k)
    return result


def entry_point(argv):
    primes = primes_below(100 + len(argv))
    return len(primes)


if __name__ == "__main__":
    entry_point(sys.argv)
