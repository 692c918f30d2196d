"""The errors of await, async for, async with and async comprehensions out
of place, which CPython's symbol table raises (cipy's compiler checks them
later, as it generates code), for the symtable module (_symtable.py)."""
from _compiler import symtable as _cs


class AsyncCheck:
    """The errors of await and async statements out of place, which CPython's
    symbol table raises (the compiler's own checks come later, in codegen)."""

    COMPS = ('ListComp', 'SetComp', 'DictComp')

    def __init__(self, filename):
        self.filename = filename

    def error(self, msg, node):
        raise _cs.syntax_error(msg, node, self.filename)

    def visit(self, node, where):
        """where: 'module', 'class', 'function', 'async' or 'generator'."""
        kind = type(node).__name__
        if kind in ('FunctionDef', 'Lambda', 'AsyncFunctionDef', 'ClassDef'):
            self.visit_def(node, kind, where)
        elif kind == 'GeneratorExp':
            self.visit_comprehension(node, where, 'generator')
        elif kind in self.COMPS:
            if where not in ('async', 'generator') and _is_async_comprehension(node):
                self.error('asynchronous comprehension outside of an asynchronous function', node)
            self.visit_comprehension(node, where, where)
        else:
            if kind == 'Await' and where not in ('async', 'generator'):
                self.error("'await' outside %sfunction" % ('async ' if where == 'function' else ''), node)
            if kind in ('AsyncFor', 'AsyncWith') and where != 'async':
                self.error("'%s' outside async function" % ('async for' if kind == 'AsyncFor' else 'async with'),
                           node)
            self.visit_fields(node, where)

    def visit_fields(self, node, where):
        for field in node._fields:
            value = getattr(node, field, None)
            for v in value if isinstance(value, list) else [value]:
                if hasattr(v, '_fields'):
                    self.visit(v, where)

    def visit_def(self, node, kind, where):
        # decorators, defaults and bases run where the statement is
        for v in getattr(node, 'decorator_list', []) + getattr(node, 'bases', []):
            self.visit(v, where)
        args = getattr(node, 'args', None)
        if args is not None:
            for v in args.defaults + [d for d in args.kw_defaults if d is not None]:
                self.visit(v, where)
        inner = {'ClassDef': 'class', 'AsyncFunctionDef': 'async'}.get(kind, 'function')
        body = node.body if isinstance(node.body, list) else [node.body]
        for stmt in body:
            self.visit(stmt, inner)

    def visit_comprehension(self, node, outer, inner):
        gens = node.generators
        self.visit(gens[0].iter, outer)
        for k, gen in enumerate(gens):
            self.visit(gen.target, inner)
            if k:
                self.visit(gen.iter, inner)
            for cond in gen.ifs:
                self.visit(cond, inner)
        for field in ('elt', 'key', 'value'):
            value = getattr(node, field, None)
            if value is not None:
                self.visit(value, inner)


def _is_async_comprehension(node):
    """An async for in it, or an await in its own code (not in the first iterable)."""
    if any(gen.is_async for gen in node.generators):
        return True
    parts = [getattr(node, f, None) for f in ('elt', 'key', 'value')]
    for k, gen in enumerate(node.generators):
        parts += gen.ifs + ([gen.iter] if k else [])
    todo = [p for p in parts if p is not None]
    while todo:
        n = todo.pop()
        kind = type(n).__name__
        if kind == 'Await':
            return True
        if kind in ('Lambda', 'GeneratorExp') or kind in AsyncCheck.COMPS:
            continue
        for field in n._fields:
            value = getattr(n, field, None)
            todo.extend(v for v in (value if isinstance(value, list) else [value]) if hasattr(v, '_fields'))
    return False
