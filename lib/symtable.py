"""Interface to the compiler's internal symbol tables"""

import weakref
from enum import StrEnum

import _symtable
from _symtable import (USE, DEF_GLOBAL, DEF_NONLOCAL, DEF_LOCAL, DEF_PARAM, DEF_TYPE_PARAM,
                       DEF_FREE_CLASS, DEF_IMPORT, DEF_BOUND, DEF_ANNOT, DEF_COMP_ITER,
                       DEF_COMP_CELL, SCOPE_OFF, SCOPE_MASK, FREE, LOCAL, GLOBAL_IMPLICIT,
                       GLOBAL_EXPLICIT, CELL)

__all__ = ["symtable", "SymbolTableType", "SymbolTable", "Class", "Function", "Symbol"]


def symtable(code, filename, compile_type):
    """ Return the toplevel *SymbolTable* for the source code.

    *filename* is the name of the file with the code
    and *compile_type* is the *compile()* mode argument.
    """
    top = _symtable.symtable(code, filename, compile_type)
    return _newSymbolTable(top, filename)


class SymbolTableFactory:
    """Makes the table object of an entry once, and hands out that one
    while it lives."""

    def __init__(self):
        self.__memo = weakref.WeakValueDictionary()

    def new(self, table, filename):
        if table.type == _symtable.TYPE_FUNCTION:
            return Function(table, filename)
        if table.type == _symtable.TYPE_CLASS:
            return Class(table, filename)
        return SymbolTable(table, filename)

    def __call__(self, table, filename):
        key = table, filename
        obj = self.__memo.get(key, None)
        if obj is None:
            obj = self.__memo[key] = self.new(table, filename)
        return obj


_newSymbolTable = SymbolTableFactory()


class SymbolTableType(StrEnum):
    MODULE = "module"
    FUNCTION = "function"
    CLASS = "class"
    ANNOTATION = "annotation"
    TYPE_ALIAS = "type alias"
    TYPE_PARAMETERS = "type parameters"
    TYPE_VARIABLE = "type variable"


_TYPES = {
    _symtable.TYPE_MODULE: SymbolTableType.MODULE,
    _symtable.TYPE_FUNCTION: SymbolTableType.FUNCTION,
    _symtable.TYPE_CLASS: SymbolTableType.CLASS,
    _symtable.TYPE_ANNOTATION: SymbolTableType.ANNOTATION,
    _symtable.TYPE_TYPE_ALIAS: SymbolTableType.TYPE_ALIAS,
    _symtable.TYPE_TYPE_PARAMETERS: SymbolTableType.TYPE_PARAMETERS,
    _symtable.TYPE_TYPE_VARIABLE: SymbolTableType.TYPE_VARIABLE,
}


class SymbolTable:

    def __init__(self, raw_table, filename):
        self._table = raw_table
        self._filename = filename
        self._symbols = {}

    def __repr__(self):
        kind = '' if type(self) is SymbolTable else type(self).__name__ + ' '
        if self._table.name == 'top':
            return "<{0}SymbolTable for module {1}>".format(kind, self._filename)
        return "<{0}SymbolTable for {1} in {2}>".format(kind, self._table.name, self._filename)

    def get_type(self):
        """Return the type of the symbol table (a SymbolTableType)."""
        kind = _TYPES.get(self._table.type)
        if kind is None:
            raise AssertionError("unexpected type: {0}".format(self._table.type))
        return kind

    def get_id(self):
        """Return an identifier for the table."""
        return self._table.id

    def get_name(self):
        """Return the table's name: a class's or function's, 'top' for the
        module, '__annotate__' for an annotation scope, and so on."""
        return self._table.name

    def get_lineno(self):
        """Return the number of the first line of the block the table is for."""
        return self._table.lineno

    def is_optimized(self):
        """Return True if the locals of the table live in fast locals."""
        return bool(self._table.type == _symtable.TYPE_FUNCTION)

    def is_nested(self):
        """Return True if the block is nested in a function-like one."""
        return bool(self._table.nested)

    def has_children(self):
        """Return True if the block has nested namespaces."""
        return bool(self._table.children)

    def get_identifiers(self):
        """Return a view of the names of the table's symbols."""
        return self._table.symbols.keys()

    def lookup(self, name):
        """Return the Symbol for name (KeyError when the table has none)."""
        sym = self._symbols.get(name)
        if sym is None:
            flags = self._table.symbols[name]
            namespaces = self.__check_children(name)
            module_scope = self._table.name == 'top'  # as the repr: a function named top counts too
            sym = self._symbols[name] = Symbol(name, flags, namespaces, module_scope=module_scope)
        return sym

    def get_symbols(self):
        """Return a list of the Symbols of the table."""
        return [self.lookup(ident) for ident in self.get_identifiers()]

    def __check_children(self, name):
        return [_newSymbolTable(st, self._filename) for st in self._table.children if st.name == name]

    def get_children(self):
        """Return a list of the tables nested in this one."""
        return [_newSymbolTable(st, self._filename) for st in self._table.children]


def _get_scope(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


class Function(SymbolTable):
    """The table of a function (or lambda, or generator expression)."""

    __params = None
    __locals = None
    __frees = None
    __globals = None
    __nonlocals = None

    def __idents_matching(self, test_func):
        return tuple(ident for ident, flags in self._table.symbols.items() if test_func(flags))

    def get_parameters(self):
        """Return a tuple of the function's parameters."""
        if self.__params is None:
            self.__params = self.__idents_matching(lambda x: x & DEF_PARAM)
        return self.__params

    def get_locals(self):
        """Return a tuple of the function's locals."""
        if self.__locals is None:
            self.__locals = self.__idents_matching(lambda x: _get_scope(x) in (LOCAL, CELL))
        return self.__locals

    def get_globals(self):
        """Return a tuple of the globals the function uses."""
        if self.__globals is None:
            self.__globals = self.__idents_matching(
                lambda x: _get_scope(x) in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))
        return self.__globals

    def get_nonlocals(self):
        """Return a tuple of the names declared nonlocal in the function."""
        if self.__nonlocals is None:
            self.__nonlocals = self.__idents_matching(lambda x: x & DEF_NONLOCAL)
        return self.__nonlocals

    def get_frees(self):
        """Return a tuple of the function's free variables."""
        if self.__frees is None:
            self.__frees = self.__idents_matching(lambda x: _get_scope(x) == FREE)
        return self.__frees


class Class(SymbolTable):
    """The table of a class body."""

    __methods = None

    def get_methods(self):
        """Return a tuple of the names of the methods defined in the class.

        Deprecated since 3.14: to be removed in 3.16.
        """
        import warnings
        warnings.warn('symtable.Class.get_methods() is deprecated '
                      'and will be removed in Python 3.16.',
                      DeprecationWarning, stacklevel=2)
        if self.__methods is None:
            self.__methods = tuple(dict.fromkeys(self.__method_names()))
        return self.__methods

    def __method_names(self):
        # the functions (generic ones in their type parameter scope) bound
        # to a name of the class as written: a private name is not found
        for st in self._table.children:
            if st.name not in self._table.symbols:
                continue
            if st.type == _symtable.TYPE_TYPE_PARAMETERS:
                if any(c.type == _symtable.TYPE_FUNCTION and c.name == st.name for c in st.children):
                    yield st.name
            elif st.type == _symtable.TYPE_FUNCTION:
                yield st.name


_FLAG_NAMES = ('USE', 'DEF_GLOBAL', 'DEF_NONLOCAL', 'DEF_LOCAL', 'DEF_PARAM', 'DEF_TYPE_PARAM',
               'DEF_FREE_CLASS', 'DEF_IMPORT', 'DEF_BOUND', 'DEF_ANNOT', 'DEF_COMP_ITER',
               'DEF_COMP_CELL')
_SCOPE_NAMES = ('FREE', 'LOCAL', 'GLOBAL_IMPLICIT', 'GLOBAL_EXPLICIT', 'CELL')


class Symbol:
    """A name in a table, and what the table knows of it."""

    def __init__(self, name, flags, namespaces=None, *, module_scope=False):
        self.__name = name
        self.__flags = flags
        self.__scope = _get_scope(flags)
        self.__namespaces = namespaces or ()
        self.__module_scope = module_scope

    def __repr__(self):
        flags_str = '|'.join(self._flags_str())
        return f'<symbol {self.__name!r}: {self._scope_str()}, {flags_str}>'

    def _scope_str(self):
        for name in _SCOPE_NAMES:
            if globals()[name] == self.__scope:
                return name
        return str(self.__scope)

    def _flags_str(self):
        # a mask (DEF_BOUND) is shown when all of its bits are set
        return [name for name in _FLAG_NAMES
                if self.__flags & globals()[name] == globals()[name]]

    def get_name(self):
        """Return the symbol's name."""
        return self.__name

    def is_referenced(self):
        """Return True if the symbol is used in its block."""
        return bool(self.__flags & USE)

    def is_parameter(self):
        """Return True if the symbol is a parameter."""
        return bool(self.__flags & DEF_PARAM)

    def is_type_parameter(self):
        """Return True if the symbol is a type parameter."""
        return bool(self.__flags & DEF_TYPE_PARAM)

    def is_global(self):
        """Return True if the symbol is global."""
        return bool(self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
                    or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_nonlocal(self):
        """Return True if the symbol is declared nonlocal."""
        return bool(self.__flags & DEF_NONLOCAL)

    def is_declared_global(self):
        """Return True if the symbol is declared global."""
        return bool(self.__scope == GLOBAL_EXPLICIT)

    def is_local(self):
        """Return True if the symbol is local."""
        return bool(self.__scope in (LOCAL, CELL)
                    or (self.__module_scope and self.__flags & DEF_BOUND))

    def is_annotated(self):
        """Return True if the symbol is annotated."""
        return bool(self.__flags & DEF_ANNOT)

    def is_free(self):
        """Return True if the symbol is a free variable (bound in an
        enclosing function)."""
        return bool(self.__scope == FREE)

    def is_free_class(self):
        """Return True if a class member is also free in a method."""
        return bool(self.__flags & DEF_FREE_CLASS)

    def is_imported(self):
        """Return True if the symbol is bound by an import."""
        return bool(self.__flags & DEF_IMPORT)

    def is_assigned(self):
        """Return True if the symbol is assigned to."""
        return bool(self.__flags & DEF_LOCAL)

    def is_comp_iter(self):
        """Return True if the symbol is a comprehension iteration variable."""
        return bool(self.__flags & DEF_COMP_ITER)

    def is_comp_cell(self):
        """Return True if the symbol is a cell in an inlined comprehension."""
        return bool(self.__flags & DEF_COMP_CELL)

    def is_namespace(self):
        """Return True if the symbol names a namespace (a def or class
        statement bound it)."""
        return bool(self.__namespaces)

    def get_namespaces(self):
        """Return a list of the namespaces the name is bound to."""
        return self.__namespaces

    def get_namespace(self):
        """Return the one namespace the name is bound to (ValueError if
        there is not exactly one)."""
        if len(self.__namespaces) == 0:
            raise ValueError("name is not bound to any namespaces")
        if len(self.__namespaces) > 1:
            raise ValueError("name is bound to multiple namespaces")
        return self.__namespaces[0]
