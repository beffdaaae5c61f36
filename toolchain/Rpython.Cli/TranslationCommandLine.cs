using System.CommandLine;
using Rpython.Translator.Driver;

namespace Rpython.Cli;

/// <summary>What <c>translate</c> and <c>run</c> share: the target argument, the options that say
/// what to make, and running a translation with progress on stderr and its errors as diagnostics.</summary>
internal static class TranslationCommandLine
{
    public static Argument<string> Target()
    {
        var target = new Argument<string>("target") { Description = "The target: a .py file defining target(driver, args) or entry_point(argv)" };
        target.Validators.Add(result =>
        {
            string value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (value.Length > 1 && value[0] == '-')
                result.AddError($"unrecognized option '{value}'");
        });
        return target;
    }

    /// <summary>Adds TARGET, <c>-o PATH</c>, <c>--gc</c>, <c>--gc-debug</c> and <c>--no-backendopt</c> to <paramref name="command"/>; the returned
    /// function reads them as the options of a translation with that goal (and dump).</summary>
    public static Func<ParseResult, TranslationGoal, string?, TranslationOptions> AddTranslationArguments(Command command)
    {
        var target = Target();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the executable (default: generated/NAME/NAME, NAME being the target's file name without 'target' and '.py')",
        };
        var gc = new Option<string>("--gc")
        {
            Description = $"The garbage collector ({string.Join(", ", TranslationOptions.GcChoices)})",
            DefaultValueFactory = _ => TranslationOptions.GcChoices[0],
        };
        gc.Validators.Add(result =>
        {
            string value = result.GetValueOrDefault<string>();
            if (!TranslationOptions.GcChoices.Contains(value))
                result.AddError("--gc: " + Translation.UnknownChoice("GC", value, TranslationOptions.GcChoices));
        });
        var gcDebug = new Option<bool>("--gc-debug")
        {
            Description = "Check the whole heap after every collection (slow; for debugging a GC or the GC transform)",
        };
        var noBackendopt = new Option<bool>("--no-backendopt")
        {
            Description = "Do not inline, remove mallocs or fold constants (for debugging: the program must behave the same)",
        };
        command.Arguments.Add(target);
        command.Options.Add(output);
        command.Options.Add(gc);
        command.Options.Add(gcDebug);
        command.Options.Add(noBackendopt);
        return (result, goal, dump) =>
            new TranslationOptions(result.GetValue(target)!, result.GetValue(output), result.GetValue(gc)!, goal, dump,
                BackendOptimizations: !result.GetValue(noBackendopt), GcDebug: result.GetValue(gcDebug));
    }

    /// <summary>Runs the translation, reporting progress on stderr (a live line on a terminal);
    /// returns the exit code, with every error printed.</summary>
    public static int Translate(Translation translation, TextWriter stderr, ConsoleMode console)
    {
        try
        {
            if (console.StderrIsTerminal)
            {
                using var live = new TerminalProgress(stderr);
                translation.Run(live);
            }
            else
            {
                translation.Run(new PlainProgress(stderr));
            }
            return CommandLine.Success;
        }
        catch (TranslationError e)
        {
            foreach (string message in e.Messages)
                stderr.Write(message);
            if (!e.IsInternal)
            {
                stderr.WriteLine($"rpython: {e.Messages.Count} error{(e.Messages.Count == 1 ? "" : "s")}");
                return CommandLine.InputErrors;
            }
            stderr.WriteLine("rpython: internal error: this is a bug in rpython; please report it with the input that caused it");
            return CommandLine.InternalError;
        }
    }
}
