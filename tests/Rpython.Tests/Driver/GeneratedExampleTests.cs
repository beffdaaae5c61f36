using Rpython.Translator.Driver;

namespace Rpython.Tests.Driver;

/// <summary>
/// generated/bf/bf.cs is the checked-in example of what the toolchain emits (DESIGN: the readable
/// output): translating interpreter-spec/bf again must give exactly that file, which also proves that
/// translation is deterministic from a clean checkout. UPDATE_GOLDEN=1 rewrites it after an intended change.
/// </summary>
[TestFixture]
public sealed class GeneratedExampleTests
{
    [Test]
    public void GeneratedBf_IsWhatTheToolchainEmits()
    {
        using var folder = new TempFolder();
        var options = new TranslationOptions(TestPaths.InRepo("interpreter-spec", "bf", "targetbf.py"),
            OutputPath: Path.Combine(folder.Path, "bf"), Goal: TranslationGoal.CSharp);
        new Translation(options, TextWriter.Null).Run(new PlainProgress(TextWriter.Null));

        Golden.Compare(TestPaths.InRepo("generated", "bf", "bf.cs"), File.ReadAllText(options.CSharpPath));
    }
}
