using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;

namespace Rpython.Tests.RTyping;

/// <summary>
/// The contract of prebuilt dicts (BuiltinTypes.DictOf): a dict whose index is null, whose first
/// entries hold its keys and values and whose other fields but the counts are not set, builds its
/// index on first use. The test makes such dicts out of those heap_programs/dict_lazy_index.py
/// builds (dropping the index, the hashes and the live flags, and trimming the entries to their
/// number, as a prebuilt dict has them) and checks that each operation, as the first one on the
/// dict, gives what it gives on the dict as built (which RTyperTests compares with CPython).
/// </summary>
[TestFixture]
public sealed class PrebuiltDictTests
{
    private static readonly string Program = TestPaths.InRepo("tests", "Rpython.Tests", "RTyping", "heap_programs", "dict_lazy_index.py");

    /// <summary>probe()'s operations, one per value of its argument 'which'.</summary>
    private const int Probes = 14;

    [TestCase(-7L)]
    [TestCase(0L)]
    [TestCase(3L)]
    [TestCase(12L)]
    public void EachOperationWorksFirstOnADictWithoutIndex(long n)
    {
        var (program, _, exceptions) = RTyperTests.Lower(Program);
        FunctionGraph Graph(string name) => program.Annotator.Graphs.Single(g => g.Name == name);
        var interpreter = new LLInterpreter(exceptions);
        for (long which = 0; which < Probes; which++)
        {
            var expected = interpreter.Run(Graph("probe"), [interpreter.Run(Graph("build"), [n]), which]);
            var prebuilt = WithoutIndex(interpreter.Run(Graph("build"), [n]));
            Assert.That(interpreter.Run(Graph("probe"), [prebuilt, which]), Is.EqualTo(expected), $"probe({which})");
        }
        object? ProbeIdentities(Func<object?, object?> prepare)
        {
            var made = (LLObject)interpreter.Run(Graph("identities"), [n])!;
            return interpreter.Run(Graph("probe_identities"), [prepare(made.Fields["item0"]), made.Fields["item1"]]);
        }
        Assert.That(ProbeIdentities(WithoutIndex), Is.EqualTo(ProbeIdentities(d => d)), "instance keys");
    }

    /// <summary>The dict as a prebuilt one is: no index, entries trimmed, hashes and live flags unset.</summary>
    private static object WithoutIndex(object? built)
    {
        var d = (LLObject)built!;
        long used = (long)d.Fields["num_ever_used_items"]!;
        Assert.That(d.Fields["num_live_items"], Is.EqualTo(used), "the program's dict has no deleted entries");
        var entries = (LLArray)d.Fields["entries"]!;
        var trimmed = new LLArray(entries.Type, entries.Items[..(int)used]);
        foreach (var entry in trimmed.Items.Cast<LLObject>())
        {
            entry.Fields["f_hash"] = 0L;
            entry.Fields["f_valid"] = false;
        }
        d.Fields["entries"] = trimmed;
        d.Fields["indexes"] = null;
        d.Fields["resize_counter"] = 0L;
        return d;
    }
}
