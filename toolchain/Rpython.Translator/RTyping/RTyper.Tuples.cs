using System.Globalization;
using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// Tuples made from tuples (RPython's rtuple.py): concatenation, and a tuple converted to a tuple type
// whose items are wider (an int tuple where a tuple of floats is expected, an instance where its
// base class is): both build a new tuple, item by item, since a tuple is immutable.

internal sealed partial class RTyper
{
    private sealed partial class LowLevelOps
    {
        /// <summary>Lowers an operation that makes a tuple from tuples; false if the operation is not one.</summary>
        private bool TupleOperation(Variable result)
        {
            if (op.OpName is not ("add" or "inplace_add") || op.Args.Length != 2
                || typer.Binding(op.Args[0]) is not SomeTuple || typer.Binding(op.Args[1]) is not SomeTuple)
                return false;
            var items = TupleItems(Arg(0, typer.TypeOf(op.Args[0], At))).Concat(TupleItems(Arg(1, typer.TypeOf(op.Args[1], At)))).ToList();
            NewTupleInto(result, items);
            return true;
        }

        /// <summary>The items of a tuple, read from its fields.</summary>
        private List<FlowValue> TupleItems(FlowValue tuple)
        {
            var type = (StructType)((PtrType)tuple.ConcreteType!).Target;
            return [.. type.Fields.Select(field =>
            {
                var item = Temp(field.Type);
                Emit("getfield", item, tuple, Void(field.Name));
                return (FlowValue)item;
            })];
        }

        /// <summary>A new tuple of <paramref name="result"/>'s type holding <paramref name="items"/>, each converted to its field's type.</summary>
        private void NewTupleInto(Variable result, IReadOnlyList<FlowValue> items)
        {
            var type = (StructType)((PtrType)result.ConcreteType!).Target;
            Emit("malloc", result, Void(type), Void("gc"));
            for (int i = 0; i < items.Count; i++)
                Emit("setfield", Temp(LowLevelTypes.Void), result, Void(type.Fields[i].Name), Convert(items[i], type.Fields[i].Type));
        }

        /// <summary>Whether <paramref name="from"/> and <paramref name="to"/> are tuple types of the same length.</summary>
        private static bool AreTuples(LowLevelType from, LowLevelType to) =>
            from is PtrType { Target: StructType a } && to is PtrType { Target: StructType b }
            && a.Name.StartsWith("tuple", StringComparison.Ordinal) && a.Name == b.Name
            && a.Name == "tuple" + a.Fields.Length.ToString(CultureInfo.InvariantCulture);

        /// <summary><paramref name="value"/>, a tuple, as a tuple of <paramref name="converted"/>'s type.</summary>
        private Variable ConvertTuple(FlowValue value, Variable converted)
        {
            NewTupleInto(converted, TupleItems(value));
            return converted;
        }
    }
}
