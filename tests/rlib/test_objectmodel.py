"""Tests for rpython.rlib.objectmodel."""

import unittest

from rpython.rlib.objectmodel import (
    CDefinedIntSymbolic, ComputedIntSymbolic, Symbolic, always_inline,
    compute_hash, compute_identity_hash, compute_unique_id, contains_with_hash,
    current_object_addr_as_int, delitem_with_hash, dont_inline, enforceargs,
    fetch_translated_config, free_non_gc_object, getitem_with_hash, import_from_mixin,
    instantiate, is_annotation_constant, iteritems_with_hash, iterkeys_with_hash,
    keepalive_until_here, likely, mark_dict_non_null, move_to_end, newlist_hint,
    not_rpython, prepare_dict_update, r_dict, r_ordereddict, resizelist_hint,
    reversed_dict, sandbox_review, setitem_with_hash, specialize, try_inline, unlikely,
    we_are_translated)
from rpython.rlib.rarithmetic import intmask, r_int32, r_uint


def f(x, y):
    return x + y


class SpecializeTests(unittest.TestCase):

    def check(self, decorator, expected):
        def g(a, b, c):
            return a
        self.assertIs(decorator(g), g)
        self.assertEqual(g._annspecialcase_, expected)
        self.assertEqual(g(1, 2, 3), 1)

    def test_tags_are_spelled_as_in_rpython(self):
        self.check(specialize.memo(), 'specialize:memo')
        self.check(specialize.arg(0), 'specialize:arg(0)')
        self.check(specialize.arg(0, 2), 'specialize:arg(0,2)')
        self.check(specialize.arg_or_var(1), 'specialize:arg_or_var(1)')
        self.check(specialize.argtype(0), 'specialize:argtype(0)')
        self.check(specialize.argtype(1, 2), 'specialize:argtype(1,2)')
        self.check(specialize.ll(), 'specialize:ll')
        self.check(specialize.ll_and_arg(1), 'specialize:ll_and_arg(1)')
        self.check(specialize.call_location(), 'specialize:call_location')

    def test_positions_must_be_ints(self):
        for bad in ['0', -1, True, 1.0]:
            with self.assertRaises(TypeError):
                specialize.arg(bad)

    def test_decorator_syntax_on_a_method(self):
        class A(object):
            @specialize.argtype(1)
            def m(self, x):
                return x * 2
        self.assertEqual(A().m(4), 8)
        self.assertEqual(A.m._annspecialcase_, 'specialize:argtype(1)')


class MarkerTests(unittest.TestCase):

    def test_inlining_markers(self):
        def g():
            return 1
        self.assertIs(always_inline(g), g)
        self.assertIs(g._always_inline_, True)

        def h():
            return 2
        self.assertIs(try_inline(h), h)
        self.assertEqual(h._always_inline_, 'try')

        def k():
            return 3
        self.assertIs(dont_inline(k), k)
        self.assertIs(k._dont_inline_, True)
        self.assertEqual((g(), h(), k()), (1, 2, 3))

    def test_not_rpython(self):
        @not_rpython
        def setup():
            return 'ok'
        self.assertIs(setup._not_rpython_, True)
        self.assertEqual(setup(), 'ok')

    def test_sandbox_review(self):
        for kw, verdict in [({'reviewed': True}, 'reviewed'),
                            ({'check_caller': True}, 'check_caller'),
                            ({'abort': True}, 'abort')]:
            @sandbox_review(**kw)
            def g():
                return 5
            self.assertEqual(g._sandbox_review_, verdict)
            self.assertEqual(g(), 5)
        for kw in [{}, {'reviewed': True, 'abort': True}]:
            with self.assertRaises(TypeError):
                sandbox_review(**kw)


class EnforceargsTests(unittest.TestCase):

    def test_checks_positional_types(self):
        @enforceargs(int, str, None)
        def g(a, b, c):
            return (a, b, c)
        self.assertEqual(g(1, 'x', [1]), (1, 'x', [1]))
        self.assertEqual(g(True, None, None), (True, None, None))   # str may be None
        self.assertEqual(g._annenforceargs_, (int, str, None))
        with self.assertRaises(TypeError) as cm:
            g('1', 'x', None)
        self.assertIn("argument 'a' must be int, not str", str(cm.exception))
        with self.assertRaises(TypeError):
            g(1, 2, None)
        with self.assertRaises(TypeError):
            g(1.0, 'x', None)

    def test_checks_arguments_passed_by_keyword(self):
        @enforceargs(int, float)
        def g(a, b=1.5):
            return a * b
        self.assertEqual(g(2), 3.0)
        self.assertEqual(g(a=2, b=0.5), 1.0)
        with self.assertRaises(TypeError):
            g(b='x', a=1)

    def test_types_by_name(self):
        @enforceargs(b=str)
        def g(a, b):
            return b
        self.assertEqual(g._annenforceargs_, (None, str))
        self.assertEqual(g(object(), 's'), 's')
        with self.assertRaises(TypeError):
            g(1, 2)
        with self.assertRaises(TypeError):
            enforceargs(c=int)(lambda a: a)

    def test_machine_ints(self):
        @enforceargs(int, r_uint)
        def g(a, b):
            return b
        self.assertEqual(g(1, r_uint(2)), 2)
        with self.assertRaises(TypeError):
            g(r_uint(1), r_uint(2))
        with self.assertRaises(TypeError):
            g(r_int32(1), r_uint(2))
        with self.assertRaises(TypeError):
            g(1, 2)

    def test_lists_dicts_tuples_and_classes(self):
        class A(object):
            pass

        class B(A):
            pass

        @enforceargs([int], {str: int}, (int, str), A)
        def g(l, d, t, a):
            return len(l)
        self.assertEqual(g([1, 2], {'a': 1}, (1, 'x'), B()), 2)
        self.assertEqual(g([], {}, (1, None), A()), 0)
        for bad in [(['x'], {}, (1, 'x'), A()), ([1], {1: 1}, (1, 'x'), A()),
                    ([1], {}, (1, 2), A()), ([1], {}, (1,), A()), ([1], {}, (1, 'x'), None),
                    ((1,), {}, (1, 'x'), A())]:
            with self.assertRaises(TypeError, msg=repr(bad)):
                g(*bad)

    def test_typecheck_false_returns_the_function(self):
        def g(a):
            return a
        self.assertIs(enforceargs(int, typecheck=False)(g), g)
        self.assertEqual(g('not an int'), 'not an int')
        self.assertEqual(g._annenforceargs_, (int,))

    def test_wrapper_looks_like_the_function(self):
        @enforceargs(int)
        def documented(a):
            """Doc."""
            return a
        self.assertEqual(documented.__name__, 'documented')
        self.assertEqual(documented.__doc__, 'Doc.')
        self.assertTrue(callable(documented.__wrapped__))

    def test_wrong_number_of_types(self):
        with self.assertRaises(TypeError):
            enforceargs(int)(f)
        with self.assertRaises(TypeError):
            enforceargs(int, a=int)

    def test_methods(self):
        class A(object):
            @enforceargs(None, int)
            def m(self, x):
                return x + 1
        self.assertEqual(A().m(1), 2)
        with self.assertRaises(TypeError):
            A().m('1')


class TranslationStateTests(unittest.TestCase):

    def test_untranslated_answers(self):
        self.assertIs(we_are_translated(), False)
        self.assertIsNone(fetch_translated_config())
        self.assertIs(is_annotation_constant(5), True)

    def test_no_op_hints(self):
        l = newlist_hint(10)
        self.assertEqual(l, [])
        self.assertEqual(newlist_hint(), [])
        l.append(1)
        self.assertIsNone(resizelist_hint(l, 100))
        self.assertEqual(l, [1])
        self.assertIsNone(keepalive_until_here(l, 1, 'x'))
        self.assertIsNone(keepalive_until_here())
        d = {}
        self.assertIsNone(prepare_dict_update(d, 5))

    def test_likely_unlikely(self):
        self.assertIs(likely(True), True)
        self.assertIs(unlikely(False), False)
        with self.assertRaises(TypeError):
            likely(1)
        with self.assertRaises(TypeError):
            unlikely(None)


class SymbolicTests(unittest.TestCase):

    def test_cdefined_int_symbolic(self):
        s = CDefinedIntSymbolic('MALLOC_ZERO_FILLED', default=1)
        self.assertEqual(s.expr, 'MALLOC_ZERO_FILLED')
        self.assertEqual(s.default, 1)
        self.assertEqual(int(s), 1)
        self.assertIsInstance(s, Symbolic)
        self.assertIn('MALLOC_ZERO_FILLED', repr(s))

    def test_symbolics_cannot_be_compared_hashed_or_tested(self):
        s = CDefinedIntSymbolic('X')
        t = ComputedIntSymbolic(lambda: 8)
        self.assertTrue(s == s)
        self.assertFalse(s != s)
        with self.assertRaises(TypeError):
            s == t
        with self.assertRaises(TypeError):
            hash(s)
        with self.assertRaises(TypeError):
            bool(t)
        self.assertEqual(t.compute_fn(), 8)
        self.assertIn('ComputedIntSymbolic', repr(t))


class ObjectTests(unittest.TestCase):

    def test_instantiate_skips_init(self):
        class A(object):
            def __init__(self):
                raise AssertionError("must not be called")
        a = instantiate(A)
        self.assertIs(type(a), A)
        b = instantiate(A, nonmovable=True)
        self.assertIsNot(a, b)

    def test_free_non_gc_object(self):
        class Raw(object):
            _alloc_flavor_ = 'raw'

            def __init__(self):
                self.x = 1
        r = Raw()
        free_non_gc_object(r)
        with self.assertRaises(RuntimeError):
            r.x
        with self.assertRaises(RuntimeError):
            r.x = 2

    def test_free_non_gc_object_refuses_gc_objects(self):
        class Gc(object):
            pass
        with self.assertRaises(TypeError):
            free_non_gc_object(Gc())


class HashTests(unittest.TestCase):

    def test_ints(self):
        self.assertEqual(compute_hash(0), 0)
        self.assertEqual(compute_hash(-7), -7)
        self.assertEqual(compute_hash(True), 1)
        self.assertEqual(compute_hash(r_uint(-1)), -1)

    def test_strings_use_the_documented_algorithm(self):
        self.assertEqual(compute_hash(''), -1)
        expected = intmask(((1000003 * (97 << 7)) ^ 97) ^ 1)
        self.assertEqual(compute_hash('a'), expected)
        self.assertEqual(compute_hash(b'a'), expected)
        self.assertEqual(compute_hash('hello'), compute_hash('hel' + 'lo'))
        self.assertNotEqual(compute_hash('ab'), compute_hash('ba'))
        h = compute_hash('x' * 1000 + '\u20ac')
        self.assertEqual(h, intmask(h))

    def test_floats(self):
        self.assertEqual(compute_hash(float('inf')), 314159)
        self.assertEqual(compute_hash(float('-inf')), -271828)
        self.assertEqual(compute_hash(float('nan')), 0)
        self.assertEqual(compute_hash(0.0), 0)
        self.assertEqual(compute_hash(1.5), compute_hash(3.0 / 2))
        # 1.0 = 0.5 * 2**1: hipart = 2**30, the rest 0, exponent 1 << 15
        self.assertEqual(compute_hash(1.0), 2 ** 30 + (1 << 15))

    def test_tuples_and_none(self):
        self.assertEqual(compute_hash(None), 0)
        self.assertEqual(compute_hash((1, 'a')), compute_hash((1, 'a')))
        self.assertNotEqual(compute_hash((1, 2)), compute_hash((2, 1)))
        self.assertEqual(compute_hash(()), 0x345678)
        self.assertEqual(compute_hash((5,)), intmask((1000003 * 0x345678) ^ 5))

    def test_instances_hash_by_identity(self):
        class A(object):
            def __hash__(self):
                return 42              # ignored, as in RPython
        a = A()
        self.assertEqual(compute_hash(a), compute_identity_hash(a))
        self.assertNotEqual(compute_identity_hash(a), 42)
        self.assertEqual(compute_identity_hash(a), compute_identity_hash(a))
        with self.assertRaises(TypeError):
            compute_identity_hash(None)

    def test_ids(self):
        a, b = object(), object()
        self.assertEqual(compute_unique_id(a), compute_unique_id(a))
        self.assertNotEqual(compute_unique_id(a), compute_unique_id(b))
        self.assertEqual(current_object_addr_as_int(a), intmask(id(a)))


def lower_eq(a, b):
    return a.lower() == b.lower()


def lower_hash(a):
    return hash(a.lower())


class RDictTests(unittest.TestCase):

    def test_keys_use_the_given_eq_and_hash(self):
        d = r_dict(lower_eq, lower_hash)
        d['Hello'] = 1
        self.assertEqual(d['HELLO'], 1)
        self.assertIn('hello', d)
        self.assertNotIn('world', d)
        d['hELLO'] = 2
        self.assertEqual(len(d), 1)
        self.assertEqual(d.keys(), ['Hello'])      # the first key stays
        self.assertEqual(d['hello'], 2)
        del d['HeLLo']
        self.assertEqual(len(d), 0)
        with self.assertRaises(KeyError):
            d['x']
        with self.assertRaises(KeyError):
            del d['x']

    def test_dict_methods(self):
        d = r_dict(lower_eq, lower_hash)
        d['A'] = 1
        d['b'] = 2
        self.assertEqual(d.get('a'), 1)
        self.assertEqual(d.get('z', 9), 9)
        self.assertIsNone(d.get('z'))
        self.assertEqual(d.setdefault('B', 5), 2)
        self.assertEqual(d.setdefault('c', 3), 3)
        self.assertEqual(d.keys(), ['A', 'b', 'c'])
        self.assertEqual(d.values(), [1, 2, 3])
        self.assertEqual(d.items(), [('A', 1), ('b', 2), ('c', 3)])
        self.assertEqual(list(d), ['A', 'b', 'c'])
        self.assertEqual(list(d.iterkeys()), ['A', 'b', 'c'])
        self.assertEqual(list(d.itervalues()), [1, 2, 3])
        self.assertEqual(list(d.iteritems()), [('A', 1), ('b', 2), ('c', 3)])
        self.assertEqual(d.pop('C'), 3)
        self.assertEqual(d.pop('C', 'gone'), 'gone')
        with self.assertRaises(KeyError):
            d.pop('C')
        self.assertEqual(d.popitem(), ('b', 2))
        d.update({'x': 7})
        self.assertEqual(d['X'], 7)
        c = d.copy()
        self.assertIs(type(c), r_dict)
        self.assertIs(c.key_eq, lower_eq)
        c['new'] = 0
        self.assertNotIn('new', d)
        self.assertEqual(repr(d), "r_dict({'A': 1, 'x': 7})")
        d.clear()
        self.assertEqual(len(d), 0)
        self.assertFalse(d)

    def test_hash_is_computed_once_per_lookup_key(self):
        calls = []

        def counting_hash(k):
            calls.append(k)
            return k % 3
        d = r_dict(lambda a, b: a == b, counting_hash)
        for i in range(10):
            d[i] = i
        self.assertEqual(len(calls), 10)
        self.assertEqual(d[7], 7)
        self.assertEqual(len(calls), 11)

    def test_update_from_another_r_dict(self):
        a = r_dict(lower_eq, lower_hash)
        a['K'] = 1
        b = r_dict(lower_eq, lower_hash)
        b.update(a)
        self.assertEqual(b['k'], 1)

    def test_not_hashable_and_flags(self):
        d = r_dict(lower_eq, lower_hash, force_non_null=True)
        self.assertTrue(d.force_non_null)
        with self.assertRaises(TypeError):
            hash(d)

    def test_changing_size_while_iterating_fails(self):
        d = r_dict(lower_eq, lower_hash)
        d['a'] = 1
        with self.assertRaises(RuntimeError):
            for k in d:
                d[k + 'x'] = 2

    def test_ordered(self):
        d = r_ordereddict(lower_eq, lower_hash)
        for k in 'cab':
            d[k] = k
        self.assertEqual(d.keys(), ['c', 'a', 'b'])
        self.assertIsInstance(d, r_dict)
        self.assertIs(type(d.copy()), r_ordereddict)


class DictHelperTests(unittest.TestCase):

    def test_with_hash_on_a_dict(self):
        d = {'a': 1, 'b': 2}
        pairs = list(iterkeys_with_hash(d))
        self.assertEqual(pairs, [('a', compute_hash('a')), ('b', compute_hash('b'))])
        h = compute_hash('c')
        setitem_with_hash(d, 'c', h, 3)
        self.assertEqual(getitem_with_hash(d, 'c', h), 3)
        self.assertTrue(contains_with_hash(d, 'c', h))
        delitem_with_hash(d, 'c', h)
        self.assertFalse(contains_with_hash(d, 'c', h))
        self.assertEqual(list(iteritems_with_hash(d)),
                         [('a', 1, compute_hash('a')), ('b', 2, compute_hash('b'))])

    def test_with_hash_on_an_r_dict(self):
        d = r_dict(lower_eq, lower_hash)
        h = intmask(lower_hash('Key'))
        setitem_with_hash(d, 'Key', h, 1)
        self.assertEqual(getitem_with_hash(d, 'KEY', h), 1)
        self.assertEqual(list(iterkeys_with_hash(d)), [('Key', h)])

    def test_a_wrong_hash_is_detected(self):
        with self.assertRaises(ValueError):
            setitem_with_hash({}, 'a', compute_hash('a') + 1, 0)

    def test_move_to_end(self):
        d = {'a': 1, 'b': 2, 'c': 3}
        move_to_end(d, 'a')
        self.assertEqual(list(d), ['b', 'c', 'a'])
        move_to_end(d, 'c', last=False)
        self.assertEqual(list(d.items()), [('c', 3), ('b', 2), ('a', 1)])
        r = r_ordereddict(lower_eq, lower_hash)
        r['x'] = 1
        r['y'] = 2
        move_to_end(r, 'X')
        self.assertEqual(r.keys(), ['y', 'x'])
        move_to_end(r, 'X', last=False)
        self.assertEqual(r.keys(), ['x', 'y'])
        self.assertEqual(r['y'], 2)
        with self.assertRaises(KeyError):
            move_to_end(d, 'missing')
        with self.assertRaises(KeyError):
            move_to_end(r, 'missing')

    def test_reversed_dict(self):
        self.assertEqual(list(reversed_dict({'a': 1, 'b': 2})), ['b', 'a'])

    def test_mark_dict_non_null(self):
        self.assertIsNone(mark_dict_non_null({}))
        self.assertIsNone(mark_dict_non_null(r_dict(lower_eq, lower_hash)))
        with self.assertRaises(TypeError):
            mark_dict_non_null([])


class Base(object):
    _immutable_fields_ = ['base_field']

    def base_method(self):
        return 'base'

    def shared(self):
        return 'from base'


class Mixin(Base):
    _immutable_fields_ = ['mixin_field']
    attribute = 42

    def __init__(self, x):
        self.x = x

    def shared(self):
        return 'from mixin'

    def get_x(self):
        return self.x

    @staticmethod
    def helper(y):
        return y + 1

    def __repr__(self):
        return 'not copied'


class MixinTests(unittest.TestCase):

    def test_copies_methods_and_attributes(self):
        class A(object):
            _immutable_fields_ = ['own']
            import_from_mixin(Mixin)

            def own(self):
                return self.get_x() * 2

        a = A(5)
        self.assertEqual(a.x, 5)                      # __init__ is copied
        self.assertEqual(a.get_x(), 5)
        self.assertEqual(a.own(), 10)
        self.assertEqual(a.shared(), 'from mixin')   # the subclass's version wins
        self.assertEqual(a.base_method(), 'base')    # bases are copied too
        self.assertEqual(A.helper(1), 2)
        self.assertEqual(A.attribute, 42)
        self.assertFalse(issubclass(A, Mixin))
        self.assertNotIn('__repr__', A.__dict__)     # other dunders are not
        self.assertEqual(sorted(A._immutable_fields_), ['base_field', 'mixin_field', 'own'])

    def test_functions_are_copies(self):
        class A(object):
            import_from_mixin(Mixin)

        class B(object):
            import_from_mixin(Mixin)
        self.assertIsNot(A.__dict__['get_x'], Mixin.__dict__['get_x'])
        self.assertIsNot(A.__dict__['get_x'], B.__dict__['get_x'])
        self.assertIsNot(A.__dict__['helper'].__func__, Mixin.__dict__['helper'].__func__)
        self.assertEqual(A.get_x.__qualname__.split('.')[-2:], ['A', 'get_x'])

    def test_function_attributes_are_kept(self):
        class M(object):
            @specialize.argtype(1)
            def m(self, x):
                return x

        class A(object):
            import_from_mixin(M)
        self.assertEqual(A.m._annspecialcase_, 'specialize:argtype(1)')

    def test_special_methods_argument(self):
        class M(object):
            def __len__(self):
                return 3

            def __init__(self):
                self.y = 1

        class A(object):
            import_from_mixin(M, special_methods=['__len__'])
        self.assertEqual(len(A()), 3)
        self.assertFalse(hasattr(A(), 'y'))

    def test_refuses_to_overwrite(self):
        with self.assertRaises(TypeError):
            class A(object):
                def get_x(self):
                    return 0
                import_from_mixin(Mixin)

    def test_refuses_classmethods_and_mixin_flag(self):
        class WithClassmethod(object):
            @classmethod
            def c(cls):
                return cls
        with self.assertRaises(TypeError):
            class A(object):
                import_from_mixin(WithClassmethod)

        class Flagged(object):
            _mixin_ = True
        with self.assertRaises(TypeError):
            class B(object):
                import_from_mixin(Flagged)

    def test_must_be_called_in_a_class_body(self):
        with self.assertRaises(TypeError):
            import_from_mixin(Mixin)


if __name__ == '__main__':
    unittest.main()
