namespace Rpython.Tests;

/// <summary>Golden files: compares a text with the file, or rewrites the file under UPDATE_GOLDEN=1.</summary>
internal static class Golden
{
    public static void Compare(string goldenPath, string actual)
    {
        if (TestPaths.UpdateGolden)
            File.WriteAllText(goldenPath, actual);
        Assert.That(File.Exists(goldenPath), Is.True, $"missing golden file {goldenPath} (run the tests with UPDATE_GOLDEN=1 and review it)");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(goldenPath)));
    }
}
