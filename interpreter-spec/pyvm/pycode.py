"""The bytecode: opcodes (close to CPython 3.8's) and the code object the compiler makes.

An instruction is two ints in ``code``: the opcode and its argument (0 when unused).
Jump arguments are absolute positions in ``code``.  ``lines[pc // 2]`` is the source
line of the instruction at ``pc``.
"""

NOP = 0
POP_TOP = 1
ROT_TWO = 2
ROT_THREE = 3
DUP_TOP = 4
DUP_TOP_TWO = 5
LOAD_CONST = 6
LOAD_FAST = 7
STORE_FAST = 8
DELETE_FAST = 9
LOAD_DEREF = 10
STORE_DEREF = 11
DELETE_DEREF = 12
LOAD_CLOSURE = 13
LOAD_GLOBAL = 14
STORE_GLOBAL = 15
DELETE_GLOBAL = 16
LOAD_NAME = 17
STORE_NAME = 18
DELETE_NAME = 19
LOAD_ATTR = 20
STORE_ATTR = 21
DELETE_ATTR = 22
BINARY_OP = 23
INPLACE_OP = 24
UNARY_OP = 25
COMPARE_OP = 26
BINARY_SUBSCR = 27
STORE_SUBSCR = 28
DELETE_SUBSCR = 29
BUILD_SLICE = 30
BUILD_TUPLE = 31
BUILD_LIST = 32
BUILD_SET = 33
BUILD_MAP = 34
LIST_APPEND = 35
SET_ADD = 36
MAP_ADD = 37
LIST_EXTEND = 38
SET_UPDATE = 39
DICT_UPDATE = 40
LIST_TO_TUPLE = 41
UNPACK_SEQUENCE = 42
UNPACK_EX = 43
JUMP = 44
POP_JUMP_IF_FALSE = 45
POP_JUMP_IF_TRUE = 46
JUMP_IF_FALSE_OR_POP = 47
JUMP_IF_TRUE_OR_POP = 48
GET_ITER = 49
FOR_ITER = 50
CALL_FUNCTION = 51
CALL_FUNCTION_KW = 52
CALL_FUNCTION_EX = 53
MAKE_FUNCTION = 54
RETURN_VALUE = 55
YIELD_VALUE = 56
YIELD_FROM = 57
SETUP_EXCEPT = 58
POP_BLOCK = 59
POP_EXCEPT = 60
RERAISE = 61
RAISE_VARARGS = 62
JUMP_IF_NOT_EXC_MATCH = 63
SETUP_WITH = 64
WITH_EXIT = 65
WITH_EXCEPT = 66
BUILD_CLASS = 67
FORMAT_VALUE = 68
BUILD_STRING = 69
IMPORT_NAME = 70
IMPORT_FROM = 71
IMPORT_STAR = 72
LOAD_ASSERTION_ERROR = 73
LOAD_METHOD = 74
CALL_METHOD = 75
LOAD_CLASSDEREF = 76
DICT_MERGE = 77
GET_YIELD_FROM_ITER = 78
SETUP_ANNOTATIONS = 79

OPCODE_COUNT = 80

# MAKE_FUNCTION flags
MF_DEFAULTS = 1
MF_KWDEFAULTS = 2
MF_CLOSURE = 8


class PyCode(object):
    """A compiled function body (or module, or class body)."""

    _immutable_fields_ = ['code[*]', 'consts_w[*]', 'names[*]']

    def __init__(self, name, qualname, filename, firstline):
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstline = firstline
        self.code = []
        self.lines = []
        self.consts_w = []
        self.names = []
        self.varnames = []
        self.cellvars = []
        self.freevars = []
        self.cell_param_index = []     # for each cellvar: the parameter it starts as, or -1
        self.argcount = 0
        self.posonlycount = 0
        self.kwonlycount = 0
        self.has_varargs = False
        self.has_kwargs = False
        self.is_generator = False
        self.has_blocks = False         # any try/with: the frame needs a block stack
        # the number of arguments of a call that needs no argument binding (positional
        # parameters only, no cells, not a generator), or -1
        self.simple_args = -1
        self.is_class_body = False
        self.uses_locals_dict = False   # module and class bodies: names live in a dict
        self.source_lines = []
        self.w_doc = None
        # for each instruction (pc // 2): the AttrCache of LOAD_ATTR, LOAD_METHOD, STORE_ATTR
        self.attr_caches = []
        # for each instruction: what LOAD_GLOBAL found, at which objspace.globals_epoch
        self.global_values = []
        self.global_epochs = []

    def line_at(self, pc):
        i = pc // 2
        if i < 0:
            i = 0
        if i >= len(self.lines):
            if len(self.lines) == 0:
                return self.firstline
            return self.lines[len(self.lines) - 1]
        return self.lines[i]
