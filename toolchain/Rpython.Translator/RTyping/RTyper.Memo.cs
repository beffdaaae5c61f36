using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// Calls of @specialize.memo() functions (RPython's rpython/rtyper/rpbc.py memo and annotator
// specialize.memo): the function ran at import time for every combination of its arguments' possible
// values (classes, functions, frozen objects, bools); translated, a call looks the result up. The
// lookup is a graph the RTyper builds already lowered: one block per combination, comparing the
// arguments with its values and returning its result, the last combination being the default.

internal sealed partial class RTyper
{
    private readonly Dictionary<(PyFunction, string), FunctionGraph> _memoLookups = [];

    private static bool IsMemo(PyFunction function) =>
        function.Hints.Any(h => h is PyExternalCall { Callee.QualifiedName: "rpython.rlib.objectmodel.specialize.memo" });

    /// <summary>The lookup graph of <paramref name="function"/> for arguments of these annotations and
    /// low-level types, returning a <paramref name="resultType"/>.</summary>
    private FunctionGraph MemoLookup(PyFunction function, IReadOnlyList<SomeValue> args, IReadOnlyList<LowLevelType> types, LowLevelType resultType, SourceLocation? at)
    {
        string key = string.Join(", ", args.Select(AnnotationFormatter.Format)) + " -> " + resultType;
        if (_memoLookups.TryGetValue((function, key), out var known))
            return known;
        var table = annotator.MemoTable(function, args);
        var parameters = types.Select((t, i) => new Variable("arg") { ConcreteType = t }).ToList();
        var start = new Block(parameters);
        var graph = new FunctionGraph(function.Module.Name, function.QualifiedName + "__memo", start, at);
        graph.ReturnBlock.InputArgs[0].ConcreteType = resultType;
        graph.ExceptBlock.InputArgs[0].ConcreteType = LowLevelTypes.Ptr(InstanceLayouts.VtableType);
        graph.ExceptBlock.InputArgs[1].ConcreteType = ExceptionData.ValuePointer;
        var block = start;
        var inputs = parameters;
        for (int row = 0; row < table.Count; row++)
        {
            var result = Typed(LowLevelConstant(table[row].Result, resultType, at), resultType);
            if (row == table.Count - 1)
            {
                Jump(block, null, graph.ReturnBlock, result);
                break;
            }
            var matches = MatchRow(block, inputs, table[row].Args, types, at);
            var next = new Block(inputs.Select(v => new Variable(v.Prefix) { ConcreteType = v.ConcreteType }));
            block.ExitSwitch = matches;
            Jump(block, false, next, [.. inputs]);
            Jump(block, true, graph.ReturnBlock, result);
            block = next;
            inputs = next.InputArgs;
        }
        annotator.AddLowLevelGraph(graph);
        _builtLowLevel.Add(graph);
        _memoLookups[(function, key)] = graph;
        return graph;
    }

    /// <summary>Operations in <paramref name="block"/> computing whether the arguments are the row's values.</summary>
    private Variable MatchRow(Block block, List<Variable> inputs, object?[] values, IReadOnlyList<LowLevelType> types, SourceLocation? at)
    {
        Variable? all = null;
        for (int i = 0; i < inputs.Count; i++)
        {
            if (types[i] == LowLevelTypes.Void)
                continue;  // a single possible value: it always matches
            var value = Typed(LowLevelConstant(values[i], types[i], at), types[i]);
            var equal = new Variable("eq") { ConcreteType = LowLevelTypes.Bool };
            string compare = types[i] switch
            {
                PtrType => "ptr_eq",
                PrimitiveType { Kind: PrimitiveKind.Bool } => "bool_eq",
                PrimitiveType { Kind: PrimitiveKind.Float } => "float_eq",
                _ => "int_eq",
            };
            if (compare == "bool_eq")
            {
                var asInt = new Variable("b") { ConcreteType = LowLevelTypes.Signed };
                block.Operations.Add(new SpaceOperation("cast_bool_to_int", [inputs[i]], asInt, at));
                block.Operations.Add(new SpaceOperation("int_eq", [asInt, Typed((bool)value.Value! ? 1L : 0L, LowLevelTypes.Signed)], equal, at));
            }
            else
            {
                block.Operations.Add(new SpaceOperation(compare, [inputs[i], value], equal, at));
            }
            if (all is null)
            {
                all = equal;
                continue;
            }
            var both = new Variable("both") { ConcreteType = LowLevelTypes.Bool };
            var (a, b) = (new Variable("a") { ConcreteType = LowLevelTypes.Signed }, new Variable("b") { ConcreteType = LowLevelTypes.Signed });
            var product = new Variable("ab") { ConcreteType = LowLevelTypes.Signed };
            block.Operations.Add(new SpaceOperation("cast_bool_to_int", [all], a, at));
            block.Operations.Add(new SpaceOperation("cast_bool_to_int", [equal], b, at));
            block.Operations.Add(new SpaceOperation("int_and", [a, b], product, at));
            block.Operations.Add(new SpaceOperation("int_is_true", [product], both, at));
            all = both;
        }
        if (all is null)
        {
            all = new Variable("always") { ConcreteType = LowLevelTypes.Bool };
            block.Operations.Add(new SpaceOperation("same_as", [Typed(true, LowLevelTypes.Bool)], all, at));
        }
        return all;
    }

    private static void Jump(Block from, object? exitCase, Block to, params FlowValue[] args)
    {
        var link = new Link(from, exitCase) { Target = to };
        link.Args.AddRange(args);
        from.Exits.Add(link);
    }

    private sealed partial class LowLevelOps
    {
        /// <summary>A call of a memo function: a direct_call of its lookup graph.</summary>
        private void MemoCall(PyFunction function, Variable result)
        {
            var (positional, keywords, names) = CallArguments();
            var sources = CallBinding.Bind(function, positional.Count, names);
            var arguments = CallBinding.Apply<FlowValue>(sources, positional, keywords, constant => new Constant(constant),
                _ => throw new TyperError(At, $"the memo function {function.Name}() cannot take *args"));
            var annotations = arguments.Select(typer.Binding).ToList();
            var types = arguments.Select(a => typer.TypeOf(a, At)).ToList();
            var graph = typer.MemoLookup(function, annotations, types, result.ConcreteType!, At);
            Emit("direct_call", result, [Typed(graph, LowLevelTypes.Void), .. arguments.Select((a, i) => Convert(a, types[i]))]);
        }
    }
}
