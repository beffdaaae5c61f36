entry_point(argv: list(str(no_nul))) -> int(nonneg)
Space.wrap_int(self: instance of wrapped_objects_space.Space, n: int(nonneg)) -> instance of wrapped_objects_space.W_Int
W_Int.__init__(self: instance of wrapped_objects_space.W_Int, intval: int(nonneg)) -> None
Space.wrap_str(self: instance of wrapped_objects_space.Space, s: str) -> instance of wrapped_objects_space.W_Str
W_Str.__init__(self: instance of wrapped_objects_space.W_Str, strval: str) -> None
Space.concat(self: instance of wrapped_objects_space.Space, w_a: instance of wrapped_objects_space.W_Int, w_b: instance of wrapped_objects_space.W_Str) -> instance of wrapped_objects_space.W_Str
W_Int.str_w(self: instance of wrapped_objects_space.W_Int) -> str
W_Str.str_w(self: instance of wrapped_objects_space.W_Str) -> str
W_Int.is_true(self: instance of wrapped_objects_space.W_Int) -> bool
W_Root.is_true(self: instance of wrapped_objects_space.W_Root) -> bool = True
W_Str.is_true(self: instance of wrapped_objects_space.W_Str) -> bool
class wrapped_objects_space.Space:
class wrapped_objects_space.W_Root:
class wrapped_objects_space.W_Int(wrapped_objects_space.W_Root):
    intval: int(nonneg)
class wrapped_objects_space.W_Str(wrapped_objects_space.W_Root):
    strval: str
