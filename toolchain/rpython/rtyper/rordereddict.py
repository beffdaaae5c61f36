"""Low-level helpers of dicts (after RPython's rpython/rtyper/lltypesystem/rordereddict.py).

The RTyper lowers every dict operation of a program to a call of one of these functions, which
it annotates and translates with the program, one copy per dict type (``specialize:ll``).  A dict
``d`` is a ``dicttable`` (``RTyping/BuiltinTypes.cs``), an insertion-ordered hash table as
CPython's and RPython's:

* ``d.entries`` holds the entries in insertion order: ``key``, ``value``, ``f_hash`` (the key's
  hash) and ``f_valid`` (False once the entry is deleted).  ``d.num_ever_used_items`` entries
  are in use, ``d.num_live_items`` of them valid.  A deleted entry stays until the entries are
  compacted; when the last entry is deleted, the deleted ones before it are forgotten at once,
  so the last entry in use is always valid (``popitem`` takes it).
* ``d.indexes`` is the open-addressing table of slots (a power of two of them): FREE, DELETED,
  or the index of an entry plus VALID_OFFSET.  A key is looked for from slot ``hash & mask`` on,
  along CPython's perturbed probe sequence.
* ``d.resize_counter`` is how many more slots may be used, times 3: it starts at twice the
  number of slots, each insertion takes 3, so the table is never more than 2/3 full; when it
  runs out the table is rebuilt, four times bigger, or as big but without the deleted entries
  when most of them are.

A dict whose ``indexes`` is null (a prebuilt one) builds them on first use: its first
``num_ever_used_items`` entries hold its keys and values, all live; their hashes are computed
then (a prebuilt key's identity hash is only known at run time).

``hash`` and ``eq`` arguments are how keys hash and compare: None for ints (a key is its own hash;
``==``), a function of the helpers (``rstr.ll_strhash``, ``ll_hash_identity``...) or of the program
(the ``key_eq`` and ``key_hash`` of an r_dict, given as a constant function pointer).  ``DICT``,
``LIST``, ``ITER`` and ``TUPLE`` arguments are the pointer type of what to make.

As in RPython, changing a dict while iterating over it is not detected (CPython raises
RuntimeError); the iteration then sees the entries as they are.
"""

from rpython.rtyper.lltypesystem.lltype import identityhash, is_gc_pointer, malloc, nullptr, typeOf
from rpython.rtyper.rlist import ll_items, ll_newlist
from rpython.rlib.rarithmetic import intmask, r_uint

FREE = 0
DELETED = 1
VALID_OFFSET = 2

DICT_INITSIZE = 16
PERTURB_SHIFT = 5


# ---- hashing and comparing keys ----

def ll_keyhash(hash, key):
    if hash is None:
        return key
    return hash(key)


def ll_keyeq(eq, key1, key2):
    if eq is None:
        return key1 == key2
    return eq(key1, key2)


def ll_hash_bool(b):
    if b:
        return 1
    return 0


def ll_hash_uint(x):
    return intmask(x)


def ll_hash_identity(p):
    """Instances are keys by identity (None hashes to 0)."""
    if not p:
        return 0
    return identityhash(p)


# ---- making dicts ----

def ll_newdict(DICT):
    d = malloc(DICT.TO)
    d.entries = malloc(DICT.TO.entries.TO, 0)
    _ll_dict_reindex(d, DICT_INITSIZE)
    return d


def ll_dict_copy(d):
    DICT = typeOf(d)
    res = malloc(DICT.TO)
    res.num_live_items = d.num_live_items
    res.num_ever_used_items = d.num_ever_used_items
    res.resize_counter = d.resize_counter
    entries = d.entries
    newentries = malloc(DICT.TO.entries.TO, len(entries))
    i = 0
    while i < d.num_ever_used_items:
        newentries[i].key = entries[i].key
        newentries[i].value = entries[i].value
        newentries[i].f_hash = entries[i].f_hash
        newentries[i].f_valid = entries[i].f_valid
        i += 1
    res.entries = newentries
    if d.indexes:
        indexes = d.indexes
        newindexes = malloc(DICT.TO.indexes.TO, len(indexes))
        i = 0
        while i < len(indexes):
            newindexes[i] = indexes[i]
            i += 1
        res.indexes = newindexes
    return res


def ll_dict_clear(d):
    d.entries = malloc(typeOf(d).TO.entries.TO, 0)
    d.num_live_items = 0
    d.num_ever_used_items = 0
    _ll_dict_reindex(d, DICT_INITSIZE)


# ---- the table ----

def _ll_dict_index_size(live):
    """The number of slots for ``live`` entries: at least DICT_INITSIZE, and more than four slots
    per entry (the next insertions have room, as CPython's quadrupling gives)."""
    size = DICT_INITSIZE
    while size <= (live + live + 1) * 2:
        size *= 2
    return size


def _ll_dict_reindex(d, size):
    """New slots, ``size`` of them, for the valid entries."""
    indexes = malloc(typeOf(d).TO.indexes.TO, size)
    d.indexes = indexes
    d.resize_counter = size * 2 - d.num_live_items * 3
    entries = d.entries
    i = 0
    while i < d.num_ever_used_items:
        if entries[i].f_valid:
            _ll_dict_store_clean(indexes, entries[i].f_hash, i)
        i += 1


def _ll_next_slot(i, perturb, mask):
    return intmask(r_uint(i) * r_uint(5) + perturb + r_uint(1)) & mask


def _ll_dict_store_clean(indexes, hash, index):
    """Puts entry ``index`` into the first free slot of its probe sequence (the slots have no
    deleted markers, and the key is not in them yet)."""
    mask = len(indexes) - 1
    i = hash & mask
    perturb = r_uint(hash)
    while indexes[i] != FREE:
        perturb >>= PERTURB_SHIFT
        i = _ll_next_slot(i, perturb, mask)
    indexes[i] = index + VALID_OFFSET


def _ll_dict_ensure_index(d, hash):
    """Builds the slots of a dict that has none (a prebuilt one): its entries are all live."""
    if d.indexes:
        return
    entries = d.entries
    i = 0
    while i < d.num_ever_used_items:
        entries[i].f_hash = ll_keyhash(hash, entries[i].key)
        entries[i].f_valid = True
        i += 1
    _ll_dict_reindex(d, _ll_dict_index_size(d.num_live_items))


def _ll_dict_lookup(d, key, hash, eq, store):
    """The index of the entry of ``key`` if there is one; otherwise, if ``store``, ``~slot`` for
    the slot where the key goes in (the first deleted one on its way, or the free one that ends
    it), else -1.  An ``eq`` of the program may change the dict: the lookup then starts again."""
    indexes = d.indexes
    entries = d.entries
    mask = len(indexes) - 1
    i = hash & mask
    perturb = r_uint(hash)
    freeslot = -1
    while True:
        index = indexes[i]
        if index == FREE:
            if not store:
                return -1
            if freeslot == -1:
                freeslot = i
            return ~freeslot
        if index == DELETED:
            if freeslot == -1:
                freeslot = i
        else:
            index -= VALID_OFFSET
            if entries[index].f_hash == hash:
                found = ll_keyeq(eq, entries[index].key, key)
                if d.indexes != indexes or d.entries != entries:
                    return _ll_dict_lookup(d, key, hash, eq, store)
                if found:
                    return index
        perturb >>= PERTURB_SHIFT
        i = _ll_next_slot(i, perturb, mask)


def _ll_dict_slot_of(d, hash, index):
    """The slot that holds entry ``index``."""
    indexes = d.indexes
    mask = len(indexes) - 1
    i = hash & mask
    perturb = r_uint(hash)
    while indexes[i] != index + VALID_OFFSET:
        perturb >>= PERTURB_SHIFT
        i = _ll_next_slot(i, perturb, mask)
    return i


def _ll_dict_find(d, key, hash, eq):
    """The index of the entry of ``key``, or -1."""
    _ll_dict_ensure_index(d, hash)
    return _ll_dict_lookup(d, key, ll_keyhash(hash, key), eq, False)


def _ll_overallocate(length):
    """The length of the entries array to make room for ``length`` entries and more (as rlist)."""
    return length + (length >> 3) + (3 if length < 9 else 6)


def _ll_clear_entry(entries, i):
    """Marks entry ``i`` deleted, forgetting its key and value so that the GC does not keep them."""
    ENTRY = typeOf(entries).TO.OF
    if is_gc_pointer(ENTRY.key):
        entries[i].key = nullptr(ENTRY.key.TO)
    if is_gc_pointer(ENTRY.value):
        entries[i].value = nullptr(ENTRY.value.TO)
    entries[i].f_valid = False


def _ll_dict_remove_deleted_items(d):
    """Compacts the entries (in a smaller array if three quarters of it are dead) and rebuilds the
    slots, as many as before."""
    entries = d.entries
    if d.num_live_items < len(entries) // 4:
        newentries = malloc(typeOf(d).TO.entries.TO, _ll_overallocate(d.num_live_items))
    else:
        newentries = entries
    used = d.num_ever_used_items
    isrc = 0
    idst = 0
    while isrc < used:
        if entries[isrc].f_valid:
            if isrc != idst or newentries != entries:
                newentries[idst].key = entries[isrc].key
                newentries[idst].value = entries[isrc].value
                newentries[idst].f_hash = entries[isrc].f_hash
                newentries[idst].f_valid = True
            idst += 1
        isrc += 1
    if newentries == entries:
        i = idst
        while i < used:
            _ll_clear_entry(entries, i)
            i += 1
    d.entries = newentries
    d.num_ever_used_items = idst
    _ll_dict_reindex(d, len(d.indexes))


def _ll_dict_resize(d):
    """The slots are used up: four times as many, or as many without the deleted ones."""
    size = _ll_dict_index_size(d.num_live_items)
    if size < len(d.indexes):
        _ll_dict_remove_deleted_items(d)
    else:
        _ll_dict_reindex(d, size)


def _ll_dict_grow(d):
    """The entries are all used: compacts them if half of them are dead (true: the slots were
    rebuilt), else copies them into a bigger array (false)."""
    if d.num_live_items < d.num_ever_used_items // 2:
        _ll_dict_remove_deleted_items(d)
        return True
    entries = d.entries
    newentries = malloc(typeOf(d).TO.entries.TO, _ll_overallocate(len(entries)))
    i = 0
    while i < d.num_ever_used_items:
        newentries[i].key = entries[i].key
        newentries[i].value = entries[i].value
        newentries[i].f_hash = entries[i].f_hash
        newentries[i].f_valid = entries[i].f_valid
        i += 1
    d.entries = newentries
    return False


def _ll_dict_insert(d, key, value, hash, slot):
    """Appends a new entry; ``slot`` is where its lookup ended (unless the table is rebuilt)."""
    reindexed = False
    if d.num_ever_used_items == len(d.entries):
        reindexed = _ll_dict_grow(d)
    rc = d.resize_counter - 3
    if rc <= 0:
        _ll_dict_resize(d)
        reindexed = True
        rc = d.resize_counter - 3
    index = d.num_ever_used_items
    if reindexed:
        _ll_dict_store_clean(d.indexes, hash, index)
    else:
        d.indexes[slot] = index + VALID_OFFSET
    d.resize_counter = rc
    entries = d.entries
    entries[index].key = key
    entries[index].value = value
    entries[index].f_hash = hash
    entries[index].f_valid = True
    d.num_ever_used_items = index + 1
    d.num_live_items += 1


def _ll_dict_del(d, index):
    """Deletes entry ``index`` (the slots exist)."""
    entries = d.entries
    d.indexes[_ll_dict_slot_of(d, entries[index].f_hash, index)] = DELETED
    _ll_clear_entry(entries, index)
    d.num_live_items -= 1
    if d.num_live_items == 0:
        d.num_ever_used_items = 0
    elif index == d.num_ever_used_items - 1:
        # The last entry: it and the deleted ones just before it can be used again.
        i = index - 1
        while not entries[i].f_valid:
            i -= 1
        d.num_ever_used_items = i + 1
    # Mostly dead entries: shrink.
    if d.num_live_items + DICT_INITSIZE <= len(entries) // 8:
        _ll_dict_resize(d)


# ---- the operations ----

def ll_dict_len(d):
    return d.num_live_items


def ll_dict_is_true(d):
    return bool(d) and d.num_live_items != 0


def ll_dict_getitem(d, key, hash, eq):
    index = _ll_dict_find(d, key, hash, eq)
    if index < 0:
        raise KeyError
    return d.entries[index].value


def ll_dict_setitem(d, key, value, hash, eq):
    _ll_dict_ensure_index(d, hash)
    h = ll_keyhash(hash, key)
    index = _ll_dict_lookup(d, key, h, eq, True)
    if index >= 0:
        d.entries[index].value = value
    else:
        _ll_dict_insert(d, key, value, h, ~index)


def ll_dict_delitem(d, key, hash, eq):
    index = _ll_dict_find(d, key, hash, eq)
    if index < 0:
        raise KeyError
    _ll_dict_del(d, index)


def ll_dict_contains(d, key, hash, eq):
    return _ll_dict_find(d, key, hash, eq) >= 0


def ll_dict_get(d, key, default, hash, eq):
    index = _ll_dict_find(d, key, hash, eq)
    if index < 0:
        return default
    return d.entries[index].value


def ll_dict_setdefault(d, key, default, hash, eq):
    _ll_dict_ensure_index(d, hash)
    h = ll_keyhash(hash, key)
    index = _ll_dict_lookup(d, key, h, eq, True)
    if index >= 0:
        return d.entries[index].value
    _ll_dict_insert(d, key, default, h, ~index)
    return default


def ll_dict_pop(d, key, hash, eq):
    index = _ll_dict_find(d, key, hash, eq)
    if index < 0:
        raise KeyError
    value = d.entries[index].value
    _ll_dict_del(d, index)
    return value


def ll_dict_pop_default(d, key, default, hash, eq):
    index = _ll_dict_find(d, key, hash, eq)
    if index < 0:
        return default
    value = d.entries[index].value
    _ll_dict_del(d, index)
    return value


def ll_dict_popitem(TUPLE, d, hash):
    """The last entry, as a (key, value) tuple, removed (KeyError if the dict is empty)."""
    if d.num_live_items == 0:
        raise KeyError
    _ll_dict_ensure_index(d, hash)
    index = d.num_ever_used_items - 1
    entries = d.entries
    res = malloc(TUPLE.TO)
    res.item0 = entries[index].key
    res.item1 = entries[index].value
    _ll_dict_del(d, index)
    return res


def ll_dict_update(d, other, hash, eq):
    if d == other:
        return
    entries = other.entries
    i = 0
    while i < other.num_ever_used_items:
        if entries[i].f_valid or not other.indexes:
            ll_dict_setitem(d, entries[i].key, entries[i].value, hash, eq)
        i += 1


# ---- lists of keys, values, items ----

def ll_dict_keys(LIST, d):
    res = ll_newlist(LIST, d.num_live_items)
    items = ll_items(res)
    entries = d.entries
    i = 0
    j = 0
    while i < d.num_ever_used_items:
        if entries[i].f_valid or not d.indexes:
            items[j] = entries[i].key
            j += 1
        i += 1
    return res


def ll_dict_values(LIST, d):
    res = ll_newlist(LIST, d.num_live_items)
    items = ll_items(res)
    entries = d.entries
    i = 0
    j = 0
    while i < d.num_ever_used_items:
        if entries[i].f_valid or not d.indexes:
            items[j] = entries[i].value
            j += 1
        i += 1
    return res


def ll_dict_items(LIST, d):
    res = ll_newlist(LIST, d.num_live_items)
    items = ll_items(res)
    TUPLE = typeOf(items).TO.OF
    entries = d.entries
    i = 0
    j = 0
    while i < d.num_ever_used_items:
        if entries[i].f_valid or not d.indexes:
            t = malloc(TUPLE.TO)
            t.item0 = entries[i].key
            t.item1 = entries[i].value
            items[j] = t
            j += 1
        i += 1
    return res


# ---- iterators ----

def ll_dictiter(ITER, d):
    it = malloc(ITER.TO)
    it.dict = d
    it.index = 0
    return it


def ll_dictnext(it):
    """The next key (StopIteration at the end, as ll_listnext)."""
    d = it.dict
    entries = d.entries
    index = it.index
    while index < d.num_ever_used_items:
        if entries[index].f_valid or not d.indexes:
            it.index = index + 1
            return entries[index].key
        index += 1
    it.index = index
    raise StopIteration
