"""Loops the translator unrolls: ``unrolling_iterable`` and its base ``SpecTag``.

This module runs untranslated on CPython, where an ``unrolling_iterable`` is just a
frozen sequence of items.  The translator treats the object as a prebuilt constant and
unrolls every ``for x in <unrolling_iterable>:`` loop at flow-graph construction, so
the body is copied once per item and each copy sees its item as a constant.  That is how
RPython iterates over heterogeneous tuples (of functions, classes, names...).
"""


class SpecTag(object):
    """Base class for prebuilt objects the translator specialises on (always frozen)."""

    __slots__ = ()

    def __repr__(self):
        return '<%s at 0x%x>' % (type(self).__name__, id(self))

    def _freeze_(self):
        # Frozen prebuilt constants ("PBCs") are immutable to RPython code.
        return True


class unrolling_iterable(SpecTag):
    """An immutable sequence whose ``for`` loops are unrolled at translation time.

    Iterating gives the items in order, any number of times.
    """

    __slots__ = ('_items',)

    def __init__(self, iterable):
        # A tuple copy: later changes to the original iterable must not leak in.
        self._items = tuple(iterable)

    def __iter__(self):
        return iter(self._items)

    def __repr__(self):
        return 'unrolling_iterable(%r)' % (list(self._items),)
