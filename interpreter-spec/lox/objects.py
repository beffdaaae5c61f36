"""Lox values (Crafting Interpreters, chapters 18 "Types of Values", 19 "Strings",
24 "Calls and Functions", 25 "Closures", 27 "Classes and Instances", 28 "Methods and
Initializers").

clox's Value is a tagged union and its heap objects (Obj*) are C structs; here every Lox
value is an instance of a subclass of W_Root, the RPython way.  nil, true and false are
prebuilt singletons (w_nil, w_true, w_false); numbers are boxed doubles.  There is no
garbage collector in this file: the toolchain's GC manages these instances.  Strings are
compared by value (clox interns them so that it can compare pointers; same meaning).
"""

from numformat import format_number


class W_Root(object):
    """A Lox value."""

    def is_falsey(self):
        """nil and false are falsey; every other value is truthy."""
        return False

    def equals(self, other):
        """Lox ``==``: values of different types are never equal; objects are equal only
        to themselves, except strings (by value) and numbers (IEEE: NaN != NaN)."""
        return self is other

    def to_str(self):
        """What ``print`` writes for this value."""
        raise NotImplementedError


class W_Nil(W_Root):
    def is_falsey(self):
        return True

    def to_str(self):
        return "nil"


class W_Bool(W_Root):
    """A boolean: there are exactly two, w_true and w_false, told apart by identity.
    (They carry no field: the toolchain loses the fields of prebuilt instances that are
    only seen as W_Root, see the README.)"""

    def is_falsey(self):
        return self is w_false

    def to_str(self):
        if self is w_true:
            return "true"
        return "false"


w_nil = W_Nil()
w_true = W_Bool()
w_false = W_Bool()


def w_bool(value):
    """The Lox boolean for an RPython bool."""
    if value:
        return w_true
    return w_false


class W_Number(W_Root):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def equals(self, other):
        return isinstance(other, W_Number) and self.value == other.value

    def to_str(self):
        return format_number(self.value)


class W_String(W_Root):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def equals(self, other):
        return isinstance(other, W_String) and self.value == other.value

    def to_str(self):
        return self.value


class W_Function(W_Root):
    """A compiled function (clox's ObjFunction): its bytecode, arity and how many
    upvalues its closures capture.  ``name`` is "" for the top-level script."""

    _immutable_fields_ = ['arity', 'upvalue_count', 'chunk', 'name']

    def __init__(self, name, arity, upvalue_count, chunk):
        self.name = name
        self.arity = arity
        self.upvalue_count = upvalue_count
        self.chunk = chunk

    def to_str(self):
        if self.name == "":
            return "<script>"
        return "<fn " + self.name + ">"


class W_Native(W_Root):
    """A function implemented in RPython (clox's ObjNative): ``function(vm, args)``
    returns a W_Root; ``args`` is a list of the arguments."""

    def __init__(self, name, function):
        self.name = name
        self.function = function

    def to_str(self):
        return "<native fn>"


class Upvalue(object):
    """A variable a closure captured (clox's ObjUpvalue).  While the variable still lives
    on the VM's stack the upvalue is open: ``slot`` is its index there and ``next`` links
    the VM's list of open upvalues, sorted by slot, highest first.  When the variable goes
    out of scope the upvalue is closed: its value moves to ``closed`` and ``slot`` is -1.
    Not a Lox value: Lox code never sees one."""

    def __init__(self, slot, next):
        self.slot = slot
        self.closed = w_nil
        self.next = next


class W_Closure(W_Root):
    """A function with the upvalues it captured when OP_CLOSURE ran (clox's ObjClosure)."""

    _immutable_fields_ = ['function', 'upvalues[*]']

    def __init__(self, function, upvalues):
        self.function = function
        self.upvalues = upvalues

    def to_str(self):
        return self.function.to_str()


class W_Class(W_Root):
    """A class: its name and its methods, a dict from name to closure (inherited methods
    are copied in by OP_INHERIT, as in clox)."""

    def __init__(self, name):
        self.name = name
        self.methods = {}

    def find_method(self, name):
        """The closure of method ``name``, or None."""
        return self.methods.get(name, None)

    def to_str(self):
        return self.name


class W_Instance(W_Root):
    """An instance: its class and its fields, a dict from name to value."""

    def __init__(self, klass):
        self.klass = klass
        self.fields = {}

    def to_str(self):
        return self.klass.name + " instance"


class W_BoundMethod(W_Root):
    """A method read from an instance: calling it passes ``receiver`` as ``this``."""

    _immutable_fields_ = ['receiver', 'method']

    def __init__(self, receiver, method):
        self.receiver = receiver
        self.method = method

    def to_str(self):
        return self.method.function.to_str()
