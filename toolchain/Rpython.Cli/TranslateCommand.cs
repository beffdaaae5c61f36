using System.CommandLine;
using Rpython.Translator.Driver;

namespace Rpython.Cli;

/// <summary><c>rpython translate TARGET [-o PATH] [--gc none] [--emit-only] [--dump PHASE]</c>: translates
/// the target into a standalone executable (or, with --emit-only, into C#), reporting each step on stderr.</summary>
internal static class TranslateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, ConsoleMode console)
    {
        var target = TranslationCommandLine.Target();
        var output = TranslationCommandLine.Output();
        var gc = TranslationCommandLine.Gc();
        var emitOnly = new Option<bool>("--emit-only") { Description = "Stop after writing the C# (NAME.cs beside where the executable would go)" };
        var dump = new Option<string?>("--dump") { Description = "Print the IR of a phase when it is done: " + string.Join(", ", TranslationOptions.DumpChoices) };
        dump.AcceptOnlyFromAmong([.. TranslationOptions.DumpChoices]);
        var command = new Command("translate", "Translate an RPython program into a standalone executable") { target, output, gc, emitOnly, dump };
        command.SetAction(result =>
        {
            var options = new TranslationOptions(result.GetValue(target)!, result.GetValue(output), result.GetValue(gc)!,
                result.GetValue(emitOnly) ? TranslationGoal.CSharp : TranslationGoal.Executable, result.GetValue(dump));
            int code = TranslationCommandLine.Translate(new Translation(options, stdout), stderr, console);
            stdout.Flush();
            return code;
        });
        return command;
    }
}
