using Rpython.Translator.Flow;

namespace Rpython.Translator.Backend;

/// <summary>A low-level graph the C# backend cannot emit (an operation or type it does not support
/// yet), or emitted C# that does not compile. Either is a limit or a bug of the toolchain, never a
/// mistake in the user's program: earlier phases reject those with diagnostics.</summary>
internal sealed class BackendError(SourceLocation? location, string message)
    : Exception(location is { } at ? $"{at}: {message}" : message)
{
    public SourceLocation? Location { get; } = location;
}
