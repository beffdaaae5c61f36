entry_point(argv: list(str(no_nul))) -> int(nonneg)
Frame.__init__(self: instance of narrowing_attribute_after_is_not_none.Frame, name: str(no_nul), parent: instance of narrowing_attribute_after_is_not_none.Frame or None) -> None
Frame.depth(self: instance of narrowing_attribute_after_is_not_none.Frame) -> int(nonneg)
class narrowing_attribute_after_is_not_none.Frame:
    name: str(no_nul)
    parent: instance of narrowing_attribute_after_is_not_none.Frame or None
