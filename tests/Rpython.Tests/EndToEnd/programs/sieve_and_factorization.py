"""Number theory: a sieve of Eratosthenes up to 10000, prime factorisation by trial division
(printed as p^k products), Euler's totient, perfect numbers, and the Collatz sequence lengths."""
from rpython.rlib.rfile import write_stdout


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return is_prime


def factorize(n):
    parts = []
    p = 2
    while p * p <= n:
        k = 0
        while n % p == 0:
            n //= p
            k += 1
        if k == 1:
            parts.append(str(p))
        elif k > 1:
            parts.append("%d^%d" % (p, k))
        p += 1
    if n > 1:
        parts.append(str(n))
    return " * ".join(parts)


def totient(n):
    result = n
    p = 2
    m = n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result


def collatz_length(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def entry_point(argv):
    flags = sieve(10000)
    primes = [i for i in range(len(flags)) if flags[i]]
    write_stdout("%d primes below 10000; the last five: %s\n" % (len(primes), " ".join([str(p) for p in primes[-5:]])))
    twins = 0
    for i in range(len(primes) - 1):
        if primes[i + 1] - primes[i] == 2:
            twins += 1
    write_stdout("%d twin prime pairs\n" % twins)
    for n in [2, 12, 360, 1001, 9973, 65536, 999999, 600851475143]:
        write_stdout("%d = %s\n" % (n, factorize(n)))
    write_stdout("phi: %s\n" % " ".join([str(totient(n)) for n in [1, 9, 10, 36, 97, 100]]))
    perfect = []
    for n in range(2, 10000):
        s = 1
        d = 2
        while d * d <= n:
            if n % d == 0:
                s += d
                if d * d != n:
                    s += n // d
            d += 1
        if s == n:
            perfect.append(str(n))
    write_stdout("perfect numbers: %s\n" % " ".join(perfect))
    best = 1
    best_len = 0
    for n in range(1, 3000):
        l = collatz_length(n)
        if l > best_len:
            best = n
            best_len = l
    write_stdout("longest Collatz below 3000: %d (%d steps)\n" % (best, best_len))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
