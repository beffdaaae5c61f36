using System.CommandLine;
using Rpython.Translator.Syntax;

namespace Rpython.Cli;

/// <summary><c>rpython parse FILE... [--dump-ast]</c>: parses each file and reports its diagnostics.</summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Python source files to parse",
            Arity = ArgumentArity.OneOrMore,
        };
        // An unknown option would otherwise be taken for a file name (name such a file ./-x.py).
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                    result.AddError($"unrecognized option '{token.Value}'");
            }
        });
        var dumpAst = new Option<bool>("--dump-ast")
        {
            Description = "Print the syntax tree in a stable, indented text form (with several files, each after a '== FILE' line); "
                + "printed whenever the grammar accepts the file, even if a context error (such as 'return' outside a function) is reported",
        };
        var command = new Command("parse", "Parse Python 3.11 source files and report syntax errors") { files, dumpAst };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(dumpAst), stdout, stderr));
        return command;
    }

    private static int Run(string[] paths, bool dumpAst, TextWriter stdout, TextWriter stderr)
    {
        int failed = 0, errors = 0;
        foreach (string path in paths)
        {
            if (dumpAst && paths.Length > 1)
                stdout.WriteLine($"== {path}");
            SyntaxTree parsed;
            try
            {
                parsed = Parser.ParseFile(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{path}: error: cannot read file: {e.Message}");
                failed++;
                errors++;
                if (dumpAst && paths.Length > 1)
                    stdout.WriteLine("!! errors");
                continue;
            }
            if (parsed.HasErrors)
            {
                failed++;
                errors += parsed.Diagnostics.Count;
                stdout.Flush();
                foreach (var diagnostic in parsed.Diagnostics)
                    stderr.Write(diagnostic.Format());
                if (!parsed.IsComplete)
                {
                    if (dumpAst && paths.Length > 1)
                        stdout.WriteLine("!! errors");
                    continue;
                }
            }
            if (dumpAst)
                stdout.Write(AstDumper.Dump(parsed.Module, parsed.Source));
        }
        if (failed > 0)
        {
            stdout.Flush();
            stderr.WriteLine($"rpython: {errors} error{(errors == 1 ? "" : "s")} in {failed} file{(failed == 1 ? "" : "s")}");
            return CommandLine.InputErrors;
        }
        return CommandLine.Success;
    }
}
