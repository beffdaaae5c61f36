"""Chunks of bytecode and the instruction set (Crafting Interpreters, chapter 14, "Chunks
of Bytecode", with the opcodes the later chapters add).

A chunk is what one function compiles to: the code (a list of bytes, each 0..255), the
source line of each byte (for runtime errors), and the constant table.  The compiler fills
a ChunkBuilder; the function keeps the finished, unchanging Chunk.  Operands are one
byte (constant and slot indexes) or two bytes, high byte first (jump offsets), as in clox.
"""

OP_CONSTANT = 0
OP_NIL = 1
OP_TRUE = 2
OP_FALSE = 3
OP_POP = 4
OP_GET_LOCAL = 5
OP_SET_LOCAL = 6
OP_GET_GLOBAL = 7
OP_DEFINE_GLOBAL = 8
OP_SET_GLOBAL = 9
OP_GET_UPVALUE = 10
OP_SET_UPVALUE = 11
OP_GET_PROPERTY = 12
OP_SET_PROPERTY = 13
OP_GET_SUPER = 14
OP_EQUAL = 15
OP_GREATER = 16
OP_LESS = 17
OP_ADD = 18
OP_SUBTRACT = 19
OP_MULTIPLY = 20
OP_DIVIDE = 21
OP_NOT = 22
OP_NEGATE = 23
OP_PRINT = 24
OP_JUMP = 25
OP_JUMP_IF_FALSE = 26
OP_LOOP = 27
OP_CALL = 28
OP_INVOKE = 29
OP_SUPER_INVOKE = 30
OP_CLOSURE = 31
OP_CLOSE_UPVALUE = 32
OP_RETURN = 33
OP_CLASS = 34
OP_INHERIT = 35
OP_METHOD = 36

OPCODE_NAMES = [
    "OP_CONSTANT", "OP_NIL", "OP_TRUE", "OP_FALSE", "OP_POP", "OP_GET_LOCAL",
    "OP_SET_LOCAL", "OP_GET_GLOBAL", "OP_DEFINE_GLOBAL", "OP_SET_GLOBAL", "OP_GET_UPVALUE",
    "OP_SET_UPVALUE", "OP_GET_PROPERTY", "OP_SET_PROPERTY", "OP_GET_SUPER", "OP_EQUAL",
    "OP_GREATER", "OP_LESS", "OP_ADD", "OP_SUBTRACT", "OP_MULTIPLY", "OP_DIVIDE", "OP_NOT",
    "OP_NEGATE", "OP_PRINT", "OP_JUMP", "OP_JUMP_IF_FALSE", "OP_LOOP", "OP_CALL",
    "OP_INVOKE", "OP_SUPER_INVOKE", "OP_CLOSURE", "OP_CLOSE_UPVALUE", "OP_RETURN",
    "OP_CLASS", "OP_INHERIT", "OP_METHOD",
]
"""Each opcode's name, indexed by the opcode (for the disassembler)."""

UINT8_COUNT = 256
"""How many values fit a one-byte operand: the limit on constants per chunk, locals and
upvalues per function."""


class Chunk(object):
    """A function's bytecode as the VM runs it: ``code`` and ``lines`` have one entry per
    byte.  The lists never change once the function is compiled, which the JIT is told
    (``[*]``: their items are constants for a constant chunk)."""

    _immutable_fields_ = ['code[*]', 'lines[*]', 'constants[*]']

    def __init__(self, code, lines, constants):
        self.code = code
        self.lines = lines
        self.constants = constants


class ChunkBuilder(object):
    """The chunk being compiled (clox's writeChunk and addConstant append to it; jumps are
    patched in place); ``finish()`` makes the Chunk the VM runs."""

    def __init__(self):
        self.code = []
        self.lines = []
        self.constants = []

    def write(self, byte, line):
        self.code.append(byte)
        self.lines.append(line)

    def add_constant(self, value):
        """Append ``value`` (a W_Root) to the constant table and return its index."""
        self.constants.append(value)
        return len(self.constants) - 1

    def finish(self):
        """The finished chunk, with copies of the lists (which may not change any more)."""
        return Chunk(self.code[:], self.lines[:], self.constants[:])
