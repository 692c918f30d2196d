"""
Configuration functions for the logging package for Python. The core package
is based on PEP 282 and comments thereto in comp.lang.python, and influenced
by Apache's log4j system.

Should work under Python versions >= 1.5.2, except that source line
information is not available unless 'sys._getframe()' is.

Copyright (C) 2001-2022 Vinay Sajip. All Rights Reserved.

To use, simply 'import logging' and log away!
"""

# dictConfig() and fileConfig(); no listen(), which needs sockets and
# threads.
#
# A configuration is read through "converting" containers: a string value
# "ext://a.b" stands for the object a.b (imported), "cfg://x.y[0]" for
# another place of the same configuration; dictionaries and lists met on the
# way are wrapped in turn, so any value, however deep, is converted when
# the configurator reads it.

import errno
import logging
import logging.handlers
import re
import sys

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)

# The port and the reset error of CPython's listen(), which cipy lacks.
DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = errno.ECONNRESET


def valid_ident(s):
    if IDENTIFIER.match(s) is None:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name stands for, importing modules on the way."""
    parts = name.split('.')
    path = parts.pop(0)
    found = __import__(path)
    for part in parts:
        path += '.' + part
        if not hasattr(found, part):
            __import__(path)
        found = getattr(found, part)
    return found


# ---------------------------------------------------------------- converting

class _Converting:
    """What the converting containers share: the configurator that turns
    their values into objects, and the container they were read from."""

    def _converted(self, key, value, keep=True):
        result = self.configurator.convert(value)
        if result is value:
            return value
        if keep:
            self[key] = result
        if isinstance(result, _Converting):
            # Where it came from, for a program that walks back up.
            result.parent, result.key = self, key
        return result


class ConvertingDict(_Converting, dict):
    """A converting dictionary wrapper."""

    def __getitem__(self, key):
        return self._converted(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self._converted(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self._converted(key, dict.pop(self, key, default), False)


class ConvertingList(_Converting, list):
    """A converting list wrapper."""

    def __getitem__(self, key):
        return self._converted(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self._converted(idx, list.pop(self, idx), False)


class ConvertingTuple(_Converting, tuple):
    """A converting tuple wrapper."""

    def __getitem__(self, key):
        return self._converted(key, tuple.__getitem__(self, key), False)


class ConvertingMixin(_Converting):
    """For ConvertingXXX's, this mixin class provides common functions"""


# cfg:// paths: a first word, then .attr or [index] steps.
_CFG_WORD = re.compile(r'^\s*(\w+)\s*')
_CFG_DOT = re.compile(r'^\.\s*(\w+)\s*')
_CFG_INDEX = re.compile(r'^\[([^\[\]]*)\]\s*')
_CFG_DIGITS = re.compile(r'^\d+$')
_PREFIXED = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')


class BaseConfigurator(object):
    """
    The configurator base class which defines some useful defaults.
    """

    CONVERT_PATTERN = _PREFIXED
    WORD_PATTERN = _CFG_WORD
    DOT_PATTERN = _CFG_DOT
    INDEX_PATTERN = _CFG_INDEX
    DIGIT_PATTERN = _CFG_DIGITS

    value_converters = {
        'ext': 'ext_convert',
        'cfg': 'cfg_convert',
    }

    # We might want to use a different one, e.g. importlib
    importer = staticmethod(__import__)

    def __init__(self, config):
        wrapped = ConvertingDict(config)
        wrapped.configurator = self
        self.config = wrapped

    def resolve(self, s):
        """
        Resolve strings to objects using standard import and attribute
        syntax.
        """
        try:
            found = _resolve(s)
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e
        return found

    def ext_convert(self, value):
        """Default converter for the ext:// protocol."""
        return self.resolve(value)

    def cfg_convert(self, value):
        """Default converter for the cfg:// protocol."""
        m = _CFG_WORD.match(value)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = value[m.end():]
        found = self.config[m.group(1)]
        while rest:
            step = _CFG_DOT.match(rest)
            if step is not None:
                found = found[step.group(1)]
            else:
                step = _CFG_INDEX.match(rest)
                if step is None:
                    raise ValueError('Unable to convert %r at %r'
                                     % (value, rest))
                index = step.group(1)
                if _CFG_DIGITS.match(index):
                    # A number indexes a sequence, or is a key after all.
                    try:
                        found = found[int(index)]
                    except TypeError:
                        found = found[index]
                else:
                    found = found[index]
            rest = rest[step.end():]
        return found

    def convert(self, value):
        """
        Convert values to an appropriate type. dicts, lists and tuples are
        replaced by their converting alternatives. Strings are checked to
        see if they have a conversion format and are converted if they do.
        """
        wrapper = None
        if type(value) is dict:
            wrapper = ConvertingDict
        elif type(value) is list:
            wrapper = ConvertingList
        elif type(value) is tuple and not hasattr(value, '_fields'):
            wrapper = ConvertingTuple
        if wrapper is not None:
            value = wrapper(value)
            value.configurator = self
            return value
        if isinstance(value, str):
            m = _PREFIXED.match(value)
            if m:
                method = self.value_converters.get(m.group('prefix'))
                if method:
                    return getattr(self, method)(m.group('suffix'))
        return value

    def configure_custom(self, config):
        """Configure an object with a user-supplied factory."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        result = factory(**kwargs)
        for name, value in (props or {}).items():
            setattr(result, name, value)
        return result

    def as_tuple(self, value):
        """Utility function which converts lists to tuples."""
        return tuple(value) if isinstance(value, list) else value


_MISSING = object()


def _failing(what):
    """A ValueError naming the piece of the configuration that failed."""
    return ValueError('Unable to configure %s' % what)


class DictConfigurator(BaseConfigurator):
    """
    Configure logging using a dictionary-like object to describe the
    configuration.
    """

    def configure(self):
        """Do the configuration."""
        config = self.config
        version = config.get('version', _MISSING)
        if version is _MISSING:
            raise ValueError("dictionary doesn't specify a version")
        if version != 1:
            raise ValueError("Unsupported version: %s" % version)
        with logging._lock:
            if config.pop('incremental', False):
                self._adjust(config)
            else:
                self._replace(config)

    def _adjust(self, config):
        """incremental: only levels of existing handlers and loggers."""
        for name, settings in config.get('handlers', {}).items():
            handler = logging._handlers.get(name)
            if handler is None:
                raise ValueError('No handler found with name %r' % name)
            level = settings.get('level')
            if level:
                handler.setLevel(logging._checkLevel(level))
        for name, settings in config.get('loggers', {}).items():
            try:
                self.configure_logger(name, settings, True)
            except Exception as e:
                raise _failing('logger %r' % name) from e
        root = config.get('root')
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise _failing('root logger') from e

    def _replace(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        self._build_each(config, 'formatters', 'formatter',
                         self.configure_formatter)
        self._build_each(config, 'filters', 'filter', self.configure_filter)
        self._build_handlers(config.get('handlers', ConvertingDict()))
        existing = list(logging.root.manager.loggerDict)
        existing.sort()
        kept = []
        loggers = config.get('loggers', ConvertingDict())
        for name in loggers:
            kept.extend(self._descendants(existing, name))
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise _failing('logger %r' % name) from e
        _handle_existing_loggers(
            [n for n in existing if n not in loggers],
            kept, disable_existing)
        root = config.get('root')
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise _failing('root logger') from e

    @staticmethod
    def _descendants(names, name):
        """The loggers below name among names: they keep working when
        disable_existing_loggers disables the rest."""
        prefix = name + '.'
        return [n for n in names if n.startswith(prefix)]

    def _build_each(self, config, section, what, build):
        table = config.get(section, ConvertingDict())
        for name in table:
            try:
                table[name] = build(table[name])
            except Exception as e:
                raise _failing('%s %r' % (what, name)) from e

    def _build_handlers(self, handlers):
        """Handlers in name order; one naming a target handler not built yet
        waits for a second round."""
        waiting = []
        for name in sorted(handlers):
            try:
                made = self.configure_handler(handlers[name])
                made.name = name
                handlers[name] = made
            except Exception as e:
                if ' not configured yet' in str(e.__cause__):
                    waiting.append(name)
                else:
                    raise _failing('handler %r' % name) from e
        for name in waiting:
            try:
                made = self.configure_handler(handlers[name])
                made.name = name
                handlers[name] = made
            except Exception as e:
                raise _failing('handler %r' % name) from e

    def configure_formatter(self, config):
        """Configure a formatter from a dictionary."""
        if '()' in config:
            return self.configure_custom(config)
        fmt = config.get('format', None)
        datefmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cls = config.get('class', None)
        cls = logging.Formatter if not cls else _resolve(cls)
        options = {}
        if 'validate' in config:
            options['validate'] = config['validate']
        if 'defaults' in config:
            options['defaults'] = config['defaults']
        return cls(fmt, datefmt, style, **options)

    def configure_filter(self, config):
        """Configure a filter from a dictionary."""
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        """Add filters to a filterer from a list of names."""
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    chosen = f
                else:
                    chosen = self.config['filters'][f]
                filterer.addFilter(chosen)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        """Configure a handler from a dictionary."""
        keep = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r'
                                 % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self._handler_class(config, keep)
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if formatter:
            result.setFormatter(formatter)
        self.add_filters(result, filters or ())
        for name, value in (props or {}).items():
            setattr(result, name, value)
        return result

    def _handler_class(self, config, original):
        """The handler's class; a MemoryHandler's target, given by name, is
        looked up among the handlers built so far."""
        cls = self.resolve(config.pop('class'))
        if issubclass(cls, logging.handlers.MemoryHandler) and 'target' in config:
            tname = config['target']
            try:
                target = self.config['handlers'][tname]
                if not isinstance(target, logging.Handler):
                    config.update(original)
                    raise TypeError('target not configured yet')
                config['target'] = target
            except Exception as e:
                raise ValueError('Unable to set target handler %r'
                                 % tname) from e
        return cls

    def add_handlers(self, logger, handlers):
        """Add handlers to a logger from a list of names."""
        for name in handlers:
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e

    def common_logger_config(self, logger, config, incremental=False):
        """
        Perform configuration which is common to root and non-root loggers.
        """
        if config.get('level') is not None:
            logger.setLevel(logging._checkLevel(config['level']))
        if not incremental:
            # The configuration replaces what the logger had.
            del logger.handlers[:]
            self.add_handlers(logger, config.get('handlers') or ())
            self.add_filters(logger, config.get('filters') or ())

    def configure_logger(self, name, config, incremental=False):
        """Configure a non-root logger from a dictionary."""
        target = logging.getLogger(name)
        self.common_logger_config(target, config, incremental)
        target.disabled = False
        if config.get('propagate') is not None:
            target.propagate = config['propagate']

    def configure_root(self, config, incremental=False):
        """Configure a root logger from a dictionary."""
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()


def _clearExistingHandlers():
    """Clear and close existing handlers"""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """
    When (re)configuring logging, handle loggers which were in the previous
    configuration but are not in the new configuration. There's no point
    deleting them as other threads may continue to hold references to them;
    and by disabling them, you stop them doing any logging.

    However, don't disable children of named loggers, as that's probably not
    what was intended by the user. Also, allow existing loggers to NOT be
    disabled if disable_existing is false.
    """
    table = logging.root.manager.loggerDict
    for name in existing:
        node = table[name]
        if name not in child_loggers:
            node.disabled = disable_existing
        elif isinstance(node, logging.Logger):
            # Below a configured logger: back to passing records up.
            node.propagate, node.handlers = True, []
            node.setLevel(logging.NOTSET)


# --------------------------------------------------------------- fileConfig

def _literal(text):
    """A class, args, kwargs or defaults value of the file: Python source,
    evaluated in the namespace of the logging package."""
    return eval(text, vars(logging))


def _names(text):
    return [part.strip() for part in text.split(",")]


def fileConfig(fname, defaults=None, disable_existing_loggers=True,
               encoding=None):
    """
    Read the logging configuration from a ConfigParser-format file.

    This can be called several times from an application, allowing an end user
    the ability to select from various pre-canned configurations (if the
    developer provides a mechanism to present the choices and load the chosen
    configuration).
    """
    import configparser
    import io
    import os
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError("%s doesn't exist" % fname)
        if not os.path.getsize(fname):
            raise RuntimeError("%s is an empty file" % fname)
    if isinstance(fname, configparser.RawConfigParser):
        parser = fname
    else:
        try:
            parser = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                parser.read_file(fname)
            else:
                parser.read(fname, encoding=io.text_encoding(encoding))
        except configparser.ParsingError as e:
            raise RuntimeError("%s is invalid: %s" % (fname, e))
    formatters = _file_formatters(parser)
    with logging._lock:
        _clearExistingHandlers()
        handlers = _file_handlers(parser, formatters)
        _file_loggers(parser, handlers, disable_existing_loggers)


def _file_formatters(parser):
    listed = parser["formatters"]["keys"]
    made = {}
    if not listed:
        return made
    for key in _names(listed):
        where = "formatter_" + key
        fmt = parser.get(where, "format", raw=True, fallback=None)
        datefmt = parser.get(where, "datefmt", raw=True, fallback=None)
        style = parser.get(where, "style", raw=True, fallback='%')
        extra = parser.get(where, "defaults", raw=True, fallback=None)
        class_name = parser[where].get("class")
        factory = _resolve(class_name) if class_name else logging.Formatter
        if extra is None:
            made[key] = factory(fmt, datefmt, style)
        else:
            made[key] = factory(fmt, datefmt, style, defaults=_literal(extra))
    return made


def _handler_class(text):
    try:
        return _literal(text)
    except (AttributeError, NameError):
        return _resolve(text)


def _file_handlers(parser, formatters):
    listed = parser["handlers"]["keys"]
    made, targets = {}, []
    if not listed:
        return made
    for key in _names(listed):
        section = parser["handler_" + key]
        klass = _handler_class(section["class"])
        formatter = section.get("formatter", "")
        args = _literal(section.get("args", '()'))
        kwargs = _literal(section.get("kwargs", '{}'))
        handler = klass(*args, **kwargs)
        handler.name = key
        if "level" in section:
            handler.setLevel(section["level"])
        if formatter:
            handler.setFormatter(formatters[formatter])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if target:
                targets.append((handler, target))
        made[key] = handler
    for handler, target in targets:
        handler.setTarget(made[target])
    return made


def _attach(logger, section, handlers):
    for old in list(logger.handlers):
        logger.removeHandler(old)
    listed = section["handlers"]
    if listed:
        for key in _names(listed):
            logger.addHandler(handlers[key])


def _file_loggers(parser, handlers, disable_existing):
    names = _names(parser["loggers"]["keys"])
    names.remove("root")
    section = parser["logger_root"]
    root = logging.root
    if "level" in section:
        root.setLevel(section["level"])
    _attach(root, section, handlers)
    existing = sorted(root.manager.loggerDict)
    children = []
    for name in names:
        section = parser["logger_" + name]
        qualname = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qualname)
        if qualname in existing:
            below = qualname + "."
            after = existing.index(qualname) + 1
            children.extend(n for n in existing[after:] if n.startswith(below))
            existing.remove(qualname)
        if "level" in section:
            logger.setLevel(section["level"])
        for old in list(logger.handlers):
            logger.removeHandler(old)
        logger.propagate = propagate
        logger.disabled = 0
        listed = section["handlers"]
        if listed:
            for key in _names(listed):
                logger.addHandler(handlers[key])
    _handle_existing_loggers(existing, children, disable_existing)
