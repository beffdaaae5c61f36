entry_point(argv: list(str(no_nul))) -> int(nonneg)
main(argv: list(str(no_nul))) -> int(nonneg)
usage(program: str(no_nul)) -> int(nonneg) = 2
