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
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line is None:
        try:
            line = _source_line(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        # without tracemalloc tracing there is no allocation traceback to show
        try:
            import tracemalloc
        except ImportError:
            tracemalloc = None
        if tracemalloc is None or not tracemalloc.is_tracing():
            s += "%s: Enable tracemalloc to get the object allocation traceback\n" % category
    return s


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Show a WarningMessage through showwarning(), or as it is."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Format a WarningMessage through formatwarning(), or as it is."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


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
        raise ValueError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    message = _compile(message, 2) if message else None    # re.IGNORECASE
    module = _compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Put a filter for every message and module at the front of
    warnings.filters (at the end with append); see filterwarnings().
    """
    if action not in _ACTIONS:
        raise ValueError("invalid action: %r" % (action,))
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # an existing equal filter moves to the front, or stays where it is
    # when appending
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter: each warning then gets the default action."""
    filters[:] = []
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
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r"\z"
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    for a in ("default", "always", "all", "ignore", "module", "once", "error"):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition(".")
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


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
    """What a coroutine that was never awaited warns as it is freed."""
    warn("coroutine '%s' was never awaited" % (coro.__qualname__,),
         category=RuntimeWarning, stacklevel=2, source=coro)


# ---- recorded warnings and catch_warnings ----------------------------------

class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))

    def __repr__(self):
        return "<%s %s>" % (self.__class__.__name__, self)


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
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        module._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            # a showwarning() set earlier must not catch what is recorded
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


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
