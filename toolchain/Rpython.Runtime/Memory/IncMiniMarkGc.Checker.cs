namespace Rpython.Runtime.Memory;

// incminimark's invariants, for the heap checker (--gc-debug, RPYTHON_GC_DEBUG=1, tests): on top of
// HeapChecker's (every reachable pointer is a valid object), for every reachable object and pointer:
// - the write barrier's: an old object (or a prebuilt one) with GC pointers has TrackYoungPtrs or is in
//   the remembered list; an old object pointing to a young one is remembered, or the pointer is an item
//   whose card is marked; a prebuilt object still flagged NoHeapPtrs points only to prebuilt objects;
// - the flags': young objects have neither TrackYoungPtrs nor Visited; VisitedRmy exists only inside a
//   minor collection; CardsSet only on arrays in the list of card arrays; Visited only during a cycle;
// - the incremental marker's: while MARKING, a black object points to a white one only if it will be
//   re-greyed (remembered, or the pointer's card is marked) or the white one is queued grey; while
//   SWEEPING, every reachable object still to be swept is marked (else the sweep would free it).
public static unsafe partial class IncMiniMarkGc
{
    /// <summary>Runs the heap checker now (between collections, it also checks the write barrier's work).</summary>
    internal static void CheckHeap(string when = "on request") => new Checker().Check(when);

    /// <summary>The number of objects in the heap, dead ones not yet freed included.</summary>
    internal static int HeapObjectCount()
    {
        var objects = new HashSet<nint>();
        new Checker().AddAll(objects);
        return objects.Count;
    }

    private sealed class Checker : HeapChecker
    {
        private readonly HashSet<nint> _remembered = [];
        private readonly HashSet<nint> _cardArrays = [];
        private readonly HashSet<nint> _grey = [];
        private readonly HashSet<nint> _toSweep = [];
        private readonly List<(nint Start, nint End)> _large = [];

        public void AddAll(HashSet<nint> objects) => AddHeapObjects(objects);

        protected override void AddHeapObjects(HashSet<nint> objects)
        {
            for (byte* obj = s_nursery; obj < NurseryFree; obj += GcTypes.SizeOf(obj))
                Add(objects, obj, "in the nursery");
            s_arenas!.ForEachObject((obj, toSweep) =>
            {
                Add(objects, (byte*)obj, "in an arena");
                if (toSweep)
                    _toSweep.Add(obj);
            });
            AddLarge(objects, s_oldLarge, false);
            AddLarge(objects, s_youngLarge, false);
            AddLarge(objects, s_largeToSweep, true);
            _large.Sort();
            CheckLargeBlockCache();
            AddAll(_remembered, s_oldObjectsPointingToYoung);
            AddAll(_cardArrays, s_oldObjectsWithCardsSet);
            AddAll(_grey, s_objectsToTrace);
        }

        protected override bool IsInHeap(nint address)
        {
            if (IsInNursery((void*)address) || s_arenas!.Contains(address))
                return true;
            for (int i = 0; i < s_largeBlocks.Count; i++)
            {
                var (block, size) = s_largeBlocks[i];
                if ((nuint)(address - block) < (nuint)size)
                    return true;  // a pointer to a dead large object
            }
            int low = 0, high = _large.Count - 1;
            while (low <= high)
            {
                int middle = (low + high) / 2;
                if (address < _large[middle].Start)
                    high = middle - 1;
                else if (address >= _large[middle].End)
                    low = middle + 1;
                else
                    return true;
            }
            return false;
        }

        protected override IEnumerable<nint> CollectorRoots()
        {
            for (int i = 0; i < s_prebuiltRootObjects.Count; i++)
                yield return s_prebuiltRootObjects[i];
        }

        protected override void CheckObject(byte* obj)
        {
            int flags = ((GcHeader*)obj)->Flags;
            bool young = IsYoung(obj);
            if ((flags & GcFlags.VisitedRmy) != 0)
                Fail($"{Hex((nint)obj)} has VisitedRmy outside a minor collection");
            if (young && (flags & (GcFlags.TrackYoungPtrs | GcFlags.Visited)) != 0)
                Fail($"the young object {Hex((nint)obj)} has TrackYoungPtrs or Visited");
            if (!young && GcTypes.HasGcPointers(obj) && (flags & GcFlags.TrackYoungPtrs) == 0 && !_remembered.Contains((nint)obj))
                Fail($"the old object {Hex((nint)obj)} (type {((GcHeader*)obj)->TypeId}) has no TrackYoungPtrs and is not remembered: stores into it would be missed");
            if ((flags & GcFlags.CardsSet) != 0 && !_cardArrays.Contains((nint)obj))
                Fail($"{Hex((nint)obj)} has CardsSet but is not in the list of arrays with cards set");
            if (s_state is StateScanning or StateFinalizing && (flags & GcFlags.Visited) != 0)
                Fail($"{Hex((nint)obj)} is marked outside a major collection");
            if (s_state == StateSweeping && _toSweep.Contains((nint)obj) && (flags & GcFlags.Visited) == 0)
                Fail($"the reachable object {Hex((nint)obj)} is not marked: the sweep will free it");
        }

        protected override void CheckEdge(byte* from, nint* slot, byte* to)
        {
            int fromFlags = ((GcHeader*)from)->Flags;
            int toFlags = ((GcHeader*)to)->Flags;
            bool toYoung = IsYoung(to);
            bool willBeRetraced = (fromFlags & GcFlags.TrackYoungPtrs) == 0 || CardMarked(from, slot);
            if (toYoung && !IsYoung(from) && !willBeRetraced)
                Fail($"{Describe(from, slot)} points to the young object {Hex((nint)to)} but is not remembered: a missing write barrier");
            if ((fromFlags & GcFlags.NoHeapPtrs) != 0 && (toFlags & GcFlags.Prebuilt) == 0)
                Fail($"{Describe(from, slot)} points into the heap ({Hex((nint)to)}) but its object still has NoHeapPtrs: a missing write barrier");
            if (s_state == StateMarking && (fromFlags & GcFlags.Visited) != 0 && !toYoung
                && (toFlags & (GcFlags.Visited | GcFlags.NoHeapPtrs | GcFlags.Prebuilt)) == 0 && !_grey.Contains((nint)to) && !willBeRetraced)
            {
                Fail($"the black {Describe(from, slot)} points to the white object {Hex((nint)to)}");
            }
        }

        private void Add(HashSet<nint> objects, byte* obj, string where)
        {
            if (!GcTypes.IsValid(((GcHeader*)obj)->TypeId))
                Fail($"the object at {Hex((nint)obj)} {where} has type id {((GcHeader*)obj)->TypeId}");
            objects.Add((nint)obj);
        }

        private void AddLarge(HashSet<nint> objects, NativeStack list, bool toSweep)
        {
            for (int i = 0; i < list.Count; i++)
            {
                byte* obj = (byte*)list[i];
                Add(objects, obj, "among the large objects");
                _large.Add(((nint)obj - (nint)CardBytesOf(obj), (nint)obj + (nint)GcTypes.SizeOf(obj)));
                if (toSweep)
                    _toSweep.Add((nint)obj);
            }
        }

        /// <summary>The cached blocks of dead large objects are no live large object's memory, and add up to
        /// the cache's count of bytes, within its capacity.</summary>
        private void CheckLargeBlockCache()
        {
            long bytes = 0;
            for (int i = 0; i < s_largeBlocks.Count; i++)
            {
                var (block, size) = s_largeBlocks[i];
                bytes += size;
                foreach (var (start, end) in _large)
                {
                    if (start < block + size && block < end)
                        Fail($"the cached free block {Hex(block)} overlaps the large object at {Hex(start)}");
                }
            }
            if (bytes != s_largeBlocks.Bytes || bytes > s_largeBlocks.Capacity)
                Fail($"the cache of large blocks holds {bytes} bytes, counts {s_largeBlocks.Bytes}, may hold {s_largeBlocks.Capacity}");
        }

        private static void AddAll(HashSet<nint> set, NativeStack list)
        {
            for (int i = 0; i < list.Count; i++)
                set.Add(list[i]);
        }

        /// <summary>Whether <paramref name="slot"/> is in an item of <paramref name="array"/> whose card is marked.</summary>
        private static bool CardMarked(byte* array, nint* slot)
        {
            const int cards = GcFlags.HasCards | GcFlags.CardsSet;
            if ((((GcHeader*)array)->Flags & cards) != cards)
                return false;
            var info = GcTypes.Info(((GcHeader*)array)->TypeId);
            long offset = (byte*)slot - (array + info->ItemsOffset);
            if (offset < 0 || info->ItemSize == 0)
                return false;
            long bit = (offset / info->ItemSize) >> CardPageShift;
            return (*(array - 1 - (bit >> 3)) & (1 << (int)(bit & 7))) != 0;
        }
    }
}
