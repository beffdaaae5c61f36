using System.Globalization;
using System.Text;
using Rpython.Translator.Backend;
using Rpython.Translator.Driver;

namespace Rpython.Tests.EndToEnd;

/// <summary>
/// The whole corpus translated into ONE executable, so that Roslyn compiles once instead of once per
/// program (minutes): every program is translated to C#, its file's namespace line
/// <c>namespace Rpython.Generated;</c> rewritten to one of its own (<c>Rpython.Generated.P042</c>), and
/// a dispatcher <c>CorpusMain.Main</c> added that runs program <c>args[0]</c>'s
/// <c>RpythonMain.Main</c> with the rest of the command line. Each program then runs as a process of
/// the executable, with its own command line and input.
/// <para>
/// Invariants: a program's C# is the emitter's output but for that one line (the emitted code names
/// its own classes unqualified, and the runtime's fully qualified, so nothing else depends on the
/// namespace); a program that does not translate, or whose C# does not compile, fails only its own
/// check: when the batch does not compile, the programs its errors name (or, if they name none, those
/// that do not compile alone) are left out, each with the error it has when compiled alone, and the
/// rest is compiled again.
/// </para>
/// </summary>
internal sealed class TranslatedCorpus : IDisposable
{
    private const string MainClass = "CorpusMain";
    private const string NamespaceLine = "\nnamespace " + CSharpUnit.Namespace + ";\n";

    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, CheckFailure> _failures = [];
    private readonly Dictionary<string, int> _indices = [];
    private readonly string _executable;

    private readonly string _gc;

    /// <summary>Translates <paramref name="programs"/> with garbage collector <paramref name="gc"/> and compiles them.</summary>
    public TranslatedCorpus(IReadOnlyList<CorpusProgram> programs, string gc)
    {
        _gc = gc;
        var emitted = new List<Emitted>();
        for (int i = 0; i < programs.Count; i++)
        {
            try
            {
                emitted.Add(Emit(programs[i], i));
            }
            catch (CheckFailure failure)
            {
                _failures[programs[i].Id] = failure;
            }
        }
        _executable = Path.Combine(_folder.Path, "corpus");
        Compile(emitted);
        ExecutablePackage.Write(AssemblyPath(MainClass), _executable);
        foreach (var program in emitted)
            _indices[program.Id] = program.Index;
    }

    /// <summary>A program's C# as emitted, its index in the corpus and the namespace that makes of it.</summary>
    private sealed record Emitted(string Id, int Index, string CSharp)
    {
        public string Namespace => "P" + Index.ToString("D3", CultureInfo.InvariantCulture);

        /// <summary>The C# in the batch: in its own namespace.</summary>
        public string BatchCSharp => CSharp.Replace(NamespaceLine, "\nnamespace " + CSharpUnit.Namespace + "." + Namespace + ";\n", StringComparison.Ordinal);

        /// <summary>The file's name in the batch's compile errors.</summary>
        public string FileName => Id + ".g.cs";
    }

    /// <summary>Runs the translated program with its command line and input, within the time limit,
    /// with the variables of <paramref name="environment"/> (the GC's parameters) set.</summary>
    public ProgramOutcome Run(CorpusProgram program, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (_failures.TryGetValue(program.Id, out var failure))
            throw failure;
        try
        {
            return ProgramProcess.Run(_executable, [_indices[program.Id].ToString(CultureInfo.InvariantCulture), .. program.Args], program.Stdin, CorpusTranslation.TimeLimit,
                environment: environment);
        }
        catch (TimeoutException e)
        {
            throw CorpusTranslation.Failure("run", e);
        }
    }

    public void Dispose() => _folder.Dispose();

    private string AssemblyPath(string name) => Path.Combine(_folder.Path, name + ".dll");

    private Emitted Emit(CorpusProgram program, int index)
    {
        var translation = CorpusTranslation.Translate(program, TranslationGoal.CSharp, Path.Combine(_folder.Path, "programs", index.ToString(CultureInfo.InvariantCulture), "program"), _gc);
        string csharp = File.ReadAllText(translation.Options.CSharpPath);
        int line = csharp.IndexOf(NamespaceLine, StringComparison.Ordinal);
        if (line < 0 || csharp.IndexOf(NamespaceLine, line + 1, StringComparison.Ordinal) >= 0)
            throw new CheckFailure($"emit: the C# does not declare '{NamespaceLine.Trim()}' once, as the end-to-end harness expects", "");
        return new Emitted(program.Id, index, csharp);
    }

    /// <summary>Compiles the programs and the dispatcher into one executable assembly; the programs whose
    /// C# does not compile (see the class comment) are removed from <paramref name="programs"/>.</summary>
    private void Compile(List<Emitted> programs)
    {
        while (true)
        {
            try
            {
                RoslynCompiler.CompileExecutable([.. programs.Select(p => (p.FileName, p.BatchCSharp)), ("CorpusMain.cs", Dispatcher(programs))], MainClass, AssemblyPath(MainClass));
                return;
            }
            catch (BackendError e)
            {
                var named = programs.Where(p => e.Message.Contains("\n" + p.FileName + "(", StringComparison.Ordinal)).ToList();
                var culprits = new List<(Emitted Program, CheckFailure Failure)>();
                foreach (var suspect in named.Count > 0 ? named : programs)
                {
                    if (CompileAlone(suspect) is { } failure)
                        culprits.Add((suspect, failure));
                    else if (named.Count > 0)
                        culprits.Add((suspect, new CheckFailure("compile: compiles alone but not with the other programs", e.Message)));
                }
                if (culprits.Count == 0)
                    throw; // the dispatcher itself: a bug of this harness
                foreach (var (culprit, failure) in culprits)
                {
                    _failures[culprit.Id] = failure;
                    programs.Remove(culprit);
                }
            }
        }
    }

    /// <summary>Why the program's C#, as emitted, does not compile into an executable of its own (null if it does).</summary>
    private CheckFailure? CompileAlone(Emitted program)
    {
        try
        {
            RoslynCompiler.CompileExecutable(program.CSharp, EntryPointEmitter.TypeName, AssemblyPath(program.Namespace));
            return null;
        }
        catch (BackendError e)
        {
            string firstError = e.Message.Split('\n').Skip(1).FirstOrDefault() ?? "";
            int code = firstError.IndexOf(": error ", StringComparison.Ordinal);
            return new CheckFailure("compile: " + (code < 0 ? firstError : firstError[(code + ": error ".Length)..]), e.Message);
        }
    }

    /// <summary>The Main of the batch: <c>args[0]</c> is the index of the program to run.</summary>
    private static string Dispatcher(List<Emitted> programs)
    {
        var text = new StringBuilder()
            .Append("// The end-to-end tests' dispatcher (EndToEnd/TranslatedCorpus.cs): args[0] is the index of the corpus program to run, the rest its command line.\n")
            .Append("public static class ").Append(MainClass).Append('\n')
            .Append("{\n")
            .Append("    public static int Main(string[] args) => args[0] switch\n")
            .Append("    {\n");
        foreach (var program in programs)
        {
            text.Append(CultureInfo.InvariantCulture, $"        \"{program.Index}\" => global::{CSharpUnit.Namespace}.{program.Namespace}.{EntryPointEmitter.ClassName}.Main(args[1..]), // {program.Id}\n");
        }
        return text
            .Append("        _ => throw new System.ArgumentException(\"no corpus program \" + args[0]),\n")
            .Append("    };\n")
            .Append("}\n")
            .ToString();
    }
}
