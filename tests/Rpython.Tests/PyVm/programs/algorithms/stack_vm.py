# A tiny stack-based bytecode interpreter with variables and jumps.
PUSH, LOAD, STORE, ADD, SUB, MUL, JZ, JMP, PRINT, HALT = range(10)
NAMES = ["PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "JZ", "JMP", "PRINT", "HALT"]

def run(code, trace=False):
    stack, env, pc, out, steps = [], {}, 0, [], 0
    while True:
        op = code[pc]
        arg = code[pc + 1] if op in (PUSH, LOAD, STORE, JZ, JMP) else None
        if trace:
            print("%3d %-5s %-4s %s" % (pc, NAMES[op], "" if arg is None else arg, stack))
        pc += 1 if arg is None else 2
        steps += 1
        if op == PUSH: stack.append(arg)
        elif op == LOAD: stack.append(env[arg])
        elif op == STORE: env[arg] = stack.pop()
        elif op == ADD: b = stack.pop(); stack.append(stack.pop() + b)
        elif op == SUB: b = stack.pop(); stack.append(stack.pop() - b)
        elif op == MUL: b = stack.pop(); stack.append(stack.pop() * b)
        elif op == JZ:
            if stack.pop() == 0: pc = arg
        elif op == JMP: pc = arg
        elif op == PRINT: out.append(stack.pop())
        elif op == HALT: return out, steps

def factorial_program(n):
    return [PUSH, 1, STORE, "acc", PUSH, n, STORE, "n",
            LOAD, "n", JZ, 30,                                   # 8: loop
            LOAD, "acc", LOAD, "n", MUL, STORE, "acc",           # 12
            LOAD, "n", PUSH, 1, SUB, STORE, "n", JMP, 8, HALT, HALT,
            LOAD, "acc", PRINT, HALT]                            # 30

print(run(factorial_program(5)))
print(run(factorial_program(30)))
print(run([PUSH, 2, PUSH, 3, ADD, PUSH, 7, MUL, PRINT, HALT], trace=True))
