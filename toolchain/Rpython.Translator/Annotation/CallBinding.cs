using Rpython.Translator.Flow;

namespace Rpython.Translator.Annotation;

/// <summary>Where one input of a function's graph comes from at a call (see <see cref="CallBinding"/>).</summary>
internal abstract record ParameterSource
{
    /// <summary>The <see cref="Index"/>-th positional argument (a '*' tuple's items come after the others).</summary>
    public sealed record Positional(int Index) : ParameterSource;

    /// <summary>The value of the <see cref="Index"/>-th keyword argument.</summary>
    public sealed record Keyword(int Index) : ParameterSource;

    /// <summary>The parameter's default, a value made at import time.</summary>
    public sealed record Default(object? Value) : ParameterSource;

    /// <summary>The function's <c>*args</c>: a tuple of these positional arguments.</summary>
    public sealed record Extra(IReadOnlyList<int> Indexes) : ParameterSource;
}

/// <summary>
/// How a call's arguments reach the parameters of a function (RPython's argument.py, used by its
/// annotator and by rtyper/callparse.py): positional arguments fill the positional parameters in
/// order, those left over go to <c>*args</c> as a tuple, keyword arguments go to the parameter of
/// their name, defaults fill the rest. The result lists, for each input of the function's graph in
/// order (positional parameters, then <c>*args</c>, then keyword-only ones), where its value comes
/// from: the annotator binds annotations with it, the RTyper low-level values, so both agree.
/// A call that does not fit the function is an <see cref="AnnotatorError"/> (the RTyper only sees
/// calls the annotator accepted).
/// </summary>
internal static class CallBinding
{
    public static IReadOnlyList<ParameterSource> Bind(PyFunction function, int positionalCount, IReadOnlyList<string> keywordNames)
    {
        if (function.Arguments.KwArg is not null)
            throw new AnnotatorError($"{function.Name}() takes '**{function.Arguments.KwArg.Name}': functions with '**kwargs' are not RPython");
        var positional = function.Arguments.PosOnlyArgs.Concat(function.Arguments.Args).ToList();
        var parameters = positional.Concat(function.Arguments.KwOnlyArgs).ToList();
        bool star = function.Arguments.VarArg is not null;
        if (positionalCount > positional.Count && !star)
            throw new AnnotatorError($"{function.Name}() takes {Plural(positional.Count, "argument")} but {positionalCount} {(positionalCount == 1 ? "was" : "were")} given");
        var bound = new ParameterSource?[parameters.Count];
        for (int i = 0; i < Math.Min(positionalCount, positional.Count); i++)
            bound[i] = new ParameterSource.Positional(i);
        for (int k = 0; k < keywordNames.Count; k++)
        {
            int index = parameters.FindIndex(p => p.Name == keywordNames[k]);
            if (index < 0)
                throw new AnnotatorError($"{function.Name}() got an unexpected keyword argument '{keywordNames[k]}'");
            if (bound[index] is not null)
                throw new AnnotatorError($"{function.Name}() got multiple values for argument '{keywordNames[k]}'");
            bound[index] = new ParameterSource.Keyword(k);
        }
        int firstDefault = positional.Count - function.Defaults.Length;
        for (int i = 0; i < parameters.Count; i++)
        {
            if (bound[i] is not null)
                continue;
            if (i >= positional.Count && function.KeywordDefaults.TryGetValue(parameters[i].Name, out var keywordDefault))
                bound[i] = new ParameterSource.Default(keywordDefault);
            else if (i >= firstDefault && i < positional.Count)
                bound[i] = new ParameterSource.Default(function.Defaults[i - firstDefault]);
            else
                throw new AnnotatorError($"{function.Name}() missing required argument '{parameters[i].Name}'");
        }
        var sources = bound.Select(b => b!).ToList();
        if (star)
            sources.Insert(positional.Count, new ParameterSource.Extra([.. Enumerable.Range(positional.Count, Math.Max(0, positionalCount - positional.Count))]));
        return sources;
    }

    /// <summary>The values of the graph's inputs for <paramref name="sources"/>, from the call's
    /// <paramref name="positional"/> and <paramref name="keywords"/> values; <paramref name="constant"/>
    /// makes a default's value, <paramref name="tuple"/> the *args tuple.</summary>
    public static List<T> Apply<T>(IReadOnlyList<ParameterSource> sources, IReadOnlyList<T> positional, IReadOnlyList<T> keywords,
        Func<object?, T> constant, Func<IReadOnlyList<T>, T> tuple) =>
        [.. sources.Select(source => source switch
        {
            ParameterSource.Positional p => positional[p.Index],
            ParameterSource.Keyword k => keywords[k.Index],
            ParameterSource.Default d => constant(d.Value),
            ParameterSource.Extra e => tuple([.. e.Indexes.Select(i => positional[i])]),
            _ => throw new InvalidOperationException("unknown parameter source " + source),
        })];

    private static string Plural(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
