using System.Collections.Immutable;

namespace Rpython.Translator.Syntax;

// The match statement (PEP 634). 'match' and 'case' are soft keywords: a line starting with
// 'match' is a match statement only if 'match <subject>:' NEWLINE follows; otherwise it is an
// ordinary statement using the name 'match'.
internal sealed partial class Parser
{
    private Stmt? TryParseMatch()
    {
        int saved = _pos, savedEnd = _lastEnd;
        int start = Start;
        Next();
        Expr subject;
        try
        {
            int subjectStart = Start;
            subject = ParseStarNamedExpression();
            if (At(TokenKind.Comma))
            {
                var elts = ImmutableArray.CreateBuilder<Expr>();
                elts.Add(subject);
                while (Accept(TokenKind.Comma) && !At(TokenKind.Colon))
                    elts.Add(ParseStarNamedExpression());
                subject = new TupleExpr(SpanFrom(subjectStart), elts.ToImmutable(), ExprContext.Load);
            }
            if (!At(TokenKind.Colon) || PeekKind() != TokenKind.Newline)
                throw Error(Start, "not a match statement");
        }
        catch (ParseException)
        {
            _pos = saved;
            _lastEnd = savedEnd;
            return null;
        }
        Next();
        Next();
        if (!At(TokenKind.Indent))
            throw Error(Start, $"expected an indented block after 'match' statement on line {_source.LineColumn(start).Line}");
        Next();
        var cases = ImmutableArray.CreateBuilder<MatchCase>();
        while (Kind is not (TokenKind.Dedent or TokenKind.EndMarker))
        {
            try
            {
                cases.Add(ParseCase());
            }
            catch (ParseException e)
            {
                Report(e);
                Recover();
            }
        }
        Accept(TokenKind.Dedent);
        return new Match(SpanFrom(start), subject, cases.ToImmutable());
    }

    private MatchCase ParseCase()
    {
        if (!AtSoftKeyword("case"))
            throw Unexpected("expected 'case' in a match statement");
        int start = Start;
        Next();
        var pattern = ParsePatterns();
        var guard = Accept(TokenKind.If) ? ParseNamedExpression() : null;
        var body = ParseBlock("'case' statement", start);
        return new MatchCase(pattern, guard, body);
    }

    private Pattern ParsePatterns()
    {
        int start = Start;
        var first = ParseMaybeStarPattern();
        if (!At(TokenKind.Comma))
        {
            if (first is MatchStar)
                return new MatchSequence(SpanFrom(start), [first]);
            return first;
        }
        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        patterns.Add(first);
        while (Accept(TokenKind.Comma) && Kind is not (TokenKind.Colon or TokenKind.If))
            patterns.Add(ParseMaybeStarPattern());
        return new MatchSequence(SpanFrom(start), patterns.ToImmutable());
    }

    private Pattern ParseMaybeStarPattern()
    {
        if (!At(TokenKind.Star))
            return ParsePattern();
        int start = Start;
        Next();
        string name = ExpectName();
        return new MatchStar(SpanFrom(start), name == "_" ? null : name);
    }

    private Pattern ParsePattern()
    {
        int start = Start;
        var pattern = ParseOrPattern();
        if (!Accept(TokenKind.As))
            return pattern;
        int nameStart = Start;
        string name = ExpectName();
        if (name == "_")
            throw Error(nameStart, "cannot use '_' as a target");
        return new MatchAs(SpanFrom(start), pattern, name);
    }

    private Pattern ParseOrPattern()
    {
        int start = Start;
        var first = ParseClosedPattern();
        if (!At(TokenKind.VerticalBar))
            return first;
        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        patterns.Add(first);
        while (Accept(TokenKind.VerticalBar))
            patterns.Add(ParseClosedPattern());
        return new MatchOr(SpanFrom(start), patterns.ToImmutable());
    }

    private Pattern ParseClosedPattern()
    {
        int start = Start;
        switch (Kind)
        {
            case TokenKind.Number or TokenKind.Minus:
            {
                var value = ParseSignedNumber();
                return new MatchValue(SpanFrom(start), value);
            }
            case TokenKind.String:
            {
                var value = ParseStrings();
                if (value is JoinedStr)
                    throw Error(value.Span.Start, "patterns may only match literals and attribute lookups");
                return new MatchValue(SpanFrom(start), value);
            }
            case TokenKind.None or TokenKind.True or TokenKind.False:
            {
                object? value = Next().Kind switch { TokenKind.True => true, TokenKind.False => false, _ => null };
                return new MatchSingleton(SpanFrom(start), value);
            }
            case TokenKind.Name:
            {
                var target = ParseNameOrAttribute();
                if (At(TokenKind.LeftParen))
                    return ParseClassPattern(start, target);
                if (target is Attribute)
                    return new MatchValue(SpanFrom(start), target);
                string name = ((Name)target).Id;
                return new MatchAs(SpanFrom(start), null, name == "_" ? null : name);
            }
            case TokenKind.LeftParen:
            {
                Next();
                if (Accept(TokenKind.RightParen))
                    return new MatchSequence(SpanFrom(start), []);
                var first = ParseMaybeStarPattern();
                if (Accept(TokenKind.RightParen))
                    return first is MatchStar ? new MatchSequence(SpanFrom(start), [first]) : first;
                var patterns = ImmutableArray.CreateBuilder<Pattern>();
                patterns.Add(first);
                while (Accept(TokenKind.Comma) && !At(TokenKind.RightParen))
                    patterns.Add(ParseMaybeStarPattern());
                Expect(TokenKind.RightParen);
                return new MatchSequence(SpanFrom(start), patterns.ToImmutable());
            }
            case TokenKind.LeftBracket:
            {
                Next();
                var patterns = ImmutableArray.CreateBuilder<Pattern>();
                while (!At(TokenKind.RightBracket))
                {
                    patterns.Add(ParseMaybeStarPattern());
                    if (!Accept(TokenKind.Comma))
                        break;
                }
                Expect(TokenKind.RightBracket);
                return new MatchSequence(SpanFrom(start), patterns.ToImmutable());
            }
            case TokenKind.LeftBrace:
                return ParseMappingPattern();
            default:
                throw Unexpected("invalid pattern");
        }
    }

    private Expr ParseNameOrAttribute()
    {
        int start = Start;
        Expr e = new Name(new TextSpan(start, Current.End), ExpectName(), ExprContext.Load);
        while (Accept(TokenKind.Dot))
        {
            string attr = ExpectName();
            e = new Attribute(SpanFrom(start), e, attr, ExprContext.Load);
        }
        return e;
    }

    /// <summary>A number pattern: <c>1</c>, <c>-1</c>, <c>1+2j</c>, <c>-1-2j</c>.</summary>
    private Expr ParseSignedNumber()
    {
        int start = Start;
        bool negative = Accept(TokenKind.Minus);
        if (!At(TokenKind.Number))
            throw Unexpected("invalid pattern");
        Expr number = new Constant(new TextSpan(Start, Current.End), ParseNumber(Next()), null);
        if (negative)
            number = new UnaryOp(SpanFrom(start), UnaryOpKind.USub, number);
        if (Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Next().Kind == TokenKind.Plus ? OperatorKind.Add : OperatorKind.Sub;
            if (!At(TokenKind.Number))
                throw Unexpected("invalid pattern");
            var imaginary = new Constant(new TextSpan(Start, Current.End), ParseNumber(Next()), null);
            if (imaginary.Value is not System.Numerics.Complex)
                throw Error(imaginary.Span.Start, "imaginary number required in complex literal");
            if (number is Constant { Value: System.Numerics.Complex } or UnaryOp { Operand: Constant { Value: System.Numerics.Complex } })
                throw Error(number.Span.Start, "real number required in complex literal");
            number = new BinOp(SpanFrom(start), number, op, imaginary);
        }
        return number;
    }

    private Pattern ParseMappingPattern()
    {
        int start = Start;
        Next();
        var keys = ImmutableArray.CreateBuilder<Expr>();
        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        string? rest = null;
        while (!At(TokenKind.RightBrace))
        {
            if (Accept(TokenKind.DoubleStar))
            {
                rest = ExpectName();
                Accept(TokenKind.Comma);
                break;
            }
            Expr key = Kind switch
            {
                TokenKind.Number or TokenKind.Minus => ParseSignedNumber(),
                TokenKind.String => ParseStrings(),
                TokenKind.None or TokenKind.True or TokenKind.False => ParseAtom(),
                TokenKind.Name => ParseNameOrAttribute(),
                _ => throw Unexpected("invalid pattern"),
            };
            if (key is Name or JoinedStr)
                throw Error(key.Span.Start, "mapping pattern keys may only match literals and attribute lookups");
            keys.Add(key);
            Expect(TokenKind.Colon);
            patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RightBrace);
        return new MatchMapping(SpanFrom(start), keys.ToImmutable(), patterns.ToImmutable(), rest);
    }

    private Pattern ParseClassPattern(int start, Expr cls)
    {
        Next();
        var patterns = ImmutableArray.CreateBuilder<Pattern>();
        var attrs = ImmutableArray.CreateBuilder<string>();
        var keywordPatterns = ImmutableArray.CreateBuilder<Pattern>();
        while (!At(TokenKind.RightParen))
        {
            if (Kind == TokenKind.Name && PeekKind() == TokenKind.Equal)
            {
                attrs.Add(Identifier(Next()));
                Next();
                keywordPatterns.Add(ParsePattern());
            }
            else
            {
                var pattern = ParsePattern();
                if (attrs.Count > 0)
                    throw Error(pattern.Span.Start, "positional patterns follow keyword patterns");
                patterns.Add(pattern);
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RightParen);
        return new MatchClass(SpanFrom(start), cls, patterns.ToImmutable(), attrs.ToImmutable(), keywordPatterns.ToImmutable());
    }
}
