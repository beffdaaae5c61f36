# roots: uses_tables registered
from rpython.rlib.objectmodel import specialize
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=['pc', 'program'], reds=['stack'])

OPCODES = ["push", "pop", "add", "jump"]
OPCODE_NUMBERS = {name: i for i, name in enumerate(OPCODES)}
SQUARES = [i * i for i in range(6)]
BIG = 2 ** 70
LIMIT = BIG >> 64


def make_adder(k):
    def adder(x):
        return x + k
    return adder


add_three = make_adder(3)
add_ten = make_adder(10)


def register(table):
    def decorate(func):
        table.append(func.__name__)
        return func
    return decorate


REGISTERED = []


@register(REGISTERED)
def registered(x):
    return x


class Config(object):
    def __init__(self, verbose, depth=4):
        self.verbose = verbose
        self.depth = depth


CONFIG = Config(False, depth=7)

for _name in OPCODES:
    setattr(Config, "op_" + _name, OPCODE_NUMBERS[_name])

try:
    MISSING = OPCODE_NUMBERS["nope"]
except KeyError:
    MISSING = -1


@specialize.arg(0)
def opcode_of(name):
    return OPCODE_NUMBERS[name]


def uses_tables(x):
    if CONFIG.depth > 5:
        x += LIMIT
    return add_three(x) + SQUARES[2] + Config.op_jump + MISSING
