using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// Prebuilt constants (RPython's Repr.convert_const): the values the program built at import time —
// instances, lists, dicts, tuples, strs, functions, classes — as low-level values of the types the
// RTyper gave them, in the LLInterpreter's heap model (LLObject, LLArray), which the backend lays
// out as its prebuilt image. Each import-time object becomes one low-level object (identity is kept:
// two references to one list are two pointers to one array, a cycle stays a cycle), made the first
// time a graph or another prebuilt object refers to it.
//
// - An instance gets its class's vtable, its own attribute values, and for the fields it does not
//   set, the class-level value its class (or a base) defines, as instantiation gives it.
// - A dict is built as the dict helpers expect a prebuilt one (rordereddict.py): its entries in
//   insertion order, no index (the first lookup builds it: hashes may only exist at run time).
// - A str at the top level of a graph stays its text (the LLInterpreter and the backend make one
//   object per text); a str inside another object is one rpy_str per text.

internal sealed partial class RTyper
{
    private readonly Dictionary<object, object> _prebuilt = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, LLObject> _prebuiltStrs = new(StringComparer.Ordinal);

    /// <summary>A constant's low-level value, as a value of <paramref name="type"/>.</summary>
    public object? LowLevelConstant(object? value, LowLevelType type, SourceLocation? at)
    {
        if (value is null || type.Resolved() is not PtrType pointer)
            return ConvertConstant(value, type, at);
        return value switch
        {
            PyClass cls => Instances.VtableOf(annotator.Bookkeeper.ClassDefOf(cls)),
            ClassDesc cls => Instances.VtableOf(cls.ClassDef),
            FunctionDesc function when pointer.Target is FuncType => GraphOfFunction(function.Function, at),
            string text when pointer == BuiltinTypes.StrPtr => text,
            PyFunction function when pointer.Target is FuncType => GraphOfFunction(function, at),
            FunctionGraph graph when pointer.Target is FuncType => graph,
            PyInstance or PyList or PyTuple or PyDict or Syntax.Bytes => Prebuilt(value, pointer, at),
            ClassInfo or LLObject or LLArray => value,
            _ => ConvertConstant(value, type, at),
        };
    }

    /// <summary>The graph a function pointer to <paramref name="function"/> points to: the function must
    /// have exactly one graph (a specialised function has several and cannot be a value).</summary>
    private FunctionGraph GraphOfFunction(PyFunction function, SourceLocation? at) =>
        annotator.GraphsOf(annotator.Bookkeeper.FunctionDescOf(function)) switch
        {
            [var graph] => graph,
            [] => throw new TyperError(at, $"the function {function.Name} is used as a value but never called, so it has no graph to point to"),
            _ => throw new TyperError(at, $"the function {function.Name} is specialised (it has several graphs): it cannot be used as a value"),
        };

    /// <summary>A value inside a prebuilt object: as a top-level constant, but a str is an rpy_str.</summary>
    private object? PrebuiltItem(object? value, LowLevelType type, SourceLocation? at)
    {
        if (value is string text && type == BuiltinTypes.StrPtr)
        {
            if (!_prebuiltStrs.TryGetValue(text, out var str))
                _prebuiltStrs[text] = str = LLInterpreter.NewStr(text);
            return str;
        }
        return LowLevelConstant(value, type, at);
    }

    private object Prebuilt(object value, PtrType pointer, SourceLocation? at)
    {
        if (_prebuilt.TryGetValue(value, out var made))
            return made;
        switch (value, pointer.Target)
        {
            case (PyInstance instance, StructType):
                return PrebuiltInstance(instance, at);
            case (PyList list, ArrayType array):
            {
                var items = new LLArray(array, new object?[list.Items.Count]);
                _prebuilt[value] = items;
                for (int i = 0; i < list.Items.Count; i++)
                    items.Items[i] = PrebuiltItem(list.Items[i], array.ItemType, at);
                return items;
            }
            case (PyList list, StructType resizable):
            {
                var array = (ArrayType)((PtrType)resizable.FieldType("items")).Target;
                var items = new LLArray(array, new object?[list.Items.Count]);
                var l = new LLObject(resizable) { Fields = { ["length"] = (long)list.Items.Count, ["items"] = items } };
                _prebuilt[value] = l;
                for (int i = 0; i < list.Items.Count; i++)
                    items.Items[i] = PrebuiltItem(list.Items[i], array.ItemType, at);
                return l;
            }
            case (PyTuple tuple, StructType type):
            {
                var t = LLInterpreter.NewStruct(type, 0);
                _prebuilt[value] = t;
                for (int i = 0; i < tuple.Items.Length; i++)
                    t.Fields[type.Fields[i].Name] = PrebuiltItem(tuple.Items[i], type.Fields[i].Type, at);
                return t;
            }
            case (PyDict dict, StructType type):
                return PrebuiltDict(dict, type, at);
            case (Syntax.Bytes bytes, StructType type) when type == BuiltinTypes.Bytes:
            {
                var b = LLInterpreter.NewStruct(type, bytes.Value.Length);
                b.Fields["hash"] = 0L;
                for (int i = 0; i < bytes.Value.Length; i++)
                    ((LLArray)b.Fields["chars"]!).Items[i] = bytes.Value[i];
                _prebuilt[value] = b;
                return b;
            }
        }
        throw new TyperError(at, $"the prebuilt {PyRepr.Of(value)} cannot be a {pointer}");
    }

    private LLObject PrebuiltInstance(PyInstance instance, SourceLocation? at)
    {
        var classDef = annotator.Bookkeeper.ClassDefOf(instance.Class);
        var o = LLInterpreter.NewStruct(Instances.StructOf(classDef), 0);
        _prebuilt[instance] = o;
        o.Fields["typeptr"] = Instances.VtableOf(classDef);
        foreach (var owner in classDef.Mro())
        {
            var layout = Instances.StructOf(owner);
            foreach (var attribute in owner.Attributes.Keys)
            {
                var type = layout.FieldType("inst_" + attribute);
                if (type == LowLevelTypes.Void)
                    continue;
                if (instance.Attributes.TryGetValue(attribute, out var own))
                    o.Fields["inst_" + attribute] = PrebuiltItem(own, type, at);
                else if (ClassDefault(instance.Class, attribute, out var byClass))
                    o.Fields["inst_" + attribute] = PrebuiltItem(byClass, type, at);
            }
        }
        return o;
    }

    /// <summary>The class-level value of an attribute that instances of <paramref name="cls"/> start
    /// with (not a method): in the class or the nearest base that defines it.</summary>
    private static bool ClassDefault(PyClass cls, string attribute, out object? value) =>
        cls.TryLookup(attribute, out value) && value is not (PyFunction or PyStaticMethod);

    /// <summary>A prebuilt dict as rordereddict.py takes one: entries in insertion order, no index yet.</summary>
    private LLObject PrebuiltDict(PyDict dict, StructType type, SourceLocation? at)
    {
        var entriesType = (ArrayType)((PtrType)type.FieldType("entries")).Target;
        var entryType = (StructType)entriesType.ItemType;
        var entries = dict.Entries.ToList();
        var array = new LLArray(entriesType, new object?[entries.Count]);
        var d = LLInterpreter.NewStruct(type, 0);
        _prebuilt[dict] = d;
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = LLInterpreter.NewStruct(entryType, 0);
            entry.Fields["key"] = PrebuiltItem(entries[i].Key, entryType.FieldType("key"), at);
            entry.Fields["value"] = PrebuiltItem(entries[i].Value, entryType.FieldType("value"), at);
            array.Items[i] = entry;
        }
        d.Fields["num_live_items"] = (long)entries.Count;
        d.Fields["num_ever_used_items"] = (long)entries.Count;
        d.Fields["indexes"] = null;
        d.Fields["entries"] = array;
        return d;
    }
}
