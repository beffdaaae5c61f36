entry_point(argv: list(str(no_nul))) -> int(nonneg)
group_by_length(words: list(str(no_nul))) -> dict(int(nonneg) -> list(str(no_nul), resizable))
longest_group(groups: dict(int(nonneg) -> list(str(no_nul), resizable))) -> int(nonneg)
