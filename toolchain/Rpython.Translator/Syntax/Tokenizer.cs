using System.Globalization;
using Rpython.Translator.Diagnostics;

namespace Rpython.Translator.Syntax;

/// <summary>
/// Python 3.11's tokenizer: turns source text into tokens with character offsets, producing
/// NEWLINE/INDENT/DEDENT at depth zero as CPython does. Errors are reported to the bag and
/// tokenizing goes on (an <see cref="TokenKind.Error"/> token marks the spot), so one run
/// finds several independent problems.
/// </summary>
internal sealed class Tokenizer
{
    private const int TabSize = 8;

    private readonly SourceText _source;
    private readonly string _text;
    private readonly int _end;
    private readonly bool _expressionMode;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<Token> _tokens = [];
    private readonly List<(int Column, int AltColumn)> _indents = [(0, 0)];
    private readonly List<(char Bracket, int Offset)> _brackets = [];
    private int _pos;
    private bool _atLineStart = true;

    private Tokenizer(SourceText source, int start, int end, bool expressionMode, DiagnosticBag diagnostics)
    {
        _source = source;
        _text = source.Text;
        _pos = start;
        _end = end;
        _expressionMode = expressionMode;
        _diagnostics = diagnostics;
    }

    /// <summary>Tokenizes a whole file.</summary>
    public static List<Token> Tokenize(SourceText source, DiagnosticBag diagnostics) =>
        new Tokenizer(source, 0, source.Text.Length, expressionMode: false, diagnostics).Run();

    /// <summary>Tokenizes the expression of an f-string replacement field, as if it were in
    /// parentheses: newlines are insignificant and no indentation is tracked.</summary>
    public static List<Token> TokenizeExpression(SourceText source, int start, int end, DiagnosticBag diagnostics) =>
        new Tokenizer(source, start, end, expressionMode: true, diagnostics).Run();

    private List<Token> Run()
    {
        while (true)
        {
            if (_atLineStart && !_expressionMode && _brackets.Count == 0)
            {
                if (!HandleIndentation())
                    continue;
            }
            SkipBlanks();
            if (_pos >= _end)
            {
                Finish();
                return _tokens;
            }
            char c = _text[_pos];
            if (c == '#')
            {
                SkipComment();
            }
            else if (c == '\n')
            {
                if (_brackets.Count > 0 && !_expressionMode && NextLineStartsAStatement(_pos + 1))
                    AbandonOpenBrackets();
                if (_brackets.Count == 0 && !_expressionMode)
                {
                    Emit(TokenKind.Newline, _pos, _pos + 1);
                    _atLineStart = true;
                }
                _pos++;
            }
            else if (c == '\\')
            {
                LineContinuation();
            }
            else if (IsAsciiIdentifierStart(c) || c >= 0x80)
            {
                IdentifierOrString();
            }
            else if (IsDigit(c) || (c == '.' && _pos + 1 < _end && IsDigit(_text[_pos + 1])))
            {
                Number();
            }
            else if (c is '\'' or '"')
            {
                StringLiteral(_pos);
            }
            else
            {
                Operator(c);
            }
        }
    }

    /// <summary>Measures the indentation of a new logical line and emits INDENT/DEDENT.
    /// Returns false when the line is blank or a comment (it is skipped whole).</summary>
    private bool HandleIndentation()
    {
        int column = 0, altColumn = 0, p = _pos;
        for (; p < _end; p++)
        {
            char c = _text[p];
            if (c == ' ')
            {
                column++;
                altColumn++;
            }
            else if (c == '\t')
            {
                column = (column / TabSize + 1) * TabSize;
                altColumn++;
            }
            else if (c == '\f')
            {
                column = altColumn = 0;
            }
            else
            {
                break;
            }
        }
        if (p >= _end || _text[p] is '#' or '\n' || (_text[p] == '\\' && p + 1 < _end && _text[p + 1] == '\n' && IsBlankAfterContinuation(p + 2)))
        {
            // A blank or comment-only line: no tokens, no indentation change.
            _pos = p;
            if (p < _end && _text[p] == '#')
                SkipComment();
            if (_pos < _end && _text[_pos] == '\n')
            {
                _pos++;
                return false;
            }
            if (_pos < _end && _text[_pos] == '\\')
            {
                _pos += 2;
                return false;
            }
            _atLineStart = false;
            return true;
        }
        _atLineStart = false;
        _pos = p;
        var (topColumn, topAlt) = _indents[^1];
        if (column == topColumn)
        {
            if (altColumn != topAlt)
                Error(p, "inconsistent use of tabs and spaces in indentation");
        }
        else if (column > topColumn)
        {
            if (altColumn <= topAlt)
                Error(p, "inconsistent use of tabs and spaces in indentation");
            _indents.Add((column, altColumn));
            Emit(TokenKind.Indent, p, p);
        }
        else
        {
            while (_indents.Count > 1 && column < _indents[^1].Column)
            {
                _indents.RemoveAt(_indents.Count - 1);
                Emit(TokenKind.Dedent, p, p);
            }
            if (column != _indents[^1].Column)
            {
                Error(p, "unindent does not match any outer indentation level");
                Emit(TokenKind.Error, p, p);
            }
            else if (altColumn != _indents[^1].AltColumn)
            {
                Error(p, "inconsistent use of tabs and spaces in indentation");
            }
        }
        return true;
    }

    private bool IsBlankAfterContinuation(int p)
    {
        while (p < _end && _text[p] is ' ' or '\t' or '\f')
            p++;
        return p >= _end || _text[p] is '\n' or '#';
    }

    /// <summary>Keywords that only ever begin a statement: one at the start of a line inside brackets
    /// proves a bracket was left open.</summary>
    private static readonly HashSet<string> s_statementOnlyKeywords = new(StringComparer.Ordinal)
    {
        "assert", "break", "class", "continue", "def", "del", "elif", "except", "finally", "global",
        "import", "nonlocal", "pass", "raise", "return", "try", "while", "with",
    };

    private bool NextLineStartsAStatement(int p)
    {
        while (p < _end && _text[p] is ' ' or '\t' or '\f')
            p++;
        int start = p;
        while (p < _end && IsAsciiIdentifierStart(_text[p]))
            p++;
        return p > start && (p >= _end || !IsAsciiIdentifierChar(_text[p]))
            && s_statementOnlyKeywords.Contains(_text[start..p]);
    }

    /// <summary>Error recovery: reports the open brackets and closes them at the end of this line,
    /// so that an unclosed bracket does not swallow the rest of the file. The outermost bracket's
    /// token becomes an error token, so the parser skips the statement without a second report.</summary>
    private void AbandonOpenBrackets()
    {
        if (_brackets.Count == 0)
            return;
        foreach (var (bracket, offset) in _brackets)
            Error(offset, $"'{bracket}' was never closed");
        int outermost = _tokens.FindLastIndex(t => t.Start == _brackets[0].Offset);
        _tokens[outermost] = _tokens[outermost] with { Kind = TokenKind.Error };
        _brackets.Clear();
    }

    private void Finish()
    {
        if (!_expressionMode)
        {
            AbandonOpenBrackets();
            if (_tokens.Count > 0 && _tokens[^1].Kind is not (TokenKind.Newline or TokenKind.Dedent or TokenKind.Indent))
                Emit(TokenKind.Newline, _end, _end);
            while (_indents.Count > 1)
            {
                _indents.RemoveAt(_indents.Count - 1);
                Emit(TokenKind.Dedent, _end, _end);
            }
        }
        Emit(TokenKind.EndMarker, _end, _end);
    }

    private void SkipBlanks()
    {
        while (_pos < _end && _text[_pos] is ' ' or '\t' or '\f')
            _pos++;
    }

    private void SkipComment()
    {
        while (_pos < _end && _text[_pos] != '\n')
            _pos++;
    }

    private void LineContinuation()
    {
        int start = _pos;
        if (_pos + 1 < _end && _text[_pos + 1] == '\n')
        {
            _pos += 2;
            if (_pos >= _end && !_expressionMode)
            {
                Error(start, "unexpected EOF while parsing");
                Emit(TokenKind.Error, start, start + 1);
            }
            return;
        }
        _pos++;
        Error(start, "unexpected character after line continuation character");
        Emit(TokenKind.Error, start, start + 1);
    }

    private void IdentifierOrString()
    {
        int start = _pos;
        bool ascii = true;
        while (_pos < _end)
        {
            char c = _text[_pos];
            if (IsAsciiIdentifierChar(c))
            {
                _pos++;
            }
            else if (c >= 0x80)
            {
                ascii = false;
                _pos += char.IsHighSurrogate(c) && _pos + 1 < _end && char.IsLowSurrogate(_text[_pos + 1]) ? 2 : 1;
            }
            else
            {
                break;
            }
        }
        if (_pos < _end && _text[_pos] is '\'' or '"' && ascii && IsStringPrefix(_text.AsSpan(start, _pos - start)))
        {
            StringLiteral(start);
            return;
        }
        if (!ascii && !ValidateIdentifier(start, _pos))
        {
            Emit(TokenKind.Error, start, _pos);
            return;
        }
        var kind = ascii && TokenFacts.Keywords.TryGetValue(_text.Substring(start, _pos - start), out var keyword) ? keyword : TokenKind.Name;
        Emit(kind, start, _pos);
    }

    private static bool IsStringPrefix(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length > 2)
            return false;
        bool r = false, b = false, u = false, f = false;
        foreach (char c in prefix)
        {
            switch (char.ToLowerInvariant(c))
            {
                case 'r' when !r: r = true; break;
                case 'b' when !b: b = true; break;
                case 'u' when !u: u = true; break;
                case 'f' when !f: f = true; break;
                default: return false;
            }
        }
        return !(u && prefix.Length > 1) && !(b && f);
    }

    /// <summary>Checks a non-ASCII identifier against XID_Start/XID_Continue, reporting the
    /// first offending character as CPython does.</summary>
    private bool ValidateIdentifier(int start, int end)
    {
        bool first = true;
        for (int i = start; i < end;)
        {
            int codePoint = CodePoints.At(_text, i, out int width);
            bool ok = codePoint < 0x80
                ? (first ? IsAsciiIdentifierStart((char)codePoint) : IsAsciiIdentifierChar((char)codePoint))
                : IsIdentifierCodePoint(_text, i, first);
            if (!ok)
            {
                Error(i, InvalidCharacterMessage(codePoint));
                return false;
            }
            first = false;
            i += width;
        }
        return true;
    }

    private static bool IsIdentifierCodePoint(string text, int index, bool first)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        bool start = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber;
        int codePoint = CodePoints.At(text, index, out _);
        // Other_ID_Start
        start |= codePoint is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;
        if (first)
            return start;
        return start || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            // Other_ID_Continue
            || codePoint is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA;
    }

    private static string InvalidCharacterMessage(int codePoint)
    {
        string hex = codePoint.ToString("X4", CultureInfo.InvariantCulture);
        var category = codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF)
            ? CharUnicodeInfo.GetUnicodeCategory(codePoint)
            : UnicodeCategory.Surrogate;
        bool printable = category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
        return printable
            ? $"invalid character '{char.ConvertFromUtf32(codePoint)}' (U+{hex})"
            : $"invalid non-printable character U+{hex}";
    }

    private void Number()
    {
        int start = _pos;
        char c = _text[_pos];
        if (c == '0' && _pos + 1 < _end && _text[_pos + 1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            char radix = char.ToLowerInvariant(_text[_pos + 1]);
            _pos += 2;
            string kind = radix switch { 'x' => "hexadecimal", 'o' => "octal", _ => "binary" };
            Func<char, bool> isDigit = radix switch
            {
                'x' => char.IsAsciiHexDigit,
                'o' => ch => ch is >= '0' and <= '7',
                _ => ch => ch is '0' or '1',
            };
            bool any = false;
            while (_pos < _end)
            {
                if (_text[_pos] == '_')
                {
                    _pos++;
                    if (_pos >= _end || !isDigit(_text[_pos]))
                    {
                        NumberError(start, $"invalid {kind} literal");
                        return;
                    }
                }
                if (_pos < _end && isDigit(_text[_pos]))
                {
                    any = true;
                    _pos++;
                }
                else
                {
                    break;
                }
            }
            if (!any || (_pos < _end && IsDigit(_text[_pos])))
            {
                if (_pos < _end && IsDigit(_text[_pos]))
                    NumberError(start, $"invalid digit '{_text[_pos]}' in {kind} literal", errorAt: _pos);
                else
                    NumberError(start, $"invalid {kind} literal");
                return;
            }
            FinishNumber(start, kind);
            return;
        }

        bool isFloat = false;
        if (c != '.')
        {
            if (!DecimalDigits())
            {
                NumberError(start, "invalid decimal literal");
                return;
            }
        }
        if (_pos < _end && _text[_pos] == '.')
        {
            isFloat = true;
            _pos++;
            if (_pos < _end && IsDigit(_text[_pos]) && !DecimalDigits())
            {
                NumberError(start, "invalid decimal literal");
                return;
            }
        }
        if (_pos < _end && _text[_pos] is 'e' or 'E')
        {
            int e = _pos;
            int p = _pos + 1;
            if (p < _end && _text[p] is '+' or '-')
            {
                p++;
                if (p >= _end || !IsDigit(_text[p]))
                {
                    _pos = p;
                    NumberError(start, "invalid decimal literal");
                    return;
                }
            }
            if (p < _end && IsDigit(_text[p]))
            {
                _pos = p;
                isFloat = true;
                if (!DecimalDigits())
                {
                    NumberError(start, "invalid decimal literal");
                    return;
                }
            }
            else
            {
                // "1else": the number ends before the 'e'.
                _pos = e;
                FinishNumber(start, "decimal");
                return;
            }
        }
        if (_pos < _end && _text[_pos] is 'j' or 'J')
        {
            _pos++;
            FinishNumber(start, "imaginary");
            return;
        }
        if (!isFloat && c == '0')
        {
            for (int i = start; i < _pos; i++)
            {
                if (_text[i] is not ('0' or '_'))
                {
                    Error(start, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                    Emit(TokenKind.Error, start, _pos);
                    return;
                }
            }
        }
        FinishNumber(start, "decimal");
    }

    /// <summary>Reads digits with single underscores between them; false on a misplaced underscore.</summary>
    private bool DecimalDigits()
    {
        while (_pos < _end)
        {
            if (IsDigit(_text[_pos]))
            {
                _pos++;
            }
            else if (_text[_pos] == '_')
            {
                _pos++;
                if (_pos >= _end || !IsDigit(_text[_pos]))
                    return false;
            }
            else
            {
                break;
            }
        }
        return true;
    }

    /// <summary>CPython's verify_end_of_number: a number directly followed by a keyword that
    /// can follow one (1if, 0x1for) is accepted; by any other identifier character it is an error.</summary>
    private void FinishNumber(int start, string kind)
    {
        if (_pos < _end)
        {
            char c = _text[_pos];
            bool keywordFollows = c switch
            {
                'a' => LookingAt(_pos + 1, "nd"),
                'e' => LookingAt(_pos + 1, "lse"),
                'f' => LookingAt(_pos + 1, "or"),
                'i' => _pos + 1 < _end && _text[_pos + 1] is 'f' or 'n' or 's',
                'o' => LookingAt(_pos + 1, "r"),
                'n' => LookingAt(_pos + 1, "ot"),
                _ => false,
            };
            if (!keywordFollows && (IsAsciiIdentifierChar(c) || c >= 0x80))
            {
                NumberError(start, $"invalid {kind} literal");
                return;
            }
        }
        Emit(TokenKind.Number, start, _pos);
    }

    private void NumberError(int start, string message, int? errorAt = null)
    {
        Error(errorAt ?? start, message);
        while (_pos < _end && (IsAsciiIdentifierChar(_text[_pos]) || _text[_pos] == '.'))
            _pos++;
        Emit(TokenKind.Error, start, _pos);
    }

    private bool LookingAt(int p, string text) => string.CompareOrdinal(_text, p, text, 0, text.Length) == 0 && p + text.Length <= _end;

    private void StringLiteral(int start)
    {
        char quote = _text[_pos];
        bool triple = _pos + 2 < _end && _text[_pos + 1] == quote && _text[_pos + 2] == quote;
        _pos += triple ? 3 : 1;
        while (true)
        {
            if (_pos >= _end)
            {
                int line = _source.LineColumn(Math.Max(0, _end - 1)).Line;
                Error(start, triple
                    ? $"unterminated triple-quoted string literal (detected at line {line})"
                    : $"unterminated string literal (detected at line {line})");
                Emit(TokenKind.Error, start, _pos);
                return;
            }
            char c = _text[_pos];
            if (c == quote)
            {
                if (!triple)
                {
                    _pos++;
                    break;
                }
                if (_pos + 2 < _end && _text[_pos + 1] == quote && _text[_pos + 2] == quote)
                {
                    _pos += 3;
                    break;
                }
                _pos++;
            }
            else if (c == '\\')
            {
                _pos = Math.Min(_pos + 2, _end);
            }
            else if (c == '\n' && !triple)
            {
                int line = _source.LineColumn(start).Line;
                Error(start, $"unterminated string literal (detected at line {line})");
                Emit(TokenKind.Error, start, _pos);
                return;
            }
            else
            {
                _pos++;
            }
        }
        Emit(TokenKind.String, start, _pos);
    }

    private void Operator(char c)
    {
        int start = _pos;
        char c1 = _pos + 1 < _end ? _text[_pos + 1] : '\0';
        char c2 = _pos + 2 < _end ? _text[_pos + 2] : '\0';
        (TokenKind kind, int length) = c switch
        {
            '(' => (TokenKind.LeftParen, 1),
            ')' => (TokenKind.RightParen, 1),
            '[' => (TokenKind.LeftBracket, 1),
            ']' => (TokenKind.RightBracket, 1),
            '{' => (TokenKind.LeftBrace, 1),
            '}' => (TokenKind.RightBrace, 1),
            ',' => (TokenKind.Comma, 1),
            ';' => (TokenKind.Semicolon, 1),
            '~' => (TokenKind.Tilde, 1),
            ':' => c1 == '=' ? (TokenKind.ColonEqual, 2) : (TokenKind.Colon, 1),
            '.' => c1 == '.' && c2 == '.' ? (TokenKind.Ellipsis, 3) : (TokenKind.Dot, 1),
            '+' => c1 == '=' ? (TokenKind.PlusEqual, 2) : (TokenKind.Plus, 1),
            '-' => c1 == '=' ? (TokenKind.MinusEqual, 2) : c1 == '>' ? (TokenKind.RArrow, 2) : (TokenKind.Minus, 1),
            '*' => c1 == '*' ? (c2 == '=' ? (TokenKind.DoubleStarEqual, 3) : (TokenKind.DoubleStar, 2))
                 : c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1),
            '/' => c1 == '/' ? (c2 == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2))
                 : c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1),
            '%' => c1 == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1),
            '&' => c1 == '=' ? (TokenKind.AmperEqual, 2) : (TokenKind.Ampersand, 1),
            '|' => c1 == '=' ? (TokenKind.VBarEqual, 2) : (TokenKind.VerticalBar, 1),
            '^' => c1 == '=' ? (TokenKind.CircumflexEqual, 2) : (TokenKind.Circumflex, 1),
            '@' => c1 == '=' ? (TokenKind.AtEqual, 2) : (TokenKind.At, 1),
            '=' => c1 == '=' ? (TokenKind.EqEqual, 2) : (TokenKind.Equal, 1),
            '!' => c1 == '=' ? (TokenKind.NotEqual, 2) : (TokenKind.Error, 1),
            '<' => c1 == '<' ? (c2 == '=' ? (TokenKind.LeftShiftEqual, 3) : (TokenKind.LeftShift, 2))
                 : c1 == '=' ? (TokenKind.LessEqual, 2) : (TokenKind.Less, 1),
            '>' => c1 == '>' ? (c2 == '=' ? (TokenKind.RightShiftEqual, 3) : (TokenKind.RightShift, 2))
                 : c1 == '=' ? (TokenKind.GreaterEqual, 2) : (TokenKind.Greater, 1),
            _ => (TokenKind.Error, 1),
        };
        if (kind == TokenKind.Error)
        {
            int codePoint = CodePoints.At(_text, _pos, out int width);
            _pos += width;
            Error(start, c == '\0' ? "source code cannot contain null bytes" : c < 0x80 && c >= 0x20 ? $"invalid character '{c}'" : InvalidCharacterMessage(codePoint));
            Emit(TokenKind.Error, start, _pos);
            return;
        }
        _pos += length;
        switch (kind)
        {
            case TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace:
                _brackets.Add((c, start));
                break;
            case TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace:
                if (!CloseBracket(c, start))
                {
                    Emit(TokenKind.Error, start, _pos);
                    return;
                }
                break;
        }
        Emit(kind, start, _pos);
    }

    private bool CloseBracket(char closing, int offset)
    {
        if (_brackets.Count == 0)
        {
            if (_expressionMode)
                return true;
            Error(offset, $"unmatched '{closing}'");
            return false;
        }
        var (opening, openOffset) = _brackets[^1];
        _brackets.RemoveAt(_brackets.Count - 1);
        char expected = opening switch { '(' => ')', '[' => ']', _ => '}' };
        if (closing == expected)
            return true;
        int openLine = _source.LineColumn(openOffset).Line;
        Error(offset, openLine == _source.LineColumn(offset).Line
            ? $"closing parenthesis '{closing}' does not match opening parenthesis '{opening}'"
            : $"closing parenthesis '{closing}' does not match opening parenthesis '{opening}' on line {openLine}");
        return false;
    }

    private void Emit(TokenKind kind, int start, int end) => _tokens.Add(new Token(kind, start, end));

    private void Error(int offset, string message) => _diagnostics.Add(_source, offset, message);

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsAsciiIdentifierStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsAsciiIdentifierChar(char c) => IsAsciiIdentifierStart(c) || IsDigit(c);
}

internal static class CodePoints
{
    /// <summary>The code point at <paramref name="index"/>, or a lone surrogate itself.</summary>
    public static int At(string text, int index, out int width)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }
        width = 1;
        return c;
    }
}
