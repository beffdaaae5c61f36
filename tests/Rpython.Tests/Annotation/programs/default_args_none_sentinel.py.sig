entry_point(argv: list(str(no_nul))) -> int(nonneg)
collect(words: list(str(no_nul)), into: list(str(no_nul), resizable)) -> list(str(no_nul), resizable)
describe(name: char(no_nul), prefix: str(no_nul) or None) -> str(no_nul)
