"""Helpers for introspecting and working with annotations (PEP 649, PEP 749).

Annotations are computed lazily by an ``__annotate__`` function that takes
a format.  The VALUE format evaluates them as written; FORWARDREF puts
ForwardRef objects where names are undefined; STRING gives the source text
of each annotation.  Functions written by the compiler only know VALUE:
the other two are obtained by running their code against a namespace whose
missing names turn into placeholder objects recording what is done to them.
"""

import ast
import builtins
import enum
import keyword
import sys
import types

__all__ = [
    'Format', 'ForwardRef', 'call_annotate_function', 'call_evaluate_function',
    'get_annotate_from_class_namespace', 'get_annotations', 'annotations_to_string',
    'type_repr',
]


class Format(enum.IntEnum):
    VALUE = 1
    VALUE_WITH_FAKE_GLOBALS = 2
    FORWARDREF = 3
    STRING = 4


# A placeholder becomes a ForwardRef in place (by assigning __class__), so both
# classes have exactly these slots.  (The placeholder classes' names are part
# of what users can see: repr(type(placeholder)).)
_SLOTS = (
    '__forward_is_argument__', '__forward_is_class__', '__forward_module__', '__weakref__',
    '__arg__', '__globals__', '__extra_names__', '__code__', '__ast_node__', '__cell__',
    '__owner__', '__stringifier_dict__', '__resolved_str_cache__',
)

_MISSING = object()


def _is_bound(cell):
    """Whether cell holds a value (reading an empty one raises ValueError)."""
    try:
        cell.cell_contents
    except ValueError:
        return False
    return True


def _star_safe(text):
    """text as an expression eval() accepts: a star unpack such as '*Ts'
    becomes the one item of a tuple display."""
    return f'({text},)[0]' if text.lstrip().startswith('*') else text


def _namespace_of(owner):
    """The globals a reference owned by owner is read in, or None."""
    if isinstance(owner, type):
        module = sys.modules.get(getattr(owner, '__module__', None) or '', None)
        return getattr(module, '__dict__', None) if module else None
    if isinstance(owner, types.ModuleType):
        return getattr(owner, '__dict__', None)
    if callable(owner):
        return getattr(owner, '__globals__', None)
    return None


def _sorted_items(mapping):
    return tuple(sorted(mapping.items())) if mapping else None


class _RenameExtras(ast.NodeTransformer):
    """Writes the names standing for embedded objects as those objects."""

    def __init__(self, extra_names):
        self.extra_names = extra_names

    def visit_Name(self, node):
        value = self.extra_names.get(node.id, _MISSING)
        if value is _MISSING:
            return node
        return ast.Name(id=type_repr(value))


def _init_slots(obj, **given):
    """Sets the slots of a ForwardRef or placeholder: those in given (named
    without underscores) to their values, the rest to None; except that
    __stringifier_dict__ stays unset unless given, as a ForwardRef made
    directly has none."""
    for slot in _SLOTS:
        key = slot.strip('_')
        if key in given:
            setattr(obj, slot, given[key])
        elif key not in ('weakref', 'stringifier_dict'):
            setattr(obj, slot, None)


class ForwardRef:
    """An annotation that is kept as source text because it could not, or
    should not yet, be evaluated.

    arg is that text (a str).  module names the module (by its name) whose
    globals the text is looked up in; owner is the module, class or function
    the annotation belongs to; is_class says it was written in a class body.
    is_argument is accepted for older callers and has no effect.
    """

    __slots__ = _SLOTS

    def __init__(self, arg, *, module=None, owner=None, is_argument=True, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        _init_slots(self, arg=arg, forward_module=module, owner=owner,
                    forward_is_argument=is_argument, forward_is_class=is_class)

    def __init_subclass__(cls, /, *args, **kwds):
        raise TypeError('Cannot subclass ForwardRef')

    def evaluate(self, *, globals=None, locals=None, type_params=None, owner=None,
                 format=Format.VALUE):
        """Evaluate the forward reference and return the value.

        If the forward reference cannot be evaluated, raise an exception.
        """
        if format == Format.STRING:
            return self.__forward_arg__
        if format not in (Format.VALUE, Format.FORWARDREF):
            raise NotImplementedError(format)
        # a reference made for a closure variable that is bound by now
        if isinstance(self.__cell__, types.CellType) and _is_bound(self.__cell__):
            return self.__cell__.cell_contents
        owner = self.__owner__ if owner is None else owner
        globals = self._globals_for(globals, owner)
        if type_params is None and owner is not None:
            type_params = getattr(owner, '__type_params__', None)
        locals = self._locals_for(locals, owner, type_params)
        return self._evaluate_in(globals, locals, owner, format == Format.FORWARDREF)

    def _globals_for(self, given, owner):
        if given is None and self.__forward_module__ is not None:
            given = getattr(sys.modules.get(self.__forward_module__, None), '__dict__', None)
        if given is None:
            given = self.__globals__
        if given is None:
            given = _namespace_of(owner)
        # eval() given None would read this module's globals
        return {} if given is None else given

    def _locals_for(self, given, owner, type_params):
        """The local namespace: the caller's (copied before anything is
        added), else the owning class's; type parameters and nonlocals fill
        in names it lacks, the embedded objects' names override."""
        if given is None:
            names = dict(vars(owner)) if isinstance(owner, type) else {}
        elif type_params is not None or isinstance(self.__cell__, dict) or self.__extra_names__:
            names = dict(given)
        else:
            names = given
        for param in type_params or ():
            names.setdefault(param.__name__, param)
        if isinstance(self.__cell__, dict):
            for cell_name, cell in self.__cell__.items():
                try:
                    names.setdefault(cell_name, cell.cell_contents)
                except ValueError:
                    pass
        if self.__extra_names__:
            names.update(self.__extra_names__)
        return names

    def _evaluate_in(self, globals, locals, owner, forward_ok):
        text = self.__forward_arg__
        if text.isidentifier() and not keyword.iskeyword(text):
            for space in (locals, globals, builtins.__dict__):
                if text in space:
                    return space[text]
            if forward_ok:
                return self
            raise NameError(f"name '{text:.200}' is not defined", name=text)
        code = self.__forward_code__
        if not forward_ok:
            return eval(code, globals, locals)
        try:
            return eval(code, globals, locals)
        except Exception:
            pass
        # what cannot be evaluated is kept as references to the missing names
        space = _StringifierDict({**builtins.__dict__, **globals, **locals}, globals=globals,
                                 owner=owner,
                                 is_class=self.__forward_is_class__, format=Format.FORWARDREF)
        try:
            value = eval(code, globals=globals, locals=space)
        except Exception:
            return self
        space.to_forwardrefs(self.__cell__)
        return value

    def _evaluate(self, globalns, localns, type_params=_MISSING, *, recursive_guard):
        # kept for older callers, deprecated: typing.evaluate_forward_ref does this
        import typing
        import warnings
        name = 'typing.ForwardRef._evaluate'
        if type_params is _MISSING:
            warnings.warn(
                f"Failing to pass a value to the 'type_params' parameter of {name!r} is "
                f"deprecated, as it leads to incorrect behaviour when calling {name} on a "
                f"stringified annotation that references a PEP 695 type parameter. "
                f"It will be disallowed in Python 3.15.", DeprecationWarning, stacklevel=2)
            type_params = ()
        warnings.warn(
            'ForwardRef._evaluate is a private API and is retained for compatibility, but will '
            'be removed in Python 3.16. Use ForwardRef.evaluate() or '
            'typing.evaluate_forward_ref() instead.', DeprecationWarning, stacklevel=2)
        return typing.evaluate_forward_ref(self, globals=globalns, locals=localns,
                                           type_params=type_params,
                                           _recursive_guard=recursive_guard)

    @property
    def __forward_arg__(self):
        # a placeholder turned reference keeps its ast until the text is asked for
        if self.__arg__ is None:
            if self.__ast_node__ is None:
                raise AssertionError(
                    "Attempted to access '__forward_arg__' on an uninitialized ForwardRef")
            self.__arg__ = ast.unparse(self.__ast_node__)
        return self.__arg__

    @property
    def __resolved_str__(self):
        """__forward_arg__ with the names of embedded objects written as
        type_repr() of those objects."""
        if self.__resolved_str_cache__ is None:
            text = self.__forward_arg__
            if self.__extra_names__:
                tree = ast.parse(text, mode='eval').body
                text = ast.unparse(_RenameExtras(self.__extra_names__).visit(tree))
            self.__resolved_str_cache__ = text
        return self.__resolved_str_cache__

    @property
    def __forward_code__(self):
        if self.__code__ is None:
            text = self.__forward_arg__
            try:
                self.__code__ = compile(_star_safe(text), '<string>', 'eval')
            except SyntaxError:
                raise SyntaxError(f'Forward reference must be an expression -- got {text!r}')
        return self.__code__

    def _cell_ids(self):
        # cells (and the globals dict) are told apart by identity
        cell = self.__cell__
        if isinstance(cell, dict):
            return tuple(sorted((name, id(c)) for name, c in cell.items()))
        return id(cell)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__
                and self.__globals__ is other.__globals__
                and self.__forward_is_class__ == other.__forward_is_class__
                and self._cell_ids() == other._cell_ids()
                and self.__owner__ == other.__owner__
                and _sorted_items(self.__extra_names__) == _sorted_items(other.__extra_names__))

    def __or__(self, other):
        return types.UnionType[self, other]

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__, id(self.__globals__),
                     self.__forward_is_class__, (self._cell_ids(),), self.__owner__,
                     _sorted_items(self.__extra_names__)))

    def __repr__(self):
        parts = [repr(self.__resolved_str__)]
        if self.__forward_module__ is not None:
            parts.append(f'module={self.__forward_module__!r}')
        if self.__forward_is_class__:
            parts.append('is_class=True')
        if self.__owner__ is not None:
            parts.append(f'owner={self.__owner__!r}')
        return f"ForwardRef({', '.join(parts)})"

    def __ror__(self, other):
        return types.UnionType[other, self]



# ---- placeholders for missing names -----------------------------------------------

class _Stringifier:
    """What a missing name evaluates to while an annotate function runs
    against fake globals: each operation on it gives a new placeholder for
    the expression written so far (kept as an ast node, or a str for a
    plain name).  Objects that are not placeholders or simple constants
    are named by a fresh identifier held in __extra_names__."""

    __slots__ = _SLOTS

    def __init__(self, node, globals=None, owner=None, is_class=False, cell=None, *,
                 space, extra_names=None):
        _init_slots(self, ast_node=node, globals=globals, owner=owner, cell=cell,
                    forward_is_argument=False, forward_is_class=is_class,
                    extra_names=extra_names, stringifier_dict=space)

    def _node(self):
        node = self.__ast_node__
        return ast.Name(id=node) if isinstance(node, str) else node

    def _derive(self, node, extra_names=None):
        """A new placeholder for node, knowing this one's embedded objects."""
        names = dict(self.__extra_names__ or ())
        names.update(extra_names or ())
        space = self.__stringifier_dict__
        return space.track(_Stringifier(node, self.__globals__, self.__owner__,
                                        self.__forward_is_class__, space=space,
                                        extra_names=names or None))

    def _to_node(self, value, names):
        """value as an ast node; names of embedded objects go into names."""
        if isinstance(value, _Stringifier):
            names.update(value.__extra_names__ or ())
            return value._node()
        if _Template is not None and type(value) is _Template:
            return _template_node(value)
        kind = type(value)
        if (self.__stringifier_dict__.format == Format.STRING or value is None
                or kind in (str, int, float, bool, complex)):
            # STRING shows such an object by its repr, not by a made-up name
            return ast.Constant(value=value)
        if kind is dict:
            return ast.Dict([self._to_node(k, names) for k in value],
                            [self._to_node(v, names) for v in value.values()])
        if kind in (list, tuple, set):
            display = {list: ast.List, tuple: ast.Tuple, set: ast.Set}[kind]
            return display([self._to_node(item, names) for item in value])
        name = self.__stringifier_dict__.fresh_name()
        names[name] = value
        return ast.Name(id=name)

    def _to_index_node(self, value, names):
        if not isinstance(value, slice):
            return self._to_node(value, names)
        part = lambda v: None if v is None else self._to_node(v, names)
        return ast.Slice(lower=part(value.start), upper=part(value.stop), step=part(value.step))

    def __hash__(self):
        # by identity: placeholders used as dict keys stay apart
        return id(self)

    def __getitem__(self, key):
        if self.__ast_node__ == '__classdict__':
            # a class-scope name is read through this mapping: answering
            # "not here" sends the lookup on to the (fake) globals
            raise KeyError
        names = {}
        if isinstance(key, tuple):
            index = ast.Tuple([self._to_index_node(item, names) for item in key])
        else:
            index = self._to_index_node(key, names)
        return self._derive(ast.Subscript(self._node(), index), names)

    def __getattr__(self, attr):
        return self._derive(ast.Attribute(self._node(), attr))

    def __call__(self, *args, **kwargs):
        names = {}
        positional = [self._to_node(arg, names) for arg in args]
        keywords = [ast.keyword(key, self._to_node(value, names)) for key, value in kwargs.items()]
        return self._derive(ast.Call(self._node(), positional, keywords), names)

    def __iter__(self):
        yield self._derive(ast.Starred(self._node()))

    def __repr__(self):
        node = self.__ast_node__
        return node if isinstance(node, str) else ast.unparse(node)

    def __format__(self, format_spec):
        raise TypeError('Cannot stringify annotation containing string formatting')


def _binary(op, reflected):
    def method(self, other):
        names = {}
        operand = self._to_node(other, names)
        left, right = (operand, self._node()) if reflected else (self._node(), operand)
        return self._derive(ast.BinOp(left, op, right), names)
    return method


def _comparison(op):
    def method(self, other):
        names = {}
        operand = self._to_node(other, names)
        return self._derive(ast.Compare(left=self._node(), ops=[op], comparators=[operand]), names)
    return method


def _unary(op):
    def method(self):
        return self._derive(ast.UnaryOp(op, self._node()))
    return method


def _add_operators(cls):
    binary = (('add', ast.Add), ('sub', ast.Sub), ('mul', ast.Mult), ('matmul', ast.MatMult),
              ('truediv', ast.Div), ('mod', ast.Mod), ('lshift', ast.LShift),
              ('rshift', ast.RShift), ('or', ast.BitOr), ('xor', ast.BitXor),
              ('and', ast.BitAnd), ('floordiv', ast.FloorDiv), ('pow', ast.Pow))
    for name, op in binary:
        setattr(cls, f'__{name}__', _binary(op(), False))
    for name, op in binary:
        setattr(cls, f'__r{name}__', _binary(op(), True))
    for name, op in (('lt', ast.Lt), ('le', ast.LtE), ('eq', ast.Eq), ('ne', ast.NotEq),
                     ('gt', ast.Gt), ('ge', ast.GtE)):
        setattr(cls, f'__{name}__', _comparison(op()))
    for name, op in (('invert', ast.Invert), ('pos', ast.UAdd), ('neg', ast.USub)):
        setattr(cls, f'__{name}__', _unary(op()))


_add_operators(_Stringifier)


class _StringifierDict(dict):
    """Fake globals: a name it lacks reads as a new placeholder, which is
    remembered so that FORWARDREF can turn it into a ForwardRef later."""

    def __init__(self, namespace, *, globals=None, owner=None, is_class=False, format):
        super().__init__(namespace)
        # what each new placeholder is told about where it was written
        self.context = dict(globals=globals, owner=owner, is_class=is_class)
        self.format = format
        self.made = []      # every placeholder, to become references later
        self.names_used = 0

    def __missing__(self, key):
        return self.track(_Stringifier(key, space=self, **self.context))

    def track(self, placeholder):
        self.made.append(placeholder)
        return placeholder

    def to_forwardrefs(self, cell_dict):
        """Turns every placeholder made into a ForwardRef, in place."""
        for ref in self.made:
            ref.__class__ = ForwardRef
            ref.__stringifier_dict__ = None
            if isinstance(ref.__ast_node__, str):
                ref.__arg__, ref.__ast_node__ = ref.__ast_node__, None
            if cell_dict is not None and ref.__cell__ is None:
                ref.__cell__ = cell_dict

    def fresh_name(self):
        self.names_used += 1
        return f'__annotationlib_name_{self.names_used}__'


# ---- template strings in annotations ------------------------------------------------

try:
    from string.templatelib import Template as _Template
except ImportError:
    _Template = None


def _template_node(template):
    """A t-string literal for template when each interpolation's expression
    parses, else a call of the Template constructor (the nearest text)."""
    exprs = []
    for part in template.interpolations:
        if not part.expression.strip():
            return _template_call(template)
        try:
            # parenthesised so that the braces' own spacing is allowed
            exprs.append(ast.parse(f'({part.expression})', mode='eval').body)
        except SyntaxError:
            return _template_call(template)
    values = []
    for part in template:
        if isinstance(part, str):
            values.append(ast.Constant(value=part))
            continue
        spec = ast.Constant(value=part.format_spec) if part.format_spec else None
        values.append(ast.Interpolation(str=part.expression, value=exprs.pop(0),
                                        conversion=ord(part.conversion) if part.conversion else -1,
                                        format_spec=spec))
    return ast.TemplateStr(values=values)


def _template_call(template):
    args = []
    for part in template:
        if isinstance(part, str):
            args.append(ast.Constant(value=part))
        else:
            fields = (part.value, part.expression, part.conversion, part.format_spec)
            args.append(ast.Call(func=ast.Name(id='Interpolation'),
                                 args=[ast.Constant(value=f) for f in fields]))
    return ast.Call(func=ast.Name(id='Template'), args=args, keywords=[])


# ---- calling annotate functions -----------------------------------------------------

def _as_string(value):
    """One annotation in the STRING format."""
    if value is ...:
        return '...'
    if isinstance(value, str):
        # already a string: 'from __future__ import annotations' or quoted
        return value
    if _Template is not None and isinstance(value, _Template):
        return ast.unparse(_template_node(value))
    return repr(value)


def _fake_closure(annotate, owner, is_class, space, keep_bound):
    """(closure, {name: original cell}) for running annotate's code against
    space: free variables become placeholders, except bound ones when
    keep_bound is true.  (None, None) for a function without a closure."""
    if not annotate.__closure__:
        return None, None
    cells = []
    originals = {}
    for name, cell in zip(annotate.__code__.co_freevars, annotate.__closure__, strict=True):
        originals[name] = cell
        if keep_bound and _is_bound(cell):
            cells.append(cell)
            continue
        placeholder = _Stringifier(name, cell=cell, owner=owner, globals=annotate.__globals__,
                                   is_class=is_class, space=space)
        cells.append(types.CellType(space.track(placeholder)))
    return tuple(cells), originals


def _run_with_fake_globals(annotate, space, owner, keep_bound):
    """annotate's code run in VALUE_WITH_FAKE_GLOBALS against space; returns
    (result, {name: original cell})."""
    closure, originals = _fake_closure(annotate, owner, isinstance(owner, type), space, keep_bound)
    fake = types.FunctionType(annotate.__code__, space, closure=closure,
                              argdefs=annotate.__defaults__, kwdefaults=annotate.__kwdefaults__)
    return fake(Format.VALUE_WITH_FAKE_GLOBALS), originals


def _to_forwardref_format(value):
    return value.evaluate(format=Format.FORWARDREF) if isinstance(value, ForwardRef) else value


def _call_for_forwardrefs(annotate, owner, single):
    """The FORWARDREF format by fake globals: first over the real globals
    and builtins, so that defined names keep their values; if that raises,
    again over an empty namespace, every name then a reference."""
    is_class = isinstance(owner, type)
    space = _StringifierDict({**annotate.__builtins__, **annotate.__globals__},
                             globals=annotate.__globals__, owner=owner, is_class=is_class,
                             format=Format.FORWARDREF)
    try:
        result, originals = _run_with_fake_globals(annotate, space, owner, True)
    except NotImplementedError:
        # a hand-written function knowing VALUE alone
        return annotate(Format.VALUE)
    except Exception:
        result = _MISSING
    if result is not _MISSING:
        space.to_forwardrefs(originals)
        return result
    space = _StringifierDict({}, globals=annotate.__globals__, owner=owner, is_class=is_class,
                             format=Format.FORWARDREF)
    result, originals = _run_with_fake_globals(annotate, space, owner, False)
    space.to_forwardrefs(originals)
    if single:
        return _to_forwardref_format(result)
    return {key: _to_forwardref_format(value) for key, value in result.items()}


_REFUSED = object()


def _ask(annotate, format):
    """annotate(format), or _REFUSED when it raises NotImplementedError."""
    try:
        return annotate(format)
    except NotImplementedError:
        return _REFUSED


def _call_for_strings(annotate, owner, single):
    """The STRING format by fake globals, where every name is a placeholder."""
    try:
        annotate(Format.VALUE_WITH_FAKE_GLOBALS)
    except NotImplementedError:
        # a hand-written function knowing VALUE alone; asked while the
        # refusal is handled, so that a second refusal is chained to it
        values = annotate(Format.VALUE)
        return annotations_to_string(values)
    except Exception:
        pass  # it does take fake globals; only the real ones failed
    result, _ = _run_with_fake_globals(annotate, _StringifierDict({}, format=Format.STRING),
                                       owner, False)
    if single:
        return _as_string(result)
    return {key: _as_string(value) for key, value in result.items()}


def call_annotate_function(annotate, format, *, owner=None, _is_evaluate=False):
    """Return what the annotate function gives for format, a Format member or
    its int value.

    The function is asked directly first.  Functions made by the compiler
    only answer VALUE; for FORWARDREF and STRING their code is run again
    against fake globals so that undefined names become ForwardRef objects
    or source text.  owner, the module, class or function the annotations
    belong to, is recorded in the ForwardRef objects so that they can be
    evaluated later.
    """
    if format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise ValueError('The VALUE_WITH_FAKE_GLOBALS format is for internal use only')
    answer = _ask(annotate, format)
    if answer is not _REFUSED:
        return answer
    fallbacks = {Format.STRING: _call_for_strings, Format.FORWARDREF: _call_for_forwardrefs}
    if format in fallbacks:
        return fallbacks[format](annotate, owner, _is_evaluate)
    if format == Format.VALUE:
        # compiler-made functions never refuse VALUE
        raise RuntimeError('annotate function does not support VALUE format')
    raise ValueError(f'Invalid format: {format!r}')


def call_evaluate_function(evaluate, format, *, owner=None):
    """Like call_annotate_function, for the lazily computed value of a type
    alias or a type parameter's bound, constraints or default: the result
    is that one value rather than a dict."""
    return call_annotate_function(evaluate, format, owner=owner, _is_evaluate=True)


def get_annotate_from_class_namespace(obj):
    """The annotate function stored in a class body's namespace, or None.

    Meant for a metaclass __new__, which sees the namespace before the class
    (and so its __annotate__ attribute) exists.
    """
    try:
        found = obj['__annotate__']
    except KeyError:
        # a class body that also sets __annotate__ keeps the compiler's here
        found = obj.get('__annotate_func__', None)
    return found


# ---- get_annotations ------------------------------------------------------------------

# type's own __annotations__ getter: a class's own annotations, never a base's
_class_annotations = type.__dict__['__annotations__'].__get__


def _dunder_annotations(obj):
    """obj.__annotations__ (None when it has none), checked to be a dict."""
    if isinstance(obj, type):
        try:
            found = _class_annotations(obj)
        except AttributeError:
            return None  # a static type
    else:
        found = getattr(obj, '__annotations__', None)
        if found is None:
            return None
    if not isinstance(found, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    return found


def _annotate_result(obj, format):
    """What obj.__annotate__ gives in format, or None without one."""
    annotate = getattr(obj, '__annotate__', None)
    if annotate is None:
        return None
    found = call_annotate_function(annotate, format, owner=obj)
    if not isinstance(found, dict):
        raise ValueError(f'{obj!r}.__annotate__ returned a non-dict')
    return found


def get_annotations(obj, *, globals=None, locals=None, eval_str=False, format=Format.VALUE):
    """A fresh dict of the annotations of obj, in the given format.

    obj is a module, class, function or other callable, or any object with
    __annotations__ or __annotate__; other objects raise TypeError.
    VALUE reads __annotations__ and calls __annotate__ when that is absent.
    FORWARDREF reads __annotations__ when it can, else calls __annotate__
    with names it cannot resolve given as ForwardRef objects.  STRING calls
    __annotate__ for source text, else converts __annotations__ with
    annotations_to_string().

    If eval_str is true, values of type str are replaced by the result of
    eval() on them, in globals and locals (which default to the namespaces
    of obj: its module's for a class, a module's own, a function's
    __globals__ after unwrapping).
    """
    if eval_str and format != Format.VALUE:
        raise ValueError('eval_str=True is only supported with format=Format.VALUE')
    if format == Format.VALUE:
        found = _dunder_annotations(obj)
        if found is None:
            found = _annotate_result(obj, format)
    elif format == Format.FORWARDREF:
        try:
            found = _dunder_annotations(obj)
        except Exception:
            found = None
        else:
            if found is not None:
                return dict(found)
        found = _annotate_result(obj, format)
        if found is None:
            found = _dunder_annotations(obj)
    elif format == Format.STRING:
        found = _annotate_result(obj, format)
        if found is not None:
            return dict(found)
        found = _dunder_annotations(obj)
        if found is not None:
            return annotations_to_string(found)
    elif format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise ValueError('The VALUE_WITH_FAKE_GLOBALS format is for internal use only')
    else:
        raise ValueError(f'Unsupported format {format!r}')
    if found is None:
        if isinstance(obj, type) or callable(obj):
            return {}
        raise TypeError(f'{obj!r} does not have annotations')
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    return _evaluate_strings(obj, found, globals, locals)


def _unwrapped(obj):
    """obj after following __wrapped__ and functools.partial's func, stopping
    at a cycle."""
    seen = {id(obj)}
    partial = getattr(sys.modules.get('functools'), 'partial', None)
    while True:
        if hasattr(obj, '__wrapped__'):
            inner = obj.__wrapped__
        elif partial is not None and isinstance(obj, partial):
            inner = obj.func
        else:
            return obj
        if id(inner) in seen:
            return obj
        seen.add(id(inner))
        obj = inner


def _default_scopes(obj):
    """(globals, locals) for evaluating obj's string annotations."""
    if isinstance(obj, type):
        return _namespace_of(obj), dict(vars(obj))
    if isinstance(obj, types.ModuleType):
        return getattr(obj, '__dict__'), None
    if callable(obj):
        found = getattr(obj, '__globals__', None)
        inner = _unwrapped(obj)
        return getattr(inner, '__globals__', found), None
    return None, None


def _evaluate_strings(obj, found, globals, locals):
    if globals is None or locals is None:
        own_globals, own_locals = _default_scopes(obj)
        if globals is None:
            globals = own_globals
        if locals is None:
            locals = own_locals
    type_params = getattr(obj, '__type_params__', ())
    if type_params:
        # as an annotation scope would see them, unless locals shadow them
        locals = {param.__name__: param for param in type_params} | (locals or {})
    return {key: eval(_star_safe(value), globals, locals) if isinstance(value, str) else value
            for key, value in found.items()}


# ---- strings for values ---------------------------------------------------------------

def _qualified_name(obj):
    """module.qualname for a class or function, bare for builtins."""
    module = obj.__module__
    if module is None:
        # a method of a built-in object: named after the owner's module
        owner = getattr(obj, '__self__', None)
        if owner is not None:
            module = getattr(owner if isinstance(owner, type) else type(owner), '__module__')
    if module in (None, 'builtins'):
        return obj.__qualname__
    return f'{module}.{obj.__qualname__}'


def type_repr(value):
    """value written as it would appear in a STRING-format annotation.

    Classes and functions give their qualified names, Ellipsis gives '...',
    template strings their t-string source, anything else its repr().  For
    tools that build STRING annotations without the source text at hand.
    """
    if isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)):
        return _qualified_name(value)
    if value is ...:
        return '...'
    if _Template is not None and isinstance(value, _Template):
        return ast.unparse(_template_node(value))
    return repr(value)


def annotations_to_string(annotations):
    """A new dict with the same keys where every value that is not already a
    str is replaced by type_repr() of it: an approximation of STRING."""
    return {name: value if isinstance(value, str) else type_repr(value)
            for name, value in annotations.items()}
