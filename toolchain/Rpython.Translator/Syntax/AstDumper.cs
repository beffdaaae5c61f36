using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text;
using Rpython.Translator.Diagnostics;

namespace Rpython.Translator.Syntax;

/// <summary>
/// Prints an AST in the stable, indented text form that <c>tests/tools/astdump.py</c> prints for
/// CPython's <c>ast</c>: node and field names as in CPython, positions as
/// <c>@line:col-endline:endcol</c> (columns in UTF-8 bytes), one field per line.
/// </summary>
internal static class AstDumper
{
    private static readonly Dictionary<string, string> s_pythonTypeNames = new(StringComparer.Ordinal)
    {
        [nameof(ExprStmt)] = "Expr", [nameof(DictExpr)] = "Dict", [nameof(SetExpr)] = "Set",
        [nameof(ListExpr)] = "List", [nameof(TupleExpr)] = "Tuple", [nameof(Arguments)] = "arguments",
        [nameof(Arg)] = "arg", [nameof(Keyword)] = "keyword", [nameof(Alias)] = "alias",
        [nameof(WithItem)] = "withitem", [nameof(Comprehension)] = "comprehension", [nameof(MatchCase)] = "match_case",
    };

    private static readonly Dictionary<(string, string), string> s_pythonFieldNames = new()
    {
        [(nameof(Arg), nameof(Arg.Name))] = "arg",
        [(nameof(Arguments), nameof(Arguments.PosOnlyArgs))] = "posonlyargs",
        [(nameof(Arguments), nameof(Arguments.KwOnlyArgs))] = "kwonlyargs",
        [(nameof(Arguments), nameof(Arguments.VarArg))] = "vararg",
        [(nameof(Arguments), nameof(Arguments.KwArg))] = "kwarg",
        [(nameof(Alias), nameof(Alias.AsName))] = "asname",
    };

    private static readonly ConcurrentDictionary<Type, (string Name, (string Field, PropertyInfo Property)[] Fields)> s_shapes = new();

    public static string Dump(Node node, SourceText source)
    {
        var output = new StringBuilder();
        WriteHead(output, node, source);
        output.Append('\n');
        WriteFields(output, node, source, 2);
        return output.ToString();
    }

    private static (string Name, (string Field, PropertyInfo Property)[] Fields) Shape(Type type) =>
        s_shapes.GetOrAdd(type, t =>
        {
            string name = s_pythonTypeNames.GetValueOrDefault(t.Name, t.Name);
            var fields = t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.Name != nameof(LocatedNode.Span) && p.GetIndexParameters().Length == 0)
                .OrderBy(p => p.MetadataToken)
                .Select(p => (s_pythonFieldNames.GetValueOrDefault((t.Name, p.Name)) ?? SnakeCase(p.Name), p))
                .ToArray();
            return (name, fields);
        });

    private static string SnakeCase(string name)
    {
        var result = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                result.Append('_');
            result.Append(char.ToLowerInvariant(name[i]));
        }
        return result.ToString();
    }

    private static void WriteHead(StringBuilder output, Node node, SourceText source)
    {
        output.Append(Shape(node.GetType()).Name);
        if (node is LocatedNode located)
        {
            var (line, column) = source.LineByteColumn(located.Span.Start);
            var (endLine, endColumn) = source.LineByteColumn(located.Span.End);
            output.Append(CultureInfo.InvariantCulture, $" @{line}:{column}-{endLine}:{endColumn}");
        }
    }

    private static void WriteFields(StringBuilder output, Node node, SourceText source, int indent)
    {
        foreach (var (field, property) in Shape(node.GetType()).Fields)
        {
            output.Append(' ', indent).Append(field).Append(':');
            object? value = property.GetValue(node);
            if (value is IEnumerable items and not string)
            {
                var list = items.Cast<object?>().ToList();
                if (list.Count == 0)
                {
                    output.Append(" []\n");
                    continue;
                }
                output.Append('\n');
                foreach (object? item in list)
                {
                    output.Append(' ', indent + 2).Append("- ");
                    WriteValue(output, item, source, indent + 4);
                }
            }
            else
            {
                output.Append(' ');
                WriteValue(output, value, source, indent + 2);
            }
        }
    }

    private static void WriteValue(StringBuilder output, object? value, SourceText source, int indent)
    {
        if (value is Node node)
        {
            WriteHead(output, node, source);
            output.Append('\n');
            WriteFields(output, node, source, indent);
            return;
        }
        output.Append(value is Enum e ? e.ToString() : Scalar(value)).Append('\n');
    }

    /// <summary>A constant in the normalised form (see tests/tools/astdump.py).</summary>
    public static string Scalar(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        EllipsisValue => "Ellipsis",
        string s => "'" + Escape(s) + "'",
        CodePointString s => "'" + Escape(s.CodePoints) + "'",
        Bytes bytes => "b'" + Escape(string.Concat(bytes.Value.Select(x => (char)x))) + "'",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        double d => "float(" + Bits(d) + ")",
        Complex c => "complex(" + Bits(c.Real) + ", " + Bits(c.Imaginary) + ")",
        _ => throw new ArgumentException($"unexpected constant {value.GetType().Name}", nameof(value)),
    };

    private static string Bits(double d) =>
        "0x" + BitConverter.DoubleToInt64Bits(d).ToString("x16", CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        var codePoints = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            codePoints.Add(CodePoints.At(text, i, out int width));
            i += width - 1;
        }
        return Escape(codePoints);
    }

    private static string Escape(IEnumerable<int> codePoints)
    {
        var output = new StringBuilder();
        foreach (int c in codePoints)
        {
            switch (c)
            {
                case '\\': output.Append("\\\\"); break;
                case '\'': output.Append("\\'"); break;
                case >= 0x20 and < 0x7F: output.Append((char)c); break;
                case < 0x100: output.Append(CultureInfo.InvariantCulture, $"\\x{c:x2}"); break;
                case < 0x10000: output.Append(CultureInfo.InvariantCulture, $"\\u{c:x4}"); break;
                default: output.Append(CultureInfo.InvariantCulture, $"\\U{c:x8}"); break;
            }
        }
        return output.ToString();
    }
}
