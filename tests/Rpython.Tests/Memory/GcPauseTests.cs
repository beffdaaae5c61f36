using System.Diagnostics;
using Rpython.Runtime.Memory;
using static Rpython.Tests.Memory.TestHeap;

namespace Rpython.Tests.Memory;

/// <summary>
/// Pause times with the default parameters (4 MB nursery — 32 MB for the minor collections, so that
/// all the objects measured are young — and a quarter of the nursery marked per step), printed for the
/// record rather than asserted: timing belongs to benchmarks (DESIGN, working rules). What is asserted
/// is that the pauses are measured, and that an incremental step is much shorter than the full
/// collection it is a part of.
/// </summary>
[TestFixture]
internal sealed unsafe class GcPauseTests
{
    private static readonly GcConfig Defaults = new() { ShadowStackSlots = 1 << 16 };

    [TearDown]
    public void TearDown() => Stop();

    [Test]
    public void MinorCollectionPauses()
    {
        Start(GcKind.IncMiniMark, Defaults with { NurserySize = 32 << 20 });  // room for all of them
        foreach (int live in new[] { 0, 10_000, 100_000, 500_000 })
        {
            int list = Push(null);
            for (int i = 0; i < live; i++)
            {
                byte* node = NewNode(i);
                Store(node, A, Root(list));
                SetRoot(list, node);
            }
            IncMiniMarkGc.MinorCollection();  // the list is old now: its survivors are not counted below
            SetRoot(list, null);
            int fresh = PushList(live);
            for (int i = 0; i < 50_000; i++)
                NewNode(i);  // garbage in the same nursery
            Assert.That(IncMiniMarkGc.IsInNursery(Root(fresh)) || live == 0, "all in the nursery");
            double ms = Time(IncMiniMarkGc.MinorCollection);
            Report($"incminimark minor collection, {live} of {live + 50_000} nursery objects alive: {ms:F3} ms");
            SetRoot(fresh, null);
            ShadowStack.Top = ShadowStack.Base;
            IncMiniMarkGc.Collect();
        }
        Assert.That(GcLog.Stats.MinorCollections, Is.GreaterThan(3));
    }

    [Test]
    public void MajorCollectionPauses()
    {
        Start(GcKind.IncMiniMark, Defaults);
        int list = PushList(1_000_000);
        IncMiniMarkGc.MinorCollection();
        double full = Time(IncMiniMarkGc.Collect);
        Report($"incminimark full collection, 1000000 old objects alive (40 MB): {full:F1} ms");
        double longest = 0;
        int steps = 0;
        IncMiniMarkGc.CollectStep();
        while (IncMiniMarkGc.State != IncMiniMarkGc.StateScanning)
        {
            longest = Math.Max(longest, Time(IncMiniMarkGc.CollectStep));
            steps++;
        }
        Report($"incminimark incremental cycle over the same heap: {steps} steps, longest {longest:F2} ms");
        Assert.That(longest, Is.LessThan(full));
        SetRoot(list, null);
    }

    [Test]
    public void SemiSpaceCollectionPauses()
    {
        Start(GcKind.SemiSpace, Defaults);
        foreach (int live in new[] { 10_000, 100_000, 1_000_000 })
        {
            int list = PushList(live);
            SemiSpaceGc.Collect();
            double ms = Time(SemiSpaceGc.Collect);
            Report($"semispace collection, {live} objects alive: {ms:F2} ms");
            SetRoot(list, null);
        }
        Assert.That(GcLog.Stats.MaxPauseTicks, Is.GreaterThan(0));
    }

    private static double Time(Action action)
    {
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static void Report(string line) => TestContext.Out.WriteLine(line);
}
