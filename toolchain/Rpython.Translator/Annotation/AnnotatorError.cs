namespace Rpython.Translator.Annotation;

/// <summary>A program RPython cannot annotate. The annotator turns it into a diagnostic at the
/// operation it was processing; the message is for users.</summary>
internal class AnnotatorError(string message) : Exception(message);

/// <summary>Two annotations that have no union: a variable, a list item or an attribute would have
/// to hold values of both. <see cref="Left"/> and <see cref="Right"/> are the two sides, for the
/// diagnostic to show and to trace back to where each came from.</summary>
internal sealed class UnionError(SomeValue left, SomeValue right, string message) : AnnotatorError(message)
{
    public SomeValue Left { get; } = left;

    public SomeValue Right { get; } = right;
}
