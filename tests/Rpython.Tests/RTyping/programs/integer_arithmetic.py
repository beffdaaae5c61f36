def main(n):
    a = n * 7 - 3
    b = a // 4 + a % 5
    c = (n << 3) >> 1
    d = (n & 0xF0) | (n ^ 5)
    return a + b + c + d - (-n) + (~n)
