using System.Collections;

namespace Rpython.Translator.Annotation;

// How shared definitions (list items, dict keys and values, instance attributes) tell the annotator
// that what an operation read from them has grown. Every read records its location, an opaque object
// of the annotator's choosing (RPython's position key: graph, block, operation index); when the
// definition generalizes, each location it recorded is handed to the scheduler to be reflowed.

/// <summary>Implemented by the annotator: reflows the operation at <paramref name="readLocation"/>
/// because a value it read has become more general.</summary>
internal interface IReflowScheduler
{
    void Reflow(object readLocation);
}

/// <summary>The read locations of one definition: a set in order of first reading, so reflows are
/// scheduled in a deterministic order.</summary>
internal sealed class ReadLocations : IReadOnlyCollection<object>
{
    private readonly List<object> _order = [];
    private readonly HashSet<object> _seen = [];

    public int Count => _order.Count;

    public void Add(object location)
    {
        if (_seen.Add(location))
            _order.Add(location);
    }

    public void UnionWith(IEnumerable<object> locations)
    {
        foreach (var location in locations)
            Add(location);
    }

    public void ReflowAll(IReflowScheduler scheduler)
    {
        // A copy: a scheduler that reflows at once reads again, adding locations.
        foreach (var location in _order.ToArray())
            scheduler.Reflow(location);
    }

    public IEnumerator<object> GetEnumerator() => _order.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
