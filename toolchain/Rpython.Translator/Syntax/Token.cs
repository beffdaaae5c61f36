namespace Rpython.Translator.Syntax;

internal enum TokenKind : byte
{
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,

    // keywords
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,

    // operators and delimiters
    LeftParen, RightParen, LeftBracket, RightBracket, LeftBrace, RightBrace,
    Colon, Comma, Semicolon, Plus, Minus, Star, Slash, VerticalBar, Ampersand, Less, Greater, Equal,
    Dot, Percent, EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex, LeftShift, RightShift,
    DoubleStar, PlusEqual, MinusEqual, StarEqual, SlashEqual, PercentEqual, AmperEqual, VBarEqual,
    CircumflexEqual, LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual,
    At, AtEqual, RArrow, Ellipsis, ColonEqual,

    /// <summary>A character the tokenizer rejected; already reported.</summary>
    Error,
}

/// <summary>A token: its kind and its extent as character offsets into the source text.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End)
{
    public int Length => End - Start;
}

internal static class TokenFacts
{
    public static readonly IReadOnlyDictionary<string, TokenKind> Keywords = new Dictionary<string, TokenKind>(StringComparer.Ordinal)
    {
        ["False"] = TokenKind.False, ["None"] = TokenKind.None, ["True"] = TokenKind.True, ["and"] = TokenKind.And,
        ["as"] = TokenKind.As, ["assert"] = TokenKind.Assert, ["async"] = TokenKind.Async, ["await"] = TokenKind.Await,
        ["break"] = TokenKind.Break, ["class"] = TokenKind.Class, ["continue"] = TokenKind.Continue, ["def"] = TokenKind.Def,
        ["del"] = TokenKind.Del, ["elif"] = TokenKind.Elif, ["else"] = TokenKind.Else, ["except"] = TokenKind.Except,
        ["finally"] = TokenKind.Finally, ["for"] = TokenKind.For, ["from"] = TokenKind.From, ["global"] = TokenKind.Global,
        ["if"] = TokenKind.If, ["import"] = TokenKind.Import, ["in"] = TokenKind.In, ["is"] = TokenKind.Is,
        ["lambda"] = TokenKind.Lambda, ["nonlocal"] = TokenKind.Nonlocal, ["not"] = TokenKind.Not, ["or"] = TokenKind.Or,
        ["pass"] = TokenKind.Pass, ["raise"] = TokenKind.Raise, ["return"] = TokenKind.Return, ["try"] = TokenKind.Try,
        ["while"] = TokenKind.While, ["with"] = TokenKind.With, ["yield"] = TokenKind.Yield,
    };

    public static bool IsKeyword(TokenKind kind) => kind >= TokenKind.False && kind <= TokenKind.Yield;

    /// <summary>How a token kind is spelled in a message, e.g. <c>':'</c>.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.EndMarker => "end of file",
        TokenKind.Name => "a name",
        TokenKind.Number => "a number",
        TokenKind.String => "a string",
        TokenKind.Newline => "a newline",
        TokenKind.Indent => "an indented block",
        TokenKind.Dedent => "a dedent",
        _ => "'" + Spelling(kind) + "'",
    };

    public static string Spelling(TokenKind kind) => kind switch
    {
        TokenKind.LeftParen => "(", TokenKind.RightParen => ")", TokenKind.LeftBracket => "[", TokenKind.RightBracket => "]",
        TokenKind.LeftBrace => "{", TokenKind.RightBrace => "}", TokenKind.Colon => ":", TokenKind.Comma => ",",
        TokenKind.Semicolon => ";", TokenKind.Plus => "+", TokenKind.Minus => "-", TokenKind.Star => "*", TokenKind.Slash => "/",
        TokenKind.VerticalBar => "|", TokenKind.Ampersand => "&", TokenKind.Less => "<", TokenKind.Greater => ">",
        TokenKind.Equal => "=", TokenKind.Dot => ".", TokenKind.Percent => "%", TokenKind.EqEqual => "==",
        TokenKind.NotEqual => "!=", TokenKind.LessEqual => "<=", TokenKind.GreaterEqual => ">=", TokenKind.Tilde => "~",
        TokenKind.Circumflex => "^", TokenKind.LeftShift => "<<", TokenKind.RightShift => ">>", TokenKind.DoubleStar => "**",
        TokenKind.PlusEqual => "+=", TokenKind.MinusEqual => "-=", TokenKind.StarEqual => "*=", TokenKind.SlashEqual => "/=",
        TokenKind.PercentEqual => "%=", TokenKind.AmperEqual => "&=", TokenKind.VBarEqual => "|=",
        TokenKind.CircumflexEqual => "^=", TokenKind.LeftShiftEqual => "<<=", TokenKind.RightShiftEqual => ">>=",
        TokenKind.DoubleStarEqual => "**=", TokenKind.DoubleSlash => "//", TokenKind.DoubleSlashEqual => "//=",
        TokenKind.At => "@", TokenKind.AtEqual => "@=", TokenKind.RArrow => "->", TokenKind.Ellipsis => "...",
        TokenKind.ColonEqual => ":=",
        _ when IsKeyword(kind) => KeywordSpelling(kind),
        _ => kind.ToString(),
    };

    private static string KeywordSpelling(TokenKind kind)
    {
        foreach (var (text, k) in Keywords)
        {
            if (k == kind)
                return text;
        }
        return kind.ToString();
    }
}
