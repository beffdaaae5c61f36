entry_point(argv: list(str(no_nul))) -> int(nonneg)
SymbolTable.__init__(self: instance of symbol_table_interning.SymbolTable) -> None
SymbolTable.intern(self: instance of symbol_table_interning.SymbolTable, name: str(no_nul)) -> instance of symbol_table_interning.Symbol
Symbol.__init__(self: instance of symbol_table_interning.Symbol, name: str(no_nul), index: int(nonneg)) -> None
class symbol_table_interning.SymbolTable:
    by_name: dict(str(no_nul) -> instance of symbol_table_interning.Symbol)
    symbols: list(instance of symbol_table_interning.Symbol, resizable)
class symbol_table_interning.Symbol:
    index: int(nonneg)
    name: str(no_nul)
