"""The shape of the code, read from its source (no app needed): no import cycle between modules,
no function over a screenful, and each area's blueprint defined in its package's __init__.py.

Imports inside functions count as much as those at the top of a module: a deferred import that
dodges a cycle is still a cycle (the two modules cannot be understood, or tested, apart). Only
imports under `if TYPE_CHECKING:` are left out, because they never run. The app factory imports
the route modules by name (tracker/__init__.py ROUTE_MODULES); that adds no cycle, since no module
imports the `tracker` package itself, which the first test also checks.
"""
from __future__ import annotations

import ast
from pathlib import Path

TRACKER = Path(__file__).resolve().parents[2] / "tracker"
LONGEST_FUNCTION = 60  # lines, from `def` to its last line: a screenful



def _modules() -> dict[str, Path]:
    modules = {}
    for path in TRACKER.rglob("*.py"):
        parts = list(path.relative_to(TRACKER.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _type_checking_only(tree: ast.AST) -> set[int]:
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for inner in ast.walk(node))
    return skipped


def _imported_names(node: ast.AST, module: str, is_package: bool, modules: dict) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:  # relative: from the package this module is in
        package = module if is_package else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}" if base else package
    # `from tracker import permissions` imports the module tracker.permissions, not the package
    return [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]


def _in_tracker(name: str, modules: dict) -> str | None:
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def import_graph() -> dict[str, dict[str, int]]:
    """{module: {module it imports: line}} for every module of tracker/."""
    modules = _modules()
    graph = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(), str(path))
        skipped = _type_checking_only(tree)
        imports = {}
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            for name in _imported_names(node, module, path.name == "__init__.py", modules):
                target = _in_tracker(name, modules)
                if target and target != module:
                    imports.setdefault(target, node.lineno)
        graph[module] = imports
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, without recursion)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(graph[target])))
                elif target in on_stack:
                    low[module] = min(low[module], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[module])
            if low[module] == index[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_import_cycle_between_modules():
    graph = import_graph()
    found = cycles(graph)
    described = ["; ".join(f"{a} imports {b} (line {graph[a][b]})" for a in group for b in graph[a] if b in group)
                 for group in found]
    assert described == []


def test_no_module_imports_the_tracker_package_itself():
    """What keeps the app factory's imports of the route modules from making a cycle."""
    graph = import_graph()
    assert [module for module, imports in graph.items() if "tracker" in imports] == []


def test_the_cycle_check_finds_a_cycle_through_a_deferred_import():
    graph = {"a": {"b": 1}, "b": {"c": 2}, "c": {"a": 3}, "d": {"a": 4}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b": 1}, "b": {}}) == []
    source = "def later():\n    from tracker.permissions import is_admin\n"
    node = ast.parse(source).body[0].body[0]
    assert _imported_names(node, "tracker.x", False, {"tracker.permissions": None}) == ["tracker.permissions"]


def long_functions() -> list[tuple[str, str, int]]:
    found = []
    for path in sorted(TRACKER.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > LONGEST_FUNCTION:
                    found.append((str(path.relative_to(TRACKER.parent)), node.name, lines))
    return found


def test_no_function_over_sixty_lines():
    assert long_functions() == []


def test_each_blueprint_is_defined_in_its_package():
    """Route modules import their area's blueprint from the package (tracker/<area>/__init__.py),
    so none imports another route module to reach it."""
    defined_elsewhere = []
    for path in sorted(TRACKER.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Blueprint"
                    and path.name != "__init__.py"):
                defined_elsewhere.append(f"{path.relative_to(TRACKER.parent)}:{node.lineno}")
    assert defined_elsewhere == []
