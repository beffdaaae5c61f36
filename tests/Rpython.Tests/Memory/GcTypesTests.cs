using Rpython.Runtime.Memory;

namespace Rpython.Tests.Memory;

/// <summary>The type table generated code registers: what it computes, and the entries it refuses.</summary>
[TestFixture]
internal sealed unsafe class GcTypesTests
{
    [TearDown]
    public void TearDown() => GcTypes.Reset();

    [Test]
    public void RegisterComputesTheFlagsAndCopiesTheOffsets()
    {
        int* offsets = stackalloc int[] { TestHeap.A, TestHeap.B, 0 };
        GcTypes.Register([default, GcTypeInfo.Fixed(40, offsets, 2), GcTypeInfo.Fixed(24, null, 0), GcTypeInfo.VarSize(24, null, 0, 16, 24, 8, offsets + 2, 1)]);
        offsets[0] = 999;  // the table keeps its own copy
        Assert.That(GcTypes.Count, Is.EqualTo(4));
        Assert.That(GcTypes.Info(1)->Flags, Is.Zero);
        Assert.That(GcTypes.Info(1)->GcPointerOffsets[0], Is.EqualTo(TestHeap.A));
        Assert.That(GcTypes.Info(2)->Flags, Is.EqualTo(GcTypeFlags.NoGcPointers));
        Assert.That(GcTypes.Info(3)->Flags, Is.EqualTo(GcTypeFlags.IsVarSize | GcTypeFlags.HasGcPointersInItems));
        Assert.That(GcTypes.IsValid(0) || GcTypes.IsValid(4), Is.False);
    }

    [Test]
    public void SizesOfVarSizedObjectsAreRoundedUpToWords()
    {
        TestHeap.RegisterTypes();
        long* array = stackalloc long[8];
        *(int*)array = TestHeap.IntArray;
        array[2] = 5;
        Assert.That(GcTypes.SizeOf((byte*)array), Is.EqualTo((nuint)(24 + 40)));
    }

    [Test]
    public void ALayoutTheCollectorsCannotWalkIsRefused()
    {
        int* offsets = stackalloc int[] { 8, 36 };
        Assert.Throws<ArgumentException>(() => GcTypes.Register([default, GcTypeInfo.Fixed(20, null, 0)]), "size not a multiple of 8");
        Assert.Throws<ArgumentException>(() => GcTypes.Register([default, GcTypeInfo.Fixed(40, offsets, 1)]), "a pointer in the header");
        Assert.Throws<ArgumentException>(() => GcTypes.Register([default, GcTypeInfo.Fixed(40, offsets + 1, 1)]), "a misaligned pointer");
        Assert.Throws<ArgumentException>(() => GcTypes.Register([default, GcTypeInfo.VarSize(24, null, 0, 16, 20, 8, null, 0)]), "items over the length");
    }
}
