using System.Globalization;
using Rpython.Translator.Annotation;
using Rpython.Translator.Diagnostics;
using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;
using Rpython.Translator.Transform;

namespace Rpython.Tests.RTyping;

/// <summary>
/// The RTyper checked by the LLInterpreter: each program of RTyping/programs defines <c>main(n)</c>
/// (whose result is an int, a float, a bool, None or a str);
/// it is annotated with an int argument, lowered, and run on low-level graphs for a set of inputs,
/// and every result must be what CPython computes running the program untranslated. The lowered
/// graphs are golden text (<c>.ll</c>), every variable with its low-level type.
/// </summary>
[TestFixture]
public sealed class RTyperTests
{
    /// <summary>The arguments main is run with (the C# backend's tests use them too).</summary>
    internal static readonly long[] Inputs = [-13, -7, -2, -1, 0, 1, 2, 3, 7, 12, 100, 12345];

    /// <summary>programs/ also run through the C# backend; heap_programs/ use instances, which the
    /// backend cannot emit until the heap and the GC exist.</summary>
    private static IEnumerable<TestCaseData> Programs() =>
        new[] { "programs", "heap_programs" }
            .SelectMany(folder => Directory.GetFiles(TestPaths.InRepo("tests", "Rpython.Tests", "RTyping", folder), "*.py"))
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)
            .Select(p => new TestCaseData(p).SetName("RType_" + Path.GetFileNameWithoutExtension(p)));

    /// <summary>Annotates main(int) of the program and lowers every graph it reaches, checked.</summary>
    internal static (ProgramAnnotation Program, FunctionGraph Main, ExceptionData Exceptions) Lower(string path)
    {
        var diagnostics = new DiagnosticBag();
        var program = ProgramAnnotation.AnnotateFunction(path, "main", [new SomeInteger()], diagnostics);
        Assert.That(diagnostics.Items, Is.Empty, () => string.Join("\n", diagnostics.Items.Select(d => d.ToString())));
        var typer = new RTyper(program!.Annotator);
        typer.Specialize();
        foreach (var graph in program.Annotator.Graphs)
            GraphChecker.Check(graph);
        return (program, program.Entry, typer.ExceptionData);
    }

    /// <summary>Lowers the program as <see cref="Lower"/> does, then runs the exception transform, checked.</summary>
    internal static (ProgramAnnotation Program, FunctionGraph Main, ExceptionData Exceptions) LowerAndTransform(string path)
    {
        var (program, main, exceptions) = Lower(path);
        ExceptionTransform.Run(program.Annotator.Graphs, exceptions);
        foreach (var graph in program.Annotator.Graphs)
            GraphChecker.Check(graph);
        return (program, main, exceptions);
    }

    [TestCaseSource(nameof(Programs))]
    public void LowLevelGraphsMatchGolden(string path)
    {
        var (program, _, _) = Lower(path);
        string dump = string.Join("\n", program.Annotator.Graphs.Select(g => GraphDumper.Dump(g, v => Short(v.ConcreteType))));
        Golden.Compare(path + ".ll", dump);
    }

    [TestCaseSource(nameof(Programs))]
    public void LLInterpreterAgreesWithCPython(string path)
    {
        var (_, main, exceptions) = Lower(path);
        var interpreter = new LLInterpreter(exceptions);
        Assert.That(Inputs.Select(n => Outcome(() => interpreter.Run(main, [n]))).ToList(), Is.EqualTo(CPythonResults(path)));
    }

    /// <summary>The exception transform keeps the meaning: the transformed graphs, run as the backend
    /// runs them (exceptions through exc_data), give CPython's results too.</summary>
    [TestCaseSource(nameof(Programs))]
    public void TransformedGraphsAgreeWithCPython(string path)
    {
        var (_, main, exceptions) = LowerAndTransform(path);
        Assert.That(TransformedOutcomes(main, exceptions), Is.EqualTo(CPythonResults(path)));
    }

    /// <summary>main's outcome for each input, running the transformed graphs as the backend runs
    /// them: an exception that escapes is left in exc_data.</summary>
    internal static List<string> TransformedOutcomes(FunctionGraph main, ExceptionData exceptions)
    {
        var interpreter = new LLInterpreter(exceptions, exceptionsTransformed: true);
        return [.. Inputs.Select(n => Outcome(() =>
        {
            object? result = interpreter.Run(main, [n]);
            if (exceptions.State.Fields["exc_type"] is ClassInfo raised)
            {
                exceptions.State.Fields["exc_type"] = null;
                exceptions.State.Fields["exc_value"] = null;
                throw new LLException(raised, null);
            }
            return result;
        }))];
    }

    /// <summary>main's result as repr() shows it, or the name of the exception it raised.</summary>
    internal static string Outcome(Func<object?> run)
    {
        try
        {
            return Repr(run());
        }
        catch (LLException e)
        {
            return "raises " + ExceptionData.ShortName(e.Type);
        }
    }

    /// <summary>What CPython's main gives for each input, as <see cref="Outcome"/> writes it.</summary>
    internal static List<string> CPythonResults(string path)
    {

        const string script = """
            import importlib.util, sys
            spec = importlib.util.spec_from_file_location("program", sys.argv[1])
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            for n in sys.argv[2:]:
                try:
                    result = module.main(int(n))
                    print(ascii(result) if isinstance(result, str) else repr(result))
                except Exception as e:
                    print("raises " + type(e).__name__)
            """;
        return [.. CPython.RunScript(script, [path, .. Inputs.Select(n => n.ToString(CultureInfo.InvariantCulture))])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>A pointer to a struct by the struct's name only: the dumps stay readable.</summary>
    internal static string Short(LowLevelType? type) => type switch
    {
        null => "?",
        PtrType { Target: StructType s } => $"Ptr({s.Name})",
        PtrType { Target: ForwardReference { Target: { } s } } => $"Ptr({s.Name})",
        _ => type.ToString(),
    };

    private static string Repr(object? value) => value switch
    {
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => PyRepr.Float(d),
        LLObject { Type.Name: "rpy_str" } str => Ascii(LLInterpreter.StrText(str)!),
        string text => Ascii(text),
        _ => PyRepr.Of(value),
    };

    /// <summary>CPython's ascii() of a str: its repr with every character outside ASCII escaped.</summary>
    private static string Ascii(string text)
    {
        char quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var escaped = new System.Text.StringBuilder().Append(quote);
        for (int i = 0; i < text.Length; i++)
        {
            int c = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i++) : text[i];
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + quote,
                >= 0x20 and < 0x7F => ((char)c).ToString(),
                < 0x100 => FormattableString.Invariant($"\\x{c:x2}"),
                < 0x10000 => FormattableString.Invariant($"\\u{c:x4}"),
                _ => FormattableString.Invariant($"\\U{c:x8}"),
            });
        }
        return escaped.Append(quote).ToString();
    }
}
