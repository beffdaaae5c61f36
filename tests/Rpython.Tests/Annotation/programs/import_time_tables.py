import sys

OPCODES = ["LOAD", "ADD", "PRINT", "HALT"]
OPCODE_OF = {}
for _i, _name in enumerate(OPCODES):
    OPCODE_OF[_name] = _i
COSTS = [len(name) * 2 for name in OPCODES]


def cost_of(name):
    return COSTS[OPCODE_OF[name]]


def entry_point(argv):
    total = 0
    for name in OPCODES:
        total += cost_of(name)
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
