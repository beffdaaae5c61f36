"""Topological sorting of a build dependency graph (Kahn's algorithm with a sorted ready list so
the order is deterministic), depth-first ordering, and cycle detection reported with the nodes
left over."""
from rpython.rlib.rfile import write_stdout


def kahn(deps):
    indegree = {}
    users = {}
    for node, requires in deps.items():
        indegree.setdefault(node, 0)
        for r in requires:
            indegree.setdefault(r, 0)
            indegree[node] += 1
            users.setdefault(r, []).append(node)
    ready = [n for n, d in indegree.items() if d == 0]
    ready.sort()
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in users.get(n, []):
            indegree[u] -= 1
            if indegree[u] == 0:
                ready.append(u)
                ready.sort()
    leftover = [n for n, d in indegree.items() if d > 0]
    return order, leftover


def dfs_order(deps, node, state, out):
    state[node] = 1
    for r in deps.get(node, []):
        if state.get(r, 0) == 0:
            dfs_order(deps, r, state, out)
    state[node] = 2
    out.append(node)


def entry_point(argv):
    deps = {
        "app": ["lib", "ui", "config"],
        "ui": ["lib", "gfx"],
        "lib": ["core"],
        "gfx": ["core", "math"],
        "tests": ["app"],
        "config": [],
        "core": [],
        "math": ["core"],
    }
    order, leftover = kahn(deps)
    write_stdout("kahn: %s (left: %d)\n" % (" ".join(order), len(leftover)))
    out = []
    state = {}
    for node in ["tests", "app", "math"]:
        if state.get(node, 0) == 0:
            dfs_order(deps, node, state, out)
    write_stdout("dfs: %s\n" % " ".join(out))
    deps["core"] = ["tests"]
    order, leftover = kahn(deps)
    leftover.sort()
    write_stdout("with a cycle: %s; stuck: %s\n" % (" ".join(order), " ".join(leftover)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
