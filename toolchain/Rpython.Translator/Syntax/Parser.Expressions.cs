using System.Collections.Immutable;

namespace Rpython.Translator.Syntax;

internal sealed partial class Parser
{
    private bool StartsExpression() => Kind is TokenKind.Name or TokenKind.Number or TokenKind.String
        or TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace or TokenKind.Minus or TokenKind.Plus
        or TokenKind.Tilde or TokenKind.Not or TokenKind.Lambda or TokenKind.Await or TokenKind.None
        or TokenKind.True or TokenKind.False or TokenKind.Ellipsis or TokenKind.Star or TokenKind.Error;

    /// <summary>star_expressions: a tuple without parentheses when there is a comma (spanning its
    /// elements unless <paramref name="bareTupleSpan"/> says otherwise).</summary>
    private Expr ParseStarExpressions(TextSpan? bareTupleSpan = null)
    {
        int start = Start;
        var first = ParseStarExpression();
        if (!At(TokenKind.Comma))
            return first;
        var elts = ImmutableArray.CreateBuilder<Expr>();
        elts.Add(first);
        while (Accept(TokenKind.Comma) && StartsExpression())
            elts.Add(ParseStarExpression());
        return new TupleExpr(bareTupleSpan ?? SpanFrom(start), elts.ToImmutable(), ExprContext.Load);
    }

    private Expr ParseStarExpression()
    {
        if (!At(TokenKind.Star))
            return ParseExpression();
        int start = Start;
        Next();
        var value = ParseBitwiseOr();
        return new Starred(SpanFrom(start), value, ExprContext.Load);
    }

    private Expr ParseStarNamedExpression()
    {
        if (!At(TokenKind.Star))
            return ParseNamedExpression();
        int start = Start;
        Next();
        var value = ParseBitwiseOr();
        return new Starred(SpanFrom(start), value, ExprContext.Load);
    }

    /// <summary>named_expression: <c>NAME := expression</c> or an expression.</summary>
    private Expr ParseNamedExpression()
    {
        if (Kind == TokenKind.Name && PeekKind() == TokenKind.ColonEqual)
        {
            int start = Start;
            var target = new Name(new TextSpan(Current.Start, Current.End), Identifier(Next()), ExprContext.Store);
            Next();
            var value = ParseExpression();
            return new NamedExpr(SpanFrom(start), target, value);
        }
        var e = ParseExpression();
        if (At(TokenKind.ColonEqual))
            throw Error(e.Span.Start, $"cannot use assignment expressions with {Describe(e)}");
        return e;
    }

    private Expr ParseExpression()
    {
        if (At(TokenKind.Lambda))
            return ParseLambda();
        int start = Start;
        var body = ParseDisjunction();
        if (!At(TokenKind.If))
            return body;
        Next();
        var test = ParseDisjunction();
        if (!Accept(TokenKind.Else))
            throw Unexpected("expected 'else' after 'if' expression");
        var orelse = ParseExpression();
        return new IfExp(SpanFrom(start), test, body, orelse);
    }

    private Expr ParseLambda()
    {
        int start = Start;
        Next();
        var args = ParseParameters(annotations: false, TokenKind.Colon);
        Expect(TokenKind.Colon);
        var body = ParseExpression();
        return new Lambda(SpanFrom(start), args, body);
    }

    private Expr ParseDisjunction()
    {
        int start = Start;
        var first = ParseConjunction();
        if (!At(TokenKind.Or))
            return first;
        var values = ImmutableArray.CreateBuilder<Expr>();
        values.Add(first);
        while (Accept(TokenKind.Or))
            values.Add(ParseConjunction());
        return new BoolOp(SpanFrom(start), BoolOpKind.Or, values.ToImmutable());
    }

    private Expr ParseConjunction()
    {
        int start = Start;
        var first = ParseInversion();
        if (!At(TokenKind.And))
            return first;
        var values = ImmutableArray.CreateBuilder<Expr>();
        values.Add(first);
        while (Accept(TokenKind.And))
            values.Add(ParseInversion());
        return new BoolOp(SpanFrom(start), BoolOpKind.And, values.ToImmutable());
    }

    private Expr ParseInversion()
    {
        if (!At(TokenKind.Not))
            return ParseComparison();
        int start = Start;
        Next();
        var operand = ParseInversion();
        return new UnaryOp(SpanFrom(start), UnaryOpKind.Not, operand);
    }

    private Expr ParseComparison()
    {
        int start = Start;
        var left = ParseBitwiseOr();
        if (ComparisonOperator() is null)
            return left;
        var ops = ImmutableArray.CreateBuilder<CmpOpKind>();
        var comparators = ImmutableArray.CreateBuilder<Expr>();
        while (ComparisonOperator() is { } op)
        {
            Next();
            if (op is CmpOpKind.NotIn or CmpOpKind.IsNot)
                Next();
            ops.Add(op);
            comparators.Add(ParseBitwiseOr());
        }
        return new Compare(SpanFrom(start), left, ops.ToImmutable(), comparators.ToImmutable());
    }

    private CmpOpKind? ComparisonOperator() => Kind switch
    {
        TokenKind.EqEqual => CmpOpKind.Eq,
        TokenKind.NotEqual => CmpOpKind.NotEq,
        TokenKind.Less => CmpOpKind.Lt,
        TokenKind.LessEqual => CmpOpKind.LtE,
        TokenKind.Greater => CmpOpKind.Gt,
        TokenKind.GreaterEqual => CmpOpKind.GtE,
        TokenKind.In => CmpOpKind.In,
        TokenKind.Not when PeekKind() == TokenKind.In => CmpOpKind.NotIn,
        TokenKind.Is => PeekKind() == TokenKind.Not ? CmpOpKind.IsNot : CmpOpKind.Is,
        _ => null,
    };

    private static OperatorKind? BinaryOperator(TokenKind kind, int level) => (level, kind) switch
    {
        (0, TokenKind.VerticalBar) => OperatorKind.BitOr,
        (1, TokenKind.Circumflex) => OperatorKind.BitXor,
        (2, TokenKind.Ampersand) => OperatorKind.BitAnd,
        (3, TokenKind.LeftShift) => OperatorKind.LShift,
        (3, TokenKind.RightShift) => OperatorKind.RShift,
        (4, TokenKind.Plus) => OperatorKind.Add,
        (4, TokenKind.Minus) => OperatorKind.Sub,
        (5, TokenKind.Star) => OperatorKind.Mult,
        (5, TokenKind.Slash) => OperatorKind.Div,
        (5, TokenKind.DoubleSlash) => OperatorKind.FloorDiv,
        (5, TokenKind.Percent) => OperatorKind.Mod,
        (5, TokenKind.At) => OperatorKind.MatMult,
        _ => null,
    };

    private Expr ParseBitwiseOr() => ParseBinary(0);

    /// <summary>The left-associative binary levels from '|' (0) down to '*' (5), then factor.</summary>
    private Expr ParseBinary(int level)
    {
        int start = Start;
        var left = level == 5 ? ParseFactor() : ParseBinary(level + 1);
        while (BinaryOperator(Kind, level) is { } op)
        {
            Next();
            var right = level == 5 ? ParseFactor() : ParseBinary(level + 1);
            left = new BinOp(SpanFrom(start), left, op, right);
        }
        return left;
    }

    private Expr ParseFactor()
    {
        UnaryOpKind? op = Kind switch
        {
            TokenKind.Plus => UnaryOpKind.UAdd,
            TokenKind.Minus => UnaryOpKind.USub,
            TokenKind.Tilde => UnaryOpKind.Invert,
            _ => null,
        };
        if (op is null)
            return ParsePower();
        int start = Start;
        Next();
        var operand = ParseFactor();
        return new UnaryOp(SpanFrom(start), op.Value, operand);
    }

    private Expr ParsePower()
    {
        int start = Start;
        var left = ParseAwaitPrimary();
        if (!Accept(TokenKind.DoubleStar))
            return left;
        var right = ParseFactor();
        return new BinOp(SpanFrom(start), left, OperatorKind.Pow, right);
    }

    private Expr ParseAwaitPrimary()
    {
        if (!At(TokenKind.Await))
            return ParsePrimary();
        int start = Start;
        Next();
        var value = ParsePrimary();
        return new Await(SpanFrom(start), value);
    }

    /// <summary>An atom followed by attribute references, calls and subscriptions.</summary>
    private Expr ParsePrimary()
    {
        int start = Start;
        var e = ParseAtom();
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                    Next();
                    string attr = ExpectName();
                    e = new Attribute(SpanFrom(start), e, attr, ExprContext.Load);
                    break;
                case TokenKind.LeftParen:
                    e = ParseCallArguments(start, e);
                    break;
                case TokenKind.LeftBracket:
                    Next();
                    var slice = ParseSlices();
                    Expect(TokenKind.RightBracket);
                    e = new Subscript(SpanFrom(start), e, slice, ExprContext.Load);
                    break;
                default:
                    return e;
            }
        }
    }

    private Call ParseCallArguments(int start, Expr func)
    {
        int open = Start;
        Expect(TokenKind.LeftParen);
        var args = ImmutableArray.CreateBuilder<Expr>();
        var keywords = ImmutableArray.CreateBuilder<Keyword>();
        bool sawDoubleStar = false;
        Expr? generator = null;
        while (!At(TokenKind.RightParen))
        {
            int argStart = Start;
            if (Accept(TokenKind.Star))
            {
                if (sawDoubleStar)
                    throw Error(argStart, "iterable argument unpacking follows keyword argument unpacking");
                var value = ParseExpression();
                args.Add(new Starred(SpanFrom(argStart), value, ExprContext.Load));
            }
            else if (Accept(TokenKind.DoubleStar))
            {
                sawDoubleStar = true;
                var value = ParseExpression();
                keywords.Add(new Keyword(SpanFrom(argStart), null, value));
            }
            else if (Kind == TokenKind.Name && PeekKind() == TokenKind.Equal)
            {
                string name = Identifier(Next());
                Next();
                var value = ParseExpression();
                keywords.Add(new Keyword(SpanFrom(argStart), name, value));
            }
            else
            {
                var value = ParseNamedExpression();
                if (At(TokenKind.For) || (At(TokenKind.Async) && PeekKind() == TokenKind.For))
                {
                    var generators = ParseComprehensions();
                    if (args.Count > 0 || keywords.Count > 0 || !At(TokenKind.RightParen))
                        throw Error(value.Span.Start, "Generator expression must be parenthesized");
                    generator = new GeneratorExp(default, value, generators);
                    break;
                }
                if (At(TokenKind.Equal))
                {
                    throw Error(value.Span.Start, value is Constant or JoinedStr
                        ? "expression cannot contain assignment, perhaps you meant \"==\"?"
                        : $"expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (keywords.Count > 0)
                {
                    throw Error(value.Span.Start, sawDoubleStar
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
                }
                args.Add(value);
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        if (!At(TokenKind.RightParen) && StartsExpression() && Kind != TokenKind.Error)
            throw Unexpected("invalid syntax. Perhaps you forgot a comma?");
        Expect(TokenKind.RightParen);
        if (generator is GeneratorExp g)
            args.Add(g with { Span = SpanFrom(open) });
        return new Call(SpanFrom(start), func, args.ToImmutable(), keywords.ToImmutable());
    }

    /// <summary>The subscript of <c>a[...]</c>: an expression, a slice, or a tuple of them.</summary>
    private Expr ParseSlices()
    {
        int start = Start;
        var first = ParseSlice();
        if (!At(TokenKind.Comma) && first is not Starred)
            return first;
        var elts = ImmutableArray.CreateBuilder<Expr>();
        elts.Add(first);
        while (Accept(TokenKind.Comma) && !At(TokenKind.RightBracket))
            elts.Add(ParseSlice());
        return new TupleExpr(SpanFrom(start), elts.ToImmutable(), ExprContext.Load);
    }

    private Expr ParseSlice()
    {
        int start = Start;
        if (At(TokenKind.Star))
            return ParseStarExpression();
        Expr? lower = null;
        if (!At(TokenKind.Colon))
        {
            lower = ParseNamedExpression();
            if (!At(TokenKind.Colon))
                return lower;
        }
        Next();
        Expr? upper = Kind is TokenKind.Colon or TokenKind.Comma or TokenKind.RightBracket ? null : ParseExpression();
        Expr? step = null;
        if (Accept(TokenKind.Colon) && Kind is not (TokenKind.Comma or TokenKind.RightBracket))
            step = ParseExpression();
        return new Slice(SpanFrom(start), lower, upper, step);
    }

    private Expr ParseAtom()
    {
        int start = Start;
        switch (Kind)
        {
            case TokenKind.Name:
                return new Name(new TextSpan(start, Current.End), Identifier(Next()), ExprContext.Load);
            case TokenKind.True:
                Next();
                return new Constant(SpanFrom(start), true, null);
            case TokenKind.False:
                Next();
                return new Constant(SpanFrom(start), false, null);
            case TokenKind.None:
                Next();
                return new Constant(SpanFrom(start), null, null);
            case TokenKind.Ellipsis:
                Next();
                return new Constant(SpanFrom(start), EllipsisValue.Instance, null);
            case TokenKind.Number:
                return new Constant(new TextSpan(start, Current.End), ParseNumber(Next()), null);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.LeftParen:
                return ParseParenthesized();
            case TokenKind.LeftBracket:
                return ParseListDisplay();
            case TokenKind.LeftBrace:
                return ParseBraceDisplay();
            case TokenKind.Star:
                throw Unexpected("can't use starred expression here");
            case TokenKind.Newline or TokenKind.EndMarker:
                throw Unexpected("invalid syntax");
            default:
                throw Unexpected(TokenFacts.IsKeyword(Kind) ? "invalid syntax" : "invalid syntax");
        }
    }

    private Expr ParseParenthesized()
    {
        int start = Start;
        Next();
        if (Accept(TokenKind.RightParen))
            return new TupleExpr(SpanFrom(start), [], ExprContext.Load);
        if (At(TokenKind.Yield))
        {
            var yield = ParseYieldExpression();
            Expect(TokenKind.RightParen);
            return yield;
        }
        var first = ParseStarNamedExpression();
        if (At(TokenKind.For) || (At(TokenKind.Async) && PeekKind() == TokenKind.For))
        {
            var generators = ParseComprehensions();
            Expect(TokenKind.RightParen);
            return new GeneratorExp(SpanFrom(start), first, generators);
        }
        if (Accept(TokenKind.RightParen))
        {
            if (first is Starred)
                throw Error(first.Span.Start, "cannot use starred expression here");
            return first;
        }
        if (!At(TokenKind.Comma))
        {
            if (StartsExpression() && Kind != TokenKind.Error)
                throw Unexpected("invalid syntax. Perhaps you forgot a comma?");
            throw Unexpected("expected ')'");
        }
        var elts = ImmutableArray.CreateBuilder<Expr>();
        elts.Add(first);
        while (Accept(TokenKind.Comma) && !At(TokenKind.RightParen))
            elts.Add(ParseStarNamedExpression());
        ExpectClosing(TokenKind.RightParen);
        return new TupleExpr(SpanFrom(start), elts.ToImmutable(), ExprContext.Load);
    }

    private void ExpectClosing(TokenKind kind)
    {
        if (!At(kind) && StartsExpression() && Kind != TokenKind.Error)
            throw Unexpected("invalid syntax. Perhaps you forgot a comma?");
        Expect(kind);
    }

    private Expr ParseListDisplay()
    {
        int start = Start;
        Next();
        if (Accept(TokenKind.RightBracket))
            return new ListExpr(SpanFrom(start), [], ExprContext.Load);
        var first = ParseStarNamedExpression();
        if (At(TokenKind.For) || (At(TokenKind.Async) && PeekKind() == TokenKind.For))
        {
            var generators = ParseComprehensions();
            Expect(TokenKind.RightBracket);
            return new ListComp(SpanFrom(start), first, generators);
        }
        var elts = ImmutableArray.CreateBuilder<Expr>();
        elts.Add(first);
        while (Accept(TokenKind.Comma) && !At(TokenKind.RightBracket))
            elts.Add(ParseStarNamedExpression());
        ExpectClosing(TokenKind.RightBracket);
        return new ListExpr(SpanFrom(start), elts.ToImmutable(), ExprContext.Load);
    }

    private Expr ParseBraceDisplay()
    {
        int start = Start;
        Next();
        if (Accept(TokenKind.RightBrace))
            return new DictExpr(SpanFrom(start), [], []);
        if (At(TokenKind.DoubleStar))
            return ParseDictDisplay(start, null);
        var first = ParseStarNamedExpression();
        if (At(TokenKind.Colon))
        {
            var value = ParseDictValue();
            if (At(TokenKind.For) || (At(TokenKind.Async) && PeekKind() == TokenKind.For))
            {
                var generators = ParseComprehensions();
                Expect(TokenKind.RightBrace);
                return new DictComp(SpanFrom(start), first, value, generators);
            }
            return ParseDictDisplay(start, (first, value));
        }
        if (At(TokenKind.For) || (At(TokenKind.Async) && PeekKind() == TokenKind.For))
        {
            var generators = ParseComprehensions();
            Expect(TokenKind.RightBrace);
            return new SetComp(SpanFrom(start), first, generators);
        }
        var elts = ImmutableArray.CreateBuilder<Expr>();
        elts.Add(first);
        while (Accept(TokenKind.Comma) && !At(TokenKind.RightBrace))
            elts.Add(ParseStarNamedExpression());
        ExpectClosing(TokenKind.RightBrace);
        return new SetExpr(SpanFrom(start), elts.ToImmutable());
    }

    /// <summary>The ':' after a dictionary key and the value that must follow it.</summary>
    private Expr ParseDictValue()
    {
        int colon = Start;
        Next();
        if (Kind is TokenKind.RightBrace or TokenKind.Comma)
            throw Error(colon, "expression expected after dictionary key and ':'");
        return ParseExpression();
    }

    private Expr ParseDictDisplay(int start, (Expr Key, Expr Value)? first)
    {
        var keys = ImmutableArray.CreateBuilder<Expr?>();
        var values = ImmutableArray.CreateBuilder<Expr>();
        if (first is { } entry)
        {
            keys.Add(entry.Key);
            values.Add(entry.Value);
            if (!Accept(TokenKind.Comma))
            {
                ExpectClosing(TokenKind.RightBrace);
                return new DictExpr(SpanFrom(start), keys.ToImmutable(), values.ToImmutable());
            }
        }
        while (!At(TokenKind.RightBrace))
        {
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
            }
            else
            {
                keys.Add(ParseExpression());
                if (!At(TokenKind.Colon))
                    throw Unexpected("':' expected after dictionary key");
                values.Add(ParseDictValue());
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        ExpectClosing(TokenKind.RightBrace);
        return new DictExpr(SpanFrom(start), keys.ToImmutable(), values.ToImmutable());
    }

    private ImmutableArray<Comprehension> ParseComprehensions()
    {
        var generators = ImmutableArray.CreateBuilder<Comprehension>();
        while (At(TokenKind.For) || (At(TokenKind.Async) && PeekKind() == TokenKind.For))
        {
            bool isAsync = Accept(TokenKind.Async);
            Next();
            var target = ParseStarTargets();
            Expect(TokenKind.In);
            var iter = ParseDisjunction();
            var ifs = ImmutableArray.CreateBuilder<Expr>();
            while (Accept(TokenKind.If))
                ifs.Add(ParseDisjunction());
            generators.Add(new Comprehension(target, iter, ifs.ToImmutable(), isAsync ? 1 : 0));
        }
        return generators.ToImmutable();
    }

    /// <summary>star_targets of for-loops and comprehensions: primaries (so 'in' is not taken as
    /// an operator), with a tuple when there is a comma.</summary>
    private Expr ParseStarTargets()
    {
        int start = Start;
        var first = ParseStarTarget();
        if (!At(TokenKind.Comma))
        {
            if (first is Starred)
                throw Error(first.Span.Start, "starred assignment target must be in a list or tuple");
            return ToTarget(first, ExprContext.Store);
        }
        var elts = ImmutableArray.CreateBuilder<Expr>();
        elts.Add(first);
        while (Accept(TokenKind.Comma) && Kind is not (TokenKind.In or TokenKind.Equal))
            elts.Add(ParseStarTarget());
        return ToTarget(new TupleExpr(SpanFrom(start), elts.ToImmutable(), ExprContext.Load), ExprContext.Store);
    }

    private Expr ParseStarTarget()
    {
        if (!At(TokenKind.Star))
            return ParsePrimary();
        int start = Start;
        Next();
        if (At(TokenKind.Star))
            throw Unexpected("invalid syntax");
        var value = ParseStarTarget();
        return new Starred(SpanFrom(start), value, ExprContext.Load);
    }

    private Expr ParseYieldExpression()
    {
        int start = Start;
        Next();
        if (Accept(TokenKind.From))
        {
            var source = ParseExpression();
            return new YieldFrom(SpanFrom(start), source);
        }
        var value = StartsExpression() ? ParseStarExpressions() : null;
        return new Yield(SpanFrom(start), value);
    }

    /// <summary>The parameter list of a def (with annotations) or a lambda (without).</summary>
    private Arguments ParseParameters(bool annotations, TokenKind closing)
    {
        var posOnly = ImmutableArray<Arg>.Empty;
        var args = ImmutableArray.CreateBuilder<Arg>();
        var defaults = ImmutableArray.CreateBuilder<Expr>();
        var kwOnly = ImmutableArray.CreateBuilder<Arg>();
        var kwDefaults = ImmutableArray.CreateBuilder<Expr?>();
        Arg? varArg = null, kwArg = null;
        bool sawSlash = false, sawStar = false, bareStar = false;
        int bareStarOffset = 0;
        while (!At(closing))
        {
            int start = Start;
            if (Accept(TokenKind.Slash))
            {
                if (sawSlash)
                    throw Error(start, "/ may appear only once");
                if (sawStar)
                    throw Error(start, "/ must be ahead of *");
                if (args.Count == 0)
                    throw Error(start, "at least one argument must precede /");
                sawSlash = true;
                posOnly = args.ToImmutable();
                args.Clear();
            }
            else if (Accept(TokenKind.Star))
            {
                if (sawStar)
                    throw Error(start, "* argument may appear only once");
                sawStar = true;
                if (Kind == TokenKind.Comma || Kind == closing)
                {
                    bareStar = true;
                    bareStarOffset = start;
                }
                else
                {
                    varArg = ParseParameter(annotations, starAnnotation: true);
                    if (At(TokenKind.Equal))
                        throw Unexpected("var-positional argument cannot have default value");
                }
            }
            else if (Accept(TokenKind.DoubleStar))
            {
                kwArg = ParseParameter(annotations, starAnnotation: false);
                if (At(TokenKind.Equal))
                    throw Unexpected("var-keyword argument cannot have default value");
                Accept(TokenKind.Comma);
                if (!At(closing))
                    throw Unexpected("arguments cannot follow var-keyword argument");
                break;
            }
            else
            {
                var parameter = ParseParameter(annotations, starAnnotation: false);
                Expr? value = Accept(TokenKind.Equal) ? ParseExpression() : null;
                if (sawStar)
                {
                    kwOnly.Add(parameter);
                    kwDefaults.Add(value);
                }
                else
                {
                    args.Add(parameter);
                    if (value is not null)
                        defaults.Add(value);
                    else if (defaults.Count > 0)
                        throw Error(parameter.Span.Start, "non-default argument follows default argument");
                }
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        if (bareStar && kwOnly.Count == 0)
            throw Error(bareStarOffset, "named arguments must follow bare *");
        return new Arguments(posOnly, args.ToImmutable(), varArg, kwOnly.ToImmutable(), kwDefaults.ToImmutable(), kwArg,
            defaults.ToImmutable());
    }

    private Arg ParseParameter(bool annotations, bool starAnnotation)
    {
        int start = Start;
        string name = ExpectName();
        Expr? annotation = null;
        if (annotations && Accept(TokenKind.Colon))
            annotation = starAnnotation && At(TokenKind.Star) ? ParseStarExpression() : ParseExpression();
        return new Arg(SpanFrom(start), name, annotation, null);
    }
}
