entry_point(argv: list(str(no_nul))) -> int(nonneg)
Key.__init__(self: instance of rarithmetic_and_r_dict.Key, name: char(no_nul)) -> None
key_eq(a: instance of rarithmetic_and_r_dict.Key, b: instance of rarithmetic_and_r_dict.Key) -> bool
key_hash(a: instance of rarithmetic_and_r_dict.Key) -> int(nonneg)
class rarithmetic_and_r_dict.Key:
    name: char(no_nul)
