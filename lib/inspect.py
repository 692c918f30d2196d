"""Get useful information from live Python objects.

This module encapsulates the interface provided by the internal special
attributes (co_*, im_*, tb_*, etc.) in a friendlier fashion.
It also provides some help for examining source code and class layout.
"""

# Layout of this file:
#   1. flag constants and the is*() predicates;
#   2. members of objects and classes (getmembers, getattr_static, ...);
#   3. modules, files and source text (read through linecache: cipy runs
#      compiled code, so the source is whatever file co_filename names);
#   4. frames, generators and coroutines;
#   5. the older argument helpers (getfullargspec, getcallargs, ...);
#   6. Parameter, Signature and BoundArguments, and signature() itself.

from annotationlib import Format, ForwardRef, get_annotations
import builtins
import collections
import collections.abc
import enum
import functools
import linecache
import os
import sys
import tokenize
import types

# ---- 1. constants and predicates ------------------------------------------

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200
CO_HAS_DOCSTRING = 0x4000000
CO_METHOD = 0x8000000

TPFLAGS_IS_ABSTRACT = 1 << 20


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function.

    Function objects provide these attributes:
        __doc__         documentation string
        __name__        name with which this function was defined
        __qualname__    qualified name of this function
        __module__      name of the module the function was defined in or None
        __code__        code object containing compiled function bytecode
        __defaults__    tuple of any default values for arguments
        __globals__     global namespace in which this function was defined
        __annotations__ dict of parameter annotations
        __kwdefaults__  dict of keyword only parameters with defaults
        __dict__        namespace which is supporting arbitrary function attributes
        __closure__     a tuple of cells or None
        __type_params__ tuple of type parameters"""
    return isinstance(object, types.FunctionType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor.

    But not if ismethod() or isclass() or isfunction() are true.

    This is new in Python 2.2, and, for example, is true of int.__add__.
    An object passing this test has a __get__ attribute, but not a
    __set__ attribute or a __delete__ attribute. Beyond that, the set
    of attributes varies; __name__ is usually sensible, and __doc__
    often is.

    Methods implemented via descriptors that also pass one of the other
    tests return false from the ismethoddescriptor() test, simply because
    the other tests promise more -- you can, e.g., count on having the
    __func__ attribute (etc) when an object passes ismethod()."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return (hasattr(kind, '__get__') and not hasattr(kind, '__set__')
            and not hasattr(kind, '__delete__'))


def isdatadescriptor(object):
    """Return true if the object is a data descriptor.

    Data descriptors have a __set__ or a __delete__ attribute.  Examples are
    properties (defined in Python) and getsets and members (defined in C).
    Typically, data descriptors will also have __name__ and __doc__ attributes
    (properties, getsets, and members have both of these attributes), but this
    is not guaranteed."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor.

    Member descriptors are specialized descriptors defined in extension
    modules."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor.

    getset descriptors are specialized descriptors defined in extension
    modules."""
    return isinstance(object, types.GetSetDescriptorType)


def _code_flag_set(object, flag):
    """Whether object, seen through methods, partials and functools.wraps
    chains of functions, is a function whose code carries flag."""
    object = _peel_callable(object)
    if not (isfunction(object) or _looks_like_function(object)):
        return False
    return bool(object.__code__.co_flags & flag)


def _peel_callable(object):
    """The function underneath bound methods and partial objects."""
    while True:
        if ismethod(object):
            object = object.__func__
        elif isinstance(object, functools.partial):
            object = object.func
        elif isinstance(object, functools.partialmethod):
            object = object.func
        elif isinstance(getattr(object, '__partialmethod__', None), functools.partialmethod):
            # the function a class attribute partialmethod gives
            object = object.__partialmethod__.func
        else:
            return object


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function.

    Generator function objects provide the same attributes as functions.
    See help(isfunction) for a list of attributes."""
    return _code_flag_set(obj, CO_GENERATOR)


# The attribute markcoroutinefunction() sets, and the value it holds there.
_COROUTINE_MARK_ATTR = '_inspect_marked_coroutine'
_coroutine_mark = object()


def markcoroutinefunction(func):
    """
    Decorator to ensure callable is recognised as a coroutine function.
    """
    target = func.__func__ if hasattr(func, '__func__') else func
    setattr(target, _COROUTINE_MARK_ATTR, _coroutine_mark)
    return func


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function.

    Coroutine functions are normally defined with "async def" syntax, but may
    be marked via markcoroutinefunction.
    """
    if _code_flag_set(obj, CO_COROUTINE):
        return True
    target = _peel_callable(obj)
    return getattr(target, _COROUTINE_MARK_ATTR, None) is _coroutine_mark


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function.

    Asynchronous generator functions are defined with "async def"
    syntax and have "yield" expressions in their body.
    """
    return _code_flag_set(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator.

    Generator objects provide these attributes:
        gi_code         code object
        gi_frame        frame object or possibly None once the generator has
                        been exhausted
        gi_running      set to 1 when generator is executing, 0 otherwise
        gi_yieldfrom    object being iterated by yield from or None

        __iter__()      defined to support iteration over container
        close()         raises a new GeneratorExit exception inside the
                        generator to terminate the iteration
        send()          resumes the generator and "sends" a value that becomes
                        the result of the current yield-expression
        throw()         used to raise an exception inside the generator"""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    if isinstance(object, (types.CoroutineType, collections.abc.Awaitable)):
        return True
    # a generator made awaitable by types.coroutine
    return (isinstance(object, types.GeneratorType)
            and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE))


def istraceback(object):
    """Return true if the object is a traceback.

    Traceback objects provide these attributes:
        tb_frame        frame object at this level
        tb_lasti        index of last attempted instruction in bytecode
        tb_lineno       current line number in Python source code
        tb_next         next inner traceback object (called by this level)"""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object.

    Frame objects provide these attributes:
        f_back          next outer frame object (this frame's caller)
        f_builtins      built-in namespace seen by this frame
        f_code          code object being executed in this frame
        f_globals       global namespace seen by this frame
        f_lasti         index of last attempted instruction in bytecode
        f_lineno        current line number in Python source code
        f_locals        local namespace seen by this frame
        f_trace         tracing function for this frame, or None
        f_trace_lines   is a tracing event triggered for each source line?
        f_trace_opcodes are per-opcode events being requested?

        clear()          used to clear all references to local variables"""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object.

    Code objects provide these attributes:
        co_argcount         number of arguments (not including *, ** args
                            or keyword only arguments)
        co_code             string of raw compiled bytecode
        co_cellvars         tuple of names of cell variables
        co_consts           tuple of constants used in the bytecode
        co_filename         name of file in which this code object was created
        co_firstlineno      number of first line in Python source code
        co_flags            bitmap: 1=optimized | 2=newlocals | 4=*arg | 8=**arg
                            | 16=nested | 32=generator | 64=nofree | 128=coroutine
                            | 256=iterable_coroutine | 512=async_generator
                            | 0x4000000=has_docstring
        co_freevars         tuple of names of free variables
        co_posonlyargcount  number of positional only arguments
        co_kwonlyargcount   number of keyword only arguments (not including ** arg)
        co_lnotab           encoded mapping of line numbers to bytecode indices
        co_name             name with which this code object was defined
        co_names            tuple of names other than arguments and function locals
        co_nlocals          number of local variables
        co_stacksize        virtual machine stack space required
        co_varnames         tuple of names of arguments and local variables
        co_qualname         fully qualified function name
    """
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method.

    Built-in functions and methods provide these attributes:
        __doc__         documentation string
        __name__        original name of this function or method
        __self__        instance to which a method is bound, or None"""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    if isbuiltin(object) or isfunction(object) or ismethod(object):
        return True
    return ismethoddescriptor(object) or ismethodwrapper(object)


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__flags__', 0) & TPFLAGS_IS_ABSTRACT:
        return True
    # cipy's abc is written in Python and may not set the type flag
    marked = object.__dict__.get('__abstractmethods__')
    if marked is not None:
        return bool(marked)
    if not issubclass(type(object), __import__('abc').ABCMeta):
        return False
    # a class still being built (seen from __init_subclass__): look for
    # abstract methods it defines or inherits
    for name, value in object.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(object, name, None), '__isabstractmethod__', False):
                return True
    return False


def ispackage(object):
    """Return true if the object is a package."""
    return ismodule(object) and hasattr(object, '__path__')


def _looks_like_function(obj):
    """Whether obj carries the attributes of a Python function (as
    Cython's functions do) without being one."""
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    if not isinstance(code, types.CodeType):
        return False
    defaults = getattr(obj, '__defaults__', None)
    kwdefaults = getattr(obj, '__kwdefaults__', None)
    return (isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict)))


# ---- 2. members --------------------------------------------------------------

def getmro(cls):
    "Return tuple of base classes (including cls) in method resolution order."
    return cls.__mro__


def _dynamic_names(cls):
    """Names of DynamicClassAttribute entries along cls's MRO: dir() may
    leave them out, since reading them on the class raises."""
    found = []
    for klass in cls.__mro__:
        for name, value in klass.__dict__.items():
            if isinstance(value, types.DynamicClassAttribute):
                found.append(name)
    return found


def _collect_members(object, predicate, fetch):
    if isclass(object):
        chain = (object,) + tuple(getmro(object))
        candidates = dir(object) + _dynamic_names(object)
    else:
        chain = ()
        candidates = dir(object)
    seen = set()
    pairs = []
    for name in candidates:
        if name in seen:
            continue
        try:
            value = fetch(object, name)
        except AttributeError:
            # a class attribute whose descriptor refuses the class itself:
            # report the raw entry of the first class that holds it
            for klass in chain:
                if name in klass.__dict__:
                    value = klass.__dict__[name]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            pairs.append((name, value))
        seen.add(name)
    pairs.sort(key=lambda pair: pair[0])
    return pairs


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name.
    Optionally, only return members that satisfy a given predicate."""
    return _collect_members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name
    without triggering dynamic lookup via the descriptor protocol,
    __getattr__ or __getattribute__. Optionally, only return members that
    satisfy a given predicate.

    Note: this function may not be able to retrieve all members
       that getmembers can fetch (like dynamically created attributes)
       and may find members that getmembers can't (like descriptors
       that raise AttributeError). It can also return descriptor objects
       instead of instance members in some cases.
    """
    return _collect_members(object, predicate, getattr_static)


_MISSING = object()


def _raw_dict(obj):
    """obj's own __dict__, read through the '__dict__' descriptor of its
    type rather than through attribute lookup; _MISSING without one."""
    entry = _lookup_along(type(obj), '__dict__')
    if isinstance(entry, types.GetSetDescriptorType) and entry.__name__ == '__dict__':
        try:
            return entry.__get__(obj)
        except (AttributeError, TypeError):
            pass
    return _MISSING


def _static_mro(klass):
    """klass's MRO, never calling an overridden mro property."""
    try:
        return type.__dict__['__mro__'].__get__(klass)
    except (TypeError, AttributeError):
        return ()


def _lookup_along(klass, attr):
    """The raw entry for attr in the first class of klass's MRO whose
    namespace holds it, or _MISSING."""
    for base in _static_mro(klass):
        space = type.__dict__['__dict__'].__get__(base)
        if attr in space:
            return space[attr]
    return _MISSING


def _is_data_descriptor_static(value):
    kind = type(value)
    return (_lookup_along(kind, '__set__') is not _MISSING
            or _lookup_along(kind, '__delete__') is not _MISSING)


def getattr_static(obj, attr, default=_MISSING):
    """Retrieve attributes without triggering dynamic lookup via the
       descriptor protocol,  __getattr__ or __getattribute__.

       Note: this function may not be able to retrieve all attributes
       that getattr can fetch (like dynamically created attributes)
       and may find attributes that getattr can't (like descriptors
       that raise AttributeError). It can also return descriptor objects
       instead of instance members in some cases. See the
       documentation for details.
    """
    if isinstance(obj, type):
        found = _lookup_along(obj, attr)
        if found is not _MISSING:
            # a data descriptor of the metaclass still wins
            meta = _lookup_along(type(obj), attr)
            if meta is not _MISSING and _is_data_descriptor_static(meta):
                return meta
            return found
        found = _lookup_along(type(obj), attr)
        if found is not _MISSING:
            return found
    else:
        from_class = _lookup_along(type(obj), attr)
        if from_class is not _MISSING and _is_data_descriptor_static(from_class):
            return from_class
        own = _raw_dict(obj)
        if own is not _MISSING:
            try:
                return dict.__getitem__(own, attr) if isinstance(own, dict) else own[attr]
            except KeyError:
                pass
        if from_class is not _MISSING:
            return from_class
    if default is not _MISSING:
        return default
    raise AttributeError(attr)


Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')


def _attribute_kind(raw, value):
    if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
        return 'static method'
    if isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
        return 'class method'
    if isinstance(raw, property):
        return 'property'
    if isroutine(value):
        return 'method'
    return 'data'


def classify_class_attrs(cls):
    """Return list of attribute-descriptor tuples.

    For each name in dir(cls), the return list contains a 4-tuple
    with these elements:

        0. The name (a string).

        1. The kind of attribute this is, one of these strings:
               'class method'    created via classmethod()
               'static method'   created via staticmethod()
               'property'        created via property()
               'method'          any other flavor of method or descriptor
               'data'            not a method

        2. The class which defined this attribute (a class).

        3. The object as obtained by calling getattr; if this fails, or if the
           resulting object does not live anywhere in the class' mro (including
           metaclasses) then the object is looked up in the defining class's
           dict (found by walking the mro).

    If one of the items in dir(cls) is stored in the metaclass it will now
    be discovered and not have None be listed as the class in which it was
    defined.  Any items whose home class cannot be discovered are skipped.
    """
    chain = getmro(cls)
    meta_chain = tuple(k for k in getmro(type(cls)) if k is not type)
    result = []
    seen = set()
    for name in dir(cls) + _dynamic_names(cls):
        if name in seen:
            continue
        seen.add(name)
        owner = None
        raw = _MISSING
        for klass in chain + meta_chain:
            if name in klass.__dict__:
                owner, raw = klass, klass.__dict__[name]
                break
        try:
            value = getattr(cls, name)
        except Exception:
            value = raw
        if owner is None:
            owner = getattr(value, '__objclass__', None)
            if owner is None:
                continue
        shown = raw if raw is not _MISSING else value
        result.append(Attribute(name, _attribute_kind(raw, value), owner, shown))
    return result


def getclasstree(classes, unique=False):
    """Arrange the given list of classes into a hierarchy of nested lists.

    Where a nested list appears, it contains classes derived from the class
    whose entry immediately precedes the list.  Each entry is a 2-tuple
    containing a class and a tuple of its base classes.  If the 'unique'
    argument is true, exactly one entry appears in the returned structure
    for each class in the given list.  Otherwise, classes using multiple
    inheritance and their descendants will appear multiple times."""
    below = {}
    tops = []
    for klass in classes:
        if not klass.__bases__:
            if klass not in tops:
                tops.append(klass)
            continue
        for parent in klass.__bases__:
            kids = below.setdefault(parent, [])
            if klass not in kids:
                kids.append(klass)
            if unique and parent in classes:
                break
    for parent in below:
        if parent not in classes and parent not in tops:
            tops.append(parent)
    return walktree(tops, below, None)


def walktree(classes, children, parent):
    """Recursive helper function for getclasstree()."""
    tree = []
    for klass in sorted(classes, key=lambda c: (c.__module__, c.__name__)):
        tree.append((klass, klass.__bases__))
        if klass in children:
            tree.append(walktree(children[klass], children, klass))
    return tree


def unwrap(func, *, stop=None):
    """Get the object wrapped by *func*.

   Follows the chain of :attr:`__wrapped__` attributes returning the last
   object in the chain.

   *stop* is an optional callback accepting an object in the wrapper chain
   as its sole argument that allows the unwrapping to be terminated early if
   the callback returns a true value. If the callback never returns a true
   value, the last object in the chain is returned instead. The callback
   is invoked on each object in the chain, including the innermost one.

   :exc:`ValueError` is raised if a cycle is encountered.

    """
    current = func
    visited = {id(current): current}
    limit = sys.getrecursionlimit()
    while hasattr(current, '__wrapped__'):
        if stop is not None and stop(current):
            break
        current = current.__wrapped__
        if id(current) in visited or len(visited) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        visited[id(current)] = current
    return current


# ---- documentation -----------------------------------------------------------

def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _inherited_doc(obj):
    """The docstring obj would inherit: a class's from its bases, a
    method's from the same name on its class's bases."""
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object and isinstance(base.__doc__, str):
                return base.__doc__
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        home = self if isclass(self) and getattr(getattr(self, name, None), '__func__', None) is obj.__func__ \
            else type(self)
    elif isinstance(obj, property):
        name = getattr(obj.fget, '__name__', None)
        home = _home_class(obj.fget) if isfunction(obj.fget) else None
    elif isfunction(obj) or isbuiltin(obj) or ismethoddescriptor(obj):
        name = getattr(obj, '__name__', None)
        home = getattr(obj, '__objclass__', None)
        if home is None and isfunction(obj):
            home = _home_class(obj)
        elif home is None and isbuiltin(obj) and isclass(obj.__self__):
            home = obj.__self__
    else:
        return None
    if home is None or name is None:
        return None
    for base in home.__mro__:
        if base is home:
            continue
        if name not in base.__dict__:
            continue
        doc = getattr(base.__dict__[name], '__doc__', None)
        if isinstance(doc, str):
            return doc
    return None


def _home_class(func):
    """The class a function is defined in, found through its qualified
    name and module; None for a module-level or nested function."""
    path = func.__qualname__.split('.')[:-1]
    if not path or '<locals>' in path:
        return None
    holder = sys.modules.get(func.__module__)
    for part in path:
        holder = getattr(holder, part, None)
    return holder if isclass(holder) else None


def getdoc(object):
    """Get the documentation string for an object.

    All tabs are expanded to spaces.  To clean up docstrings that are
    indented to line up with blocks of code, any whitespace than can be
    uniformly removed from the second line onwards is removed."""
    doc = getattr(object, '__doc__', None)
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            doc = None
    return cleandoc(doc) if isinstance(doc, str) else None


def cleandoc(doc):
    """Clean up indentation from docstrings.

    Any whitespace that can be uniformly removed from the second line
    onwards is removed."""
    rows = doc.expandtabs().split('\n')
    rows[0] = rows[0].lstrip()
    margins = [len(row) - len(row.lstrip()) for row in rows[1:] if row.strip()]
    cut = min(margins) if margins else 0
    rows[1:] = [row[cut:] for row in rows[1:]]
    start, end = 0, len(rows)
    # only lines left empty go; lines of spaces beyond the margin stay
    while start < end and not rows[start]:
        start += 1
    while end > start and not rows[end - 1]:
        end -= 1
    return '\n'.join(rows[start:end])


# ---- 3. modules, files and source ---------------------------------------------

def getmodulename(path):
    """Return the module name for a given file, or None."""
    base = os.path.basename(path)
    suffixes = [('.py', 3), ('.pyc', 4), ('.pyw', 4)]
    suffixes.sort(key=lambda pair: -pair[1])
    for suffix, size in suffixes:
        if base.endswith(suffix):
            return base[:-size]
    return None


def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        name = getattr(object, '__file__', None)
        if name:
            return name
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        home = sys.modules.get(object.__module__)
        name = getattr(home, '__file__', None)
        if name:
            return name
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    code = _code_of(object)
    if code is not None:
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    f'code object was expected, got {type(object).__name__}')


def _code_of(object):
    """The code object behind a method, function, traceback or frame."""
    for holds_one, inner in _CODE_PATH:
        if holds_one(object):
            object = getattr(object, inner)
    return object if iscode(object) else None


# each step from an object towards the code object it runs
_CODE_PATH = ((ismethod, '__func__'), (isfunction, '__code__'),
              (istraceback, 'tb_frame'), (isframe, 'f_code'))


def getabsfile(object, _filename=None):
    """Return an absolute path to the source or compiled file for an object.

    The idea is for each object to have a unique origin, so this routine
    normalizes the result as much as possible."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if isinstance(name, str):
        return sys.modules.get(name)
    if _filename is None:
        try:
            _filename = getsourcefile(object) or getfile(object)
        except TypeError:
            _filename = None
    if _filename is not None:
        # compare source files: a module run from a .pyc names its .py
        wanted = getabsfile(object, _filename)
        for module in list(sys.modules.values()):
            if not isinstance(getattr(module, '__file__', None), str):
                continue
            try:
                if getabsfile(module) == wanted:
                    return module
            except TypeError:
                pass
    # last resort: something bound under its own name in __main__ or builtins
    label = getattr(object, '__name__', None)
    for module in (sys.modules.get('__main__'), builtins):
        if module is not None and label is not None and getattr(module, label, None) is object:
            return module
    return None


def getsourcefile(object):
    """Return the filename that can be used to locate an object's source.
    Return None if no way can be identified to get the source.
    """
    name = getfile(object)
    if name.endswith('.pyc'):
        name = name[:-1]
    elif not name.endswith(('.py', '.pyw')) and not name.startswith('<'):
        return None
    if os.path.exists(name):
        return name
    if name in linecache.cache:
        return name
    # a module with a loader may still serve the text (linecache asks it)
    if getattr(getmodule(object, name), '__loader__', None) is not None:
        return name
    return None


def _source_lines(object):
    """(lines, filename) of the whole file object comes from."""
    name = getsourcefile(object)
    if name is None:
        name = getfile(object)
        if not (name.startswith('<') and name.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, name)
    lines = linecache.getlines(name, module.__dict__ if module is not None else None)
    if not lines:
        raise OSError('could not get source code')
    return lines, name


def findsource(object):
    """Return the entire source file and starting line number for an object.

    The argument may be a module, class, method, function, traceback, frame,
    or code object.  The source code is returned as a list of all the lines
    in the file and the line number indexes a line in that list.  An OSError
    is raised if the source code cannot be retrieved."""
    lines, name = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        first = object.__dict__.get('__firstlineno__')
        if first is None:
            raise OSError('source code not available')
        return lines, first - 1
    code = _code_of(object)
    if code is None:
        raise OSError('could not find code object')
    if code.co_firstlineno < 1 or code.co_firstlineno > len(lines):
        raise OSError('lineno is out of bounds')
    return lines, code.co_firstlineno - 1


def _is_module_level(object):
    if isframe(object):
        return object.f_code.co_name == '<module>'
    if istraceback(object):
        return object.tb_frame.f_code.co_name == '<module>'
    return False


class EndOfBlock(Exception): pass


class BlockFinder:
    """Provide a tokeneater() method to detect the end of a code block."""

    def __init__(self):
        self.indent = 0           # INDENTs seen less DEDENTs, inside the block
        self.singleline = False   # a lambda or expression: one logical line
        self.started = False      # the first significant token is read
        self.passline = False     # skipping the rest of a logical line
        self.indecorator = False  # inside the decorators above the block
        self.last = 1             # the row the block ends on, so far
        self.body_col0 = None     # the column the body is indented to

    def tokeneater(self, type, token, srowcol, erowcol, line):
        if not self.started and not self.indecorator:
            self._before_start(type, token)
        elif type == tokenize.NEWLINE:
            self._end_of_line(srowcol[0])
        elif self.passline:
            pass
        elif type == tokenize.INDENT:
            if self.body_col0 is None and self.started:
                self.body_col0 = erowcol[1]
            self.indent += 1
            self.passline = True
        elif type == tokenize.DEDENT:
            # the dedent back to the header's level closes a def or class
            self.indent -= 1
            if self.indent <= 0:
                raise EndOfBlock
        elif type == tokenize.COMMENT:
            # a comment indented as far as the body belongs to it
            if self.body_col0 is not None and srowcol[1] >= self.body_col0:
                self.last = srowcol[0]
        elif self.indent == 0 and type != tokenize.NL:
            # a statement back at the header's level follows the block
            raise EndOfBlock

    def _before_start(self, type, token):
        if token == '@':
            self.indecorator = True
        elif type not in (tokenize.INDENT, tokenize.COMMENT, tokenize.NL) and token != 'async':
            # def and class run to their dedent, anything else to its line's end
            self.singleline = token not in ('def', 'class')
            self.started = True
        self.passline = True

    def _end_of_line(self, row):
        self.passline = False
        self.last = row
        if self.singleline:
            raise EndOfBlock
        # a decorator without arguments ends with its line
        self.indecorator = False


def getblock(lines):
    """Extract the block of code at the top of the given list of lines."""
    finder = BlockFinder()
    token = None
    try:
        for token in tokenize.generate_tokens(iter(lines).__next__):
            finder.tokeneater(*token)
    except (EndOfBlock, IndentationError):
        pass
    except SyntaxError as e:
        if 'unmatched' not in e.msg:
            raise e from None
        # an unmatched closing bracket after the block: its line ends it
        try:
            finder.tokeneater(tokenize.NEWLINE, *token[1:])
        except (EndOfBlock, IndentationError):
            pass
    return lines[:finder.last]


def getsourcelines(object):
    """Return a list of source lines and starting line number for an object.

    The argument may be a module, class, method, function, traceback, frame,
    or code object.  The source code is returned as a list of the lines
    corresponding to the object and the line number indicates where in the
    original source file the first line of code was found.  An OSError is
    raised if the source code cannot be retrieved."""
    object = unwrap(object)
    lines, first = findsource(object)
    if ismodule(object) or _is_module_level(object):
        return lines, 0
    return getblock(lines[first:]), first + 1


def getsource(object):
    """Return the text of the source code for an object.

    The argument may be a module, class, method, function, traceback, frame,
    or code object.  The source code is returned as a single string.  An
    OSError is raised if the source code cannot be retrieved."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """Get lines of comments immediately preceding an object's source code.

    Returns None when source can't be found.
    """
    try:
        lines, first = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        # the comment block at the top of the file, after any #! line
        row = 0
        if lines and lines[0].startswith('#!'):
            row = 1
        while row < len(lines) and not lines[row].strip():
            row += 1
        start = row
        while row < len(lines) and lines[row].lstrip().startswith('#'):
            row += 1
        return ''.join(lines[start:row]) or None
    indent = indentsize(lines[first])
    row = first - 1
    while row >= 0 and lines[row].lstrip().startswith('#') and indentsize(lines[row]) == indent:
        row -= 1
    block = [line.expandtabs().lstrip() for line in lines[row + 1:first]]
    return ''.join(block) or None


# ---- 4. frames, generators, coroutines ----------------------------------------

def _make_positions():
    shape = collections.namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                                   defaults=[None] * 4)
    # the dis module's type, which cipy does not have
    shape.__module__ = 'dis'
    return shape


_Positions = _make_positions()


def _position_of(code, offset):
    try:
        import _traceback_fmt
        where = _traceback_fmt.code_position(code, offset)
    except ImportError:
        where = None
    return _Positions(*where) if where else _Positions()


_TracebackBase = collections.namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_TracebackBase):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        made = super().__new__(cls, filename, lineno, function, code_context, index)
        made.positions = positions
        return made

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(*self, self.positions))


_FrameInfoBase = collections.namedtuple('_FrameInfo', 'frame filename lineno function code_context index')


class FrameInfo(_FrameInfoBase):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        made = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        made.positions = positions
        return made

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(*self, self.positions))


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object.

    A tuple of five things is returned: the filename, the line number of
    the current line, the function name, a list of lines of context from
    the source code, and the index of the current line within that list.
    The optional second argument specifies the number of lines of context
    to return, which are centered around the current line."""
    if istraceback(frame):
        positions = _position_of(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        if not isframe(frame):
            raise TypeError(f'{frame!r} is not a frame or traceback object')
        positions = _position_of(frame.f_code, frame.f_lasti)
    if positions.lineno is None:
        positions = positions._replace(lineno=lineno)
    name = getsourcefile(frame) or getfile(frame)
    context_lines = index = None
    if context > 0:
        try:
            everything, _ = findsource(frame)
        except OSError:
            pass
        else:
            first = max(0, min(lineno - 1 - context // 2, len(everything) - context))
            context_lines = everything[first:first + context]
            index = lineno - 1 - first
    return Traceback(name, lineno, frame.f_code.co_name, context_lines, index,
                     positions=positions)


def getlineno(frame):
    """Get the line number from a frame object, allowing for optimization."""
    return frame.f_lineno


def _frame_info(frame, context, traceback=None):
    details = getframeinfo(traceback if traceback is not None else frame, context)
    return FrameInfo(frame, *details, positions=details.positions)


def getouterframes(frame, context=1):
    """Get a list of records for a frame and all higher (calling) frames.

    Each record contains a frame object, filename, line number, function
    name, a list of lines of context, and index within the context."""
    records = []
    while frame is not None:
        records.append(_frame_info(frame, context))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """Get a list of records for a traceback's frame and all lower frames.

    Each record contains a frame object, filename, line number, function
    name, a list of lines of context, and index within the context."""
    records = []
    while tb is not None:
        records.append(_frame_info(tb.tb_frame, context, tb))
        tb = tb.tb_next
    return records


def currentframe():
    """Return the frame of the caller or None if this is not possible."""
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def stack(context=1):
    """Return a list of records for the stack above the caller's frame."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return a list of records for the stack below the current exception."""
    current = sys.exception()
    return getinnerframes(current.__traceback__ if current is not None else None, context)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


def _run_state(obj, prefix, names):
    """The state of a generator-like object, read through its attributes
    named with prefix ('gi', 'cr' or 'ag'); names are its four states."""
    created, running, suspended, closed = names
    if getattr(obj, prefix + '_running'):
        return running
    if getattr(obj, prefix + '_suspended', False):
        return suspended
    if getattr(obj, prefix + '_frame') is None:
        return closed
    return created


def getgeneratorstate(generator):
    """Get current state of a generator-iterator.

    Possible states are:
      GEN_CREATED: Waiting to start execution.
      GEN_RUNNING: Currently being executed by the interpreter.
      GEN_SUSPENDED: Currently suspended at a yield expression.
      GEN_CLOSED: Execution has completed.
    """
    return _run_state(generator, 'gi', (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    """Get current state of a coroutine object.

    Possible states are:
      CORO_CREATED: Waiting to start execution.
      CORO_RUNNING: Currently being executed by the interpreter.
      CORO_SUSPENDED: Currently suspended at an await expression.
      CORO_CLOSED: Execution has completed.
    """
    return _run_state(coroutine, 'cr', (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def getasyncgenstate(agen):
    """Get current state of an asynchronous generator object.

    Possible states are:
      AGEN_CREATED: Waiting to start execution.
      AGEN_RUNNING: Currently being executed by the interpreter.
      AGEN_SUSPENDED: Currently suspended at a yield expression.
      AGEN_CLOSED: Execution has completed.
    """
    return _run_state(agen, 'ag', (AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED, AGEN_CLOSED))


def _suspended_locals(obj, test, frame_attr, what):
    if not test(obj):
        raise TypeError(f'{obj!r} is not a Python {what}')
    frame = getattr(obj, frame_attr, None)
    return frame.f_locals if frame is not None else {}


def getgeneratorlocals(generator):
    """
    Get the mapping of generator local variables to their current values.

    A dict is returned, with the keys the local variable names and values the
    bound values."""
    return _suspended_locals(generator, isgenerator, 'gi_frame', 'generator')


def getcoroutinelocals(coroutine):
    """
    Get the mapping of coroutine local variables to their current values.

    A dict is returned, with the keys the local variable names and values the
    bound values."""
    frame = getattr(coroutine, 'cr_frame', None)
    return frame.f_locals if frame is not None else {}


def getasyncgenlocals(agen):
    """
    Get the mapping of asynchronous generator local variables to their current
    values.

    A dict is returned, with the keys the local variable names and values the
    bound values."""
    return _suspended_locals(agen, isasyncgen, 'ag_frame', 'asynchronous generator')


# ---- 5. the older argument helpers ---------------------------------------------

Arguments = collections.namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')
FullArgSpec = collections.namedtuple('FullArgSpec',
    'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getargs(co):
    """Get information about the arguments accepted by a code object.

    Three things are returned: (args, varargs, varkw), where
    'args' is the list of argument names. Keyword-only arguments are
    appended. 'varargs' and 'varkw' are the names of the * and **
    arguments or None."""
    if not iscode(co):
        raise TypeError(f'{co!r} is not a code object')
    names = co.co_varnames
    count = co.co_argcount + co.co_kwonlyargcount
    args = list(names[:count])
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[count]
        count += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[count]
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """Get information about arguments passed into a particular frame.

    A tuple of four things is returned: (args, varargs, varkw, locals).
    'args' is a list of the argument names.
    'varargs' and 'varkw' are the names of the * and ** arguments or None.
    'locals' is the locals dictionary of the given frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Format an argument spec from the 4 values returned by getargvalues.

    The first four arguments are (args, varargs, varkw, locals).  The
    next four arguments are the corresponding optional formatting functions
    that are called to turn names and values into strings.  The ninth
    argument is an optional function to format the sequence of arguments."""
    pieces = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        pieces.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        pieces.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(pieces) + ')'


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters.

    A tuple of seven things is returned:
    (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations).
    'args' is a list of the parameter names.
    'varargs' and 'varkw' are the names of the * and ** parameters or None.
    'defaults' is an n-tuple of the default values of the last n parameters.
    'kwonlyargs' is a list of keyword-only parameter names.
    'kwonlydefaults' is a dictionary mapping names from kwonlyargs to defaults.
    'annotations' is a dictionary mapping parameter names to annotations.

    Notable differences from inspect.signature():
      - the "self" parameter is always reported, even for bound methods
      - wrapper chains defined by __wrapped__ *not* unwrapped automatically
    """
    try:
        sig = _signature_from(func, _Options(follow=False, drop_bound=False))
    except Exception as problem:
        raise TypeError('unsupported callable') from problem
    args, kwonly, defaults = [], [], []
    kwdefaults, annotations = {}, {}
    varargs = varkw = None
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
        if kind <= _ParameterKind.POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults.append(param.default)
        elif kind == _ParameterKind.VAR_POSITIONAL:
            varargs = name
        elif kind == _ParameterKind.KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, annotations)


def _name_list(names):
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '{} and {}'.format(*quoted)
    return ', '.join(quoted[:-1]) + ' and ' + quoted[-1]


def _missing_error(fname, names, what):
    plural = 's' if len(names) > 1 else ''
    return TypeError(f'{fname}() missing {len(names)} required {what} argument{plural}: '
                     f'{_name_list(names)}')


def _too_many_error(fname, args, with_default, given, kwonly_given):
    if with_default:
        wanted = f'from {len(args) - with_default} to {len(args)}'
    else:
        wanted = str(len(args))
    plural = '' if wanted == '1' else 's'
    extra = ''
    if kwonly_given:
        kw_plural = '' if kwonly_given == 1 else 's'
        extra = f' positional argument{"" if given == 1 else "s"} (and {kwonly_given} keyword-only argument{kw_plural})'
    verb = 'was' if given == 1 and not kwonly_given else 'were'
    return TypeError(f'{fname}() takes {wanted} positional argument{plural} but {given}{extra} {verb} given')


def getcallargs(func, /, *positional, **named):
    """Get the mapping of arguments to values.

    A dict is returned, with keys the function argument names (including the
    names of the * and ** arguments, if any), and values the respective bound
    values from 'positional' and 'named'."""
    spec = getfullargspec(func)
    fname = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    values = {}
    for name, value in zip(spec.args, positional):
        values[name] = value
    surplus = positional[len(spec.args):]
    if spec.varargs:
        values[spec.varargs] = tuple(surplus)
    elif surplus:
        kwonly_given = sum(1 for name in spec.kwonlyargs if name in named)
        raise _too_many_error(fname, spec.args, len(spec.defaults or ()), len(positional), kwonly_given)
    if spec.varkw:
        values[spec.varkw] = {}
    for name, value in named.items():
        if name in spec.args or name in spec.kwonlyargs:
            if name in values:
                raise TypeError(f'{fname}() got multiple values for argument {name!r}')
            values[name] = value
        elif spec.varkw:
            values[spec.varkw][name] = value
        else:
            raise TypeError(f'{fname}() got an unexpected keyword argument {name!r}')
    defaults = spec.defaults or ()
    required = len(spec.args) - len(defaults)
    missing = [name for name in spec.args[:required] if name not in values]
    if missing:
        raise _missing_error(fname, missing, 'positional')
    for name, value in zip(spec.args[required:], defaults):
        values.setdefault(name, value)
    missing = []
    for name in spec.kwonlyargs:
        if name not in values:
            if spec.kwonlydefaults and name in spec.kwonlydefaults:
                values[name] = spec.kwonlydefaults[name]
            else:
                missing.append(name)
    if missing:
        raise _missing_error(fname, missing, 'keyword-only')
    return values


# CPython 3.14's numbers of the instructions _names_loaded looks for.
_OP_CACHE = 0
_OP_EXTENDED_ARG = 69
_OP_LOAD_ATTR = 80
_OP_LOAD_GLOBAL = 92


def _names_loaded(code):
    """(name, is_global) for each global and attribute name the code
    reads, in the order of its instructions (decoded from co_code: the
    name index is the argument shifted right by one for both)."""
    raw = code.co_code
    extended = 0
    for at in range(0, len(raw) - 1, 2):
        op, arg = raw[at], raw[at + 1] | extended
        if op == _OP_CACHE:
            continue
        if op == _OP_EXTENDED_ARG:
            extended = arg << 8
            continue
        extended = 0
        if op in (_OP_LOAD_GLOBAL, _OP_LOAD_ATTR):
            yield code.co_names[arg >> 1], op == _OP_LOAD_GLOBAL


def getclosurevars(func):
    """
    Get the mapping of free variables to their current values.

    Returns a named tuple of dicts mapping the current nonlocal, global
    and builtin references as seen by the body of the function. A final
    set of unbound names that could not be resolved is also provided.
    """
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f'{func!r} is not a Python function')
    code = func.__code__
    nonlocals = {name: cell.cell_contents
                 for name, cell in zip(code.co_freevars, func.__closure__ or ())}
    namespace = func.__globals__
    builtin_space = namespace.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_space):
        builtin_space = builtin_space.__dict__
    found_globals, found_builtins, unbound = {}, {}, set()
    for name, is_global in _names_loaded(code):
        if not is_global:
            unbound.add(name)
        elif name in namespace:
            found_globals[name] = namespace[name]
        elif name in builtin_space:
            found_builtins[name] = builtin_space[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, found_globals, found_builtins, unbound)


# ---- 6. signatures -------------------------------------------------------------

class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_WORDS[self]


_KIND_WORDS = ('positional-only', 'positional or keyword', 'variadic positional',
               'keyword-only', 'variadic keyword')

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None, *, quote_annotation_strings=True):
    if not quote_annotation_strings and isinstance(annotation, str):
        return annotation
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if isinstance(annotation, ForwardRef):
        return annotation.__forward_arg__
    return repr(annotation)


def formatannotationrelativeto(object):
    home = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, home)
    return _formatannotation


# -- a restricted evaluator for __text_signature__ defaults --
#
# A C callable's text signature is not run as code: its defaults may be
# literals, (dotted) names, X[...], X | Y, tuples and lists only.  Anything
# else raises _TooComplex and the signature is refused as invalid.

class _TooComplex(Exception):
    pass


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"',
            'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v'}


def _split_tokens(text):
    tokens = []
    at = 0
    while at < len(text):
        ch = text[at]
        if ch.isspace():
            at += 1
        elif ch in '\'"' or (ch in 'bB' and text[at + 1:at + 2] in ('"', "'")):
            as_bytes = ch in 'bB'
            if as_bytes:
                at += 1
                ch = text[at]
            close = at + 1
            pieces = []
            while close < len(text) and text[close] != ch:
                if text[close] == '\\' and close + 1 < len(text):
                    code = text[close + 1]
                    if code == 'x':
                        pieces.append(chr(int(text[close + 2:close + 4], 16)))
                        close += 4
                        continue
                    if code not in _ESCAPES:
                        raise _TooComplex
                    pieces.append(_ESCAPES[code])
                    close += 2
                    continue
                pieces.append(text[close])
                close += 1
            if close >= len(text):
                raise _TooComplex
            literal = ''.join(pieces)
            tokens.append(('str', literal.encode('latin-1') if as_bytes else literal))
            at = close + 1
        elif ch.isdigit() or (ch == '.' and text[at + 1:at + 2].isdigit()):
            close = at
            while close < len(text) and (text[close].isalnum() or text[close] in '._'
                                         or (text[close] in '+-' and text[close - 1] in 'eE'
                                             and not text[at:close].startswith(('0x', '0X')))):
                close += 1
            word = text[at:close]
            try:
                number = int(word, 0)
            except ValueError:
                try:
                    number = float(word)
                except ValueError:
                    raise _TooComplex from None
            tokens.append(('num', number))
            at = close
        elif ch.isidentifier():
            close = at
            while close < len(text) and (text[close].isidentifier() or text[close].isdigit()):
                close += 1
            tokens.append(('name', text[at:close]))
            at = close
        elif text.startswith('...', at):
            tokens.append(('num', ...))
            at += 3
        elif ch in '[](),.|-+':
            tokens.append(('op', ch))
            at += 1
        else:
            raise _TooComplex
    return tokens


class _Evaluator:
    def __init__(self, text, resolve):
        self.tokens = _split_tokens(text)
        self.at = 0
        self.resolve = resolve

    def peek(self, value=None):
        if self.at < len(self.tokens):
            kind, got = self.tokens[self.at]
            if value is None or (kind == 'op' and got == value):
                return self.tokens[self.at]
        return None

    def expect(self, op):
        if not self.peek(op):
            raise _TooComplex
        self.at += 1

    def whole(self):
        value = self.union()
        if self.at != len(self.tokens):
            raise _TooComplex
        return value

    def union(self):
        value = self.unary()
        while self.peek('|'):
            self.at += 1
            value = value | self.unary()
        return value

    def unary(self):
        if self.peek('-'):
            self.at += 1
            return -self.unary()
        if self.peek('+'):
            self.at += 1
            return +self.unary()
        return self.postfix()

    def series(self, closer):
        """Items up to closer: (values, whether a comma was seen)."""
        items, comma = [], False
        while not self.peek(closer):
            items.append(self.union())
            if not self.peek(','):
                break
            self.at += 1
            comma = True
        self.expect(closer)
        return items, comma

    def postfix(self):
        value = self.atom()
        while True:
            if self.peek('.'):
                self.at += 1
                kind, name = self.peek() or (None, None)
                if kind != 'name':
                    raise _TooComplex
                self.at += 1
                value = getattr(value, name)
            elif self.peek('['):
                self.at += 1
                items, comma = self.series(']')
                value = value[items[0] if len(items) == 1 and not comma else tuple(items)]
            else:
                return value

    def atom(self):
        token = self.peek()
        if token is None:
            raise _TooComplex
        kind, value = token
        self.at += 1
        if kind in ('str', 'num'):
            return value
        if kind == 'name':
            constants = {'None': None, 'True': True, 'False': False}
            if value in constants:
                return constants[value]
            return self.resolve(value)
        if value == '(':
            items, comma = self.series(')')
            return items[0] if len(items) == 1 and not comma else tuple(items)
        if value == '[':
            return self.series(']')[0]
        raise _TooComplex


# -- annotations --

# -- Parameter --

class Parameter:
    """Represents a parameter in a function signature.

    Has the following public attributes:

    * name : str
        The name of the parameter as a string.
    * default : object
        The default value for the parameter if specified.  If the
        parameter has no default value, this attribute is set to
        `Parameter.empty`.
    * annotation
        The annotation for the parameter if specified.  If the
        parameter has no annotation, this attribute is set to
        `Parameter.empty`.
    * kind : str
        Describes how argument values are bound to the parameter.
        Possible values: `Parameter.POSITIONAL_ONLY`,
        `Parameter.POSITIONAL_OR_KEYWORD`, `Parameter.VAR_POSITIONAL`,
        `Parameter.KEYWORD_ONLY`, `Parameter.VAR_KEYWORD`.
    """

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            # the hidden argument of a comprehension's or generator
            # expression's code: shown as implicitN, positional-only
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {kind.description}')
            kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    __replace__ = replace

    def _text(self, quote_annotation_strings=True):
        text = self._name
        if self._annotation is not _empty:
            shown = formatannotation(self._annotation,
                                     quote_annotation_strings=quote_annotation_strings)
            text = f'{text}: {shown}'
        if self._default is not _empty:
            joiner = ' = ' if self._annotation is not _empty else '='
            text = f'{text}{joiner}{self._default!r}'
        if self._kind == _VAR_POSITIONAL:
            return '*' + text
        if self._kind == _VAR_KEYWORD:
            return '**' + text
        return text

    def __str__(self):
        return self._text()

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


# -- BoundArguments --

class BoundArguments:
    """Result of `Signature.bind` call.  Holds the mapping of arguments
    to the function's parameters.

    Has the following public attributes:

    * arguments : dict
        An ordered mutable mapping of parameters' names to arguments' values.
        Does not contain arguments' default values.
    * signature : Signature
        The Signature object that created this instance.
    * args : tuple
        Tuple of positional arguments values.
    * kwargs : dict
        Dict of keyword arguments values.
    """

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        values = []
        for name, param in self._signature.parameters.items():
            if param.kind >= _KEYWORD_ONLY or name not in self.arguments:
                # the first parameter that cannot be given positionally
                # ends the positional part
                break
            if param.kind == _VAR_POSITIONAL:
                values.extend(self.arguments[name])
            else:
                values.append(self.arguments[name])
        return tuple(values)

    @property
    def kwargs(self):
        values = {}
        positional_part = True
        for name, param in self._signature.parameters.items():
            if positional_part:
                if param.kind >= _KEYWORD_ONLY or name not in self.arguments:
                    positional_part = False
                    if name not in self.arguments:
                        continue
                else:
                    continue
            if name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                values.update(self.arguments[name])
            else:
                values[name] = self.arguments[name]
        return values

    def apply_defaults(self):
        """Set default values for missing arguments.

        For variable-positional arguments (*args) the default is an
        empty tuple.

        For variable-keyword arguments (**kwargs) the default is an
        empty dict.
        """
        given = self.arguments
        complete = []
        for name, param in self._signature.parameters.items():
            if name in given:
                complete.append((name, given[name]))
            elif param.default is not _empty:
                complete.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                complete.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                complete.append((name, {}))
        self.arguments = dict(complete)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


# -- Signature --

def _check_parameter_order(parameters):
    """A dict of parameters by name, after checking they can make one
    signature: kinds in order, no required positional parameter after
    one with a default, no name twice."""
    by_name = {}
    variadic = set()
    highest = _POSITIONAL_ONLY
    defaults_started = False
    for param in parameters:
        if param.kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            if param.kind in variadic:
                raise ValueError(f'more than one {param.kind.description} parameter')
            variadic.add(param.kind)
        if param.kind < highest:
            raise ValueError(f'wrong parameter order: {highest.description} parameter '
                             f'before {param.kind.description} parameter')
        highest = param.kind
        if param.kind <= _POSITIONAL_OR_KEYWORD:
            if param.default is not _empty:
                defaults_started = True
            elif defaults_started:
                raise ValueError('non-default argument follows default argument')
        if param.name in by_name:
            raise ValueError(f'duplicate parameter name: {param.name!r}')
        by_name[param.name] = param
    return by_name


class Signature:
    """A Signature object represents the overall signature of a function.
    It stores a Parameter object for each parameter accepted by the
    function, as well as information specific to the function itself.

    A Signature object has the following public attributes and methods:

    * parameters : OrderedDict
        An ordered mapping of parameters' names to the corresponding
        Parameter objects (keyword-only arguments are in the same order
        as listed in `code.co_varnames`).
    * return_annotation : object
        The annotation for the return type of the function if specified.
        If the function has no annotation for its return type, this
        attribute is set to `Signature.empty`.
    * bind(*args, **kwargs) -> BoundArguments
        Creates a mapping from positional and keyword arguments to
        parameters.
    * bind_partial(*args, **kwargs) -> BoundArguments
        Creates a partial mapping from positional and keyword arguments
        to parameters (simulating 'functools.partial' behavior.)
    """

    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        """Constructs Signature from the given list of Parameter
        objects and 'return_annotation'.  All arguments are optional.
        """
        if parameters is None:
            by_name = {}
        elif __validate_parameters__:
            by_name = _check_parameter_order(parameters)
        else:
            by_name = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(collections.OrderedDict(by_name))
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False, annotation_format=Format.VALUE):
        """Constructs Signature for the given callable object."""
        options = _Options(follow=follow_wrapped, globals=globals, locals=locals,
                           eval_str=eval_str, shape=cls, annotation_format=annotation_format)
        return _signature_from(obj, options)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature.
        Pass 'parameters' and/or 'return_annotation' arguments
        to override them in the new copy.
        """
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    __replace__ = replace

    def _comparison_key(self):
        ordered = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        by_name = {p.name: p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY}
        return ordered, by_name, self._return_annotation

    def __hash__(self):
        ordered, by_name, annotation = self._comparison_key()
        return hash((ordered, frozenset(by_name.values()), annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._comparison_key() == other._comparison_key()

    def _bind(self, args, kwargs, *, partial=False):
        """Private method. Don't use directly."""
        params = list(self._parameters.values())
        bound = {}
        index = 0
        used = 0
        while used < len(args):
            if index >= len(params) or params[index].kind >= _KEYWORD_ONLY:
                raise TypeError('too many positional arguments') from None
            param = params[index]
            index += 1
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = tuple(args[used:])
                used = len(args)
                break
            if param.kind == _POSITIONAL_OR_KEYWORD and param.name in kwargs:
                raise TypeError(f'multiple values for argument {param.name!r}') from None
            bound[param.name] = args[used]
            used += 1
        leftover = dict(kwargs)
        catch_all = None
        for param in params[index:]:
            if param.kind == _VAR_KEYWORD:
                catch_all = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.kind != _POSITIONAL_ONLY and param.name in leftover:
                bound[param.name] = leftover.pop(param.name)
                continue
            if partial or param.default is not _empty:
                continue
            if param.kind == _POSITIONAL_ONLY and param.name in leftover:
                raise TypeError('missing a required positional-only argument: '
                                f'{param.name!r}') from None
            raise TypeError(f'missing a required argument: {param.name!r}') from None
        if leftover:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument '
                                f'{next(iter(leftover))!r}') from None
            bound[catch_all.name] = leftover
        return BoundArguments(self, bound)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object, that maps the passed `args`
        and `kwargs` to the function's signature.  Raises `TypeError`
        if the passed arguments can not be bound.
        """
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Get a BoundArguments object, that partially maps the
        passed `args` and `kwargs` to the function's signature.
        Raises `TypeError` if the passed arguments can not be bound.
        """
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        # the parameters mapping is a read-only proxy, which cannot be
        # copied: rebuild from the parameters themselves
        return (_rebuilt_signature,
                (type(self), tuple(self._parameters.values()), self._return_annotation))

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None, quote_annotation_strings=True):
        """Create a string representation of the Signature object.

        If *max_width* integer is passed,
        signature will try to fit into the *max_width*.
        If signature is longer than *max_width*,
        all parameters will be on separate lines.

        If *quote_annotation_strings* is False, annotations
        in the signature are displayed without opening and closing quotation
        marks. This is useful when the signature was created with the
        STRING format or when ``from __future__ import annotations`` was used.
        """
        pieces = []
        kinds_seen = set()
        for param in self._parameters.values():
            if param.kind != _POSITIONAL_ONLY and _POSITIONAL_ONLY in kinds_seen \
                    and '/' not in pieces:
                pieces.append('/')
            if param.kind == _KEYWORD_ONLY and not kinds_seen & {_VAR_POSITIONAL, _KEYWORD_ONLY}:
                pieces.append('*')
            kinds_seen.add(param.kind)
            pieces.append(param._text(quote_annotation_strings))
        if kinds_seen == {_POSITIONAL_ONLY}:
            pieces.append('/')
        text = '({})'.format(', '.join(pieces))
        if max_width is not None and len(text) > max_width:
            text = '(\n    {}\n)'.format(',\n    '.join(pieces))
        if self._return_annotation is not _empty:
            shown = formatannotation(self._return_annotation,
                                     quote_annotation_strings=quote_annotation_strings)
            text += f' -> {shown}'
        return text


def _rebuilt_signature(kind, params, returns):
    return kind(params, return_annotation=returns, __validate_parameters__=False)


# -- computing signatures --

class _Options:
    """How a signature is computed: whether to follow __wrapped__ chains
    and drop the bound first parameter of methods, where string annotations
    are evaluated, and the Signature class to build."""

    def __init__(self, *, follow=True, drop_bound=True, globals=None, locals=None,
                 eval_str=False, shape=None, annotation_format=Format.VALUE):
        self.follow = follow
        self.annotation_format = annotation_format
        self.drop_bound = drop_bound
        self.globals = globals
        self.locals = locals
        self.eval_str = eval_str
        self.shape = shape if shape is not None else Signature


# The types of callables written in C, whose signatures come from their
# __text_signature__.
_C_CALLABLES = (types.BuiltinFunctionType, types.MethodDescriptorType,
                types.ClassMethodDescriptorType, types.WrapperDescriptorType,
                types.MethodWrapperType)


def _without_first(sig):
    """The signature of a bound method: the one of its function without
    the parameter the instance is given to."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from(obj, options):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        inner = _signature_from(obj.__func__, options)
        return _without_first(inner) if options.drop_bound else inner
    if options.follow:
        obj = unwrap(obj, stop=lambda f: (hasattr(f, '__signature__') or ismethod(f)
                                          or isinstance(f, type)))
        if isinstance(obj, types.MethodType):
            return _signature_from(obj, options)
    declared = _declared_signature(obj)
    if declared is not None:
        return declared
    method_of = getattr(obj, '__partialmethod__', None)
    if isinstance(method_of, functools.partialmethod):
        return _from_partialmethod(method_of, options)
    if isfunction(obj) or _looks_like_function(obj):
        return _from_function(obj, options, trusted=isfunction(obj))
    if isinstance(obj, _C_CALLABLES):
        return _from_text_signature(obj, options)
    if isinstance(obj, functools.partial):
        inner = _signature_from(obj.func, options)
        return _apply_partial(inner, obj, obj.args, obj.keywords)
    if isinstance(obj, type):
        return _from_class(obj, options)
    # a callable object written in C may describe its own call
    described = getattr(obj, '__text_signature__', None)
    if isinstance(described, str) and described:
        return _parse_text_signature(obj, described, options, bound_to=None)
    call = _lookup_along(type(obj), '__call__')
    if call is not _MISSING:
        binder = getattr(type(call), '__get__', None)
        bound = binder(call, obj, type(obj)) if binder is not None else call
        try:
            return _signature_from(bound, options)
        except ValueError as problem:
            raise ValueError(f'callable {obj!r} is not supported by signature') from problem
    raise ValueError(f'callable {obj!r} is not supported by signature')


def _declared_signature(obj):
    """obj.__signature__ when it holds a Signature (None when absent)."""
    try:
        declared = obj.__signature__
    except AttributeError:
        return None
    if declared is None:
        return None
    if isinstance(obj, type) and isinstance(declared, property):
        # an instance property of that name says nothing of the class
        return None
    if not isinstance(declared, Signature):
        raise TypeError(f'unexpected object {declared!r} in __signature__ attribute')
    return declared


def _from_function(func, options, trusted):
    code = func.__code__
    names = code.co_varnames
    npositional = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    annotations = get_annotations(func, globals=options.globals, locals=options.locals,
                                  eval_str=options.eval_str, format=options.annotation_format)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npositional - len(defaults)
    params = []

    def add(name, kind, default=_empty):
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))

    for at, name in enumerate(names[:npositional]):
        kind = _POSITIONAL_ONLY if at < nposonly else _POSITIONAL_OR_KEYWORD
        add(name, kind, defaults[at - first_default] if at >= first_default else _empty)
    after = npositional + nkwonly
    if code.co_flags & CO_VARARGS:
        add(names[after], _VAR_POSITIONAL)
    for name in names[npositional:npositional + nkwonly]:
        add(name, _KEYWORD_ONLY, kwdefaults.get(name, _empty))
    if code.co_flags & CO_VARKEYWORDS:
        add(names[after + (1 if code.co_flags & CO_VARARGS else 0)], _VAR_KEYWORD)
    return options.shape(params, return_annotation=annotations.get('return', _empty),
                         __validate_parameters__=not trusted)


def _apply_partial(sig, source, args, keywords):
    """The signature left once args and keywords are given in advance,
    as functools.partial gives them; source names the partial in errors."""
    hole = getattr(functools, 'Placeholder', _MISSING)
    try:
        sig.bind_partial(*args, **keywords)
    except TypeError as problem:
        raise ValueError(f'partial object {source!r} has incorrect arguments') from problem
    pending = list(args)
    result = []
    keyword_only_now = False
    for param in sig.parameters.values():
        kind = param.kind
        if pending and kind <= _POSITIONAL_OR_KEYWORD:
            value = pending.pop(0)
            if value is hole:
                result.append(param.replace(kind=_POSITIONAL_ONLY))
            continue
        if kind == _VAR_POSITIONAL:
            pending = []
            if not keyword_only_now:
                result.append(param)
            continue
        if param.name in keywords and kind != _POSITIONAL_ONLY:
            if kind == _POSITIONAL_OR_KEYWORD:
                keyword_only_now = True
            param = param.replace(default=keywords[param.name])
        if keyword_only_now and kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        result.append(param)
    return sig.replace(parameters=result)


def _from_partialmethod(method_of, options):
    inner = _signature_from(method_of.func, options)
    params = tuple(inner.parameters.values())
    if not params or params[0].kind == _VAR_POSITIONAL:
        return inner
    rest = _apply_partial(inner.replace(parameters=params[1:]), method_of,
                          method_of.args, method_of.keywords)
    return inner.replace(parameters=(params[0],) + tuple(rest.parameters.values()))


def _is_user_defined(method):
    return method is not None and not isinstance(method, _C_CALLABLES)


def _from_class(cls, options):
    meta_call = _lookup_along(type(cls), '__call__')
    if meta_call is not _MISSING and _is_user_defined(meta_call) and type(cls) is not type:
        sig = _signature_from(meta_call, options)
        return _without_first(sig) if options.drop_bound else sig
    maker = getattr(cls, '__new__', None)
    if not _is_user_defined(maker):
        maker = None
    initializer = getattr(cls, '__init__', None)
    if not _is_user_defined(initializer):
        initializer = None
    for base in cls.__mro__:
        if maker is not None and '__new__' in base.__dict__:
            sig = _signature_from(maker, options)
            return _without_first(sig) if options.drop_bound else sig
        if initializer is not None and '__init__' in base.__dict__:
            sig = _signature_from(initializer, options)
            return _without_first(sig) if options.drop_bound else sig
    for base in cls.__mro__[:-1]:
        try:
            text = base.__text_signature__
        except AttributeError:
            continue
        if text:
            return _parse_text_signature(cls, text, options, bound_to=None)
    if type not in cls.__mro__:
        if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
            return options.shape([])
        raise ValueError(f'no signature found for builtin type {cls!r}')
    if cls is type:
        raise ValueError(f'no signature found for builtin {cls!r}')
    raise ValueError(f'callable {cls!r} is not supported by signature')


def _from_text_signature(func, options):
    text = getattr(func, '__text_signature__', None)
    if not text:
        raise ValueError(f'no signature found for builtin {func!r}')
    bound_to = getattr(func, '__self__', None)
    return _parse_text_signature(func, text, options, bound_to)


def _split_top_level(text):
    """text split at the commas that are outside brackets and strings."""
    pieces, current, depth, quote = [], [], 0, None
    at = 0
    while at < len(text):
        ch = text[at]
        current.append(ch)
        if quote:
            if ch == '\\' and at + 1 < len(text):
                current.append(text[at + 1])
                at += 1
            elif ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            current.pop()
            pieces.append(''.join(current).strip())
            current = []
        at += 1
    tail = ''.join(current).strip()
    if tail:
        pieces.append(tail)
    return pieces


def _parse_text_signature(owner, text, options, bound_to):
    """The Signature a C callable's __text_signature__ describes.  A first
    parameter written '$name' receives the object the callable is bound
    to: it is dropped when the callable is bound ('$module': always)."""
    try:
        params = _text_parameters(owner, text, options, bound_to)
        return options.shape(params)
    except (ValueError, TypeError, AttributeError, NameError, LookupError, _TooComplex):
        raise ValueError(f'{owner!r} builtin has invalid signature') from None


def _text_parameters(owner, text, options, bound_to):
    text = text.strip()
    close = text.rfind(')')
    if not text.startswith('(') or close < 0:
        raise ValueError(text)
    entries = _split_top_level(text[1:close])
    home = sys.modules.get(getattr(owner, '__module__', None) or '')
    scope = dict(vars(builtins))
    scope['sys'] = sys
    if home is not None:
        scope.update(vars(home))

    def resolve(name):
        # a module's own names first, then any module by its name (os.SEEK_SET)
        if name in scope:
            return scope[name]
        return sys.modules[name]

    params = []
    kind = _POSITIONAL_ONLY if '/' in entries else _POSITIONAL_OR_KEYWORD
    for at, entry in enumerate(entries):
        if entry == '/':
            kind = _POSITIONAL_OR_KEYWORD
            continue
        if entry == '*':
            kind = _KEYWORD_ONLY
            continue
        if at == 0 and entry.startswith('$'):
            if entry == '$module' or (bound_to is not None
                                      and (ismodule(bound_to) or options.drop_bound)):
                continue
            entry = entry[1:]
        default = _empty
        if '=' in entry:
            entry, _, written = entry.partition('=')
            entry = entry.strip()
            if written.strip().startswith('<'):
                raise ValueError(written)
            default = _Evaluator(written.strip(), resolve).whole()
        entry = entry.split(':')[0].strip()
        if entry.startswith('**'):
            params.append(Parameter(entry[2:], _VAR_KEYWORD))
        elif entry.startswith('*'):
            params.append(Parameter(entry[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        else:
            params.append(Parameter(entry, kind, default=default))
    return params


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False,
              annotation_format=Format.VALUE):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str,
                                   annotation_format=annotation_format)


__all__ = [
    'AGEN_CLOSED', 'AGEN_CREATED', 'AGEN_RUNNING', 'AGEN_SUSPENDED', 'ArgInfo',
    'Arguments', 'Attribute', 'BoundArguments', 'CORO_CLOSED', 'CORO_CREATED',
    'BlockFinder', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE',
    'CO_GENERATOR', 'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS',
    'CO_NOFREE', 'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS', 'CO_HAS_DOCSTRING',
    'CO_METHOD', 'ClosureVars', 'FrameInfo', 'FullArgSpec', 'GEN_CLOSED', 'GEN_CREATED',
    'GEN_RUNNING', 'GEN_SUSPENDED', 'Parameter', 'Signature', 'TPFLAGS_IS_ABSTRACT',
    'EndOfBlock', 'Traceback', 'classify_class_attrs', 'cleandoc', 'currentframe', 'findsource',
    'formatannotation', 'formatannotationrelativeto', 'formatargvalues',
    'get_annotations', 'getabsfile', 'getargs', 'getargvalues', 'getasyncgenlocals',
    'getasyncgenstate', 'getattr_static', 'getblock', 'getcallargs', 'getclasstree',
    'getclosurevars', 'getcomments', 'getcoroutinelocals', 'getcoroutinestate',
    'getdoc', 'getfile', 'getframeinfo', 'getfullargspec', 'getgeneratorlocals',
    'getgeneratorstate', 'getinnerframes', 'getlineno', 'getmembers',
    'getmembers_static', 'getmodule', 'getmodulename', 'getmro', 'getouterframes',
    'getsource', 'getsourcefile', 'getsourcelines', 'indentsize', 'isabstract',
    'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass', 'iscode',
    'iscoroutine', 'iscoroutinefunction', 'isdatadescriptor', 'isframe', 'isfunction',
    'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor', 'ismemberdescriptor',
    'ismethod', 'ismethoddescriptor', 'ismethodwrapper', 'ismodule', 'ispackage',
    'isroutine', 'istraceback', 'markcoroutinefunction', 'signature', 'stack', 'trace',
    'unwrap', 'walktree',
]
