"""Warnings: filters that decide, for each warning, to show it, ignore it
or raise it, and the functions that show them (PEP 230)."""

import sys
from _warnings import (filters, _defaultaction as defaultaction, _onceregistry as onceregistry,
                       warn, warn_explicit)

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings", "deprecated"]

# Bumped whenever the filters change: each module's __warningregistry__
# records the version it was filled under and is emptied when it is older.
_filters_version = 0

_ACTIONS = ("default", "always", "all", "ignore", "module", "once", "error")


def _filters_mutated():
    global _filters_version
    _filters_version += 1


_filters_mutated_lock_held = _filters_mutated


def _acquire_lock():
    pass


def _release_lock():
    pass


# ---- showing a warning -----------------------------------------------------

_linecache = None


def _source_line(filename, lineno, module_globals=None):
    # linecache when there is one (looked for once), else the interpreter's reader
    global _linecache
    if _linecache is None:
        try:
            import linecache as _linecache
        except ImportError:
            _linecache = False
    if _linecache is False:
        from _warnings import _source_line
        return _source_line(filename, lineno)
    return _linecache.getline(filename, lineno, module_globals)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default); programs may replace it."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for a warning."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    # where a shown warning goes: its file, else sys.stderr (if any); an
    # output that fails loses the warning, not the program
    out = sys.stderr if msg.file is None else msg.file
    if out is None:
        return
    try:
        out.write(_formatwarnmsg(msg))
    except OSError:
        pass


def _allocation_note(msg):
    # a warning about an object (source=) says where it was made when
    # tracemalloc traces, which cipy does not do
    try:
        import tracemalloc
        tracing = tracemalloc.is_tracing()
    except ImportError:
        tracing = False
    return "" if tracing else f"{msg.category.__name__}: Enable tracemalloc to get the object allocation traceback\n"


def _formatwarnmsg_impl(msg):
    text = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            line = _source_line(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += f"  {line.strip()}\n"
    if msg.source is not None:
        text += _allocation_note(msg)
    return text


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _replaced(name):
    # showwarning or formatwarning when the program put its own in place
    current = globals().get(name)
    original = _showwarning_orig if name == "showwarning" else _formatwarning_orig
    return None if current is None or current is original else current


def _showwarnmsg(msg):
    """Show a WarningMessage through showwarning(), or as it is."""
    show = _replaced("showwarning")
    if show is None:
        _showwarnmsg_impl(msg)
        return
    if not callable(show):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    show(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _formatwarnmsg(msg):
    """Format a WarningMessage through formatwarning(), or as it is."""
    fmt = _replaced("formatwarning")
    if fmt is None:
        return _formatwarnmsg_impl(msg)
    return fmt(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


# ---- the filters -----------------------------------------------------------

def _compile(pattern, flags=0):
    try:
        import re
    except ImportError:
        from string import _pattern as re
    return re.compile(pattern, flags)


def _escape(text):
    try:
        import re
    except ImportError:
        from string import _pattern as re
    return re.escape(text)


def _check_action_and_lineno(action, lineno):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Put a filter at the front of warnings.filters (at the end with append).

    action is one of "error", "ignore", "always", "all", "default", "module"
    and "once"; message and module are regular expressions matched at the
    start of a warning's text (ignoring case) and of its module's name;
    category is the Warning subclass a warning must be an instance of;
    lineno, when not 0, the line it must come from.
    """
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    _check_action_and_lineno(action, lineno)
    _add_filter(action, _compile(message, 2) if message else None,  # 2: re.IGNORECASE
                category, _compile(module) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Put a filter for every message and module at the front of
    warnings.filters (at the end with append); see filterwarnings().
    """
    _check_action_and_lineno(action, lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter equal to one already there: in front, it moves to the front;
    # appended, it stays where it was.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter: each warning then gets the default action."""
    del filters[:]
    _filters_mutated()


# ---- -W options and PYTHONWARNINGS -----------------------------------------

class _OptionError(Exception):
    """A -W option that cannot be applied."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    # action:message:category:module:lineno, each part optional
    fields = [part.strip() for part in arg.split(":")]
    if len(fields) > 5:
        raise _OptionError(f"too many fields (max 5): {arg!r}")
    action, message, category, module, lineno = fields + [""] * (5 - len(fields))
    # (checked in this order: the first bad field is the one reported)
    action = _getaction(action)
    category = _getcategory(category)
    number = 0
    if lineno:
        try:
            number = int(lineno)
        except (ValueError, OverflowError):
            raise _OptionError(f"invalid lineno {lineno!r}") from None
        if number < 0:
            # (CPython names the number here, not the text)
            raise _OptionError(f"invalid lineno {number!r}")
    filterwarnings(action, _escape(message) if message else "", category,
                   _escape(module) + r"\z" if module else "", number)


def _getaction(action):
    # an abbreviation of an action names the first action it begins
    if not action:
        return "default"
    for name in _ACTIONS:
        if name.startswith(action):
            return name
    raise _OptionError(f"invalid action: {action!r}")


def _getcategory(category):
    if not category:
        return Warning
    where, _, name = category.rpartition(".")
    if where:
        try:
            holder = __import__(where, None, None, [name])
        except ImportError:
            raise _OptionError(f"invalid module name: {where!r}") from None
    else:
        import builtins as holder
    found = getattr(holder, name, _getcategory)
    if found is _getcategory:  # (a marker: the name is not there)
        raise _OptionError(f"unknown warning category: {category!r}")
    if not issubclass(found, Warning):
        raise _OptionError(f"invalid warning category: {category!r}")
    return found


# ---- warn() and warn_explicit() --------------------------------------------
# _warnings.warn and _warnings.warn_explicit (C) call these, so that the
# frames a warning is reported from are the caller's, and an "error" filter's
# exception comes out of the call as from a built-in function.

def _is_internal_filename(filename):
    return "importlib" in filename and "_bootstrap" in filename


def _is_skipped(filename, skip_file_prefixes):
    return _is_internal_filename(filename) or (
        skip_file_prefixes and filename.startswith(skip_file_prefixes))


def _caller(stacklevel, skip_file_prefixes):
    """The frame stacklevel levels up from warn()'s caller (level 1), not
    counting the import system's frames or those of skip_file_prefixes."""
    frame = sys._getframe(2)
    if stacklevel <= 1:
        return frame
    while frame is not None and stacklevel > 1:
        frame = frame.f_back
        while frame is not None and _is_skipped(frame.f_code.co_filename, skip_file_prefixes):
            frame = frame.f_back
        stacklevel -= 1
    return frame


def _warn_impl(message, category, stacklevel, source, skip_file_prefixes):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    frame = _caller(stacklevel, skip_file_prefixes)
    if frame is None:
        globals = sys.__dict__
        filename = "<sys>"
        lineno = 0
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals.get("__name__", "<string>")
    registry = globals.get("__warningregistry__")
    if registry is None:
        registry = globals["__warningregistry__"] = {}
    return _warn_explicit_impl(message, category, filename, lineno, module, registry,
                               globals, source)


def _matches(pattern, text):
    # None matches everything, a str (the default filters') only itself
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return pattern.match(text)


def _warn_explicit_impl(message, category, filename, lineno,
                        module=None, registry=None, module_globals=None,
                        source=None):
    if module is None:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    if registry is not None:
        if registry.get("version") != _filters_version:
            registry.clear()
            registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and registry.get(key):
        return None
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return None
    if action == "error":
        # the C caller raises it, so that no frame of this module shows
        return message
    if action == "once" or action == "module":
        if registry is not None:
            registry[key] = True
        oncekey = (text, category)
        seen = registry
        if seen is None:
            seen = onceregistry if action == "once" else {}
            if seen.get("version") != _filters_version:
                seen.clear()
                seen["version"] = _filters_version
        if seen.get(oncekey):
            return None
        seen[oncekey] = True
    elif action == "default":
        if registry is not None:
            registry[key] = True
    elif action != "always" and action != "all":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))
    return None


def _warn_unawaited_coroutine(coro):
    """What a coroutine that was never awaited warns as it is freed; with
    origin tracking on (sys.set_coroutine_origin_tracking_depth), the text
    shows where it was made, outermost call first."""
    text = "coroutine '%s' was never awaited" % (coro.__qualname__,)
    origin = coro.cr_origin
    if origin is not None:
        parts = [text, '\nCoroutine created at (most recent call last)\n']
        for filename, lineno, name in origin[::-1]:
            parts.append('  File "%s", line %d, in %s\n' % (filename, lineno, name))
            source = _source_line(filename, lineno).strip()
            if source:
                parts.append('    %s\n' % source)
        text = ''.join(parts).rstrip('\n')
    warn(text, category=RuntimeWarning, stacklevel=2, source=coro)


# ---- recorded warnings and catch_warnings ----------------------------------

class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        for name, value in zip(self._WARNING_DETAILS,
                               (message, category, filename, lineno, file, line, source)):
            setattr(self, name, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}")

    def __repr__(self):
        return f"<{type(self).__name__} {self}>"


class catch_warnings(object):
    """Save the warnings filters and showwarning() on entry, restore them on exit.

    With record=True, the warnings shown inside are not written but kept as
    WarningMessage objects in the list __enter__ returns.  action (with
    category, lineno and append) puts a simplefilter() in place on entry.
    module is the warnings module to act on (for testing it).
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = module if module is not None else sys.modules["warnings"]
        self._filter = None if action is None else (action, category, lineno, append)
        self._saved = None   # what __enter__ replaced, until __exit__

    @property
    def _entered(self):
        return self._saved is not None

    def __repr__(self):
        shown = ["record=True"] if self._record else []
        if self._module is not sys.modules["warnings"]:
            shown.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __enter__(self):
        if self._saved is not None:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        target = self._module
        self._saved = (target.filters, target.showwarning, target._showwarnmsg_impl)
        target.filters = list(target.filters)
        target._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        recorded = []
        target._showwarnmsg_impl = recorded.append
        # a showwarning() the program set earlier must not see them
        target.showwarning = target._showwarning_orig
        return recorded

    def __exit__(self, *exc_info):
        if self._saved is None:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        target = self._module
        target.filters, target.showwarning, target._showwarnmsg_impl = self._saved
        target._filters_mutated()


# ---- @deprecated -----------------------------------------------------------

_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _copy_names(wrapper, wrapped):
    for name in ("__module__", "__name__", "__qualname__", "__doc__", "__annotate__", "__type_params__"):
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        try:
            setattr(wrapper, name, value)
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__dict__.update(wrapped.__dict__)
    except AttributeError:
        pass
    wrapper.__wrapped__ = wrapped
    return wrapper


class deprecated:
    """Mark a function or class as deprecated (PEP 702).

    Calling the function, or making an instance or a subclass of the class,
    emits a warning of category (DeprecationWarning; None: no warning) with
    message, stacklevel levels above the caller.  The message is kept as the
    __deprecated__ attribute of the result.
    """

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(
                "Expected an object of type str for 'message', not %r" % type(message).__name__)
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        msg = self.message
        category = self.category
        stacklevel = self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        if isinstance(arg, type):
            return self._deprecate_class(arg, msg, category, stacklevel)
        if callable(arg):
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)
            _copy_names(wrapper, arg)
            arg.__deprecated__ = wrapper.__deprecated__ = msg
            return wrapper
        raise TypeError(
            "@deprecated decorator with non-None category must be applied to "
            "a class or callable, not %r" % (arg,))

    @staticmethod
    def _deprecate_class(cls, msg, category, stacklevel):
        original_new = cls.__new__

        def __new__(klass, /, *args, **kwargs):
            if klass is cls:
                warn(msg, category=category, stacklevel=stacklevel + 1)
            if original_new is not object.__new__:
                return original_new(klass, *args, **kwargs)
            if klass.__init__ is object.__init__ and (args or kwargs):
                raise TypeError("%s() takes no arguments" % klass.__name__)
            return original_new(klass)

        _copy_names(__new__, original_new)
        cls.__new__ = staticmethod(__new__)

        # the class's own __init_subclass__ (a classmethod), or its bases'
        own = cls.__dict__.get("__init_subclass__")
        own = getattr(own, "__func__", None)

        def __init_subclass__(klass, /, **kwargs):
            warn(msg, category=category, stacklevel=stacklevel + 1)
            if own is not None:
                return own(klass, **kwargs)
            return super(cls, klass).__init_subclass__(**kwargs)

        if own is not None:
            _copy_names(__init_subclass__, own)
        cls.__init_subclass__ = classmethod(__init_subclass__)
        cls.__deprecated__ = __new__.__deprecated__ = msg
        return cls


# The options of the command line (-W, PYTHONWARNINGS, -b, -X dev), which
# the interpreter's start-up hands over by importing this module.
if sys.warnoptions:
    _processoptions(sys.warnoptions)
