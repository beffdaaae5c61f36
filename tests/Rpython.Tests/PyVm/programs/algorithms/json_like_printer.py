# A recursive pretty-printer for nested dicts and lists.
def dump(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [pad + "  " + repr(k) + ": " + dump(v, indent + 1) for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if not obj:
            return "[]"
        return "[" + ", ".join(dump(v, indent) for v in obj) + "]"
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    return repr(obj)
data = {"name": "demo", "version": 3, "tags": ["x", "y"], "meta": {"ok": True, "none": None, "empty": {}},
        "matrix": [[1, 2], [3, 4]], "ratio": 0.75}
print(dump(data))
