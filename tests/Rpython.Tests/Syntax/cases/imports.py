# plain imports, dotted names, aliases
import a
import a.b.c
import a as b
import a.b as c, d, e.f as g
# from imports: relative levels, parenthesised lists, trailing commas, star
from a import b
from a.b import c as d, e
from . import x
from .. import y
from ... import z
from .... import w
from .a import b
from ..a.b import c
from ...a import b
from . a . b import c
from a import (b)
from a import (b, c)
from a import (b, c,)
from a import (
    b as c,  # comment
    d,
)
from a import *
from .a import *
from __future__ import annotations
# imports inside blocks, and on one line
if x:
    import y
def f(): import z; from q import r
# spacing around dots
import  a . b . c  as  d
