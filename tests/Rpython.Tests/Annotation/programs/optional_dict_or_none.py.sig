entry_point(argv: list(str(no_nul))) -> int(nonneg)
Scope.__init__(self: instance of optional_dict_or_none.Scope) -> None
Scope.set_local(self: instance of optional_dict_or_none.Scope, name: char(no_nul), value: int(nonneg)) -> None
Scope.get_local(self: instance of optional_dict_or_none.Scope, name: char(no_nul)) -> int(nonneg)
class optional_dict_or_none.Scope:
    locals: dict(char(no_nul) -> int(nonneg))
