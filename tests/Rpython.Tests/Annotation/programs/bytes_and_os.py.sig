entry_point(argv: list(str(no_nul))) -> int(nonneg)
checksum(data: bytes) -> int(nonneg)
