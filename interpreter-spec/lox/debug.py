"""The disassembler (Crafting Interpreters, chapter 14, "Chunks of Bytecode": debug.c), and
the two debugging switches of clox's common.h.

Set DEBUG_PRINT_CODE to print each function's bytecode after it compiles, and
DEBUG_TRACE_EXECUTION to print the stack and each instruction as the VM runs it.  They are
constants, as clox's #defines are: off, the translator leaves their code out.  The text is
clox's (``0000  123 OP_CONSTANT         0 '1.2'``).
"""

from rpython.rlib.rfile import write_stdout

from chunk import (
    OPCODE_NAMES,
    OP_CONSTANT, OP_GET_LOCAL, OP_SET_LOCAL, OP_GET_GLOBAL, OP_DEFINE_GLOBAL, OP_SET_GLOBAL,
    OP_GET_UPVALUE, OP_SET_UPVALUE, OP_GET_PROPERTY, OP_SET_PROPERTY, OP_GET_SUPER,
    OP_JUMP, OP_JUMP_IF_FALSE, OP_LOOP, OP_CALL, OP_INVOKE, OP_SUPER_INVOKE, OP_CLOSURE,
    OP_CLASS, OP_METHOD,
)
from objects import W_Function

DEBUG_PRINT_CODE = False
DEBUG_TRACE_EXECUTION = False


def disassemble_chunk(chunk, name):
    """Print every instruction of ``chunk`` under a ``== name ==`` header."""
    write_stdout("== " + name + " ==\n")
    offset = 0
    while offset < len(chunk.code):
        offset = disassemble_instruction(chunk, offset)


def disassemble_instruction(chunk, offset):
    """Print the instruction at ``offset``; return the offset of the next one."""
    text, next_offset = instruction_text(chunk, offset)
    write_stdout(text)
    return next_offset


def instruction_text(chunk, offset):
    """The disassembly of the instruction at ``offset`` (lines ending in newlines) and the
    offset of the next instruction."""
    prefix = zero_pad(offset, 4) + " "
    if offset > 0 and chunk.lines[offset] == chunk.lines[offset - 1]:
        prefix += "   | "
    else:
        prefix += pad_left(str(chunk.lines[offset]), 4) + " "
    instruction = chunk.code[offset]
    if instruction >= len(OPCODE_NAMES):
        return prefix + "Unknown opcode " + str(instruction) + "\n", offset + 1
    name = OPCODE_NAMES[instruction]
    if (instruction == OP_CONSTANT or instruction == OP_GET_GLOBAL or
            instruction == OP_DEFINE_GLOBAL or instruction == OP_SET_GLOBAL or
            instruction == OP_GET_PROPERTY or instruction == OP_SET_PROPERTY or
            instruction == OP_GET_SUPER or instruction == OP_CLASS or
            instruction == OP_METHOD):
        constant = chunk.code[offset + 1]
        return (prefix + pad_right(name, 16) + " " + pad_left(str(constant), 4) + " '" +
                chunk.constants[constant].to_str() + "'\n", offset + 2)
    if (instruction == OP_GET_LOCAL or instruction == OP_SET_LOCAL or
            instruction == OP_GET_UPVALUE or instruction == OP_SET_UPVALUE or
            instruction == OP_CALL):
        slot = chunk.code[offset + 1]
        return prefix + pad_right(name, 16) + " " + pad_left(str(slot), 4) + "\n", offset + 2
    if instruction == OP_JUMP or instruction == OP_JUMP_IF_FALSE or instruction == OP_LOOP:
        jump = (chunk.code[offset + 1] << 8) | chunk.code[offset + 2]
        sign = -1 if instruction == OP_LOOP else 1
        return (prefix + pad_right(name, 16) + " " + pad_left(str(offset), 4) + " -> " +
                str(offset + 3 + sign * jump) + "\n", offset + 3)
    if instruction == OP_INVOKE or instruction == OP_SUPER_INVOKE:
        constant = chunk.code[offset + 1]
        arg_count = chunk.code[offset + 2]
        return (prefix + pad_right(name, 16) + " (" + str(arg_count) + " args) " +
                pad_left(str(constant), 4) + " '" + chunk.constants[constant].to_str() +
                "'\n", offset + 3)
    if instruction == OP_CLOSURE:
        constant = chunk.code[offset + 1]
        function = chunk.constants[constant]
        text = (prefix + pad_right(name, 16) + " " + pad_left(str(constant), 4) + " " +
                function.to_str() + "\n")
        offset += 2
        assert isinstance(function, W_Function)
        for i in range(function.upvalue_count):
            is_local = chunk.code[offset]
            index = chunk.code[offset + 1]
            text += (zero_pad(offset, 4) + "      |                     " +
                     ("local" if is_local else "upvalue") + " " + str(index) + "\n")
            offset += 2
        return text, offset
    return prefix + name + "\n", offset + 1


def zero_pad(number, width):
    """printf("%0*d")."""
    text = str(number)
    if len(text) < width:
        text = "0" * (width - len(text)) + text
    return text


def pad_left(text, width):
    """printf("%*s"): right-aligned."""
    if len(text) < width:
        text = " " * (width - len(text)) + text
    return text


def pad_right(text, width):
    """printf("%-*s"): left-aligned."""
    if len(text) < width:
        text = text + " " * (width - len(text))
    return text
