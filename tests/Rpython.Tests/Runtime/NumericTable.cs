using System.Globalization;
using System.Text;

namespace Rpython.Tests.Runtime;

/// <summary>
/// The golden tables of tests/tools/make_numeric_tables.py (CPython 3.11's answers, committed
/// under Runtime/tables): rows of tab-separated fields, read in the script's notation — a double
/// as the 16 hex digits of its bits, an int as 'i' and its digits, a text escaped with
/// backslashes, an error as '!' Name ': ' message. The tests need no CPython.
/// </summary>
internal static class NumericTable
{
    public static IEnumerable<string[]> Rows(string name) =>
        File.ReadLines(TestPaths.InRepo("tests", "Rpython.Tests", "Runtime", "tables", name))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'));

    public static double Double(string field) =>
        BitConverter.UInt64BitsToDouble(ulong.Parse(field, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));

    /// <summary>A double in the tables' notation.</summary>
    public static string Bits(double value) => BitConverter.DoubleToUInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture);

    public static string Text(string field)
    {
        var text = new StringBuilder(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\')
            {
                text.Append(field[i]);
                continue;
            }
            char kind = field[++i];
            switch (kind)
            {
                case '\\':
                    text.Append('\\');
                    break;
                case 't':
                    text.Append('\t');
                    break;
                case 'n':
                    text.Append('\n');
                    break;
                case 'u' or 'U':
                    int digits = kind == 'u' ? 4 : 8;
                    int code = int.Parse(field.AsSpan(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    // A lone surrogate stays a lone char, as in the Python text.
                    text.Append(code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code));
                    i += digits;
                    break;
                default:
                    throw new FormatException($"unknown escape '\\{kind}' in table field {field}");
            }
        }
        return text.ToString();
    }

    /// <summary>Fails with the first mismatches (and their count) if there are any.</summary>
    public static void AssertNoMismatches(List<string> mismatches, int cases)
    {
        Assert.That(cases, Is.GreaterThan(0), "the table has no cases for this test");
        Assert.That(mismatches, Is.Empty,
            () => $"{mismatches.Count} of {cases} cases differ from CPython:\n" + string.Join("\n", mismatches.Take(25)));
    }
}
