using System.CommandLine;
using Rpython.Cli;

namespace Rpython.Tests.Cli;

[TestFixture]
public sealed class CommandLineTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "rpython-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => RunWith(null, args);

    private static (int Code, string Out, string Err) RunWith(Command? extra, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CommandLine.Run(args, stdout, stderr, extra is null ? null : [extra]);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void Version_PrintsVersionAndSucceeds()
    {
        var (code, output, _) = Run("--version");

        Assert.That(code, Is.EqualTo(CommandLine.Success));
        Assert.That(output.Trim(), Does.Match(@"^\d+\.\d+\.\d+"));
    }

    [Test]
    public void Help_ListsParseCommand()
    {
        var (code, output, _) = Run("--help");

        Assert.That(code, Is.EqualTo(CommandLine.Success));
        Assert.That(output, Does.Contain("parse"));
    }

    [TestCase("frobnicate")]
    [TestCase("parse")]
    [TestCase("parse", "--no-such-option", "x.py")]
    public void BadCommandLine_ExitsWithTwo(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.That(code, Is.EqualTo(CommandLine.UsageError));
        Assert.That(error, Does.StartWith("rpython: error: "));
    }

    [Test]
    public void NoCommand_IsAUsageError()
    {
        Assert.That(Run().Code, Is.EqualTo(CommandLine.UsageError));
    }

    [Test]
    public void Parse_ValidFile_SucceedsSilently()
    {
        string path = Write("ok.py", "def f(x):\n    return x + 1\n");

        var (code, output, error) = Run("parse", path);

        Assert.That(code, Is.EqualTo(CommandLine.Success));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.Empty);
    }

    [Test]
    public void Parse_InvalidFile_ReportsFileLineColumnSourceAndCaret()
    {
        string path = Write("bad.py", "x = 1\nif x\n    pass\n");

        var (code, _, error) = Run("parse", path);

        Assert.That(code, Is.EqualTo(CommandLine.InputErrors));
        Assert.That(error, Does.StartWith($"{path}:2:5: error: expected ':'\n    if x\n        ^\n"));
    }

    [Test]
    public void Parse_ReportsSeveralIndependentErrorsInOneRun()
    {
        string path = Write("bad.py", "x = (1 +\ny = 2\ndef f(:\n    pass\nz = $\nw = 3\n");

        var (code, _, error) = Run("parse", path);

        var lines = error.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.That(code, Is.EqualTo(CommandLine.InputErrors));
        Assert.That(lines, Has.Count.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void Parse_MissingFile_IsAnInputError()
    {
        var (code, _, error) = Run("parse", Path.Combine(_dir, "absent.py"));

        Assert.That(code, Is.EqualTo(CommandLine.InputErrors));
        Assert.That(error, Does.Contain("cannot read file"));
    }

    [Test]
    public void DumpAst_SeveralFiles_PrintsHeaderPerFile()
    {
        string a = Write("a.py", "x\n");
        string b = Write("b.py", "(\n");

        var (code, output, _) = Run("parse", "--dump-ast", a, b);

        Assert.That(code, Is.EqualTo(CommandLine.InputErrors));
        Assert.That(output, Does.StartWith($"== {a}\nModule\n  body:\n    - Expr @1:0-1:1\n"));
        Assert.That(output, Does.EndWith($"== {b}\n!! errors\n"));
    }

    [Test]
    public void InternalError_PrintsOneLineAndExitsWithThree()
    {
        var crash = new Command("crash");
        crash.SetAction((Func<ParseResult, int>)(_ => throw new InvalidOperationException("boom")));

        var (code, _, error) = RunWith(crash, "crash");

        Assert.That(code, Is.EqualTo(CommandLine.InternalError));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(error, Does.Contain("internal error").And.Contain("please report"));
    }

    [Test]
    public void InternalError_WithVerbose_PrintsStackTrace()
    {
        var crash = new Command("crash");
        crash.SetAction((Func<ParseResult, int>)(_ => throw new InvalidOperationException("boom")));

        var (code, _, error) = RunWith(crash, "crash", "--verbose");

        Assert.That(code, Is.EqualTo(CommandLine.InternalError));
        Assert.That(error, Does.Contain("   at "));
    }

    [Test]
    public void Annotate_PrintsSignaturesAndSucceeds()
    {
        string path = Write("prog.py", "def double(x):\n    return x * 2\n\n\ndef entry_point(argv):\n    return double(len(argv))\n");

        var (code, output, error) = Run("annotate", path);

        Assert.That(code, Is.EqualTo(CommandLine.Success), error);
        Assert.That(output, Is.EqualTo("entry_point(argv: list(str(no_nul))) -> int(nonneg)\ndouble(x: int(nonneg)) -> int(nonneg)\n"));
    }

    [Test]
    public void Annotate_TypeError_ReportsLocationAndExitsWithOne()
    {
        string path = Write("prog.py", "def entry_point(argv):\n    return argv[0] + 1\n");

        var (code, _, error) = Run("annotate", path);

        Assert.That(code, Is.EqualTo(CommandLine.InputErrors));
        Assert.That(error, Does.StartWith($"{path}:2:12: error: unsupported operation '+' between str(no_nul) and int(nonneg)\n"));
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [TestCase("flow", "graph entry_point(argv_0)")]
    [TestCase("annotated", "graph entry_point(argv_0: list(str(no_nul)))")]
    public void Annotate_Dump_PrintsGraphs(string what, string expectedStart)
    {
        string path = Write("prog.py", "def entry_point(argv):\n    return len(argv)\n");

        var (code, output, _) = Run("annotate", "--dump", what, path);

        Assert.That(code, Is.EqualTo(CommandLine.Success));
        Assert.That(output, Does.StartWith(expectedStart));
    }

    [Test]
    public void Annotate_BadDumpKind_IsAUsageError()
    {
        string path = Write("prog.py", "def entry_point(argv):\n    return 0\n");

        Assert.That(Run("annotate", "--dump", "rtype", path).Code, Is.EqualTo(CommandLine.UsageError));
    }

    [Test]
    public void Annotate_MissingFile_IsAnInputError()
    {
        var (code, _, error) = Run("annotate", Path.Combine(_dir, "absent.py"));

        Assert.That(code, Is.EqualTo(CommandLine.InputErrors));
        Assert.That(error, Does.Contain("cannot read file"));
    }
}
