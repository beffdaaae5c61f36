using System.Globalization;
using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;
using FormatFlags = Rpython.Runtime.FormatFlags;

namespace Rpython.Translator.RTyping;

// '%' formatting with a constant format, and str(x): CPython's unicode_format_arg_parse splits the
// format at translation time into literal text and directives (flags '-+ #0', a width, a
// precision, a length modifier h/l/L that means nothing, a conversion); each directive makes a str
// of its value, and ll_join_strs joins the pieces.
//
// - Floats (and ints under %e %f %g): the runtime's PyFloatFormat through float_format (flags,
//   width and precision included), or float_repr for a plain %s or %r.
// - Ints (bools as 0 and 1) under %d %i %u %x %X %o: rstr.ll_format_int / ll_format_uint (sign,
//   '#' prefix, precision as leading zeros, '0' padding after the sign); the plain %d and %x of a
//   signed int keep their shorter helpers.
// - %s of an int or a bool is its str() (no sign flag, no zero padding), %r of a str its repr()
//   (PyStr.Repr through str_repr), %c of an int its character (OverflowError outside
//   range(0x110000), as CPython); then rstr.ll_format_str cuts to the
//   precision (%s and %r only) and pads to the width with spaces.
// Only what the annotator lets through reaches here; a width or precision of '*' is refused.

internal sealed partial class RTyper
{
    private sealed partial class LowLevelOps
    {
        /// <summary>One directive of a format: <see cref="Precision"/> is -1 when none is given.</summary>
        private readonly record struct Directive(char Conversion, FormatFlags Flags, int Width, int Precision)
        {
            public static readonly Directive Str = new('s', FormatFlags.None, 0, -1);

            public bool Plain => Flags == FormatFlags.None && Width == 0 && Precision < 0;
        }

        /// <summary>Argument <paramref name="index"/> as str() shows it.</summary>
        private FlowValue ToStr(int index) => ToStr(op.Args[index], typer.Binding(op.Args[index]), Directive.Str);

        /// <summary><c>"format" % args</c>: the literal pieces and the formatted values, joined.</summary>
        private void Format(Variable result)
        {
            var format = (string)((Constant)op.Args[0]).Value!;
            var pieces = new List<FlowValue>();
            var literal = new System.Text.StringBuilder();
            int next = 0;
            for (int i = 0; i < format.Length; i++)
            {
                if (format[i] != '%')
                {
                    literal.Append(format[i]);
                    continue;
                }
                if (i + 1 < format.Length && format[i + 1] == '%')
                {
                    literal.Append('%');
                    i++;
                    continue;
                }
                var directive = ParseDirective(format, ref i);
                if (literal.Length > 0)
                    pieces.Add(Typed(literal.ToString(), Str));
                literal.Clear();
                var (value, annotation) = FormatArgument(next++);
                pieces.Add(ToStr(value, annotation, directive));
            }
            if (literal.Length > 0 || pieces.Count == 0)
                pieces.Add(Typed(literal.ToString(), Str));
            var arrayType = LowLevelTypes.Ptr(BuiltinTypes.ItemsOf(Str));
            var array = Temp(arrayType);
            Emit("malloc_varsize", array, Void(arrayType.Target), Void("gc"), Typed((long)pieces.Count, LowLevelTypes.Signed));
            for (int i = 0; i < pieces.Count; i++)
                Emit("setarrayitem", Temp(LowLevelTypes.Void), array, Typed((long)i, LowLevelTypes.Signed), pieces[i]);
            CallHelper("rstr", "ll_join_strs", result, Typed((long)pieces.Count, LowLevelTypes.Signed), array);
        }

        /// <summary>The directive after the '%' at <paramref name="i"/>, which is left on its conversion.</summary>
        private Directive ParseDirective(string format, ref int i)
        {
            var flags = FormatFlags.None;
            for (i++; i < format.Length; i++)
            {
                var flag = format[i] switch
                {
                    '-' => FormatFlags.LeftAdjust,
                    '+' => FormatFlags.Sign,
                    ' ' => FormatFlags.Blank,
                    '#' => FormatFlags.Alternate,
                    '0' => FormatFlags.ZeroPad,
                    _ => FormatFlags.None,
                };
                if (flag == FormatFlags.None)
                    break;
                flags |= flag;
            }
            int width = Number(format, ref i);
            int precision = -1;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                precision = Number(format, ref i);
            }
            while (i < format.Length && format[i] is 'h' or 'l' or 'L')
                i++;
            if (i >= format.Length || format[i] == '%')
                throw new TyperError(At, $"the format {PyRepr.Of(format)} has an incomplete directive (only '%%' stands for '%')");
            return new Directive(format[i], flags, width, precision);
        }

        /// <summary>The decimal number at <paramref name="i"/> (0 if there is none), skipped.</summary>
        private int Number(string format, ref int i)
        {
            if (i < format.Length && format[i] == '*')
                throw new TyperError(At, $"the format {PyRepr.Of(format)}: a width or precision given as '*' is not supported (write it in the format)");
            int start = i;
            while (i < format.Length && char.IsAsciiDigit(format[i]))
                i++;
            return i == start ? 0 : int.Parse(format.AsSpan(start, i - start), CultureInfo.InvariantCulture);
        }

        /// <summary>Value <paramref name="index"/> of the right side of '%': an item of its tuple (a
        /// constant's item is a constant), or the value itself.</summary>
        private (FlowValue Value, SomeValue Annotation) FormatArgument(int index)
        {
            if (typer.Binding(op.Args[1]) is not SomeTuple tuple)
                return (op.Args[1], typer.Binding(op.Args[1]));
            if (op.Args[1] is Constant { Value: PyTuple constant })
                return (new Constant(constant.Items[index]), tuple.Items[index]);
            var tupleType = (PtrType)typer.TypeOf(op.Args[1], At);
            var field = "item" + index.ToString(CultureInfo.InvariantCulture);
            var item = Temp(((StructType)tupleType.Target).FieldType(field));
            Emit("getfield", item, Arg(1, tupleType), Void(field));
            return (item, tuple.Items[index]);
        }

        /// <summary>A value as the directive shows it.</summary>
        private FlowValue ToStr(FlowValue value, SomeValue annotation, Directive d)
        {
            var text = Temp(Str);
            switch (d.Conversion, annotation)
            {
                case ('s' or 'r', SomeFloat) when d.Plain:
                    Emit("float_repr", text, Convert(value, LowLevelTypes.Float));
                    return text;
                case ('s' or 'r', SomeFloat) or ('e' or 'E' or 'f' or 'F' or 'g' or 'G', SomeFloat or SomeInteger):
                    Emit("float_format", text, Convert(value, LowLevelTypes.Float), Signed(d.Conversion), Signed(d.Precision), Signed((int)d.Flags), Signed(d.Width));
                    return text;
                case ('d' or 'i' or 'u', SomeInteger { Unsigned: false }) when d.Plain:
                    CallHelper("rstr", "ll_int2dec", text, Convert(value, LowLevelTypes.Signed));
                    return text;
                case ('x' or 'X', SomeInteger { Unsigned: false }) when d.Plain:
                    CallHelper("rstr", "ll_int2hex", text, Convert(value, LowLevelTypes.Signed), Typed(d.Conversion == 'X', LowLevelTypes.Bool));
                    return text;
                case ('d' or 'i' or 'u' or 'x' or 'X' or 'o', SomeInteger integer):
                {
                    var type = integer.Unsigned ? LowLevelTypes.Unsigned : LowLevelTypes.Signed;
                    char conversion = d.Conversion is 'i' or 'u' ? 'd' : d.Conversion;
                    CallHelper("rstr", integer.Unsigned ? "ll_format_uint" : "ll_format_int", text, Convert(value, type),
                        Signed(conversion), Signed((int)d.Flags), Signed(d.Width), Signed(d.Precision));
                    return text;
                }
                case ('s' or 'r', SomeBool):
                    CallHelper("rstr", "ll_bool2str", text, Convert(value, LowLevelTypes.Bool));
                    return Padded(text, d);
                case ('s' or 'r', SomeInteger integer):
                    if (integer.Unsigned)
                        CallHelper("rstr", "ll_format_uint", text, Convert(value, LowLevelTypes.Unsigned), Signed('d'), Signed(0), Signed(0), Signed(-1));
                    else
                        CallHelper("rstr", "ll_int2dec", text, Convert(value, LowLevelTypes.Signed));
                    return Padded(text, d);
                case ('s', SomeString):
                    return Padded(Convert(value, Str), d);
                case ('r', SomeString):
                    Emit("str_repr", text, Convert(value, Str));
                    return Padded(text, d);
                case ('s' or 'r', SomeNone):
                    return Padded(Typed("None", Str), d);
                case ('c', SomeString):
                    return Padded(Convert(value, Str), d with { Precision = -1 });
                case ('c', SomeInteger):
                    var ch = Temp(LowLevelTypes.UniChar);
                    CallHelper("rstr", "ll_format_chr", ch, Convert(value, LowLevelTypes.Signed));
                    return Padded(Convert(ch, Str), d with { Precision = -1 });
            }
            throw new TyperError(At, $"%{d.Conversion} of {AnnotationFormatter.FormatType(annotation)} is not supported by the RTyper yet");
        }

        /// <summary>A str cut to the directive's precision and padded with spaces to its width.</summary>
        private FlowValue Padded(FlowValue text, Directive d)
        {
            if (d.Width == 0 && d.Precision < 0)
                return text;
            var padded = Temp(Str);
            CallHelper("rstr", "ll_format_str", padded, text, Signed(d.Width), Signed(d.Precision),
                Typed((d.Flags & FormatFlags.LeftAdjust) != 0, LowLevelTypes.Bool));
            return padded;
        }

        private static Constant Signed(long value) => Typed(value, LowLevelTypes.Signed);
    }
}
