"""Low-level helpers of tuples (after RPython's rpython/rtyper/rtuple.py): hashing, comparing and
searching them.

A tuple is an immutable GcStruct with fields ``item0``, ``item1``... (``RTyping/BuiltinTypes.cs``).
How it hashes and compares depends on the types of its items, so the RTyper makes one function
of each kind per tuple type: it calls the factories ``gen_hash`` and ``gen_eq`` (at import time)
with one ``(field name, function)`` pair per item, the function being how that item hashes or
compares, as ``rordereddict.ll_keyhash`` and ``ll_keyeq`` take it (None for ints).  The loops
over the items are unrolled: each function made is straight-line code for its tuple type.

The hash combines the items' hashes as compute_hash does untranslated (rlib.objectmodel._hash_tuple):
x = (1000003 * x) ^ hash(item), from 0x345678.
Tuples order as CPython's: by the first items that are not equal (``gen_lt``, whose items also say
how they order, as ``rlist.ll_less`` takes it).
"""

from rpython.rtyper.rlist import ll_less
from rpython.rtyper.rordereddict import ll_keyeq, ll_keyhash
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rlib.unroll import unrolling_iterable


def gen_hash(items):
    unrolled = unrolling_iterable(items)

    def ll_hash_tuple(t):
        x = r_uint(0x345678)
        for name, hash in unrolled:
            x = (r_uint(1000003) * x) ^ r_uint(ll_keyhash(hash, getattr(t, name)))
        return intmask(x)

    return ll_hash_tuple


def gen_eq(items):
    unrolled = unrolling_iterable(items)

    def ll_eq_tuple(t1, t2):
        for name, eq in unrolled:
            if not ll_keyeq(eq, getattr(t1, name), getattr(t2, name)):
                return False
        return True

    return ll_eq_tuple


def gen_lt(items, orequal):
    """t1 < t2 (t1 <= t2 if ``orequal``): items are (field name, eq, lt) triples.  At the first
    items that are not equal, the order is theirs; tuples whose items are all equal are equal."""
    unrolled = unrolling_iterable(items)

    def ll_lt_tuple(t1, t2):
        for name, eq, lt in unrolled:
            x = getattr(t1, name)
            y = getattr(t2, name)
            if not ll_keyeq(eq, x, y):
                return ll_less(lt, x, y)
        return orequal

    return ll_lt_tuple


def gen_contains(items):
    """x in t: items are (field name, eq) pairs, eq(item, x) saying whether the item is x, for
    the items that can be equal to x (the others cannot: an int is never a str)."""
    unrolled = unrolling_iterable(items)

    def ll_contains_tuple(t, x):
        for name, eq in unrolled:
            if ll_keyeq(eq, getattr(t, name), x):
                return True
        return False

    return ll_contains_tuple
