entry_point(argv: list(str(no_nul))) -> int
Env.__init__(self: instance of dict_pop_update_copy_clear.Env) -> None
Env.merge(self: instance of dict_pop_update_copy_clear.Env, other: dict(str(no_nul) -> int(nonneg))) -> None
Env.snapshot(self: instance of dict_pop_update_copy_clear.Env) -> dict(str(no_nul) -> int(nonneg))
Env.take(self: instance of dict_pop_update_copy_clear.Env, name: str(no_nul)) -> int
Env.reset(self: instance of dict_pop_update_copy_clear.Env) -> None
class dict_pop_update_copy_clear.Env:
    vars: dict(str(no_nul) -> int(nonneg))
