entry_point(argv: list(str(no_nul))) -> int(nonneg)
render_table(rows: list(list(str(no_nul))), width: int(nonneg) = 6) -> str
render_row(cells: list(str(no_nul)), width: int(nonneg) = 6) -> str
