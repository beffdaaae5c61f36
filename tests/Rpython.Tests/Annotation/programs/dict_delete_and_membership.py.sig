entry_point(argv: list(str(no_nul))) -> int
Registry.__init__(self: instance of dict_delete_and_membership.Registry) -> None
Registry.register(self: instance of dict_delete_and_membership.Registry, name: str, value: int(nonneg)) -> None
Registry.unregister(self: instance of dict_delete_and_membership.Registry, name: str(no_nul)) -> bool
Registry.size(self: instance of dict_delete_and_membership.Registry) -> int(nonneg)
class dict_delete_and_membership.Registry:
    entries: dict(str -> int(nonneg))
