entry_point(argv: list(str(no_nul))) -> int(nonneg)
Grid.__init__(self: instance of tuple_as_dict_key.Grid) -> None
Grid.set(self: instance of tuple_as_dict_key.Grid, x: int(nonneg), y: int(nonneg), value: char(no_nul)) -> None
Grid.neighbours(self: instance of tuple_as_dict_key.Grid, x: int(nonneg) = 0, y: int(nonneg) = 1) -> int(nonneg)
Grid.get(self: instance of tuple_as_dict_key.Grid, x: int(nonneg) = 5, y: int(nonneg) = 5) -> char(no_nul)
class tuple_as_dict_key.Grid:
    cells: dict(tuple(int, int) -> char(no_nul))
