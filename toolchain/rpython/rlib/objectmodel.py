"""Object-model helpers: specialisation and inlining markers, hashing and identity,
custom-key dicts, mixins, type enforcement and hints about lists and dicts.

This module runs untranslated on CPython, where every function does the plain Python
thing (``we_are_translated()`` is False, hints do nothing, ``r_dict`` is a dict keyed
through the given eq/hash functions).  The translator reads the attributes the decorators
set (``_annspecialcase_``, ``_always_inline_``, ``_annenforceargs_``, ...) and replaces
the functions with their translated meaning (``we_are_translated()`` becomes the constant
True, ``compute_identity_hash`` the GC's identity hash, ...).
"""

import functools
import inspect
import math
import sys
import types

from rpython.rlib.rarithmetic import LONG_BIT, base_int, intmask


# ---------------------------------------------------------------- specialisation

class _Specialize(object):
    """Decorator factories that set ``func._annspecialcase_`` as RPython spells it.

    ``@specialize.arg(0)`` sets ``'specialize:arg(0)'``: the annotator makes one copy of
    the function per constant value of argument 0.
    """

    def memo(self):
        """One result per combination of constant (or frozen) argument values."""
        return _set_specialcase('specialize:memo')

    def arg(self, *positions):
        """One copy per combination of constant values of the arguments at ``positions``."""
        return _set_specialcase('specialize:arg' + _positions(positions))

    def arg_or_var(self, *positions):
        """Like ``arg``, plus one copy for when those arguments are not constants."""
        return _set_specialcase('specialize:arg_or_var' + _positions(positions))

    def argtype(self, *positions):
        """One copy per combination of the types of the arguments at ``positions``."""
        return _set_specialcase('specialize:argtype' + _positions(positions))

    def ll(self):
        """One copy per combination of the low-level types of all arguments."""
        return _set_specialcase('specialize:ll')

    def ll_and_arg(self, *positions):
        """``ll()`` and ``arg(*positions)`` together."""
        return _set_specialcase('specialize:ll_and_arg' + _positions(positions))

    def call_location(self):
        """One copy per call site."""
        return _set_specialcase('specialize:call_location')


def _positions(positions):
    for p in positions:
        if not isinstance(p, int) or isinstance(p, bool) or p < 0:
            raise TypeError("specialize: argument positions must be ints >= 0, got %r"
                            % (p,))
    return '(' + ','.join([str(p) for p in positions]) + ')'


def _set_specialcase(tag):
    def decorator(func):
        func._annspecialcase_ = tag
        return func
    return decorator


specialize = _Specialize()
"""``@specialize.memo()``, ``.arg(*n)``, ``.arg_or_var(*n)``, ``.argtype(*n)``, ``.ll()``,
``.ll_and_arg(*n)``, ``.call_location()``: see _Specialize."""


# ---------------------------------------------------------------- function markers

def always_inline(func):
    """Always inline this function into its callers (translator inlining, not the JIT's)."""
    func._always_inline_ = True
    return func


def try_inline(func):
    """Inline this function where the translator can; no error where it cannot."""
    func._always_inline_ = 'try'
    return func


def dont_inline(func):
    """Never inline this function."""
    func._dont_inline_ = True
    return func


def not_rpython(func):
    """Mark a function as plain Python: translation fails if RPython code reaches it."""
    func._not_rpython_ = True
    return func


def sandbox_review(reviewed=False, check_caller=False, abort=False):
    """Record how a function was reviewed for sandboxed builds (exactly one flag True)."""
    if [reviewed, check_caller, abort].count(True) != 1:
        raise TypeError("sandbox_review(): give exactly one of reviewed, check_caller, "
                        "abort")
    verdict = 'reviewed' if reviewed else 'check_caller' if check_caller else 'abort'

    def decorator(func):
        func._sandbox_review_ = verdict
        return func
    return decorator


def enforceargs(*types_, **kwds):
    """Declare argument types: ``@enforceargs(int, str, None)`` or ``@enforceargs(x=int)``.

    Each type is ``None`` (anything), a class, ``[T]`` (a list of T), ``{K: V}`` (a dict)
    or a tuple of types (a tuple of that shape); ``str`` also accepts None, as a
    translated string can be NULL.  The annotator takes the types as the arguments'
    annotations.  Untranslated, the arguments are checked at every call (TypeError on a
    mismatch) unless ``typecheck=False`` is given.
    """
    typecheck = kwds.pop('typecheck', True)
    if types_ and kwds:
        raise TypeError("enforceargs(): give types by position or by name, not both")

    def decorator(func):
        argnames = _positional_names(func)
        if kwds:
            unknown = sorted(set(kwds) - set(argnames))
            if unknown:
                raise TypeError("enforceargs(): %s() has no argument %s"
                                % (func.__name__, ', '.join(unknown)))
            types = tuple([kwds.get(name) for name in argnames])
        else:
            types = types_
            if len(types) != len(argnames):
                raise TypeError("enforceargs(): %s() takes %d arguments but %d types "
                                "were given" % (func.__name__, len(argnames), len(types)))
        func._annenforceargs_ = types
        if not typecheck:
            return func
        signature = inspect.signature(func)

        @functools.wraps(func)
        def checked(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            for name, expected in zip(argnames, types):
                if name in bound.arguments and expected is not None:
                    value = bound.arguments[name]
                    if not _matches(value, expected):
                        raise TypeError("%s() argument %r must be %s, not %s"
                                        % (func.__name__, name, _describe(expected),
                                           type(value).__name__))
            return func(*args, **kwargs)
        checked._annenforceargs_ = types
        return checked
    return decorator


def _positional_names(func):
    names = []
    for p in inspect.signature(func).parameters.values():
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            names.append(p.name)
    return names


def _matches(value, expected):
    """Does ``value`` fit the enforceargs type description ``expected``?"""
    if expected is None:
        return True
    if isinstance(expected, list):
        # Lists are homogeneous: checking the first item is enough.
        return isinstance(value, list) and (not value or _matches(value[0], expected[0]))
    if isinstance(expected, dict):
        if not isinstance(value, dict):
            return False
        if not value:
            return True
        (kt, vt), = expected.items()
        k, v = next(iter(value.items()))
        return _matches(k, kt) and _matches(v, vt)
    if isinstance(expected, tuple):
        return (isinstance(value, tuple) and len(value) == len(expected)
                and all(_matches(v, t) for v, t in zip(value, expected)))
    if expected is str:
        return value is None or isinstance(value, str)
    if expected is int:
        # A signed word: int and bool, but not r_uint or the narrower machine types.
        if isinstance(value, base_int):
            return value.SIGNED and value.BITS == LONG_BIT
        return isinstance(value, int)
    return isinstance(value, expected)


def _describe(expected):
    if isinstance(expected, type):
        return expected.__name__
    return repr(expected)


# ---------------------------------------------------------------- translation state

def we_are_translated():
    """False on CPython; the translator replaces calls with the constant True."""
    return False


def fetch_translated_config():
    """The translation config object once translated; None on CPython."""
    return None


def is_annotation_constant(thing):
    """Whether the annotator can prove ``thing`` constant (advanced use).

    True on CPython, as in RPython: untranslated, every value is known.  Code must
    behave the same whichever answer it gets.
    """
    return True


def keepalive_until_here(*values):
    """Keep ``values`` alive (not collected) at least until this point."""


def likely(condition):
    """Return ``condition`` (a bool), hinting that it is usually True."""
    if not isinstance(condition, bool):
        raise TypeError("likely() needs a bool, got %s" % (type(condition).__name__,))
    return condition


def unlikely(condition):
    """Return ``condition`` (a bool), hinting that it is usually False."""
    if not isinstance(condition, bool):
        raise TypeError("unlikely() needs a bool, got %s" % (type(condition).__name__,))
    return condition


# ---------------------------------------------------------------- symbolics

class Symbolic(object):
    """A value only known once translated (a C constant, a layout size...).

    It cannot be compared, hashed or tested for truth before translation.
    """

    def __eq__(self, other):
        if self is other:
            return True
        raise TypeError("symbolics cannot be compared: %r, %r" % (self, other))

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        raise TypeError("symbolics are not hashable: %r" % (self,))

    def __bool__(self):
        raise TypeError("symbolics have no truth value: %r" % (self,))


class CDefinedIntSymbolic(Symbolic):
    """An integer given by a target-language expression ``expr``.

    ``default`` is the value the translator may assume when it needs one (and what
    ``int(x)`` returns untranslated).
    """

    def __init__(self, expr, default=0):
        self.expr = expr
        self.default = default

    def __int__(self):
        return self.default

    def __repr__(self):
        return 'CDefinedIntSymbolic(%r)' % (self.expr,)


class ComputedIntSymbolic(Symbolic):
    """An integer the translator computes by calling ``compute_fn()`` late."""

    def __init__(self, compute_fn):
        self.compute_fn = compute_fn

    def __repr__(self):
        return 'ComputedIntSymbolic(%s)' % (getattr(self.compute_fn, '__name__', '?'),)


# ---------------------------------------------------------------- objects

def instantiate(cls, nonmovable=False):
    """Create an instance of ``cls`` without calling ``__init__``.

    ``nonmovable=True`` asks a moving GC to allocate it where it never moves.
    """
    return cls.__new__(cls)


class _FreedObject(object):
    """The class of an object after free_non_gc_object(): every access is an error."""

    def __getattribute__(self, name):
        raise RuntimeError("access to an object freed by free_non_gc_object()")

    def __setattr__(self, name, value):
        raise RuntimeError("access to an object freed by free_non_gc_object()")


def free_non_gc_object(obj):
    """Free an instance of a class with ``_alloc_flavor_ = 'raw'``; it is unusable after."""
    flavor = getattr(type(obj), '_alloc_flavor_', 'gc')
    if flavor.startswith('gc'):
        raise TypeError("free_non_gc_object(): %s is a GC object (its class has no "
                        "_alloc_flavor_ = 'raw')" % (type(obj).__name__,))
    obj.__dict__.clear()
    obj.__class__ = _FreedObject


# ---------------------------------------------------------------- lists

def newlist_hint(sizehint=0):
    """A new empty list, with room preallocated for ``sizehint`` items once translated."""
    return []


def resizelist_hint(l, sizehint):
    """Make room in ``l`` for ``sizehint`` items (translated only; the list is unchanged)."""


# ---------------------------------------------------------------- hashing and identity

def compute_hash(x):
    """RPython's ``hash(x)`` for an immutable value; the same before and after translation.

    Strings and bytes use the algorithm of _hash_string, floats _hash_float, tuples
    combine their items' hashes, ints are their own hash (as a signed word), None is 0,
    and any other object has its identity hash (``__hash__`` methods are ignored, as
    in RPython).
    """
    if isinstance(x, (str, bytes)):
        return _hash_string(x)
    if isinstance(x, int):
        return intmask(x)
    if isinstance(x, float):
        return _hash_float(x)
    if isinstance(x, tuple):
        return _hash_tuple(x)
    if x is None:
        return 0
    return compute_identity_hash(x)


def _hash_string(s):
    """The hash of a str (by code point) or bytes: Python 2's string hash, on 64 bits."""
    length = len(s)
    if length == 0:
        return -1
    codes = s if isinstance(s, bytes) else [ord(c) for c in s]
    x = codes[0] << 7
    for c in codes:
        x = intmask((1000003 * x) ^ c)
    return intmask(x ^ length)


_TWO_31 = float(2 ** 31)


def _hash_float(f):
    """The hash of a float: Python 2's algorithm without its special case for integers."""
    if math.isinf(f):
        return -271828 if f < 0.0 else 314159
    if math.isnan(f):
        return 0
    v, expo = math.frexp(f)
    v *= _TWO_31
    hipart = int(v)
    v = (v - float(hipart)) * _TWO_31
    return intmask(hipart + int(v) + (expo << 15))


def _hash_tuple(t):
    """The hash of a tuple: combine the items' compute_hash() values."""
    x = 0x345678
    for item in t:
        x = intmask((1000003 * x) ^ compute_hash(item))
    return x


def compute_identity_hash(x):
    """RPython's ``object.__hash__(x)``: a hash of the object's identity, stable for its life.

    ``x`` must be an object (not None); translated, the GC provides it.
    """
    if x is None:
        raise TypeError("compute_identity_hash(None)")
    return intmask(object.__hash__(x))


def compute_unique_id(x):
    """RPython's ``id(x)``: unique among live objects (may be costly with a moving GC)."""
    return intmask(id(x))


def current_object_addr_as_int(x):
    """A cheap ``id(x)``: the object's current address, which a moving GC may change."""
    return intmask(id(x))


# ---------------------------------------------------------------- r_dict

class r_dict(object):
    """A dict whose keys are compared with ``key_eq(a, b)`` and hashed with ``key_hash(k)``.

    RPython's dicts ignore ``__eq__``/``__hash__`` methods; an r_dict is how a program
    gets custom key equality.  It supports the dict interface RPython supports;
    ``keys()``, ``values()`` and ``items()`` return lists.
    """

    def __init__(self, key_eq, key_hash, force_non_null=False, simple_hash_eq=False):
        """``force_non_null`` and ``simple_hash_eq`` are layout hints for the translator."""
        self.key_eq = key_eq
        self.key_hash = key_hash
        self.force_non_null = force_non_null
        self.simple_hash_eq = simple_hash_eq
        self._dict = {}

    def _key(self, key):
        return _r_dictkey(self, key)

    def __getitem__(self, key):
        return self._dict[self._key(key)]

    def __setitem__(self, key, value):
        self._dict[self._key(key)] = value

    def __delitem__(self, key):
        del self._dict[self._key(key)]

    def __contains__(self, key):
        return self._key(key) in self._dict

    def __len__(self):
        return len(self._dict)

    def __iter__(self):
        # Not a copy: changing the size while iterating is an error, as for a dict.
        for wrapped in self._dict:
            yield wrapped.key

    def get(self, key, default=None):
        """``self[key]`` if present, else ``default``."""
        return self._dict.get(self._key(key), default)

    def setdefault(self, key, default=None):
        """``self[key]``, first storing ``default`` there if the key is missing."""
        return self._dict.setdefault(self._key(key), default)

    def pop(self, key, *default):
        """Remove ``key`` and return its value (or ``default``; KeyError without one)."""
        return self._dict.pop(self._key(key), *default)

    def popitem(self):
        """Remove and return the last inserted ``(key, value)`` pair."""
        wrapped, value = self._dict.popitem()
        return wrapped.key, value

    def clear(self):
        """Remove every item."""
        self._dict.clear()

    def update(self, other):
        """Store every item of ``other`` (a dict or r_dict)."""
        for key, value in other.items():
            self[key] = value

    def copy(self):
        """A new dict of the same class and functions, with the same items."""
        result = self.__class__(self.key_eq, self.key_hash, self.force_non_null,
                                self.simple_hash_eq)
        result.update(self)
        return result

    def keys(self):
        """The keys, in insertion order, as a list."""
        return [wrapped.key for wrapped in self._dict]

    def values(self):
        """The values, in insertion order, as a list."""
        return list(self._dict.values())

    def items(self):
        """The ``(key, value)`` pairs, in insertion order, as a list."""
        return [(wrapped.key, value) for wrapped, value in self._dict.items()]

    def iterkeys(self):
        """Iterate over the keys (RPython's old spelling)."""
        return iter(self)

    def itervalues(self):
        """Iterate over the values (RPython's old spelling)."""
        return iter(self.values())

    def iteritems(self):
        """Iterate over the ``(key, value)`` pairs (RPython's old spelling)."""
        return iter(self.items())

    def __repr__(self):
        return '%s({%s})' % (type(self).__name__, ', '.join(
            ['%r: %r' % (key, value) for key, value in self.items()]))

    __hash__ = None     # mutable, like dict


class r_ordereddict(r_dict):
    """An r_dict that keeps insertion order (every dict does here; the name is RPython's)."""


class _r_dictkey(object):
    """Wraps an r_dict key so Python's dict uses the r_dict's eq and hash functions."""

    __slots__ = ('dic', 'key', 'hash')

    def __init__(self, dic, key):
        self.dic = dic
        self.key = key
        self.hash = dic.key_hash(key)   # computed once per wrapper

    def __eq__(self, other):
        return self.dic.key_eq(self.key, other.key)

    def __ne__(self, other):
        return not self.dic.key_eq(self.key, other.key)

    def __hash__(self):
        return self.hash

    def __repr__(self):
        return repr(self.key)


# ---------------------------------------------------------------- dict helpers

def _expected_hash(d, key):
    if isinstance(d, r_dict):
        return intmask(d.key_hash(key))
    return compute_hash(key)


def _check_hash(d, key, h):
    expected = _expected_hash(d, key)
    if h != expected:
        raise ValueError("wrong hash for key %r: got %d, expected %d" % (key, h, expected))


def iterkeys_with_hash(d):
    """Iterate over ``(key, hash)`` pairs of a dict or r_dict, without rehashing."""
    for key in d:
        yield key, _expected_hash(d, key)


def iteritems_with_hash(d):
    """Iterate over ``(key, value, hash)`` triples of a dict or r_dict."""
    for key, value in d.items():
        yield key, value, _expected_hash(d, key)


def contains_with_hash(d, key, h):
    """``key in d``, given the key's hash ``h`` (from a ..._with_hash function)."""
    _check_hash(d, key, h)
    return key in d


def setitem_with_hash(d, key, h, value):
    """``d[key] = value``, given the key's hash ``h``."""
    _check_hash(d, key, h)
    d[key] = value


def getitem_with_hash(d, key, h):
    """``d[key]``, given the key's hash ``h``."""
    _check_hash(d, key, h)
    return d[key]


def delitem_with_hash(d, key, h):
    """``del d[key]``, given the key's hash ``h``."""
    _check_hash(d, key, h)
    del d[key]


def move_to_end(d, key, last=True):
    """Move ``key`` of a dict or r_dict to the end (or the start if ``last`` is False).

    KeyError if it is missing.  The stored key object moves, not the one given.
    """
    if isinstance(d, r_dict):
        _move_to_end(d._dict, d._key(key), last)
    else:
        _move_to_end(d, key, last)


def _move_to_end(d, key, last):
    items = list(d.items())
    for i, (k, v) in enumerate(items):
        if k is key or k == key:
            break
    else:
        raise KeyError(key.key if isinstance(key, _r_dictkey) else key)
    del items[i]
    if last:
        items.append((k, v))
    else:
        items.insert(0, (k, v))
    d.clear()
    d.update(items)


def reversed_dict(d):
    """Iterate over the keys of a dict or r_dict from the last inserted to the first."""
    return reversed(list(d))


def prepare_dict_update(d, n_elements):
    """Hint that ``d`` will soon grow by ``n_elements`` (translated only)."""


def mark_dict_non_null(d):
    """Promise that ``d`` never has None (or 0) keys or values, for a denser layout."""
    if not isinstance(d, (dict, r_dict)):
        raise TypeError("mark_dict_non_null() needs a dict, got %s" % (type(d).__name__,))


# ---------------------------------------------------------------- mixins

def import_from_mixin(M, special_methods=['__init__', '__del__']):
    """Copy the methods and class attributes of class ``M`` (and its bases) into the
    class being defined.  Call it in a class body: ``import_from_mixin(M)``.

    Functions are copied, not shared, so each class gets its own version to annotate.
    Dunder names are skipped, except those in ``special_methods``; ``_immutable_fields_``
    lists are merged.  A name already defined in the class body is an error.  Mixin
    methods must not use zero-argument ``super()``: the copies would still refer to M.
    """
    namespace = sys._getframe(1).f_locals
    if '__qualname__' not in namespace:
        raise TypeError("import_from_mixin() must be called in a class body")
    copied = {}
    immutable_fields = []
    for base in M.__mro__:
        if base is object:
            continue
        for name, value in base.__dict__.items():
            if name == '_immutable_fields_':
                immutable_fields.extend(value)
                continue
            if name == '_mixin_':
                raise TypeError("import_from_mixin(%s): the class must not have "
                                "_mixin_ = True" % (M.__name__,))
            is_dunder = name.startswith('__') and name.endswith('__')
            if (is_dunder and name not in special_methods) or name in copied:
                continue    # a subclass's definition wins over its base's
            copied[name] = _copy_member(value, namespace)
    for name, value in copied.items():
        if name in namespace:
            raise TypeError("import_from_mixin(%s): would overwrite %r, already defined "
                            "in the class body" % (M.__name__, name))
        namespace[name] = value
    if immutable_fields:
        namespace['_immutable_fields_'] = (list(namespace.get('_immutable_fields_', []))
                                           + immutable_fields)


def _copy_member(value, namespace):
    if isinstance(value, types.FunctionType):
        return _copy_function(value, namespace)
    if isinstance(value, staticmethod):
        return staticmethod(_copy_function(value.__func__, namespace))
    if isinstance(value, classmethod):
        raise TypeError("import_from_mixin(): classmethods are not supported")
    return value


def _copy_function(func, namespace):
    """A new function object with the same code, so it is annotated separately."""
    copy = types.FunctionType(func.__code__, func.__globals__, func.__name__,
                              func.__defaults__, func.__closure__)
    copy.__kwdefaults__ = func.__kwdefaults__
    copy.__dict__.update(func.__dict__)
    copy.__doc__ = func.__doc__
    copy.__module__ = func.__module__
    copy.__qualname__ = '%s.%s' % (namespace['__qualname__'], func.__name__)
    return copy
