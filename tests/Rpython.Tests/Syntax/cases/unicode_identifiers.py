# non-ASCII identifiers: positions are UTF-8 byte columns
é = 1
x = é + 1
变量 = 'значение'
y = 变量; z = é
λ = lambda α, β=2: α + β
# identifiers that NFKC-normalise to something else
ﬁle = 1
ℌ = ª + µ
ｘ = ｙ
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 𝑥
é = 2  # e + COMBINING ACUTE ACCENT composes to one character
# keywords spelled with fullwidth letters are ordinary (normalised) names
ｉｆ = ｆｏｒ
Ｎｏｎｅ
ＴＲＵＥ
# normalisation applies to attributes, keywords, parameters, imports, globals, classes
obj.ﬁeld = f(ﬁ=1, **ｋｗ)
def ｆunc(ｐ, *ａｒｇｓ, ｋ=1, **ｋｗ): global ｇ; return ｐ
class Ｃｌａｓｓ(ｂａｓｅ, ｍｅｔａ=ｍ): pass
import ｍｏｄ.ｓｕｂ as ａｌｉａｓ
from ﬁle import ﬁx as ﬁxed
match ｓｕｂｊ:
    case Ｐｏｉｎｔ(ｘ=ｘｘ) as ｃａｐ:
        pass
    case {'k': ｖ, **ｒｅｓｔ}:
        pass
    case [*ｓｔａｒ]:
        pass
try:
    pass
except E as ｅｒｒ:
    pass
# non-ASCII inside strings, bytes escapes, f-strings, and comments: 日本語 ünïcödé 😀
s = 'ü' + "日本語" + '😀' + x
t = f'ü{é}日本{变量!r:>{λ}}😀'
u = """
多行 ü
"""; v = é
w = ('ü'
     'é') + é
# a non-ASCII character just before an expression on the same line
π = 3.14; τ = 2 * π; ŝ = [π, τ]
