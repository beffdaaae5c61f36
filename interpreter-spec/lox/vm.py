"""The virtual machine: a stack machine that runs the compiler's bytecode (Crafting
Interpreters, chapters 15 "A Virtual Machine", 18-19, 21-25 (variables, jumps, calls,
closures and upvalues), 27-29 (classes, methods, initializers, superclasses)).

As in clox, one loop (``VM.dispatch``, clox's run()) executes every Lox function: a call
pushes a CallFrame and the loop carries on in the callee's code; nothing recurses on the
RPython stack.  The loop's position (the instruction pointer ``ip`` and the chunk being
run) are the JIT's greens; the frame and the VM are its reds.

Runtime errors are raised as LoxRuntimeError; ``VM.run`` catches them around the loop and
prints the message and a stack trace the way clox's runtimeError() does.
"""

import math
import time

from rpython.rlib.jit import JitDriver
from rpython.rlib.rfile import write_stderr, write_stdout

from chunk import (
    OPCODE_NAMES, UINT8_COUNT,
    OP_CONSTANT, OP_NIL, OP_TRUE, OP_FALSE, OP_POP, OP_GET_LOCAL, OP_SET_LOCAL,
    OP_GET_GLOBAL, OP_DEFINE_GLOBAL, OP_SET_GLOBAL, OP_GET_UPVALUE, OP_SET_UPVALUE,
    OP_GET_PROPERTY, OP_SET_PROPERTY, OP_GET_SUPER, OP_EQUAL, OP_GREATER, OP_LESS, OP_ADD,
    OP_SUBTRACT, OP_MULTIPLY, OP_DIVIDE, OP_NOT, OP_NEGATE, OP_PRINT, OP_JUMP,
    OP_JUMP_IF_FALSE, OP_LOOP, OP_CALL, OP_INVOKE, OP_SUPER_INVOKE, OP_CLOSURE,
    OP_CLOSE_UPVALUE, OP_RETURN, OP_CLASS, OP_INHERIT, OP_METHOD,
)
from compiler import compile
from debug import DEBUG_TRACE_EXECUTION, disassemble_instruction
from numformat import sign_bit
from objects import (
    W_Number, W_String, W_Function, W_Native, W_Closure, W_Class, W_Instance,
    W_BoundMethod, Upvalue, w_nil, w_true, w_false, w_bool,
)

FRAMES_MAX = 64
STACK_MAX = FRAMES_MAX * UINT8_COUNT

INTERPRET_OK = 0
INTERPRET_COMPILE_ERROR = 1
INTERPRET_RUNTIME_ERROR = 2


class LoxRuntimeError(Exception):
    """A Lox runtime error; ``message`` is what clox prints before the stack trace."""

    def __init__(self, message):
        self.message = message


class CallFrame(object):
    """An ongoing call: the closure being run, its instruction pointer, and where its
    slots start on the VM's stack (slot 0 is the callee, or ``this``).  As in clox the
    VM allocates FRAMES_MAX frames once and reuses them."""

    def __init__(self, closure, ip, slots):
        self.closure = closure
        self.ip = ip
        self.slots = slots


def get_location(ip, chunk):
    """Name a position in a Lox program, for JIT logs: the opcode about to run."""
    return str(ip) + " " + OPCODE_NAMES[chunk.code[ip]]


jitdriver = JitDriver(greens=['ip', 'chunk'], reds=['frame', 'vm'],
                      get_printable_location=get_location)


def clock_native(vm, args):
    """clock(): the seconds since the VM started (clox returns C's clock(), the processor
    time the process has used; elapsed time serves the benchmarks as well)."""
    return W_Number(time.perf_counter() - vm.start_time)


class VM(object):
    """The interpreter state: the value stack, the call frames, the global variables and
    the open upvalues."""

    def __init__(self):
        self.stack = [w_nil for i in range(STACK_MAX)]
        self.stack_top = 0
        self.frames = [CallFrame(None, 0, 0) for i in range(FRAMES_MAX)]
        self.frame_count = 0
        self.globals = {}
        self.open_upvalues = None
        self.start_time = time.perf_counter()
        self.define_native("clock", clock_native)

    def reset_stack(self):
        self.stack_top = 0
        self.frame_count = 0
        self.open_upvalues = None

    def define_native(self, name, function):
        self.globals[name] = W_Native(name, function)

    # ------------------------------------------------------------ the stack

    def push(self, value):
        if self.stack_top == STACK_MAX:
            # clox does not check: only absurd programs get here (64 frames of 256 slots
            # and deep expressions), but they must not crash the VM.
            raise LoxRuntimeError("Stack overflow.")
        self.stack[self.stack_top] = value
        self.stack_top += 1

    def pop(self):
        self.stack_top -= 1
        return self.stack[self.stack_top]

    def peek(self, distance):
        return self.stack[self.stack_top - 1 - distance]

    # ------------------------------------------------------------ errors

    def runtime_error(self, message):
        """Print ``message`` and the stack trace, innermost call first, as clox does."""
        lines = [message, "\n"]
        i = self.frame_count - 1
        while i >= 0:
            frame = self.frames[i]
            function = frame.closure.function
            # The instruction that failed is the one before ip.
            line = function.chunk.lines[frame.ip - 1]
            lines.append("[line " + str(line) + "] in ")
            if function.name == "":
                lines.append("script\n")
            else:
                lines.append(function.name + "()\n")
            i -= 1
        write_stderr("".join(lines))
        self.reset_stack()

    # ------------------------------------------------------------ calls

    def call(self, closure, arg_count):
        function = closure.function
        if arg_count != function.arity:
            raise LoxRuntimeError("Expected " + str(function.arity) +
                                  " arguments but got " + str(arg_count) + ".")
        if self.frame_count == FRAMES_MAX:
            raise LoxRuntimeError("Stack overflow.")
        frame = self.frames[self.frame_count]
        self.frame_count += 1
        frame.closure = closure
        frame.ip = 0
        frame.slots = self.stack_top - arg_count - 1

    def call_value(self, callee, arg_count):
        if isinstance(callee, W_BoundMethod):
            self.stack[self.stack_top - arg_count - 1] = callee.receiver
            self.call(callee.method, arg_count)
        elif isinstance(callee, W_Class):
            self.stack[self.stack_top - arg_count - 1] = W_Instance(callee)
            initializer = callee.find_method("init")
            if initializer is not None:
                self.call(initializer, arg_count)
            elif arg_count != 0:
                raise LoxRuntimeError("Expected 0 arguments but got " +
                                      str(arg_count) + ".")
        elif isinstance(callee, W_Closure):
            self.call(callee, arg_count)
        elif isinstance(callee, W_Native):
            args = self.stack[self.stack_top - arg_count:self.stack_top]
            result = callee.function(self, args)
            self.stack_top -= arg_count + 1
            self.push(result)
        else:
            raise LoxRuntimeError("Can only call functions and classes.")

    def invoke_from_class(self, klass, name, arg_count):
        method = klass.find_method(name)
        if method is None:
            raise LoxRuntimeError("Undefined property '" + name + "'.")
        self.call(method, arg_count)

    def invoke(self, name, arg_count):
        receiver = self.peek(arg_count)
        if not isinstance(receiver, W_Instance):
            raise LoxRuntimeError("Only instances have methods.")
        value = receiver.fields.get(name, None)
        if value is not None:
            # A field holding a function: call it like any value.
            self.stack[self.stack_top - arg_count - 1] = value
            self.call_value(value, arg_count)
            return
        self.invoke_from_class(receiver.klass, name, arg_count)

    def bind_method(self, klass, name):
        """Replace the instance on top of the stack with its method ``name``, bound."""
        method = klass.find_method(name)
        if method is None:
            raise LoxRuntimeError("Undefined property '" + name + "'.")
        bound = W_BoundMethod(self.peek(0), method)
        self.pop()
        self.push(bound)

    # ------------------------------------------------------------ upvalues

    def capture_upvalue(self, slot):
        """The open upvalue for stack slot ``slot``, made if there is none yet."""
        prev_upvalue = None
        upvalue = self.open_upvalues
        while upvalue is not None and upvalue.slot > slot:
            prev_upvalue = upvalue
            upvalue = upvalue.next
        if upvalue is not None and upvalue.slot == slot:
            return upvalue
        created = Upvalue(slot, upvalue)
        if prev_upvalue is None:
            self.open_upvalues = created
        else:
            prev_upvalue.next = created
        return created

    def close_upvalues(self, last):
        """Close every open upvalue for slot ``last`` or above: the variables leave the
        stack, so their values move into the upvalues."""
        while self.open_upvalues is not None and self.open_upvalues.slot >= last:
            upvalue = self.open_upvalues
            upvalue.closed = self.stack[upvalue.slot]
            upvalue.slot = -1
            self.open_upvalues = upvalue.next

    def get_upvalue(self, upvalue):
        if upvalue.slot >= 0:
            return self.stack[upvalue.slot]
        return upvalue.closed

    def set_upvalue(self, upvalue, value):
        if upvalue.slot >= 0:
            self.stack[upvalue.slot] = value
        else:
            upvalue.closed = value

    # ------------------------------------------------------------ classes

    def define_method(self, name):
        method = self.peek(0)
        klass = self.peek(1)
        assert isinstance(method, W_Closure)
        assert isinstance(klass, W_Class)
        klass.methods[name] = method
        self.pop()

    # ------------------------------------------------------------ the loop

    def trace_execution(self, chunk, ip):
        """DEBUG_TRACE_EXECUTION: print the stack, then the instruction about to run."""
        pieces = ["          "]
        for i in range(self.stack_top):
            pieces.append("[ " + self.stack[i].to_str() + " ]")
        pieces.append("\n")
        write_stdout("".join(pieces))
        disassemble_instruction(chunk, ip)

    def binary_operands(self):
        """The two numbers on top of the stack, popped (Lox's arithmetic and comparison
        operators want numbers)."""
        b = self.peek(0)
        a = self.peek(1)
        if not isinstance(a, W_Number) or not isinstance(b, W_Number):
            raise LoxRuntimeError("Operands must be numbers.")
        self.stack_top -= 2
        return a.value, b.value

    def run(self):
        """Run until the script returns or a runtime error stops it."""
        try:
            return self.dispatch()
        except LoxRuntimeError as error:
            self.runtime_error(error.message)
            return INTERPRET_RUNTIME_ERROR

    def dispatch(self):
        """The dispatch loop.  ``ip`` is kept in a local (a JIT green) and copied to the
        frame after each opcode is read, as clox's READ_BYTE() advances frame->ip, so that
        a runtime error finds the line of the instruction that failed."""
        frame = self.frames[self.frame_count - 1]
        chunk = frame.closure.function.chunk
        ip = frame.ip
        while True:
            jitdriver.jit_merge_point(ip=ip, chunk=chunk, frame=frame, vm=self)
            if DEBUG_TRACE_EXECUTION:
                self.trace_execution(chunk, ip)
            instruction = chunk.code[ip]
            ip += 1
            frame.ip = ip
            if instruction == OP_CONSTANT:
                self.push(chunk.constants[chunk.code[ip]])
                ip += 1
            elif instruction == OP_NIL:
                self.push(w_nil)
            elif instruction == OP_TRUE:
                self.push(w_true)
            elif instruction == OP_FALSE:
                self.push(w_false)
            elif instruction == OP_POP:
                self.pop()
            elif instruction == OP_GET_LOCAL:
                slot = chunk.code[ip]
                ip += 1
                self.push(self.stack[frame.slots + slot])
            elif instruction == OP_SET_LOCAL:
                slot = chunk.code[ip]
                ip += 1
                self.stack[frame.slots + slot] = self.peek(0)
            elif instruction == OP_GET_GLOBAL:
                name = read_string(chunk, ip)
                ip += 1
                value = self.globals.get(name, None)
                if value is None:
                    raise LoxRuntimeError("Undefined variable '" + name + "'.")
                self.push(value)
            elif instruction == OP_DEFINE_GLOBAL:
                name = read_string(chunk, ip)
                ip += 1
                self.globals[name] = self.peek(0)
                self.pop()
            elif instruction == OP_SET_GLOBAL:
                name = read_string(chunk, ip)
                ip += 1
                if name not in self.globals:
                    raise LoxRuntimeError("Undefined variable '" + name + "'.")
                self.globals[name] = self.peek(0)
            elif instruction == OP_GET_UPVALUE:
                slot = chunk.code[ip]
                ip += 1
                self.push(self.get_upvalue(frame.closure.upvalues[slot]))
            elif instruction == OP_SET_UPVALUE:
                slot = chunk.code[ip]
                ip += 1
                self.set_upvalue(frame.closure.upvalues[slot], self.peek(0))
            elif instruction == OP_GET_PROPERTY:
                instance = self.peek(0)
                if not isinstance(instance, W_Instance):
                    raise LoxRuntimeError("Only instances have properties.")
                name = read_string(chunk, ip)
                ip += 1
                value = instance.fields.get(name, None)
                if value is not None:
                    self.pop()      # the instance
                    self.push(value)
                else:
                    self.bind_method(instance.klass, name)
            elif instruction == OP_SET_PROPERTY:
                instance = self.peek(1)
                if not isinstance(instance, W_Instance):
                    raise LoxRuntimeError("Only instances have fields.")
                name = read_string(chunk, ip)
                ip += 1
                instance.fields[name] = self.peek(0)
                value = self.pop()
                self.pop()          # the instance
                self.push(value)
            elif instruction == OP_GET_SUPER:
                name = read_string(chunk, ip)
                ip += 1
                superclass = self.pop()
                assert isinstance(superclass, W_Class)
                self.bind_method(superclass, name)
            elif instruction == OP_EQUAL:
                b = self.pop()
                a = self.pop()
                self.push(w_bool(a.equals(b)))
            elif instruction == OP_GREATER:
                a, b = self.binary_operands()
                self.push(w_bool(a > b))
            elif instruction == OP_LESS:
                a, b = self.binary_operands()
                self.push(w_bool(a < b))
            elif instruction == OP_ADD:
                w_b = self.peek(0)
                w_a = self.peek(1)
                if isinstance(w_a, W_String) and isinstance(w_b, W_String):
                    self.stack_top -= 2
                    self.push(W_String(w_a.value + w_b.value))
                elif isinstance(w_a, W_Number) and isinstance(w_b, W_Number):
                    self.stack_top -= 2
                    self.push(W_Number(w_a.value + w_b.value))
                else:
                    raise LoxRuntimeError(
                        "Operands must be two numbers or two strings.")
            elif instruction == OP_SUBTRACT:
                a, b = self.binary_operands()
                self.push(W_Number(a - b))
            elif instruction == OP_MULTIPLY:
                a, b = self.binary_operands()
                self.push(W_Number(a * b))
            elif instruction == OP_DIVIDE:
                a, b = self.binary_operands()
                self.push(W_Number(divide(a, b)))
            elif instruction == OP_NOT:
                self.push(w_bool(self.pop().is_falsey()))
            elif instruction == OP_NEGATE:
                value = self.peek(0)
                if not isinstance(value, W_Number):
                    raise LoxRuntimeError("Operand must be a number.")
                self.pop()
                self.push(W_Number(-value.value))
            elif instruction == OP_PRINT:
                write_stdout(self.pop().to_str() + "\n")
            elif instruction == OP_JUMP:
                offset = read_short(chunk, ip)
                ip += 2 + offset
            elif instruction == OP_JUMP_IF_FALSE:
                offset = read_short(chunk, ip)
                ip += 2
                if self.peek(0).is_falsey():
                    ip += offset
            elif instruction == OP_LOOP:
                offset = read_short(chunk, ip)
                ip += 2 - offset
                jitdriver.can_enter_jit(ip=ip, chunk=chunk, frame=frame, vm=self)
            elif instruction == OP_CALL:
                arg_count = chunk.code[ip]
                ip += 1
                frame.ip = ip
                self.call_value(self.peek(arg_count), arg_count)
                frame = self.frames[self.frame_count - 1]
                chunk = frame.closure.function.chunk
                ip = frame.ip
            elif instruction == OP_INVOKE:
                method = read_string(chunk, ip)
                arg_count = chunk.code[ip + 1]
                ip += 2
                frame.ip = ip
                self.invoke(method, arg_count)
                frame = self.frames[self.frame_count - 1]
                chunk = frame.closure.function.chunk
                ip = frame.ip
            elif instruction == OP_SUPER_INVOKE:
                method = read_string(chunk, ip)
                arg_count = chunk.code[ip + 1]
                ip += 2
                frame.ip = ip
                superclass = self.pop()
                assert isinstance(superclass, W_Class)
                self.invoke_from_class(superclass, method, arg_count)
                frame = self.frames[self.frame_count - 1]
                chunk = frame.closure.function.chunk
                ip = frame.ip
            elif instruction == OP_CLOSURE:
                function = chunk.constants[chunk.code[ip]]
                ip += 1
                assert isinstance(function, W_Function)
                upvalues = []
                for i in range(function.upvalue_count):
                    is_local = chunk.code[ip]
                    index = chunk.code[ip + 1]
                    ip += 2
                    if is_local:
                        upvalues.append(self.capture_upvalue(frame.slots + index))
                    else:
                        upvalues.append(frame.closure.upvalues[index])
                # A copy that never changes, as the closure's _immutable_fields_ says.
                self.push(W_Closure(function, upvalues[:]))
            elif instruction == OP_CLOSE_UPVALUE:
                self.close_upvalues(self.stack_top - 1)
                self.pop()
            elif instruction == OP_RETURN:
                result = self.pop()
                self.close_upvalues(frame.slots)
                self.frame_count -= 1
                if self.frame_count == 0:
                    self.pop()      # the script's closure
                    return INTERPRET_OK
                self.stack_top = frame.slots
                self.push(result)
                frame = self.frames[self.frame_count - 1]
                chunk = frame.closure.function.chunk
                ip = frame.ip
            elif instruction == OP_CLASS:
                name = read_string(chunk, ip)
                ip += 1
                self.push(W_Class(name))
            elif instruction == OP_INHERIT:
                superclass = self.peek(1)
                if not isinstance(superclass, W_Class):
                    raise LoxRuntimeError("Superclass must be a class.")
                subclass = self.peek(0)
                assert isinstance(subclass, W_Class)
                for name, method in superclass.methods.items():
                    subclass.methods[name] = method
                self.pop()          # the subclass
            elif instruction == OP_METHOD:
                name = read_string(chunk, ip)
                ip += 1
                self.define_method(name)
            else:
                raise LoxRuntimeError("Unknown opcode " + str(instruction) + ".")

    def interpret(self, source):
        function = compile(source)
        if function is None:
            return INTERPRET_COMPILE_ERROR
        closure = W_Closure(function, [])
        self.push(closure)
        self.call(closure, 0)
        return self.run()


def read_string(chunk, ip):
    """The name the one-byte operand at ``ip`` refers to in the constant table."""
    constant = chunk.constants[chunk.code[ip]]
    assert isinstance(constant, W_String)
    return constant.value


def read_short(chunk, ip):
    """The two-byte operand at ``ip`` (high byte first)."""
    return (chunk.code[ip] << 8) | chunk.code[ip + 1]


def divide(a, b):
    """a / b for doubles, as IEEE 754 (and C) define it: dividing by zero gives an infinity,
    or NaN for 0/0 (Python would raise ZeroDivisionError)."""
    if b == 0.0:
        if a != a:
            return a
        if a == 0.0:
            return -math.nan    # what x86 hardware gives for 0/0: the sign bit set
        if (a < 0.0) != sign_bit(b):
            return -math.inf
        return math.inf
    return a / b
