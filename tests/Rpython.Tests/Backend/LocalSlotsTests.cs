using Rpython.Translator.Backend;
using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;

namespace Rpython.Tests.Backend;

/// <summary>
/// LocalSlots, the backend's sharing of C# locals, on hand-built graphs: variables live at once
/// never share, a link's copy is coalesced, parameters keep their own slots, and only variables of
/// one type and one name share by colouring.
/// </summary>
[TestFixture]
public sealed class LocalSlotsTests
{
    private static Variable Signed(string prefix = "v") => new(prefix) { ConcreteType = LowLevelTypes.Signed };

    private static Constant Int(long value) => RTyper.Typed(value, LowLevelTypes.Signed);

    private static void Jump(Block from, object? exitCase, Block to, params FlowValue[] args)
    {
        var link = new Link(from, exitCase) { Target = to };
        link.Args.AddRange(args);
        from.Exits.Add(link);
    }

    private static LocalSlots Allocate(params Block[] blocks) =>
        LocalSlots.Allocate(blocks, v => v.ConcreteType == LowLevelTypes.Void ? null : v.ConcreteType!.ToString());

    [Test]
    public void VariablesLiveAtOnceNeverShare_CopiesAndDeadValuesDo()
    {
        // f(a, b): c = a + b; d = c * c; e = d - a; -> next(e, b): g = x + y; h = g + 1; return h
        var (a, b, c, d, e) = (Signed("a"), Signed("b"), Signed(), Signed(), Signed());
        var start = new Block([a, b]);
        start.Operations.Add(new SpaceOperation("int_add", [a, b], c, null));
        start.Operations.Add(new SpaceOperation("int_mul", [c, c], d, null));
        start.Operations.Add(new SpaceOperation("int_sub", [d, a], e, null));
        var (x, y, g, h) = (Signed("x"), Signed("y"), Signed(), Signed());
        var next = new Block([x, y]);
        next.Operations.Add(new SpaceOperation("int_add", [x, y], g, null));
        next.Operations.Add(new SpaceOperation("int_add", [g, Int(1)], h, null));
        var graph = new FunctionGraph("handmade", "f", start, location: null);
        graph.ReturnBlock.InputArgs[0].ConcreteType = LowLevelTypes.Signed;
        Jump(start, null, next, e, b);
        Jump(next, null, graph.ReturnBlock, h);
        GraphChecker.Check(graph);

        var slots = Allocate(start, next);

        Assert.That(slots.SlotOf(a), Is.Not.EqualTo(slots.SlotOf(b)), "parameters");
        Assert.That(slots.SlotOf(c), Is.Not.EqualTo(slots.SlotOf(d)), "a result and its operation's argument");
        Assert.That(slots.SlotOf(d), Is.Not.EqualTo(slots.SlotOf(a)), "a is live after d is made");
        Assert.That(slots.SlotOf(x), Is.EqualTo(slots.SlotOf(e)), "the link's copy e -> x is coalesced");
        Assert.That(slots.SlotOf(y), Is.EqualTo(slots.SlotOf(b)), "the link's copy b -> y is coalesced");
        Assert.That(slots.SlotOf(g), Is.Not.EqualTo(slots.SlotOf(x)), "g's operation reads x");
        Assert.That(slots.Slots, Has.Count.EqualTo(4), "a, b, and two for the six v, x and y variables");
        Assert.That(slots.Slots.Count(s => s.IsParameter), Is.EqualTo(2));
        Assert.That(slots.Slots[slots.SlotOf(a)].Representative, Is.SameAs(a));
    }

    [Test]
    public void InputArgumentsOfABlockNeverShare_EvenWhenOneIsDead()
    {
        // loop(i, unused): v = i + 1 -> loop(v, i): the link assigns both inputs together.
        var n = Signed("n");
        var start = new Block([n]);
        var (i, unused, v) = (Signed("i"), Signed("i"), Signed());
        var loop = new Block([i, unused]);
        loop.Operations.Add(new SpaceOperation("int_add", [i, Int(1)], v, null));
        var graph = new FunctionGraph("handmade", "loop", start, location: null);
        graph.ReturnBlock.InputArgs[0].ConcreteType = LowLevelTypes.Signed;
        Jump(start, null, loop, n, n);
        Jump(loop, null, loop, v, i);
        GraphChecker.Check(graph);

        var slots = Allocate(start, loop);

        Assert.That(slots.SlotOf(i), Is.Not.EqualTo(slots.SlotOf(unused)));
    }

    [Test]
    public void OnlyVariablesOfOneTypeShare()
    {
        // casts(a): v1 = a + 1; v2 = v1 + 2; f = float(v2); r = int(f). The float f is defined once
        // v1 is dead, but may not take v1's local; r, an int, may.
        var a = Signed("a");
        var start = new Block([a]);
        var (v1, v2, r) = (Signed(), Signed(), Signed());
        var f = new Variable() { ConcreteType = LowLevelTypes.Float };
        start.Operations.Add(new SpaceOperation("int_add", [a, Int(1)], v1, null));
        start.Operations.Add(new SpaceOperation("int_add", [v1, Int(2)], v2, null));
        start.Operations.Add(new SpaceOperation("cast_int_to_float", [v2], f, null));
        start.Operations.Add(new SpaceOperation("cast_float_to_int", [f], r, null));
        var graph = new FunctionGraph("handmade", "casts", start, location: null);
        graph.ReturnBlock.InputArgs[0].ConcreteType = LowLevelTypes.Signed;
        Jump(start, null, graph.ReturnBlock, r);
        GraphChecker.Check(graph);

        var slots = Allocate(start);

        Assert.That(slots.SlotOf(f), Is.Not.EqualTo(slots.SlotOf(v1)));
        Assert.That(slots.Slots[slots.SlotOf(f)].Type, Is.EqualTo(LowLevelTypes.Float.ToString()));
        Assert.That(slots.SlotOf(r), Is.EqualTo(slots.SlotOf(v1)));
    }
}
