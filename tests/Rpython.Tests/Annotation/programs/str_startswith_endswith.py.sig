entry_point(argv: list(str(no_nul))) -> int(nonneg)
classify_path(path: str(no_nul)) -> int(nonneg)
