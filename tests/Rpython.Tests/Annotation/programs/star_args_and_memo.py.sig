entry_point(argv: list(str(no_nul))) -> int(nonneg)
total__star0(values: tuple()) -> int(nonneg) = 0
total__star1(values: tuple(int(nonneg) = 1)) -> int(nonneg)
total__star2(values: tuple(int(nonneg), int(nonneg))) -> int(nonneg)
forward__star2(args: tuple(int(nonneg) = 3, int(nonneg) = 4)) -> int(nonneg)
scaled(x: int(nonneg) = 5, factor: int(nonneg)) -> int(nonneg)
pick(flag: bool) -> classes {star_args_and_memo.Circle, star_args_and_memo.Square}
class star_args_and_memo.Square:
class star_args_and_memo.Circle:
