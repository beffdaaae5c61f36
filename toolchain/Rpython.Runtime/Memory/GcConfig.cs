using System.Globalization;

namespace Rpython.Runtime.Memory;

/// <summary>
/// The collectors' parameters: incminimark's TRANSLATION_PARAMS and environment overrides
/// (rpython/memory/gc/env.py), read once at startup. Tests build one directly.
/// <list type="table">
/// <item><term>RPYTHON_GC_NURSERY</term><description>nursery size (4MB); objects of half of it and more
/// are allocated outside it when it is set below 2 × <see cref="LargeObject"/></description></item>
/// <item><term>RPYTHON_GC_MAJOR_COLLECT</term><description>start a major collection when the old
/// generation reaches this factor times what survived the previous one (1.82; must be &gt; 1)</description></item>
/// <item><term>RPYTHON_GC_GROWTH</term><description>the threshold grows at most by this factor per
/// cycle (1.4; must be &gt; 1)</description></item>
/// <item><term>RPYTHON_GC_MIN</term><description>no major collection below this old-generation size
/// (8 × nursery); semispace: the initial size of a space (8MB)</description></item>
/// <item><term>RPYTHON_GC_MAX</term><description>the most memory the heap may hold (none): incminimark
/// keeps old generation + nursery below it, semispace keeps each space below it; an allocation that
/// cannot fit after a full collection returns null (the program's MemoryError)</description></item>
/// <item><term>RPYTHON_GC_MAX_DELTA</term><description>the threshold is at most this much above what
/// survived (1/8 of the machine's memory)</description></item>
/// <item><term>RPYTHON_GC_INCREMENT_STEP</term><description>the work of one major step: bytes marked, or twice that of pages swept (¼ × nursery)</description></item>
/// <item><term>RPYTHON_GC_STRESS</term><description>1: every allocation collects (semispace) or does a
/// minor collection (incminimark)</description></item>
/// <item><term>RPYTHON_GC_DEBUG</term><description>1: check the heap after every collection, as --gc-debug does</description></item>
/// <item><term>RPYTHONLOG</term><description><c>gc:FILE</c> (or <c>gc-minor,gc-collect-step:FILE</c>,
/// <c>-</c> for stderr): see <see cref="GcLog"/></description></item>
/// </list>
/// Sizes take PYPY_GC_*'s forms: a number of bytes, with an optional suffix k, m or g (any case, an
/// optional trailing b: 4MB, 512kb, 1.5G). A value that does not parse is ignored.
/// </summary>
internal sealed record GcConfig
{
    public const long Word = 8;

    public long NurserySize { get; init; } = 4L << 20;

    public double MajorCollectionThreshold { get; init; } = 1.82;

    public double GrowthRateMax { get; init; } = 1.4;

    /// <summary>0: the collector's default.</summary>
    public long MinHeapSize { get; init; }

    /// <summary>0: no limit.</summary>
    public long MaxHeapSize { get; init; }

    /// <summary>0: 1/8 of the machine's memory.</summary>
    public long MaxDelta { get; init; }

    /// <summary>0: a quarter of the nursery.</summary>
    public long IncrementStep { get; init; }

    /// <summary>Objects of this size and more are allocated outside the nursery.</summary>
    public long LargeObject { get; init; } = (16384 + 512) * Word;

    /// <summary>The largest object the arenas' size classes hold; larger old objects get memory of their own.</summary>
    public int SmallRequestThreshold { get; init; } = (int)(35 * Word);

    public int PageSize { get; init; } = (int)(1024 * Word);

    public int ArenaSize { get; init; } = (int)(65536 * Word);

    /// <summary>The most bytes of dead large objects' memory kept for reuse (0: the nursery's size, what one
    /// minor collection can free).</summary>
    public long LargeBlockCacheSize { get; init; }

    public bool Stress { get; init; }

    public bool CheckHeap { get; init; }

    /// <summary>The RPYTHONLOG specification, null for no log.</summary>
    public string? Log { get; init; }

    public long ShadowStackSlots { get; init; } = ShadowStack.DefaultSlots;

    /// <summary>The parameters from the process's environment; <paramref name="checkHeap"/> is --gc-debug.</summary>
    public static GcConfig FromEnvironment(bool checkHeap) => FromEnvironment(checkHeap, Environment.GetEnvironmentVariable);

    public static GcConfig FromEnvironment(bool checkHeap, Func<string, string?> lookup)
    {
        var config = new GcConfig();
        long nursery = ReadSize(lookup("RPYTHON_GC_NURSERY"));
        double major = ReadFloat(lookup("RPYTHON_GC_MAJOR_COLLECT"));
        double growth = ReadFloat(lookup("RPYTHON_GC_GROWTH"));
        return config with
        {
            NurserySize = nursery > 0 ? nursery : config.NurserySize,
            MajorCollectionThreshold = major > 1.0 ? major : config.MajorCollectionThreshold,
            GrowthRateMax = growth > 1.0 ? growth : config.GrowthRateMax,
            MinHeapSize = ReadSize(lookup("RPYTHON_GC_MIN")),
            MaxHeapSize = ReadSize(lookup("RPYTHON_GC_MAX")),
            MaxDelta = ReadSize(lookup("RPYTHON_GC_MAX_DELTA")),
            IncrementStep = ReadSize(lookup("RPYTHON_GC_INCREMENT_STEP")),
            Stress = ReadFloat(lookup("RPYTHON_GC_STRESS")) != 0,
            CheckHeap = checkHeap || ReadFloat(lookup("RPYTHON_GC_DEBUG")) != 0,
            Log = lookup("RPYTHONLOG"),
        };
    }

    /// <summary>A size in bytes as PYPY_GC_* variables spell it (4MB, 512k, 1.5GB, 12345); 0 when
    /// absent or malformed.</summary>
    public static long ReadSize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return 0;
        string value = text.Trim();
        if (value.Length > 1 && value[^1] is 'b' or 'B')
            value = value[..^1];
        long factor = value[^1] switch
        {
            'k' or 'K' => 1L << 10,
            'm' or 'M' => 1L << 20,
            'g' or 'G' => 1L << 30,
            _ => 1,
        };
        if (factor != 1)
            value = value[..^1];
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || number < 0 || number * factor >= long.MaxValue)
            return 0;
        return (long)(number * factor);
    }

    /// <summary>A float as PYPY_GC_MAJOR_COLLECT spells it; 0 when absent or malformed.</summary>
    public static double ReadFloat(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) ? value : 0;
}
