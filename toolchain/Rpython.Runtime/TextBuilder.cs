using System.Text;

namespace Rpython.Runtime;

/// <summary>
/// Text assembled in a caller's (usually stack) buffer, moving to a heap array only when it
/// outgrows it: formatting a float allocates nothing but its result string in the common case.
/// A mutable ref struct: pass it by ref, never copy it.
/// </summary>
internal ref struct TextBuilder
{
    private Span<char> _chars;
    private int _length;

    public TextBuilder(Span<char> buffer)
    {
        _chars = buffer;
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly char this[int index] => _chars[index];

    public readonly ReadOnlySpan<char> AsSpan() => _chars[.._length];

    public void Append(char c) => AppendSpan(1)[0] = c;

    public void Append(char c, long count)
    {
        if (count > 0)
            AppendSpan(checked((int)count)).Fill(c);
    }

    public void Append(scoped ReadOnlySpan<char> text) => text.CopyTo(AppendSpan(text.Length));

    /// <summary>A code point <paramref name="count"/> times: a fill character may lie outside
    /// the BMP (a surrogate pair each time).</summary>
    public void AppendCodePoint(int codePoint, long count)
    {
        if (codePoint <= char.MaxValue)
        {
            Append((char)codePoint, count);
            return;
        }
        Span<char> pair = stackalloc char[2];
        new Rune(codePoint).EncodeToUtf16(pair);
        for (long i = 0; i < count; i++)
            Append(pair);
    }

    /// <summary>Reserves <paramref name="count"/> chars at the end, for the caller to fill.</summary>
    public Span<char> AppendSpan(int count)
    {
        if (_length + count > _chars.Length)
        {
            var larger = new char[Math.Max(_chars.Length * 2, _length + count)];
            AsSpan().CopyTo(larger);
            _chars = larger;
        }
        _length += count;
        return _chars.Slice(_length - count, count);
    }

    /// <summary>Drops the text after the first <paramref name="length"/> chars.</summary>
    public void Truncate(int length) => _length = length;

    public override readonly string ToString() => new(AsSpan());
}
