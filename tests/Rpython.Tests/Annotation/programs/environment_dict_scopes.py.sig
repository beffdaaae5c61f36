entry_point(argv: list(str(no_nul))) -> int(nonneg)
Environment.__init__(self: instance of environment_dict_scopes.Environment, parent: instance of environment_dict_scopes.Environment or None) -> None
Environment.define(self: instance of environment_dict_scopes.Environment, name: char(no_nul), value: int(nonneg)) -> None
Environment.lookup(self: instance of environment_dict_scopes.Environment, name: char(no_nul)) -> int(nonneg)
class environment_dict_scopes.Environment:
    parent: instance of environment_dict_scopes.Environment or None
    vars: dict(char(no_nul) -> int(nonneg))
