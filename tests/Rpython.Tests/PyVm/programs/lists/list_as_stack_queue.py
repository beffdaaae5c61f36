# Stacks with append/pop and queues with pop(0); a balanced-brackets checker.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

for t in ["()", "([]{})", "(]", "((", "{[()()]}", "", "}{"]:
    print(repr(t), balanced(t))
queue = [1, 2, 3]
out = []
while queue:
    x = queue.pop(0)
    out.append(x)
    if x < 3:
        queue.append(x * 10)
print(out)
