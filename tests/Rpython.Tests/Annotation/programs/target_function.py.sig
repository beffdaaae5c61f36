main(argv: list(str(no_nul))) -> int(nonneg)
