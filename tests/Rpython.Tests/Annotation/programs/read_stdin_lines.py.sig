entry_point(argv: list(str(no_nul))) -> int(nonneg) = 0
read_all_lines() -> list(str, resizable)
