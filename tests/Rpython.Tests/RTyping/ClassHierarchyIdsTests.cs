using Rpython.Translator.RTyping;

namespace Rpython.Tests.RTyping;

/// <summary>
/// Preorder class ids: the ranges of a small forest, isinstance as a range check (true and false
/// cases), the dependence on the given order only, and the rejection of malformed hierarchies.
/// </summary>
[TestFixture]
internal sealed class ClassHierarchyIdsTests
{
    // object <- A <- B, A <- C; object <- D <- E; and a second root X. Given out of tree order: the
    // children of a class are numbered in the order given (A before D, B before C).
    private static readonly (string, string?)[] s_classes =
        [("object", null), ("A", "object"), ("D", "object"), ("B", "A"), ("E", "D"), ("X", null), ("C", "A")];

    private static ClassHierarchyIds Ids() => new(s_classes);

    [TestCase("object", 1, 7)]
    [TestCase("A", 2, 5)]
    [TestCase("B", 3, 4)]
    [TestCase("C", 4, 5)]
    [TestCase("D", 5, 7)]
    [TestCase("E", 6, 7)]
    [TestCase("X", 7, 8)]
    public void ClassGetsItsPreorderRange(string name, int min, int max)
    {
        Assert.That(Ids().RangeOf(name), Is.EqualTo(new ClassRange(min, max)));
        Assert.That(Ids().IdOf(name), Is.EqualTo(min));
    }

    [Test]
    public void PreorderListsTheClassesInIdOrder() =>
        Assert.That(Ids().Preorder, Is.EqualTo(new[] { "object", "A", "B", "C", "D", "E", "X" }));

    [TestCase("B", "A", ExpectedResult = true)]
    [TestCase("C", "A", ExpectedResult = true)]
    [TestCase("B", "object", ExpectedResult = true)]
    [TestCase("E", "object", ExpectedResult = true)]
    [TestCase("A", "A", ExpectedResult = true)]
    [TestCase("E", "D", ExpectedResult = true)]
    [TestCase("A", "B", ExpectedResult = false)]
    [TestCase("C", "B", ExpectedResult = false)]
    [TestCase("B", "C", ExpectedResult = false)]
    [TestCase("D", "A", ExpectedResult = false)]
    [TestCase("E", "A", ExpectedResult = false)]
    [TestCase("object", "A", ExpectedResult = false)]
    [TestCase("X", "object", ExpectedResult = false)]
    [TestCase("object", "X", ExpectedResult = false)]
    public bool IsSubclassIsARangeCheck(string name, string ancestor) => Ids().IsSubclass(name, ancestor);

    [Test]
    public void RangeContainsItsMinButNotItsMax()
    {
        var range = new ClassRange(3, 6);

        Assert.That(range.Contains(2), Is.False);
        Assert.That(range.Contains(3), Is.True);
        Assert.That(range.Contains(5), Is.True);
        Assert.That(range.Contains(6), Is.False);
        Assert.That(range.ToString(), Is.EqualTo("[3, 6)"));
    }

    [Test]
    public void SameInputGivesSameIdsAndSiblingOrderDecidesThem()
    {
        var swapped = new ClassHierarchyIds([("object", null), ("D", "object"), ("A", "object"), ("C", "A"), ("E", "D"), ("B", "A")]);
        var again = new ClassHierarchyIds(s_classes);

        Assert.That(again.Preorder, Is.EqualTo(Ids().Preorder));
        Assert.That(swapped.Preorder, Is.EqualTo(new[] { "object", "D", "E", "A", "C", "B" }));
        Assert.That(swapped.RangeOf("A"), Is.EqualTo(new ClassRange(4, 7)));
        Assert.That(swapped.IsSubclass("B", "A"), Is.True);
    }

    [Test]
    public void ClassGivenTwiceIsRejected() =>
        Assert.That(() => new ClassHierarchyIds([("A", null), ("A", null)]), Throws.ArgumentException.With.Message.Contains("class A is given twice"));

    [Test]
    public void ParentMustBeGivenBeforeItsChildren() =>
        Assert.That(() => new ClassHierarchyIds([("B", "A"), ("A", null)]),
            Throws.ArgumentException.With.Message.Contains("the parent A of class B must be given before it"));

    [Test]
    public void UnknownClassIsRejected() =>
        Assert.That(() => Ids().RangeOf("Z"), Throws.ArgumentException.With.Message.Contains("unknown class Z"));
}
