using System.Globalization;
using Rpython.Runtime;

namespace Rpython.Tests.Runtime;

/// <summary>
/// repr, '%'-formatting and format specs of floats against CPython 3.11's answers (the tables of
/// tests/tools/make_numeric_tables.py: random doubles of every shape, exact ties, subnormals, the
/// repr switch points, inf and nan under every conversion), plus the brief's examples by name.
/// </summary>
[TestFixture]
internal sealed class FloatFormatTests
{
    [Test]
    public void ReprMatchesCPython()
    {
        var mismatches = new List<string>();
        int cases = 0;
        foreach (var row in NumericTable.Rows("repr.txt"))
        {
            cases++;
            double value = NumericTable.Double(row[0]);
            string actual = PyFloatFormat.Repr(value);
            if (actual != row[1])
                mismatches.Add($"repr({row[0]}) = {actual}, CPython {row[1]}");
        }
        NumericTable.AssertNoMismatches(mismatches, cases);
    }

    [Test]
    public void PercentFormattingMatchesCPython()
    {
        var mismatches = new List<string>();
        int cases = 0;
        foreach (var row in NumericTable.Rows("percent_format.txt"))
        {
            cases++;
            double value = NumericTable.Double(row[1]);
            string expected = NumericTable.Text(row[2]);
            string actual = Percent(row[0], value);
            if (actual != expected)
                mismatches.Add($"'{row[0]}' % {row[1]} ({PyFloatFormat.Repr(value)}) = '{actual}', CPython '{expected}'");
        }
        NumericTable.AssertNoMismatches(mismatches, cases);
    }

    [Test]
    public void FormatSpecsMatchCPython()
    {
        var mismatches = new List<string>();
        int cases = 0;
        foreach (var row in NumericTable.Rows("format_spec.txt"))
        {
            cases++;
            string spec = NumericTable.Text(row[0]);
            double value = NumericTable.Double(row[1]);
            string expected = NumericTable.Text(row[2]);
            string actual = FloatFormatSpec.TryParse(spec, out var parsed, out string? error)
                ? PyFloatFormat.Format(value, parsed)
                : "!ValueError: " + error;
            if (actual != expected)
                mismatches.Add($"format({PyFloatFormat.Repr(value)}, '{row[0]}') = '{actual}', CPython '{expected}'");
        }
        NumericTable.AssertNoMismatches(mismatches, cases);
    }

    [TestCase("%.2f", 2.675, ExpectedResult = "2.67")]
    [TestCase("%.0f", 0.5, ExpectedResult = "0")]
    [TestCase("%.0f", 1.5, ExpectedResult = "2")]
    [TestCase("%.0f", 2.5, ExpectedResult = "2")]
    [TestCase("%.1f", 0.25, ExpectedResult = "0.2")]
    [TestCase("%.2f", 0.125, ExpectedResult = "0.12")]
    [TestCase("%+08.3f", -3.14159, ExpectedResult = "-003.142")]
    [TestCase("%+08.3f", 3.14159, ExpectedResult = "+003.142")]
    [TestCase("%-10.2e", 12345.678, ExpectedResult = "1.23e+04  ")]
    [TestCase("%5g", 0.0001, ExpectedResult = "0.0001")]
    [TestCase("%5g", 1e-5, ExpectedResult = "1e-05")]
    [TestCase("%.0g", 123.0, ExpectedResult = "1e+02")]
    [TestCase("%#.3g", 1.0, ExpectedResult = "1.00")]
    [TestCase("%g", 100000.0, ExpectedResult = "100000")]
    [TestCase("%g", 1000000.0, ExpectedResult = "1e+06")]
    [TestCase("%010f", double.NegativeInfinity, ExpectedResult = "-000000inf")]
    [TestCase("%F", double.PositiveInfinity, ExpectedResult = "INF")]
    [TestCase("%+e", double.NaN, ExpectedResult = "+nan")]
    [TestCase("%.2r", 1.5, ExpectedResult = "1.")]
    [TestCase("%8s", -0.0, ExpectedResult = "    -0.0")]
    public string PercentExample(string directive, double value) => Percent(directive, value);

    [Test]
    public void LargeValuesPrintEveryDigitExactly()
    {
        Assert.That(Percent("%.3f", 1e300), Is.EqualTo(
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000"));
        Assert.That(Percent("%.25f", 0.1), Is.EqualTo("0.1000000000000000055511151"));
        Assert.That(Percent("%.3e", 5e-324), Is.EqualTo("4.941e-324"));
    }

    [TestCase(0.0, ExpectedResult = "0.0")]
    [TestCase(-0.0, ExpectedResult = "-0.0")]
    [TestCase(1e16, ExpectedResult = "1e+16")]
    [TestCase(9999999999999998.0, ExpectedResult = "9999999999999998.0")]
    [TestCase(1e-4, ExpectedResult = "0.0001")]
    [TestCase(9.999999999999999e-05, ExpectedResult = "9.999999999999999e-05")]
    [TestCase(1e23, ExpectedResult = "1e+23")]
    [TestCase(5e-324, ExpectedResult = "5e-324")]
    [TestCase(double.NaN, ExpectedResult = "nan")]
    [TestCase(double.NegativeInfinity, ExpectedResult = "-inf")]
    public string ReprExample(double value) => PyFloatFormat.Repr(value);

    [TestCase(",.2f", 1234567.891, ExpectedResult = "1,234,567.89")]
    [TestCase("010,.2f", 1234.5, ExpectedResult = "001,234.50")]
    [TestCase("*^12.3e", -1.5, ExpectedResult = "*-1.500e+00*")]
    [TestCase("=+10.1f", 2.5, ExpectedResult = "+      2.5")]
    [TestCase(".1%", 0.125, ExpectedResult = "12.5%")]
    [TestCase("z.1f", -0.04, ExpectedResult = "0.0")]
    [TestCase(".3", 1234.5, ExpectedResult = "1.23e+03")]
    [TestCase("", 1e16, ExpectedResult = "1e+16")]
    public string FormatSpecExample(string spec, double value) => PyFloatFormat.Format(value, FloatFormatSpec.Parse(spec));

    [Test]
    public void InvalidFormatSpecFailsWithCPythonsMessage()
    {
        Assert.That(FloatFormatSpec.TryParse("d", out _, out string? error), Is.False);
        Assert.That(error, Is.EqualTo("Unknown format code 'd' for object of type 'float'"));
        Assert.That(() => FloatFormatSpec.Parse(",_f"), Throws.InstanceOf<FormatException>().With.Message.EqualTo("Cannot specify both ',' and '_'."));
    }

    [Test]
    public void FormatDoesNotDependOnTheCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.That(Percent("%.2f", 1234.5), Is.EqualTo("1234.50"));
            Assert.That(PyFloatFormat.Repr(0.5), Is.EqualTo("0.5"));
            Assert.That(PyFloatFormat.Format(1234.5, FloatFormatSpec.Parse(",")), Is.EqualTo("1,234.5"));
            Assert.That(PyFloatFormat.TryParse("1.5", out double parsed) ? parsed : 0, Is.EqualTo(1.5));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    /// <summary>Applies a '%' directive ("%-+#08.3e") as the translator would call the runtime.</summary>
    private static string Percent(string directive, double value)
    {
        int pos = 1;
        var flags = FormatFlags.None;
        for (; "-+ #0".Contains(directive[pos], StringComparison.Ordinal); pos++)
        {
            flags |= directive[pos] switch
            {
                '-' => FormatFlags.LeftAdjust,
                '+' => FormatFlags.Sign,
                ' ' => FormatFlags.Blank,
                '#' => FormatFlags.Alternate,
                _ => FormatFlags.ZeroPad,
            };
        }
        int width = ReadNumber(directive, ref pos);
        int precision = -1;
        if (directive[pos] == '.')
        {
            pos++;
            precision = ReadNumber(directive, ref pos);
        }
        return PyFloatFormat.Format(value, directive[pos], precision, flags, width);
    }

    private static int ReadNumber(string text, ref int pos)
    {
        int number = 0;
        for (; char.IsAsciiDigit(text[pos]); pos++)
            number = (number * 10) + (text[pos] - '0');
        return number;
    }
}
