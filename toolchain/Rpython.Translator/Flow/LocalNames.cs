using System.Collections.Immutable;
using Rpython.Translator.Syntax;
using Attribute = Rpython.Translator.Syntax.Attribute;

namespace Rpython.Translator.Flow;

/// <summary>Python's scoping rule: a name a function binds anywhere in its body is local to all of it;
/// every other name it uses is global. Nested scopes (def, class, lambda, comprehensions) are not entered.</summary>
internal static class LocalNames
{
    public static HashSet<string> Of(Arguments args, ImmutableArray<Stmt> body)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in args.PosOnlyArgs.Concat(args.Args).Concat(args.KwOnlyArgs).Append(args.VarArg).Append(args.KwArg))
        {
            if (a is not null)
                names.Add(a.Name);
        }
        names.UnionWith(AssignedIn(body));
        return names;
    }

    public static IEnumerable<string> AssignedIn(ImmutableArray<Stmt> body) => body.SelectMany(AssignedIn);

    private static IEnumerable<string> AssignedIn(Stmt stmt) => stmt switch
    {
        Assign a => a.Targets.SelectMany(Targets),
        AugAssign a => Targets(a.Target),
        AnnAssign a => Targets(a.Target),
        For f => Targets(f.Target).Concat(AssignedIn(f.Body)).Concat(AssignedIn(f.Orelse)),
        AsyncFor f => Targets(f.Target).Concat(AssignedIn(f.Body)).Concat(AssignedIn(f.Orelse)),
        While w => AssignedIn(w.Body).Concat(AssignedIn(w.Orelse)),
        If i => AssignedIn(i.Body).Concat(AssignedIn(i.Orelse)),
        With w => w.Items.SelectMany(item => item.OptionalVars is null ? [] : Targets(item.OptionalVars)).Concat(AssignedIn(w.Body)),
        Try t => AssignedIn(t.Body).Concat(t.Handlers.SelectMany(h => (h.Name is null ? [] : new[] { h.Name }).Concat(AssignedIn(h.Body))))
            .Concat(AssignedIn(t.Orelse)).Concat(AssignedIn(t.Finalbody)),
        FunctionDef f => [f.Name],
        AsyncFunctionDef f => [f.Name],
        ClassDef c => [c.Name],
        Import i => i.Names.Select(n => n.AsName ?? n.Name.Split('.')[0]),
        ImportFrom i => i.Names.Select(n => n.AsName ?? n.Name),
        Delete d => d.Targets.SelectMany(Targets),
        Match m => m.Cases.SelectMany(c => AssignedIn(c.Body)),
        _ => [],
    };

    /// <summary>An assignment target read as a value (the left side of <c>x += 1</c> is read first).</summary>
    public static Expr AsLoad(Expr target) => target switch
    {
        Name n => n with { Ctx = ExprContext.Load },
        Attribute a => a with { Ctx = ExprContext.Load },
        Subscript s => s with { Ctx = ExprContext.Load },
        _ => target,
    };

    public static IEnumerable<string> Targets(Expr target) => target switch
    {
        Name n => [n.Id],
        TupleExpr t => t.Elts.SelectMany(Targets),
        ListExpr l => l.Elts.SelectMany(Targets),
        Starred s => Targets(s.Value),
        _ => [],
    };
}
