entry_point(argv: list(str(no_nul))) -> int(nonneg)
option_or_default(args: list(str(no_nul)), name: str(no_nul), default: str(no_nul)) -> str(no_nul)
find_option(args: list(str(no_nul)), name: str(no_nul)) -> str(no_nul) or None
