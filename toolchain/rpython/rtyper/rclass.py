"""Low-level helpers of instances (after RPython's rpython/rtyper/rclass.py).

Class ids are numbered in preorder (RTyping/ClassHierarchyIds.cs), so the classes of a subtree
have the ids ``[min, max)``: ``isinstance(x, C)`` is two compares on the id of x's class.  The
RTyper inlines that test for an instance that cannot be None; an instance that can be None goes
through ``ll_isinstance``, which is False for None, as Python's isinstance is.
"""


def ll_isinstance(obj, minid, maxid):
    if not obj:
        return False
    classid = obj.typeptr.subclassrange_min
    return minid <= classid and classid < maxid
