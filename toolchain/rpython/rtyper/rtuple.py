"""Low-level helpers of tuples (after RPython's rpython/rtyper/rtuple.py): hashing and comparing them.

A tuple is an immutable GcStruct with fields ``item0``, ``item1``... (``RTyping/BuiltinTypes.cs``).
How it hashes and compares depends on the types of its items, so the RTyper makes one function
of each kind per tuple type: it calls the factories ``gen_hash`` and ``gen_eq`` (at import time)
with one ``(field name, function)`` pair per item, the function being how that item hashes or
compares, as ``rordereddict.ll_keyhash`` and ``ll_keyeq`` take it (None for ints).  The loops
over the items are unrolled: each function made is straight-line code for its tuple type.

The hash combines the items' hashes as RPython's does: x = (x ^ hash(item)) * 1000003, from 0x345678.
"""

from rpython.rtyper.rordereddict import ll_keyeq, ll_keyhash
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rlib.unroll import unrolling_iterable


def gen_hash(items):
    unrolled = unrolling_iterable(items)

    def ll_hash_tuple(t):
        x = r_uint(0x345678)
        for name, hash in unrolled:
            x = (x ^ r_uint(ll_keyhash(hash, getattr(t, name)))) * r_uint(1000003)
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
