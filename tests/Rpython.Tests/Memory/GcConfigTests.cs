using Rpython.Runtime.Memory;

namespace Rpython.Tests.Memory;

/// <summary>The collectors' parameters from the environment, spelled as PYPY_GC_* variables are.</summary>
[TestFixture]
internal sealed class GcConfigTests
{
    [TestCase("4MB", ExpectedResult = 4L << 20)]
    [TestCase("512KB", ExpectedResult = 512L << 10)]
    [TestCase("512k", ExpectedResult = 512L << 10)]
    [TestCase("1.5GB", ExpectedResult = 3L << 29)]
    [TestCase("2g", ExpectedResult = 2L << 30)]
    [TestCase("12345", ExpectedResult = 12345L)]
    [TestCase("100b", ExpectedResult = 100L)]
    [TestCase(" 8mb ", ExpectedResult = 8L << 20)]
    [TestCase("", ExpectedResult = 0L)]
    [TestCase(null, ExpectedResult = 0L)]
    [TestCase("lots", ExpectedResult = 0L)]
    [TestCase("-4MB", ExpectedResult = 0L)]
    public long Sizes(string? text) => GcConfig.ReadSize(text);

    [Test]
    public void TheVariablesOverrideTheDefaults()
    {
        var environment = new Dictionary<string, string>
        {
            ["RPYTHON_GC_NURSERY"] = "1MB",
            ["RPYTHON_GC_MAJOR_COLLECT"] = "2.5",
            ["RPYTHON_GC_GROWTH"] = "1.1",
            ["RPYTHON_GC_MIN"] = "64MB",
            ["RPYTHON_GC_MAX"] = "1GB",
            ["RPYTHON_GC_INCREMENT_STEP"] = "256KB",
            ["RPYTHON_GC_STRESS"] = "1",
            ["RPYTHONLOG"] = "gc:out.log",
        };
        var config = GcConfig.FromEnvironment(false, name => environment.GetValueOrDefault(name));
        Assert.That(config, Is.EqualTo(new GcConfig
        {
            NurserySize = 1 << 20,
            MajorCollectionThreshold = 2.5,
            GrowthRateMax = 1.1,
            MinHeapSize = 64 << 20,
            MaxHeapSize = 1 << 30,
            IncrementStep = 256 << 10,
            Stress = true,
            Log = "gc:out.log",
        }));
    }

    [Test]
    public void DefaultsAreIncminimarks()
    {
        var config = GcConfig.FromEnvironment(true, _ => null);
        Assert.That(config.NurserySize, Is.EqualTo(4 << 20));
        Assert.That(config.MajorCollectionThreshold, Is.EqualTo(1.82));
        Assert.That(config.GrowthRateMax, Is.EqualTo(1.4));
        Assert.That(config.LargeObject, Is.EqualTo((16384 + 512) * 8));
        Assert.That(config.CheckHeap, "--gc-debug");
        Assert.That(config.Stress, Is.False);
    }

    [Test]
    public void FactorsNotAboveOneAreIgnored()
    {
        var config = GcConfig.FromEnvironment(false, name => name is "RPYTHON_GC_MAJOR_COLLECT" or "RPYTHON_GC_GROWTH" ? "0.5" : null);
        Assert.That((config.MajorCollectionThreshold, config.GrowthRateMax), Is.EqualTo((1.82, 1.4)));
    }
}
