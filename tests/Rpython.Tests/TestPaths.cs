namespace Rpython.Tests;

/// <summary>Locates files of the repository from the test assembly's folder.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Toolchain.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root (Toolchain.sln) above the test folder");
    });

    public static string Root => s_root.Value;

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>UPDATE_GOLDEN=1 rewrites golden files instead of comparing with them.</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";
}
