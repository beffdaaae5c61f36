"""JIT hints: the JitDriver that marks an interpreter's dispatch loop, and the decorators
and functions that tell the meta-tracing JIT what it may assume.

This module runs untranslated on CPython, where every hint is a no-op that returns its
argument (or the decorated function, with attributes set) and ``we_are_jitted()`` is
False.  What it does check untranslated is what is cheap to check and easy to get wrong:
the keyword arguments of ``jit_merge_point``/``can_enter_jit``, contradictory decorators,
parameter names.  The translator reads the driver declarations and the attributes set
here (``_elidable_function_``, ``_jit_look_inside_``, ``_jit_unroll_safe_``,
``_jit_loop_invariant_``, ``oopspec``, ...) and, with ``--jit``, turns them into the
generated JIT's behaviour: a portal at the merge point, guards for ``promote``, folded
calls for ``@elidable``, and so on.
"""

import functools
import inspect

from rpython.rlib.objectmodel import keepalive_until_here, not_rpython, specialize
from rpython.rlib.rarithmetic import maxint
from rpython.rlib.unroll import unrolling_iterable

__all__ = [
    'JitDriver', 'JitHintError', 'TraceLimitTooHigh', 'InvalidVirtualRef',
    'AssertGreenFailed', 'elidable', 'elidable_promote', 'promote', 'promote_string',
    'promote_unicode', 'hint', 'unroll_safe', 'dont_look_inside', 'look_inside',
    'look_inside_iff', 'loop_invariant', 'oopspec', 'not_in_trace', 'we_are_jitted',
    'isconstant', 'isvirtual', 'loop_unrolling_heuristic', 'virtual_ref',
    'virtual_ref_finish', 'non_virtual_ref', 'vref_None', 'set_param',
    'set_param_to_default', 'set_user_param', 'PARAMETERS', 'PARAMETER_DOCS',
    'ENABLE_ALL_OPTS', 'unroll_parameters', 'record_exact_class', 'record_exact_value',
    'record_known_result', 'conditional_call', 'conditional_call_elidable',
    'enter_portal_frame', 'leave_portal_frame', 'not_rpython', 'jit_debug',
    'assert_green', 'current_trace_length', 'jit_callback',
]


class JitHintError(Exception):
    """The JIT hints are inconsistent (a wrong merge point, a misused hint...)."""


class TraceLimitTooHigh(Exception):
    """``set_user_param`` was asked for a trace_limit above MAX_USER_TRACE_LIMIT."""


class InvalidVirtualRef(Exception):
    """A virtual ref was called after ``virtual_ref_finish`` without being forced first."""


class AssertGreenFailed(Exception):
    """``assert_green(x)`` found that ``x`` is not a JIT compile-time constant (when jitted)."""


# ---------------------------------------------------------------- function decorators

def elidable(func):
    """The function's result depends only on its arguments (same numbers, same objects),
    and its side effects, if any, are idempotent (a cache is fine).

    With constant arguments the JIT calls it while tracing and keeps only the result;
    otherwise it records a call it may remove or share.  It never traces inside.
    """
    if getattr(func, '_jit_unroll_safe_', False):
        raise TypeError("%s cannot be both @elidable and @unroll_safe" % (_name(func),))
    func._elidable_function_ = True
    return func


def dont_look_inside(func):
    """The JIT never traces into this function: calls to it stay calls."""
    if getattr(func, '_jit_unroll_safe_', False):
        raise TypeError("%s cannot be both @dont_look_inside and @unroll_safe"
                        % (_name(func),))
    func._jit_look_inside_ = False
    return func


def look_inside(func):
    """The JIT traces into this function (the default; deprecated in RPython)."""
    func._jit_look_inside_ = True
    return func


def unroll_safe(func):
    """The JIT may trace into this function although it has loops: unrolling them is
    safe (the loop counts are small or constant in a trace)."""
    if getattr(func, '_elidable_function_', False):
        raise TypeError("%s cannot be both @elidable and @unroll_safe" % (_name(func),))
    if not getattr(func, '_jit_look_inside_', True):
        raise TypeError("%s cannot be both @unroll_safe and @dont_look_inside"
                        % (_name(func),))
    func._jit_unroll_safe_ = True
    return func


def loop_invariant(func):
    """The function (normally without arguments) returns the same object for the whole
    of a loop: the JIT calls it once per loop.  Implies @dont_look_inside."""
    dont_look_inside(func)
    func._jit_loop_invariant_ = True
    return func


def elidable_promote(promote_args='all'):
    """@elidable, and promote the arguments first so the call can be folded.

    ``promote_args`` is ``'all'`` or the positions to promote, as a string: ``'0,2'``.
    The function is returned itself, marked elidable, with ``_jit_promote_args_`` set;
    the translator promotes those arguments at each call.  Usable as
    ``@elidable_promote()``, ``@elidable_promote('0')`` or bare ``@elidable_promote``.
    """
    if callable(promote_args):
        return elidable_promote('all')(promote_args)

    def decorator(func):
        nargs = len(_plain_args(func, 'elidable_promote'))
        if promote_args != 'all':
            positions = [int(p) for p in promote_args.split(',')]
            for p in positions:
                if not 0 <= p < nargs:
                    raise TypeError("elidable_promote(%r): %s() has no argument %d"
                                    % (promote_args, _name(func), p))
        elidable(func)
        func._jit_promote_args_ = promote_args
        return func
    return decorator


def look_inside_iff(predicate):
    """Trace into the function only when ``predicate(*args)`` is true while tracing
    (typically a test using isconstant/isvirtual); otherwise call it.

    The function and the predicate must take the same arguments.  Untranslated the
    function is always called, which is what ``we_are_jitted()`` being False means.
    """
    def decorator(func):
        args = _plain_args(func, 'look_inside_iff')
        predicate_args = _plain_args(predicate, 'look_inside_iff')
        if len(args) != len(predicate_args):
            raise TypeError("look_inside_iff: %s() and its predicate %s() need the same "
                            "number of arguments" % (_name(func), _name(predicate)))
        unroll_safe(func)
        # One copy per call site, so the predicate sees each site's constants.
        func._annspecialcase_ = 'specialize:call_location'
        predicate._annspecialcase_ = 'specialize:call_location'
        func._jit_look_inside_iff_ = predicate
        return func
    return decorator


def oopspec(spec):
    """The JIT replaces calls to the function with the built-in operation ``spec``
    (for example ``'jit.isconstant(value)'``) instead of tracing it."""
    def decorator(func):
        func.oopspec = spec
        return func
    return decorator


def not_in_trace(func):
    """Calls to this function (which returns nothing) are left out of compiled traces;
    the interpreter, the tracer and the blackhole interpreter still make them."""
    func.oopspec = 'jit.not_in_trace()'
    return func


def _name(func):
    return getattr(func, '__name__', repr(func))


def _plain_args(func, who):
    """The argument names of ``func``, which must have no defaults, *args or **kwargs."""
    names = []
    for p in inspect.signature(func).parameters.values():
        if p.kind not in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) or \
                p.default is not p.empty:
            raise TypeError("%s: %s() must take plain positional arguments only"
                            % (who, _name(func)))
        names.append(p.name)
    return names


# ---------------------------------------------------------------- value hints

def hint(x, **kwds):
    """Return ``x``; the keywords tell the JIT something about it.

    ``promote=True`` (see promote), ``promote_string=True``, ``promote_unicode=True``,
    ``access_directly=True`` (use a virtualizable as a plain object),
    ``fresh_virtualizable=True`` (just allocated; needs access_directly),
    ``force_virtualizable=True`` (force it now).  Other keywords are ignored, as in RPython.
    """
    if kwds.get('fresh_virtualizable') and not kwds.get('access_directly'):
        raise JitHintError("hint(fresh_virtualizable=True) needs access_directly=True too")
    return x


@specialize.argtype(0)
def promote(x):
    """Return ``x``, and make it a constant in the trace after a guard on its value.

    Strings are compared by identity; use promote_string to compare by value.
    """
    return hint(x, promote=True)


def promote_string(x):
    """Return the string ``x``, made a constant in the trace after a guard on its value."""
    return hint(x, promote_string=True)


def promote_unicode(x):
    """Return the unicode string ``x``, made a trace constant (same as promote_string here)."""
    return hint(x, promote_unicode=True)


def we_are_jitted():
    """True while the JIT traces or blackholes this code; False in the interpreter
    (and always on CPython), so the fast path for the JIT can differ."""
    return False


@oopspec('jit.isconstant(value)')
@specialize.call_location()
def isconstant(value):
    """While tracing, whether ``value`` is known to be a constant (False on CPython)."""
    return False


@oopspec('jit.isvirtual(value)')
@specialize.call_location()
def isvirtual(value):
    """While tracing, whether ``value`` is a virtual (not allocated) object (False here)."""
    return False


@specialize.call_location()
def loop_unrolling_heuristic(lst, size, cutoff=2):
    """Whether a loop over ``lst`` of length ``size`` is worth unrolling in a trace."""
    return size == 0 or isvirtual(lst) or (isconstant(size) and size <= cutoff)


@oopspec('jit.current_trace_length()')
def current_trace_length():
    """The number of operations recorded so far while tracing; -1 when not tracing."""
    return -1


@oopspec('jit.debug(string, arg1, arg2, arg3, arg4)')
def jit_debug(string, arg1=-maxint - 1, arg2=-maxint - 1, arg3=-maxint - 1,
              arg4=-maxint - 1):
    """Put a JIT_DEBUG operation with these arguments in the trace (for debugging)."""
    keepalive_until_here(string)


@oopspec('jit.assert_green(value)')
@specialize.argtype(0)
def assert_green(value):
    """Assert that ``value`` is a JIT compile-time constant (checked when jitted)."""
    keepalive_until_here(value)


def record_exact_class(value, cls):
    """Tell the JIT that ``value`` is exactly an instance of ``cls`` (not a subclass)."""
    if type(value) is not cls:
        raise JitHintError("record_exact_class: %r is a %s, not exactly a %s"
                           % (value, type(value).__name__, cls.__name__))


def record_exact_value(value, const_value):
    """Tell the JIT that ``value`` equals the constant ``const_value``."""
    if not (value is const_value or value == const_value):
        raise JitHintError("record_exact_value: %r is not %r" % (value, const_value))


@specialize.call_location()
def record_known_result(result, func, *args):
    """Tell the JIT that ``func(*args)`` is ``result``, so a later call can be folded.

    ``func`` must be @elidable.  Untranslated this only checks that.
    """
    if not getattr(func, '_elidable_function_', False):
        raise JitHintError("record_known_result: %s must be @elidable" % (_name(func),))


@specialize.call_location()
def conditional_call(condition, function, *args):
    """``if condition: function(*args)``, compiled without a bridge for the rare case."""
    if condition:
        function(*args)


@specialize.call_location()
def conditional_call_elidable(value, function, *args):
    """``value`` if it is set, else ``function(*args)``: a cache lookup for the JIT.

    "Not set" means 0 for an int and None for an object; floats are not allowed.
    The function is treated mostly like an @elidable one.
    """
    if isinstance(value, float):
        raise JitHintError("conditional_call_elidable: the value cannot be a float")
    if value is None or (isinstance(value, int) and value == 0):
        return function(*args)
    return value


def enter_portal_frame(unique_id):
    """Tell the JIT a new interpreted function starts (only for interpreters whose
    portal does not call itself, such as stackless ones)."""


def leave_portal_frame():
    """Tell the JIT the function started by enter_portal_frame() has ended."""


# ---------------------------------------------------------------- virtual refs

class DirectVRef(object):
    """A reference to a frame-like object the JIT may keep virtual; call it to get the
    object (which forces it)."""

    def __init__(self, x):
        self._x = x
        self._state = 'non-forced'

    def __call__(self):
        if self._state == 'non-forced':
            self._state = 'forced'
        elif self._state == 'invalid':
            raise InvalidVirtualRef("virtual ref called after virtual_ref_finish()")
        return self._x

    @property
    def virtual(self):
        """True while calling the vref would force a still-virtual object."""
        return self._state == 'non-forced'

    def _finish(self):
        if self._state == 'non-forced':
            self._state = 'invalid'


@oopspec('virtual_ref(x)')
@specialize.argtype(0)
def virtual_ref(x):
    """Make a vref to ``x`` (not None).  ``x`` may stay virtual until the matching
    virtual_ref_finish(); the vref may escape, and calling it forces ``x``.
    Calls must nest properly."""
    if x is None:
        raise JitHintError("virtual_ref(None) is not allowed: use vref_None")
    return DirectVRef(x)


@oopspec('virtual_ref_finish(x)')
@specialize.argtype(1)
def virtual_ref_finish(vref, x):
    """End the life of ``vref``, made by virtual_ref(x); calling it afterwards fails
    unless it was already forced."""
    keepalive_until_here(x)
    if vref._x is not x:
        raise JitHintError("virtual_ref_finish: this vref was not made for this object")
    vref._finish()


def non_virtual_ref(x):
    """A vref that simply returns ``x`` when called (for None, or objects the JIT never
    sees)."""
    return DirectVRef(x)


vref_None = non_virtual_ref(None)
"""The vref to None."""


# ---------------------------------------------------------------- parameters

ENABLE_ALL_OPTS = 'intbounds:rewrite:virtualize:string:pure:earlyforce:heap:unroll'
"""The optimizations ``enable_opts='all'`` means, in the order they run."""

PARAMETER_DOCS = {
    'threshold': 'number of times a loop has to run for it to become hot',
    'function_threshold': 'number of times a function must run for it to become '
                          'traced from start',
    'trace_eagerness': 'number of times a guard has to fail before we start '
                       'compiling a bridge',
    'decay': 'amount to regularly decay counters by (0=none, 1000=max)',
    'trace_limit': 'number of recorded operations before we abort tracing with '
                   'ABORT_TOO_LONG',
    'inlining': 'inline python functions or not (1/0)',
    'loop_longevity': 'a parameter controlling how long loops will be kept before '
                      'being freed, an estimate',
    'retrace_limit': 'how many times we can try retracing before giving up',
    'max_retrace_guards': 'number of extra guards a retrace can cause',
    'max_unroll_loops': 'number of extra unrollings a loop can cause',
    'disable_unrolling': 'after how many operations we should not unroll',
    'enable_opts': 'optimizations to enable, or all = %s' % ENABLE_ALL_OPTS,
    'max_unroll_recursion': 'how many levels deep to unroll a recursive function',
    'vec': 'turn on the vectorization optimization (vecopt)',
    'vec_all': 'try to vectorize trace loops that occur outside of the numpy library',
    'vec_cost': 'threshold for which traces to bail: unpacking increases the counter, '
                'vector operations decrease it',
}
"""One line of help per JIT parameter."""

PARAMETERS = {
    'threshold': 1039,              # just above 1024, prime
    'function_threshold': 1619,     # a bit more than threshold, also prime
    'trace_eagerness': 200,
    'decay': 40,
    'trace_limit': 6000,
    'inlining': 1,
    'loop_longevity': 1000,
    'retrace_limit': 0,
    'max_retrace_guards': 15,
    'max_unroll_loops': 0,
    'disable_unrolling': 200,
    'enable_opts': 'all',
    'max_unroll_recursion': 7,
    'vec': 0,
    'vec_all': 0,
    'vec_cost': 0,
}
"""The tunable JIT parameters and their defaults, with RPython's names and values."""

unroll_parameters = unrolling_iterable(PARAMETERS.items())
"""``(name, default)`` pairs of PARAMETERS, for loops the translator unrolls."""

MAX_USER_TRACE_LIMIT = 2 ** 14
"""The largest trace_limit set_user_param accepts (RPython's default trace encoding)."""


@specialize.arg(0, 1)
def set_param(driver, name, value):
    """Set the JIT parameter ``name`` for ``driver`` (None: for every driver).

    ``value`` is an int, or a string for ``enable_opts``; None means the default.
    """
    if driver is not None and not isinstance(driver, JitDriver):
        raise TypeError("set_param: driver must be a JitDriver or None, not %s"
                        % (type(driver).__name__,))
    if name not in PARAMETERS:
        raise JitHintError("set_param: unknown JIT parameter %r (known: %s)"
                           % (name, ', '.join(sorted(PARAMETERS))))
    expected = str if name == 'enable_opts' else int
    if value is not None and not isinstance(value, expected):
        raise TypeError("set_param: %s needs a%s %s, not %r"
                        % (name, 'n' if expected is int else '', expected.__name__, value))


@specialize.arg(0, 1)
def set_param_to_default(driver, name):
    """Reset the JIT parameter ``name`` of ``driver`` (None: every driver) to its default."""
    set_param(driver, name, None)


@specialize.arg(0)
def set_user_param(driver, text):
    """Set JIT parameters from a user's string: ``'threshold=200,trace_limit=3000'``,
    ``'off'`` (never compile) or ``'default'``.  Raises ValueError for a malformed
    string or an unknown name, TraceLimitTooHigh for a trace_limit that is too high."""
    if text == 'off':
        set_param(driver, 'threshold', -1)
        set_param(driver, 'function_threshold', -1)
        return
    if text == 'default':
        for name, _ in unroll_parameters:
            set_param_to_default(driver, name)
        return
    for item in text.split(','):
        parts = item.strip(' ').split('=')
        if len(parts) != 2:
            raise ValueError("JIT parameters must be name=value, got %r" % (item,))
        name, value = parts
        if name == 'enable_opts':
            set_param(driver, 'enable_opts', value)
        elif name in PARAMETERS:
            number = int(value)     # ValueError if not a number, as wanted
            if name == 'trace_limit' and number > MAX_USER_TRACE_LIMIT:
                raise TraceLimitTooHigh("trace_limit=%d is above %d"
                                        % (number, MAX_USER_TRACE_LIMIT))
            set_param(driver, name, number)
        else:
            raise ValueError("unknown JIT parameter %r" % (name,))


# ---------------------------------------------------------------- the driver

class JitDriver(object):
    """Declares an interpreter's dispatch loop to the JIT.

    ``greens`` name the variables that identify a position in the user's program (they
    are constants in a trace: ``pc``, the bytecode...); ``reds`` name the rest of the
    loop's live state, or are ``'auto'`` to let the translator find them.  Make one
    prebuilt instance per loop, at module level.  Subclasses may give ``greens``,
    ``reds`` and ``virtualizables`` as class attributes instead.

    ``get_printable_location(*greens)`` returns a string naming a position, for logs;
    ``confirm_enter_jit(*greens_and_reds)`` may veto entering compiled code;
    ``can_never_inline(*greens)`` and ``should_unroll_one_iteration(*greens)`` tune the
    tracing of recursive portals; ``is_recursive`` says the portal calls itself.
    """

    greens = None
    reds = None
    virtualizables = []
    name = 'jitdriver'
    active = True       # False: the translator ignores this driver

    @not_rpython
    def __init__(self, greens=None, reds=None, virtualizables=None,
                 get_printable_location=None, confirm_enter_jit=None,
                 can_never_inline=None, should_unroll_one_iteration=None,
                 name='jitdriver', check_untranslated=True, vectorize=False,
                 get_unique_id=None, is_recursive=False, get_location=None):
        if greens is not None:
            self.greens = greens
        if reds is not None:
            self.reds = reds
        if self.greens is None or self.reds is None:
            raise JitHintError("JitDriver needs greens=[...] and reds=[...] or "
                               "reds='auto'")
        self.greens = _variable_names(self.greens, 'greens')
        self.autoreds = self.reds == 'auto'
        self.reds = [] if self.autoreds else _variable_names(self.reds, 'reds')
        self.numreds = None if self.autoreds else len(self.reds)
        both = sorted(set(self.greens) & set(self.reds))
        if both:
            raise JitHintError("JitDriver: %s cannot be both green and red"
                               % (', '.join(both),))
        if virtualizables is not None:
            self.virtualizables = virtualizables
        self.virtualizables = list(self.virtualizables)
        for v in self.virtualizables:
            if v not in self.reds:
                raise JitHintError("JitDriver: virtualizable %r must be one of the reds"
                                   % (v,))
        if self.autoreds and confirm_enter_jit is not None:
            raise JitHintError("JitDriver: reds='auto' cannot be used with "
                               "confirm_enter_jit")
        self.name = name
        self.get_printable_location = get_printable_location
        self.get_location = get_location
        self.confirm_enter_jit = confirm_enter_jit
        self.can_never_inline = can_never_inline
        self.should_unroll_one_iteration = should_unroll_one_iteration
        self.has_unique_id = get_unique_id is not None
        self.get_unique_id = get_unique_id or _no_unique_id
        self.check_untranslated = check_untranslated
        self.is_recursive = is_recursive
        self.vec = vectorize
        # With reds='auto' only the greens are passed to jit_merge_point().
        self._livevars = frozenset(self.greens + self.reds)
        self._last_can_enter_jit = None

    def _freeze_(self):
        # A prebuilt constant: RPython code never changes a driver.
        return True

    def __repr__(self):
        return '<JitDriver %r greens=%r reds=%r>' % (
            self.name, self.greens, 'auto' if self.autoreds else self.reds)

    def jit_merge_point(_self, **livevars):
        """Mark the top of the dispatch loop: pass every green and red by name.

        (The first parameter is not called ``self`` so that a red may be.)
        """
        if _self.check_untranslated:
            _self._check_livevars('jit_merge_point', livevars)
            last, _self._last_can_enter_jit = _self._last_can_enter_jit, None
            if last is not None and not _same_values(last, livevars):
                raise JitHintError(
                    "JitDriver %r: bad can_enter_jit() placement: there must be no code "
                    "between can_enter_jit() and the next jit_merge_point()" % (_self.name,))

    def can_enter_jit(_self, **livevars):
        """Mark a backward jump of the user's program (a loop closing), just before the
        jump back to jit_merge_point(); same arguments.  Optional: without one the
        translator counts every jit_merge_point()."""
        if _self.autoreds:
            raise JitHintError("JitDriver %r: can_enter_jit() cannot be used with "
                               "reds='auto'" % (_self.name,))
        if _self.check_untranslated:
            _self._check_livevars('can_enter_jit', livevars)
            _self._last_can_enter_jit = livevars

    def loop_header(self):
        """Tell the tracer that the next jit_merge_point() may close a loop, without
        being an entry point the way can_enter_jit() is."""

    def _check_livevars(self, method, livevars):
        given = set(livevars)
        if given == self._livevars:
            return
        problems = []
        missing = sorted(self._livevars - given)
        unexpected = sorted(given - self._livevars)
        if missing:
            problems.append('missing %s' % (', '.join(missing),))
        if unexpected:
            problems.append('unexpected %s' % (', '.join(unexpected),))
        reds = "'auto'" if self.autoreds else self.reds
        raise JitHintError(
            "JitDriver %r: %s() takes exactly the greens %s and reds %s as keyword "
            "arguments (%s)" % (self.name, method, self.greens, reds, '; '.join(problems)))


def _no_unique_id(*greens):
    return 0


def _variable_names(names, kind):
    """Check a greens/reds list: distinct identifiers (no dotted 'green fields')."""
    if isinstance(names, str):
        raise JitHintError("JitDriver: %s must be a list of names, not the string %r"
                           % (kind, names))
    names = list(names)
    for n in names:
        if not isinstance(n, str) or not n.isidentifier():
            raise JitHintError("JitDriver: %s must be variable names, got %r" % (kind, n))
    if len(set(names)) != len(names):
        raise JitHintError("JitDriver: %s has a name twice: %r" % (kind, names))
    return names


def _same_values(a, b):
    # Identity first: the values passed to can_enter_jit() and the following
    # jit_merge_point() are normally the very same objects (and lists compare slowly).
    return all(a[k] is b[k] or a[k] == b[k] for k in a)


def jit_callback(name):
    """Decorate a function called from outside (a C-level callback) so that it starts
    with a jit_merge_point() of its own JitDriver named ``name``."""
    def decorator(func):
        driver = JitDriver(greens=[], reds='auto', name=name,
                           get_printable_location=lambda: name)

        @functools.wraps(func)
        def callback_with_jitdriver(*args):
            driver.jit_merge_point()
            return func(*args)
        callback_with_jitdriver._jit_callback_driver_ = driver
        return callback_with_jitdriver
    return decorator
