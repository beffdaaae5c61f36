namespace Rpython.Translator.Syntax;

/// <summary>
/// Aborts parsing of the current statement. The statement parser reports it (unless the
/// tokenizer already did, see <see cref="AlreadyReported"/>) and resynchronises at the next line.
/// </summary>
internal sealed class ParseException(int offset, string message, bool alreadyReported = false) : Exception(message)
{
    public int Offset { get; } = offset;

    public bool AlreadyReported { get; } = alreadyReported;
}
