"""cipy's compiler of Python source, behind compile(), exec() and eval().

The source goes through three stages, one module each:
  tokenizer  text to tokens (also what the tokenize module reads);
  parser     tokens to an abstract syntax tree of _ast nodes (ast.parse);
  codegen    the tree to a code object of CPython 3.14's bytecode, through
             symtable (the scopes of names) and assembler (jumps, exception
             table, line table, stack depth).
"""
import _ast

PyCF_ONLY_AST = _ast.PyCF_ONLY_AST


# Our stages recurse over the tree: room for long chains of operators (as
# CPython compiles them) whatever limit the program has set.
COMPILE_RECURSION_LIMIT = 30000


def compile(source, filename, mode, flags, optimize, feature_version):
    """What the built-in compile() returns for these arguments (already
    checked by it): an AST with PyCF_ONLY_AST, else a code object.  filename
    is a str or bytes path; flags include the inherited __future__ ones."""
    import sys
    old = sys.getrecursionlimit()
    if old < COMPILE_RECURSION_LIMIT:
        sys.setrecursionlimit(COMPILE_RECURSION_LIMIT)
    try:
        return _compile(source, filename, mode, flags, optimize, feature_version)
    except RecursionError:
        raise RecursionError('maximum recursion depth exceeded during compilation') from None
    finally:
        if old < COMPILE_RECURSION_LIMIT:
            sys.setrecursionlimit(old)


def _compile(source, filename, mode, flags, optimize, feature_version):
    if isinstance(filename, bytes):
        import os
        filename = os.fsdecode(filename)
    if not isinstance(source, (str, bytes, bytearray, _ast.AST)):
        try:
            memoryview(source)
        except TypeError:
            raise TypeError('compile() arg 1 must be a string, bytes or AST object') from None
    if isinstance(source, _ast.AST):
        tree = source
        if flags & PyCF_ONLY_AST:
            return tree
        from _compiler.validate import validate
        validate(tree, mode)
    else:
        from _compiler.parser import parse
        tree = parse(source, filename, mode, flags, feature_version)
        if flags & PyCF_ONLY_AST:
            return tree
    from _compiler.codegen import generate
    return generate(tree, filename, mode, flags, optimize)
