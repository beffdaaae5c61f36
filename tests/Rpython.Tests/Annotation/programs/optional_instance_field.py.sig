entry_point(argv: list(str(no_nul))) -> int
Task.__init__(self: instance of optional_instance_field.Task, name: str(no_nul)) -> None
Task.finish(self: instance of optional_instance_field.Task, value: int(nonneg)) -> None
Result.__init__(self: instance of optional_instance_field.Result, value: int(nonneg)) -> None
Task.value_or(self: instance of optional_instance_field.Task, default: int = -1) -> int
class optional_instance_field.Task:
    name: str(no_nul)
    result: instance of optional_instance_field.Result or None
class optional_instance_field.Result:
    value: int(nonneg)
