entry_point(argv: list(str(no_nul))) -> int(nonneg)
from_list(values: list(int(nonneg))) -> instance of lisp_cons_cells.Obj
Int.__init__(self: instance of lisp_cons_cells.Int, value: int(nonneg)) -> None
Cons.__init__(self: instance of lisp_cons_cells.Cons, car: instance of lisp_cons_cells.Obj, cdr: instance of lisp_cons_cells.Obj) -> None
Cons.to_str(self: instance of lisp_cons_cells.Cons) -> str
Int.to_str(self: instance of lisp_cons_cells.Int) -> str
Nil.to_str(self: instance of lisp_cons_cells.Nil) -> str(no_nul) = '()'
Obj.to_str(self: instance of lisp_cons_cells.Obj) -> char(no_nul) = '?'
class lisp_cons_cells.Obj:
class lisp_cons_cells.Nil(lisp_cons_cells.Obj):
class lisp_cons_cells.Int(lisp_cons_cells.Obj):
    value: int(nonneg)
class lisp_cons_cells.Cons(lisp_cons_cells.Obj):
    car: instance of lisp_cons_cells.Obj
    cdr: instance of lisp_cons_cells.Obj
