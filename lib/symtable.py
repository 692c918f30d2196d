"""Read-only views of the symbol tables the compiler builds for source code.

symtable() gives the table of the top-level block; every table leads to the
tables of the blocks nested in it and to a Symbol for each name it knows.
"""

import weakref
from enum import StrEnum

import _symtable
from _symtable import (USE, DEF_GLOBAL, DEF_NONLOCAL, DEF_LOCAL, DEF_PARAM, DEF_TYPE_PARAM,
                       DEF_FREE_CLASS, DEF_IMPORT, DEF_BOUND, DEF_ANNOT, DEF_COMP_ITER,
                       DEF_COMP_CELL, SCOPE_OFF, SCOPE_MASK, FREE, LOCAL, GLOBAL_IMPLICIT,
                       GLOBAL_EXPLICIT, CELL)

__all__ = ["symtable", "SymbolTableType", "SymbolTable", "Class", "Function", "Symbol"]


class SymbolTableType(StrEnum):
    # the values are the strings the compiler uses for its block kinds
    MODULE = "module"
    FUNCTION = "function"
    CLASS = "class"
    ANNOTATION = "annotation"
    TYPE_ALIAS = "type alias"
    TYPE_PARAMETERS = "type parameters"
    TYPE_VARIABLE = "type variable"


def _scope_bits(flags):
    """The scope field packed into a symbol's flags."""
    return flags >> SCOPE_OFF & SCOPE_MASK


# Symbol.__repr__ lists the set flags in this order, then the scope by name.
_FLAG_LABELS = (
    (USE, 'USE'), (DEF_GLOBAL, 'DEF_GLOBAL'), (DEF_NONLOCAL, 'DEF_NONLOCAL'),
    (DEF_LOCAL, 'DEF_LOCAL'), (DEF_PARAM, 'DEF_PARAM'), (DEF_TYPE_PARAM, 'DEF_TYPE_PARAM'),
    (DEF_FREE_CLASS, 'DEF_FREE_CLASS'), (DEF_IMPORT, 'DEF_IMPORT'), (DEF_BOUND, 'DEF_BOUND'),
    (DEF_ANNOT, 'DEF_ANNOT'), (DEF_COMP_ITER, 'DEF_COMP_ITER'), (DEF_COMP_CELL, 'DEF_COMP_CELL'),
)
_SCOPE_LABELS = {FREE: 'FREE', LOCAL: 'LOCAL', GLOBAL_IMPLICIT: 'GLOBAL_IMPLICIT',
                 GLOBAL_EXPLICIT: 'GLOBAL_EXPLICIT', CELL: 'CELL'}


class Symbol:
    """One name of a table: how the block binds and uses it."""

    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self._name, self._flags = name, flags
        self._bound_to = namespaces or ()
        # a name bound at module level is both local and global there
        self._module_binding = bool(module_scope and flags & DEF_BOUND)

    def __repr__(self):
        scope = _scope_bits(self._flags)
        shown = [label for bits, label in _FLAG_LABELS if self._flags & bits == bits]
        return "<symbol %r: %s, %s>" % (self._name, _SCOPE_LABELS.get(scope, str(scope)),
                                        '|'.join(shown))

    def _flag(self, bits):
        return bool(self._flags & bits)

    def _scope_is(self, *scopes):
        return _scope_bits(self._flags) in scopes

    def get_name(self):
        """The name itself."""
        return self._name

    # -- answers read from the scope field

    def is_global(self):
        """True for a global name (implicit or declared), or one bound at
        module level."""
        return self._module_binding or self._scope_is(GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)

    def is_declared_global(self):
        """True when a global statement names the symbol."""
        return self._scope_is(GLOBAL_EXPLICIT)

    def is_local(self):
        """True for a name local to the block (a cell counts too), or one
        bound at module level."""
        return self._module_binding or self._scope_is(LOCAL, CELL)

    def is_free(self):
        """True for a name the block reads from an enclosing function."""
        return self._scope_is(FREE)

    # -- answers read from the flag bits

    def is_referenced(self):
        """True when the block reads the name."""
        return self._flag(USE)

    def is_assigned(self):
        """True when the block assigns to the name."""
        return self._flag(DEF_LOCAL)

    def is_parameter(self):
        """True for a parameter of the function."""
        return self._flag(DEF_PARAM)

    def is_type_parameter(self):
        """True for a type parameter (PEP 695)."""
        return self._flag(DEF_TYPE_PARAM)

    def is_nonlocal(self):
        """True when a nonlocal statement names the symbol."""
        return self._flag(DEF_NONLOCAL)

    def is_annotated(self):
        """True when the name has an annotation in the block."""
        return self._flag(DEF_ANNOT)

    def is_imported(self):
        """True when an import statement binds the name."""
        return self._flag(DEF_IMPORT)

    def is_free_class(self):
        """True for a class-level name that a method also uses freely."""
        return self._flag(DEF_FREE_CLASS)

    def is_comp_iter(self):
        """True for the target of a comprehension's for clause."""
        return self._flag(DEF_COMP_ITER)

    def is_comp_cell(self):
        """True for a cell of a comprehension inlined into this block."""
        return self._flag(DEF_COMP_CELL)

    # -- the blocks a def or class statement bound to the name

    def is_namespace(self):
        """True when the name is bound to at least one nested block."""
        return len(self._bound_to) > 0

    def get_namespaces(self):
        """The nested tables bound to the name."""
        return self._bound_to

    def get_namespace(self):
        """The single nested table bound to the name; ValueError when there
        is none or more than one."""
        if len(self._bound_to) == 1:
            return self._bound_to[0]
        if self._bound_to:
            raise ValueError("name is bound to multiple namespaces")
        raise ValueError("name is not bound to any namespaces")


_KIND_OF = {
    _symtable.TYPE_MODULE: SymbolTableType.MODULE,
    _symtable.TYPE_FUNCTION: SymbolTableType.FUNCTION,
    _symtable.TYPE_CLASS: SymbolTableType.CLASS,
    _symtable.TYPE_ANNOTATION: SymbolTableType.ANNOTATION,
    _symtable.TYPE_TYPE_ALIAS: SymbolTableType.TYPE_ALIAS,
    _symtable.TYPE_TYPE_PARAMETERS: SymbolTableType.TYPE_PARAMETERS,
    _symtable.TYPE_TYPE_VARIABLE: SymbolTableType.TYPE_VARIABLE,
}


class SymbolTable:
    """The table of one block: a module, or any scope below it."""

    def __init__(self, raw_table, filename):
        self._made_symbols = {}   # name -> Symbol, so lookup() hands out one object
        self._filename = filename
        self._table = raw_table

    def __repr__(self):
        prefix = "" if type(self) is SymbolTable else type(self).__name__ + " "
        name = self._table.name
        where = "module" if name == "top" else name + " in"
        return f"<{prefix}SymbolTable for {where} {self._filename}>"

    def _wrap(self, entry):
        return _view_of(entry, self._filename)

    def get_type(self):
        """The kind of block, as a SymbolTableType member."""
        try:
            return _KIND_OF[self._table.type]
        except KeyError:
            raise AssertionError(f"unexpected type: {self._table.type}") from None

    def get_id(self):
        """The compiler's identifier of the table."""
        return self._table.id

    def get_name(self):
        """The block's name: 'top' for the module, else the class or
        function name, or the name the compiler gave an implicit scope."""
        return self._table.name

    def get_lineno(self):
        """The line the block starts on."""
        return self._table.lineno

    def is_optimized(self):
        """True when the block's locals are fast locals (a function)."""
        return self._table.type == _symtable.TYPE_FUNCTION

    def is_nested(self):
        """True for a block inside a function-like one."""
        return self._table.nested != 0

    def has_children(self):
        """True when blocks are nested in this one."""
        return len(self._table.children) > 0

    def get_children(self):
        """The tables of the blocks nested directly in this one."""
        return list(map(self._wrap, self._table.children))

    def get_identifiers(self):
        """A view of the names the table holds."""
        return self._table.symbols.keys()

    def lookup(self, name):
        """The Symbol for name; KeyError when the table does not know it."""
        if name in self._made_symbols:
            return self._made_symbols[name]
        flags = self._table.symbols[name]
        # the module test goes by name like the repr, so a function called
        # 'top' is treated the same way
        made = Symbol(name, flags,
                      [self._wrap(c) for c in self._table.children if c.name == name],
                      module_scope=self._table.name == "top")
        self._made_symbols[name] = made
        return made

    def get_symbols(self):
        """A list with the Symbol of every name of the table."""
        return list(map(self.lookup, self._table.symbols))


# Function's name queries: a test on the flags of each symbol.
_FUNCTION_TESTS = {
    "parameters": lambda flags: flags & DEF_PARAM,
    "locals": lambda flags: _scope_bits(flags) in (LOCAL, CELL),
    "globals": lambda flags: _scope_bits(flags) in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT),
    "nonlocals": lambda flags: flags & DEF_NONLOCAL,
    "frees": lambda flags: _scope_bits(flags) == FREE,
}


class Function(SymbolTable):
    """The table of a function, lambda or other function-like block."""

    def _names_where(self, query):
        # each answer is built once and kept, so repeated calls return the
        # very same tuple
        answers = self.__dict__.setdefault("_answers", {})
        if query not in answers:
            test = _FUNCTION_TESTS[query]
            answers[query] = tuple(name for name, flags in self._table.symbols.items()
                                   if test(flags))
        return answers[query]

    def get_parameters(self):
        """The function's parameter names, as a tuple."""
        return self._names_where("parameters")

    def get_locals(self):
        """The names local to the function (cells included), as a tuple."""
        return self._names_where("locals")

    def get_globals(self):
        """The global names the function uses, as a tuple."""
        return self._names_where("globals")

    def get_nonlocals(self):
        """The names the function declares nonlocal, as a tuple."""
        return self._names_where("nonlocals")

    def get_frees(self):
        """The function's free variable names, as a tuple."""
        return self._names_where("frees")


def _is_method_block(entry, class_names):
    """Whether a block nested in a class body is one of its methods.

    The name must be one the class binds as written (so a mangled private
    name never matches); a generic method counts through the type parameter
    scope that wraps it.
    """
    if entry.name not in class_names:
        return False
    if entry.type == _symtable.TYPE_FUNCTION:
        return True
    if entry.type != _symtable.TYPE_TYPE_PARAMETERS:
        return False
    return any(inner.type == _symtable.TYPE_FUNCTION and inner.name == entry.name
               for inner in entry.children)


class Class(SymbolTable):
    """The table of a class body."""

    def get_methods(self):
        """The names of the methods the class body defines, as a tuple.

        Deprecated since Python 3.14, to go in 3.16.
        """
        import warnings
        warnings.warn("symtable.Class.get_methods() is deprecated and will be "
                      "removed in Python 3.16.", DeprecationWarning, stacklevel=2)
        found = self.__dict__.get("_method_tuple")
        if found is None:
            names = self._table.symbols
            ordered = {}   # keeps first appearance, drops repeats
            for entry in self._table.children:
                if _is_method_block(entry, names):
                    ordered[entry.name] = None
            found = self._method_tuple = tuple(ordered)
        return found


class SymbolTableFactory:
    """Builds the view of a raw table, and returns that same view again for
    as long as it is alive."""

    def __init__(self):
        self._alive = weakref.WeakValueDictionary()

    def new(self, table, filename):
        view_class = {_symtable.TYPE_FUNCTION: Function,
                      _symtable.TYPE_CLASS: Class}.get(table.type, SymbolTable)
        return view_class(table, filename)

    def __call__(self, table, filename):
        try:
            return self._alive[table, filename]
        except KeyError:
            view = self.new(table, filename)
            self._alive[table, filename] = view
            return view


_view_of = SymbolTableFactory()


def symtable(code, filename, compile_type):
    """Build the symbol tables of code and return the top-level SymbolTable.

    filename names the source in the tables' reprs; compile_type is a mode
    as for compile(): 'exec', 'eval' or 'single'.
    """
    return _view_of(_symtable.symtable(code, filename, compile_type), filename)
