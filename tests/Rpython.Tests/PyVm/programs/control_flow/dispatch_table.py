# Dispatch tables of functions instead of long if chains.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b if b else float("inf")
table = {"+": add, "-": sub, "*": mul, "/": div}
def evaluate_rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in table:
            b, a = stack.pop(), stack.pop()
            stack.append(table[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack.pop()
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1.5 2 *", "1 0 /", "7 2 /"]:
    print(e, "=", evaluate_rpn(e))
