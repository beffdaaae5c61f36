namespace Rpython.Translator.Flow;

/// <summary>Python that RPython does not accept, found while evaluating a module's top level or
/// building a flow graph: reported as a diagnostic at <see cref="Location"/>.</summary>
internal sealed class FlowError(SourceLocation location, string message) : Exception(message)
{
    public SourceLocation Location { get; } = location;
}
