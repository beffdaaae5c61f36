using System.Collections.Immutable;
using System.Text;
using Rpython.Translator.Diagnostics;

namespace Rpython.Translator.Syntax;

/// <summary>The outcome of parsing one file: the tree (partial when there are errors) and the diagnostics.</summary>
/// <summary>The outcome of parsing one file. <see cref="IsComplete"/> says the grammar accepted the whole
/// file, so <see cref="Module"/> is its full tree; the diagnostics may still report context errors
/// ('return' outside a function...) that make it invalid Python.</summary>
internal sealed record SyntaxTree(SourceText Source, Module Module, IReadOnlyList<Diagnostic> Diagnostics, bool IsComplete)
{
    public bool HasErrors => Diagnostics.Count > 0;
}

/// <summary>
/// A hand-written recursive-descent parser for the whole Python 3.11 grammar (Grammar/python.gram),
/// building the tree of <see cref="Ast"/> with CPython's node positions: a node spans the tokens its
/// grammar rule consumed, so an enclosing node includes the parentheses of a group while the
/// grouped expression itself does not. Syntax errors abort the current statement; the parser
/// resynchronises at the next line so one run reports several independent errors.
/// </summary>
internal sealed partial class Parser
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly DiagnosticBag _diagnostics;
    private int _pos;
    private int _lastEnd;

    private Parser(SourceText source, List<Token> tokens, DiagnosticBag diagnostics)
    {
        _source = source;
        _text = source.Text;
        _tokens = tokens;
        _diagnostics = diagnostics;
    }

    public static SyntaxTree ParseFile(string path)
    {
        var diagnostics = new DiagnosticBag();
        var source = SourceText.FromBytes(path, File.ReadAllBytes(path), diagnostics);
        return Parse(source, diagnostics);
    }

    public static SyntaxTree Parse(SourceText source, DiagnosticBag? diagnostics = null)
    {
        diagnostics ??= new DiagnosticBag();
        var tokens = Tokenizer.Tokenize(source, diagnostics);
        var parser = new Parser(source, tokens, diagnostics);
        var module = parser.ParseModule();
        bool complete = diagnostics.Count == 0;
        if (complete)
            SyntaxChecker.Check(source, module, diagnostics);
        return new SyntaxTree(source, module, diagnostics.Sorted(), complete);
    }

    private Module ParseModule()
    {
        var body = ImmutableArray.CreateBuilder<Stmt>();
        while (Kind != TokenKind.EndMarker)
            ParseStatementRecovering(body);
        return new Module(body.ToImmutable(), []);
    }

    // ---- token access ----

    private Token Current => _tokens[_pos];

    private TokenKind Kind => _tokens[_pos].Kind;

    private TokenKind PeekKind(int ahead = 1) =>
        _pos + ahead < _tokens.Count ? _tokens[_pos + ahead].Kind : TokenKind.EndMarker;

    private int Start => _tokens[_pos].Start;

    private Token Next()
    {
        var token = _tokens[_pos];
        if (token.Kind is not (TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker))
            _lastEnd = token.End;
        if (token.Kind != TokenKind.EndMarker)
            _pos++;
        return token;
    }

    private bool At(TokenKind kind) => Kind == kind;

    private bool Accept(TokenKind kind)
    {
        if (Kind != kind)
            return false;
        Next();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        if (Kind != kind)
            throw Unexpected($"expected {TokenFacts.Describe(kind)}");
        return Next();
    }

    private bool AtSoftKeyword(string word) =>
        Kind == TokenKind.Name && Current.Length == word.Length && string.CompareOrdinal(_text, Current.Start, word, 0, word.Length) == 0;

    private TextSpan SpanFrom(int start) => new(start, Math.Max(start, _lastEnd));

    private string TokenText(Token token) => _text.Substring(token.Start, token.Length);

    private string ExpectName()
    {
        if (Kind != TokenKind.Name)
            throw Unexpected(TokenFacts.IsKeyword(Kind) ? $"'{TokenFacts.Spelling(Kind)}' is a keyword and cannot be used as a name" : "expected a name");
        return Identifier(Next());
    }

    /// <summary>The identifier a NAME token spells: non-ASCII names are NFKC-normalised as in CPython.</summary>
    private string Identifier(Token token)
    {
        string text = TokenText(token);
        foreach (char c in text)
        {
            if (c >= 0x80)
                return text.Normalize(NormalizationForm.FormKC);
        }
        return text;
    }

    private ParseException Error(int offset, string message) => new(offset, message);

    /// <summary>An error at the current token, phrased for what the token is.</summary>
    private ParseException Unexpected(string message)
    {
        var token = Current;
        return token.Kind switch
        {
            TokenKind.Error => new ParseException(token.Start, message, alreadyReported: true),
            TokenKind.Indent => new ParseException(token.Start, "unexpected indent"),
            TokenKind.EndMarker when message.StartsWith("expected", StringComparison.Ordinal) && _tokens.Count > 1 =>
                new ParseException(token.Start, "unexpected end of file: " + message),
            _ => new ParseException(token.Start, message),
        };
    }

    private void Report(ParseException e)
    {
        if (!e.AlreadyReported)
            _diagnostics.Add(_source, e.Offset, e.Message);
    }

    // ---- statements ----

    private void ParseStatementRecovering(ImmutableArray<Stmt>.Builder body)
    {
        try
        {
            ParseStatement(body);
        }
        catch (ParseException e)
        {
            Report(e);
            Recover();
        }
    }

    /// <summary>Skips the rest of the logical line, and the indented block that follows it if any.</summary>
    private void Recover()
    {
        if (Kind == TokenKind.Indent)
        {
            SkipBlock();
            return;
        }
        while (Kind is not (TokenKind.Newline or TokenKind.EndMarker))
        {
            if (Kind == TokenKind.Indent)
            {
                SkipBlock();
                continue;
            }
            if (Kind == TokenKind.Dedent)
                return;
            Next();
        }
        Accept(TokenKind.Newline);
        if (Kind == TokenKind.Indent)
            SkipBlock();
    }

    private void SkipBlock()
    {
        int depth = 0;
        do
        {
            if (Kind == TokenKind.Indent)
                depth++;
            else if (Kind == TokenKind.Dedent)
                depth--;
            else if (Kind == TokenKind.EndMarker)
                return;
            Next();
        }
        while (depth > 0);
    }

    private void ParseStatement(ImmutableArray<Stmt>.Builder body)
    {
        int start = Start;
        switch (Kind)
        {
            case TokenKind.Def:
                body.Add(ParseFunctionDef([], start, isAsync: false));
                return;
            case TokenKind.At:
                body.Add(ParseDecorated());
                return;
            case TokenKind.Class:
                body.Add(ParseClassDef([], start));
                return;
            case TokenKind.If:
                body.Add(ParseIf());
                return;
            case TokenKind.While:
                body.Add(ParseWhile());
                return;
            case TokenKind.For:
                body.Add(ParseFor(start, isAsync: false));
                return;
            case TokenKind.Try:
                body.Add(ParseTry());
                return;
            case TokenKind.With:
                body.Add(ParseWith(start, isAsync: false));
                return;
            case TokenKind.Async:
                Next();
                switch (Kind)
                {
                    case TokenKind.Def: body.Add(ParseFunctionDef([], start, isAsync: true)); return;
                    case TokenKind.For: body.Add(ParseFor(start, isAsync: true)); return;
                    case TokenKind.With: body.Add(ParseWith(start, isAsync: true)); return;
                    default: throw Unexpected("expected 'def', 'for' or 'with' after 'async'");
                }
            case TokenKind.Indent:
                throw Unexpected("unexpected indent");
            case TokenKind.Dedent:
                // A dedent to a level that matches no block was reported by the tokenizer.
                Next();
                return;
            case TokenKind.Name when AtSoftKeyword("match"):
                if (TryParseMatch() is { } match)
                {
                    body.Add(match);
                    return;
                }
                break;
        }
        ParseSimpleStatements(body);
    }

    private void ParseSimpleStatements(ImmutableArray<Stmt>.Builder body)
    {
        while (true)
        {
            body.Add(ParseSimpleStatement());
            if (!Accept(TokenKind.Semicolon) || At(TokenKind.Newline))
                break;
        }
        if (!Accept(TokenKind.Newline))
        {
            if (Kind == TokenKind.EndMarker)
                return;
            throw Unexpected("invalid syntax");
        }
    }

    private Stmt ParseSimpleStatement()
    {
        int start = Start;
        switch (Kind)
        {
            case TokenKind.Pass:
                Next();
                return new Pass(SpanFrom(start));
            case TokenKind.Break:
                Next();
                return new Break(SpanFrom(start));
            case TokenKind.Continue:
                Next();
                return new Continue(SpanFrom(start));
            case TokenKind.Return:
            {
                Next();
                var value = StartsExpression() ? ParseStarExpressions() : null;
                return new Return(SpanFrom(start), value);
            }
            case TokenKind.Raise:
            {
                Next();
                Expr? exc = null, cause = null;
                if (StartsExpression())
                {
                    exc = ParseExpression();
                    if (Accept(TokenKind.From))
                        cause = ParseExpression();
                }
                return new Raise(SpanFrom(start), exc, cause);
            }
            case TokenKind.Global or TokenKind.Nonlocal:
            {
                bool global = Next().Kind == TokenKind.Global;
                var names = ImmutableArray.CreateBuilder<string>();
                do
                {
                    names.Add(ExpectName());
                }
                while (Accept(TokenKind.Comma));
                return global ? new Global(SpanFrom(start), names.ToImmutable()) : new Nonlocal(SpanFrom(start), names.ToImmutable());
            }
            case TokenKind.Del:
                return ParseDel();
            case TokenKind.Assert:
            {
                Next();
                var test = ParseExpression();
                var message = Accept(TokenKind.Comma) ? ParseExpression() : null;
                return new Assert(SpanFrom(start), test, message);
            }
            case TokenKind.Import:
                return ParseImport();
            case TokenKind.From:
                return ParseImportFrom();
            default:
                return ParseExpressionStatement();
        }
    }

    private Stmt ParseDel()
    {
        int start = Start;
        Next();
        var targets = ImmutableArray.CreateBuilder<Expr>();
        do
        {
            if (!StartsExpression())
                break;
            targets.Add(ToTarget(ParseExpression(), ExprContext.Del));
        }
        while (Accept(TokenKind.Comma));
        if (targets.Count == 0)
            throw Unexpected("invalid syntax");
        return new Delete(SpanFrom(start), targets.ToImmutable());
    }

    private Stmt ParseImport()
    {
        int start = Start;
        Next();
        var names = ImmutableArray.CreateBuilder<Alias>();
        do
        {
            int aliasStart = Start;
            string name = ParseDottedName();
            string? asName = Accept(TokenKind.As) ? ExpectName() : null;
            names.Add(new Alias(SpanFrom(aliasStart), name, asName));
        }
        while (Accept(TokenKind.Comma));
        return new Import(SpanFrom(start), names.ToImmutable());
    }

    private string ParseDottedName()
    {
        var name = new StringBuilder(ExpectName());
        while (Accept(TokenKind.Dot))
            name.Append('.').Append(ExpectName());
        return name.ToString();
    }

    private Stmt ParseImportFrom()
    {
        int start = Start;
        Next();
        int level = 0;
        while (Kind is TokenKind.Dot or TokenKind.Ellipsis)
            level += Next().Kind == TokenKind.Dot ? 1 : 3;
        string? module = Kind == TokenKind.Name ? ParseDottedName() : null;
        if (module is null && level == 0)
            throw Unexpected("expected a module name after 'from'");
        Expect(TokenKind.Import);
        var names = ImmutableArray.CreateBuilder<Alias>();
        if (At(TokenKind.Star))
        {
            int starStart = Start;
            Next();
            names.Add(new Alias(SpanFrom(starStart), "*", null));
        }
        else
        {
            bool parenthesized = Accept(TokenKind.LeftParen);
            do
            {
                if (parenthesized && At(TokenKind.RightParen))
                    break;
                int aliasStart = Start;
                string name = ExpectName();
                string? asName = Accept(TokenKind.As) ? ExpectName() : null;
                names.Add(new Alias(SpanFrom(aliasStart), name, asName));
            }
            while (Accept(TokenKind.Comma) && (parenthesized || !AtEndOfSimpleStatement(trailingComma: true)));
            if (parenthesized)
                Expect(TokenKind.RightParen);
        }
        return new ImportFrom(SpanFrom(start), module, names.ToImmutable(), level);
    }

    private bool AtEndOfSimpleStatement(bool trailingComma = false)
    {
        if (Kind is TokenKind.Newline or TokenKind.Semicolon or TokenKind.EndMarker)
        {
            if (trailingComma)
                throw Error(_tokens[_pos - 1].Start, "trailing comma not allowed without surrounding parentheses");
            return true;
        }
        return false;
    }

    private Stmt ParseExpressionStatement()
    {
        int start = Start;
        var first = At(TokenKind.Yield) ? ParseYieldExpression() : ParseStarExpressions();
        if (At(TokenKind.Colon))
        {
            Next();
            var target = first switch
            {
                Name or Attribute or Subscript => ToTarget(first, ExprContext.Store),
                TupleExpr => throw Error(first.Span.Start, "only single target (not tuple) can be annotated"),
                ListExpr => throw Error(first.Span.Start, "only single target (not list) can be annotated"),
                _ => throw Error(first.Span.Start, "illegal target for annotation"),
            };
            var annotation = ParseExpression();
            Expr? value = null;
            if (Accept(TokenKind.Equal))
                value = At(TokenKind.Yield) ? ParseYieldExpression() : ParseStarExpressions();
            int simple = first is Name && _text[start] != '(' ? 1 : 0;
            return new AnnAssign(SpanFrom(start), target, annotation, value, simple);
        }
        if (AugmentedOperator(Kind) is { } op)
        {
            if (first is not (Name or Attribute or Subscript))
                throw Error(first.Span.Start, $"'{Describe(first)}' is an illegal expression for augmented assignment");
            Next();
            var value = At(TokenKind.Yield) ? ParseYieldExpression() : ParseStarExpressions();
            return new AugAssign(SpanFrom(start), ToTarget(first, ExprContext.Store), op, value);
        }
        if (At(TokenKind.Equal))
        {
            var targets = ImmutableArray.CreateBuilder<Expr>();
            var value = first;
            while (Accept(TokenKind.Equal))
            {
                targets.Add(ToAssignmentTarget(value));
                value = At(TokenKind.Yield) ? ParseYieldExpression() : ParseStarExpressions();
            }
            return new Assign(SpanFrom(start), targets.ToImmutable(), value, null);
        }
        if (first is Name { Id: "print" or "exec" } name && StartsExpression() && !At(TokenKind.Star))
            throw Error(first.Span.Start, $"Missing parentheses in call to '{name.Id}'. Did you mean {name.Id}(...)?");
        if (first is Starred && Kind is TokenKind.Newline or TokenKind.Semicolon or TokenKind.EndMarker)
            throw Error(first.Span.Start, "can't use starred expression here");
        return new ExprStmt(SpanFrom(start), first);
    }

    private static OperatorKind? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => OperatorKind.Add,
        TokenKind.MinusEqual => OperatorKind.Sub,
        TokenKind.StarEqual => OperatorKind.Mult,
        TokenKind.AtEqual => OperatorKind.MatMult,
        TokenKind.SlashEqual => OperatorKind.Div,
        TokenKind.PercentEqual => OperatorKind.Mod,
        TokenKind.AmperEqual => OperatorKind.BitAnd,
        TokenKind.VBarEqual => OperatorKind.BitOr,
        TokenKind.CircumflexEqual => OperatorKind.BitXor,
        TokenKind.LeftShiftEqual => OperatorKind.LShift,
        TokenKind.RightShiftEqual => OperatorKind.RShift,
        TokenKind.DoubleStarEqual => OperatorKind.Pow,
        TokenKind.DoubleSlashEqual => OperatorKind.FloorDiv,
        _ => null,
    };

    private Expr ToAssignmentTarget(Expr target)
    {
        if (target is Name or Attribute or Subscript or TupleExpr or ListExpr or Starred)
            return ToTarget(target, ExprContext.Store);
        string what = Describe(target);
        if (target is Constant { Value: bool or null } || target is Constant { Value: EllipsisValue })
            throw Error(target.Span.Start, $"cannot assign to {what}");
        throw Error(target.Span.Start, $"cannot assign to {what} here. Maybe you meant '==' instead of '='?");
    }

    /// <summary>Re-contexts an expression parsed as a load into a store or delete target,
    /// or reports why it cannot be one.</summary>
    private Expr ToTarget(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                if (ctx != ExprContext.Load && n.Id == "__debug__")
                    throw Error(e.Span.Start, ctx == ExprContext.Del ? "cannot delete __debug__" : "cannot assign to __debug__");
                return n with { Ctx = ctx };
            case Attribute a:
                return a with { Ctx = ctx };
            case Subscript s:
                return s with { Ctx = ctx };
            case TupleExpr t:
                return t with { Elts = t.Elts.Select(x => ToTarget(x, ctx)).ToImmutableArray(), Ctx = ctx };
            case ListExpr l:
                return l with { Elts = l.Elts.Select(x => ToTarget(x, ctx)).ToImmutableArray(), Ctx = ctx };
            case Starred s when ctx == ExprContext.Store:
                return s with { Value = ToTarget(s.Value, ctx), Ctx = ctx };
            default:
                throw Error(e.Span.Start, ctx == ExprContext.Del ? $"cannot delete {Describe(e)}" : $"cannot assign to {Describe(e)}");
        }
    }

    /// <summary>How CPython names an expression in messages (_PyPegen_get_expr_name).</summary>
    private static string Describe(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        DictExpr => "dict literal",
        SetExpr => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: null } => "None",
        Constant { Value: true } => "True",
        Constant { Value: false } => "False",
        Constant { Value: EllipsisValue } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    // ---- compound statements ----

    private ImmutableArray<Stmt> ParseBlock(string what, int headerStart)
    {
        Expect(TokenKind.Colon);
        var body = ImmutableArray.CreateBuilder<Stmt>();
        if (Accept(TokenKind.Newline))
        {
            if (!At(TokenKind.Indent))
            {
                int line = _source.LineColumn(headerStart).Line;
                throw Error(Start, $"expected an indented block after {what} on line {line}");
            }
            Next();
            while (Kind is not (TokenKind.Dedent or TokenKind.EndMarker))
                ParseStatementRecovering(body);
            Accept(TokenKind.Dedent);
        }
        else
        {
            if (At(TokenKind.EndMarker))
                throw Unexpected("expected an indented block");
            ParseSimpleStatements(body);
        }
        return body.ToImmutable();
    }

    private Stmt ParseDecorated()
    {
        var decorators = ImmutableArray.CreateBuilder<Expr>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(ParseNamedExpression());
            Expect(TokenKind.Newline);
        }
        int start = Start;
        switch (Kind)
        {
            case TokenKind.Def:
                return ParseFunctionDef(decorators.ToImmutable(), start, isAsync: false);
            case TokenKind.Async when PeekKind() == TokenKind.Def:
                Next();
                return ParseFunctionDef(decorators.ToImmutable(), start, isAsync: true);
            case TokenKind.Class:
                return ParseClassDef(decorators.ToImmutable(), start);
            default:
                throw Unexpected("expected 'def' or 'class' after decorators");
        }
    }

    private Stmt ParseFunctionDef(ImmutableArray<Expr> decorators, int start, bool isAsync)
    {
        Expect(TokenKind.Def);
        string name = ExpectName();
        Expect(TokenKind.LeftParen);
        var args = ParseParameters(annotations: true, TokenKind.RightParen);
        Expect(TokenKind.RightParen);
        var returns = Accept(TokenKind.RArrow) ? ParseExpression() : null;
        var body = ParseBlock($"function definition", start);
        return isAsync
            ? new AsyncFunctionDef(SpanFrom(start), name, args, body, decorators, returns, null)
            : new FunctionDef(SpanFrom(start), name, args, body, decorators, returns, null);
    }

    private Stmt ParseClassDef(ImmutableArray<Expr> decorators, int start)
    {
        Expect(TokenKind.Class);
        string name = ExpectName();
        ImmutableArray<Expr> bases = [];
        ImmutableArray<Keyword> keywords = [];
        if (At(TokenKind.LeftParen))
        {
            var call = ParseCallArguments(start, new Name(SpanFrom(start), name, ExprContext.Load));
            bases = call.Args;
            keywords = call.Keywords;
        }
        var body = ParseBlock("class definition", start);
        return new ClassDef(SpanFrom(start), name, bases, keywords, body, decorators);
    }

    private Stmt ParseIf()
    {
        int start = Start;
        string keyword = Next().Kind == TokenKind.If ? "'if' statement" : "'elif' statement";
        var test = ParseNamedExpression();
        var body = ParseBlock(keyword, start);
        ImmutableArray<Stmt> orelse = [];
        if (At(TokenKind.Elif))
        {
            orelse = [ParseIf()];
        }
        else if (At(TokenKind.Else))
        {
            int elseStart = Start;
            Next();
            orelse = ParseBlock("'else' statement", elseStart);
        }
        return new If(SpanFrom(start), test, body, orelse);
    }

    private Stmt ParseWhile()
    {
        int start = Start;
        Next();
        var test = ParseNamedExpression();
        var body = ParseBlock("'while' statement", start);
        var orelse = ParseElse();
        return new While(SpanFrom(start), test, body, orelse);
    }

    private ImmutableArray<Stmt> ParseElse()
    {
        if (!At(TokenKind.Else))
            return [];
        int start = Start;
        Next();
        return ParseBlock("'else' statement", start);
    }

    private Stmt ParseFor(int start, bool isAsync)
    {
        Expect(TokenKind.For);
        var target = ParseStarTargets();
        Expect(TokenKind.In);
        var iter = ParseStarExpressions();
        var body = ParseBlock("'for' statement", start);
        var orelse = ParseElse();
        return isAsync
            ? new AsyncFor(SpanFrom(start), target, iter, body, orelse, null)
            : new For(SpanFrom(start), target, iter, body, orelse, null);
    }

    private Stmt ParseWith(int start, bool isAsync)
    {
        Expect(TokenKind.With);
        var items = At(TokenKind.LeftParen) ? TryParseParenthesizedWithItems() : null;
        if (items is null)
        {
            var builder = ImmutableArray.CreateBuilder<WithItem>();
            do
            {
                builder.Add(ParseWithItem());
            }
            while (Accept(TokenKind.Comma));
            items = builder.ToImmutable();
        }
        var body = ParseBlock("'with' statement", start);
        return isAsync
            ? new AsyncWith(SpanFrom(start), items.Value, body, null)
            : new With(SpanFrom(start), items.Value, body, null);
    }

    /// <summary><c>with (a as b, c):</c> — taken only when the closing parenthesis is followed by
    /// the colon; otherwise the parenthesis starts an ordinary expression.</summary>
    private ImmutableArray<WithItem>? TryParseParenthesizedWithItems()
    {
        int saved = _pos, savedEnd = _lastEnd;
        try
        {
            Next();
            var items = ImmutableArray.CreateBuilder<WithItem>();
            do
            {
                if (At(TokenKind.RightParen))
                    break;
                items.Add(ParseWithItem());
            }
            while (Accept(TokenKind.Comma));
            Expect(TokenKind.RightParen);
            if (At(TokenKind.Colon) && items.Count > 0)
                return items.ToImmutable();
        }
        catch (ParseException)
        {
        }
        _pos = saved;
        _lastEnd = savedEnd;
        return null;
    }

    private WithItem ParseWithItem()
    {
        var context = ParseExpression();
        Expr? vars = null;
        if (Accept(TokenKind.As))
        {
            vars = ToTarget(ParseStarTarget(), ExprContext.Store);
            if (Kind is not (TokenKind.Comma or TokenKind.RightParen or TokenKind.Colon))
                throw Unexpected(Kind == TokenKind.Newline ? "expected ':'" : "invalid syntax");
        }
        return new WithItem(context, vars);
    }

    private Stmt ParseTry()
    {
        int start = Start;
        Next();
        var body = ParseBlock("'try' statement", start);
        var handlers = ImmutableArray.CreateBuilder<ExceptHandler>();
        bool? star = null;
        while (At(TokenKind.Except))
        {
            int handlerStart = Start;
            Next();
            bool isStar = Accept(TokenKind.Star);
            if (star is { } previous && previous != isStar)
                throw Error(handlerStart, "cannot have both 'except' and 'except*' on the same 'try'");
            star = isStar;
            Expr? type = null;
            string? name = null;
            if (!At(TokenKind.Colon))
            {
                type = ParseExpression();
                if (At(TokenKind.Comma))
                    throw Error(type.Span.Start, "multiple exception types must be parenthesized");
                if (Accept(TokenKind.As))
                    name = ExpectName();
            }
            else if (isStar)
            {
                throw Unexpected("expected one or more exception types");
            }
            var handlerBody = ParseBlock(isStar ? "'except*' statement" : "'except' statement", handlerStart);
            handlers.Add(new ExceptHandler(SpanFrom(handlerStart), type, name, handlerBody));
        }
        var orelse = handlers.Count > 0 ? ParseElse() : [];
        ImmutableArray<Stmt> finalbody = [];
        if (At(TokenKind.Finally))
        {
            int finallyStart = Start;
            Next();
            finalbody = ParseBlock("'finally' statement", finallyStart);
        }
        if (handlers.Count == 0 && finalbody.IsEmpty)
            throw Unexpected("expected 'except' or 'finally' block");
        return star == true
            ? new TryStar(SpanFrom(start), body, handlers.ToImmutable(), orelse, finalbody)
            : new Try(SpanFrom(start), body, handlers.ToImmutable(), orelse, finalbody);
    }
}
