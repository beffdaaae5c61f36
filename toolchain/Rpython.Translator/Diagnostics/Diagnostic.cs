using System.Text;

namespace Rpython.Translator.Diagnostics;

/// <summary>A problem in the user's input, at a position in a source file.</summary>
internal sealed record Diagnostic(SourceText Source, int Offset, string Message)
{
    public int Line => Source.LineColumn(Offset).Line;

    public int Column => Source.LineColumn(Offset).Column;

    /// <summary><c>file:line:column: error: message</c>, the source line, and a caret under the column.</summary>
    public string Format()
    {
        var (line, column) = Source.LineColumn(Offset);
        var text = new StringBuilder();
        text.Append(FormattableString.Invariant($"{Source.Path}:{line}:{column}: error: {Message}\n"));
        string sourceLine = Source.LineText(line - 1);
        if (sourceLine.Trim().Length > 0)
        {
            var caret = new StringBuilder();
            for (int i = 0; i < column - 1 && i < sourceLine.Length; i++)
                caret.Append(sourceLine[i] == '\t' ? '\t' : ' ');
            text.Append("    ").Append(sourceLine).Append('\n');
            text.Append("    ").Append(caret).Append("^\n");
        }
        return text.ToString();
    }

    public override string ToString() => FormattableString.Invariant($"{Source.Path}:{Line}:{Column}: error: {Message}");
}

/// <summary>Collects diagnostics in the order they are found, one per position and message.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<(string, int, string)> _seen = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public int Count => _items.Count;

    public void Add(SourceText source, int offset, string message)
    {
        if (_seen.Add((source.Path, offset, message)))
            _items.Add(new Diagnostic(source, offset, message));
    }

    /// <summary>The diagnostics sorted by file position, the order a user reads them in.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Source.Path, StringComparer.Ordinal).ThenBy(d => d.Offset).ToList();
}
