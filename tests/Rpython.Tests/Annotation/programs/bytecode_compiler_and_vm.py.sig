entry_point(argv: list(str(no_nul))) -> int(nonneg)
Num.__init__(self: instance of bytecode_compiler_and_vm.Num, value: int(nonneg)) -> None
BinOp.__init__(self: instance of bytecode_compiler_and_vm.BinOp, opcode: int(nonneg), left: instance of bytecode_compiler_and_vm.Num, right: instance of bytecode_compiler_and_vm.Num) -> None
BinOp.compile(self: instance of bytecode_compiler_and_vm.BinOp, code: list(int(nonneg), resizable)) -> None
Num.compile(self: instance of bytecode_compiler_and_vm.Num, code: list(int(nonneg), resizable)) -> None
execute(code: list(int(nonneg), resizable)) -> int(nonneg)
class bytecode_compiler_and_vm.Num:
    value: int(nonneg)
class bytecode_compiler_and_vm.BinOp(bytecode_compiler_and_vm.Num):
    left: instance of bytecode_compiler_and_vm.Num
    opcode: int(nonneg)
    right: instance of bytecode_compiler_and_vm.Num
