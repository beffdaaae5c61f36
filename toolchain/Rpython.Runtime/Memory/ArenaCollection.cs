using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rpython.Runtime.Memory;

/// <summary>
/// incminimark's home for old objects of up to <see cref="GcConfig.SmallRequestThreshold"/> bytes
/// (RPython's minimarkpage.py, written anew): arenas of <see cref="GcConfig.ArenaSize"/> bytes from the
/// OS, cut into pages of <see cref="GcConfig.PageSize"/>; a page holds blocks of one size class (the
/// sizes are multiples of 8, one class per size). Objects never move here.
/// <para>
/// A page starts with its header; its blocks follow, up to <c>Tail</c>, the first block never used
/// (blocks past it are not objects). A free block below the tail has type id 0 and its reserved header
/// word links it to the next free block of the page, so a walk of the page tells objects from holes by
/// their first word, and allocation pops the free list before bumping the tail. Per size class, the
/// pages with room are in one list, whose head is allocated from, the full ones in another.
/// </para>
/// <para>
/// Sweeping is incremental (mass_free_prepare / mass_free_incremental): <see cref="PrepareSweep"/> moves
/// every page aside, so the objects promoted while the sweep runs go to other pages and are never
/// swept by mistake; each <see cref="SweepStep"/> sweeps a bounded number of pages — frees the blocks
/// without <see cref="GcFlags.Visited"/>, clears the flag on the others — and gives each page back to
/// its class's lists, or to its arena when it is empty. An arena whose pages are all free goes back to
/// the OS, unless the free pages already touched are fewer than the reserve. New pages come from the
/// arenas with free pages, most recently freed first.
/// </para>
/// <para>
/// The reserve (a nursery's worth: what one minor collection can promote) is kept touched by
/// <see cref="Prepare"/>, which the program's allocation slow path calls a chunk at a time: so the
/// OS's page faults for new old-generation memory happen while the program runs, not while a minor
/// collection copies survivors (a fault and its zeroing cost more than copying the 4 KB it maps).
/// </para>
/// <para>
/// The OS refusing an arena in the middle of a minor collection cannot be turned into a MemoryError:
/// the program stops (<see cref="GcFatal"/>).
/// </para>
/// </summary>
internal sealed unsafe class ArenaCollection
{
    private const int PageHeaderSize = 48;

    [StructLayout(LayoutKind.Sequential)]
    private struct Page
    {
        public Page* Next;
        public Arena* Arena;
        public byte* FreeList;
        public byte* Tail;
        public int BlockSize;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Arena
    {
        public byte* Base;
        public Arena* Next;        // all arenas
        public Arena* Prev;
        public Arena* NextFree;    // arenas with free pages
        public Arena* PrevFree;
        public Page* FreePages;
        public int Uninitialized;  // pages from here on were never used
        public int Touched;        // pages below this were written once (the OS mapped them)
        public int FreeCount;
    }

    private readonly int _pageSize;
    private readonly int _arenaSize;
    private readonly int _pagesPerArena;
    private readonly int _classes;
    private readonly Page** _partial;
    private readonly Page** _full;
    private readonly Page** _toSweep;
    private readonly long _reservePages;
    private Arena* _arenas;
    private Arena* _withFreePages;
    private Arena* _preparing;         // the arena Prepare touches pages of
    private long _readyPages;          // free pages already touched
    private int _sweepClass;

    public ArenaCollection(int arenaSize, int pageSize, int smallRequestThreshold, long reserveBytes)
    {
        _pageSize = pageSize;
        _reservePages = (reserveBytes + pageSize - 1) / pageSize;
        _arenaSize = arenaSize;
        _pagesPerArena = arenaSize / pageSize;
        _classes = (smallRequestThreshold / 8) + 1;
        _partial = (Page**)NativeMemory.AllocZeroed((nuint)_classes, (nuint)sizeof(Page*));
        _full = (Page**)NativeMemory.AllocZeroed((nuint)_classes, (nuint)sizeof(Page*));
        _toSweep = (Page**)NativeMemory.AllocZeroed((nuint)_classes, (nuint)sizeof(Page*));
        _sweepClass = _classes;
    }

    /// <summary>The bytes of the objects the arenas hold.</summary>
    public long TotalMemoryUsed { get; private set; }

    public int ArenaCount { get; private set; }

    /// <summary>A block of <paramref name="size"/> bytes (a multiple of 8, at most the threshold), not
    /// zeroed. Inlined into the minor collection's copying: the common case bumps the tail of the size
    /// class's current page.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte* Malloc(nuint size)
    {
        Page* page = _partial[size >> 3];
        if (page != null && page->FreeList == null)
        {
            byte* block = page->Tail;
            if (block + (2 * size) <= (byte*)page + _pageSize)
            {
                page->Tail = block + size;
                TotalMemoryUsed += (long)size;
                return block;
            }
        }
        return MallocSlow(size);
    }

    /// <summary>The other cases of <see cref="Malloc"/>: a free block, a new page, the page's last block.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private byte* MallocSlow(nuint size)
    {
        int sizeClass = (int)(size >> 3);
        Page* page = _partial[sizeClass];
        if (page == null)
            page = _partial[sizeClass] = NewPage((int)size);
        byte* block = page->FreeList;
        if (block != null)
            page->FreeList = (byte*)((GcHeader*)block)->Reserved;
        else
        {
            block = page->Tail;
            page->Tail = block + size;
        }
        if (page->FreeList == null && page->Tail + size > (byte*)page + _pageSize)
        {
            _partial[sizeClass] = page->Next;  // full: the next page with room becomes the head
            page->Next = _full[sizeClass];
            _full[sizeClass] = page;
        }
        TotalMemoryUsed += (long)size;
        return block;
    }

    /// <summary>Touches up to <paramref name="maxBytes"/> of fresh pages (new arenas if needed) until the
    /// free pages already touched reach the reserve.</summary>
    public void Prepare(long maxBytes)
    {
        int osPage = Environment.SystemPageSize;
        for (long pages = maxBytes / _pageSize; pages > 0 && _readyPages < _reservePages; pages--)
        {
            if (_preparing == null || _preparing->Touched == _pagesPerArena)
                _preparing = NewArena();
            byte* page = _preparing->Base + ((long)_preparing->Touched++ * _pageSize);
            for (int offset = 0; offset < _pageSize; offset += osPage)
                Volatile.Write(ref page[offset], 0);
            _readyPages++;
        }
    }

    /// <summary>Starts a sweep: every page in use now will be swept, none allocated from until then.</summary>
    public void PrepareSweep()
    {
        for (int c = 0; c < _classes; c++)
        {
            _toSweep[c] = Concat(_partial[c], _full[c]);
            _partial[c] = _full[c] = null;
        }
        _sweepClass = 0;
    }

    /// <summary>Sweeps up to <paramref name="maxPages"/> pages; true when the sweep is complete.
    /// <paramref name="freedBytes"/> grows by what was freed.</summary>
    public bool SweepStep(long maxPages, ref long freedBytes)
    {
        for (; _sweepClass < _classes; _sweepClass++)
        {
            while (_toSweep[_sweepClass] != null)
            {
                if (maxPages-- <= 0)
                    return false;
                Page* page = _toSweep[_sweepClass];
                _toSweep[_sweepClass] = page->Next;
                freedBytes += Sweep(page, _sweepClass);
            }
        }
        return true;
    }

    public bool IsSweeping => _sweepClass < _classes;

    /// <summary>Calls <paramref name="action"/> with every object of the arenas (with whether it is
    /// still to be swept). For the heap checker and statistics.</summary>
    public void ForEachObject(Action<nint, bool> action)
    {
        for (int c = 0; c < _classes; c++)
        {
            ForEachObject(_partial[c], false, action);
            ForEachObject(_full[c], false, action);
            ForEachObject(_toSweep[c], true, action);
        }
    }

    /// <summary>Whether <paramref name="address"/> is inside an arena.</summary>
    public bool Contains(nint address)
    {
        for (Arena* arena = _arenas; arena != null; arena = arena->Next)
        {
            if ((nuint)((byte*)address - arena->Base) < (nuint)_arenaSize)
                return true;
        }
        return false;
    }

    /// <summary>Returns every arena to the OS.</summary>
    public void Free()
    {
        while (_arenas != null)
        {
            Arena* arena = _arenas;
            _arenas = arena->Next;
            NativeMemory.AlignedFree(arena->Base);
            NativeMemory.Free(arena);
        }
        NativeMemory.Free(_partial);
        NativeMemory.Free(_full);
        NativeMemory.Free(_toSweep);
    }

    private void ForEachObject(Page* page, bool toSweep, Action<nint, bool> action)
    {
        for (; page != null; page = page->Next)
        {
            for (byte* block = (byte*)page + PageHeaderSize; block < page->Tail; block += page->BlockSize)
            {
                if (((GcHeader*)block)->TypeId != 0)
                    action((nint)block, toSweep);
            }
        }
    }

    /// <summary>Frees the unvisited blocks of <paramref name="page"/>, rebuilds its free list in address
    /// order and files the page again; returns the bytes freed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long Sweep(Page* page, int sizeClass)
    {
        int size = page->BlockSize;
        long freed = 0;
        int used = 0;
        byte* freeList = null;
        byte** link = &freeList;
        for (byte* block = (byte*)page + PageHeaderSize; block < page->Tail; block += size)
        {
            var header = (GcHeader*)block;
            if (header->TypeId != 0)
            {
                if ((header->Flags & GcFlags.Visited) != 0)
                {
                    header->Flags &= ~GcFlags.Visited;
                    used++;
                    continue;
                }
                header->TypeId = 0;
                header->Flags = 0;
                freed += size;
                GcLog.Stats.ObjectsFreed++;
            }
            *link = block;
            link = (byte**)&header->Reserved;
        }
        *link = null;
        TotalMemoryUsed -= freed;
        page->FreeList = freeList;
        if (used == 0)
            FreePage(page);
        else if (freeList != null || page->Tail + size <= (byte*)page + _pageSize)
        {
            page->Next = _partial[sizeClass];
            _partial[sizeClass] = page;
        }
        else
        {
            page->Next = _full[sizeClass];
            _full[sizeClass] = page;
        }
        return freed;
    }

    private Page* NewPage(int blockSize)
    {
        Arena* arena = _withFreePages != null ? _withFreePages : NewArena();
        Page* page;
        if (arena->FreePages != null)
        {
            page = arena->FreePages;
            arena->FreePages = page->Next;
            _readyPages--;
        }
        else if (arena->Uninitialized < arena->Touched)
        {
            page = (Page*)(arena->Base + ((long)arena->Uninitialized++ * _pageSize));
            _readyPages--;
        }
        else
        {
            page = (Page*)(arena->Base + ((long)arena->Uninitialized++ * _pageSize));
            arena->Touched = arena->Uninitialized;
        }
        if (--arena->FreeCount == 0)
            Unlink(ref _withFreePages, arena);
        *page = new Page { Arena = arena, Tail = (byte*)page + PageHeaderSize, BlockSize = blockSize };
        return page;
    }

    private void FreePage(Page* page)
    {
        Arena* arena = page->Arena;
        page->Next = arena->FreePages;
        arena->FreePages = page;
        _readyPages++;
        if (arena->FreeCount++ == 0)
            LinkFree(arena);
        // Every page is free (its touched pages are free pages): the arena goes back to the OS if the
        // others hold the reserve.
        if (arena->FreeCount < _pagesPerArena || _readyPages - arena->Touched < _reservePages)
            return;
        _readyPages -= arena->Touched;
        if (_preparing == arena)
            _preparing = null;
        Unlink(ref _withFreePages, arena);
        if (arena->Prev != null)
            arena->Prev->Next = arena->Next;
        else
            _arenas = arena->Next;
        if (arena->Next != null)
            arena->Next->Prev = arena->Prev;
        NativeMemory.AlignedFree(arena->Base);
        NativeMemory.Free(arena);
        ArenaCount--;
    }

    private Arena* NewArena()
    {
        byte* memory;
        try
        {
            memory = (byte*)NativeMemory.AlignedAlloc((nuint)_arenaSize, (nuint)_pageSize);
        }
        catch (OutOfMemoryException)
        {
            GcFatal.Fail("out of memory while allocating an arena of the old generation");
            throw;
        }
        var arena = (Arena*)NativeMemory.AllocZeroed((nuint)sizeof(Arena));
        arena->Base = memory;
        arena->FreeCount = _pagesPerArena;
        arena->Next = _arenas;
        if (_arenas != null)
            _arenas->Prev = arena;
        _arenas = arena;
        LinkFree(arena);
        ArenaCount++;
        return arena;
    }

    private void LinkFree(Arena* arena)
    {
        arena->PrevFree = null;
        arena->NextFree = _withFreePages;
        if (_withFreePages != null)
            _withFreePages->PrevFree = arena;
        _withFreePages = arena;
    }

    private static void Unlink(ref Arena* list, Arena* arena)
    {
        if (arena->PrevFree != null)
            arena->PrevFree->NextFree = arena->NextFree;
        else
            list = arena->NextFree;
        if (arena->NextFree != null)
            arena->NextFree->PrevFree = arena->PrevFree;
        arena->NextFree = arena->PrevFree = null;
    }

    private static Page* Concat(Page* first, Page* second)
    {
        if (first == null)
            return second;
        Page* last = first;
        while (last->Next != null)
            last = last->Next;
        last->Next = second;
        return first;
    }
}
