using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Rpython.Translator.Diagnostics;
using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Backend;

// The C# backend's code generator (RPython's translator/c/funcgen.py, DESIGN.md decision 9): turns
// the low-level graphs the RTyper produced, after the exception transform, into one C# compilation
// unit: the structs of their low-level types (CSharpTypes), the image of their prebuilt objects
// (PrebuiltHeap), and a static class with one static method per graph.
//
// - Names are stable and readable: a method is named after the graph's module and qualified name
//   (loops_and_recursion.fib → loops_and_recursion_fib), made a valid identifier and unique (a
//   clash gets _2, _3... in graph order); a local is named as in the graph dumps (n_0, v_12: the
//   variable's prefix and its number in order of definition), skipping names already taken.
// - Variables that are never live at once share a local (LocalSlots), declared at the top of the
//   method, initialised to default, and named after its first variable; the start block's input
//   variables are the parameters. Blocks become labels (a label only where some link jumps to),
//   operations become statements (CSharpOperations), a link becomes assignments to the target's
//   input variables followed by goto; an assignment of a local to itself is left out. The
//   assignments are a parallel copy: when a source is overwritten before it is read (a link carrying
//   a block's own inputs around a loop), they are ordered, and a cycle is broken with a temporary.
// - A chain of blocks that each only compare one value with another constant (an interpreter's
//   `if op == A: ... elif op == B: ...`), where each next test is reached only from the one before
//   and with the same locals, is one C# switch (RPython's merge_if_blocks, done here): RyuJIT makes
//   it a jump table instead of a test per case. The chain's later blocks are not emitted.
// - A link is one line: its copies and its goto, or 'return v;' for a link to the return block.
//   A bool exit switch is 'if (v) { <true link> }' followed by the false link.
// - A Void value has no storage: its variables are not declared, a Void argument or parameter is
//   left out, and a graph returning Void is a void method (a call to it is a statement).
// - Exceptions are explicit (Transform/ExceptionTransform.cs): the graphs test exc_data after what
//   can raise; the standard exceptions that operations raise are stored by one small method each
//   (rpyexc_raise_OverflowError...), emitted from the ExceptionData.
// - Before each block, a comment names its source line (and shows it); before each statement, a
//   '#line N "file"' directive maps it to the RPython source (file relative to the source root),
//   so a .NET stack trace or debugger shows the interpreter author's file and line. A statement
//   with no source position is '#line hidden'; each method ends with '#line default'.
//
// Invariants: the output depends only on the graphs, their order and the source root (no hash
// order, no culture: identical input gives byte-identical text); the graphs are not modified.
// What the backend does not support yet is a BackendError.

/// <summary>The emitted C# of a program, and the method each graph became.</summary>
/// <param name="HasPrebuiltObjects">Whether the class Prebuilt exists (with its roots for a framework GC).</param>
internal sealed record CSharpUnit(string Source, IReadOnlyDictionary<FunctionGraph, string> MethodNames, bool HasPrebuiltObjects = false)
{
    public const string Namespace = "Rpython.Generated";

    public const string ClassName = "RpythonProgram";

    /// <summary>The full name of the emitted class, for reflection.</summary>
    public const string TypeName = Namespace + "." + ClassName;
}

/// <summary>Emits a set of low-level graphs as one C# compilation unit (see the file header).</summary>
internal sealed class CSharpEmitter
{
    private readonly string _sourceRoot;
    private readonly ExceptionData _exceptions;
    private readonly Dictionary<FunctionGraph, string> _methodNames = [];
    private readonly CSharpTypes _types = new();
    private readonly TypeLayoutTable _typeIds;
    private readonly PrebuiltHeap _prebuilt;
    private readonly CSharpGc _gc;
    private readonly SortedSet<string> _externalsUsed = new(StringComparer.Ordinal);

    private static readonly HashSet<string> s_externals = new(CSharpExternals.Operations, StringComparer.Ordinal);

    // Taken by the classes, what the code refers to, and the methods: never the name of a local.
    private readonly HashSet<string> _globalNames = new(StringComparer.Ordinal) { CSharpUnit.ClassName, PrebuiltHeap.ClassName, "System", "Rpython" };

    private CSharpEmitter(string sourceRoot, ExceptionData exceptions, TypeLayoutTable typeIds, CSharpGc gc)
    {
        _sourceRoot = sourceRoot;
        _exceptions = exceptions;
        _typeIds = typeIds;
        _gc = gc;
        _prebuilt = new PrebuiltHeap(_types, typeIds, gc);
    }

    /// <summary>Emits <paramref name="graphs"/> (the RTyper's output after the exception transform,
    /// every callee included), in this order. <c>#line</c> directives name source files relative to
    /// <paramref name="sourceRoot"/>; GC types get their ids from <paramref name="typeIds"/>; objects are
    /// allocated by <paramref name="gc"/> (--gc=none when not given).</summary>
    public static CSharpUnit Emit(IReadOnlyList<FunctionGraph> graphs, string sourceRoot, ExceptionData exceptions, TypeLayoutTable typeIds, CSharpGc? gc = null) =>
        new CSharpEmitter(sourceRoot, exceptions, typeIds, gc ?? CSharpGc.None).Run(graphs);

    private CSharpUnit Run(IReadOnlyList<FunctionGraph> graphs)
    {
        foreach (var graph in graphs)
        {
            _methodNames.Add(graph, CSharpNames.Unique(CSharpNames.Identifier(graph.ModuleName + "." + graph.Name), _globalNames));
            AddTypes(graph);
        }
        _types.Add(LowLevelTypes.Ptr(_exceptions.StateType));
        _prebuilt.Include(_exceptions.State, LowLevelTypes.Ptr(_exceptions.StateType));
        foreach (var (_, vtable, instance) in _exceptions.StandardExceptionInstances)
        {
            _prebuilt.Include(instance, LowLevelTypes.Ptr(instance.Type));
            _prebuilt.Include(vtable, _exceptions.TypePointer);
        }
        var methods = new StringBuilder();
        for (int i = 0; i < graphs.Count; i++)
        {
            if (i > 0)
                methods.Append('\n');
            new MethodEmitter(this, graphs[i]).Emit(methods);
        }
        EmitRaiseMethods(methods);
        CSharpExternals.Emit(methods, _externalsUsed, _types, _typeIds, _gc);
        var text = new StringBuilder();
        text.Append("// <auto-generated/>\n")
            .Append(CultureInfo.InvariantCulture, $"// Emitted by the toolchain's C# backend: the program's low-level types, its prebuilt objects, and one static method per low-level graph ({graphs.Count}). Do not edit.\n")
            .Append("#pragma warning disable CS0649, CS8500 // fields set through pointers; pointers to structs with pointers\n")
            .Append('\n')
            .Append("using System;\n")
            .Append("using System.Runtime.InteropServices;\n")
            .Append('\n')
            .Append("namespace ").Append(CSharpUnit.Namespace).Append(";\n")
            .Append('\n');
        _types.EmitDeclarations(text);
        if (!_prebuilt.IsEmpty)
        {
            _prebuilt.Emit(text, _methodNames);
            text.Append('\n');
        }
        text.Append("public static unsafe class ").Append(CSharpUnit.ClassName).Append('\n')
            .Append("{\n")
            .Append(methods)
            .Append("}\n");
        return new CSharpUnit(text.ToString(), _methodNames, !_prebuilt.IsEmpty);
    }

    /// <summary>Registers the types of every value of a graph (and the types its operations name).</summary>
    private void AddTypes(FunctionGraph graph)
    {
        foreach (var block in graph.Blocks())
        {
            foreach (var v in block.InputArgs)
                _types.Add(v.ConcreteType);
            foreach (var op in block.Operations)
            {
                if (s_externals.Contains(op.OpName))
                    _externalsUsed.Add(op.OpName);
                _types.Add(op.Result.ConcreteType);
                foreach (var arg in op.Args)
                {
                    AddType(arg);
                    if (arg is Constant { Value: LowLevelType named, ConcreteType: PrimitiveType { Kind: PrimitiveKind.Void } })
                        _types.Add(named);
                }
            }
            foreach (var arg in block.Exits.SelectMany(l => l.Args))
                AddType(arg);
        }
    }

    /// <summary>The name of the method that returns the class name of the exception in flight (null
    /// if none) and clears exc_data: the entry glue reports an exception that escapes the entry point.</summary>
    public const string EscapedExceptionMethod = "rpyexc_fetch_escaped";

    /// <summary>Registers a value's type, and a prebuilt object's (with all it reaches) in the image.</summary>
    private void AddType(FlowValue value)
    {
        _types.Add(value.ConcreteType);
        if (value is Constant { ConcreteType: PtrType { Target: not FuncType } pointer, Value: { } prebuilt } && prebuilt is string or LLObject or LLArray or ClassInfo)
            _prebuilt.Include(prebuilt, pointer);
    }

    /// <summary>One method per standard exception, storing its class and prebuilt instance into
    /// exc_data; and the method that names the exception in flight, for the entry glue.</summary>
    private void EmitRaiseMethods(StringBuilder text)
    {
        var state = _prebuilt.Reference(_exceptions.State, LowLevelTypes.Ptr(_exceptions.StateType));
        text.Append('\n')
            .Append("    // The class name of the exception in flight, null if none; clears it (the entry glue reports one that escapes).\n")
            .Append("    public static string ").Append(EscapedExceptionMethod).Append("()\n")
            .Append("    {\n")
            .Append("        var type = ").Append(state).Append("->exc_type;\n")
            .Append("        ").Append(state).Append("->exc_type = null;\n")
            .Append("        ").Append(state).Append("->exc_value = null;\n")
            .Append("        if (type == null)\n")
            .Append("            return null;\n")
            .Append("        switch (type->subclassrange_min)\n")
            .Append("        {\n");
        foreach (var vtable in _exceptions.Classes)
            text.Append(CultureInfo.InvariantCulture, $"            case {vtable.Range.Min}: return \"{ExceptionData.ShortName(vtable)}\";\n");
        text.Append("            default: return \"?\";\n")
            .Append("        }\n")
            .Append("    }\n");
        foreach (var (name, vtable, instance) in _exceptions.StandardExceptionInstances)
        {
            var value = _prebuilt.Reference(instance, LowLevelTypes.Ptr(instance.Type));
            text.Append('\n')
                .Append("    // raises the standard exception ").Append(name).Append(" (operations raise it: ExceptionData)\n")
                .Append("    public static void ").Append(CSharpOperations.RaiseMethod(name)).Append("()\n")
                .Append("    {\n")
                .Append("        ").Append(state).Append("->exc_type = ").Append(_prebuilt.Reference(vtable, _exceptions.TypePointer)).Append(";\n")
                .Append("        ").Append(state).Append("->exc_value = (").Append(_types.Of(_exceptions.ValuePointer)).Append(')').Append(value).Append(";\n")
                .Append("    }\n");
        }
    }

    /// <summary>A source file's path as <c>#line</c> and comments name it: relative to the source
    /// root, with '/' separators (a module embedded in the toolchain, such as rpython/rtyper/rlist.py,
    /// by its own path); the characters a <c>#line</c> file name cannot hold become '_'.</summary>
    private string SourcePath(SourceText source) =>
        OneLine((source.IsEmbedded ? source.Path : Path.GetRelativePath(_sourceRoot, Path.GetFullPath(source.Path))).Replace('\\', '/'), '_').Replace('"', '_');

    /// <summary><paramref name="text"/> with every character C# takes for a line break replaced.</summary>
    private static string OneLine(string text, char replacement)
    {
        foreach (char lineBreak in "\r\n\u0085\u2028\u2029")
            text = text.Replace(lineBreak, replacement);
        return text;
    }

    /// <summary>A C# expression for a constant: a literal (a negative one parenthesised, so that every
    /// operand is an atom), null, or a prebuilt object's property.</summary>
    private string Literal(Constant constant, SourceLocation? at) => (constant.ConcreteType, constant.Value) switch
    {
        (PrimitiveType { Kind: PrimitiveKind.Signed or PrimitiveKind.SignedLongLong }, long value) =>
            value == long.MinValue ? "long.MinValue" : Parenthesized(value.ToString(CultureInfo.InvariantCulture) + "L"),
        (PrimitiveType { Kind: PrimitiveKind.Unsigned or PrimitiveKind.UnsignedLongLong }, ulong value) => value.ToString(CultureInfo.InvariantCulture) + "UL",
        (PrimitiveType { Kind: PrimitiveKind.Float }, double value) => FloatLiteral(value),
        (PrimitiveType { Kind: PrimitiveKind.Bool }, bool value) => value ? "true" : "false",
        (PrimitiveType { Kind: PrimitiveKind.Char }, byte value) => "(byte)" + value.ToString(CultureInfo.InvariantCulture),
        (PrimitiveType { Kind: PrimitiveKind.UniChar }, int value) => Parenthesized(value.ToString(CultureInfo.InvariantCulture)),
        (PtrType or PrimitiveType { Kind: PrimitiveKind.Address }, null) => "null",
        (PtrType { Target: FuncType } pointer, FunctionGraph graph) =>
            "(" + _types.Of(pointer) + ")&" + CSharpUnit.ClassName + "." + (_methodNames.TryGetValue(graph, out var method) ? method
                : throw new BackendError(at, $"a pointer to {graph}, which is not among the graphs emitted")),
        (PtrType pointer, { } value) when value is string or LLObject or LLArray or ClassInfo => _prebuilt.Reference(value, pointer),
        _ => throw new BackendError(at, $"the constant {PyRepr.Of(constant.Value)} of low-level type {constant.ConcreteType?.ToString() ?? "(none)"} is not supported by the C# backend yet"),
    };

    /// <summary>The shortest text that reads back as the same double.</summary>
    private static string FloatLiteral(double value)
    {
        if (double.IsNaN(value))  // its bits: math.nan's sign bit is clear, double.NaN's is set
            return string.Create(CultureInfo.InvariantCulture, $"System.BitConverter.UInt64BitsToDouble(0x{BitConverter.DoubleToUInt64Bits(value):X}UL)");
        if (double.IsInfinity(value))
            return value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
        if (value == 0 && double.IsNegative(value))
            return "(-0.0)";
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
            text += ".0";
        return Parenthesized(text);
    }

    private static string Parenthesized(string literal) => literal.StartsWith('-') ? "(" + literal + ")" : literal;

    /// <summary>The C# type of a value of <paramref name="type"/> ("void" for Void).</summary>
    private string CSharpType(LowLevelType? type, SourceLocation? at) => type is null
        ? throw new BackendError(at, "a value has no low-level type: the graph was not lowered by the RTyper")
        : _types.Of(type);

    private static bool IsVoid(FlowValue value) => value.ConcreteType is PrimitiveType { Kind: PrimitiveKind.Void };

    /// <summary>A move of a parallel copy: <see cref="Target"/> receives <see cref="Text"/>, which
    /// reads the local <see cref="Source"/> (null for a constant or a temporary).</summary>
    private sealed record Move(string Target, string Type, string? Source, string Text);

    /// <summary>Emits one graph as one method.</summary>
    private sealed class MethodEmitter(CSharpEmitter emitter, FunctionGraph graph)
    {
        private const string Indent = "        ";

        /// <summary>The number of operations up to which a graph asks the CLR's JIT to inline it
        /// (measured on the BF interpreter: bench_small.b 1.6 s → 0.8 s).</summary>
        private const int AggressiveInliningLimit = 40;

        private readonly Dictionary<Variable, string> _names = [];
        private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);
        private readonly HashSet<string> _taken = new(emitter._globalNames, StringComparer.Ordinal);
        private readonly List<(string Type, string Name)> _locals = [];
        private readonly List<(string Type, string Name)> _temporaries = [];
        private readonly Dictionary<string, List<string>> _temporariesByType = new(StringComparer.Ordinal);
        private readonly Dictionary<Block, string> _labels = [];
        private readonly HashSet<Block> _jumpTargets = [];
        private readonly Dictionary<Block, SwitchChain> _switches = [];
        private readonly HashSet<Block> _inSwitches = [];
        private readonly CodeWriter _body = new(emitter);
        private bool _unreachableCodeAllowed;

        public void Emit(StringBuilder text)
        {
            var blocks = graph.Blocks().Where(b => b != graph.ReturnBlock && b != graph.ExceptBlock).ToList();
            for (int i = 0; i < blocks.Count; i++)
                _labels[blocks[i]] = "block" + i.ToString(CultureInfo.InvariantCulture);
            var parameters = graph.StartBlock.InputArgs;
            NameLocals(blocks);
            foreach (var block in blocks)
            {
                foreach (var link in block.Exits)
                {
                    if (link.Target == graph.ExceptBlock)
                        throw new BackendError(link.Location ?? graph.Location, $"{graph} links to its except block: run the exception transform before the backend");
                    if (link.Target != graph.ReturnBlock)
                        _jumpTargets.Add(link.Target!);
                }
            }
            FindSwitchChains(blocks);
            for (int i = 0; i < blocks.Count; i++)
            {
                if (!_inSwitches.Contains(blocks[i]))
                    EmitBlock(blocks[i], _labels[blocks[i]]);
            }
            if (_unreachableCodeAllowed)
                _body.Line("#pragma warning restore CS0162");
            string body = _body.Finish();

            string returnType = emitter.CSharpType(graph.ReturnBlock.InputArgs[0].ConcreteType, graph.Location);
            string parameterList = string.Join(", ", parameters.Where(p => !IsVoid(p)).Select(p => emitter.CSharpType(p.ConcreteType, graph.Location) + " " + _names[p]));
            text.Append("    // ").Append(graph.ModuleName).Append('.').Append(graph.Name);
            if (graph.Location is { } location)
                text.Append(", ").Append(emitter.SourcePath(location.Source)).Append(':').Append(location.Line.ToString(CultureInfo.InvariantCulture));
            text.Append('\n');
            // Small graphs (the ll helpers: str indexing, list append, dict lookup...) are worth inlining
            // into their callers, which the CLR's JIT does not do by itself for methods of this shape.
            if (graph.IsCold)
                text.Append("    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]\n");
            else if (graph.Blocks().Sum(b => b.Operations.Count) <= AggressiveInliningLimit)
                text.Append("    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]\n");
            text.Append("    public static ").Append(returnType).Append(' ').Append(emitter._methodNames[graph]).Append('(').Append(parameterList).Append(")\n")
                .Append("    {\n");
            // The declarations belong to the def line: optimised code may report a fault there.
            var declared = DeclaredLocals(blocks).Concat(_temporaries).ToList();
            if (declared.Count > 0 && graph.Location is { } defined)
                text.Append(CultureInfo.InvariantCulture, $"#line {defined.Line} \"{emitter.SourcePath(defined.Source)}\"\n");
            foreach (var (type, name) in declared)
                text.Append(Indent).Append(type).Append(' ').Append(name).Append(" = default;\n");
            if (declared.Count > 0)
                text.Append('\n');
            text.Append(body).Append("    }\n");
        }

        /// <summary>Gives each non-Void variable the name of its slot (LocalSlots). A slot is named
        /// after its first variable, in order of definition as the graph dumps do; a slot that is not
        /// a parameter becomes a local.</summary>
        private void NameLocals(List<Block> blocks)
        {
            var slots = LocalSlots.Allocate(blocks, v => IsVoid(v) ? null : emitter.CSharpType(v.ConcreteType, graph.Location));
            var slotNames = new List<string>(slots.Slots.Count);
            foreach (var slot in slots.Slots)
            {
                string name = LocalName(CSharpNames.Identifier(slot.Representative.Prefix));
                slotNames.Add(name);
                if (!slot.IsParameter)
                    _locals.Add((slot.Type, name));
            }
            foreach (var block in blocks)
            {
                foreach (var v in block.InputArgs.Concat(block.Operations.Select(op => op.Result)))
                {
                    if (!IsVoid(v))
                        _names[v] = slotNames[slots.SlotOf(v)];
                }
            }
        }

        /// <summary>The locals that some emitted statement defines: all but those only the tests a
        /// switch replaces defined (the operations of its blocks are not emitted).</summary>
        private IEnumerable<(string Type, string Name)> DeclaredLocals(List<Block> blocks)
        {
            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var block in blocks)
            {
                var emitted = _switches.ContainsKey(block) || _inSwitches.Contains(block) ? block.InputArgs : block.InputArgs.Concat(block.Operations.Select(op => op.Result));
                defined.UnionWith(emitted.Where(v => !IsVoid(v)).Select(v => _names[v]));
            }
            return _locals.Where(local => defined.Contains(local.Name));
        }

        private string LocalName(string prefix)
        {
            _counters.TryGetValue(prefix, out int n);
            string name;
            do
            {
                name = prefix + "_" + n.ToString(CultureInfo.InvariantCulture);
                n++;
            }
            while (_taken.Contains(name)); // never a keyword: no keyword ends in _N
            _counters[prefix] = n;
            _taken.Add(name);
            return name;
        }

        private string Name(Variable v, SourceLocation? at)
        {
            if (IsVoid(v))
                throw new BackendError(at, $"the Void variable {v} has no storage but is used as a value (in {graph})");
            return _names.TryGetValue(v, out var name) ? name : throw new BackendError(at, $"the variable {v} is used but not defined (in {graph})");
        }

        private CSharpOperand Operand(FlowValue value, SourceLocation? at) => value switch
        {
            Constant c when IsVoid(c) => new CSharpOperand("", c.Value, IsConstant: true, c.ConcreteType),
            Constant c => new CSharpOperand(emitter.Literal(c, at), c.Value, IsConstant: true, c.ConcreteType),
            Variable v when IsVoid(v) => new CSharpOperand("", null, IsConstant: false, v.ConcreteType),
            Variable v => new CSharpOperand(Name(v, at), null, IsConstant: false, v.ConcreteType),
            _ => throw new BackendError(at, $"unexpected value {value}"),
        };

        private void EmitBlock(Block block, string label)
        {
            var at = block.Operations.Select(op => op.Location).FirstOrDefault(l => l is not null) ?? block.Exits.Select(l => l.Location).FirstOrDefault(l => l is not null);
            var comment = new StringBuilder("    // ").Append(label);
            if (at is { } location)
            {
                comment.Append(": ").Append(emitter.SourcePath(location.Source)).Append(':').Append(location.Line.ToString(CultureInfo.InvariantCulture));
                string source = OneLine(location.Source.LineText(location.Line - 1), ' ').Trim();
                if (source.Length > 0)
                    comment.Append("  ").Append(source.Length > 80 ? source[..77] + "..." : source);
            }
            if (block != graph.StartBlock)
                _body.Line("");
            _body.Line(comment.ToString());
            if (_jumpTargets.Contains(block))
                _body.Line("    " + label + ":");
            if (_switches.TryGetValue(block, out var chain))
            {
                EmitSwitch(chain);
                return;
            }
            foreach (var op in block.Operations)
                EmitOperation(op);
            EmitExits(block);
        }

        /// <summary>The fewest cases for which a chain of tests becomes a switch.</summary>
        private const int SwitchMinimumCases = 4;

        /// <summary>A chain of equality tests of one local (see the file header): each case's link
        /// (the true exit of its test), and the false exit of the last test.</summary>
        private sealed record SwitchChain(Variable Subject, List<(Constant Value, Link Link)> Cases, Link Default);

        private void FindSwitchChains(List<Block> blocks)
        {
            var predecessors = new Dictionary<Block, int> { [graph.StartBlock] = 1 };
            foreach (var link in blocks.SelectMany(b => b.Exits))
                predecessors[link.Target!] = predecessors.GetValueOrDefault(link.Target!) + 1;
            foreach (var head in blocks)
            {
                if (_inSwitches.Contains(head) || EqualityTest(head) is not { } test)
                    continue;
                var subject = test.Subject;
                var cases = new List<(Constant, Link)> { (test.Value, head.Exits[1]) };
                var values = new HashSet<object?> { test.Value.Value };
                var chained = new List<Block>();
                var last = head;
                while (last.Exits[0] is var onFalse && onFalse.Target is { } next && next != graph.ReturnBlock
                    && predecessors[next] == 1 && !_switches.ContainsKey(next) && EqualityTest(next) is { } nextTest
                    && Name(nextTest.Subject, null) == Name(subject, null) && values.Add(nextTest.Value.Value) && CopiesNothing(onFalse))
                {
                    cases.Add((nextTest.Value, next.Exits[1]));
                    chained.Add(next);
                    last = next;
                }
                if (cases.Count < SwitchMinimumCases)
                    continue;
                _switches[head] = new SwitchChain(subject, cases, last.Exits[0]);
                _inSwitches.UnionWith(chained);
            }
        }

        /// <summary>The local and the constant of a block that only tests <c>local == constant</c>
        /// (and copies the result, as the truth test of an unoptimised graph does).</summary>
        private static (Variable Subject, Constant Value)? EqualityTest(Block block)
        {
            var op = block.Operations switch
            {
                [{ OpName: "int_eq" } test] when block.ExitSwitch == test.Result => test,
                [{ OpName: "int_eq" } test, { OpName: "same_as" } copy] when copy.Args[0] == test.Result && block.ExitSwitch == copy.Result => test,
                _ => null,
            };
            if (op is null || block.Exits.Any(l => l.Args.Contains(op.Result) || l.Args.Contains(block.ExitSwitch!)))
                return null;
            return op.Args switch
            {
                [Variable v, Constant { Value: long } c] => (v, c),
                [Constant { Value: long } c, Variable v] => (v, c),
                _ => null,
            };
        }

        /// <summary>Whether a link's copies are all of a local to itself (so its target's tests and
        /// links read the same locals as its source's).</summary>
        private bool CopiesNothing(Link link) =>
            link.Target!.InputArgs.Select((input, i) => IsVoid(input) || link.Args[i] is Variable v && Name(v, link.Location) == Name(input, link.Location)).All(same => same);

        private void EmitSwitch(SwitchChain chain)
        {
            var at = chain.Cases[0].Link.PrevBlock.Operations[0].Location;
            _body.Statement(Indent + "switch (" + Name(chain.Subject, at) + ")", at);
            _body.Line(Indent + "{");
            foreach (var (value, link) in chain.Cases)
                EmitCase("case " + emitter.Literal(value, at) + ": ", link, link.PrevBlock.Operations[0].Location);
            EmitCase("default: ", chain.Default, chain.Default.PrevBlock.Operations[0].Location);
            _body.Line(Indent + "}");
        }

        private void EmitCase(string label, Link link, SourceLocation? at)
        {
            var code = LinkCode(link);
            _body.Statement(Indent + "    " + label + (code.Count == 1 ? code[0] : "{ " + string.Join(" ", code) + " }"), at);
        }

        private void EmitOperation(SpaceOperation op)
        {
            if (op.OpName == "direct_call")
            {
                EmitCall(op);
                return;
            }
            if (op.OpName == "indirect_call")
            {
                // The last argument lists the graphs the pointer may point to: only the analyses read it.
                var args = op.Args.Skip(1).SkipLast(1).Where(a => !IsVoid(a)).Select(a => Operand(a, op.Location).Text);
                string call = Operand(op.Args[0], op.Location).Text + "(" + string.Join(", ", args) + ")";
                _body.Statement(Indent + (IsVoid(op.Result) ? call : Name(op.Result, op.Location) + " = " + call) + ";", op.Location);
                return;
            }
            if (!CSharpOperations.TryGet(op.OpName, out var statement))
            {
                throw new BackendError(op.Location, LowLevelOperations.TryGet(op.OpName, out _)
                    ? $"the C# backend does not emit the low-level operation '{op.OpName}' yet (in {graph})"
                    : $"'{op.OpName}' is not a low-level operation (in {graph})");
            }
            var operation = new CSharpOperation(IsVoid(op.Result) ? null : Name(op.Result, op.Location), [.. op.Args.Select(a => Operand(a, op.Location))],
                op.Result.ConcreteType!, emitter._types, emitter._typeIds, emitter._gc);
            string code = statement(operation);
            if (code.Length == 0)
                return;
            if (code.Contains(CSharpOperations.ThrowDivideByZero, StringComparison.Ordinal) && !_unreachableCodeAllowed)
            {
                _body.Line("#pragma warning disable CS0162 // the code after an operation that always raises is unreachable");
                _unreachableCodeAllowed = true;
            }
            _body.Statement(Indent + code, op.Location);
        }

        private void EmitCall(SpaceOperation op)
        {
            if (op.Args[0] is not Constant { Value: FunctionGraph callee })
                throw new BackendError(op.Location, $"direct_call of {op.Args[0]}, which is not a constant graph (in {graph})");
            if (!emitter._methodNames.TryGetValue(callee, out var method))
                throw new BackendError(op.Location, $"{graph} calls {callee}, which is not among the graphs emitted");
            var args = op.Args.Skip(1).Where(a => !IsVoid(a)).Select(a => Operand(a, op.Location).Text);
            string call = method + "(" + string.Join(", ", args) + ")";
            _body.Statement(Indent + (IsVoid(op.Result) ? call : Name(op.Result, op.Location) + " = " + call) + ";", op.Location);
        }

        /// <summary>The exits of a block, mapped to where the block decides: its last operation (the
        /// condition of an if or a while), or the statement its link comes from.</summary>
        private void EmitExits(Block block)
        {
            var at = block.Operations.Count > 0 ? block.Operations[^1].Location : block.Exits[0].Location;
            switch (block.ExitSwitch)
            {
                case null:
                    EmitLink(block.Exits[0], at);
                    break;
                case Constant when block.CatchesExceptions:
                    throw new BackendError(at, $"{graph} has a block that catches exceptions: run the exception transform before the backend");
                case Variable v when v.ConcreteType is PrimitiveType { Kind: PrimitiveKind.Bool } && block.Exits.Count == 2:
                    var whenTrue = LinkCode(block.Exits.Single(l => l.ExitCase is true));
                    _body.Statement(Indent + "if (" + Name(v, at) + ") " + (whenTrue.Count == 1 ? whenTrue[0] : "{ " + string.Join(" ", whenTrue) + " }"), at);
                    EmitLink(block.Exits.Single(l => l.ExitCase is false), at);
                    break;
                default:
                    throw new BackendError(at, $"a switch on {block.ExitSwitch} ({block.ExitSwitch.ConcreteType}) is not supported by the C# backend yet (in {graph})");
            }
        }

        /// <summary>A link as one line: the copies and the jump, like the source's <c>a, b = b, a % b</c>.</summary>
        private void EmitLink(Link link, SourceLocation? at) => _body.Statement(Indent + string.Join(" ", LinkCode(link)), at);

        /// <summary>The statements that follow a link: <c>return v;</c>, or the parallel copy into the
        /// target's input variables (ordered so that no source is overwritten before it is read, a
        /// cycle broken with a temporary) and <c>goto</c>.</summary>
        private List<string> LinkCode(Link link)
        {
            var target = link.Target!;
            var at = link.Location;
            if (target == graph.ReturnBlock)
                return [IsVoid(target.InputArgs[0]) ? "return;" : "return " + Operand(link.Args[0], at).Text + ";"];
            var moves = new List<Move>();
            for (int i = 0; i < target.InputArgs.Count; i++)
            {
                var input = target.InputArgs[i];
                if (IsVoid(input))
                    continue;
                string targetName = Name(input, at);
                string? source = link.Args[i] is Variable v ? Name(v, at) : null;
                if (source != targetName)
                    moves.Add(new Move(targetName, emitter.CSharpType(input.ConcreteType, at), source, Operand(link.Args[i], at).Text));
            }
            var code = new List<string>();
            var temporariesUsed = new Dictionary<string, int>(StringComparer.Ordinal);
            while (moves.Count > 0)
            {
                int ready = moves.FindIndex(m => !moves.Exists(other => other.Source == m.Target));
                if (ready >= 0)
                {
                    code.Add(moves[ready].Target + " = " + moves[ready].Text + ";");
                    moves.RemoveAt(ready);
                    continue;
                }
                // Every remaining target is still to be read: save one, and read the copy instead.
                var saved = moves[0].Target;
                string temporary = Temporary(moves[0].Type, temporariesUsed);
                code.Add(temporary + " = " + saved + ";");
                moves = [.. moves.Select(m => m.Source == saved ? m with { Source = null, Text = temporary } : m)];
            }
            code.Add("goto " + _labels[target] + ";");
            return code;
        }

        /// <summary>A temporary of a C# type, shared between links: the n-th one a link uses.</summary>
        private string Temporary(string type, Dictionary<string, int> usedByThisLink)
        {
            usedByThisLink.TryGetValue(type, out int index);
            usedByThisLink[type] = index + 1;
            if (!_temporariesByType.TryGetValue(type, out var pool))
                _temporariesByType[type] = pool = [];
            if (index == pool.Count)
            {
                string name = LocalName("tmp");
                pool.Add(name);
                _temporaries.Add((type, name));
            }
            return pool[index];
        }
    }

    /// <summary>The body of a method, line by line, with the <c>#line</c> directives that map its
    /// statements to the RPython source. A directive precedes every mapped statement, even when the
    /// line after the previous one would be mapped right by counting: the text reads unambiguously.</summary>
    private sealed class CodeWriter(CSharpEmitter emitter)
    {
        private readonly StringBuilder _text = new();
        private bool _mapped;
        private bool _hidden;

        /// <summary>A line that is not a statement: a comment, a label, a pragma, an empty line.</summary>
        public void Line(string text) => _text.Append(text).Append('\n');

        public void Statement(string text, SourceLocation? at)
        {
            if (at is { } location)
            {
                _text.Append(CultureInfo.InvariantCulture, $"#line {location.Line} \"{emitter.SourcePath(location.Source)}\"\n");
                _mapped = true;
                _hidden = false;
            }
            else if (_mapped && !_hidden)
            {
                _text.Append("#line hidden\n");
                _hidden = true;
            }
            Line(text);
        }

        public string Finish()
        {
            if (_mapped)
                _text.Append("#line default\n");
            return _text.ToString();
        }
    }
}
