entry_point(argv: list(str(no_nul))) -> int(nonneg)
render(words: list(str(no_nul))) -> str
Section.__init__(self: instance of with_nested.Section, out: list(str(no_nul), resizable), name: str(no_nul)) -> None
Section.__enter__(self: instance of with_nested.Section) -> instance of with_nested.Section
Section.__exit__(self: instance of with_nested.Section, etype: None, evalue: None, tb: None) -> None
class with_nested.Section:
    name: str(no_nul)
    out: list(str(no_nul), resizable)
