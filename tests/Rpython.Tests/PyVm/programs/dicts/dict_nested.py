# Nested dicts as records, JSON-like traversal.
config = {"name": "app", "db": {"host": "localhost", "port": 5432}, "tags": ["a", "b"], "debug": False}
print(config["db"]["port"], config["tags"][-1])
def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            walk(v, path + "/" + str(k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            walk(v, path + "[" + str(i) + "]")
    else:
        print(path, "=", repr(obj))
walk(config)
config["db"]["port"] += 1
print(config)
