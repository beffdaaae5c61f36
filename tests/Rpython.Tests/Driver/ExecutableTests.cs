using System.Globalization;
using System.Reflection.PortableExecutable;
using Rpython.Cli;
using Rpython.Runtime;
using Rpython.Translator.Backend;
using Rpython.Translator.Driver;
using Rpython.Translator.RTyping;

namespace Rpython.Tests.Driver;

/// <summary>
/// Standalone executables: argv as the runtime builds it in the raw heap (both list shapes), the entry
/// glue and packaging (compiled to disk, apphost, runtimeconfig: the executable runs on its own), and
/// <c>rpython translate</c> / <c>rpython run</c> end to end. Compiling an executable takes a second or
/// two: few tests do.
/// </summary>
[TestFixture]
public sealed unsafe class ExecutableTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private static ArrayLayout ArrayLayoutOf(ContainerType type, int typeId)
    {
        var layout = TypeLayout.Of(type);
        return new ArrayLayout(typeId, layout.VarSize!.LengthOffset, layout.VarSize.ItemsOffset, layout.VarSize.ItemSize, layout.Alignment);
    }

    private static string ReadStr(nint str, ArrayLayout layout)
    {
        var text = new System.Text.StringBuilder();
        long length = *(long*)(str + layout.LengthOffset);
        for (int i = 0; i < length; i++)
            text.Append(char.ConvertFromUtf32(*(int*)(str + layout.ItemsOffset + (i * layout.ItemSize))));
        return text.ToString();
    }

    [Test]
    public void BuildArgv_FixedSizeList_IsTheItemsArrayOfStrs()
    {
        var str = ArrayLayoutOf(BuiltinTypes.Str, 1);
        var items = ArrayLayoutOf(BuiltinTypes.ItemsOf(BuiltinTypes.StrPtr), 2);

        nint argv = Entry.BuildArgv(new ArgvLayout(str, items, null), ["prog", "é𝄞", ""]);

        Assert.That(*(int*)argv, Is.EqualTo(2), "the type id in the header");
        Assert.That(*(long*)(argv + items.LengthOffset), Is.EqualTo(3));
        var strs = Enumerable.Range(0, 3).Select(i => *(nint*)(argv + items.ItemsOffset + (i * items.ItemSize))).ToList();
        Assert.That(strs.Select(s => ReadStr(s, str)), Is.EqualTo(new[] { "prog", "é𝄞", "" }));
        Assert.That(*(long*)(strs[1] + str.LengthOffset), Is.EqualTo(2), "a code point is one character, a surrogate pair too");
        Assert.That(*(long*)(strs[1] + TypeLayout.Of(BuiltinTypes.Str).Field("hash").Offset), Is.Zero, "hash not computed yet");
    }

    [Test]
    public void BuildArgv_ResizableList_WrapsTheItems()
    {
        var listType = BuiltinTypes.ListOf(BuiltinTypes.StrPtr);
        var layout = TypeLayout.Of(listType);
        var items = ArrayLayoutOf(BuiltinTypes.ItemsOf(BuiltinTypes.StrPtr), 2);
        var list = new ListLayout(3, layout.Size, layout.Field("length").Offset, layout.Field("items").Offset);

        nint argv = Entry.BuildArgv(new ArgvLayout(ArrayLayoutOf(BuiltinTypes.Str, 1), items, list), ["prog", "x"]);

        Assert.That(*(int*)argv, Is.EqualTo(3));
        Assert.That(*(long*)(argv + list.LengthOffset), Is.EqualTo(2));
        nint array = *(nint*)(argv + list.ItemsOffset);
        Assert.That(*(long*)(array + items.LengthOffset), Is.EqualTo(2));
    }

    /// <summary>
    /// The glue and the packaging around a stand-in for the emitted entry method (until the C# backend
    /// emits pointer types, it cannot emit a real one): the stand-in prints each str of argv on a line,
    /// reading them through the layouts the translator computed, and returns their number. The
    /// executable runs as a separate process, from its own folder's files only.
    /// </summary>
    [Test]
    public void EntryGlue_RunsTheEntryPointOnItsOwn()
    {
        var options = new TranslationOptions(_folder.Write("targetstandin.py", "def entry_point(argv):\n    return 3\n"), OutputPath: Path.Combine(_folder.Path, "out", "standin"),
            Goal: TranslationGoal.LowLevelGraphs);
        var translation = new Translation(options, TextWriter.Null);
        translation.Run(new PlainProgress(TextWriter.Null));
        var str = TypeLayout.Of(BuiltinTypes.Str);
        var items = TypeLayout.Of(BuiltinTypes.ItemsOf(BuiltinTypes.StrPtr));
        string standIn = string.Create(CultureInfo.InvariantCulture, $$"""
            namespace Rpython.Generated;

            public static unsafe class RpythonProgram
            {
                public static long standin_entry_point(byte* argv_0)
                {
                    long n = *(long*)(argv_0 + {{items.VarSize!.LengthOffset}});
                    for (long i = 0; i < n; i++)
                    {
                        byte* s = *(byte**)(argv_0 + {{items.VarSize.ItemsOffset}} + i * 8);
                        var text = new System.Text.StringBuilder();
                        for (long j = 0; j < *(long*)(s + {{str.VarSize!.LengthOffset}}); j++)
                            text.Append(char.ConvertFromUtf32(*(int*)(s + {{str.VarSize.ItemsOffset}} + j * 4)));
                        System.Console.WriteLine(text);
                    }
                    return n;
                }

                public static string rpyexc_fetch_escaped() => null;
            }

            """);
        var unit = new CSharpUnit(standIn, new Dictionary<Translator.Flow.FunctionGraph, string> { [translation.Program.Entry] = "standin_entry_point" });
        string glue = EntryPointEmitter.Emit(unit, translation.Program.Entry, new TypeLayoutTable());
        Directory.CreateDirectory(options.OutputFolder);

        RoslynCompiler.CompileExecutable(unit.Source + glue, EntryPointEmitter.TypeName, options.AssemblyPath);
        ExecutablePackage.Write(options.AssemblyPath, options.ExecutablePath);
        var (code, output) = RunProcess(options.ExecutablePath, "é𝄞", "two words");

        Assert.That(glue, Is.EqualTo(EntryPointEmitter.Emit(unit, translation.Program.Entry, new TypeLayoutTable())), "deterministic");
        Assert.That(glue, Does.Contain("RpythonProgram.standin_entry_point((byte*)argv)"));
        Assert.That(Directory.GetFiles(options.OutputFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "Rpython.Runtime.dll", "standin", "standin.dll", "standin.runtimeconfig.json" }));
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { Path.GetFullPath(options.ExecutablePath), "é𝄞", "two words" }));
        Assert.That(code, Is.EqualTo(3));
    }

    /// <summary>The runtime packaged beside a program is ReadyToRun code (Rpython.Runtime.csproj): the
    /// collector's first minor collection does not wait for the JIT to compile it.</summary>
    [Test]
    public void Package_ShipsTheRuntimeAsReadyToRunCode()
    {
        string assembly = Path.Combine(_folder.Path, "prog.dll");

        ExecutablePackage.Write(assembly, Path.Combine(_folder.Path, "prog" + AppHost.ExecutableSuffix));

        using var pe = new PEReader(File.OpenRead(Path.Combine(_folder.Path, "Rpython.Runtime.dll")));
        var header = pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory;
        Assert.That(header.Size, Is.GreaterThan(0), "a ReadyToRun image has a managed native header");
        Assert.That(pe.GetSectionData(header.RelativeVirtualAddress).GetReader().ReadUInt32(), Is.EqualTo(0x00525452u), "whose signature is \"RTR\"");
        Assert.That(pe.PEHeaders.CorHeader.Flags & CorFlags.ILOnly, Is.EqualTo((CorFlags)0), "so it is no longer IL only");
    }

    private static (int Code, string Output) RunProcess(string executable, params string[] args)
    {
        var (code, output, _) = RunProcess(executable, args, "");
        return (code, output);
    }

    /// <summary>Runs an executable with <paramref name="stdin"/> as its input; its exit code, stdout and stderr.</summary>
    private static (int Code, string Output, string Error) RunProcess(string executable, string[] args, string stdin)
    {
        var outcome = ProgramProcess.Run(executable, args, System.Text.Encoding.UTF8.GetBytes(stdin), TimeSpan.FromSeconds(60));
        return (outcome.ExitCode, System.Text.Encoding.UTF8.GetString(outcome.Stdout), System.Text.Encoding.UTF8.GetString(outcome.Stderr));
    }

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void Translate_MakesAStandaloneExecutable_Deterministically()
    {
        string target = _folder.Write("targetarith.py", "def entry_point(argv):\n    x = 6\n    return x * 7\n");
        string exe = Path.Combine(_folder.Path, "arith");

        var (code, _, error) = Cli("translate", target, "-o", exe);
        string first = File.ReadAllText(exe + ".cs");
        Assert.That(Cli("translate", target, "-o", exe, "--emit-only").Code, Is.EqualTo(CommandLine.Success));

        Assert.That(code, Is.EqualTo(CommandLine.Success), error);
        Assert.That(error, Does.Match(@"\[rpython\] annotate \.\.\. \d+\.\d\d s\n\[rpython\] rtype .*\n\[rpython\] stackcheck .*\n\[rpython\] transform .*\n\[rpython\] backendopt .*\n\[rpython\] gctransform .*\n\[rpython\] emit .*\n\[rpython\] compile .*\n\[rpython\] package .*\n\[rpython\] .*arith \(").IgnoreCase);
        Assert.That(File.ReadAllText(exe + ".cs"), Is.EqualTo(first));
        Assert.That(RunProcess(exe).Code, Is.EqualTo(42));
    }

    /// <summary>DESIGN decision 6: recursion deeper than the stack raises rstackovf.StackOverflow,
    /// which the program catches, instead of crashing the process; with or without the backend
    /// optimisations (which inline the caller of the recursion).</summary>
    [TestCase(false)]
    [TestCase(true)]
    public void Translate_DeepRecursionRaisesStackOverflow(bool noBackendopt)
    {
        string target = _folder.Write("targetdeep.py", """
            from rpython.rlib.rfile import write_stdout
            from rpython.rlib.rstackovf import StackOverflow


            def depth(n):
                if n == 0:
                    return 0
                return depth(n - 1) + 1


            def entry_point(argv):
                try:
                    write_stdout("%d\n" % depth(100000000 * len(argv)))
                except StackOverflow:
                    write_stdout("caught StackOverflow\n")
                write_stdout("%d\n" % depth(1000))
                return 0
            """);
        string exe = Path.Combine(_folder.Path, "deep");

        var (code, _, error) = Cli(["translate", target, "-o", exe, .. noBackendopt ? new[] { "--no-backendopt" } : []]);

        Assert.That(code, Is.EqualTo(CommandLine.Success), error);
        Assert.That(RunProcess(exe, [], ""), Is.EqualTo((0, "caught StackOverflow\n1000\n", "")));
    }

    [Test]
    public void Run_TranslatesOnlyWhenTheSourcesChange()
    {
        string target = _folder.Write("targetrun.py", "def entry_point(argv):\n    return 5\n");
        string exe = Path.Combine(_folder.Path, "run");

        var first = Cli("run", target, "-o", exe);
        var second = Cli("run", target, "-o", exe, "--", "-x");
        File.WriteAllText(target, "def entry_point(argv):\n    return 6\n");
        var third = Cli("run", target, "-o", exe);

        Assert.That((first.Code, second.Code, third.Code), Is.EqualTo((5, 5, 6)));
        Assert.That(first.Err, Does.Contain("[rpython] compile"));
        Assert.That(second.Err, Is.Empty, "the cached executable runs at once");
        Assert.That(third.Err, Does.Contain("[rpython] compile"));
    }

    /// <summary>rfile's I/O through the runtime: stdout (buffered, flushed before stderr and at exit),
    /// stderr, a line of stdin, a file that cannot be read as OSError, and an exception that escapes
    /// the entry point, as the LLInterpreter runs them too.</summary>
    [Test]
    public void TranslatedProgram_ReadsAndWritesLikeTheLLInterpreter()
    {
        string target = _folder.Write("targetio.py", """
            from rpython.rlib.rfile import write_stdout, write_stderr, read_file, read_stdin_line


            def entry_point(argv):
                write_stdout("hello %s, %d args\n" % (argv[1], len(argv)))
                write_stdout("got: " + read_stdin_line())
                try:
                    read_file(argv[0] + ".absent")
                except OSError:
                    write_stderr("cannot read\n")
                write_stdout("é𝄞\n")
                return [1, 2][len(argv)]

            """);
        string exe = Path.Combine(_folder.Path, "io");
        Assert.That(Cli("translate", target, "-o", exe).Code, Is.EqualTo(CommandLine.Success));

        var translated = RunProcess(exe, ["wörld"], "a line\nnot read\n");
        var options = new TranslationOptions(target, Goal: TranslationGoal.LowLevelGraphs);
        var lowered = new Translation(options, TextWriter.Null);
        lowered.Run(new PlainProgress(TextWriter.Null));
        var (stdout, stderr) = (new MemoryStream(), new MemoryStream());
        int interpreted = LLInterpreterEntry.Run(lowered, [target, "wörld"],
            new LLInterpreterStreams(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("a line\nnot read\n")), stdout, stderr));

        Assert.That(translated.Output, Is.EqualTo("hello wörld, 2 args\ngot: a line\né𝄞\n"));
        Assert.That(translated.Error, Is.EqualTo("cannot read\nFatal RPython error: IndexError\n"));
        Assert.That(translated.Code, Is.EqualTo(1));
        Assert.That((interpreted, System.Text.Encoding.UTF8.GetString(stdout.ToArray()), System.Text.Encoding.UTF8.GetString(stderr.ToArray())),
            Is.EqualTo((translated.Code, translated.Output, translated.Error)));
    }

    [Test]
    public void RunLLInterp_NeedsNoBackend()
    {
        string target = _folder.Write("targetll.py", "def entry_point(argv):\n    return 7\n");

        var (code, _, error) = Cli("run", "--llinterp", target, "--", "a", "b");

        Assert.That(code, Is.EqualTo(7), error);
        Assert.That(error, Does.Contain("[rpython] rtype"));
    }

    [Test]
    public void Translate_BadGc_IsAUsageErrorListingTheChoices()
    {
        var (code, _, error) = Cli("translate", "targetx.py", "--gc", "boehm");

        Assert.That(code, Is.EqualTo(CommandLine.UsageError));
        Assert.That(error, Does.StartWith("rpython: error: --gc: unknown GC 'boehm' (the choices are: incminimark, semispace, none)"));
    }

    [Test]
    public void Translate_RejectedProgram_IsALocatedDiagnosticWithoutStackTrace()
    {
        string target = _folder.Write("targetclasskey.py", "def entry_point(argv):\n    d = {A: 2}\n    return d[A]\n\n\nclass A(object):\n    pass\n");

        var (code, _, error) = Cli("translate", target, "-o", Path.Combine(_folder.Path, "classkey"));

        Assert.That(code, Is.EqualTo(CommandLine.InputErrors));
        Assert.That(error, Does.Contain($"{target}:2:").And.Contain("[rpython] rtype ... failed").And.EndWith("rpython: 1 error\n"));
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test]
    public void Translate_DumpRtyped_PrintsTheLowLevelGraphs()
    {
        string target = _folder.Write("targetdump.py", "def entry_point(argv):\n    return 3\n");

        var (_, output, _) = Cli("translate", target, "-o", Path.Combine(_folder.Path, "dump"), "--dump", "rtyped");

        Assert.That(output, Does.StartWith("graph entry_point(argv_0: Ptr(GcArray(Ptr(GcStruct rpy_str"));
    }

    [Test]
    public void Translate_MissingTarget_IsAnInputError()
    {
        var (code, _, error) = Cli("translate", Path.Combine(_folder.Path, "absent.py"));

        Assert.That(code, Is.EqualTo(CommandLine.InputErrors));
        Assert.That(error, Does.Contain("absent.py: error: cannot read file"));
    }
}
