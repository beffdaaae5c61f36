entry_point(argv: list(str(no_nul))) -> int
call_builtin(name: str(no_nul)) -> int
class prebuilt_instance_list.Builtin:
    arity: int(nonneg)
    calls: int(nonneg)
    name: str(no_nul)
