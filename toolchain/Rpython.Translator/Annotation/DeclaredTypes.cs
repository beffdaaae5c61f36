using Rpython.Translator.Diagnostics;
using Rpython.Translator.Flow;
using Rpython.Translator.Syntax;

namespace Rpython.Translator.Annotation;

/// <summary>
/// Type annotations in the source (<c>def f(x: int) -> str</c>, <c>x: int = ...</c>) are optional
/// checks: after inference, each annotated parameter, assignment and return value of a reached
/// function must conform to what was declared, or it is a diagnostic at the annotation. Understood: int, float, bool, str, None, classes of the
/// program, <c>list[T]</c>, <c>dict[K, V]</c>, <c>tuple[T, ...]</c> (fixed length), <c>T | None</c> and
/// <c>Optional[T]</c>; anything else is not checked. A bool conforms to int, an int to float.
/// </summary>
internal static class DeclaredTypes
{
    public static void Check(Annotator annotator, DiagnosticBag diagnostics)
    {
        foreach (var graph in annotator.Graphs)
        {
            var function = annotator.DescOf(graph).Function;
            var source = annotator.SourceOf(function.Module);
            var parameters = function.Arguments.PosOnlyArgs.Concat(function.Arguments.Args).ToList();
            for (int i = 0; i < parameters.Count && i < graph.StartBlock.InputArgs.Count; i++)
            {
                if (parameters[i].Annotation is { } declared)
                    CheckOne(annotator, function, declared, annotator.Binding(graph.StartBlock.InputArgs[i]), $"parameter '{parameters[i].Name}'", source, diagnostics);
            }
            foreach (var (value, declared, name) in graph.Declarations)
                CheckOne(annotator, function, declared, annotator.Binding(value), $"variable '{name}'", source, diagnostics);
            if (function.Definition is FunctionDef { Returns: { } returns })
                CheckOne(annotator, function, returns, annotator.ReturnAnnotation(graph), $"the result of {function.Name}()", source, diagnostics);
        }
    }

    private static void CheckOne(Annotator annotator, PyFunction function, Expr declared, SomeValue inferred, string what, SourceText source, DiagnosticBag diagnostics)
    {
        if (inferred is SomeImpossibleValue)
            return;
        if (Conforms(annotator, function, declared, inferred) == false)
        {
            diagnostics.Add(source, declared.Span.Start,
                $"{what} is declared {source.Text[declared.Span.Start..declared.Span.End]} but is inferred to be {AnnotationFormatter.Format(inferred)}");
        }
    }

    /// <summary>Null when the declaration is not one this check understands.</summary>
    private static bool? Conforms(Annotator annotator, PyFunction function, Expr declared, SomeValue inferred)
    {
        switch (declared)
        {
            case Syntax.Constant { Value: null } or Name { Id: "None" }:
                return inferred is SomeNone;
            case Syntax.Constant { Value: string text } when text.All(c => char.IsLetterOrDigit(c) || c == '_'):
                // A forward reference to a class: "Node".
                return NamedType(annotator, function, text, inferred);
            case BinOp { Op: OperatorKind.BitOr } union:
                return EitherOf(annotator, function, union.Left, union.Right, inferred);
            case Subscript { Value: Name { Id: "Optional" }, Slice: var inner }:
                return EitherOf(annotator, function, inner, new Name(inner.Span, "None", ExprContext.Load), inferred);
            case Subscript { Value: Name { Id: "list" or "List" }, Slice: var item }:
                return inferred is SomeList list ? Conforms(annotator, function, item, list.ListDef.Item) ?? true : false;
            case Subscript { Value: Name { Id: "dict" or "Dict" }, Slice: TupleExpr { Elts: [var key, var value] } }:
                return inferred is SomeDict dict
                    ? (Conforms(annotator, function, key, dict.DictDef.Key) ?? true) && (Conforms(annotator, function, value, dict.DictDef.Value) ?? true)
                    : false;
            case Subscript { Value: Name { Id: "tuple" or "Tuple" }, Slice: var items }:
            {
                var declaredItems = items is TupleExpr t ? t.Elts : [items];
                return inferred is SomeTuple tuple && tuple.Items.Length == declaredItems.Length
                    && declaredItems.Zip(tuple.Items).All(p => Conforms(annotator, function, p.First, p.Second) ?? true);
            }
            case Name n:
                return NamedType(annotator, function, n.Id, inferred);
            default:
                return null;
        }
    }

    private static bool? EitherOf(Annotator annotator, PyFunction function, Expr left, Expr right, SomeValue inferred)
    {
        bool leftIsNone = left is Name { Id: "None" } or Syntax.Constant { Value: null };
        var (other, noneSide) = leftIsNone ? (right, left) : (left, right);
        bool rightIsNone = noneSide is Name { Id: "None" } or Syntax.Constant { Value: null };
        if (!rightIsNone && !leftIsNone)
            return null;
        if (inferred is SomeNone)
            return true;
        return Conforms(annotator, function, other, WithoutNone(inferred));
    }

    private static SomeValue WithoutNone(SomeValue value) => value switch
    {
        SomeInstance i => i with { CanBeNone = false },
        SomeString { CanBeNone: true } s and not SomeChar => new SomeString(noNul: s.NoNul),
        _ => value,
    };

    private static bool? NamedType(Annotator annotator, PyFunction function, string name, SomeValue inferred)
    {
        switch (name)
        {
            case "int":
                return inferred is SomeInteger { Unsigned: false };
            case "float":
                return inferred is SomeFloat or SomeInteger;
            case "bool":
                return inferred is SomeBool;
            case "str":
                return inferred is SomeString { CanBeNone: false };
            case "list":
                return inferred is SomeList;
            case "dict":
                return inferred is SomeDict;
        }
        if (function.Module.Globals.TryGetValue(name, out var value) && value is PyClass cls && cls.ModuleName != "builtins")
        {
            var classDef = annotator.Bookkeeper.ClassDefOf(cls);
            return inferred is SomeInstance { CanBeNone: false } instance && instance.ClassDef.IsSubclassOf(classDef);
        }
        return null;
    }
}
