"""Tests for rpython.rlib.jit: hints are no-ops on CPython, but misuse is reported."""

import unittest

from rpython.rlib import jit
from rpython.rlib.jit import (
    ENABLE_ALL_OPTS, PARAMETER_DOCS, PARAMETERS, AssertGreenFailed, DirectVRef,
    InvalidVirtualRef, JitDriver, JitHintError, TraceLimitTooHigh, assert_green,
    conditional_call, conditional_call_elidable, current_trace_length, dont_look_inside,
    elidable,
    elidable_promote, enter_portal_frame, hint, isconstant, isvirtual, jit_callback,
    jit_debug, leave_portal_frame, look_inside, look_inside_iff, loop_invariant,
    loop_unrolling_heuristic, non_virtual_ref, not_in_trace, not_rpython, oopspec, promote,
    promote_string, promote_unicode, record_exact_class, record_exact_value,
    record_known_result, set_param, set_param_to_default, set_user_param, unroll_parameters,
    unroll_safe, virtual_ref, virtual_ref_finish, vref_None, we_are_jitted)


class JitDriverTests(unittest.TestCase):

    def make(self, **kw):
        return JitDriver(greens=['pc', 'code'], reds=['frame', 'acc'], **kw)

    def test_attributes(self):
        gpl = lambda pc, code: '%d' % pc
        d = self.make(get_printable_location=gpl, name='interp', is_recursive=True)
        self.assertEqual(d.greens, ['pc', 'code'])
        self.assertEqual(d.reds, ['frame', 'acc'])
        self.assertEqual(d.numreds, 2)
        self.assertFalse(d.autoreds)
        self.assertEqual(d.virtualizables, [])
        self.assertIs(d.get_printable_location, gpl)
        self.assertEqual(d.name, 'interp')
        self.assertTrue(d.is_recursive)
        self.assertTrue(d.check_untranslated)
        self.assertTrue(d.active)
        self.assertTrue(d._freeze_())
        self.assertFalse(d.has_unique_id)
        self.assertEqual(d.get_unique_id(1, 2), 0)
        self.assertIn('interp', repr(d))

    def test_defaults(self):
        d = self.make()
        self.assertEqual(d.name, 'jitdriver')
        for attr in ['get_printable_location', 'get_location', 'confirm_enter_jit',
                     'can_never_inline', 'should_unroll_one_iteration']:
            self.assertIsNone(getattr(d, attr), attr)
        self.assertFalse(d.is_recursive)

    def test_hooks_are_stored(self):
        hooks = dict(confirm_enter_jit=lambda *a: True, can_never_inline=lambda *a: False,
                     should_unroll_one_iteration=lambda *a: False,
                     get_unique_id=lambda pc, code: 7, get_location=lambda *a: ('f', 1))
        d = self.make(**hooks)
        for name, fn in hooks.items():
            self.assertIs(getattr(d, name), fn, name)
        self.assertTrue(d.has_unique_id)

    def test_merge_point_accepts_exactly_greens_and_reds(self):
        d = self.make()
        self.assertIsNone(d.jit_merge_point(pc=0, code='x', frame=None, acc=1))
        self.assertIsNone(d.can_enter_jit(pc=0, code='x', frame=None, acc=1))
        self.assertIsNone(d.jit_merge_point(acc=1, frame=None, code='x', pc=0))  # any order

    def test_missing_keyword_is_an_error(self):
        d = self.make()
        with self.assertRaises(JitHintError) as cm:
            d.jit_merge_point(pc=0, code='x', frame=None)
        msg = str(cm.exception)
        self.assertIn('jit_merge_point', msg)
        self.assertIn('missing acc', msg)
        self.assertIn("['pc', 'code']", msg)

    def test_unexpected_keyword_is_an_error(self):
        d = self.make()
        with self.assertRaises(JitHintError) as cm:
            d.can_enter_jit(pc=0, code='x', frame=None, acc=1, extra=2)
        self.assertIn('unexpected extra', str(cm.exception))
        self.assertIn('can_enter_jit', str(cm.exception))

    def test_positional_arguments_are_an_error(self):
        d = self.make()
        with self.assertRaises(TypeError):
            d.jit_merge_point(0, 'x', None, 1)

    def test_check_untranslated_false_skips_the_check(self):
        d = self.make(check_untranslated=False)
        d.jit_merge_point(anything=1)
        d.can_enter_jit()

    def test_a_red_may_be_called_self(self):
        d = JitDriver(greens=['pc'], reds=['self'])
        d.jit_merge_point(pc=0, self=object())

    def test_auto_reds(self):
        d = JitDriver(greens=['pc'], reds='auto')
        self.assertTrue(d.autoreds)
        self.assertEqual(d.reds, [])
        self.assertIsNone(d.numreds)
        d.jit_merge_point(pc=3)
        d.loop_header()
        with self.assertRaises(JitHintError):
            d.jit_merge_point(pc=3, x=1)
        with self.assertRaises(JitHintError):
            d.can_enter_jit(pc=3)
        with self.assertRaises(JitHintError):
            JitDriver(greens=[], reds='auto', confirm_enter_jit=lambda: True)

    def test_loop_header(self):
        self.assertIsNone(self.make().loop_header())

    def test_can_enter_jit_must_be_followed_by_the_merge_point(self):
        d = self.make()
        frame = object()
        d.can_enter_jit(pc=1, code='x', frame=frame, acc=2)
        d.jit_merge_point(pc=1, code='x', frame=frame, acc=2)     # fine
        d.can_enter_jit(pc=1, code='x', frame=frame, acc=2)
        with self.assertRaises(JitHintError) as cm:
            d.jit_merge_point(pc=2, code='x', frame=frame, acc=2)
        self.assertIn('can_enter_jit() placement', str(cm.exception))
        d.jit_merge_point(pc=2, code='x', frame=frame, acc=2)     # the pending one is gone

    def test_declaration_errors(self):
        with self.assertRaises(JitHintError):
            JitDriver(greens=['pc'])
        with self.assertRaises(JitHintError):
            JitDriver(reds=['pc'])
        with self.assertRaises(JitHintError):
            JitDriver(greens=['pc'], reds=['pc'])
        with self.assertRaises(JitHintError):
            JitDriver(greens=['a', 'a'], reds=[])
        with self.assertRaises(JitHintError):
            JitDriver(greens=['frame.pc'], reds=['frame'])
        with self.assertRaises(JitHintError):
            JitDriver(greens='pc', reds=['x'])
        with self.assertRaises(JitHintError):
            JitDriver(greens=[1], reds=['x'])
        with self.assertRaises(JitHintError):
            JitDriver(greens=['pc'], reds=['x'], virtualizables=['y'])

    def test_virtualizables(self):
        d = JitDriver(greens=['pc'], reds=['frame'], virtualizables=['frame'])
        self.assertEqual(d.virtualizables, ['frame'])

    def test_subclass_with_class_attributes(self):
        class PyPyJitDriver(JitDriver):
            greens = ['next_instr', 'pycode']
            reds = ['frame', 'ec']
            virtualizables = ['frame']
        d = PyPyJitDriver(name='pypyjit')
        self.assertEqual(d.greens, ['next_instr', 'pycode'])
        self.assertEqual(d.virtualizables, ['frame'])
        d.jit_merge_point(next_instr=0, pycode=None, frame=None, ec=None)
        with self.assertRaises(JitHintError):
            d.jit_merge_point(next_instr=0)

    def test_empty_greens_and_reds(self):
        d = JitDriver(greens=[], reds=[])
        d.jit_merge_point()
        with self.assertRaises(JitHintError):
            d.jit_merge_point(x=1)

    def test_not_rpython_init(self):
        self.assertTrue(JitDriver.__init__._not_rpython_)
        self.assertIs(not_rpython, jit.not_rpython)


class DecoratorTests(unittest.TestCase):

    def test_elidable(self):
        @elidable
        def f(x):
            return x + 1
        self.assertTrue(f._elidable_function_)
        self.assertEqual(f(1), 2)

    def test_dont_look_inside_and_look_inside(self):
        @dont_look_inside
        def f():
            return 1

        @look_inside
        def g():
            return 2
        self.assertIs(f._jit_look_inside_, False)
        self.assertIs(g._jit_look_inside_, True)
        self.assertEqual((f(), g()), (1, 2))

    def test_unroll_safe(self):
        @unroll_safe
        def f(n):
            total = 0
            for i in range(n):
                total += i
            return total
        self.assertTrue(f._jit_unroll_safe_)
        self.assertEqual(f(4), 6)

    def test_loop_invariant(self):
        @loop_invariant
        def f():
            return 'state'
        self.assertTrue(f._jit_loop_invariant_)
        self.assertIs(f._jit_look_inside_, False)
        self.assertEqual(f(), 'state')

    def test_contradictory_combinations(self):
        def f():
            pass
        unroll_safe(f)
        with self.assertRaises(TypeError):
            elidable(f)
        with self.assertRaises(TypeError):
            dont_look_inside(f)

        def g():
            pass
        elidable(g)
        with self.assertRaises(TypeError):
            unroll_safe(g)

        def h():
            pass
        dont_look_inside(h)
        with self.assertRaises(TypeError):
            unroll_safe(h)

    def test_elidable_promote_forms(self):
        @elidable_promote()
        def f(a, b):
            return a * b

        @elidable_promote('1')
        def g(a, b):
            return a - b

        @elidable_promote
        def h(a):
            return -a
        self.assertEqual((f(2, 3), g(5, 1), h(4)), (6, 4, -4))
        self.assertEqual(f._jit_promote_args_, 'all')
        self.assertEqual(g._jit_promote_args_, '1')
        self.assertEqual(h._jit_promote_args_, 'all')
        for fn in (f, g, h):
            self.assertTrue(fn._elidable_function_)

    def test_elidable_promote_checks_positions_and_signature(self):
        with self.assertRaises(TypeError):
            elidable_promote('2')(lambda a, b: a)
        with self.assertRaises(TypeError):
            elidable_promote()(lambda a, b=1: a)
        with self.assertRaises(TypeError):
            elidable_promote()(lambda *a: a)

    def test_look_inside_iff(self):
        def predicate(lst, n):
            return isconstant(n)

        @look_inside_iff(predicate)
        def total(lst, n):
            result = 0
            for i in range(n):
                result += lst[i]
            return result
        self.assertEqual(total([1, 2, 3], 3), 6)
        self.assertIs(total._jit_look_inside_iff_, predicate)
        self.assertTrue(total._jit_unroll_safe_)
        self.assertEqual(total._annspecialcase_, 'specialize:call_location')
        self.assertEqual(predicate._annspecialcase_, 'specialize:call_location')

    def test_look_inside_iff_needs_matching_arguments(self):
        with self.assertRaises(TypeError):
            look_inside_iff(lambda a: True)(lambda a, b: a)

    def test_oopspec_and_not_in_trace(self):
        @oopspec('list.len(l)')
        def length(l):
            return len(l)

        @not_in_trace
        def log(x):
            pass
        self.assertEqual(length.oopspec, 'list.len(l)')
        self.assertEqual(length([1]), 1)
        self.assertEqual(log.oopspec, 'jit.not_in_trace()')
        self.assertIsNone(log(1))

    def test_builtin_hints_carry_their_oopspec(self):
        self.assertEqual(isconstant.oopspec, 'jit.isconstant(value)')
        self.assertEqual(isvirtual.oopspec, 'jit.isvirtual(value)')
        self.assertEqual(current_trace_length.oopspec, 'jit.current_trace_length()')
        self.assertEqual(promote._annspecialcase_, 'specialize:argtype(0)')

    def test_decorators_work_on_methods(self):
        class A(object):
            @elidable
            def m(self, x):
                return x

            @unroll_safe
            def n(self):
                return 1
        self.assertEqual(A().m(3), 3)
        self.assertTrue(A.m._elidable_function_)
        self.assertEqual(A().n(), 1)


class HintTests(unittest.TestCase):

    def test_value_hints_return_their_argument(self):
        obj = object()
        self.assertIs(promote(obj), obj)
        self.assertEqual(promote(5), 5)
        self.assertEqual(promote_string('abc'), 'abc')
        self.assertEqual(promote_unicode('\u20ac'), '\u20ac')
        self.assertIs(hint(obj, promote=True), obj)
        self.assertIs(hint(obj, access_directly=True, fresh_virtualizable=True), obj)
        self.assertIs(hint(obj, force_virtualizable=True), obj)
        self.assertIs(hint(obj, some_future_hint=True), obj)    # ignored, as in RPython

    def test_lone_fresh_virtualizable_is_an_error(self):
        with self.assertRaises(JitHintError):
            hint(object(), fresh_virtualizable=True)

    def test_untranslated_answers(self):
        self.assertIs(we_are_jitted(), False)
        self.assertIs(isconstant(5), False)
        self.assertIs(isvirtual([]), False)
        self.assertEqual(current_trace_length(), -1)
        self.assertTrue(loop_unrolling_heuristic([], 0))
        self.assertFalse(loop_unrolling_heuristic([1, 2], 2))
        self.assertIsNone(jit_debug('here', 1, 2))
        self.assertIsNone(jit_debug('here'))
        self.assertIsNone(assert_green(5))
        self.assertIsNone(enter_portal_frame(3))
        self.assertIsNone(leave_portal_frame())
        self.assertTrue(issubclass(AssertGreenFailed, Exception))

    def test_record_exact_class(self):
        class A(object):
            pass

        class B(A):
            pass
        record_exact_class(B(), B)
        with self.assertRaises(JitHintError):
            record_exact_class(B(), A)
        with self.assertRaises(JitHintError):
            record_exact_class(None, A)

    def test_record_exact_value(self):
        record_exact_value(5, 5)
        with self.assertRaises(JitHintError):
            record_exact_value(5, 6)

    def test_record_known_result(self):
        @elidable
        def square(x):
            return x * x
        self.assertIsNone(record_known_result(9, square, 3))

        def not_elidable(x):
            return x
        with self.assertRaises(JitHintError):
            record_known_result(1, not_elidable, 1)

    def test_conditional_call(self):
        calls = []
        conditional_call(False, calls.append, 1)
        conditional_call(True, calls.append, 2)
        conditional_call(0, calls.append, 3)
        self.assertEqual(calls, [2])

    def test_conditional_call_elidable(self):
        calls = []

        def compute(x):
            calls.append(x)
            return x * 10
        self.assertEqual(conditional_call_elidable(0, compute, 4), 40)
        self.assertEqual(conditional_call_elidable(7, compute, 4), 7)
        self.assertEqual(conditional_call_elidable(None, compute, 5), 50)
        cached = object()
        self.assertIs(conditional_call_elidable(cached, compute, 6), cached)
        self.assertEqual(conditional_call_elidable('', compute, 1), '')   # not None
        self.assertEqual(calls, [4, 5])
        with self.assertRaises(JitHintError):
            conditional_call_elidable(0.0, compute, 1)

    def test_jit_callback(self):
        @jit_callback('my callback')
        def callback(a, b):
            """Doc."""
            return a + b
        self.assertEqual(callback(1, 2), 3)
        self.assertEqual(callback.__name__, 'callback')
        driver = callback._jit_callback_driver_
        self.assertEqual(driver.name, 'my callback')
        self.assertTrue(driver.autoreds)
        self.assertEqual(driver.get_printable_location(), 'my callback')


class VirtualRefTests(unittest.TestCase):

    def test_forced_vref_stays_valid(self):
        frame = object()
        vref = virtual_ref(frame)
        self.assertIsInstance(vref, DirectVRef)
        self.assertTrue(vref.virtual)
        self.assertIs(vref(), frame)
        self.assertFalse(vref.virtual)
        virtual_ref_finish(vref, frame)
        self.assertIs(vref(), frame)

    def test_unforced_vref_is_invalid_after_finish(self):
        frame = object()
        vref = virtual_ref(frame)
        virtual_ref_finish(vref, frame)
        with self.assertRaises(InvalidVirtualRef):
            vref()

    def test_misuse(self):
        with self.assertRaises(JitHintError):
            virtual_ref(None)
        vref = virtual_ref(object())
        with self.assertRaises(JitHintError):
            virtual_ref_finish(vref, object())

    def test_non_virtual_refs(self):
        self.assertIsNone(vref_None())
        obj = object()
        self.assertIs(non_virtual_ref(obj)(), obj)


class ParameterTests(unittest.TestCase):

    def test_defaults_are_rpythons(self):
        expected = {'threshold': 1039, 'function_threshold': 1619, 'trace_eagerness': 200,
                    'decay': 40, 'trace_limit': 6000, 'inlining': 1,
                    'loop_longevity': 1000, 'retrace_limit': 0, 'max_retrace_guards': 15,
                    'max_unroll_loops': 0, 'disable_unrolling': 200, 'enable_opts': 'all',
                    'max_unroll_recursion': 7, 'vec': 0, 'vec_all': 0, 'vec_cost': 0}
        self.assertEqual(PARAMETERS, expected)
        self.assertEqual(set(PARAMETER_DOCS), set(PARAMETERS))
        self.assertEqual(ENABLE_ALL_OPTS,
                         'intbounds:rewrite:virtualize:string:pure:earlyforce:heap:unroll')
        self.assertEqual(dict(unroll_parameters), PARAMETERS)

    def test_set_param(self):
        d = JitDriver(greens=[], reds=[])
        set_param(d, 'threshold', 10)
        set_param(None, 'trace_limit', 100)
        set_param(d, 'enable_opts', 'intbounds:rewrite')
        set_param_to_default(d, 'threshold')
        with self.assertRaises(JitHintError):
            set_param(d, 'no_such_parameter', 1)
        with self.assertRaises(TypeError):
            set_param(d, 'threshold', '10')
        with self.assertRaises(TypeError):
            set_param(d, 'enable_opts', 3)
        with self.assertRaises(TypeError):
            set_param('driver', 'threshold', 3)

    def test_set_user_param(self):
        d = JitDriver(greens=[], reds=[])
        set_user_param(d, 'threshold=200,trace_limit=3000')
        set_user_param(None, ' decay=10 , enable_opts=intbounds')
        set_user_param(d, 'off')
        set_user_param(d, 'default')
        for bad in ['threshold', 'threshold=x', 'nope=1', 'a=1=2', '']:
            with self.assertRaises(ValueError, msg=bad):
                set_user_param(d, bad)
        with self.assertRaises(TraceLimitTooHigh):
            set_user_param(d, 'trace_limit=100000')
        set_user_param(d, 'trace_limit=%d' % jit.MAX_USER_TRACE_LIMIT)


if __name__ == '__main__':
    unittest.main()
