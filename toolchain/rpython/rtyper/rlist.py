"""Low-level helpers of lists (after RPython's rpython/rtyper/rlist.py and lltypesystem/rlist.py).

The RTyper lowers every list operation of a program to a call of one of these functions, which
it annotates and translates with the program, one copy per list type (``specialize:ll``).  They
work on the low-level types of ``RTyping/BuiltinTypes.cs``:

* a resizable list ``l`` is a GcStruct: ``l.length`` items used of the GcArray ``l.items``,
  which is over-allocated as CPython does, so that ``append`` is amortised O(1);
* a list that never changes size ("fixed") is the GcArray itself.

``ll_items(l)`` and ``ll_len(l)`` read both kinds (``is_array`` is decided when the helper is
annotated, so each copy keeps one branch); the functions that change a list's size take only
resizable ones.  ``LIST`` arguments are the pointer type of the list to make.

Indexes are Python's: negative ones count from the end, and an index out of range raises
IndexError, as CPython does (the ``_nonneg`` helpers take an index the annotator knows is not
negative).  ``eq`` arguments are the function that compares two items (for
strs, ``rstr.ll_streq``) or None to compare with ``==``; ``lt`` arguments, the function that
orders two items (``rstr.ll_strlt``) or None to compare with ``<``.
"""

from rpython.rtyper.lltypesystem.lltype import is_array, malloc, typeOf


def ll_items(l):
    if is_array(typeOf(l)):
        return l
    return l.items


def ll_len(l):
    if is_array(typeOf(l)):
        return len(l)
    return l.length


def ll_newlist(LIST, length):
    if is_array(LIST):
        return malloc(LIST.TO, length)
    l = malloc(LIST.TO)
    l.length = length
    l.items = malloc(LIST.TO.items.TO, length)
    return l


def ll_is_true(l):
    return bool(l) and ll_len(l) != 0


def _ll_index(index, length):
    """A Python index into ``length`` items, checked (negative counts from the end)."""
    if index < 0:
        index += length
    if index < 0 or index >= length:
        raise IndexError
    return index


def ll_getitem(l, index):
    return ll_items(l)[_ll_index(index, ll_len(l))]


def ll_setitem(l, index, newitem):
    ll_items(l)[_ll_index(index, ll_len(l))] = newitem


def ll_getitem_nonneg(l, index):
    if index >= ll_len(l):
        raise IndexError
    return ll_items(l)[index]


def ll_setitem_nonneg(l, index, newitem):
    if index >= ll_len(l):
        raise IndexError
    ll_items(l)[index] = newitem


def _ll_bounds(index, length):
    """A slice bound, clipped to 0..length as Python does."""
    if index < 0:
        index += length
        if index < 0:
            index = 0
    elif index > length:
        index = length
    return index


def ll_slice(LIST, l, start, stop):
    length = ll_len(l)
    start = _ll_bounds(start, length)
    stop = _ll_bounds(stop, length)
    if stop < start:
        stop = start
    res = ll_newlist(LIST, stop - start)
    items = ll_items(l)
    newitems = ll_items(res)
    i = 0
    while i < stop - start:
        newitems[i] = items[start + i]
        i += 1
    return res


def ll_copy(LIST, l):
    return ll_slice(LIST, l, 0, ll_len(l))


def ll_concat(LIST, l1, l2):
    len1 = ll_len(l1)
    len2 = ll_len(l2)
    res = ll_newlist(LIST, len1 + len2)
    items = ll_items(res)
    items1 = ll_items(l1)
    items2 = ll_items(l2)
    i = 0
    while i < len1:
        items[i] = items1[i]
        i += 1
    i = 0
    while i < len2:
        items[len1 + i] = items2[i]
        i += 1
    return res


def ll_mul(LIST, l, times):
    length = ll_len(l)
    if times < 0:
        times = 0
    res = ll_newlist(LIST, length * times)
    items = ll_items(res)
    source = ll_items(l)
    j = 0
    while j < times:
        i = 0
        while i < length:
            items[j * length + i] = source[i]
            i += 1
        j += 1
    return res


def ll_alloc_zeroed(LIST, count):
    """[item] * count for an item that is zero in memory (None, 0, False): a new list's memory is
    zeroed already."""
    if count < 0:
        count = 0
    return ll_newlist(LIST, count)


def ll_alloc_and_set(LIST, count, item):
    """[item] * count, without making the list [item] (RPython's ll_alloc_and_set)."""
    res = ll_alloc_zeroed(LIST, count)
    items = ll_items(res)
    i = 0
    while i < count:
        items[i] = item
        i += 1
    return res


def ll_reverse(l):
    items = ll_items(l)
    i = 0
    j = ll_len(l) - 1
    while i < j:
        tmp = items[i]
        items[i] = items[j]
        items[j] = tmp
        i += 1
        j -= 1


def _ll_equal(eq, x, y):
    if eq is None:
        return x == y
    return eq(x, y)


def ll_index(l, x, eq):
    items = ll_items(l)
    i = 0
    while i < ll_len(l):
        if _ll_equal(eq, items[i], x):
            return i
        i += 1
    raise ValueError


def ll_contains(l, x, eq):
    items = ll_items(l)
    i = 0
    while i < ll_len(l):
        if _ll_equal(eq, items[i], x):
            return True
        i += 1
    return False


def ll_count(l, x, eq):
    items = ll_items(l)
    count = 0
    i = 0
    while i < ll_len(l):
        if _ll_equal(eq, items[i], x):
            count += 1
        i += 1
    return count


def ll_listeq(l1, l2, eq):
    if not l1 or not l2:
        return not l1 and not l2
    length = ll_len(l1)
    if length != ll_len(l2):
        return False
    items1 = ll_items(l1)
    items2 = ll_items(l2)
    i = 0
    while i < length:
        if not _ll_equal(eq, items1[i], items2[i]):
            return False
        i += 1
    return True


def gen_listeq(eq):
    """The == of lists whose items compare with ``eq`` (for a list of lists)."""
    def ll_listeq_items(l1, l2):
        return ll_listeq(l1, l2, eq)
    return ll_listeq_items


def ll_less(lt, x, y):
    if lt is None:
        return x < y
    return lt(x, y)


# ---- sorting ----

_RUN = 16


def _ll_insertion_sort(items, start, end, lt):
    """Sorts items[start:end] in place, stably: an item stays after the equal ones before it."""
    i = start + 1
    while i < end:
        x = items[i]
        j = i
        while j > start and ll_less(lt, x, items[j - 1]):
            items[j] = items[j - 1]
            j -= 1
        items[j] = x
        i += 1


def _ll_merge(src, dst, lo, mid, hi, lt):
    """Merges the sorted src[lo:mid] and src[mid:hi] into dst[lo:hi], stably (the left first among equals)."""
    i = lo
    j = mid
    k = lo
    while i < mid and j < hi:
        if ll_less(lt, src[j], src[i]):
            dst[k] = src[j]
            j += 1
        else:
            dst[k] = src[i]
            i += 1
        k += 1
    while i < mid:
        dst[k] = src[i]
        i += 1
        k += 1
    while j < hi:
        dst[k] = src[j]
        j += 1
        k += 1


def ll_sort(l, lt):
    """l.sort(): a stable merge sort, O(n log n): runs of _RUN items sorted by insertion, then
    merged pairwise into a second array and back.  Stable, as CPython's: equal items keep their
    order, so the result is CPython's whenever ``lt`` orders the items (not with NaNs)."""
    length = ll_len(l)
    items = ll_items(l)
    start = 0
    while start < length:
        end = start + _RUN
        if end > length:
            end = length
        _ll_insertion_sort(items, start, end, lt)
        start = end
    if length <= _RUN:
        return
    src = items
    dst = malloc(typeOf(items).TO, length)
    width = _RUN
    while width < length:
        lo = 0
        while lo < length:
            mid = lo + width
            if mid > length:
                mid = length
            hi = mid + width
            if hi > length:
                hi = length
            _ll_merge(src, dst, lo, mid, hi, lt)
            lo = hi
        swap = src
        src = dst
        dst = swap
        width *= 2
    if src != items:
        i = 0
        while i < length:
            items[i] = src[i]
            i += 1


# ---- iterators ----

def ll_listiter(ITER, l):
    it = malloc(ITER.TO)
    it.list = l
    it.index = 0
    return it


def ll_rangeiter(ITER, start, stop, step):
    """The iterator over range(start, stop, step), without its list (RPython's rrange)."""
    return _ll_rangeiter(ITER, start, _ll_range_length(start, stop, step), step)


def ll_rangeiter1(ITER, start, stop):
    """ll_rangeiter for a step of 1, the usual one: its length needs no division and no check."""
    remaining = 0
    if stop > start:
        remaining = stop - start
    return _ll_rangeiter(ITER, start, remaining, 1)


def _ll_rangeiter(ITER, start, remaining, step):
    it = malloc(ITER.TO)
    it.index = 0
    it.next = start
    it.remaining = remaining
    it.step = step
    return it


def ll_rangeiter_fromlist(ITER, l, step):
    """The iterator over a list that only range() made and nothing changed: its items are
    start, start + step...  A ``step`` of 0 means several steps made such lists: the items tell."""
    length = ll_len(l)
    it = malloc(ITER.TO)
    it.index = 0
    it.remaining = length
    it.next = 0
    it.step = 1
    if length > 0:
        items = ll_items(l)
        it.next = items[0]
        if step != 0:
            it.step = step
        elif length > 1:
            it.step = items[1] - items[0]
    return it


def ll_rangenext(it):
    # Counting down what remains: the next value may overflow after the last one.
    remaining = it.remaining
    if remaining <= 0:
        raise StopIteration
    it.remaining = remaining - 1
    value = it.next
    it.next = value + it.step
    it.index += 1
    return value


def ll_listnext(it):
    index = it.index
    l = it.list
    if index >= ll_len(l):
        raise StopIteration
    it.index = index + 1
    return ll_items(l)[index]


def ll_enumnext(TUPLE, it, next):
    """The next (index, item) of enumerate(x), ``it`` being the iterator over x and ``next``
    its next function (ll_listnext, rstr.ll_strnext)."""
    index = it.index
    t = malloc(TUPLE.TO)
    t.item1 = next(it)
    t.item0 = index
    return t


# ---- resizable lists only ----

def _ll_list_resize(l, newsize):
    """Make room for ``newsize`` items, over-allocating by about 1/8 (CPython's rule)."""
    allocated = len(l.items)
    if allocated >= newsize and newsize >= (allocated >> 1):
        l.length = newsize
        return
    if newsize == 0:
        new_allocated = 0
    else:
        new_allocated = newsize + (newsize >> 3) + (3 if newsize < 9 else 6)
    items = l.items
    newitems = malloc(typeOf(l).TO.items.TO, new_allocated)
    keep = l.length
    if newsize < keep:
        keep = newsize
    i = 0
    while i < keep:
        newitems[i] = items[i]
        i += 1
    l.items = newitems
    l.length = newsize


def ll_append(l, newitem):
    length = l.length
    if length < len(l.items):
        l.length = length + 1
    else:
        _ll_list_resize(l, length + 1)
    l.items[length] = newitem


def ll_delitem(l, index):
    length = l.length
    i = _ll_index(index, length)
    items = l.items
    while i < length - 1:
        items[i] = items[i + 1]
        i += 1
    _ll_list_resize(l, length - 1)


def ll_pop_default(l):
    length = l.length
    if length == 0:
        raise IndexError
    res = l.items[length - 1]
    _ll_list_resize(l, length - 1)
    return res


def ll_pop(l, index):
    i = _ll_index(index, l.length)
    res = l.items[i]
    ll_delitem(l, i)
    return res


def ll_insert(l, index, newitem):
    length = l.length
    index = _ll_bounds(index, length)
    _ll_list_resize(l, length + 1)
    items = l.items
    i = length
    while i > index:
        items[i] = items[i - 1]
        i -= 1
    items[index] = newitem


def ll_extend(l1, l2):
    len1 = l1.length
    len2 = ll_len(l2)
    _ll_list_resize(l1, len1 + len2)
    items1 = l1.items
    items2 = ll_items(l2)
    i = 0
    while i < len2:
        items1[len1 + i] = items2[i]
        i += 1


def ll_delslice(l, start, stop):
    length = l.length
    start = _ll_bounds(start, length)
    stop = _ll_bounds(stop, length)
    if stop <= start:
        return
    items = l.items
    removed = stop - start
    i = start
    while i < length - removed:
        items[i] = items[i + removed]
        i += 1
    _ll_list_resize(l, length - removed)


def ll_remove(l, x, eq):
    ll_delitem(l, ll_index(l, x, eq))


def _ll_range_length(start, stop, step):
    """How many items range(start, stop, step) has (ValueError for a zero step, as CPython)."""
    if step == 0:
        raise ValueError
    if step > 0:
        return (stop - start + step - 1) // step if stop > start else 0
    return (start - stop - step - 1) // (-step) if start > stop else 0


def ll_range(LIST, start, stop, step):
    """The list range(start, stop, step)."""
    length = _ll_range_length(start, stop, step)
    res = ll_newlist(LIST, length)
    items = ll_items(res)
    i = 0
    while i < length:
        items[i] = start + i * step
        i += 1
    return res
