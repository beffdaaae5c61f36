entry_point(argv: list(str(no_nul))) -> int
total_effect(ops: list(instance of class_factory_at_import_time.Opcode, resizable)) -> int
Opcode.stack_effect(self: instance of class_factory_at_import_time.Opcode) -> int
class class_factory_at_import_time.Opcode:
    arity: int(nonneg)
    name: str(no_nul)
class class_factory_at_import_time.Op(class_factory_at_import_time.Opcode):
class class_factory_at_import_time.Op#2(class_factory_at_import_time.Opcode):
class class_factory_at_import_time.Op#3(class_factory_at_import_time.Opcode):
