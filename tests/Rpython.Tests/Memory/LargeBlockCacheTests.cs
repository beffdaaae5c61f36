using System.Runtime.InteropServices;
using Rpython.Runtime.Memory;

namespace Rpython.Tests.Memory;

/// <summary>The cache of large blocks on its own: size classes, reuse within a class, the capacity.</summary>
[TestFixture]
internal sealed unsafe class LargeBlockCacheTests
{
    [Test]
    public void AClassSizeIsAtMostAnEighthAboveTheSizeAndAFixedPoint()
    {
        for (nuint size = 16; size < (1 << 22); size += 8 + (size / 13))
        {
            nuint classSize = LargeBlockCache.ClassSize(size);
            Assert.That(classSize, Is.GreaterThanOrEqualTo(size));
            Assert.That(classSize - size, Is.LessThanOrEqualTo(Math.Max(size / 8, 8)), $"size {size}");
            Assert.That(classSize % 8, Is.EqualTo((nuint)0));
            Assert.That(LargeBlockCache.ClassSize(classSize), Is.EqualTo(classSize));
        }
        Assert.That(LargeBlockCache.ClassSize(160_024), Is.EqualTo((nuint)(160 << 10)));
        Assert.That(LargeBlockCache.ClassSize(128 << 10), Is.EqualTo((nuint)(128 << 10)));
    }

    [Test]
    public void ABlockServesTheNextRequestOfItsClassZeroed()
    {
        var cache = new LargeBlockCache(1 << 20);
        try
        {
            byte* block = Allocate(cache, 150_000);
            new Span<byte>(block, 150_000).Fill(0xAB);
            cache.Add(block, 150_000);
            Assert.That(cache.Bytes, Is.EqualTo((long)LargeBlockCache.ClassSize(150_000)));
            Assert.That(cache.TakeZeroed(100_000) == null, "another class");
            byte* reused = cache.TakeZeroed(160_000);
            Assert.That(reused == block, "160 000 and 150 000 bytes are both in the class of 160 KB");
            Assert.That(new Span<byte>(reused, 160_000).IndexOfAnyExcept((byte)0), Is.EqualTo(-1));
            Assert.That(cache.Bytes, Is.Zero);
            Assert.That(cache.TakeZeroed(160_000) == null);
            NativeMemory.Free(reused);
        }
        finally
        {
            cache.Free();
        }
    }

    [Test]
    public void TheOldestBlocksGoBackFirstAndTooLargeOnesAreNeverKept()
    {
        var cache = new LargeBlockCache(3 * (128 << 10));
        try
        {
            Assert.That(cache.BlockSize(400 << 10), Is.EqualTo((nuint)(400 << 10)), "above the capacity: not rounded");
            var blocks = Enumerable.Range(0, 5).Select(_ => (nint)Allocate(cache, 128 << 10)).ToList();
            foreach (nint block in blocks)
                cache.Add((byte*)block, 128 << 10);
            Assert.That(cache.Bytes, Is.EqualTo(3 * (128 << 10)));
            Assert.That(Enumerable.Range(0, cache.Count).Select(i => cache[i].Block), Is.EqualTo(blocks.Skip(2)), "the last three freed, oldest first");
            cache.Add(Allocate(cache, 400 << 10), 400 << 10);
            Assert.That(cache.Count, Is.EqualTo(3), "freed at once");
            Assert.That(cache.TakeZeroed(128 << 10) == (byte*)blocks[4], "the most recently freed first");
            NativeMemory.Free((void*)blocks[4]);
        }
        finally
        {
            cache.Free();
        }
    }

    private static byte* Allocate(LargeBlockCache cache, nuint size) => (byte*)NativeMemory.Alloc(cache.BlockSize(size));
}
