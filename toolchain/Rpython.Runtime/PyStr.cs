using System.Globalization;
using System.Text;

namespace Rpython.Runtime;

/// <summary>
/// repr() of a str as CPython 3.11 writes it (unicode_repr): in single quotes, or in double
/// quotes when the text holds a single quote and no double quote; a backslash and the chosen
/// quote escaped; \t, \n, \r; other ASCII control characters and DEL as \xhh; a non-ASCII code
/// point kept when printable, else \xhh, \uhhhh or \Uhhhhhhhh. Printable is CPython's
/// Py_UNICODE_ISPRINTABLE: every category but Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (the space
/// excepted), taken from .NET's Unicode data, whose version may be newer than CPython 3.11's
/// (14.0): a code point assigned since then prints where CPython escapes it. The text is UTF-16
/// as the runtime holds strs: a lone surrogate is one code point (escaped, category Cs).
/// </summary>
public static class PyStr
{
    public static string Repr(string text)
    {
        char quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var repr = new StringBuilder(text.Length + 2);
        repr.Append(quote);
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsSurrogatePair(text, i))
            {
                c = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            if (c == quote || c == '\\')
                repr.Append('\\').Append((char)c);
            else if (c == '\t')
                repr.Append("\\t");
            else if (c == '\n')
                repr.Append("\\n");
            else if (c == '\r')
                repr.Append("\\r");
            else if (c < ' ' || c == 0x7F)
                Hex(repr, 'x', c, 2);
            else if (c < 0x7F || IsPrintable(c))
                repr.Append(char.ConvertFromUtf32(c));  // never a surrogate: those are not printable
            else if (c <= 0xFF)
                Hex(repr, 'x', c, 2);
            else if (c <= 0xFFFF)
                Hex(repr, 'u', c, 4);
            else
                Hex(repr, 'U', c, 8);
        }
        return repr.Append(quote).ToString();
    }

    private static void Hex(StringBuilder repr, char kind, int c, int digits) =>
        repr.Append('\\').Append(kind).Append(c.ToString("x" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    private static bool IsPrintable(int c)
    {
        if (c is >= 0xD800 and <= 0xDFFF)
            return false;
        return CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }
}
