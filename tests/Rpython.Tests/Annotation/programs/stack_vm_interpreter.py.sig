entry_point(argv: list(str(no_nul))) -> int(nonneg)
VM.__init__(self: instance of stack_vm_interpreter.VM, code: list(int(nonneg))) -> None
VM.run(self: instance of stack_vm_interpreter.VM) -> int(nonneg)
VM.push(self: instance of stack_vm_interpreter.VM, value: int(nonneg)) -> None
VM.pop(self: instance of stack_vm_interpreter.VM) -> int(nonneg)
class stack_vm_interpreter.VM:
    code: list(int(nonneg))
    pc: int(nonneg)
    stack: list(int(nonneg), resizable)
