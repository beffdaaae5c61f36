# match, case and _ as ordinary names
match = 1
case = 2
_ = 3
match, case = case, match
match.attr = case.attr
match[0] = case[1:]
match(case)
match(x, y)
match (x)
match [x]
match * x
match - x
match -x
match.x: int = 1
match: int
case: str = 'x'
_: int = 0
print(match, case, _)
def match(case, _=None): return case
class case(match): pass
import match
from match import case as _
lambda match, case: match + case
[match for match in case]
f(match=1, case=2)
# a match statement whose subject and patterns use the soft keywords as names
match match:
    case case:
        pass
match case:
    case match if match:
        pass
    case _:
        pass
match _:
    case {'match': match, 'case': case}:
        pass
    case match.case:
        pass
    case [_, *_]:
        pass
# match as a name at the start of an expression that is not a match statement
match(a) if b else c
match[a, b]
match, = x
match.case.match = 1
match - 1 == case
# soft keywords as attributes, parameters, keyword arguments, and in nested scopes
def f(*, match, case=0, _=1):
    match match:
        case case.case:
            return case
    return _
# type is not soft in 3.11: an ordinary name everywhere
type = 1
type(x)
