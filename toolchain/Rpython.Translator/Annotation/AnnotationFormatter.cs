using System.Globalization;
using System.Text;
using Rpython.Translator.Flow;

namespace Rpython.Translator.Annotation;

/// <summary>
/// The text users read for an annotation, in signatures, dumps and diagnostics: short, in Python's
/// words, and always the same for equal annotations (no hash or address in it).
/// <code>
/// int   int(nonneg)   r_uint   bool   float   char   str or None   str(no_nul)   unicode
/// tuple(int, str)   list(int, resizable)   dict(str -> int)   r_dict(str -> int)   instance of A or None
/// function f   functions {f, g}   class A   iterator(list(int), reversed)   builtin len
/// None   impossible   int = 5   str = 'abc'
/// </code>
/// A constant is shown after " = ", in Python's repr, except None and prebuilt constants, whose
/// text already names them. A list or dict that contains itself prints as <c>list(...)</c>.
/// </summary>
internal static class AnnotationFormatter
{
    public static string Format(SomeValue value)
    {
        var text = new StringBuilder();
        Append(text, value, withConstant: true, []);
        return text.ToString();
    }

    /// <summary>The annotation without its constant: "int" for <c>int = 5</c>.</summary>
    public static string FormatType(SomeValue value)
    {
        var text = new StringBuilder();
        Append(text, value, withConstant: false, []);
        return text.ToString();
    }

    public static string IntegerName(IntegerKind kind) => kind switch
    {
        IntegerKind.Signed => "int",
        IntegerKind.Unsigned => "r_uint",
        IntegerKind.LongLong => "r_longlong",
        IntegerKind.ULongLong => "r_ulonglong",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string KindName(DescKind kind, bool plural) => (kind, plural) switch
    {
        (DescKind.Function, false) => "function",
        (DescKind.Function, true) => "functions",
        (DescKind.Method, false) => "method",
        (DescKind.Method, true) => "methods",
        (DescKind.Class, false) => "class",
        (DescKind.Class, true) => "classes",
        (DescKind.Frozen, false) => "prebuilt constant",
        (DescKind.Frozen, true) => "prebuilt constants",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <param name="open">the list and dict definitions being printed, to stop at one that contains itself.</param>
    private static void Append(StringBuilder text, SomeValue value, bool withConstant, List<object> open)
    {
        switch (value)
        {
            case SomeImpossibleValue:
                text.Append("impossible");
                return;
            case SomeNone:
                text.Append("None");
                return;
            case SomeBool:
                text.Append("bool");
                break;
            case SomeInteger i:
                text.Append(IntegerName(i.Kind)).Append(i.Nonneg && !i.Unsigned ? "(nonneg)" : "");
                break;
            case SomeFloat:
                text.Append("float");
                break;
            case SomeChar c:
                text.Append("char").Append(c.NoNul ? "(no_nul)" : "");
                break;
            case SomeString s:
                text.Append("str").Append(s.NoNul ? "(no_nul)" : "").Append(s.CanBeNone ? " or None" : "");
                break;
            case SomeBytes b:
                text.Append("bytes").Append(b.CanBeNone ? " or None" : "");
                break;
            case SomeUnicodeCodePoint c:
                text.Append("unichar").Append(c.NoNul ? "(no_nul)" : "");
                break;
            case SomeUnicodeString s:
                text.Append("unicode").Append(s.NoNul ? "(no_nul)" : "").Append(s.CanBeNone ? " or None" : "");
                break;
            case SomeTuple t:
                text.Append("tuple(");
                AppendAll(text, t.Items, open);
                text.Append(')');
                break;
            case SomeList l:
                AppendList(text, l.ListDef, open);
                break;
            case SomeDict d:
                AppendDict(text, d.DictDef, open);
                break;
            case SomeInstance i:
                text.Append("instance of ").Append(i.ClassDef.Name).Append(i.CanBeNone ? " or None" : "");
                break;
            case SomePbc p:
                text.Append(KindName(p.Kind, plural: p.Descs.Length > 1)).Append(' ');
                text.Append(p.Descs.Length > 1 ? "{" + string.Join(", ", p.Descs.Select(d => d.Name)) + "}" : p.Descs[0].Name);
                text.Append(p.CanBeNone ? " or None" : "");
                return;
            case SomeIterator it:
                text.Append("iterator(");
                Append(text, it.Container, withConstant: true, open);
                text.Append(it.Variant.Length > 0 ? ", " + it.Variant : "").Append(')');
                break;
            case SomeBuiltin b:
                text.Append("builtin ").Append(b.Name);
                break;
            case SomeJitDriverMethod m:
                text.Append("JitDriver.").Append(m.Name);
                break;
            case SomeStringBuilder:
                text.Append("StringBuilder");
                break;
            case SomeBuiltinMethod m:
                text.Append("method ").Append(m.Name).Append(" of ");
                Append(text, m.Receiver, withConstant: false, open);
                break;
            case SomePtr p:
                text.Append(p.Type);
                return;
            case SomeInteriorPtr p:
                text.Append("interior ").Append(p.Field).Append(" of ").Append(p.Parent);
                return;
            case SomeArrayItemPtr p:
                text.Append("item of ").Append(p.Array);
                return;
            case SomeLowLevelType t:
                text.Append("lltype ").Append(t.Type);
                return;
            default:
                throw new ArgumentException($"no text for {value.GetType().Name}", nameof(value));
        }
        if (withConstant && value.IsConstant)
            text.Append(" = ").Append(PyRepr.Of(value.Const));
    }

    private static void AppendAll(StringBuilder text, IEnumerable<SomeValue> values, List<object> open)
    {
        bool first = true;
        foreach (var value in values)
        {
            if (!first)
                text.Append(", ");
            first = false;
            Append(text, value, withConstant: true, open);
        }
    }

    private static void AppendList(StringBuilder text, ListDef list, List<object> open)
    {
        if (open.Any(o => o is ListDef other && other.SameAs(list)))
        {
            text.Append("list(...)");
            return;
        }
        open.Add(list);
        text.Append("list(");
        Append(text, list.Item, withConstant: true, open);
        if (list.Resized)
            text.Append(", resizable");
        else if (list.Mutated)
            text.Append(", mutated");
        if (list.MustNotResize)
            text.Append(", never resized");
        if (list.RangeStep is { } step)
            text.Append(", range step ").Append(step.ToString(CultureInfo.InvariantCulture));
        text.Append(')');
        open.RemoveAt(open.Count - 1);
    }

    private static void AppendDict(StringBuilder text, DictDef dict, List<object> open)
    {
        if (open.Any(o => o is DictDef other && other.SameAs(dict)))
        {
            text.Append("dict(...)");
            return;
        }
        open.Add(dict);
        text.Append(dict.KeyEq is null ? "dict(" : "r_dict(");
        Append(text, dict.Key, withConstant: true, open);
        text.Append(" -> ");
        Append(text, dict.Value, withConstant: true, open);
        text.Append(')');
        open.RemoveAt(open.Count - 1);
    }
}
