using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Rpython.Runtime.Memory;

// What the collectors did and how long the program waited for them: counters kept always (cheap:
// a timestamp before and after each collection), and, with RPYTHONLOG naming a gc category, one
// record per event in PYPYLOG's format (rlib/debug.py, translator/c/src/debug_print.c):
//
//     [<hex timestamp>] {gc-minor
//     duration: 0.000412 s
//     nursery used: 4194304
//     surviving: 12345
//     old generation: 2345678
//     [<hex timestamp>] gc-minor}
//
// Sections: gc-minor (one per minor collection), gc-collect-step (one per major step: the state
// before and after, bytes marked or freed), gc-collect (one per semispace collection), and at exit
// gc-summary (counts, total and maximum pause). A line inside a section is "name: value"; sizes are
// in bytes, durations in seconds. Timestamps are Stopwatch ticks in hex (PyPy prints the CPU's
// cycle counter the same way). RPYTHONLOG is PYPYLOG's "categories:file": a category selects every
// section whose name it begins ("gc" selects all of these); file "-" is stderr, "%d" in it the
// process id; without ":" the whole value is the file and every section is written.
// A pause is one stop of the program for the GC: a minor collection and the major steps that follow
// it, a full collection, a semispace collection.

/// <summary>The counters behind gc-summary (and the tests' observations).</summary>
internal struct GcStatistics
{
    public long MinorCollections;
    public long MajorSteps;
    public long MajorCollections;
    public long Collections;
    public long Pauses;
    public long TotalPauseTicks;
    public long MaxPauseTicks;
    public long BytesSurvived;
    public long ObjectsFreed;
    public long CardItemsScanned;
}

internal static class GcLog
{
    public static GcStatistics Stats;

    private static TextWriter? s_writer;
    private static string[] s_categories = [];
    private static readonly List<long> s_pauseTicks = [];
    private static bool s_ownsWriter;
    private static long s_logTicks;  // spent writing records during the current pause

    public static bool IsOpen => s_writer is not null;

    /// <summary>Starts the counters and, if <paramref name="spec"/> (RPYTHONLOG's value) selects a
    /// gc section, the log file.</summary>
    public static void Open(string? spec)
    {
        Close(null);
        Stats = default;
        s_logTicks = 0;
        if (string.IsNullOrEmpty(spec))
            return;
        int colon = spec.LastIndexOf(':');
        string path = colon < 0 ? spec : spec[(colon + 1)..];
        s_categories = colon < 0 ? [""] : spec[..colon].Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (!Selects("gc-minor") && !Selects("gc-collect-step") && !Selects("gc-collect") && !Selects("gc-summary"))
            return;
        if (path == "-")
        {
            s_writer = Console.Error;
            s_ownsWriter = false;
            return;
        }
        path = path.Replace("%d", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        try
        {
            s_writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
            s_ownsWriter = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A log that cannot be written must not stop the program.
            Console.Error.WriteLine($"RPYTHONLOG: cannot write {path}: {e.Message}");
        }
    }

    /// <summary>Writes gc-summary for <paramref name="collector"/> (none when null) and closes the file.</summary>
    public static void Close(string? collector)
    {
        if (s_writer is null)
            return;
        if (collector is not null && Selects("gc-summary"))
        {
            var text = Begin("gc-summary");
            Line(text, "collector", collector);
            Line(text, "minor collections", Stats.MinorCollections);
            Line(text, "major steps", Stats.MajorSteps);
            Line(text, "major collections", Stats.MajorCollections);
            Line(text, "collections", Stats.Collections);
            Line(text, "pauses", Stats.Pauses);
            Line(text, "total pause", Seconds(Stats.TotalPauseTicks));
            Line(text, "max pause", Seconds(Stats.MaxPauseTicks));
            Line(text, "p99 pause", Seconds(Percentile(s_pauseTicks, 0.99)));
            Line(text, "bytes survived", Stats.BytesSurvived);
            Line(text, "old objects freed", Stats.ObjectsFreed);
            End(text, "gc-summary", Now());
        }
        s_writer.Flush();
        if (s_ownsWriter)
            s_writer.Dispose();
        s_writer = null;
        s_categories = [];
        s_pauseTicks.Clear();
    }

    public static long Now() => Stopwatch.GetTimestamp();

    /// <summary>Ends a pause that began at <paramref name="start"/>. The time spent writing the log's
    /// records is not counted: the pauses are the collector's (the records, written after their end
    /// timestamp, show the same).</summary>
    public static void Pause(long start)
    {
        long ticks = Now() - start - s_logTicks;
        s_logTicks = 0;
        if (s_writer is not null)
            s_pauseTicks.Add(ticks);  // for the summary's percentile, only when there is a log to write it to
        Stats.Pauses++;
        Stats.TotalPauseTicks += ticks;
        Stats.MaxPauseTicks = Math.Max(Stats.MaxPauseTicks, ticks);
    }

    public static void Minor(long start, long nurseryUsed, long surviving, long oldGeneration)
    {
        Stats.MinorCollections++;
        Stats.BytesSurvived += surviving;
        if (s_writer is null || !Selects("gc-minor"))
            return;
        long end = Now();
        var text = Begin("gc-minor", start);
        Line(text, "duration", Seconds(end - start));
        Line(text, "nursery used", nurseryUsed);
        Line(text, "surviving", surviving);
        Line(text, "old generation", oldGeneration);
        End(text, "gc-minor", end);
    }

    public static void MajorStep(long start, string fromState, string toState, long marked, long freed, long oldGeneration)
    {
        Stats.MajorSteps++;
        if (s_writer is null || !Selects("gc-collect-step"))
            return;
        long end = Now();
        var text = Begin("gc-collect-step", start);
        Line(text, "duration", Seconds(end - start));
        Line(text, "starting gc state", fromState);
        Line(text, "stopping gc state", toState);
        Line(text, "marked", marked);
        Line(text, "freed", freed);
        Line(text, "old generation", oldGeneration);
        End(text, "gc-collect-step", end);
    }

    public static void Collection(long start, long surviving, long spaceSize)
    {
        Stats.Collections++;
        Stats.BytesSurvived += surviving;
        if (s_writer is null || !Selects("gc-collect"))
            return;
        long end = Now();
        var text = Begin("gc-collect", start);
        Line(text, "duration", Seconds(end - start));
        Line(text, "surviving", surviving);
        Line(text, "space size", spaceSize);
        End(text, "gc-collect", end);
    }

    /// <summary>The pause that <paramref name="fraction"/> of the pauses do not exceed (nearest rank); 0 when none.</summary>
    private static long Percentile(List<long> ticks, double fraction)
    {
        if (ticks.Count == 0)
            return 0;
        ticks.Sort();
        return ticks[Math.Max(0, (int)Math.Ceiling(fraction * ticks.Count) - 1)];
    }

    public static string Seconds(long ticks) => (ticks / (double)Stopwatch.Frequency).ToString("F6", CultureInfo.InvariantCulture) + " s";

    private static bool Selects(string section)
    {
        foreach (string category in s_categories)
        {
            if (section.StartsWith(category, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static StringBuilder Begin(string section, long? start = null) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture, $"[{start ?? Now():x}] {{{section}\n");

    private static void Line(StringBuilder text, string name, object value) =>
        text.Append(name).Append(": ").Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');

    private static void End(StringBuilder text, string section, long end)
    {
        text.Append(CultureInfo.InvariantCulture, $"[{end:x}] {section}}}\n");
        s_writer!.Write(text.ToString());
        s_logTicks += Now() - end;
    }
}
