# int, float, str, bool, list, tuple, dict, set conversions and chr/ord/bin/oct/hex.
print(int("42"), int(" -7 "), int("0x1f", 16), int("z", 36), int(3.99), int(-3.99), int(True), int("1_000"))
print(float("3.5"), float("-inf"), float(" 1e3 "), float(7), float("nan") != float("nan"))
print(str(12), bool(""), bool("0"), bool([]), bool([0]), bool(0.0), bool(None))
print(list("abc"), tuple([1, 2]), dict([(1, 2)]), sorted(set("hello")), list({1: "a"}.items()))
print(chr(65), ord("a"), bin(5), oct(64), hex(255), int("0b101", 0), int("0o17", 0), int("0x1F", 0))
