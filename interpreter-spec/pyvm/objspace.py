"""The object model: every Python value is an instance of a W_Root subclass (PyPy's
convention: ``w_`` names hold wrapped Python objects), plus the generic operations the
eval loop needs (``add``, ``getattr``, ``eq``, ``hash``, ``iter`` ...).

Each operation has fast paths for the builtin types and falls back to looking up the
special method (``__add__``, ``__eq__`` ...) on the type's MRO, which is how user classes
take part.  Python exceptions travel through RPython as OperationError carrying the
exception instance.
"""

from rpython.rlib.rarithmetic import ovfcheck, intmask, r_uint
import bigint
from bigint import BigInt
import formatting


class OperationError(Exception):
    """A Python exception raised at RPython level; w_value is the exception instance."""

    def __init__(self, w_value):
        self.w_value = w_value


class W_Root(object):
    """A Python object."""

    uid = 0     # identity number, given on first use (the RTyper has no identity hash yet)

    def getclass(self):
        return w_object_type

    def call(self, args):
        raise oerr(w_TypeError, "'%s' object is not callable" % type_name(self))


class UidCounter(object):
    def __init__(self):
        self.last = 0


uid_counter = UidCounter()


def identity_hash(w_obj):
    """A number unique to w_obj for its lifetime (id(), default hashes)."""
    if w_obj.uid == 0:
        uid_counter.last += 1
        w_obj.uid = uid_counter.last
    return w_obj.uid


class Args(object):
    """The arguments of a call: positional values, then keyword names and values."""

    def __init__(self, args_w, kwnames, kwvalues):
        self.args_w = args_w
        self.kwnames = kwnames
        self.kwvalues = kwvalues

    def nkw(self):
        if self.kwnames is None:
            return 0
        return len(self.kwnames)

    def prepend(self, w_obj):
        return Args([w_obj] + self.args_w, self.kwnames, self.kwvalues)

    def get_kw(self, name):
        if self.kwnames is not None:
            for i in range(len(self.kwnames)):
                if self.kwnames[i] == name:
                    return self.kwvalues[i]
        return None


def args0():
    return Args([], None, None)


def args1(w_a):
    return Args([w_a], None, None)


def args2(w_a, w_b):
    return Args([w_a, w_b], None, None)


# ---------------------------------------------------------------- simple objects

class W_NoneObject(W_Root):
    def getclass(self):
        return w_none_type


class W_NotImplemented(W_Root):
    def getclass(self):
        return w_notimpl_type


class W_Ellipsis(W_Root):
    def getclass(self):
        return w_ellipsis_type


w_None = W_NoneObject()
w_NotImplemented = W_NotImplemented()
w_Ellipsis = W_Ellipsis()


class W_IntObject(W_Root):
    _immutable_fields_ = ['intval']

    def __init__(self, intval):
        self.intval = intval

    def getclass(self):
        return w_int_type


class W_BoolObject(W_IntObject):
    def getclass(self):
        return w_bool_type


w_True = W_BoolObject(1)
w_False = W_BoolObject(0)


SMALL_INT_MIN = -5
SMALL_INT_MAX = 1024
SMALL_INTS = [W_IntObject(i) for i in range(SMALL_INT_MIN, SMALL_INT_MAX + 1)]


def wrapint(i):
    """An int object, shared for small values (without a GC, fewer allocations matter)."""
    if SMALL_INT_MIN <= i <= SMALL_INT_MAX:
        return SMALL_INTS[i - SMALL_INT_MIN]
    return W_IntObject(i)


def newbool(b):
    if b:
        return w_True
    return w_False


def newint(i):
    return wrapint(i)


class W_LongObject(W_Root):
    """An int that does not fit a machine word."""
    _immutable_fields_ = ['num']

    def __init__(self, num):
        self.num = num

    def getclass(self):
        return w_int_type


def newlong(num):
    """A BigInt result, as a small int when it fits."""
    if num.fits_int():
        return W_IntObject(num.toint())
    return W_LongObject(num)


class W_FloatObject(W_Root):
    _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval

    def getclass(self):
        return w_float_type


class W_StrObject(W_Root):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def getclass(self):
        return w_str_type


def newstr(s):
    return W_StrObject(s)


class W_BytesObject(W_Root):
    """bytes: a str whose characters are all < 256."""
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def getclass(self):
        return w_bytes_type


class W_BytearrayObject(W_Root):
    """bytearray: mutable bytes, a list of characters < 256.  The methods it shares with bytes,
    which work on a str, read its bytes as one (getvalue)."""

    def __init__(self, data):
        self.data = data

    def getclass(self):
        return w_bytearray_type

    def getvalue(self):
        return "".join(self.data)


def newbytearray(s):
    """A bytearray of the characters (all < 256) of s."""
    return W_BytearrayObject([c for c in s])


def bytes_like(w_obj):
    """The bytes of a bytes or bytearray as a str; None for any other object."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.getvalue()
    return None


def byte_w(w_obj):
    """An int that is to be a byte (bytearray items, `in` of bytes)."""
    v = int_w(w_obj)
    if v < 0 or v > 255:
        raise oerr(w_ValueError, "byte must be in range(0, 256)")
    return v


class W_TupleObject(W_Root):
    _immutable_fields_ = ['items[*]']

    def __init__(self, items):
        self.items = items

    def getclass(self):
        return w_tuple_type


class W_ListObject(W_Root):
    def __init__(self, items):
        self.items = items

    def getclass(self):
        return w_list_type


class W_SliceObject(W_Root):
    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def getclass(self):
        return w_slice_type


class W_CellObject(W_Root):
    """A closure cell; w_value is None while the variable is unbound."""

    def __init__(self, w_value):
        self.w_value = w_value


# ---------------------------------------------------------------- hash tables (dict, set)

class HashTable(object):
    """An insertion-ordered hash table of W_Root keys (CPython's compact dict): entries in
    order in keys_w/values_w (a deleted entry's key is None), an index from hash to the
    last entry with that hash, and a chain from each entry to the previous one."""

    def __init__(self):
        self.keys_w = []
        self.values_w = []
        self.hashes = []
        self.chain = []
        self.index = {}
        self.count = 0

    def lookup(self, w_key, h):
        pos = self.index.get(h, -1)
        while pos >= 0:
            w_k = self.keys_w[pos]
            if w_k is not None and (w_k is w_key or eq_w(w_k, w_key)):
                return pos
            pos = self.chain[pos]
        return -1

    def get(self, w_key):
        pos = self.lookup(w_key, hash_w(w_key))
        if pos < 0:
            return None
        return self.values_w[pos]

    def contains(self, w_key):
        return self.lookup(w_key, hash_w(w_key)) >= 0

    def set(self, w_key, w_value):
        h = hash_w(w_key)
        pos = self.lookup(w_key, h)
        if pos >= 0:
            self.values_w[pos] = w_value
            return
        self.chain.append(self.index.get(h, -1))
        self.index[h] = len(self.keys_w)
        self.keys_w.append(w_key)
        self.values_w.append(w_value)
        self.hashes.append(h)
        self.count += 1

    def remove(self, w_key):
        """Remove the key; returns its value or None if absent."""
        pos = self.lookup(w_key, hash_w(w_key))
        if pos < 0:
            return None
        w_value = self.values_w[pos]
        self.keys_w[pos] = None
        self.values_w[pos] = None
        self.count -= 1
        if len(self.keys_w) > 16 and self.count * 2 < len(self.keys_w):
            self.compact()
        return w_value

    def compact(self):
        keys_w = self.keys_w
        values_w = self.values_w
        hashes = self.hashes
        self.keys_w = []
        self.values_w = []
        self.hashes = []
        self.chain = []
        self.index = {}
        for i in range(len(keys_w)):
            w_k = keys_w[i]
            if w_k is not None:
                h = hashes[i]
                self.chain.append(self.index.get(h, -1))
                self.index[h] = len(self.keys_w)
                self.keys_w.append(w_k)
                self.values_w.append(values_w[i])
                self.hashes.append(h)

    def clear(self):
        self.keys_w = []
        self.values_w = []
        self.hashes = []
        self.chain = []
        self.index = {}
        self.count = 0

    def keys(self):
        result = []
        for w_k in self.keys_w:
            if w_k is not None:
                result.append(w_k)
        return result

    def values(self):
        result = []
        for i in range(len(self.keys_w)):
            if self.keys_w[i] is not None:
                w_v = self.values_w[i]
                assert w_v is not None
                result.append(w_v)
        return result

    def copy(self):
        t = HashTable()
        for i in range(len(self.keys_w)):
            w_k = self.keys_w[i]
            if w_k is not None:
                w_v = self.values_w[i]
                assert w_v is not None
                t.set_with_hash(w_k, self.hashes[i], w_v)
        return t

    def set_with_hash(self, w_key, h, w_value):
        self.chain.append(self.index.get(h, -1))
        self.index[h] = len(self.keys_w)
        self.keys_w.append(w_key)
        self.values_w.append(w_value)
        self.hashes.append(h)
        self.count += 1

    def popitem_last(self):
        i = len(self.keys_w) - 1
        while i >= 0:
            w_k = self.keys_w[i]
            if w_k is not None:
                w_v = self.values_w[i]
                assert w_v is not None
                self.remove(w_k)
                return W_TupleObject([w_k, w_v])
            i -= 1
        return None


LINEAR_PROBES = 9
PERTURB_SHIFT = 5


class SetTable(object):
    """CPython's set table (setobject.c): open addressing with linear probes then
    perturbation, so that iterating a set gives CPython's order."""

    def __init__(self):
        self.clear()

    def clear(self):
        self.slots_w = [None] * 8     # key, None (unused) or w_dummy
        self.hashes = [0] * 8
        self.mask = 7
        self.fill = 0
        self.count = 0

    def find(self, w_key, h):
        """The slot holding w_key, or -1."""
        mask = self.mask
        i = h & mask
        perturb = r_uint(h)
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = i
            while True:
                w_k = self.slots_w[j]
                if w_k is None:
                    return -1
                if w_k is not w_dummy and self.hashes[j] == h and (w_k is w_key or eq_w(w_k, w_key)):
                    return j
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb = perturb >> PERTURB_SHIFT
            i = intmask(i * 5 + 1 + intmask(perturb)) & mask

    def contains(self, w_key):
        return self.find(w_key, hash_w(w_key)) >= 0

    def get(self, w_key):
        if self.contains(w_key):
            return w_None
        return None

    def set(self, w_key, w_value):
        h = hash_w(w_key)
        mask = self.mask
        i = h & mask
        perturb = r_uint(h)
        freeslot = -1
        while True:
            probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
            j = i
            while True:
                w_k = self.slots_w[j]
                if w_k is None:
                    if freeslot >= 0:
                        self.slots_w[freeslot] = w_key
                        self.hashes[freeslot] = h
                        self.count += 1
                        return
                    self.slots_w[j] = w_key
                    self.hashes[j] = h
                    self.fill += 1
                    self.count += 1
                    if self.fill * 5 >= mask * 3:
                        self.resize(self.count * 2 if self.count > 50000 else self.count * 4)
                    return
                if w_k is w_dummy:
                    if freeslot < 0:
                        freeslot = j
                elif self.hashes[j] == h and (w_k is w_key or eq_w(w_k, w_key)):
                    return
                if probes == 0:
                    break
                probes -= 1
                j += 1
            perturb = perturb >> PERTURB_SHIFT
            i = intmask(i * 5 + 1 + intmask(perturb)) & mask

    def resize(self, minused):
        newsize = 8
        while newsize <= minused:
            newsize <<= 1
        old_w = self.slots_w
        old_h = self.hashes
        self.slots_w = [None] * newsize
        self.hashes = [0] * newsize
        self.mask = newsize - 1
        mask = self.mask
        for k in range(len(old_w)):
            w_k = old_w[k]
            if w_k is None or w_k is w_dummy:
                continue
            h = old_h[k]
            i = h & mask
            perturb = r_uint(h)
            done = False
            while not done:
                if self.slots_w[i] is None:
                    self.slots_w[i] = w_k
                    self.hashes[i] = h
                    break
                if i + LINEAR_PROBES <= mask:
                    for j in range(i + 1, i + LINEAR_PROBES + 1):
                        if self.slots_w[j] is None:
                            self.slots_w[j] = w_k
                            self.hashes[j] = h
                            done = True
                            break
                if done:
                    break
                perturb = perturb >> PERTURB_SHIFT
                i = intmask(i * 5 + 1 + intmask(perturb)) & mask
        self.fill = self.count

    def remove(self, w_key):
        j = self.find(w_key, hash_w(w_key))
        if j < 0:
            return None
        self.slots_w[j] = w_dummy
        self.hashes[j] = -1
        self.count -= 1
        return w_None

    def keys(self):
        result = []
        for w_k in self.slots_w:
            if w_k is not None and w_k is not w_dummy:
                result.append(w_k)
        return result

    def copy(self):
        t = SetTable()
        if self.count > 0:
            t.resize(self.count * 4 if self.count * 4 > 8 else 0)
            # CPython copies by re-adding in table order
            t.clear()
        for w_k in self.keys():
            t.set(w_k, w_None)
        return t


class W_Dummy(W_Root):
    pass


w_dummy = W_Dummy()


class W_DictObject(W_Root):
    def __init__(self):
        self.table = HashTable()

    def getclass(self):
        return w_dict_type

    def getitem(self, w_key):
        return self.table.get(w_key)

    def setitem(self, w_key, w_value):
        self.table.set(w_key, w_value)

    def getstr(self, key):
        return self.table.get(W_StrObject(key))

    def setstr(self, key, w_value):
        self.table.set(W_StrObject(key), w_value)

    def length(self):
        return self.table.count


class W_SetObject(W_Root):
    def __init__(self, frozen):
        self.table = SetTable()
        self.frozen = frozen

    def getclass(self):
        if self.frozen:
            return w_frozenset_type
        return w_set_type

    def add(self, w_key):
        self.table.set(w_key, w_None)

    def contains(self, w_key):
        return self.table.contains(w_key)

    def length(self):
        return self.table.count


VIEW_KEYS = 0
VIEW_VALUES = 1
VIEW_ITEMS = 2


class W_DictView(W_Root):
    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind

    def getclass(self):
        if self.kind == VIEW_KEYS:
            return w_dict_keys_type
        if self.kind == VIEW_VALUES:
            return w_dict_values_type
        return w_dict_items_type

    def items_w(self):
        t = self.w_dict.table
        result = []
        for i in range(len(t.keys_w)):
            w_k = t.keys_w[i]
            if w_k is not None:
                w_v = t.values_w[i]
                assert w_v is not None
                if self.kind == VIEW_KEYS:
                    result.append(w_k)
                elif self.kind == VIEW_VALUES:
                    result.append(w_v)
                else:
                    result.append(W_TupleObject([w_k, w_v]))
        return result


# ---------------------------------------------------------------- iterators

class W_Iterator(W_Root):
    def next(self):
        """The next item, or None when exhausted."""
        return None

    def getclass(self):
        return w_iterator_type


class W_SeqIter(W_Iterator):
    """Iterates over a list or tuple (a list grows under it, as in CPython)."""

    def __init__(self, w_seq):
        self.w_seq = w_seq
        self.index = 0

    def getclass(self):
        if isinstance(self.w_seq, W_TupleObject):
            return w_tuple_iterator_type
        return w_list_iterator_type

    def next(self):
        w_seq = self.w_seq
        if isinstance(w_seq, W_ListObject):
            items = w_seq.items
        elif isinstance(w_seq, W_TupleObject):
            items = w_seq.items
        else:
            return None
        if self.index >= len(items):
            self.w_seq = None
            return None
        w_item = items[self.index]
        self.index += 1
        return w_item


class W_ListIter(W_Iterator):
    """Iterates over a fixed list of items (snapshots of dicts, sets, strings...)."""

    def __init__(self, items):
        self.items = items
        self.index = 0

    def next(self):
        if self.index >= len(self.items):
            return None
        w_item = self.items[self.index]
        self.index += 1
        return w_item


class W_BytearrayIter(W_Iterator):
    """Iterates over a bytearray as it is at each step (it may change meanwhile, as in CPython)."""

    def __init__(self, w_ba):
        self.w_ba = w_ba
        self.index = 0

    def next(self):
        data = self.w_ba.data
        if self.index >= len(data):
            return None
        c = data[self.index]
        self.index += 1
        return W_IntObject(ord(c))


class W_DictIter(W_Iterator):
    """Iterates over a dict's keys, noticing size changes as CPython does."""

    def __init__(self, w_dict, kind):
        self.w_dict = w_dict
        self.kind = kind
        self.index = 0
        self.size = w_dict.table.count

    def next(self):
        t = self.w_dict.table
        if t.count != self.size:
            self.size = -1
            raise oerr(w_RuntimeError, "dictionary changed size during iteration")
        while self.index < len(t.keys_w):
            w_k = t.keys_w[self.index]
            self.index += 1
            if w_k is not None:
                if self.kind == VIEW_KEYS:
                    return w_k
                w_v = t.values_w[self.index - 1]
                assert w_v is not None
                if self.kind == VIEW_VALUES:
                    return w_v
                return W_TupleObject([w_k, w_v])
        return None


class W_StrIter(W_Iterator):
    def __init__(self, s):
        self.s = s
        self.index = 0

    def next(self):
        if self.index >= len(self.s):
            return None
        c = self.s[self.index]
        self.index += 1
        return W_StrObject(c)


class W_RangeObject(W_Root):
    """A range whose bounds, step and length are machine ints, as almost every range is: iterating,
    indexing and ``in`` work on them directly.  Any other range is a W_LongRangeObject (make_range
    and make_long_range decide)."""
    _immutable_fields_ = ['start', 'stop', 'step', 'length']

    def __init__(self, start, stop, step, length):
        self.start = start
        self.stop = stop
        self.step = step
        self.length = length

    def getclass(self):
        return w_range_type


class W_LongRangeObject(W_Root):
    """A range with a bound, step or length beyond a machine int: CPython's ranges take any ints,
    and only len() needs the length to fit (OverflowError otherwise)."""
    _immutable_fields_ = ['start', 'stop', 'step', 'length']

    def __init__(self, start, stop, step, length):
        self.start = start
        self.stop = stop
        self.step = step
        self.length = length

    def getclass(self):
        return w_range_type


def is_range(w_obj):
    return isinstance(w_obj, W_RangeObject) or isinstance(w_obj, W_LongRangeObject)


def make_range(start, stop, step):
    """range(start, stop, step) of machine ints (step not 0)."""
    try:
        if step > 0:
            span = ovfcheck(stop - start)
        else:
            span = ovfcheck(start - stop)
    except OverflowError:
        return long_range(BigInt.fromint(start), BigInt.fromint(stop), BigInt.fromint(step))
    if span <= 0:
        return W_RangeObject(start, stop, step, 0)
    if step > 0:
        return W_RangeObject(start, stop, step, (span - 1) // step + 1)
    try:
        magnitude = ovfcheck(-step)
    except OverflowError:
        return W_RangeObject(start, stop, step, 1)    # a step of -2**63 and a span that fits
    return W_RangeObject(start, stop, step, (span - 1) // magnitude + 1)


def make_long_range(start, stop, step):
    """range(start, stop, step) of BigInts (step not 0): a W_RangeObject when everything fits."""
    if start.fits_int() and stop.fits_int() and step.fits_int():
        return make_range(start.toint(), stop.toint(), step.toint())
    return long_range(start, stop, step)


def long_range(start, stop, step):
    """A W_LongRangeObject, its length counted on BigInts."""
    if step.sign > 0:
        lo, hi, mag = start, stop, step
    else:
        lo, hi, mag = stop, start, step.neg()
    if lo.compare(hi) >= 0:
        length = BigInt.fromint(0)
    else:
        length = hi.sub(lo).sub(BigInt.fromint(1)).divmod(mag)[0].add(BigInt.fromint(1))
    return W_LongRangeObject(start, stop, step, length)


def range_bigs(w_r):
    """(start, stop, step, length) of any range, as BigInts: the operations that are not worth a
    machine-int version of their own."""
    if isinstance(w_r, W_RangeObject):
        return BigInt.fromint(w_r.start), BigInt.fromint(w_r.stop), BigInt.fromint(w_r.step), BigInt.fromint(w_r.length)
    assert isinstance(w_r, W_LongRangeObject)
    return w_r.start, w_r.stop, w_r.step, w_r.length


def range_len(w_r):
    if isinstance(w_r, W_RangeObject):
        return w_r.length
    assert isinstance(w_r, W_LongRangeObject)
    if not w_r.length.fits_int():
        raise oerr(w_OverflowError, "Python int too large to convert to C ssize_t")
    return w_r.length.toint()


def range_item(w_r, index):
    """The index-th item of a range (a BigInt index, negative counting from the end)."""
    start, stop, step, length = range_bigs(w_r)
    if index.sign < 0:
        index = index.add(length)
    if index.sign < 0 or index.compare(length) >= 0:
        raise oerr(w_IndexError, "range object index out of range")
    return newlong(start.add(index.mul(step)))


def range_slice(w_r, w_slice):
    """A range sliced: CPython's compute_slice, on BigInts."""
    start, stop, step, length = range_bigs(w_r)
    first, last, by = slice_indices_long(w_slice, length)
    return make_long_range(start.add(first.mul(step)), start.add(last.mul(step)), step.mul(by))


def range_contains_int(w_r, x):
    """Whether the BigInt x is an item of the range."""
    start, stop, step, length = range_bigs(w_r)
    if step.sign > 0:
        if x.compare(start) < 0 or x.compare(stop) >= 0:
            return False
    elif x.compare(start) > 0 or x.compare(stop) <= 0:
        return False
    return x.sub(start).divmod(step)[1].iszero()


def range_eq(w_a, w_b):
    """CPython's range_equals: the same items (so any two empty ranges are equal)."""
    if w_a is w_b:
        return True
    start_a, stop_a, step_a, length = range_bigs(w_a)
    start_b, stop_b, step_b, length_b = range_bigs(w_b)
    if length.compare(length_b) != 0:
        return False
    if length.iszero():
        return True
    if start_a.compare(start_b) != 0:
        return False
    return length.is_one() or step_a.compare(step_b) == 0


def range_hash(w_r):
    """CPython's range_hash: the hash of (len, start, step), start and step None where they do not
    change the items."""
    start, stop, step, length = range_bigs(w_r)
    w_start = w_None if length.iszero() else newlong(start)
    w_step = w_None if length.iszero() or length.is_one() else newlong(step)
    return tuple_hash([newlong(length), w_start, w_step])


def range_repr(w_r):
    start, stop, step, length = range_bigs(w_r)
    if step.is_one():
        return "range(%s, %s)" % (start.str(), stop.str())
    return "range(%s, %s, %s)" % (start.str(), stop.str(), step.str())


def range_iter(w_r, reverse):
    """An iterator over the items of a range, from the last one down if ``reverse``."""
    if isinstance(w_r, W_RangeObject):
        if not reverse:
            return W_RangeIter(w_r.start, w_r.length, w_r.step)
        if w_r.length == 0:
            return W_RangeIter(w_r.start, 0, 1)
        try:
            back = ovfcheck(-w_r.step)
            # The last item, start + (length-1)*step, lies between start and stop: it fits.
            return W_RangeIter(w_r.start + (w_r.length - 1) * w_r.step, w_r.length, back)
        except OverflowError:
            pass    # a step of -2**63, negated below on BigInts
    start, stop, step, length = range_bigs(w_r)
    if not reverse:
        return W_LongRangeIter(start, length, step)
    last = start.add(length.sub(BigInt.fromint(1)).mul(step))
    return W_LongRangeIter(last, length, step.neg())


class W_RangeIter(W_Iterator):
    def __init__(self, current, remaining, step):
        self.current = current
        self.remaining = remaining
        self.step = step

    def next(self):
        if self.remaining <= 0:
            return None
        v = self.current
        self.current += self.step
        self.remaining -= 1
        return wrapint(v)


class W_LongRangeIter(W_Iterator):
    """Iterates over a W_LongRangeObject (or reversed() of a range whose negated step overflows)."""

    def __init__(self, current, remaining, step):
        self.current = current
        self.remaining = remaining
        self.step = step

    def next(self):
        if self.remaining.iszero():
            return None
        v = self.current
        self.current = self.current.add(self.step)
        self.remaining = self.remaining.sub(BigInt.fromint(1))
        return newlong(v)


class W_UserIter(W_Iterator):
    """An object with __next__: next() calls it and turns StopIteration into None."""

    def __init__(self, w_obj):
        self.w_obj = w_obj


# ---------------------------------------------------------------- types

class Epoch(object):
    """A count of changes: what a cache found stays true while the count stays the same."""

    def __init__(self):
        self.value = 0

    def bump(self):
        self.value += 1


# Changes of class namespaces after their creation (the attribute caches and the classes'
# lookup caches rely on it) and of module namespaces (LOAD_GLOBAL's cache).
type_epoch = Epoch()
globals_epoch = Epoch()


class W_Absent(W_Root):
    """What a class lookup cache holds for a name no class of the MRO has."""


w_absent = W_Absent()


class W_TypeObject(W_Root):
    """A class: builtin types and user classes alike.  ``dict`` is the class namespace
    (str -> value); ``mro_w`` the C3 linearisation; ``layout`` tells what kind of
    instance calling it makes."""

    def __init__(self, name, bases_w, layout):
        self.name = name
        self.qualname = name
        self.bases_w = bases_w
        self.dict_w = {}
        self.mro_w = []
        self.layout = layout
        self.module = "builtins"
        self.is_builtin = True
        self.w_new = None       # builtin constructor: a W_BuiltinFunction taking (type, args...)
        self.has_getattr = False
        self.has_eq_override = False
        self.w_builtin_base = None      # for a user subclass of list, dict, int, str...
        self.lookup_cache = {}          # name -> what lookup found (w_absent: nothing)
        self.lookup_epoch = -1

    def getclass(self):
        return w_type_type

    def lookup(self, name):
        """The class attribute ``name`` through the MRO, or None.  Remembered per class
        (CPython's type attribute cache) until a class namespace changes."""
        if self.lookup_epoch != type_epoch.value:
            self.lookup_cache = {}
            self.lookup_epoch = type_epoch.value
        w_v = self.lookup_cache.get(name, None)
        if w_v is None:
            w_v = self.lookup_uncached(name)
            if w_v is None:
                w_v = w_absent
            self.lookup_cache[name] = w_v
        if w_v is w_absent:
            return None
        return w_v

    def lookup_uncached(self, name):
        for w_t in self.mro_w:
            assert isinstance(w_t, W_TypeObject)
            w_v = w_t.dict_w.get(name, None)
            if w_v is not None:
                return w_v
        return None

    def lookup_where(self, name):
        for w_t in self.mro_w:
            assert isinstance(w_t, W_TypeObject)
            if name in w_t.dict_w:
                return w_t
        return None

    def issubtype(self, w_other):
        for w_t in self.mro_w:
            if w_t is w_other:
                return True
        return False

    def call(self, args):
        return call_type(self, args)


LAYOUT_OBJECT = 0       # W_Instance
LAYOUT_EXCEPTION = 1    # W_Instance that is an exception
LAYOUT_BUILTIN = 2      # instances are made by w_new only


def compute_mro(w_type):
    """C3 linearisation of w_type's bases (TypeError when there is none)."""
    for i in range(len(w_type.bases_w)):
        for j in range(i):
            if w_type.bases_w[i] is w_type.bases_w[j]:
                w_b = w_type.bases_w[i]
                assert isinstance(w_b, W_TypeObject)
                raise oerr(w_TypeError, "duplicate base class " + w_b.name)
    seqs = []
    for w_b in w_type.bases_w:
        assert isinstance(w_b, W_TypeObject)
        seqs.append(list(w_b.mro_w))
    seqs.append(list(w_type.bases_w))
    result = [w_type]
    while True:
        nonempty = False
        for s in seqs:
            if len(s) > 0:
                nonempty = True
        if not nonempty:
            return result
        w_candidate = None
        for s in seqs:
            if len(s) == 0:
                continue
            w_c = s[0]
            in_tail = False
            for s2 in seqs:
                for j in range(1, len(s2)):
                    if s2[j] is w_c:
                        in_tail = True
            if not in_tail:
                w_candidate = w_c
                break
        if w_candidate is None:
            names = []
            for s in seqs:
                if len(s) > 0:
                    w_h = s[0]
                    assert isinstance(w_h, W_TypeObject)
                    if w_h.name not in names:
                        names.append(w_h.name)
            raise oerr(w_TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases " + ", ".join(names))
        result.append(w_candidate)
        for s in seqs:
            if len(s) > 0 and s[0] is w_candidate:
                del s[0]


def make_builtin_type(name, w_base, layout):
    if w_base is None:
        w_t = W_TypeObject(name, [], layout)
        w_t.mro_w = [w_t]
    else:
        w_t = W_TypeObject(name, [w_base], layout)
        w_t.mro_w = [w_t] + w_base.mro_w
    return w_t


w_object_type = make_builtin_type("object", None, LAYOUT_OBJECT)
w_type_type = make_builtin_type("type", w_object_type, LAYOUT_BUILTIN)
w_none_type = make_builtin_type("NoneType", w_object_type, LAYOUT_BUILTIN)
w_notimpl_type = make_builtin_type("NotImplementedType", w_object_type, LAYOUT_BUILTIN)
w_ellipsis_type = make_builtin_type("ellipsis", w_object_type, LAYOUT_BUILTIN)
w_int_type = make_builtin_type("int", w_object_type, LAYOUT_BUILTIN)
w_bool_type = make_builtin_type("bool", w_int_type, LAYOUT_BUILTIN)
w_float_type = make_builtin_type("float", w_object_type, LAYOUT_BUILTIN)
w_str_type = make_builtin_type("str", w_object_type, LAYOUT_BUILTIN)
w_bytes_type = make_builtin_type("bytes", w_object_type, LAYOUT_BUILTIN)
w_bytearray_type = make_builtin_type("bytearray", w_object_type, LAYOUT_BUILTIN)
w_tuple_type = make_builtin_type("tuple", w_object_type, LAYOUT_BUILTIN)
w_list_type = make_builtin_type("list", w_object_type, LAYOUT_BUILTIN)
w_dict_type = make_builtin_type("dict", w_object_type, LAYOUT_BUILTIN)
w_set_type = make_builtin_type("set", w_object_type, LAYOUT_BUILTIN)
w_frozenset_type = make_builtin_type("frozenset", w_object_type, LAYOUT_BUILTIN)
w_slice_type = make_builtin_type("slice", w_object_type, LAYOUT_BUILTIN)
w_range_type = make_builtin_type("range", w_object_type, LAYOUT_BUILTIN)
w_iterator_type = make_builtin_type("iterator", w_object_type, LAYOUT_BUILTIN)
w_list_iterator_type = make_builtin_type("list_iterator", w_iterator_type, LAYOUT_BUILTIN)
w_tuple_iterator_type = make_builtin_type("tuple_iterator", w_iterator_type, LAYOUT_BUILTIN)
w_dict_keys_type = make_builtin_type("dict_keys", w_object_type, LAYOUT_BUILTIN)
w_dict_values_type = make_builtin_type("dict_values", w_object_type, LAYOUT_BUILTIN)
w_dict_items_type = make_builtin_type("dict_items", w_object_type, LAYOUT_BUILTIN)
w_function_type = make_builtin_type("function", w_object_type, LAYOUT_BUILTIN)
w_builtin_function_type = make_builtin_type("builtin_function_or_method", w_object_type, LAYOUT_BUILTIN)
w_method_type = make_builtin_type("method", w_object_type, LAYOUT_BUILTIN)
w_generator_type = make_builtin_type("generator", w_object_type, LAYOUT_BUILTIN)
w_module_type = make_builtin_type("module", w_object_type, LAYOUT_BUILTIN)
w_property_type = make_builtin_type("property", w_object_type, LAYOUT_BUILTIN)
w_staticmethod_type = make_builtin_type("staticmethod", w_object_type, LAYOUT_BUILTIN)
w_classmethod_type = make_builtin_type("classmethod", w_object_type, LAYOUT_BUILTIN)
w_super_type = make_builtin_type("super", w_object_type, LAYOUT_BUILTIN)
w_file_type = make_builtin_type("TextIOWrapper", w_object_type, LAYOUT_BUILTIN)
w_cell_type = make_builtin_type("cell", w_object_type, LAYOUT_BUILTIN)
w_traceback_type = make_builtin_type("traceback", w_object_type, LAYOUT_BUILTIN)

# the exception hierarchy
w_BaseException = make_builtin_type("BaseException", w_object_type, LAYOUT_EXCEPTION)
w_Exception = make_builtin_type("Exception", w_BaseException, LAYOUT_EXCEPTION)
w_SystemExit = make_builtin_type("SystemExit", w_BaseException, LAYOUT_EXCEPTION)
w_KeyboardInterrupt = make_builtin_type("KeyboardInterrupt", w_BaseException, LAYOUT_EXCEPTION)
w_GeneratorExit = make_builtin_type("GeneratorExit", w_BaseException, LAYOUT_EXCEPTION)
w_StopIteration = make_builtin_type("StopIteration", w_Exception, LAYOUT_EXCEPTION)
w_ArithmeticError = make_builtin_type("ArithmeticError", w_Exception, LAYOUT_EXCEPTION)
w_ZeroDivisionError = make_builtin_type("ZeroDivisionError", w_ArithmeticError, LAYOUT_EXCEPTION)
w_OverflowError = make_builtin_type("OverflowError", w_ArithmeticError, LAYOUT_EXCEPTION)
w_AssertionError = make_builtin_type("AssertionError", w_Exception, LAYOUT_EXCEPTION)
w_AttributeError = make_builtin_type("AttributeError", w_Exception, LAYOUT_EXCEPTION)
w_LookupError = make_builtin_type("LookupError", w_Exception, LAYOUT_EXCEPTION)
w_IndexError = make_builtin_type("IndexError", w_LookupError, LAYOUT_EXCEPTION)
w_KeyError = make_builtin_type("KeyError", w_LookupError, LAYOUT_EXCEPTION)
w_NameError = make_builtin_type("NameError", w_Exception, LAYOUT_EXCEPTION)
w_UnboundLocalError = make_builtin_type("UnboundLocalError", w_NameError, LAYOUT_EXCEPTION)
w_RuntimeError = make_builtin_type("RuntimeError", w_Exception, LAYOUT_EXCEPTION)
w_NotImplementedError = make_builtin_type("NotImplementedError", w_RuntimeError, LAYOUT_EXCEPTION)
w_RecursionError = make_builtin_type("RecursionError", w_RuntimeError, LAYOUT_EXCEPTION)
w_TypeError = make_builtin_type("TypeError", w_Exception, LAYOUT_EXCEPTION)
w_ValueError = make_builtin_type("ValueError", w_Exception, LAYOUT_EXCEPTION)
w_UnicodeError = make_builtin_type("UnicodeError", w_ValueError, LAYOUT_EXCEPTION)
w_UnicodeDecodeError = make_builtin_type("UnicodeDecodeError", w_UnicodeError, LAYOUT_EXCEPTION)
w_UnicodeEncodeError = make_builtin_type("UnicodeEncodeError", w_UnicodeError, LAYOUT_EXCEPTION)
w_OSError = make_builtin_type("OSError", w_Exception, LAYOUT_EXCEPTION)
w_FileNotFoundError = make_builtin_type("FileNotFoundError", w_OSError, LAYOUT_EXCEPTION)
w_ImportError = make_builtin_type("ImportError", w_Exception, LAYOUT_EXCEPTION)
w_ModuleNotFoundError = make_builtin_type("ModuleNotFoundError", w_ImportError, LAYOUT_EXCEPTION)
w_SyntaxError = make_builtin_type("SyntaxError", w_Exception, LAYOUT_EXCEPTION)
w_IndentationError = make_builtin_type("IndentationError", w_SyntaxError, LAYOUT_EXCEPTION)
w_MemoryError = make_builtin_type("MemoryError", w_Exception, LAYOUT_EXCEPTION)
w_EOFError = make_builtin_type("EOFError", w_Exception, LAYOUT_EXCEPTION)
w_UnicodeError = make_builtin_type("UnicodeError", w_ValueError, LAYOUT_EXCEPTION)
w_SystemError = make_builtin_type("SystemError", w_Exception, LAYOUT_EXCEPTION)
w_PermissionError = make_builtin_type("PermissionError", w_OSError, LAYOUT_EXCEPTION)
w_IsADirectoryError = make_builtin_type("IsADirectoryError", w_OSError, LAYOUT_EXCEPTION)
w_TimeoutError = make_builtin_type("TimeoutError", w_OSError, LAYOUT_EXCEPTION)
w_FloatingPointError = make_builtin_type("FloatingPointError", w_ArithmeticError, LAYOUT_EXCEPTION)
w_BufferError = make_builtin_type("BufferError", w_Exception, LAYOUT_EXCEPTION)
w_StopAsyncIteration = make_builtin_type("StopAsyncIteration", w_Exception, LAYOUT_EXCEPTION)
w_TabError = make_builtin_type("TabError", w_IndentationError, LAYOUT_EXCEPTION)
w_ConnectionError = make_builtin_type("ConnectionError", w_OSError, LAYOUT_EXCEPTION)
w_RuntimeWarning = make_builtin_type("RuntimeWarning", w_Exception, LAYOUT_EXCEPTION)
w_Warning = make_builtin_type("Warning", w_Exception, LAYOUT_EXCEPTION)
w_DeprecationWarning = make_builtin_type("DeprecationWarning", w_Warning, LAYOUT_EXCEPTION)
w_UserWarning = make_builtin_type("UserWarning", w_Warning, LAYOUT_EXCEPTION)

ALL_EXCEPTION_TYPES = [
    w_BaseException, w_Exception, w_SystemExit, w_KeyboardInterrupt, w_GeneratorExit,
    w_StopIteration, w_ArithmeticError, w_ZeroDivisionError, w_OverflowError,
    w_AssertionError, w_AttributeError, w_LookupError, w_IndexError, w_KeyError,
    w_NameError, w_UnboundLocalError, w_RuntimeError, w_NotImplementedError,
    w_RecursionError, w_TypeError, w_ValueError, w_UnicodeError, w_UnicodeDecodeError,
    w_UnicodeEncodeError, w_OSError,
    w_FileNotFoundError, w_ImportError, w_ModuleNotFoundError, w_SyntaxError,
    w_IndentationError, w_MemoryError, w_EOFError, w_Warning, w_DeprecationWarning,
    w_UserWarning, w_SystemError, w_PermissionError, w_IsADirectoryError, w_TimeoutError,
    w_FloatingPointError, w_BufferError, w_StopAsyncIteration, w_TabError, w_ConnectionError,
]


# ---------------------------------------------------------------- instances and maps

class Map(object):
    """A hidden class: the attribute names of an instance in the order they were added,
    each at a fixed index of the instance's storage.  Instances that get the same
    attributes in the same order share a Map."""

    def __init__(self, attrs, names):
        self.attrs = attrs              # name -> index
        self.names = names
        self.transitions = {}           # name -> Map

    def index_of(self, name):
        return self.attrs.get(name, -1)

    def with_attr(self, name):
        m = self.transitions.get(name, None)
        if m is None:
            attrs = {}
            for k, v in self.attrs.items():
                attrs[k] = v
            attrs[name] = len(self.names)
            m = Map(attrs, self.names + [name])
            self.transitions[name] = m
        return m


EMPTY_MAP = Map({}, [])


class TracebackEntry(object):
    def __init__(self, filename, line, name, next):
        self.filename = filename
        self.line = line
        self.name = name
        self.next = next
        self.frame_id = 0


class W_TracebackObject(W_Root):
    def __init__(self, entry):
        self.entry = entry

    def getclass(self):
        return w_traceback_type


class W_Instance(W_Root):
    """An instance of a user class (and every exception).  Attributes live in
    ``storage`` at the positions ``map`` gives."""

    def __init__(self, w_type):
        self.w_type = w_type
        self.map = EMPTY_MAP
        self.storage = []
        # exception state (used when w_type is an exception class)
        self.w_args = None
        self.traceback = None
        self.w_cause = None
        self.w_context = None
        self.suppress_context = False
        # the builtin value of an instance of a subclass of list, dict, int, str...
        self.w_builtin = None

    def getclass(self):
        return self.w_type

    def getdictvalue(self, name):
        i = self.map.index_of(name)
        if i < 0:
            return None
        return self.storage[i]

    def setdictvalue(self, name, w_value):
        i = self.map.index_of(name)
        if i >= 0:
            self.storage[i] = w_value
            return
        self.map = self.map.with_attr(name)
        self.storage.append(w_value)

    def deldictvalue(self, name):
        i = self.map.index_of(name)
        if i < 0:
            return False
        names = self.map.names
        storage = self.storage
        self.map = EMPTY_MAP
        self.storage = []
        for j in range(len(names)):
            if j != i:
                self.setdictvalue(names[j], storage[j])
        return True

    def call(self, args):
        w_call = self.w_type.lookup("__call__")
        if w_call is None:
            raise oerr(w_TypeError, "'%s' object is not callable" % self.w_type.name)
        return w_call.call(args.prepend(self))


def unwrap_builtin(w_obj):
    """The list/dict/int/... inside an instance of a user subclass of a builtin type."""
    if isinstance(w_obj, W_Instance):
        w_b = w_obj.w_builtin
        if w_b is not None:
            return w_b
    return w_obj


def exc_args(w_exc):
    assert isinstance(w_exc, W_Instance)
    w_args = w_exc.w_args
    if w_args is None:
        return W_TupleObject([])
    return w_args


def new_exception(w_type, msg):
    w_exc = W_Instance(w_type)
    w_exc.w_args = W_TupleObject([W_StrObject(msg)])
    return w_exc


def oerr(w_type, msg):
    """An OperationError for a new exception of w_type with the message msg."""
    return OperationError(new_exception(w_type, msg))


def oerr_noargs(w_type):
    w_exc = W_Instance(w_type)
    w_exc.w_args = W_TupleObject([])
    return OperationError(w_exc)


def exception_matches(w_exc, w_type):
    """except w_type: -- w_type is a class or a tuple of classes."""
    if isinstance(w_type, W_TupleObject):
        for w_t in w_type.items:
            if exception_matches(w_exc, w_t):
                return True
        return False
    if not isinstance(w_type, W_TypeObject) or not w_type.issubtype(w_BaseException):
        raise oerr(w_TypeError, "catching classes that do not inherit from BaseException is not allowed")
    return w_exc.getclass().issubtype(w_type)


def type_name(w_obj):
    return w_obj.getclass().name


def isinstance_w(w_obj, w_type):
    return w_obj.getclass().issubtype(w_type)


# ---------------------------------------------------------------- functions implemented in RPython

class W_BuiltinFunction(W_Root):
    """A function implemented in RPython: fn(args) -> W_Root."""

    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

    def getclass(self):
        return w_builtin_function_type

    def call(self, args):
        return self.fn(args)


class W_Function(W_Root):
    """A function defined in Python (the eval loop's PyFunction subclass runs it)."""

    def __init__(self, name, qualname):
        self.name = name
        self.qualname = qualname
        self.w_doc = w_None
        self.w_dict = None
        self.defaults_w = []
        self.w_class = None         # the class whose body defined it (for super())

    def getclass(self):
        return w_function_type

    def call(self, args):
        raise NotImplementedError

    def get_dict(self):
        if self.w_dict is None:
            self.w_dict = W_DictObject()
        return self.w_dict


class W_GeneratorBase(W_Root):
    """A generator (the eval loop's W_Generator runs its frame)."""

    name = "?"

    def getclass(self):
        return w_generator_type

    def next_or_none(self):
        raise NotImplementedError


class W_Method(W_Root):
    """A bound method: calling it calls w_func with w_self first."""

    def __init__(self, w_self, w_func):
        self.w_self = w_self
        self.w_func = w_func

    def getclass(self):
        return w_method_type

    def call(self, args):
        return self.w_func.call(args.prepend(self.w_self))


class W_StaticMethod(W_Root):
    def __init__(self, w_func):
        self.w_func = w_func

    def getclass(self):
        return w_staticmethod_type


class W_ClassMethod(W_Root):
    def __init__(self, w_func):
        self.w_func = w_func

    def getclass(self):
        return w_classmethod_type


class W_Property(W_Root):
    def __init__(self, w_fget, w_fset, w_fdel, w_doc):
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc

    def getclass(self):
        return w_property_type


class W_Super(W_Root):
    def __init__(self, w_type, w_obj):
        self.w_type = w_type
        self.w_obj = w_obj

    def getclass(self):
        return w_super_type


class W_Module(W_Root):
    def __init__(self, name, dict_w):
        self.name = name
        self.dict_w = dict_w

    def getclass(self):
        return w_module_type


# ---------------------------------------------------------------- calling

def call_function(w_func, args_w):
    return w_func.call(Args(args_w, None, None))


def call_type(w_type, args):
    if w_type is w_type_type and len(args.args_w) == 1 and args.nkw() == 0:
        return args.args_w[0].getclass()
    if w_type is w_none_type:
        return w_None
    if w_type is w_OSError and len(args.args_w) >= 2 and isinstance(args.args_w[0], W_IntObject):
        errno = args.args_w[0].intval
        if errno == 2:
            w_type = w_FileNotFoundError
        elif errno == 13:
            w_type = w_PermissionError
        elif errno == 21:
            w_type = w_IsADirectoryError
    if w_type.layout == LAYOUT_BUILTIN:
        w_t = w_type
        while w_t.w_new is None:
            w_t = w_t.bases_w[0]
            assert isinstance(w_t, W_TypeObject)
        w_new = w_t.w_new
        assert w_new is not None
        if w_t is not w_type:
            raise oerr(w_NotImplementedError, "subclasses of builtin type '%s' are not supported" % w_t.name)
        return w_new.call(args.prepend(w_type))
    w_newfn = w_type.lookup("__new__")
    if w_newfn is not None and not isinstance(w_newfn, W_BuiltinFunction):
        if isinstance(w_newfn, W_StaticMethod):
            w_newfn = w_newfn.w_func
        w_inst = w_newfn.call(args.prepend(w_type))
        if not w_inst.getclass().issubtype(w_type):
            return w_inst
    else:
        w_inst = W_Instance(w_type)
        if w_type.layout == LAYOUT_EXCEPTION:
            w_inst.w_args = W_TupleObject(list(args.args_w))
    w_init = w_type.lookup("__init__")
    if isinstance(w_init, W_BuiltinFunction) and w_type.w_builtin_base is not None:
        return w_inst
    if w_init is not None and not isinstance(w_init, W_BuiltinFunction):
        w_res = w_init.call(args.prepend(w_inst))
        if w_res is not w_None:
            raise oerr(w_TypeError, "__init__() should return None, not '%s'" % type_name(w_res))
    elif w_type.layout != LAYOUT_EXCEPTION and (len(args.args_w) > 0 or args.nkw() > 0):
        if w_newfn is None or isinstance(w_newfn, W_BuiltinFunction):
            raise oerr(w_TypeError, "%s() takes no arguments" % w_type.name)
    return w_inst


# ---------------------------------------------------------------- attributes

def is_data_descr(w_descr):
    if isinstance(w_descr, W_Property):
        return True
    if isinstance(w_descr, W_Instance):
        return w_descr.w_type.lookup("__set__") is not None or w_descr.w_type.lookup("__delete__") is not None
    return False


def bind(w_descr, w_obj, w_type):
    """The value of class attribute w_descr looked up through instance w_obj (or through
    the class itself when w_obj is None)."""
    if isinstance(w_descr, W_Function):
        if w_obj is None:
            return w_descr
        return W_Method(w_obj, w_descr)
    if isinstance(w_descr, W_BuiltinFunction):
        if w_obj is None:
            return w_descr
        return W_Method(w_obj, w_descr)
    if isinstance(w_descr, W_StaticMethod):
        return w_descr.w_func
    if isinstance(w_descr, W_ClassMethod):
        return W_Method(w_type, w_descr.w_func)
    if isinstance(w_descr, W_Property):
        if w_obj is None:
            return w_descr
        if w_descr.w_fget is None:
            raise oerr(w_AttributeError, "property of '%s' object has no getter" % w_type.name)
        return call_function(w_descr.w_fget, [w_obj])
    if isinstance(w_descr, W_Instance):
        w_get = w_descr.w_type.lookup("__get__")
        if w_get is not None:
            if w_obj is None:
                return call_function(w_get, [w_descr, w_None, w_type])
            return call_function(w_get, [w_descr, w_obj, w_type])
    return w_descr


class AttrCache(object):
    """What an attribute instruction found for instances of ``w_type`` whose map is ``map``
    (CPython 3.11's inline caches): valid while ``epoch`` is the type epoch.  For a read,
    ``index`` is the attribute's place in the instance's storage, or -1 when it is the class
    attribute ``w_descr`` (a plain value, a function or a static or class method) bound to the
    instance.  For a store, the place written, and ``new_map`` the map after adding the
    attribute (None when the instance already has it)."""

    def __init__(self, w_type, map, index, w_descr, new_map):
        self.w_type = w_type
        self.map = map
        self.epoch = type_epoch.value
        self.index = index
        self.w_descr = w_descr
        self.new_map = new_map
        self.next = None        # the entry for other instances the instruction saw

    def matches(self, w_obj):
        return self.map is w_obj.map and self.w_type is w_obj.w_type and self.epoch == type_epoch.value


ATTR_CACHE_ENTRIES = 4      # polymorphic: a method of a base class sees instances of subclasses


def find_attr_cache(caches, slot, w_obj):
    cache = caches[slot]
    while cache is not None:
        if cache.matches(w_obj):
            return cache
        cache = cache.next
    return None


def add_attr_cache(caches, slot, cache):
    """Puts ``cache`` first at ``caches[slot]``, keeping the newest ATTR_CACHE_ENTRIES - 1
    valid entries after it."""
    kept = cache
    old = caches[slot]
    n = 1
    while old is not None and n < ATTR_CACHE_ENTRIES:
        if old.epoch == type_epoch.value:
            kept.next = old
            kept = old
            n += 1
        old = old.next
    kept.next = None
    caches[slot] = cache


def plain_instance_type(w_obj):
    """The class of an instance whose attributes are only its own and its classes' (no
    __getattr__, no exception state, no builtin value), or None."""
    w_type = w_obj.w_type
    if w_type.layout != LAYOUT_OBJECT or w_type.has_getattr or w_obj.w_builtin is not None:
        return None
    return w_type


def cacheable_descr(w_descr):
    """Whether binding a class attribute depends on nothing but the class: not a property or
    a descriptor object."""
    return not isinstance(w_descr, W_Property) and not isinstance(w_descr, W_Instance)


def getattr_cached(caches, slot, w_obj, name):
    """getattr_w at an instruction with an attribute cache (``caches[slot]``)."""
    if not isinstance(w_obj, W_Instance):
        return getattr_w(w_obj, name)
    cache = find_attr_cache(caches, slot, w_obj)
    if cache is not None:
        if cache.index >= 0:
            return w_obj.storage[cache.index]
        return bind(cache.w_descr, w_obj, cache.w_type)
    w_res = getattr_w(w_obj, name)
    w_type = plain_instance_type(w_obj)
    if w_type is not None:
        w_descr = w_type.lookup(name)
        index = w_obj.map.index_of(name)
        if (w_descr is None and index >= 0) or (w_descr is not None and cacheable_descr(w_descr)):
            add_attr_cache(caches, slot, AttrCache(w_type, w_obj.map, index, w_descr, None))
    return w_res


def setattr_cached(caches, slot, w_obj, name, w_value):
    """setattr_w at an instruction with an attribute cache (``caches[slot]``)."""
    if not isinstance(w_obj, W_Instance):
        setattr_w(w_obj, name, w_value)
        return
    cache = find_attr_cache(caches, slot, w_obj)
    if cache is not None:
        if cache.new_map is None:
            w_obj.storage[cache.index] = w_value
        else:
            w_obj.map = cache.new_map
            w_obj.storage.append(w_value)
        return
    old_map = w_obj.map
    w_type = plain_instance_type(w_obj)
    setattr_w(w_obj, name, w_value)
    if w_type is None or w_obj.w_type is not w_type or name == "__class__":
        return
    w_descr = w_type.lookup(name)
    if w_descr is not None and not cacheable_descr(w_descr):
        return
    w_sa = w_type.lookup("__setattr__")
    if w_sa is not None and not isinstance(w_sa, W_BuiltinFunction):
        return
    index = w_obj.map.index_of(name)
    if w_obj.map is old_map:
        add_attr_cache(caches, slot, AttrCache(w_type, old_map, index, None, None))
    elif index == len(old_map.names):
        add_attr_cache(caches, slot, AttrCache(w_type, old_map, index, None, w_obj.map))


def getattr_w(w_obj, name):
    w_res = lookup_attr(w_obj, name)
    if w_res is None:
        w_type = w_obj.getclass()
        w_ga = w_type.lookup("__getattr__") if w_type.has_getattr else None
        if w_ga is not None:
            return call_function(w_ga, [w_obj, W_StrObject(name)])
        raise raise_attribute_error(w_obj, name)
    return w_res


def raise_attribute_error(w_obj, name):
    if isinstance(w_obj, W_TypeObject):
        return oerr(w_AttributeError, "type object '%s' has no attribute '%s'" % (w_obj.name, name))
    if isinstance(w_obj, W_Module):
        return oerr(w_AttributeError, "module '%s' has no attribute '%s'" % (w_obj.name, name))
    return oerr(w_AttributeError, "'%s' object has no attribute '%s'" % (type_name(w_obj), name))


def lookup_attr(w_obj, name):
    """getattr without __getattr__: None when there is no such attribute."""
    if isinstance(w_obj, W_TypeObject):
        return type_getattr(w_obj, name)
    if isinstance(w_obj, W_Module):
        w_v = w_obj.dict_w.get(name, None)
        if w_v is not None:
            return w_v
        if name == "__name__":
            return W_StrObject(w_obj.name)
        return None
    if isinstance(w_obj, W_Super):
        return super_getattr(w_obj, name)
    w_type = w_obj.getclass()
    w_descr = w_type.lookup(name)
    if w_descr is not None and is_data_descr(w_descr):
        return bind(w_descr, w_obj, w_type)
    if isinstance(w_obj, W_Instance):
        w_v = w_obj.getdictvalue(name)
        if w_v is not None:
            return w_v
        if w_descr is None:
            if name == "__class__":
                return w_type
            if name == "__dict__":
                w_d = W_DictObject()
                for i in range(len(w_obj.map.names)):
                    w_d.setstr(w_obj.map.names[i], w_obj.storage[i])
                return w_d
            if w_type.layout == LAYOUT_EXCEPTION:
                return exception_getattr(w_obj, name)
    if w_descr is not None:
        return bind(w_descr, w_obj, w_type)
    return special_getattr(w_obj, name)


def exception_getattr(w_exc, name):
    if name == "args":
        return exc_args(w_exc)
    if name == "__cause__":
        return w_exc.w_cause if w_exc.w_cause is not None else w_None
    if name == "__context__":
        return w_exc.w_context if w_exc.w_context is not None else w_None
    if name == "__suppress_context__":
        return newbool(w_exc.suppress_context)
    if name == "__traceback__":
        if w_exc.traceback is None:
            return w_None
        return W_TracebackObject(w_exc.traceback)
    if w_exc.w_type.issubtype(w_OSError) and (name == "errno" or name == "strerror" or name == "filename"):
        items = exc_args(w_exc).items
        if len(items) >= 2:
            if name == "errno":
                return items[0]
            if name == "strerror":
                return items[1]
            if len(items) >= 3:
                return items[2]
        return w_None
    if (name == "name" or name == "path" or name == "msg") and w_exc.w_type.issubtype(w_ImportError):
        return w_None
    if name == "value" and w_exc.w_type.issubtype(w_StopIteration):
        items = exc_args(w_exc).items
        if len(items) > 0:
            return items[0]
        return w_None
    if name == "code" and w_exc.w_type.issubtype(w_SystemExit):
        items = exc_args(w_exc).items
        if len(items) > 0:
            return items[0]
        return w_None
    return None


def special_getattr(w_obj, name):
    """Attributes of builtin objects that are not methods."""
    if name == "__class__":
        return w_obj.getclass()
    if isinstance(w_obj, W_Function):
        if name == "__name__":
            return W_StrObject(w_obj.name)
        if name == "__qualname__":
            return W_StrObject(w_obj.qualname)
        if name == "__doc__":
            return w_obj.w_doc
        if name == "__dict__":
            return w_obj.get_dict()
        if name == "__module__":
            return W_StrObject("__main__")
        if name == "__defaults__":
            if len(w_obj.defaults_w) == 0:
                return w_None
            return W_TupleObject(list(w_obj.defaults_w))
        w_d = w_obj.w_dict
        if w_d is not None:
            return w_d.getstr(name)
        return None
    if isinstance(w_obj, W_BuiltinFunction):
        if name == "__name__" or name == "__qualname__":
            return W_StrObject(w_obj.name)
        return None
    if isinstance(w_obj, W_Method):
        if name == "__self__":
            return w_obj.w_self
        if name == "__func__":
            return w_obj.w_func
        return lookup_attr(w_obj.w_func, name)
    if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
        if name == "real" or name == "numerator":
            return int_pos(w_obj)
        if name == "imag":
            return W_IntObject(0)
        if name == "denominator":
            return W_IntObject(1)
        return None
    if isinstance(w_obj, W_FloatObject):
        if name == "real":
            return w_obj
        if name == "imag":
            return W_FloatObject(0.0)
        return None
    if isinstance(w_obj, W_Property):
        if name == "fget":
            return w_obj.w_fget if w_obj.w_fget is not None else w_None
        if name == "fset":
            return w_obj.w_fset if w_obj.w_fset is not None else w_None
        if name == "__doc__":
            return w_obj.w_doc
        return None
    if isinstance(w_obj, W_SliceObject):
        if name == "start":
            return w_obj.w_start
        if name == "stop":
            return w_obj.w_stop
        if name == "step":
            return w_obj.w_step
        return None
    if is_range(w_obj):
        start, stop, step, length = range_bigs(w_obj)
        if name == "start":
            return newlong(start)
        if name == "stop":
            return newlong(stop)
        if name == "step":
            return newlong(step)
        return None
    if isinstance(w_obj, W_TracebackObject):
        if name == "tb_lineno":
            return W_IntObject(w_obj.entry.line)
        if name == "tb_next":
            nxt = w_obj.entry.next
            if nxt is None:
                return w_None
            return W_TracebackObject(nxt)
        if name == "tb_frame":
            return w_None
        return None
    if isinstance(w_obj, W_StaticMethod) or isinstance(w_obj, W_ClassMethod):
        if name == "__func__":
            if isinstance(w_obj, W_StaticMethod):
                return w_obj.w_func
            assert isinstance(w_obj, W_ClassMethod)
            return w_obj.w_func
    return None


def type_getattr(w_type, name):
    w_meta = w_type.getclass()
    w_descr = w_type.lookup(name)
    if w_descr is not None:
        return bind(w_descr, None, w_type)
    if name == "__name__":
        return W_StrObject(w_type.name)
    if name == "__qualname__":
        return W_StrObject(w_type.qualname)
    if name == "__mro__":
        return W_TupleObject(list(w_type.mro_w))
    if name == "__bases__":
        return W_TupleObject(list(w_type.bases_w))
    if name == "__base__":
        if len(w_type.bases_w) == 0:
            return w_None
        return w_type.bases_w[0]
    if name == "__module__":
        return W_StrObject(w_type.module)
    if name == "__class__":
        return w_meta
    if name == "__dict__":
        w_d = W_DictObject()
        for k, v in w_type.dict_w.items():
            w_d.setstr(k, v)
        return w_d
    if name == "__doc__":
        return w_None
    w_descr = w_meta.lookup(name)
    if w_descr is not None:
        return bind(w_descr, w_type, w_meta)
    return None


def super_getattr(w_super, name):
    w_obj = w_super.w_obj
    if isinstance(w_obj, W_TypeObject) and not w_obj.getclass().issubtype(w_super.w_type) and w_obj.issubtype(w_super.w_type):
        w_starttype = w_obj
    else:
        w_starttype = w_obj.getclass()
    mro = w_starttype.mro_w
    i = 0
    while i < len(mro) and mro[i] is not w_super.w_type:
        i += 1
    i += 1
    while i < len(mro):
        w_t = mro[i]
        assert isinstance(w_t, W_TypeObject)
        w_v = w_t.dict_w.get(name, None)
        if w_v is not None:
            if w_starttype is w_obj:
                if isinstance(w_v, W_ClassMethod):
                    return W_Method(w_obj, w_v.w_func)
                return bind(w_v, None, w_starttype)
            return bind(w_v, w_obj, w_starttype)
        i += 1
    if name == "__class__":
        return w_super_type
    return None


def setattr_w(w_obj, name, w_value):
    if isinstance(w_obj, W_Instance):
        w_sa = w_obj.w_type.lookup("__setattr__")
        if w_sa is not None and not isinstance(w_sa, W_BuiltinFunction):
            call_function(w_sa, [w_obj, W_StrObject(name), w_value])
            return
        instance_setattr(w_obj, name, w_value)
        return
    if name == "__class__":
        raise oerr(w_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
    if isinstance(w_obj, W_TypeObject):
        if w_obj.is_builtin:
            raise oerr(w_TypeError, "cannot set '%s' attribute of immutable type '%s'" % (name, w_obj.name))
        w_obj.dict_w[name] = w_value
        if name == "__getattr__":
            w_obj.has_getattr = True
        type_epoch.bump()
        return
    if isinstance(w_obj, W_Module):
        w_obj.dict_w[name] = w_value
        globals_epoch.bump()
        return
    if isinstance(w_obj, W_Function):
        if name == "__name__":
            w_obj.name = str_w(w_value)
            return
        if name == "__qualname__":
            w_obj.qualname = str_w(w_value)
            return
        if name == "__doc__":
            w_obj.w_doc = w_value
            return
        w_obj.get_dict().setstr(name, w_value)
        return
    raise oerr(w_AttributeError, "'%s' object has no attribute '%s'" % (type_name(w_obj), name))


def instance_setattr(w_obj, name, w_value):
    """object.__setattr__: a data descriptor of the class, the class itself, the state of an
    exception, or the instance's own attribute."""
    w_type = w_obj.w_type
    w_descr = w_type.lookup(name)
    if w_descr is not None:
        if isinstance(w_descr, W_Property):
            if w_descr.w_fset is None:
                raise oerr(w_AttributeError, "property '%s' of '%s' object has no setter" % (name, w_type.name))
            call_function(w_descr.w_fset, [w_obj, w_value])
            return
        if isinstance(w_descr, W_Instance):
            w_set = w_descr.w_type.lookup("__set__")
            if w_set is not None:
                call_function(w_set, [w_descr, w_obj, w_value])
                return
    if name == "__class__":
        set_class(w_obj, w_value)
        return
    if w_type.layout == LAYOUT_EXCEPTION:
        if name == "__cause__":
            w_obj.w_cause = None if w_value is w_None else w_value
            w_obj.suppress_context = True
            return
        if name == "args":
            w_obj.w_args = W_TupleObject(list_from_iterable(w_value))
            return
    w_obj.setdictvalue(name, w_value)


def set_class(w_obj, w_value):
    """obj.__class__ = w_value (CPython's object_set_class): from a user class to another whose
    instances are alike, those of user classes that derive from the same builtin type first. The
    instance keeps its attributes."""
    if not isinstance(w_value, W_TypeObject):
        raise oerr(w_TypeError, "__class__ must be set to a class, not '%s' object" % type_name(w_value))
    w_old = w_obj.w_type
    if w_value.is_builtin or w_old.is_builtin:
        raise oerr(w_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
    if first_builtin(w_value) is not first_builtin(w_old):
        raise oerr(w_TypeError, "__class__ assignment: '%s' object layout differs from '%s'" % (w_value.name, w_old.name))
    w_obj.w_type = w_value


def first_builtin(w_type):
    """The first builtin type of a class's MRO: what gives its instances their layout, as the
    first C base of CPython's classes does (object for plain classes, ValueError for a subclass
    of ValueError...)."""
    for w_t in w_type.mro_w:
        if w_t.is_builtin:
            return w_t
    return w_object_type


def delattr_w(w_obj, name):
    if isinstance(w_obj, W_Instance):
        w_descr = w_obj.w_type.lookup(name)
        if isinstance(w_descr, W_Property):
            if w_descr.w_fdel is None:
                raise oerr(w_AttributeError, "can't delete attribute '%s'" % name)
            call_function(w_descr.w_fdel, [w_obj])
            return
        w_da = w_obj.w_type.lookup("__delattr__")
        if w_da is not None and not isinstance(w_da, W_BuiltinFunction):
            call_function(w_da, [w_obj, W_StrObject(name)])
            return
        if name == "__class__":
            raise oerr(w_TypeError, "can't delete __class__ attribute")
        if not w_obj.deldictvalue(name):
            raise oerr(w_AttributeError, "'%s' object has no attribute '%s'" % (type_name(w_obj), name))
        return
    if isinstance(w_obj, W_TypeObject) and not w_obj.is_builtin:
        if name not in w_obj.dict_w:
            raise oerr(w_AttributeError, "type object '%s' has no attribute '%s'" % (w_obj.name, name))
        del w_obj.dict_w[name]
        type_epoch.bump()
        return
    raise oerr(w_AttributeError, "'%s' object has no attribute '%s'" % (type_name(w_obj), name))


def lookup_special(w_obj, name):
    """A special method of w_obj's class, bound, or None (never the instance dict)."""
    w_type = w_obj.getclass()
    w_descr = w_type.lookup(name)
    if w_descr is None:
        return None
    return bind(w_descr, w_obj, w_type)


def call_special(w_obj, name, args_w):
    """Call special method ``name`` of w_obj's class with w_obj and args_w; None if the
    class has none."""
    w_type = w_obj.getclass()
    w_descr = w_type.lookup(name)
    if w_descr is None:
        return None
    if isinstance(w_descr, W_Function) or isinstance(w_descr, W_BuiltinFunction):
        return w_descr.call(Args([w_obj] + args_w, None, None))
    return bind(w_descr, w_obj, w_type).call(Args(args_w, None, None))


def user_special(w_obj, name):
    """Is ``name`` defined by a user class in w_obj's MRO (not a builtin type)?"""
    w_type = w_obj.getclass()
    if w_type.is_builtin and not isinstance(w_obj, W_Instance):
        return False
    return w_type.lookup(name) is not None


# ---------------------------------------------------------------- conversions

def str_w(w_obj):
    """The RPython str of a Python str (TypeError otherwise)."""
    if isinstance(w_obj, W_StrObject):
        return w_obj.value
    raise oerr(w_TypeError, "expected str, got %s" % type_name(w_obj))


def int_w(w_obj):
    """The machine int of a Python int (or bool, or __index__)."""
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval
    if isinstance(w_obj, W_LongObject):
        raise oerr(w_OverflowError, "Python int too large to convert to C ssize_t")
    if isinstance(w_obj, W_Instance):
        w_res = call_special(w_obj, "__index__", [])
        if w_res is not None:
            return int_w(w_res)
    raise oerr(w_TypeError, "'%s' object cannot be interpreted as an integer" % type_name(w_obj))


def index_w(w_obj, what):
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval
    if isinstance(w_obj, W_LongObject):
        raise oerr(w_IndexError, "cannot fit 'int' into an index-sized integer")
    if isinstance(w_obj, W_Instance):
        w_res = call_special(w_obj, "__index__", [])
        if w_res is not None:
            return int_w(w_res)
    raise oerr(w_TypeError, "%s indices must be integers or slices, not %s" % (what, type_name(w_obj)))


def bigint_index_w(w_obj):
    """The BigInt of an int (or bool, or an object with __index__); None for anything else."""
    if isinstance(w_obj, W_IntObject):
        return BigInt.fromint(w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        return w_obj.num
    if isinstance(w_obj, W_Instance):
        w_res = call_special(w_obj, "__index__", [])
        if w_res is not None:
            if not is_int(w_res):
                raise oerr(w_TypeError, "__index__ returned non-int (type %s)" % type_name(w_res))
            return bigint_index_w(w_res)
    return None


def bigint_w(w_obj):
    if isinstance(w_obj, W_IntObject):
        return BigInt.fromint(w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        return w_obj.num
    raise oerr(w_TypeError, "expected int")


def float_w(w_obj):
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval
    if isinstance(w_obj, W_IntObject):
        return float(w_obj.intval)
    if isinstance(w_obj, W_LongObject):
        return long_to_float(w_obj.num)
    if isinstance(w_obj, W_Instance):
        w_res = call_special(w_obj, "__float__", [])
        if w_res is not None:
            return float_w(w_res)
        w_res = call_special(w_obj, "__index__", [])
        if w_res is not None:
            return float_w(w_res)
    raise oerr(w_TypeError, "must be real number, not %s" % type_name(w_obj))


def float_arg_w(w_obj):
    """float(x) of a non-str."""
    if not is_number(w_obj) and not (isinstance(w_obj, W_Instance) and (w_obj.w_type.lookup("__float__") is not None or w_obj.w_type.lookup("__index__") is not None)):
        raise oerr(w_TypeError, "float() argument must be a string or a real number, not '%s'" % type_name(w_obj))
    return float_w(w_obj)


def long_to_float(num):
    try:
        return num.tofloat()
    except OverflowError:
        raise oerr(w_OverflowError, "int too large to convert to float")


def is_int(w_obj):
    return isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject)


def is_number(w_obj):
    return isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject) or isinstance(w_obj, W_FloatObject)


def list_from_iterable(w_obj):
    if isinstance(w_obj, W_ListObject):
        return list(w_obj.items)
    if isinstance(w_obj, W_TupleObject):
        return list(w_obj.items)
    result = []
    w_it = iter_w(w_obj)
    while True:
        w_item = next_w(w_it)
        if w_item is None:
            break
        result.append(w_item)
    return result


# ---------------------------------------------------------------- truth, repr, str

def is_true(w_obj):
    if isinstance(w_obj, W_BoolObject):
        return w_obj is w_True
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval != 0
    if w_obj is w_None:
        return False
    if isinstance(w_obj, W_StrObject):
        return len(w_obj.value) > 0
    if isinstance(w_obj, W_ListObject):
        return len(w_obj.items) > 0
    if isinstance(w_obj, W_TupleObject):
        return len(w_obj.items) > 0
    if isinstance(w_obj, W_DictObject):
        return w_obj.table.count > 0
    if isinstance(w_obj, W_SetObject):
        return w_obj.table.count > 0
    if isinstance(w_obj, W_FloatObject):
        return w_obj.floatval != 0.0
    if isinstance(w_obj, W_LongObject):
        return not w_obj.num.iszero()
    if isinstance(w_obj, W_BytesObject):
        return len(w_obj.value) > 0
    if isinstance(w_obj, W_BytearrayObject):
        return len(w_obj.data) > 0
    if isinstance(w_obj, W_RangeObject):
        return w_obj.length > 0
    if isinstance(w_obj, W_LongRangeObject):
        return not w_obj.length.iszero()
    if isinstance(w_obj, W_Instance):
        w_res = call_special(w_obj, "__bool__", [])
        if w_res is not None:
            if not isinstance(w_res, W_BoolObject):
                raise oerr(w_TypeError, "__bool__ should return bool, returned %s" % type_name(w_res))
            return w_res is w_True
        w_res = call_special(w_obj, "__len__", [])
        if w_res is not None:
            return int_w(w_res) != 0
    return True


def repr_w(w_obj):
    """repr(w_obj) as an RPython str."""
    if isinstance(w_obj, W_StrObject):
        return formatting.str_repr(w_obj.value)
    if isinstance(w_obj, W_BoolObject):
        if w_obj is w_True:
            return "True"
        return "False"
    if isinstance(w_obj, W_IntObject):
        return str(w_obj.intval)
    if isinstance(w_obj, W_FloatObject):
        return formatting.float_repr(w_obj.floatval)
    if w_obj is w_None:
        return "None"
    if isinstance(w_obj, W_LongObject):
        return long_str(w_obj.num)
    if isinstance(w_obj, W_Instance):
        w_res = call_special(w_obj, "__repr__", [])
        if w_res is not None:
            if not isinstance(w_res, W_StrObject):
                raise oerr(w_TypeError, "__repr__ returned non-string (type %s)" % type_name(w_res))
            return w_res.value
        if w_obj.w_type.layout == LAYOUT_EXCEPTION:
            return exception_repr(w_obj)
        return "<%s object at %s>" % (qualified_name(w_obj.w_type), fake_address(w_obj))
    return builtin_repr(w_obj)


def long_str(num):
    if num.numdigits() > 1500:
        raise oerr(w_ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
    s = num.str()
    if len(s) > 4300 + (1 if s[0] == '-' else 0):
        raise oerr(w_ValueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
    return s


def qualified_name(w_type):
    if w_type.module == "builtins":
        return w_type.name
    return w_type.module + "." + w_type.qualname


def fake_address(w_obj):
    h = identity_hash(w_obj)
    return "0x7f" + formatting.int_to_base(0x10000000 + h * 48, 16, False)


def exception_repr(w_exc):
    items = exc_args(w_exc).items
    name = w_exc.getclass().name
    if len(items) == 1:
        return name + "(" + repr_w(items[0]) + ")"
    parts = []
    for w_x in items:
        parts.append(repr_w(w_x))
    return name + "(" + ", ".join(parts) + ")"


class ReprGuard(object):
    def __init__(self):
        self.active = [w_None]      # (an item, so the list's type is known)

    def enter(self, w_obj):
        for w_x in self.active:
            if w_x is w_obj:
                return False
        self.active.append(w_obj)
        return True

    def leave(self):
        self.active.pop()


repr_guard = ReprGuard()


def builtin_repr(w_obj):
    if isinstance(w_obj, W_ListObject):
        if not repr_guard.enter(w_obj):
            return "[...]"
        try:
            parts = [repr_w(w_x) for w_x in w_obj.items]
        finally:
            repr_guard.leave()
        return "[" + ", ".join(parts) + "]"
    if isinstance(w_obj, W_TupleObject):
        parts = [repr_w(w_x) for w_x in w_obj.items]
        if len(parts) == 1:
            return "(" + parts[0] + ",)"
        return "(" + ", ".join(parts) + ")"
    if isinstance(w_obj, W_DictObject):
        if w_obj.table.count == 0:
            return "{}"
        if not repr_guard.enter(w_obj):
            return "{...}"
        try:
            parts = []
            t = w_obj.table
            for i in range(len(t.keys_w)):
                w_k = t.keys_w[i]
                if w_k is not None:
                    w_v = t.values_w[i]
                    assert w_v is not None
                    parts.append(repr_w(w_k) + ": " + repr_w(w_v))
        finally:
            repr_guard.leave()
        return "{" + ", ".join(parts) + "}"
    if isinstance(w_obj, W_SetObject):
        if w_obj.table.count == 0:
            if w_obj.frozen:
                return "frozenset()"
            return "set()"
        parts = [repr_w(w_x) for w_x in w_obj.table.keys()]
        if w_obj.frozen:
            return "frozenset({" + ", ".join(parts) + "})"
        return "{" + ", ".join(parts) + "}"
    if isinstance(w_obj, W_BytesObject):
        return formatting.bytes_repr(w_obj.value)
    if isinstance(w_obj, W_BytearrayObject):
        return "bytearray(" + formatting.bytes_repr(w_obj.getvalue()) + ")"
    if isinstance(w_obj, W_TypeObject):
        return "<class '" + qualified_name(w_obj) + "'>"
    if is_range(w_obj):
        return range_repr(w_obj)
    if isinstance(w_obj, W_SliceObject):
        return "slice(" + repr_w(w_obj.w_start) + ", " + repr_w(w_obj.w_stop) + ", " + repr_w(w_obj.w_step) + ")"
    if isinstance(w_obj, W_BuiltinFunction):
        return "<built-in function " + w_obj.name + ">"
    if isinstance(w_obj, W_Module):
        return "<module '" + w_obj.name + "'>"
    if isinstance(w_obj, W_DictView):
        parts = [repr_w(w_x) for w_x in w_obj.items_w()]
        return w_obj.getclass().name + "([" + ", ".join(parts) + "])"
    if w_obj is w_NotImplemented:
        return "NotImplemented"
    if w_obj is w_Ellipsis:
        return "Ellipsis"
    if isinstance(w_obj, W_Function):
        return "<function " + w_obj.qualname + " at " + fake_address(w_obj) + ">"
    if isinstance(w_obj, W_Method):
        w_f = w_obj.w_func
        fname = "?"
        if isinstance(w_f, W_Function):
            fname = w_f.qualname
        elif isinstance(w_f, W_BuiltinFunction):
            fname = w_f.name
            return "<built-in method " + fname + " of " + type_name(w_obj.w_self) + " object at " + fake_address(w_obj.w_self) + ">"
        return "<bound method " + fname + " of " + repr_w(w_obj.w_self) + ">"
    if isinstance(w_obj, W_GeneratorBase):
        return "<generator object " + w_obj.name + " at " + fake_address(w_obj) + ">"
    return "<" + type_name(w_obj) + " object at " + fake_address(w_obj) + ">"


def str_of(w_obj):
    """str(w_obj) as an RPython str."""
    if isinstance(w_obj, W_StrObject):
        return w_obj.value
    if isinstance(w_obj, W_Instance):
        w_type = w_obj.w_type
        w_str = w_type.lookup("__str__")
        if w_str is not None:
            w_res = call_function(w_str, [w_obj])
            if not isinstance(w_res, W_StrObject):
                raise oerr(w_TypeError, "__str__ returned non-string (type %s)" % type_name(w_res))
            return w_res.value
        if w_type.layout == LAYOUT_EXCEPTION and w_type.lookup("__repr__") is None:
            return exception_str(w_obj)
    return repr_w(w_obj)


def exception_str(w_exc):
    items = exc_args(w_exc).items
    if w_exc.getclass().issubtype(w_OSError) and len(items) >= 2:
        text = "[Errno " + str_of(items[0]) + "] " + str_of(items[1])
        if len(items) >= 3:
            text += ": " + repr_w(items[2])
        return text
    if w_exc.getclass().issubtype(w_KeyError) and len(items) == 1:
        return repr_w(items[0])
    if len(items) == 0:
        return ""
    if len(items) == 1:
        return str_of(items[0])
    return repr_w(W_TupleObject(items))


# ---------------------------------------------------------------- hashing and equality

def hash_w(w_obj):
    if isinstance(w_obj, W_StrObject):
        return formatting.str_hash(w_obj.value)
    if isinstance(w_obj, W_IntObject):
        return int_hash(w_obj.intval)
    if isinstance(w_obj, W_FloatObject):
        return float_hash(w_obj.floatval)
    if isinstance(w_obj, W_TupleObject):
        return tuple_hash(w_obj.items)
    if isinstance(w_obj, W_LongObject):
        return w_obj.num.hash()
    if isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_DictObject) or (isinstance(w_obj, W_SetObject) and not w_obj.frozen) or isinstance(w_obj, W_SliceObject) or isinstance(w_obj, W_BytearrayObject):
        raise oerr(w_TypeError, "unhashable type: '%s'" % type_name(w_obj))
    if isinstance(w_obj, W_SetObject):
        h = 0
        for w_k in w_obj.table.keys():
            h ^= hash_w(w_k) * 1000003
        return intmask(h)
    if isinstance(w_obj, W_BytesObject):
        return formatting.str_hash(w_obj.value)
    if is_range(w_obj):
        return range_hash(w_obj)
    if isinstance(w_obj, W_Instance):
        w_type = w_obj.w_type
        w_hash = w_type.lookup("__hash__")
        if w_hash is not None:
            if w_hash is w_None:
                raise oerr(w_TypeError, "unhashable type: '%s'" % w_type.name)
            if isinstance(w_hash, W_BuiltinFunction) and w_obj.w_builtin is not None:
                return hash_w(w_obj.w_builtin)
            if not isinstance(w_hash, W_BuiltinFunction):
                w_res = call_function(w_hash, [w_obj])
                if isinstance(w_res, W_LongObject):
                    return w_res.num.hash()
                if not isinstance(w_res, W_IntObject):
                    raise oerr(w_TypeError, "__hash__ method should return an integer")
                return int_hash(w_res.intval)
    return identity_hash(w_obj)


HASH_MODULUS = (1 << 61) - 1


def int_hash(i):
    if i >= 0:
        if i < HASH_MODULUS:
            return i
        return i % HASH_MODULUS
    if i == -1:
        return -2
    if i > -HASH_MODULUS:
        return i
    r = -((-i) % HASH_MODULUS)
    if r == -1:
        return -2
    return r


def float_hash(f):
    if f != f:
        return 0
    if f == formatting.INF:
        return 314159
    if f == -formatting.INF:
        return -314159
    if f == float(int(f)) if -9.0e18 < f < 9.0e18 else False:
        return int_hash(int(f))
    return formatting.float_hash_frac(f)


def tuple_hash(items):
    x = 0x345678
    mult = 1000003
    n = len(items)
    for w_item in items:
        y = hash_w(w_item)
        x = intmask((x ^ y) * mult)
        n -= 1
        mult = intmask(mult + 82520 + n + n)
    x = intmask(x + 97531)
    if x == -1:
        x = -2
    return x


def eq_w(w_a, w_b):
    """a == b as an RPython bool."""
    if w_a is w_b:
        return True
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return w_a.intval == w_b.intval
    if isinstance(w_a, W_StrObject):
        if isinstance(w_b, W_StrObject):
            return w_a.value == w_b.value
        if not isinstance(w_b, W_Instance):
            return False
    return is_true(compare(w_a, w_b, CMP_EQ))


CMP_LT = 0
CMP_LE = 1
CMP_EQ = 2
CMP_NE = 3
CMP_GT = 4
CMP_GE = 5
CMP_IN = 6
CMP_NOT_IN = 7
CMP_IS = 8
CMP_IS_NOT = 9

CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
CMP_SWAPPED = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE]
CMP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="]


def cmp_ints(a, b, op):
    if op == CMP_LT:
        return a < b
    if op == CMP_LE:
        return a <= b
    if op == CMP_EQ:
        return a == b
    if op == CMP_NE:
        return a != b
    if op == CMP_GT:
        return a > b
    return a >= b


def cmp_floats(a, b, op):
    if op == CMP_LT:
        return a < b
    if op == CMP_LE:
        return a <= b
    if op == CMP_EQ:
        return a == b
    if op == CMP_NE:
        return a != b
    if op == CMP_GT:
        return a > b
    return a >= b


def cmp_strs(a, b, op):
    if op == CMP_LT:
        return a < b
    if op == CMP_LE:
        return a <= b
    if op == CMP_EQ:
        return a == b
    if op == CMP_NE:
        return a != b
    if op == CMP_GT:
        return a > b
    return a >= b


def cmp_result(c, op):
    """c is -1, 0 or 1 (a three-way comparison)."""
    return cmp_ints(c, 0, op)


def compare(w_a, w_b, op):
    """Rich comparison; op is one of CMP_LT..CMP_GE.  Returns a W_Root."""
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return newbool(cmp_ints(w_a.intval, w_b.intval, op))
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        return newbool(cmp_strs(w_a.value, w_b.value, op))
    if is_number(w_a) and is_number(w_b):
        return newbool(compare_numbers(w_a, w_b, op))
    w_res = builtin_compare(w_a, w_b, op)
    if w_res is not None:
        return w_res
    # user-defined comparisons
    reflected_first = False
    w_ta = w_a.getclass()
    w_tb = w_b.getclass()
    if w_ta is not w_tb and w_tb.issubtype(w_ta) and w_tb.lookup(CMP_NAMES[CMP_SWAPPED[op]]) is not None:
        reflected_first = True
    if reflected_first:
        w_res = call_special(w_b, CMP_NAMES[CMP_SWAPPED[op]], [w_a])
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
    if isinstance(w_a, W_Instance):
        w_res = call_special(w_a, CMP_NAMES[op], [w_b])
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
    if not reflected_first and isinstance(w_b, W_Instance):
        w_res = call_special(w_b, CMP_NAMES[CMP_SWAPPED[op]], [w_a])
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
    if op == CMP_EQ:
        if isinstance(w_a, W_Instance) and op == CMP_EQ:
            w_ne = w_a.w_type.lookup("__eq__")
        return newbool(w_a is w_b)
    if op == CMP_NE:
        if isinstance(w_a, W_Instance):
            w_res = call_special(w_a, "__eq__", [w_b])
            if w_res is not None and w_res is not w_NotImplemented:
                return newbool(not is_true(w_res))
        return newbool(w_a is not w_b)
    raise oerr(w_TypeError, "'%s' not supported between instances of '%s' and '%s'" % (
        CMP_SYMBOLS[op], type_name(w_a), type_name(w_b)))


def compare_numbers(w_a, w_b, op):
    if isinstance(w_a, W_FloatObject) or isinstance(w_b, W_FloatObject):
        if isinstance(w_a, W_LongObject) or isinstance(w_b, W_LongObject) or big_int(w_a) or big_int(w_b):
            return cmp_result(compare_long_float(w_a, w_b), op) if not has_nan(w_a, w_b) else op == CMP_NE
        return cmp_floats(float_w(w_a), float_w(w_b), op)
    return cmp_result(bigint_w(w_a).compare(bigint_w(w_b)), op)


def big_int(w_x):
    """A machine int a float cannot hold exactly."""
    if isinstance(w_x, W_IntObject):
        return w_x.intval > 9007199254740992 or w_x.intval < -9007199254740992
    return False


def has_nan(w_a, w_b):
    if isinstance(w_a, W_FloatObject) and w_a.floatval != w_a.floatval:
        return True
    if isinstance(w_b, W_FloatObject) and w_b.floatval != w_b.floatval:
        return True
    return False


def compare_long_float(w_a, w_b):
    """Three-way compare of a big int and a float (exact)."""
    if isinstance(w_a, W_FloatObject):
        return -compare_long_float(w_b, w_a)
    num = bigint_w(w_a)
    f = float_w(w_b)
    if f == formatting.INF:
        return -1
    if f == -formatting.INF:
        return 1
    fl = formatting.float_floor(f)
    c = num.compare(bigint.BigInt.fromfloat(fl))
    if c != 0:
        return c
    if f > fl:
        return -1
    return 0


def seq_compare(items_a, items_b, op):
    n = min(len(items_a), len(items_b))
    for i in range(n):
        w_x = items_a[i]
        w_y = items_b[i]
        if not eq_w(w_x, w_y):
            if op == CMP_EQ:
                return w_False
            if op == CMP_NE:
                return w_True
            return compare(w_x, w_y, op)
    return newbool(cmp_ints(len(items_a), len(items_b), op))


def builtin_compare(w_a, w_b, op):
    if isinstance(w_a, W_ListObject) and isinstance(w_b, W_ListObject):
        return seq_compare(w_a.items, w_b.items, op)
    if isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject):
        return seq_compare(w_a.items, w_b.items, op)
    if isinstance(w_a, W_DictObject) and isinstance(w_b, W_DictObject) and (op == CMP_EQ or op == CMP_NE):
        eq = dict_eq(w_a, w_b)
        return newbool(eq == (op == CMP_EQ))
    if isinstance(w_a, W_SetObject) and isinstance(w_b, W_SetObject):
        return newbool(set_compare(w_a, w_b, op))
    a = bytes_like(w_a)
    if a is not None:
        b = bytes_like(w_b)
        if b is not None:
            return newbool(cmp_strs(a, b, op))
    if isinstance(w_a, W_SliceObject) and isinstance(w_b, W_SliceObject):
        return seq_compare([w_a.w_start, w_a.w_stop, w_a.w_step], [w_b.w_start, w_b.w_stop, w_b.w_step], op)
    if is_range(w_a) and is_range(w_b) and (op == CMP_EQ or op == CMP_NE):
        return newbool(range_eq(w_a, w_b) == (op == CMP_EQ))
    if isinstance(w_a, W_DictView) and w_a.kind != VIEW_VALUES and isinstance(w_b, W_SetObject):
        return newbool(set_compare(set_from_items(w_a.items_w()), w_b, op))
    if isinstance(w_b, W_DictView) and w_b.kind != VIEW_VALUES and isinstance(w_a, W_SetObject):
        return newbool(set_compare(w_a, set_from_items(w_b.items_w()), op))
    if isinstance(w_a, W_DictView) and isinstance(w_b, W_DictView) and w_a.kind == w_b.kind and w_a.kind != VIEW_VALUES:
        return newbool(set_compare(set_from_items(w_a.items_w()), set_from_items(w_b.items_w()), op))
    return None


def set_from_items(items):
    w_s = W_SetObject(False)
    for w_x in items:
        w_s.add(w_x)
    return w_s


def dict_eq(w_a, w_b):
    if w_a.table.count != w_b.table.count:
        return False
    t = w_a.table
    for i in range(len(t.keys_w)):
        w_k = t.keys_w[i]
        if w_k is not None:
            w_v = t.values_w[i]
            assert w_v is not None
            w_other = w_b.table.get(w_k)
            if w_other is None or not eq_w(w_v, w_other):
                return False
    return True


def set_issubset(w_a, w_b):
    if w_a.table.count > w_b.table.count:
        return False
    for w_k in w_a.table.keys():
        if not w_b.contains(w_k):
            return False
    return True


def set_compare(w_a, w_b, op):
    if op == CMP_EQ:
        return w_a.table.count == w_b.table.count and set_issubset(w_a, w_b)
    if op == CMP_NE:
        return not (w_a.table.count == w_b.table.count and set_issubset(w_a, w_b))
    if op == CMP_LE:
        return set_issubset(w_a, w_b)
    if op == CMP_LT:
        return w_a.table.count < w_b.table.count and set_issubset(w_a, w_b)
    if op == CMP_GE:
        return set_issubset(w_b, w_a)
    return w_b.table.count < w_a.table.count and set_issubset(w_b, w_a)


def contains_w(w_container, w_item):
    if isinstance(w_container, W_DictObject):
        return w_container.table.contains(w_item)
    if isinstance(w_container, W_SetObject):
        return w_container.table.contains(w_item)
    if isinstance(w_container, W_StrObject):
        if not isinstance(w_item, W_StrObject):
            raise oerr(w_TypeError, "'in <string>' requires string as left operand, not %s" % type_name(w_item))
        return w_container.value.find(w_item.value) >= 0
    if isinstance(w_container, W_ListObject) or isinstance(w_container, W_TupleObject):
        if isinstance(w_container, W_ListObject):
            items = w_container.items
        else:
            assert isinstance(w_container, W_TupleObject)
            items = w_container.items
        for w_x in items:
            if w_x is w_item or eq_w(w_x, w_item):
                return True
        return False
    if isinstance(w_container, W_RangeObject) and isinstance(w_item, W_IntObject):
        r = w_container
        v = w_item.intval
        if r.step > 0:
            if v < r.start or v >= r.stop:
                return False
        else:
            if v > r.start or v <= r.stop:
                return False
        return (v - r.start) % r.step == 0
    if is_range(w_container) and (isinstance(w_item, W_IntObject) or isinstance(w_item, W_LongObject)):
        return range_contains_int(w_container, bigint_w(w_item))
    if isinstance(w_container, W_DictView) and w_container.kind == VIEW_KEYS:
        return w_container.w_dict.table.contains(w_item)
    s = bytes_like(w_container)
    if s is not None:
        sub = bytes_like(w_item)
        if sub is not None:
            return s.find(sub) >= 0
        if not is_int(w_item) and not has_index(w_item):
            raise oerr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w_item))
        return s.find(chr(byte_w(w_item))) >= 0
    if isinstance(w_container, W_Instance):
        w_res = call_special(w_container, "__contains__", [w_item])
        if w_res is not None:
            return is_true(w_res)
    try:
        w_it = iter_w(w_container)
    except OperationError as e:
        if isinstance_w(e.w_value, w_TypeError):
            raise oerr(w_TypeError, "argument of type '%s' is not iterable" % type_name(w_container))
        raise
    while True:
        w_x = next_w(w_it)
        if w_x is None:
            return False
        if w_x is w_item or eq_w(w_x, w_item):
            return True


# ---------------------------------------------------------------- iteration

def iter_w(w_obj):
    if isinstance(w_obj, W_ListObject) or isinstance(w_obj, W_TupleObject):
        return W_SeqIter(w_obj)
    if isinstance(w_obj, W_RangeObject):
        return W_RangeIter(w_obj.start, w_obj.length, w_obj.step)
    if isinstance(w_obj, W_LongRangeObject):
        return range_iter(w_obj, False)
    if isinstance(w_obj, W_StrObject):
        return W_StrIter(w_obj.value)
    if isinstance(w_obj, W_DictObject):
        return W_DictIter(w_obj, VIEW_KEYS)
    if isinstance(w_obj, W_Iterator):
        return w_obj
    if isinstance(w_obj, W_SetObject):
        return W_ListIter(w_obj.table.keys())
    if isinstance(w_obj, W_DictView):
        return W_DictIter(w_obj.w_dict, w_obj.kind)
    if isinstance(w_obj, W_BytesObject):
        return W_ListIter([W_IntObject(ord(c)) for c in w_obj.value])
    if isinstance(w_obj, W_BytearrayObject):
        return W_BytearrayIter(w_obj)
    if isinstance(w_obj, W_GeneratorBase):
        return w_obj
    if isinstance(w_obj, W_Instance):
        w_res = call_special(w_obj, "__iter__", [])
        if w_res is not None:
            if w_res is w_obj or isinstance(w_res, W_Instance):
                if w_res.getclass().lookup("__next__") is None:
                    raise oerr(w_TypeError, "iter() returned non-iterator of type '%s'" % type_name(w_res))
            return w_res
        if w_obj.w_type.lookup("__getitem__") is not None:
            return W_GetItemIter(w_obj)
    else:
        w_iter = w_obj.getclass().lookup("__iter__")
        if w_iter is not None and isinstance(w_iter, W_BuiltinFunction) and w_obj.getclass().lookup("__next__") is None:
            return w_iter.call(args1(w_obj))
    raise oerr(w_TypeError, "'%s' object is not iterable" % type_name(w_obj))


class W_GetItemIter(W_Iterator):
    def __init__(self, w_obj):
        self.w_obj = w_obj
        self.index = 0

    def next(self):
        try:
            w_res = getitem_w(self.w_obj, W_IntObject(self.index))
        except OperationError as e:
            if isinstance_w(e.w_value, w_IndexError) or isinstance_w(e.w_value, w_StopIteration):
                return None
            raise
        self.index += 1
        return w_res


def next_w(w_it):
    """The next item of an iterator, or None when it is exhausted."""
    if isinstance(w_it, W_Iterator):
        return w_it.next()
    if isinstance(w_it, W_GeneratorBase):
        return w_it.next_or_none()
    w_res = None
    try:
        w_res = call_special(w_it, "__next__", [])
    except OperationError as e:
        if isinstance_w(e.w_value, w_StopIteration):
            return None
        raise
    if w_res is None:
        raise oerr(w_TypeError, "'%s' object is not an iterator" % type_name(w_it))
    return w_res


def stop_iteration_value(w_exc):
    items = exc_args(w_exc).items
    if len(items) > 0:
        return items[0]
    return w_None


# ---------------------------------------------------------------- item access

def normalize_index(i, length, what):
    if i < 0:
        i += length
    if i < 0 or i >= length:
        raise oerr(w_IndexError, what + " index out of range")
    return i


def getitem_w(w_obj, w_index):
    if isinstance(w_obj, W_ListObject):
        if isinstance(w_index, W_IntObject):
            items = w_obj.items
            i = w_index.intval
            if i < 0:
                i += len(items)
            if i < 0 or i >= len(items):
                raise oerr(w_IndexError, "list index out of range")
            return items[i]
        if isinstance(w_index, W_SliceObject):
            return W_ListObject(slice_items(w_obj.items, w_index))
        return w_obj.items[normalize_index(index_w(w_index, "list"), len(w_obj.items), "list")]
    if isinstance(w_obj, W_DictObject):
        w_v = w_obj.table.get(w_index)
        if w_v is None:
            if w_obj.getclass() is not w_dict_type:
                pass
            raise OperationError(new_exception_args(w_KeyError, [w_index]))
        return w_v
    if isinstance(w_obj, W_TupleObject):
        if isinstance(w_index, W_SliceObject):
            return W_TupleObject(slice_items(w_obj.items, w_index))
        return w_obj.items[normalize_index(index_w(w_index, "tuple"), len(w_obj.items), "tuple")]
    if isinstance(w_obj, W_StrObject):
        s = w_obj.value
        if isinstance(w_index, W_SliceObject):
            return W_StrObject(slice_str(s, w_index))
        if not is_int(w_index) and not isinstance(w_index, W_Instance):
            raise oerr(w_TypeError, "string indices must be integers, not '%s'" % type_name(w_index))
        i = normalize_index(index_w(w_index, "string"), len(s), "string")
        return W_StrObject(s[i])
    if isinstance(w_obj, W_RangeObject) and isinstance(w_index, W_IntObject):
        i = normalize_index(w_index.intval, w_obj.length, "range object")
        return W_IntObject(w_obj.start + i * w_obj.step)
    if is_range(w_obj):
        if isinstance(w_index, W_SliceObject):
            return range_slice(w_obj, w_index)
        index = bigint_index_w(w_index)
        if index is None:
            raise oerr(w_TypeError, "range indices must be integers or slices, not %s" % type_name(w_index))
        return range_item(w_obj, index)
    if isinstance(w_obj, W_BytesObject):
        s = w_obj.value
        if isinstance(w_index, W_SliceObject):
            return W_BytesObject(slice_str(s, w_index))
        i = index_w(w_index, "byte")
        if i < 0:
            i += len(s)
        if i < 0 or i >= len(s):
            raise oerr(w_IndexError, "index out of range")
        return W_IntObject(ord(s[i]))
    if isinstance(w_obj, W_BytearrayObject):
        if isinstance(w_index, W_SliceObject):
            return newbytearray(slice_str(w_obj.getvalue(), w_index))
        i = normalize_index(index_w(w_index, "bytearray"), len(w_obj.data), "bytearray")
        return W_IntObject(ord(w_obj.data[i]))
    if isinstance(w_obj, W_TypeObject):
        w_cgi = w_obj.lookup("__class_getitem__")
        if w_cgi is not None:
            return bind(w_cgi, w_obj, w_obj).call(args1(w_index)) if not isinstance(w_cgi, W_ClassMethod) else call_function(w_cgi.w_func, [w_obj, w_index])
        return w_obj
    if isinstance(w_obj, W_Instance):
        w_b = w_obj.w_builtin
        if isinstance(w_b, W_DictObject) and isinstance(w_obj.w_type.lookup("__getitem__"), W_BuiltinFunction):
            w_v = w_b.table.get(w_index)
            if w_v is not None:
                return w_v
            w_missing = w_obj.w_type.lookup("__missing__")
            if w_missing is not None:
                return call_function(w_missing, [w_obj, w_index])
            raise OperationError(new_exception_args(w_KeyError, [w_index]))
        w_res = call_special(w_obj, "__getitem__", [w_index])
        if w_res is not None:
            return w_res
    raise oerr(w_TypeError, "'%s' object is not subscriptable" % type_name(w_obj))


def new_exception_args(w_type, args_w):
    w_exc = W_Instance(w_type)
    w_exc.w_args = W_TupleObject(args_w)
    return w_exc


def setitem_w(w_obj, w_index, w_value):
    if isinstance(w_obj, W_ListObject):
        if isinstance(w_index, W_IntObject):
            items = w_obj.items
            i = w_index.intval
            if i < 0:
                i += len(items)
            if i < 0 or i >= len(items):
                raise oerr(w_IndexError, "list assignment index out of range")
            items[i] = w_value
            return
        if isinstance(w_index, W_SliceObject):
            list_setslice(w_obj, w_index, w_value)
            return
        i = normalize_index(index_w(w_index, "list"), len(w_obj.items), "list assignment")
        w_obj.items[i] = w_value
        return
    if isinstance(w_obj, W_DictObject):
        w_obj.table.set(w_index, w_value)
        return
    if isinstance(w_obj, W_BytearrayObject):
        if isinstance(w_index, W_SliceObject):
            bytearray_setslice(w_obj, w_index, w_value)
            return
        i = normalize_index(index_w(w_index, "bytearray"), len(w_obj.data), "bytearray")
        w_obj.data[i] = chr(byte_w(w_value))
        return
    if isinstance(w_obj, W_Instance):
        w_res = call_special(w_obj, "__setitem__", [w_index, w_value])
        if w_res is not None:
            return
    raise oerr(w_TypeError, "'%s' object does not support item assignment" % type_name(w_obj))


def delitem_w(w_obj, w_index):
    if isinstance(w_obj, W_ListObject):
        if isinstance(w_index, W_SliceObject):
            start, stop, step, length = slice_indices(w_index, len(w_obj.items))
            if step == 1:
                if length > 0:
                    del w_obj.items[start:stop]
                return
            indices = [start + k * step for k in range(length)]
            keep = []
            for j in range(len(w_obj.items)):
                if j not in indices:
                    keep.append(w_obj.items[j])
            w_obj.items = keep
            return
        i = normalize_index(index_w(w_index, "list"), len(w_obj.items), "list assignment")
        del w_obj.items[i]
        return
    if isinstance(w_obj, W_DictObject):
        if w_obj.table.remove(w_index) is None:
            raise OperationError(new_exception_args(w_KeyError, [w_index]))
        return
    if isinstance(w_obj, W_BytearrayObject):
        data = w_obj.data
        if isinstance(w_index, W_SliceObject):
            start, stop, step, length = slice_indices(w_index, len(data))
            if step < 0:    # the same items, counted from the lowest
                start += (length - 1) * step
                step = -step
            keep = []
            for j in range(len(data)):
                k = j - start
                if k < 0 or k % step != 0 or k // step >= length:
                    keep.append(data[j])
            w_obj.data = keep
            return
        del data[normalize_index(index_w(w_index, "bytearray"), len(data), "bytearray")]
        return
    if isinstance(w_obj, W_Instance):
        w_res = call_special(w_obj, "__delitem__", [w_index])
        if w_res is not None:
            return
    raise oerr(w_TypeError, "'%s' object does not support item deletion" % type_name(w_obj))


def slice_indices(w_slice, length):
    """(start, stop, step, slicelength) as CPython's PySlice_GetIndicesEx."""
    if w_slice.w_step is w_None:
        step = 1
    else:
        step = index_w_slice(w_slice.w_step)
        if step == 0:
            raise oerr(w_ValueError, "slice step cannot be zero")
    if step < 0:
        lower = -1
        upper = length - 1
    else:
        lower = 0
        upper = length
    if w_slice.w_start is w_None:
        start = upper if step < 0 else lower
    else:
        start = index_w_slice(w_slice.w_start)
        if start < 0:
            start += length
            if start < lower:
                start = lower
        elif start > upper:
            start = upper
    if w_slice.w_stop is w_None:
        stop = lower if step < 0 else upper
    else:
        stop = index_w_slice(w_slice.w_stop)
        if stop < 0:
            stop += length
            if stop < lower:
                stop = lower
        elif stop > upper:
            stop = upper
    if step < 0:
        if stop < start:
            slicelength = (start - stop - 1) // (-step) + 1
        else:
            slicelength = 0
    else:
        if start < stop:
            slicelength = (stop - start - 1) // step + 1
        else:
            slicelength = 0
    return start, stop, step, slicelength


def index_w_slice(w_obj):
    if isinstance(w_obj, W_IntObject):
        return w_obj.intval
    if isinstance(w_obj, W_LongObject):
        if w_obj.num.sign < 0:
            return -(1 << 62)
        return 1 << 62
    if isinstance(w_obj, W_Instance):
        w_res = call_special(w_obj, "__index__", [])
        if w_res is not None:
            return int_w(w_res)
    raise oerr(w_TypeError, "slice indices must be integers or None or have an __index__ method")


def slice_indices_long(w_slice, length):
    """(start, stop, step) of a slice of a sequence of BigInt length, as BigInts: CPython's
    _PySlice_GetLongIndices, what range slicing uses."""
    step = BigInt.fromint(1)
    if w_slice.w_step is not w_None:
        step = slice_index_long(w_slice.w_step)
        if step.iszero():
            raise oerr(w_ValueError, "slice step cannot be zero")
    if step.sign < 0:
        lower = BigInt.fromint(-1)
        upper = length.add(lower)
    else:
        lower = BigInt.fromint(0)
        upper = length
    return slice_bound_long(w_slice.w_start, length, lower, upper, step.sign < 0), slice_bound_long(w_slice.w_stop, length, lower, upper, step.sign >= 0), step


def slice_bound_long(w_bound, length, lower, upper, upper_if_none):
    if w_bound is w_None:
        return upper if upper_if_none else lower
    bound = slice_index_long(w_bound)
    if bound.sign < 0:
        bound = bound.add(length)
        if bound.compare(lower) < 0:
            return lower
    elif bound.compare(upper) > 0:
        return upper
    return bound


def slice_index_long(w_obj):
    index = bigint_index_w(w_obj)
    if index is None:
        raise oerr(w_TypeError, "slice indices must be integers or None or have an __index__ method")
    return index


def slice_items(items, w_slice):
    start, stop, step, length = slice_indices(w_slice, len(items))
    if step == 1:
        if length <= 0:
            return []
        return items[start:stop]
    result = []
    i = start
    for k in range(length):
        result.append(items[i])
        i += step
    return result


def slice_str(s, w_slice):
    start, stop, step, length = slice_indices(w_slice, len(s))
    if step == 1:
        if length <= 0:
            return ""
        return s[start:stop]
    chars = []
    i = start
    for k in range(length):
        chars.append(s[i])
        i += step
    return "".join(chars)


def list_setslice(w_list, w_slice, w_value):
    if w_value is w_list:
        new_items = list(w_list.items)
    else:
        new_items = list_from_iterable(w_value)
    start, stop, step, length = slice_indices(w_slice, len(w_list.items))
    items = w_list.items
    if step == 1:
        if stop < start:
            stop = start
        w_list.items = items[:start] + new_items + items[stop:]
        return
    if len(new_items) != length:
        raise oerr(w_ValueError, "attempt to assign sequence of size %d to extended slice of size %d" % (len(new_items), length))
    i = start
    for k in range(length):
        items[i] = new_items[k]
        i += step


def bytearray_setslice(w_ba, w_slice, w_value):
    """ba[i:j:k] = value: the bytes of a bytes-like value, or of an iterable of ints."""
    new = bytes_like(w_value)
    if new is None:
        if isinstance(w_value, W_StrObject) or is_int(w_value):
            raise oerr(w_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        new = "".join([chr(byte_w(w_x)) for w_x in list_from_iterable(w_value)])
    data = w_ba.data
    start, stop, step, length = slice_indices(w_slice, len(data))
    if step == 1:
        if stop < start:
            stop = start
        w_ba.data = data[:start] + [c for c in new] + data[stop:]
        return
    if len(new) != length:
        raise oerr(w_ValueError, "attempt to assign bytes of size %d to extended slice of size %d" % (len(new), length))
    i = start
    for k in range(length):
        data[i] = new[k]
        i += step


def len_w(w_obj):
    if isinstance(w_obj, W_ListObject):
        return len(w_obj.items)
    if isinstance(w_obj, W_StrObject):
        return len(w_obj.value)
    if isinstance(w_obj, W_TupleObject):
        return len(w_obj.items)
    if isinstance(w_obj, W_DictObject):
        return w_obj.table.count
    if isinstance(w_obj, W_SetObject):
        return w_obj.table.count
    if is_range(w_obj):
        return range_len(w_obj)
    if isinstance(w_obj, W_BytesObject):
        return len(w_obj.value)
    if isinstance(w_obj, W_BytearrayObject):
        return len(w_obj.data)
    if isinstance(w_obj, W_DictView):
        return w_obj.w_dict.table.count
    if isinstance(w_obj, W_Instance):
        w_res = call_special(w_obj, "__len__", [])
        if w_res is not None:
            n = int_w(w_res)
            if n < 0:
                raise oerr(w_ValueError, "__len__() should return >= 0")
            return n
    raise oerr(w_TypeError, "object of type '%s' has no len()" % type_name(w_obj))


# ---------------------------------------------------------------- arithmetic

OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_TRUEDIV = 3
OP_FLOORDIV = 4
OP_MOD = 5
OP_POW = 6
OP_LSHIFT = 7
OP_RSHIFT = 8
OP_AND = 9
OP_OR = 10
OP_XOR = 11
OP_MATMUL = 12

BINOP_SYMBOLS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
BINOP_NAMES = ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__",
               "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__", "__matmul__"]
BINOP_RNAMES = ["__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__",
                "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__", "__rmatmul__"]
BINOP_INAMES = ["__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__",
                "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__", "__imatmul__"]


def binop_symbol_from_str(s):
    for i in range(len(BINOP_SYMBOLS)):
        if BINOP_SYMBOLS[i] == s:
            return i
    return -1


def arith_fast_op(w_a, w_b, op):
    """The eval loop's fast path, tried before binary_op for an op up to OP_TRUEDIV: the
    arithmetic of two machine ints (None when the result needs a big int), of two floats or of
    a float and an int; None for other operands."""
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return int_binop(w_a.intval, w_b.intval, op)
    if isinstance(w_a, W_FloatObject):
        x = w_a.floatval
    elif isinstance(w_a, W_IntObject) and isinstance(w_b, W_FloatObject):
        x = float(w_a.intval)
    else:
        return None
    if isinstance(w_b, W_FloatObject):
        y = w_b.floatval
    elif isinstance(w_b, W_IntObject):
        y = float(w_b.intval)
    else:
        return None
    return float_binop(x, y, op)


def int_binop(a, b, op):
    """Machine-int arithmetic; None when the result overflows (the caller retries with
    big ints)."""
    try:
        if op == OP_ADD:
            return wrapint(ovfcheck(a + b))
        if op == OP_SUB:
            return wrapint(ovfcheck(a - b))
        if op == OP_MUL:
            return wrapint(ovfcheck(a * b))
        if op == OP_FLOORDIV:
            if b == 0:
                raise oerr(w_ZeroDivisionError, "integer division or modulo by zero")
            return wrapint(ovfcheck(a // b))
        if op == OP_MOD:
            if b == 0:
                raise oerr(w_ZeroDivisionError, "integer modulo by zero")
            return wrapint(ovfcheck(a % b))
        if op == OP_TRUEDIV:
            if b == 0:
                raise oerr(w_ZeroDivisionError, "division by zero")
            if -(1 << 53) <= a <= (1 << 53) and -(1 << 53) <= b <= (1 << 53):
                return W_FloatObject(float(a) / float(b))
            return None
        if op == OP_AND:
            return wrapint(a & b)
        if op == OP_OR:
            return wrapint(a | b)
        if op == OP_XOR:
            return wrapint(a ^ b)
        if op == OP_LSHIFT:
            if b < 0:
                raise oerr(w_ValueError, "negative shift count")
            if b >= 63:
                if a == 0:
                    return wrapint(0)
                return None
            return wrapint(ovfcheck(a << b))
        if op == OP_RSHIFT:
            if b < 0:
                raise oerr(w_ValueError, "negative shift count")
            if b >= 63:
                if a < 0:
                    return wrapint(-1)
                return wrapint(0)
            return wrapint(a >> b)
        if op == OP_POW:
            if b < 0:
                if a == 0:
                    raise oerr(w_ZeroDivisionError, "0.0 cannot be raised to a negative power")
                return W_FloatObject(safe_pow(float(a), float(b)))
            result = 1
            base = a
            e = b
            while e > 0:
                if e & 1:
                    result = ovfcheck(result * base)
                e >>= 1
                if e > 0:
                    base = ovfcheck(base * base)
            return wrapint(result)
    except OverflowError:
        return None
    return None


def long_binop(x, y, op):
    if op == OP_ADD:
        return newlong(x.add(y))
    if op == OP_SUB:
        return newlong(x.sub(y))
    if op == OP_MUL:
        return newlong(x.mul(y))
    if op == OP_FLOORDIV or op == OP_MOD:
        if y.iszero():
            if op == OP_MOD:
                raise oerr(w_ZeroDivisionError, "integer modulo by zero")
            raise oerr(w_ZeroDivisionError, "integer division or modulo by zero")
        q, r = x.divmod(y)
        if op == OP_FLOORDIV:
            return newlong(q)
        return newlong(r)
    if op == OP_TRUEDIV:
        if y.iszero():
            raise oerr(w_ZeroDivisionError, "division by zero")
        try:
            return W_FloatObject(x.truediv(y))
        except OverflowError:
            raise oerr(w_OverflowError, "integer division result too large for a float")
    if op == OP_AND:
        return newlong(x.and_(y))
    if op == OP_OR:
        return newlong(x.or_(y))
    if op == OP_XOR:
        return newlong(x.xor(y))
    if op == OP_LSHIFT or op == OP_RSHIFT:
        if y.sign < 0:
            raise oerr(w_ValueError, "negative shift count")
        if not y.fits_int():
            if op == OP_RSHIFT:
                if x.sign < 0:
                    return W_IntObject(-1)
                return W_IntObject(0)
            if x.iszero():
                return W_IntObject(0)
            raise oerr(w_OverflowError, "too many digits in integer")
        n = y.toint()
        if op == OP_LSHIFT:
            if n > 10000000:
                raise oerr(w_MemoryError, "")
            return newlong(x.lshift(n))
        return newlong(x.rshift(n))
    if op == OP_POW:
        if y.sign < 0:
            return W_FloatObject(safe_pow(long_to_float(x), long_to_float(y)))
        if not y.fits_int() or y.toint() > 1000000:
            if x.iszero() or x.is_one():
                return newlong(x)
            raise oerr(w_MemoryError, "")
        return newlong(x.pow(y.toint()))
    raise oerr(w_TypeError, "unsupported operand type(s) for @: 'int' and 'int'")


def safe_pow(a, b):
    try:
        return formatting.float_pow(a, b)
    except OverflowError:
        raise oerr(w_OverflowError, "(34, 'Numerical result out of range')")
    except ValueError:
        raise oerr(w_ValueError, "math domain error")


def float_binop(a, b, op):
    if op == OP_ADD:
        return W_FloatObject(a + b)
    if op == OP_SUB:
        return W_FloatObject(a - b)
    if op == OP_MUL:
        return W_FloatObject(a * b)
    if op == OP_TRUEDIV:
        if b == 0.0:
            raise oerr(w_ZeroDivisionError, "float division by zero")
        return W_FloatObject(a / b)
    if op == OP_FLOORDIV:
        if b == 0.0:
            raise oerr(w_ZeroDivisionError, "float floor division by zero")
        return W_FloatObject(formatting.float_divmod(a, b)[0])
    if op == OP_MOD:
        if b == 0.0:
            raise oerr(w_ZeroDivisionError, "float modulo")
        return W_FloatObject(formatting.float_divmod(a, b)[1])
    if op == OP_POW:
        if a == 0.0 and b < 0.0:
            raise oerr(w_ZeroDivisionError, "0.0 cannot be raised to a negative power")
        if a < 0.0 and b != formatting.float_floor(b) and b == b and a == a and b != formatting.INF and b != -formatting.INF:
            raise oerr(w_NotImplementedError, "complex numbers are not supported")
        return W_FloatObject(safe_pow(a, b))
    return None


def binary_op(w_a, w_b, op):
    if isinstance(w_a, W_BoolObject) and isinstance(w_b, W_BoolObject) and (op == OP_AND or op == OP_OR or op == OP_XOR):
        a = w_a is w_True
        b = w_b is w_True
        if op == OP_AND:
            return newbool(a and b)
        if op == OP_OR:
            return newbool(a or b)
        return newbool(a != b)
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        w_res = int_binop(w_a.intval, w_b.intval, op)
        if w_res is not None:
            return w_res
        if op != OP_MATMUL:
            return long_binop(BigInt.fromint(w_a.intval), BigInt.fromint(w_b.intval), op)
    if isinstance(w_a, W_FloatObject) and isinstance(w_b, W_FloatObject):
        w_res = float_binop(w_a.floatval, w_b.floatval, op)
        if w_res is not None:
            return w_res
    w_res = builtin_binop(w_a, w_b, op)
    if w_res is not None:
        return w_res
    return user_binop(w_a, w_b, op)


def user_binop(w_a, w_b, op):
    w_ta = w_a.getclass()
    w_tb = w_b.getclass()
    name = BINOP_NAMES[op]
    rname = BINOP_RNAMES[op]
    if w_ta is not w_tb and w_tb.issubtype(w_ta) and w_tb.lookup(rname) is not None and isinstance(w_b, W_Instance):
        w_res = call_special(w_b, rname, [w_a])
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
    if isinstance(w_a, W_Instance):
        w_res = call_special(w_a, name, [w_b])
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
    if w_ta is not w_tb and isinstance(w_b, W_Instance):
        w_res = call_special(w_b, rname, [w_a])
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
    if op == OP_ADD and isinstance(w_a, W_StrObject):
        raise oerr(w_TypeError, 'can only concatenate str (not "%s") to str' % type_name(w_b))
    if op == OP_MUL and (is_sequence(w_a) or is_sequence(w_b)):
        w_other = w_b if is_sequence(w_a) else w_a
        raise oerr(w_TypeError, "can't multiply sequence by non-int of type '%s'" % type_name(w_other))
    raise oerr(w_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'" % (
        BINOP_SYMBOLS[op] if op != OP_POW else "** or pow()", type_name(w_a), type_name(w_b)))


def is_sequence(w_x):
    return isinstance(w_x, W_StrObject) or isinstance(w_x, W_ListObject) or isinstance(w_x, W_TupleObject) or isinstance(w_x, W_BytesObject) or isinstance(w_x, W_BytearrayObject)


def builtin_binop(w_a, w_b, op):
    if is_number(w_a) and is_number(w_b):
        if isinstance(w_a, W_FloatObject) or isinstance(w_b, W_FloatObject):
            if op >= OP_LSHIFT and op <= OP_XOR or op == OP_MATMUL:
                return None
            return float_binop(float_w(w_a), float_w(w_b), op)
        if op == OP_MATMUL:
            return None
        return long_binop(bigint_w(w_a), bigint_w(w_b), op)
    if isinstance(w_a, W_StrObject):
        if op == OP_ADD and isinstance(w_b, W_StrObject):
            return W_StrObject(w_a.value + w_b.value)
        if op == OP_MUL and (is_int(w_b) or has_index(w_b)):
            n = repeat_count(w_b)
            return W_StrObject(w_a.value * n)
        return None
    if isinstance(w_a, W_ListObject):
        if op == OP_ADD and isinstance(w_b, W_ListObject):
            return W_ListObject(w_a.items + w_b.items)
        if op == OP_MUL and (is_int(w_b) or has_index(w_b)):
            n = repeat_count(w_b)
            return W_ListObject(w_a.items * n)
        if op == OP_ADD and not isinstance(w_b, W_Instance):
            raise oerr(w_TypeError, 'can only concatenate list (not "%s") to list' % type_name(w_b))
        return None
    if isinstance(w_a, W_TupleObject):
        if op == OP_ADD and isinstance(w_b, W_TupleObject):
            return W_TupleObject(w_a.items + w_b.items)
        if op == OP_MUL and is_int(w_b):
            n = repeat_count(w_b)
            return W_TupleObject(w_a.items * n)
        if op == OP_ADD and not isinstance(w_b, W_Instance):
            raise oerr(w_TypeError, 'can only concatenate tuple (not "%s") to tuple' % type_name(w_b))
        return None
    if is_int(w_a) and op == OP_MUL:
        if is_sequence(w_b):
            return builtin_binop(w_b, w_a, op)
    if isinstance(w_a, W_SetObject) and isinstance(w_b, W_SetObject):
        return set_binop(w_a, w_b, op)
    if isinstance(w_a, W_DictView) and w_a.kind != VIEW_VALUES and (isinstance(w_b, W_DictView) or isinstance(w_b, W_SetObject)):
        w_sa = set_from_items(w_a.items_w())
        w_sb = set_from_items(list_from_iterable(w_b))
        return set_binop(w_sa, w_sb, op)
    if isinstance(w_a, W_DictObject) and isinstance(w_b, W_DictObject) and op == OP_OR:
        w_d = W_DictObject()
        w_d.table = w_a.table.copy()
        for w_k in w_b.table.keys():
            w_d.table.set(w_k, w_b.table.get(w_k))
        return w_d
    a = bytes_like(w_a)
    if a is not None:
        # The result has the type of the left operand: bytes + bytearray is bytes.
        if op == OP_ADD:
            b = bytes_like(w_b)
            if b is not None:
                return new_bytes_like(w_a, a + b)
            if not isinstance(w_b, W_Instance):
                raise oerr(w_TypeError, "can't concat %s to %s" % (type_name(w_b), type_name(w_a)))
        if op == OP_MUL and (is_int(w_b) or has_index(w_b)):
            return new_bytes_like(w_a, a * repeat_count(w_b))
    return None


def new_bytes_like(w_like, s):
    """A bytearray of s if w_like is one, else bytes: the result of an operation on w_like."""
    if isinstance(w_like, W_BytearrayObject):
        return newbytearray(s)
    return W_BytesObject(s)


def has_index(w_x):
    return isinstance(w_x, W_Instance) and w_x.w_type.lookup("__index__") is not None


def repeat_count(w_n):
    if isinstance(w_n, W_LongObject):
        if w_n.num.sign < 0:
            return 0
        raise oerr(w_OverflowError, "cannot fit 'int' into an index-sized integer")
    n = int_w(w_n)
    if n < 0:
        return 0
    return n


def set_binop(w_a, w_b, op):
    w_res = W_SetObject(w_a.frozen)
    if op == OP_OR:
        for w_k in w_a.table.keys():
            w_res.add(w_k)
        for w_k in w_b.table.keys():
            w_res.add(w_k)
        return w_res
    if op == OP_AND:
        # CPython iterates over the smaller set (the right one when equal)
        w_small = w_b
        w_big = w_a
        if w_b.table.count > w_a.table.count:
            w_small = w_a
            w_big = w_b
        for w_k in w_small.table.keys():
            if w_big.contains(w_k):
                w_res.add(w_k)
        return w_res
    if op == OP_SUB:
        for w_k in w_a.table.keys():
            if not w_b.contains(w_k):
                w_res.add(w_k)
        return w_res
    if op == OP_XOR:
        for w_k in w_a.table.keys():
            if not w_b.contains(w_k):
                w_res.add(w_k)
        for w_k in w_b.table.keys():
            if not w_a.contains(w_k):
                w_res.add(w_k)
        return w_res
    return None


def inplace_op(w_a, w_b, op):
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return binary_op(w_a, w_b, op)
    if isinstance(w_a, W_ListObject):
        if op == OP_ADD:
            w_a.items.extend(list_from_iterable(w_b))
            return w_a
        if op == OP_MUL and is_int(w_b):
            w_a.items = w_a.items * repeat_count(w_b)
            return w_a
    if isinstance(w_a, W_SetObject) and isinstance(w_b, W_SetObject) and not w_a.frozen:
        w_res = set_binop(w_a, w_b, op)
        if w_res is not None:
            w_a.table = w_res.table
            return w_a
    if isinstance(w_a, W_DictObject) and op == OP_OR and isinstance(w_b, W_DictObject):
        for w_k in w_b.table.keys():
            w_a.table.set(w_k, w_b.table.get(w_k))
        return w_a
    if isinstance(w_a, W_BytearrayObject):
        b = bytes_like(w_b)
        if op == OP_ADD and b is not None:
            w_a.data.extend([c for c in b])
            return w_a
        if op == OP_MUL and (is_int(w_b) or has_index(w_b)):
            w_a.data = w_a.data * repeat_count(w_b)
            return w_a
    if isinstance(w_a, W_Instance):
        w_res = call_special(w_a, BINOP_INAMES[op], [w_b])
        if w_res is not None and w_res is not w_NotImplemented:
            return w_res
    return binary_op(w_a, w_b, op)


UNARY_NEG = 0
UNARY_POS = 1
UNARY_INVERT = 2
UNARY_NOT = 3


def int_pos(w_obj):
    if isinstance(w_obj, W_BoolObject):
        return W_IntObject(w_obj.intval)
    return w_obj


def unary_op(w_a, op):
    if op == UNARY_NOT:
        return newbool(not is_true(w_a))
    if isinstance(w_a, W_IntObject):
        v = w_a.intval
        if op == UNARY_NEG:
            try:
                return W_IntObject(ovfcheck(-v))
            except OverflowError:
                return newlong(BigInt.fromint(v).neg())
        if op == UNARY_POS:
            return int_pos(w_a)
        return W_IntObject(~v)
    if isinstance(w_a, W_FloatObject):
        if op == UNARY_NEG:
            return W_FloatObject(-w_a.floatval)
        if op == UNARY_POS:
            return w_a
    if isinstance(w_a, W_LongObject):
        if op == UNARY_NEG:
            return newlong(w_a.num.neg())
        if op == UNARY_POS:
            return w_a
        return newlong(w_a.num.invert())
    names = ["__neg__", "__pos__", "__invert__"]
    if isinstance(w_a, W_Instance):
        w_res = call_special(w_a, names[op], [])
        if w_res is not None:
            return w_res
    syms = ["-", "+", "~"]
    raise oerr(w_TypeError, "bad operand type for unary %s: '%s'" % (syms[op], type_name(w_a)))
