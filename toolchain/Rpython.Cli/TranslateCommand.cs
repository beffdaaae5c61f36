using System.CommandLine;
using Rpython.Translator.Driver;

namespace Rpython.Cli;

/// <summary><c>rpython translate TARGET [-o PATH] [--gc none] [--no-backendopt] [--emit-only] [--dump PHASE]</c>: translates
/// the target into a standalone executable (or, with --emit-only, into C#), reporting each step on stderr.</summary>
internal static class TranslateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, ConsoleMode console)
    {
        var emitOnly = new Option<bool>("--emit-only") { Description = "Stop after writing the C# (NAME.cs beside where the executable would go)" };
        var dump = new Option<string?>("--dump") { Description = "Print the IR of a phase when it is done: " + string.Join(", ", TranslationOptions.DumpChoices) };
        dump.AcceptOnlyFromAmong([.. TranslationOptions.DumpChoices]);
        var command = new Command("translate", "Translate an RPython program into a standalone executable") { emitOnly, dump };
        var translationOptions = TranslationCommandLine.AddTranslationArguments(command);
        command.SetAction(result =>
        {
            var options = translationOptions(result, result.GetValue(emitOnly) ? TranslationGoal.CSharp : TranslationGoal.Executable, result.GetValue(dump));
            int code = TranslationCommandLine.Translate(new Translation(options, stdout), stderr, console);
            stdout.Flush();
            return code;
        });
        return command;
    }
}
