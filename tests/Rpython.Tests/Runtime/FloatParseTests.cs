using Rpython.Runtime;

namespace Rpython.Tests.Runtime;

/// <summary>
/// float(str) against CPython 3.11 (parse.txt: repr and %-forms of random doubles with
/// underscores and whitespace, exact halfway cases and their neighbours, Unicode digits and
/// spaces, junk), plus the brief's examples by name.
/// </summary>
[TestFixture]
internal sealed class FloatParseTests
{
    [Test]
    public void ParseMatchesCPython()
    {
        var mismatches = new List<string>();
        int cases = 0;
        foreach (var row in NumericTable.Rows("parse.txt"))
        {
            cases++;
            string text = NumericTable.Text(row[0]);
            string actual = PyFloatFormat.TryParse(text, out double value) ? NumericTable.Bits(value) : "!ValueError";
            // A NaN's sign is kept here (float('-nan') has its sign bit set): compare all bits.
            if (actual != row[1])
                mismatches.Add($"float('{row[0]}') = {actual}, CPython {row[1]}");
        }
        NumericTable.AssertNoMismatches(mismatches, cases);
    }

    [TestCase("  -1_000.5e-1_0\n", ExpectedResult = -1000.5e-10)]
    [TestCase("+.5", ExpectedResult = 0.5)]
    [TestCase("1.", ExpectedResult = 1.0)]
    [TestCase("-Infinity", ExpectedResult = double.NegativeInfinity)]
    [TestCase("1e999", ExpectedResult = double.PositiveInfinity)]
    [TestCase("\u0661\u0662.\u0665", ExpectedResult = 12.5)]
    [TestCase("\u3000 7 \u2003", ExpectedResult = 7.0)]
    public double Accepts(string text)
    {
        Assert.That(PyFloatFormat.TryParse(text, out double value), Is.True);
        return value;
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("1e")]
    [TestCase("0x10")]
    [TestCase("1__0")]
    [TestCase("_1")]
    [TestCase("1_")]
    [TestCase(". ")]
    [TestCase("1_.5")]
    [TestCase("infinit")]
    [TestCase("nan(1)")]
    [TestCase("- 1")]
    [TestCase("1\u00002")]
    [TestCase("\u001c1")]
    public void Rejects(string text) => Assert.That(PyFloatFormat.TryParse(text, out _), Is.False);

    [TestCase(" 2.5 ", 2.5, NumericError.None)]
    [TestCase("2.5x", 0.0, NumericError.ValueError)]
    public void ParseReportsValueError(string text, double value, NumericError error)
    {
        Assert.That(PyFloatFormat.Parse(text, out var reported), Is.EqualTo(value));
        Assert.That(reported, Is.EqualTo(error));
    }

    [Test]
    public void NaNKeepsItsSign()
    {
        Assert.That(PyFloatFormat.TryParse("nan", out double positive), Is.True);
        Assert.That(PyFloatFormat.TryParse("-NaN", out double negative), Is.True);
        Assert.That(NumericTable.Bits(positive), Is.EqualTo("7ff8000000000000"));
        Assert.That(NumericTable.Bits(negative), Is.EqualTo("fff8000000000000"));
    }

    [Test]
    public void ParsesBackEveryRepr()
    {
        var random = new Random(7);
        for (int i = 0; i < 20000; i++)
        {
            double value = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
            if (double.IsNaN(value))
                continue;
            Assert.That(PyFloatFormat.TryParse(PyFloatFormat.Repr(value), out double back), Is.True);
            Assert.That(NumericTable.Bits(back), Is.EqualTo(NumericTable.Bits(value)), PyFloatFormat.Repr(value));
        }
    }
}
