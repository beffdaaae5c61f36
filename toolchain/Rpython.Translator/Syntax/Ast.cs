using System.Collections.Immutable;
using System.Numerics;

namespace Rpython.Translator.Syntax;

// The abstract syntax tree: the node kinds and fields of CPython 3.11's `ast` module
// (Parser/Python.asdl), so a dump of ours can be compared with CPython's field by field.
// Nodes are immutable; every node that CPython gives a position carries a TextSpan.

/// <summary>A range of character offsets [Start, End) in a <see cref="Diagnostics.SourceText"/>.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public static TextSpan Between(TextSpan first, TextSpan last) => new(first.Start, last.End);
}

internal abstract record Node;

/// <summary>A node that has a position in the source (CPython's lineno/col_offset attributes).</summary>
internal abstract record LocatedNode(TextSpan Span) : Node;

internal sealed record Module(ImmutableArray<Stmt> Body, ImmutableArray<TypeIgnore> TypeIgnores) : Node;

internal sealed record TypeIgnore(int Lineno, string Tag) : Node;

// ---- statements ----

internal abstract record Stmt(TextSpan Span) : LocatedNode(Span);

internal sealed record FunctionDef(TextSpan Span, string Name, Arguments Args, ImmutableArray<Stmt> Body,
    ImmutableArray<Expr> DecoratorList, Expr? Returns, string? TypeComment) : Stmt(Span);

internal sealed record AsyncFunctionDef(TextSpan Span, string Name, Arguments Args, ImmutableArray<Stmt> Body,
    ImmutableArray<Expr> DecoratorList, Expr? Returns, string? TypeComment) : Stmt(Span);

internal sealed record ClassDef(TextSpan Span, string Name, ImmutableArray<Expr> Bases, ImmutableArray<Keyword> Keywords,
    ImmutableArray<Stmt> Body, ImmutableArray<Expr> DecoratorList) : Stmt(Span);

internal sealed record Return(TextSpan Span, Expr? Value) : Stmt(Span);

internal sealed record Delete(TextSpan Span, ImmutableArray<Expr> Targets) : Stmt(Span);

internal sealed record Assign(TextSpan Span, ImmutableArray<Expr> Targets, Expr Value, string? TypeComment) : Stmt(Span);

internal sealed record AugAssign(TextSpan Span, Expr Target, OperatorKind Op, Expr Value) : Stmt(Span);

internal sealed record AnnAssign(TextSpan Span, Expr Target, Expr Annotation, Expr? Value, int Simple) : Stmt(Span);

internal sealed record For(TextSpan Span, Expr Target, Expr Iter, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> Orelse,
    string? TypeComment) : Stmt(Span);

internal sealed record AsyncFor(TextSpan Span, Expr Target, Expr Iter, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> Orelse,
    string? TypeComment) : Stmt(Span);

internal sealed record While(TextSpan Span, Expr Test, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> Orelse) : Stmt(Span);

internal sealed record If(TextSpan Span, Expr Test, ImmutableArray<Stmt> Body, ImmutableArray<Stmt> Orelse) : Stmt(Span);

internal sealed record With(TextSpan Span, ImmutableArray<WithItem> Items, ImmutableArray<Stmt> Body, string? TypeComment) : Stmt(Span);

internal sealed record AsyncWith(TextSpan Span, ImmutableArray<WithItem> Items, ImmutableArray<Stmt> Body, string? TypeComment) : Stmt(Span);

internal sealed record Match(TextSpan Span, Expr Subject, ImmutableArray<MatchCase> Cases) : Stmt(Span);

internal sealed record Raise(TextSpan Span, Expr? Exc, Expr? Cause) : Stmt(Span);

internal sealed record Try(TextSpan Span, ImmutableArray<Stmt> Body, ImmutableArray<ExceptHandler> Handlers,
    ImmutableArray<Stmt> Orelse, ImmutableArray<Stmt> Finalbody) : Stmt(Span);

internal sealed record TryStar(TextSpan Span, ImmutableArray<Stmt> Body, ImmutableArray<ExceptHandler> Handlers,
    ImmutableArray<Stmt> Orelse, ImmutableArray<Stmt> Finalbody) : Stmt(Span);

internal sealed record Assert(TextSpan Span, Expr Test, Expr? Msg) : Stmt(Span);

internal sealed record Import(TextSpan Span, ImmutableArray<Alias> Names) : Stmt(Span);

internal sealed record ImportFrom(TextSpan Span, string? Module, ImmutableArray<Alias> Names, int Level) : Stmt(Span);

internal sealed record Global(TextSpan Span, ImmutableArray<string> Names) : Stmt(Span);

internal sealed record Nonlocal(TextSpan Span, ImmutableArray<string> Names) : Stmt(Span);

internal sealed record ExprStmt(TextSpan Span, Expr Value) : Stmt(Span);

internal sealed record Pass(TextSpan Span) : Stmt(Span);

internal sealed record Break(TextSpan Span) : Stmt(Span);

internal sealed record Continue(TextSpan Span) : Stmt(Span);

// ---- expressions ----

internal enum ExprContext { Load, Store, Del }

internal enum BoolOpKind { And, Or }

internal enum OperatorKind { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

internal enum UnaryOpKind { Invert, Not, UAdd, USub }

internal enum CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

internal abstract record Expr(TextSpan Span) : LocatedNode(Span);

internal sealed record BoolOp(TextSpan Span, BoolOpKind Op, ImmutableArray<Expr> Values) : Expr(Span);

internal sealed record NamedExpr(TextSpan Span, Expr Target, Expr Value) : Expr(Span);

internal sealed record BinOp(TextSpan Span, Expr Left, OperatorKind Op, Expr Right) : Expr(Span);

internal sealed record UnaryOp(TextSpan Span, UnaryOpKind Op, Expr Operand) : Expr(Span);

internal sealed record Lambda(TextSpan Span, Arguments Args, Expr Body) : Expr(Span);

internal sealed record IfExp(TextSpan Span, Expr Test, Expr Body, Expr Orelse) : Expr(Span);

/// <summary>A dict display; a null key stands for <c>**mapping</c>.</summary>
internal sealed record DictExpr(TextSpan Span, ImmutableArray<Expr?> Keys, ImmutableArray<Expr> Values) : Expr(Span);

internal sealed record SetExpr(TextSpan Span, ImmutableArray<Expr> Elts) : Expr(Span);

internal sealed record ListComp(TextSpan Span, Expr Elt, ImmutableArray<Comprehension> Generators) : Expr(Span);

internal sealed record SetComp(TextSpan Span, Expr Elt, ImmutableArray<Comprehension> Generators) : Expr(Span);

internal sealed record DictComp(TextSpan Span, Expr Key, Expr Value, ImmutableArray<Comprehension> Generators) : Expr(Span);

internal sealed record GeneratorExp(TextSpan Span, Expr Elt, ImmutableArray<Comprehension> Generators) : Expr(Span);

internal sealed record Await(TextSpan Span, Expr Value) : Expr(Span);

internal sealed record Yield(TextSpan Span, Expr? Value) : Expr(Span);

internal sealed record YieldFrom(TextSpan Span, Expr Value) : Expr(Span);

internal sealed record Compare(TextSpan Span, Expr Left, ImmutableArray<CmpOpKind> Ops, ImmutableArray<Expr> Comparators) : Expr(Span);

internal sealed record Call(TextSpan Span, Expr Func, ImmutableArray<Expr> Args, ImmutableArray<Keyword> Keywords) : Expr(Span);

/// <summary>A replacement field of an f-string; Conversion is -1 or the code of 's', 'r' or 'a'.</summary>
internal sealed record FormattedValue(TextSpan Span, Expr Value, int Conversion, Expr? FormatSpec) : Expr(Span);

internal sealed record JoinedStr(TextSpan Span, ImmutableArray<Expr> Values) : Expr(Span);

/// <summary>A literal: string (or <see cref="CodePointString"/>), <see cref="Bytes"/>, long or BigInteger, double, <see cref="Complex"/>,
/// bool, null (None) or <see cref="EllipsisValue"/>. Kind is "u" for u-prefixed strings.</summary>
internal sealed record Constant(TextSpan Span, object? Value, string? Kind) : Expr(Span);

internal sealed record Attribute(TextSpan Span, Expr Value, string Attr, ExprContext Ctx) : Expr(Span);

internal sealed record Subscript(TextSpan Span, Expr Value, Expr Slice, ExprContext Ctx) : Expr(Span);

internal sealed record Starred(TextSpan Span, Expr Value, ExprContext Ctx) : Expr(Span);

internal sealed record Name(TextSpan Span, string Id, ExprContext Ctx) : Expr(Span);

internal sealed record ListExpr(TextSpan Span, ImmutableArray<Expr> Elts, ExprContext Ctx) : Expr(Span);

internal sealed record TupleExpr(TextSpan Span, ImmutableArray<Expr> Elts, ExprContext Ctx) : Expr(Span);

internal sealed record Slice(TextSpan Span, Expr? Lower, Expr? Upper, Expr? Step) : Expr(Span);

/// <summary>The value of a bytes literal.</summary>
internal sealed record Bytes(ImmutableArray<byte> Value)
{
    public bool Equals(Bytes? other) => other is not null && Value.AsSpan().SequenceEqual(other.Value.AsSpan());

    public override int GetHashCode() => Value.Length;
}

/// <summary>The value of a str literal that spells surrogates with escapes ('\ud800\udc80'): Python
/// keeps them as separate code points, which a UTF-16 string cannot tell from one paired character.</summary>
internal sealed record CodePointString(ImmutableArray<int> CodePoints)
{
    public static CodePointString From(string text, IReadOnlyCollection<int> escapedSurrogates)
    {
        var codePoints = ImmutableArray.CreateBuilder<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            bool pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                && !escapedSurrogates.Contains(i) && !escapedSurrogates.Contains(i + 1);
            codePoints.Add(pair ? char.ConvertToUtf32(text[i], text[++i]) : text[i]);
        }
        return new CodePointString(codePoints.ToImmutable());
    }

    public bool Equals(CodePointString? other) => other is not null && CodePoints.AsSpan().SequenceEqual(other.CodePoints.AsSpan());

    public override int GetHashCode() => CodePoints.Length;
}

/// <summary>The value of the <c>...</c> literal.</summary>
internal sealed record EllipsisValue
{
    public static readonly EllipsisValue Instance = new();
}

// ---- auxiliary nodes ----

internal sealed record Comprehension(Expr Target, Expr Iter, ImmutableArray<Expr> Ifs, int IsAsync) : Node;

internal sealed record ExceptHandler(TextSpan Span, Expr? Type, string? Name, ImmutableArray<Stmt> Body) : LocatedNode(Span);

/// <summary>A parameter list; KwDefaults has one entry per keyword-only parameter, null where it has none.</summary>
internal sealed record Arguments(ImmutableArray<Arg> PosOnlyArgs, ImmutableArray<Arg> Args, Arg? VarArg,
    ImmutableArray<Arg> KwOnlyArgs, ImmutableArray<Expr?> KwDefaults, Arg? KwArg, ImmutableArray<Expr> Defaults) : Node
{
    public static readonly Arguments Empty = new([], [], null, [], [], null, []);
}

internal sealed record Arg(TextSpan Span, string Name, Expr? Annotation, string? TypeComment) : LocatedNode(Span);

/// <summary>A keyword argument; Arg is null for <c>**mapping</c>.</summary>
internal sealed record Keyword(TextSpan Span, string? Arg, Expr Value) : LocatedNode(Span);

internal sealed record Alias(TextSpan Span, string Name, string? AsName) : LocatedNode(Span);

internal sealed record WithItem(Expr ContextExpr, Expr? OptionalVars) : Node;

internal sealed record MatchCase(Pattern Pattern, Expr? Guard, ImmutableArray<Stmt> Body) : Node;

// ---- patterns ----

internal abstract record Pattern(TextSpan Span) : LocatedNode(Span);

internal sealed record MatchValue(TextSpan Span, Expr Value) : Pattern(Span);

internal sealed record MatchSingleton(TextSpan Span, object? Value) : Pattern(Span);

internal sealed record MatchSequence(TextSpan Span, ImmutableArray<Pattern> Patterns) : Pattern(Span);

internal sealed record MatchMapping(TextSpan Span, ImmutableArray<Expr> Keys, ImmutableArray<Pattern> Patterns, string? Rest) : Pattern(Span);

internal sealed record MatchClass(TextSpan Span, Expr Cls, ImmutableArray<Pattern> Patterns, ImmutableArray<string> KwdAttrs,
    ImmutableArray<Pattern> KwdPatterns) : Pattern(Span);

internal sealed record MatchStar(TextSpan Span, string? Name) : Pattern(Span);

internal sealed record MatchAs(TextSpan Span, Pattern? Pattern, string? Name) : Pattern(Span);

internal sealed record MatchOr(TextSpan Span, ImmutableArray<Pattern> Patterns) : Pattern(Span);

internal static class ConstantValues
{
    public static object Integer(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;
}
