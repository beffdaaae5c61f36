using System.CommandLine;
using Rpython.Translator.Annotation;
using Rpython.Translator.Diagnostics;

namespace Rpython.Cli;

/// <summary><c>rpython annotate TARGET [--dump flow|annotated]</c>: runs the target's import time,
/// builds the flow graphs its entry point reaches and infers their types; prints every reached
/// function's signature and every class's attributes, or the graphs.</summary>
internal static class AnnotateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var target = TranslationCommandLine.Target();
        var dump = new Option<string?>("--dump")
        {
            Description = "Print the flow graphs ('flow') or the flow graphs with every variable's annotation ('annotated') instead of the signatures",
        };
        dump.AcceptOnlyFromAmong("flow", "annotated");
        var command = new Command("annotate", "Infer the types of an RPython program and print its functions' signatures") { target, dump };
        command.SetAction(result => Run(result.GetValue(target)!, result.GetValue(dump), stdout, stderr));
        return command;
    }

    private static int Run(string path, string? dump, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"{path}: error: cannot read file: no such file");
            return CommandLine.InputErrors;
        }
        var diagnostics = new DiagnosticBag();
        var program = ProgramAnnotation.Annotate(path, diagnostics);
        if (program is null)
        {
            stdout.Flush();
            foreach (var diagnostic in diagnostics.Sorted())
                stderr.Write(diagnostic.Format());
            int count = Math.Max(1, diagnostics.Count);
            stderr.WriteLine($"rpython: {count} error{(count == 1 ? "" : "s")}");
            return CommandLine.InputErrors;
        }
        stdout.Write(dump switch
        {
            "flow" => string.Join("\n", program.Annotator.Graphs.Select(g => Translator.Flow.GraphDumper.Dump(g))),
            "annotated" => program.AnnotatedGraphs(),
            _ => program.Signatures(),
        });
        return CommandLine.Success;
    }
}
