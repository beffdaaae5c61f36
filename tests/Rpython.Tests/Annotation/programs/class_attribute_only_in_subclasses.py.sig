entry_point(argv: list(str(no_nul))) -> int
Opcode.stack_effect(self: instance of class_attribute_only_in_subclasses.Opcode) -> int
class class_attribute_only_in_subclasses.Opcode:
    arity: int(nonneg)
class class_attribute_only_in_subclasses.LoadConst(class_attribute_only_in_subclasses.Opcode):
class class_attribute_only_in_subclasses.BinaryAdd(class_attribute_only_in_subclasses.Opcode):
