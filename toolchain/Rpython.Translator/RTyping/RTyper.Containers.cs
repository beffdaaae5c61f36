using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// The program's operations on lists (RPython's rlist.py): each becomes a call of an ll helper of
// toolchain/rpython/rtyper/rlist.py on the list's low-level form (a resizable list or a fixed one,
// as the annotator's ListDef says), except what is one low-level operation anyway (storing the
// items of a list display). Items are compared (==, and < to sort) with the functions of their type
// (RTyper.Tuples.cs), passed to the helpers as Void constants. The iterator of enumerate(l) is the
// list's iterator; its next makes the (index, item) tuple.

internal sealed partial class RTyper
{
    private sealed partial class LowLevelOps
    {
        /// <summary>Lowers an operation on a list; false if the operation is not one.</summary>
        private bool ListOperation(Variable result)
        {
            var first = op.Args.Length > 0 ? typer.Binding(op.Args[0]) : null;
            var second = op.Args.Length > 1 ? typer.Binding(op.Args[1]) : null;
            switch (op.OpName)
            {
                case "newlist":
                    NewList(result);
                    return true;
                case "getattr" when typer.Binding(result) is SomeBuiltinMethod { Receiver: SomeList }:
                    Emit("same_as", result, Arg(0, result.ConcreteType!));
                    return true;
                case "simple_call" when first is SomeBuiltinMethod { Receiver: SomeList } method:
                    ListMethod(method.Name, result);
                    return true;
                case "simple_call" when first is SomeBuiltin { Name: "len" } && second is SomeList:
                    CallHelper("rlist", "ll_len", result, Arg(1, typer.TypeOf(op.Args[1], At)));
                    return true;
                case "simple_call" when first is SomeBuiltin { Name: "list" } && second is SomeList:
                    CallHelper("rlist", "ll_copy", result, Void(result.ConcreteType), List(1));
                    return true;
                case "simple_call" when first is SomeBuiltin { Name: "range" }:
                    Range(result);
                    return true;
                // An index the annotator knows to be non-negative needs no negative-index path.
                case "getitem" when first is SomeList:
                    CallHelper("rlist", second is SomeInteger { Nonneg: true } ? "ll_getitem_nonneg" : "ll_getitem", result, List(0), Arg(1, LowLevelTypes.Signed));
                    return true;
                case "setitem" when first is SomeList:
                    CallHelper("rlist", second is SomeInteger { Nonneg: true } ? "ll_setitem_nonneg" : "ll_setitem", result, List(0), Arg(1, LowLevelTypes.Signed), Item(2, first));
                    return true;
                case "delitem" when first is SomeList:
                    CallHelper("rlist", "ll_delitem", result, List(0), Arg(1, LowLevelTypes.Signed));
                    return true;
                case "getslice" when first is SomeList:
                    CallHelper("rlist", "ll_slice", result, Void(result.ConcreteType), List(0), Bound(1, 0), Bound(2, long.MaxValue));
                    return true;
                case "delslice" when first is SomeList:
                    CallHelper("rlist", "ll_delslice", result, List(0), Bound(1, 0), Bound(2, long.MaxValue));
                    return true;
                case "iter" when first is SomeList list && IsRangeList(list):
                    if (op.Args[0] is Variable range && typer._rangesIterated.Remove(range, out var bounds))
                    {
                        if (bounds[2] is Constant { Value: 1L })
                            CallHelper("rlist", "ll_rangeiter1", result, Void(result.ConcreteType), bounds[0], bounds[1]);
                        else
                            CallHelper("rlist", "ll_rangeiter", result, [Void(result.ConcreteType), .. bounds]);
                    }
                    else
                        RangeIteratorOfList(result, list, 0);
                    return true;
                case "iter" when first is SomeList:
                    CallHelper("rlist", "ll_listiter", result, Void(result.ConcreteType), List(0));
                    return true;
                case "next" when first is SomeIterator { Container: SomeList list, Variant: "" } && IsRangeList(list):
                    CallHelper("rlist", "ll_rangenext", result, Arg(0, typer.TypeOf(op.Args[0], At)));
                    return true;
                case "next" when first is SomeIterator { Container: SomeList, Variant: "" }:
                    CallHelper("rlist", "ll_listnext", result, Arg(0, typer.TypeOf(op.Args[0], At)));
                    return true;
                case "simple_call" when first is SomeBuiltin { Name: "enumerate" } && second is SomeList list && IsRangeList(list):
                    RangeIteratorOfList(result, list, 1);
                    return true;
                case "simple_call" when first is SomeBuiltin { Name: "enumerate" } && second is SomeList:
                    CallHelper("rlist", "ll_listiter", result, Void(result.ConcreteType), List(1));
                    return true;
                case "iter" when first is SomeIterator:
                    Emit("same_as", result, Arg(0, result.ConcreteType!)); // an iterator is its own (enumerate's)
                    return true;
                case "next" when first is SomeIterator { Container: SomeList list, Variant: "enumerate" }:
                    CallHelper("rlist", "ll_enumnext", result, Void(result.ConcreteType), Arg(0, typer.TypeOf(op.Args[0], At)),
                        Void(typer.annotator.HelperFunction("rlist", IsRangeList(list) ? "ll_rangenext" : "ll_listnext")));
                    return true;
                case "contains" when first is SomeList list:
                    CallHelper("rlist", "ll_contains", result, List(0), Item(1, list), ItemEquality(list));
                    return true;
                case "bool" when first is SomeList:
                    CallHelper("rlist", "ll_is_true", result, List(0));
                    return true;
                case "add" when first is SomeList:
                    CallHelper("rlist", "ll_concat", result, Void(result.ConcreteType), List(0), List(1));
                    return true;
                case "inplace_add" when first is SomeList:
                    CallHelper("rlist", "ll_extend", Temp(LowLevelTypes.Void), List(0), List(1));
                    Emit("same_as", result, List(0));
                    return true;
                case "mul" or "inplace_mul" when first is SomeList:
                    if (op.Args[0] is Variable display && typer._itemsRepeated.Remove(display, out var item))
                        RepeatedItem(result, item);
                    else
                        CallHelper("rlist", "ll_mul", result, Void(result.ConcreteType), List(0), Arg(1, LowLevelTypes.Signed));
                    return true;
                case "eq" or "ne" when first is SomeList list && second is SomeList other:
                {
                    var (canBeEqual, eq) = typer.EqBetween(list.ListDef.Item, other.ListDef.Item, At);
                    if (!canBeEqual)
                        throw new TyperError(At, $"comparing {AnnotationFormatter.FormatType(list)} with {AnnotationFormatter.FormatType(other)}: lists whose items are never equal are not supported by the RTyper yet");
                    Negated(result, op.OpName == "ne", equal => CallHelper("rlist", "ll_listeq", equal, List(0), List(1), Void(eq)));
                    return true;
                }
            }
            return false;
        }

        /// <summary>Argument <paramref name="index"/>, a list, as its low-level pointer.</summary>
        private FlowValue List(int index) => Arg(index, typer.TypeOf(op.Args[index], At));

        /// <summary>Argument <paramref name="index"/> as an item of <paramref name="list"/>.</summary>
        private FlowValue Item(int index, SomeValue list) =>
            Arg(index, typer.LowLevelTypeOf(((SomeList)list).ListDef.Item));

        /// <summary>A slice bound: the argument as an int, or <paramref name="missing"/> for None.</summary>
        private FlowValue Bound(int index, long missing) =>
            op.Args[index] is Constant { Value: null } ? Typed(missing, LowLevelTypes.Signed) : Arg(index, LowLevelTypes.Signed);

        /// <summary>How the helpers compare two items of the list for ==.</summary>
        private Constant ItemEquality(SomeValue list) => Void(typer.EqFunction(((SomeList)list).ListDef.Item, At));

        /// <summary>A list display; <c>[item] * n</c> (the display read by nothing but the mul right
        /// after) is not made: the mul makes the list of n items at once (RPython's ll_alloc_and_set)
        /// and the display's variable, read by nothing else, is a null pointer.</summary>
        private void NewList(Variable result)
        {
            var type = (PtrType)result.ConcreteType!;
            if (op.Args.Length == 1 && OnlyReadBy(result, "mul", "inplace_mul"))
            {
                typer._itemsRepeated[result] = op.Args[0];
                Emit("same_as", result, Typed(typer.LowLevelConstant(null, type, At), type));
                return;
            }
            CallHelper("rlist", "ll_newlist", result, Void(type), Typed((long)op.Args.Length, LowLevelTypes.Signed));
            if (op.Args.Length == 0)
                return;
            var itemType = ItemType(type);
            FlowValue items = result;
            if (type.Target is StructType)
            {
                var array = Temp(((StructType)type.Target).FieldType("items"));
                Emit("getfield", array, result, Void("items"));
                items = array;
            }
            for (int i = 0; i < op.Args.Length; i++)
                Emit("setarrayitem", Temp(LowLevelTypes.Void), items, Typed((long)i, LowLevelTypes.Signed), Arg(i, itemType));
        }

        /// <summary>The low-level type of the items of a list of low-level type <paramref name="type"/>.</summary>
        private static LowLevelType ItemType(PtrType type) =>
            ((ArrayType)(type.Target is ArrayType ? type.Target : ((PtrType)((StructType)type.Target).FieldType("items")).Target)).ItemType;

        /// <summary><c>[item] * n</c>: the list of n items; with an item that is zero in memory (None,
        /// 0, False), which the new list's zeroed memory already holds, without storing them.</summary>
        private void RepeatedItem(Variable result, FlowValue item)
        {
            var type = (PtrType)result.ConcreteType!;
            var count = Arg(1, LowLevelTypes.Signed);
            if (item is Constant { Value: null or 0L or false })
                CallHelper("rlist", "ll_alloc_zeroed", result, Void(type), count);
            else
                CallHelper("rlist", "ll_alloc_and_set", result, Void(type), count, Convert(item, ItemType(type)));
        }

        /// <summary>range(): the list, except where a for loop (or a comprehension) is all that reads
        /// it. Then the iter operation right after makes an iterator from the bounds (RPython's
        /// rrange), and the list is not made: its variable, read by nothing else, is a null pointer.</summary>
        private void Range(Variable result)
        {
            var bounds = op.Args.Skip(1).Select((_, i) => Arg(i + 1, LowLevelTypes.Signed)).ToList();
            var (start, stop, step) = bounds.Count switch
            {
                1 => (Typed(0L, LowLevelTypes.Signed), bounds[0], Typed(1L, LowLevelTypes.Signed)),
                2 => (bounds[0], bounds[1], Typed(1L, LowLevelTypes.Signed)),
                _ => (bounds[0], bounds[1], bounds[2]),
            };
            if (typer.Binding(result) is SomeList list && IsRangeList(list) && OnlyReadBy(result, "iter"))
            {
                typer._rangesIterated[result] = [start, stop, step];
                Emit("same_as", result, Typed(typer.LowLevelConstant(null, result.ConcreteType!, At), result.ConcreteType!));
                return;
            }
            CallHelper("rlist", "ll_range", result, Void(result.ConcreteType), start, stop, step);
        }

        /// <summary>Whether the one use of <paramref name="list"/> is as the first argument of an
        /// operation of the block being lowered named one of <paramref name="opNames"/>.</summary>
        private bool OnlyReadBy(Variable list, params string[] opNames)
        {
            var block = typer._block!;
            return block.Operations.Count(o => o.Args.Contains(list)) == 1
                && block.Operations.Any(o => opNames.Contains(o.OpName) && o.Args[0] == list)
                && block.ExitSwitch != list && !block.Exits.Any(l => l.Args.Contains(list));
        }

        /// <summary>The iterator over a list only range() made (iter or enumerate of argument
        /// <paramref name="index"/>), from its items: its step is known unless several range() calls
        /// with different steps made the list.</summary>
        private void RangeIteratorOfList(Variable result, SomeList list, int index) =>
            CallHelper("rlist", "ll_rangeiter_fromlist", result, Void(result.ConcreteType), List(index), Typed((long)list.ListDef.RangeStep!.Value, LowLevelTypes.Signed));

        private void ListMethod(string name, Variable result)
        {
            var receiver = Arg(0, typer.TypeOf(op.Args[0], At));
            var list = ((SomeBuiltinMethod)typer.Binding(op.Args[0])).Receiver;
            int count = op.Args.Length - 1;
            switch (name, count)
            {
                case ("append", 1):
                    CallHelper("rlist", "ll_append", result, receiver, Item(1, list));
                    return;
                case ("pop", 0):
                    CallHelper("rlist", "ll_pop_default", result, receiver);
                    return;
                case ("pop", 1):
                    CallHelper("rlist", "ll_pop", result, receiver, Arg(1, LowLevelTypes.Signed));
                    return;
                case ("insert", 2):
                    CallHelper("rlist", "ll_insert", result, receiver, Arg(1, LowLevelTypes.Signed), Item(2, list));
                    return;
                case ("extend", 1):
                    CallHelper("rlist", "ll_extend", result, receiver, List(1));
                    return;
                case ("reverse", 0):
                    CallHelper("rlist", "ll_reverse", result, receiver);
                    return;
                case ("sort", 0):
                    CallHelper("rlist", "ll_sort", result, receiver, Void(typer.LtFunction(((SomeList)list).ListDef.Item, At)));
                    return;
                case ("index" or "count" or "remove", 1):
                    CallHelper("rlist", "ll_" + name, result, receiver, Item(1, list), ItemEquality(list));
                    return;
            }
            throw new TyperError(At, $"list.{name}() with {count} argument(s) is not supported by the RTyper yet");
        }
    }
}
