using System.Globalization;
using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// Calls (RPython's rpbc.py and callparse.py): of functions known at translation time, of methods, of
// classes (allocation, then __init__), with positional, keyword and '*' arguments bound to the
// callee's parameters as the annotator bound them (CallBinding), defaults as constants; and the JIT
// driver's markers and hints, which become jit_marker and hint operations.

internal sealed partial class RTyper
{
    private sealed partial class LowLevelOps
    {
        /// <summary>The call's arguments after the callee: the positional ones (a '*' tuple's items
        /// read after the others) and the keyword values, with the keywords' names.</summary>
        private (List<FlowValue> Positional, List<FlowValue> Keywords, List<string> Names) CallArguments()
        {
            if (op.OpName == "simple_call")
                return ([.. op.Args.Skip(1)], [], []);
            var shape = (PyTuple)((Constant)op.Args[1]).Value!;
            int count = (int)(long)shape.Items[0]!;
            var names = ((PyTuple)shape.Items[1]!).Items.Cast<string>().ToList();
            var positional = op.Args.Skip(2).Take(count).ToList();
            var keywords = op.Args.Skip(2 + count).Take(names.Count).ToList();
            if ((bool)shape.Items[2]!)
            {
                var star = op.Args[^1];
                var tuple = (PtrType)typer.TypeOf(star, At);
                var items = ((SomeTuple)typer.Binding(star)).Items;
                for (int i = 0; i < items.Length; i++)
                {
                    var item = Temp(((StructType)tuple.Target).FieldType(TupleItem(i)));
                    Emit("getfield", item, Arg(op.Args.Length - 1, tuple), Void(TupleItem(i)));
                    positional.Add(item);
                }
            }
            return (positional, keywords, names);
        }

        private static string TupleItem(int index) => "item" + index.ToString(CultureInfo.InvariantCulture);

        /// <summary>direct_call of <paramref name="graph"/>, the graph of <paramref name="function"/>,
        /// with the call's arguments bound to its parameters; <paramref name="leading"/> comes first
        /// (the receiver of a method, the new instance for __init__).</summary>
        private void CallBound(FunctionGraph graph, PyFunction function, Variable result, params FlowValue[] leading)
        {
            var (positional, keywords, names) = CallArguments();
            var sources = CallBinding.Bind(function, leading.Length + positional.Count, names);
            int extra = sources.ToList().FindIndex(s => s is ParameterSource.Extra);
            var arguments = CallBinding.Apply<FlowValue>(sources, [.. leading, .. positional], keywords,
                constant => new Constant(constant),
                items => NewTupleOf(typer.TypeOf(graph.StartBlock.InputArgs[extra], At), items));
            CallGraph(graph, result, arguments);
        }

        /// <summary>A tuple of <paramref name="items"/>, of pointer type <paramref name="type"/> (a function's *args).</summary>
        private Variable NewTupleOf(LowLevelType type, IReadOnlyList<FlowValue> items)
        {
            var tuple = Temp(type);
            var structType = (StructType)((PtrType)type).Target;
            Emit("malloc", tuple, Void(structType), Void("gc"));
            for (int i = 0; i < items.Count; i++)
                Emit("setfield", Temp(LowLevelTypes.Void), tuple, Void(structType.Fields[i].Name), Convert(items[i], structType.Fields[i].Type));
            return tuple;
        }

        /// <summary>A call of a function: direct_call of its graph when it is known at translation time,
        /// indirect_call through the function pointer the value is when it is one of several.</summary>
        private void Call(Variable result)
        {
            var callees = typer.CalleesOf(op);
            if (typer.Binding(op.Args[0]) is SomePbc { Descs: [FunctionDesc memo], CanBeNone: false } && IsMemo(memo.Function))
            {
                MemoCall(memo.Function, result);
                return;
            }
            if (typer.Binding(op.Args[0]) is not SomePbc { Kind: DescKind.Function } functions || callees.Count == 0)
                throw new TyperError(At, $"calling {AnnotationFormatter.FormatType(typer.Binding(op.Args[0]))} is not supported by the RTyper yet");
            var function = typer.annotator.DescOf(callees[0]).Function;
            if (functions is { Descs.Length: 1, CanBeNone: false } && callees.Count == 1)
            {
                CallBound(callees[0], function, result);
                return;
            }
            CallIndirect(Arg(0, typer.TypeOf(op.Args[0], At)), callees, function, result);
        }

        /// <summary>indirect_call of a function pointer to one of <paramref name="callees"/> (one call
        /// family: they share the pointer's signature), the arguments bound as for <paramref name="function"/>.</summary>
        private void CallIndirect(FlowValue pointer, IReadOnlyList<FunctionGraph> callees, PyFunction function, Variable result, params FlowValue[] leading)
        {
            var (positional, keywords, names) = CallArguments();
            var sources = CallBinding.Bind(function, leading.Length + positional.Count, names);
            // One call passes one set of values: the callees must agree on how they take them.
            foreach (var callee in callees.Skip(1))
            {
                var other = typer.annotator.DescOf(callee).Function;
                if (!CallBinding.Bind(other, leading.Length + positional.Count, names).SequenceEqual(sources))
                    throw new TyperError(At, $"{function.Name}() and {other.Name}() are called from here but bind the arguments differently "
                        + "(different defaults or parameter names): pass every argument explicitly, or give them the same signature");
            }
            var type = (FuncType)((PtrType)pointer.ConcreteType!).Target;
            int extra = sources.ToList().FindIndex(s => s is ParameterSource.Extra);
            var arguments = CallBinding.Apply<FlowValue>(sources, [.. leading, .. positional], keywords,
                constant => new Constant(constant), items => NewTupleOf(type.Args[extra], items));
            var returned = result.ConcreteType == type.Result ? result : Temp(type.Result);
            Emit("indirect_call", returned, [pointer, .. arguments.Select((a, i) => Convert(a, type.Args[i])), Void(callees.ToList())]);
            if (returned != result)
                Emit(CastName(type.Result, result.ConcreteType!, At), result, returned);
        }

        /// <summary>direct_call of a graph, each argument (high-level or already lowered) converted to
        /// its parameter's type.</summary>
        private void CallGraph(FunctionGraph graph, Variable result, IReadOnlyList<FlowValue> arguments)
        {
            var parameters = graph.StartBlock.InputArgs.Select(p => typer.TypeOf(p, At)).ToList();
            var args = new List<FlowValue> { Typed(graph, LowLevelTypes.Void) };
            for (int i = 0; i < parameters.Count; i++)
                args.Add(Convert(arguments[i], parameters[i]));
            Emit("direct_call", result, [.. args]);
        }

        /// <summary><c>C(args)</c>: a new C whose typeptr is C's vtable, then C.__init__(it, args). A class
        /// known only at run time makes the instance through its vtable's instantiate, and calls the
        /// __init__ of its class (through the vtable too when the classes' __init__s differ).</summary>
        private void Instantiate(SomePbc classes, Variable result)
        {
            var callees = typer.CalleesOf(op);
            if (classes.Descs is [ClassDesc desc])
            {
                NewInstance(desc.Class, desc.ClassDef, result);
                if (callees.Count == 1 && desc.Class.TryLookup("__init__", out var init) && init is PyFunction initFunction)
                    CallBound(callees[0], initFunction, Temp(LowLevelTypes.Void), result);
                return;
            }
            var root = CommonBase(classes.Descs.Cast<ClassDesc>().Select(d => d.ClassDef));
            var slot = typer.Instances.SlotFor(root, MethodSlot.Instantiate)
                ?? throw new TyperError(At, $"no vtable slot to instantiate subclasses of {root.Name}");
            var instantiate = SlotPointer(Arg(0, typer.TypeOf(op.Args[0], At)), slot);
            var instance = Temp(typer.Instances.PointerTo(slot.Owner));
            Emit("indirect_call", instance, instantiate, Void(null));
            Emit("same_as", result, Convert(instance, result.ConcreteType!));
            if (callees.Count == 0)
                return;
            var function = typer.annotator.DescOf(callees[0]).Function;
            if (callees.Count == 1)
            {
                CallBound(callees[0], function, Temp(LowLevelTypes.Void), instance);
                return;
            }
            var initSlot = typer.Instances.SlotFor(root, "__init__") ?? throw new TyperError(At, $"no vtable slot for the __init__ of subclasses of {root.Name}");
            var classPointer = Temp(LowLevelTypes.Ptr(InstanceLayouts.VtableType));
            Emit("same_as", classPointer, Arg(0, typer.TypeOf(op.Args[0], At)));
            CallIndirect(SlotPointer(classPointer, initSlot), callees, function, Temp(LowLevelTypes.Void), instance);
        }

        private static ClassDef CommonBase(IEnumerable<ClassDef> classes) => RTyper.CommonBase(classes);

        /// <summary>The function pointer in slot <paramref name="slot"/> of the vtable <paramref name="vtable"/>.</summary>
        private Variable SlotPointer(FlowValue vtable, MethodSlot slot)
        {
            var ownerVtable = Temp(LowLevelTypes.Ptr(typer.Instances.VtableOf(slot.Owner).VtableStruct));
            Emit("cast_pointer", ownerVtable, vtable);
            var pointer = Temp(((StructType)((PtrType)ownerVtable.ConcreteType!).Target).FieldType(slot.FieldName));
            Emit("getfield", pointer, ownerVtable, Void(slot.FieldName));
            return pointer;
        }

        /// <summary>A new instance of <paramref name="classDef"/> into <paramref name="result"/>: malloc, its
        /// vtable, and the class-level values of its fields.</summary>
        public Variable NewInstance(PyClass cls, ClassDef classDef, Variable? result = null)
        {
            result ??= Temp(typer.Instances.PointerTo(classDef));
            Emit("malloc", result, Typed(typer.Instances.StructOf(classDef), LowLevelTypes.Void), Typed("gc", LowLevelTypes.Void));
            var root = InstanceLayouts.Root(classDef);
            FlowValue rootPart = result;
            if (root != classDef)
            {
                rootPart = Temp(typer.Instances.PointerTo(root));
                Emit("cast_pointer", (Variable)rootPart, result);
            }
            Emit("setfield", Temp(LowLevelTypes.Void), rootPart, Typed("typeptr", LowLevelTypes.Void),
                Typed(typer.Instances.VtableOf(classDef), LowLevelTypes.Ptr(InstanceLayouts.VtableType)));
            InitializeClassDefaults(cls, classDef, result);
            return result;
        }

        /// <summary>The fields of a new instance start with their class-level values (RPython's
        /// new_instance): <c>class A: size = 3</c> makes <c>A().size</c> 3 until an instance sets it.</summary>
        private void InitializeClassDefaults(PyClass cls, ClassDef classDef, Variable instance)
        {
            foreach (var owner in classDef.Mro())
            {
                var layout = typer.Instances.StructOf(owner);
                FlowValue? part = null;
                foreach (var attribute in owner.Attributes.Keys.Order(StringComparer.Ordinal))
                {
                    var type = layout.FieldType("inst_" + attribute);
                    if (type == LowLevelTypes.Void || !ClassDefault(cls, attribute, out var value) || value is null)
                        continue;
                    if (part is null)
                    {
                        part = instance;
                        if (owner != classDef)
                        {
                            part = Temp(typer.Instances.PointerTo(owner));
                            Emit("cast_pointer", (Variable)part, instance);
                        }
                    }
                    Emit("setfield", Temp(LowLevelTypes.Void), part, Void("inst_" + attribute), Typed(typer.LowLevelConstant(value, type, At), type));
                }
            }
        }

        /// <summary>A method call on the receiver of the getattr just before it. A method overridden in
        /// subclasses needs dispatch through the vtable, which comes later.</summary>
        private void MethodCall(Variable result)
        {
            var receiver = Arg(0, typer.TypeOf(op.Args[0], At));
            var callees = typer.CalleesOf(op);
            var methods = ((SomePbc)typer.Binding(op.Args[0])).Descs.Cast<MethodDesc>().ToList();
            if (callees.Count == 0)
                throw new TyperError(At, "a method call that the annotator found no method for");
            var function = typer.annotator.DescOf(callees[0]).Function;
            if (callees.Count == 1)
            {
                CallBound(callees[0], function, result, receiver);
                return;
            }
            // Overridden in subclasses: the function pointer in the receiver's vtable.
            var receiverClass = methods.Select(m => m.SelfClass).Aggregate((a, b) => a.CommonBase(b)!);
            var slot = typer.Instances.SlotFor(receiverClass, methods[0].MethodName)
                ?? throw new TyperError(At, $"no vtable slot for the method {methods[0].MethodName} of {receiverClass.Name}");
            var root = InstanceLayouts.Root(receiverClass);
            var rootPart = Temp(typer.Instances.PointerTo(root));
            Emit("cast_pointer", rootPart, receiver);
            var vtable = Temp(LowLevelTypes.Ptr(InstanceLayouts.VtableType));
            Emit("getfield", vtable, rootPart, Void("typeptr"));
            CallIndirect(SlotPointer(vtable, slot), callees, function, result, receiver);
        }

        /// <summary>jit_merge_point / can_enter_jit: a jit_marker with the driver's greens, then its
        /// reds, in the order the driver declares them (loop_header: no variables).</summary>
        private void JitDriverCall(SomeJitDriverMethod method, Variable result)
        {
            var (_, keywords, names) = CallArguments();
            var declared = new[] { "greens", "reds" }
                .SelectMany(kind => method.Driver.Keywords.Where(k => k.Key == kind).Select(k => k.Value))
                .SelectMany(list => list switch
                {
                    PyList l => l.Items.OfType<string>(),
                    PyTuple t => t.Items.OfType<string>(),
                    _ => [],
                });
            var byName = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => keywords[p.i], StringComparer.Ordinal);
            var variables = declared.Where(byName.ContainsKey).Select(name => byName[name]).Where(v => typer.TypeOf(v, At) != LowLevelTypes.Void);
            Emit("jit_marker", result, [Void(method.Name), Void(method.Driver), .. variables.Select(v => Convert(v, typer.TypeOf(v, At)))]);
        }

        /// <summary>The hints of rpython.rlib.jit, which only the JIT reads: promote becomes a hint
        /// operation, we_are_jitted is False in the translated interpreter, the rest has no code.</summary>
        private bool JitHint(string name, Variable result)
        {
            switch (name)
            {
                case "rpython.rlib.jit.promote" or "rpython.rlib.jit.promote_string":
                    Emit("hint", result, Arg(1, result.ConcreteType!), Void("promote"));
                    return true;
                case "rpython.rlib.jit.hint":
                    Emit("same_as", result, Arg(1, result.ConcreteType!));
                    return true;
                case "rpython.rlib.jit.we_are_jitted" or "rpython.rlib.jit.isconstant" or "rpython.rlib.jit.isvirtual":
                    Emit("same_as", result, Typed(false, LowLevelTypes.Bool));
                    return true;
                case "rpython.rlib.objectmodel.we_are_translated":
                    Emit("same_as", result, Typed(true, LowLevelTypes.Bool));
                    return true;
                case "rpython.rlib.jit.set_param" or "rpython.rlib.jit.record_exact_class" or "rpython.rlib.jit.jit_debug"
                    or "rpython.rlib.jit.assert_green" or "rpython.rlib.objectmodel.keepalive_until_here":
                    return true;
                case "rpython.rlib.jit.current_trace_length":
                    Emit("same_as", result, Typed(-1L, LowLevelTypes.Signed));
                    return true;
            }
            return false;
        }
    }
}
