using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using Rpython.Translator.Diagnostics;

namespace Rpython.Translator.Syntax;

// Literals: numbers, strings with their escapes, implicit concatenation, and f-strings with
// CPython 3.11's node positions (the literal parts and replacement fields of an f-string span
// the whole concatenated string; a format spec spans the token it is in; the expressions inside
// have their real positions).
internal sealed partial class Parser
{
    private static object ParseNumber(string text)
    {
        if (text.Contains('_', StringComparison.Ordinal))
            text = text.Replace("_", "", StringComparison.Ordinal);
        char last = text[^1];
        if (last is 'j' or 'J')
            return new Complex(0, double.Parse(text.AsSpan(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture));
        if (text.Length > 1 && text[0] == '0' && char.ToLowerInvariant(text[1]) is 'x' or 'o' or 'b')
        {
            int radix = char.ToLowerInvariant(text[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            BigInteger value = BigInteger.Zero;
            for (int i = 2; i < text.Length; i++)
                value = value * radix + HexValue(text[i]);
            return ConstantValues.Integer(value);
        }
        if (text.AsSpan().IndexOfAny('.', 'e', 'E') >= 0)
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long small))
            return small;
        return BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private object ParseNumber(Token token) => ParseNumber(TokenText(token));

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };

    /// <summary>One string token: its prefix flags and where its content lies.</summary>
    private readonly record struct StringToken(Token Token, bool Raw, bool IsBytes, bool IsFormat, int ContentStart, int ContentEnd);

    private StringToken DescribeString(Token token)
    {
        int p = token.Start;
        bool raw = false, isBytes = false, isFormat = false;
        while (_text[p] is not ('\'' or '"'))
        {
            switch (char.ToLowerInvariant(_text[p]))
            {
                case 'r': raw = true; break;
                case 'b': isBytes = true; break;
                case 'f': isFormat = true; break;
            }
            p++;
        }
        char quote = _text[p];
        int quoteLength = token.End - p >= 6 && _text[p + 1] == quote && _text[p + 2] == quote ? 3 : 1;
        return new StringToken(token, raw, isBytes, isFormat, p + quoteLength, token.End - quoteLength);
    }

    private Expr ParseStrings()
    {
        int start = Start;
        var parts = new List<StringToken>();
        while (At(TokenKind.String))
            parts.Add(DescribeString(Next()));
        var span = SpanFrom(start);
        bool anyBytes = parts.Any(p => p.IsBytes);
        if (anyBytes && !parts.All(p => p.IsBytes))
            throw Error(start, "cannot mix bytes and nonbytes literals");
        string? kind = _text[start] == 'u' ? "u" : null;
        if (anyBytes)
        {
            var bytes = ImmutableArray.CreateBuilder<byte>();
            foreach (var part in parts)
            {
                for (int i = part.ContentStart; i < part.ContentEnd; i++)
                {
                    if (_text[i] >= 0x80)
                        throw Error(part.Token.Start, "bytes can only contain ASCII literal characters");
                }
                foreach (char c in Unescape(part, part.ContentStart, part.ContentEnd))
                    bytes.Add((byte)c);
            }
            return new Constant(span, new Bytes(bytes.ToImmutable()), null);
        }
        if (!parts.Any(p => p.IsFormat))
        {
            var escapedSurrogates = new List<int>();
            var text = new StringBuilder();
            foreach (var part in parts)
                text.Append(Unescape(part, part.ContentStart, part.ContentEnd, escapedSurrogates, text.Length));
            object value = escapedSurrogates.Count == 0 ? text.ToString() : CodePointString.From(text.ToString(), escapedSurrogates);
            return new Constant(span, value, kind);
        }
        var pieces = new FStringPieces(span, span, kind);
        foreach (var part in parts)
        {
            if (part.IsFormat)
                ParseFStringText(part, part.ContentStart, part.ContentEnd, 0, pieces);
            else
                pieces.Literal.Append(Unescape(part, part.ContentStart, part.ContentEnd));
        }
        return new JoinedStr(span, pieces.Finish());
    }

    /// <summary>The values of a JoinedStr being built: adjacent literal text is merged into one
    /// Constant. As in CPython 3.11, a literal run ended by a replacement field spans the whole
    /// concatenated string; the final run spans <paramref name="finalSpan"/> (the group at top
    /// level, the token in a format spec).</summary>
    private sealed class FStringPieces(TextSpan groupSpan, TextSpan finalSpan, string? kind)
    {
        private readonly ImmutableArray<Expr>.Builder _values = ImmutableArray.CreateBuilder<Expr>();

        public TextSpan GroupSpan => groupSpan;

        public string? Kind => kind;

        public StringBuilder Literal { get; } = new();

        public void Add(Expr value)
        {
            Flush();
            _values.Add(value);
        }

        public ImmutableArray<Expr> Finish()
        {
            Flush(finalSpan);
            return _values.ToImmutable();
        }

        private void Flush(TextSpan? span = null)
        {
            if (Literal.Length == 0)
                return;
            _values.Add(new Constant(span ?? groupSpan, Literal.ToString(), kind));
            Literal.Clear();
        }
    }

    /// <summary>Parses f-string text from <paramref name="pos"/>: literal runs and replacement
    /// fields. At <paramref name="level"/> 0 it runs to <paramref name="end"/>; inside a format
    /// spec it stops at the '}' that closes the field and returns its position.</summary>
    private int ParseFStringText(StringToken part, int pos, int end, int level, FStringPieces pieces)
    {
        while (true)
        {
            int literalStart = pos;
            while (pos < end)
            {
                char c = _text[pos];
                if (!part.Raw && c == '\\' && pos + 1 < end)
                {
                    char escaped = _text[pos + 1];
                    if (escaped == 'N' && pos + 2 < end && _text[pos + 2] == '{')
                    {
                        int close = _text.IndexOf('}', pos + 3, end - pos - 3);
                        pos = close < 0 ? end : close + 1;
                        continue;
                    }
                    pos += escaped is '{' or '}' ? 1 : 2;
                    continue;
                }
                if (c is '{' or '}')
                {
                    if (level == 0 && pos + 1 < end && _text[pos + 1] == c)
                    {
                        pieces.Literal.Append(Unescape(part, literalStart, pos + 1));
                        pos += 2;
                        literalStart = pos;
                        continue;
                    }
                    if (c == '}' && level == 0)
                        throw Error(pos, "f-string: single '}' is not allowed");
                    break;
                }
                pos++;
            }
            pieces.Literal.Append(Unescape(part, literalStart, pos));
            if (pos >= end || _text[pos] == '}')
                return pos;
            if (level >= 2)
                throw Error(pos, "f-string: expressions nested too deeply");
            pos = ParseReplacementField(part, pos + 1, end, level, pieces);
        }
    }

    private int ParseReplacementField(StringToken part, int pos, int end, int level, FStringPieces pieces)
    {
        int expressionStart = pos;
        pos = FindExpressionEnd(pos, end);
        int expressionEnd = pos;
        if (_text.AsSpan(expressionStart, expressionEnd - expressionStart).Trim(" \t\n\f").IsEmpty)
            throw Error(expressionStart - 1, "f-string: empty expression not allowed");
        var expression = ParseFStringExpression(expressionStart, expressionEnd);
        string? debugText = null;
        if (pos < end && _text[pos] == '=')
        {
            pos++;
            while (pos < end && _text[pos] is ' ' or '\t' or '\n' or '\f')
                pos++;
            debugText = _text[expressionStart..pos];
        }
        int conversion = -1;
        if (pos < end && _text[pos] == '!')
        {
            pos++;
            if (pos >= end)
                throw Error(pos, "f-string: expecting '}'");
            char c = _text[pos++];
            if (c is not ('s' or 'r' or 'a'))
                throw Error(pos - 1, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            conversion = c;
        }
        JoinedStr? spec = null;
        if (pos < end && _text[pos] == ':')
        {
            var tokenSpan = new TextSpan(part.Token.Start, part.Token.End);
            var specPieces = new FStringPieces(pieces.GroupSpan, tokenSpan, pieces.Kind);
            pos = ParseFStringText(part, pos + 1, end, level + 1, specPieces);
            spec = new JoinedStr(tokenSpan, specPieces.Finish());
        }
        if (pos >= end || _text[pos] != '}')
            throw Error(Math.Min(pos, end), "f-string: expecting '}'");
        pos++;
        if (debugText is not null)
        {
            pieces.Literal.Append(debugText);
            if (conversion == -1 && spec is null)
                conversion = 'r';
        }
        pieces.Add(new FormattedValue(pieces.GroupSpan, expression, conversion, spec));
        return pos;
    }

    /// <summary>CPython's fstring_find_expr: the end of a replacement field's expression, skipping
    /// nested brackets and strings; '!=', '==', '&lt;=', '&gt;=' and lone '&lt;'/'&gt;' do not end it.</summary>
    private int FindExpressionEnd(int pos, int end)
    {
        var brackets = new Stack<(char, int)>();
        char quote = '\0';
        bool triple = false;
        for (; pos < end; pos++)
        {
            char c = _text[pos];
            if (c == '\\')
                throw Error(pos, "f-string expression part cannot include a backslash");
            if (quote != '\0')
            {
                if (c == quote && (!triple || (pos + 2 < end && _text[pos + 1] == quote && _text[pos + 2] == quote)))
                {
                    pos += triple ? 2 : 0;
                    quote = '\0';
                }
                continue;
            }
            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    triple = pos + 2 < end && _text[pos + 1] == c && _text[pos + 2] == c;
                    pos += triple ? 2 : 0;
                    continue;
                case '[' or '(' or '{':
                    if (brackets.Count >= 200)
                        throw Error(pos, "f-string: too many nested parenthesis");
                    brackets.Push((c, pos));
                    continue;
                case '#':
                    throw Error(pos, "f-string expression part cannot include '#'");
                case ']' or ')' or '}' when brackets.Count > 0:
                {
                    var (open, _) = brackets.Pop();
                    char expected = open switch { '(' => ')', '[' => ']', _ => '}' };
                    if (c != expected)
                        throw Error(pos, $"f-string: closing parenthesis '{c}' does not match opening parenthesis '{open}'");
                    continue;
                }
                case ']' or ')':
                    throw Error(pos, $"f-string: unmatched '{c}'");
            }
            if (brackets.Count == 0 && c is '!' or ':' or '}' or '=' or '<' or '>')
            {
                char next = pos + 1 < end ? _text[pos + 1] : '\0';
                if (next == '=' && c is '!' or '=' or '<' or '>')
                {
                    pos++;
                    continue;
                }
                if (c is '<' or '>')
                    continue;
                return pos;
            }
        }
        if (quote != '\0')
            throw Error(pos, "f-string: unterminated string");
        if (brackets.Count > 0)
            throw Error(brackets.Peek().Item2, $"f-string: unmatched '{brackets.Peek().Item1}'");
        throw Error(end, "f-string: expecting '}'");
    }

    /// <summary>Parses a replacement field's expression in place, so its nodes get their real positions.</summary>
    private Expr ParseFStringExpression(int start, int end)
    {
        var errors = new DiagnosticBag();
        var tokens = Tokenizer.TokenizeExpression(_source, start, end, errors);
        if (errors.Count > 0)
            throw Error(errors.Items[0].Offset, "f-string: " + errors.Items[0].Message);
        var parser = new Parser(_source, tokens, errors);
        try
        {
            // CPython 3.11 parses the field as "(" + text + ")", so a bare tuple spans the
            // brace before it and the character after it.
            var expression = parser.At(TokenKind.Yield)
                ? parser.ParseYieldExpression()
                : parser.ParseStarExpressions(bareTupleSpan: new TextSpan(start - 1, end + 1));
            if (expression is not TupleExpr && (parser.At(TokenKind.For) || (parser.At(TokenKind.Async) && parser.PeekKind() == TokenKind.For)))
                expression = new GeneratorExp(new TextSpan(start - 1, end + 1), expression, parser.ParseComprehensions());
            if (!parser.At(TokenKind.EndMarker))
                throw parser.Unexpected("invalid syntax");
            return expression;
        }
        catch (ParseException e) when (!e.Message.StartsWith("f-string", StringComparison.Ordinal))
        {
            throw new ParseException(e.Offset, "f-string: " + e.Message, e.AlreadyReported);
        }
    }

    /// <summary>Decodes the escapes of a string or bytes literal's text [from, to). Bytes come
    /// back as a string of chars below 256. The positions (plus <paramref name="baseOffset"/>) of
    /// surrogates written as escapes go to <paramref name="escapedSurrogates"/>: in Python they
    /// stay separate code points even when two of them form a UTF-16 pair.</summary>
    private string Unescape(StringToken part, int from, int to, List<int>? escapedSurrogates = null, int baseOffset = 0)
    {
        if (part.Raw || _text.IndexOf('\\', from, to - from) < 0)
            return _text.Substring(from, to - from);
        var output = new StringBuilder(to - from);
        for (int i = from; i < to; i++)
        {
            char c = _text[i];
            if (c != '\\' || i + 1 >= to)
            {
                output.Append(c);
                continue;
            }
            int escapeStart = i;
            char e = _text[++i];
            switch (e)
            {
                case '\n': break;
                case '\\' or '\'' or '"': output.Append(e); break;
                case 'a': output.Append('\a'); break;
                case 'b': output.Append('\b'); break;
                case 'f': output.Append('\f'); break;
                case 'n': output.Append('\n'); break;
                case 'r': output.Append('\r'); break;
                case 't': output.Append('\t'); break;
                case 'v': output.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i + 1 < to && _text[i + 1] is >= '0' and <= '7'; k++)
                        value = value * 8 + (_text[++i] - '0');
                    output.Append(part.IsBytes ? (char)(value & 0xFF) : (char)value);
                    break;
                }
                case 'x':
                    output.Append((char)HexEscape(part, escapeStart, ref i, to, 2, "truncated \\xXX escape"));
                    break;
                case 'u' when !part.IsBytes:
                {
                    int value = HexEscape(part, escapeStart, ref i, to, 4, "truncated \\uXXXX escape");
                    if (value is >= 0xD800 and <= 0xDFFF)
                        escapedSurrogates?.Add(baseOffset + output.Length);
                    output.Append((char)value);
                    break;
                }
                case 'U' when !part.IsBytes:
                {
                    int value = HexEscape(part, escapeStart, ref i, to, 8, "truncated \\UXXXXXXXX escape");
                    if (value > 0x10FFFF)
                        throw EscapeError(part, escapeStart, i + 1, "illegal Unicode character");
                    if (value is >= 0xD800 and <= 0xDFFF)
                        escapedSurrogates?.Add(baseOffset + output.Length);
                    AppendCodePoint(output, value);
                    break;
                }
                case 'N' when !part.IsBytes:
                {
                    if (i + 1 >= to || _text[i + 1] != '{')
                        throw EscapeError(part, escapeStart, i + 1, "malformed \\N character escape");
                    int close = _text.IndexOf('}', i + 2, to - i - 2);
                    if (close < 0)
                        throw EscapeError(part, escapeStart, to, "malformed \\N character escape");
                    string name = _text.Substring(i + 2, close - i - 2);
                    if (!UnicodeNames.TryLookup(name, out int codePoint))
                        throw EscapeError(part, escapeStart, close + 1, "unknown Unicode character name");
                    AppendCodePoint(output, codePoint);
                    i = close;
                    break;
                }
                default:
                    // An unrecognised escape keeps its backslash (CPython warns; it is not an error).
                    output.Append('\\').Append(e);
                    break;
            }
        }
        return output.ToString();
    }

    private static void AppendCodePoint(StringBuilder output, int codePoint)
    {
        if (codePoint < 0x10000)
            output.Append((char)codePoint);
        else
            output.Append(char.ConvertFromUtf32(codePoint));
    }

    private int HexEscape(StringToken part, int escapeStart, ref int i, int to, int digits, string message)
    {
        int value = 0;
        for (int k = 0; k < digits; k++)
        {
            if (i + 1 >= to || !char.IsAsciiHexDigit(_text[i + 1]))
                throw EscapeError(part, escapeStart, i + 1, message);
            value = value * 16 + HexValue(_text[++i]);
        }
        return value;
    }

    private ParseException EscapeError(StringToken part, int escapeStart, int escapeEnd, string message)
    {
        string codec = part.IsBytes ? "(value error)" : "(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + (escapeStart - part.ContentStart).ToString(CultureInfo.InvariantCulture) + "-"
            + (escapeEnd - part.ContentStart - 1).ToString(CultureInfo.InvariantCulture) + ":";
        return Error(part.Token.Start, part.IsBytes ? $"(value error) invalid \\x escape at position {escapeStart - part.ContentStart}" : $"{codec} {message}");
    }
}
