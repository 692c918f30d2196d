"""
Logging package for Python. Based on PEP 282 and comments thereto in
comp.lang.python.

To use, simply 'import logging' and log away!
"""

# The module is laid out in the order a record travels: levels, the record
# itself, the styles and formatters that turn it into text, filters, the
# handlers that write it, the loggers and their manager that create it, and
# the module-level conveniences on top.

import sys, os, time, io, re, traceback, warnings, weakref, collections.abc
import contextlib

from types import GenericAlias
from string import Template
from string import Formatter as StrFormatter

import threading
import atexit

__all__ = """BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL
    FileHandler Filter Formatter Handler INFO LogRecord Logger LoggerAdapter
    NOTSET NullHandler StreamHandler WARN WARNING addLevelName basicConfig
    captureWarnings critical debug disable error exception fatal getLevelName
    getLogger getLoggerClass info log makeLogRecord setLoggerClass shutdown
    warn warning getLogRecordFactory setLogRecordFactory lastResort
    raiseExceptions getLevelNamesMapping getHandlerByName
    getHandlerNames""".split()

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

# Switches a program may turn off to skip work for every record.
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

# Nanoseconds at import: records measure relativeCreated from here.
_startTime = time.time_ns()

# One re-entrant lock guards the shared tables below (levels, loggers,
# named handlers).
_lock = threading.RLock()


# ---------------------------------------------------------------- levels

NOTSET, DEBUG, INFO = 0, 10, 20
WARNING = WARN = 30
ERROR = 40
CRITICAL = FATAL = 50

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING',
                INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR,
                'WARN': WARNING, 'WARNING': WARNING, 'INFO': INFO,
                'DEBUG': DEBUG, 'NOTSET': NOTSET}


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """
    Return the textual or numeric representation of logging level 'level'.

    If the level is one of the predefined levels (CRITICAL, ERROR, WARNING,
    INFO, DEBUG) then you get the corresponding string. If you have
    associated levels with names using addLevelName then the name you have
    associated with 'level' is returned.

    If a numeric value corresponding to one of the defined levels is passed
    in, the corresponding string representation is returned.

    If a string representation of the level is passed in, the corresponding
    numeric value is returned.

    If no matching numeric or string value is passed in, the string
    'Level %s' % level is returned.
    """
    # Both tables are tried because the function answers in both directions.
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


_getLevelName = getLevelName


def addLevelName(level, levelName):
    """
    Associate 'levelName' with 'level'.

    This is used when converting levels to text during message formatting.
    """
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    """A level given as a number or a registered name, as a number."""
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------- frames

def currentframe():
    return sys._getframe(1)


def _in_package(filename):
    """True for code of this package (any of its modules)."""
    return filename in _package_files or (
        os.path.dirname(filename) == _package_dir)


def _is_internal_frame(frame):
    """Frames findCaller steps over: this module's and import machinery's."""
    filename = frame.f_code.co_filename
    return filename == _srcfile or (
        "importlib" in filename and "_bootstrap" in filename)


_srcfile = os.path.normcase(getLevelName.__code__.co_filename)
_package_dir = os.path.dirname(_srcfile)
_package_files = {_srcfile, '<frozen logging.handlers>',
                  '<frozen logging.config>'}


# ---------------------------------------------------------------- records

# pathname -> (filename, module): a program logs from few files, and
# splitting the path again for every record costs more than the lookup.
_source_names = {}
_Mapping = collections.abc.Mapping


class LogRecord(object):
    """
    A LogRecord instance represents an event being logged.

    LogRecord instances are created every time something is logged. They
    contain all the information pertinent to the event being logged. The
    main information passed in is in msg and args, which are combined
    using str(msg) % args to create the message field of the record. The
    record also includes information such as when the record was created,
    the source line where the logging call was made, and any exception
    information to be logged.
    """

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        """
        Initialize a logging record with interesting information.
        """
        # One function (no helpers): a record is made for every event, and
        # the attributes go into __dict__ in the order CPython's do.
        now = time.time_ns()
        self.name = name
        self.msg = msg
        # A lone non-empty mapping is the argument of '%(key)s' messages.
        if (args and len(args) == 1 and isinstance(args[0], _Mapping)
                and args[0]):
            args = args[0]
        self.args = args
        # the table first: getLevelName's answer for a known level, unless
        # the module's getLevelName was replaced
        levelname = _levelToName.get(level) if getLevelName is _getLevelName else None
        self.levelname = getLevelName(level) if levelname is None else levelname
        self.levelno = level
        self.pathname = pathname
        names = _source_names.get(pathname) if type(pathname) is str else None
        if names is None:
            # a pathname that is no path still gives a record
            try:
                base = os.path.basename(pathname)
                names = base, os.path.splitext(base)[0]
            except (TypeError, ValueError, AttributeError):
                names = pathname, "Unknown module"
            if type(pathname) is str and len(_source_names) < 1000:
                _source_names[pathname] = names
        self.filename, self.module = names
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now / 1e9
        # Whole milliseconds of the second, kept a float as documented.
        self.msecs = float((now // 1_000_000) % 1000)
        self.relativeCreated = (now - _startTime) / 1e6
        # thread, process and task of the caller, as the switches allow
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = self.threadName = None
        if logMultiprocessing:
            self.processName = ('MainProcess' if 'multiprocessing' not in sys.modules
                                else _process_name())
        else:
            self.processName = None
        self.process = os.getpid() if logProcesses else None
        self.taskName = None
        if logAsyncioTasks and 'asyncio' in sys.modules:
            try:
                self.taskName = sys.modules['asyncio'].current_task().get_name()
            except Exception:
                pass

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """
        Return the message for this LogRecord.

        Return the message for this LogRecord after merging any user-supplied
        arguments with the message.
        """
        text = str(self.msg)
        return text % self.args if self.args else text


def _process_name():
    """The multiprocessing name of this process, once that module is in use."""
    mp = sys.modules.get('multiprocessing')
    try:
        return 'MainProcess' if mp is None else mp.current_process().name
    except Exception:
        return 'MainProcess'


_logRecordFactory = LogRecord


def getLogRecordFactory():
    """
    Return the factory to be used when instantiating a log record.
    """
    return _logRecordFactory


def setLogRecordFactory(factory):
    """
    Set the factory to be used when instantiating a log record.

    :param factory: A callable which will be called to instantiate
    a log record.
    """
    global _logRecordFactory
    _logRecordFactory = factory


def makeLogRecord(dict):
    """
    Make a LogRecord whose attributes are defined by the specified dictionary,
    This function is useful for converting a logging event received over
    a socket connection (which is sent as a dictionary) into a LogRecord
    instance.
    """
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------- styles

# Every style knows its placeholder syntax three ways: how to fill it from
# a record, how to tell whether it asks for the time, and how to check a
# format string before use.

_PERCENT_FIELD = re.compile(
    r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)
_BRACE_NAME = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$', re.I)
_BRACE_SPEC = re.compile(
    r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$',
    re.I)


class PercentStyle(object):

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """Validate the input format, ensure it matches the correct style"""
        if _PERCENT_FIELD.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            return self._defaults | record.__dict__
        return record.__dict__

    def _format(self, record):
        if self._defaults:
            return self._fmt % (self._defaults | record.__dict__)
        return self._fmt % record.__dict__

    def format(self, record):
        try:
            text = self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s'
                             % missing)
        return text


class StrFormatStyle(PercentStyle):
    asctime_search = '{asctime'
    asctime_format = '{asctime}'
    default_format = '{message}'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """Validate the input format, ensure it is the correct string formatting style"""
        try:
            self._check_fields()
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)

    def _check_fields(self):
        seen = False
        for _, name, spec, conversion in StrFormatter().parse(self._fmt):
            if not name:
                continue
            if not _BRACE_NAME.match(name):
                raise ValueError('invalid field name/expression: %r' % name)
            if conversion and conversion not in 'rsa':
                raise ValueError('invalid conversion: %r' % conversion)
            if spec and not _BRACE_SPEC.match(spec):
                raise ValueError('bad specifier: %r' % spec)
            seen = True
        if not seen:
            raise ValueError('no fields')


class StringTemplateStyle(PercentStyle):
    asctime_search = '${asctime}'
    asctime_format = '${asctime}'
    default_format = '${message}'

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        seen = False
        for m in Template.pattern.finditer(self._fmt):
            groups = m.groupdict()
            if groups['named'] or groups['braced']:
                seen = True
            elif groups['invalid'] is not None:
                raise ValueError("invalid format: bare '$' not allowed")
        if not seen:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# Each style with the format basicConfig() uses when given none.
_STYLES = {'%': (PercentStyle, BASIC_FORMAT),
           '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
           '$': (StringTemplateStyle, '${levelname}:${name}:${message}')}


def _style_class(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
    return _STYLES[style][0]


# ---------------------------------------------------------------- formatters

def _add_block(text, block):
    """text, then block (exception or stack text) from a new line."""
    return (text if text.endswith("\n") else text + "\n") + block


class Formatter(object):
    """
    Formatter instances are used to convert a LogRecord to text.

    Formatters need to know how a LogRecord is constructed. They are
    responsible for converting a LogRecord to (usually) a string which can
    be interpreted by either a human or an external system. The base Formatter
    allows a formatting string to be specified. If none is supplied, the
    style-dependent default value, "%(message)s", "{message}", or
    "${message}", is used.
    """

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        """
        Initialize the formatter with specified format strings.

        Initialize the formatter either with the specified format string, or a
        default as described above. Allow for specialized date formatting with
        the optional datefmt argument. If datefmt is omitted, you get an
        ISO8601-like (or RFC 3339-like) format.
        """
        self._style = _style_class(style)(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """
        Return the creation time of the specified LogRecord as formatted text.
        """
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """
        Format and return the specified exception information as a string.
        """
        out = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        text = out.getvalue()
        out.close()
        return text[:-1] if text.endswith("\n") else text

    def format(self, record):
        """
        Format the specified record as text.
        """
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # The exception's text is cached on the record: other handlers reuse it.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _add_block(text, record.exc_text)
        if record.stack_info:
            text = _add_block(text, self.formatStack(record.stack_info))
        return text

    def formatMessage(self, record):
        return self._style.format(record)

    def usesTime(self):
        """
        Check if the format uses the creation time of the record.
        """
        return self._style.usesTime()

    def formatStack(self, stack_info):
        """
        This method is provided as an extension point for specialized
        formatting of stack information.
        """
        return stack_info


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """
    A formatter suitable for formatting a number of records.
    """

    def __init__(self, linefmt=None):
        """
        Optionally specify a formatter which will be used to format each
        individual record.
        """
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        """
        Return the header string for the specified records.
        """
        return ""

    def formatFooter(self, records):
        """
        Return the footer string for the specified records.
        """
        return ""

    def format(self, records):
        """
        Format the specified records and return the result as a string.
        """
        if not records:
            return ""
        body = "".join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------- filters

class Filter(object):
    """
    Filter instances are used to perform arbitrary filtering of LogRecords.

    Loggers and Handlers can optionally use Filter instances to filter
    records as desired. The base filter class only allows events which are
    below a certain point in the logger hierarchy. For example, a filter
    initialized with "A.B" will allow events logged by loggers "A.B",
    "A.B.C", "A.B.C.D", "A.B.D" etc. but not "A.BB", "B.A.B" etc. If
    initialized with the empty string, all events are passed.
    """

    def __init__(self, name=''):
        """
        Initialize a filter.

        Initialize with the name of the logger which, together with its
        children, will have its events allowed through the filter. If no
        name is specified, allow every event.
        """
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        """
        Determine if the specified record is to be logged.

        Returns True if the record should be logged, or False otherwise.
        If deemed appropriate, the record may be modified in-place.
        """
        if not self.name:
            return True
        return (record.name == self.name or
                record.name.startswith(self.name + '.'))


class Filterer(object):
    """
    A base class for loggers and handlers which allows them to share
    common code.
    """

    def __init__(self):
        """
        Initialize the list of filters to be an empty list.
        """
        self.filters = []

    def removeFilter(self, filter):
        """
        Remove the specified filter from this handler.
        """
        if filter in self.filters:
            self.filters.remove(filter)

    def addFilter(self, filter):
        """
        Add the specified filter to this handler.
        """
        if filter not in self.filters:
            self.filters.append(filter)

    def filter(self, record):
        """
        Determine if a record is loggable by consulting all the filters.

        The default is to allow the record to be logged; any filter can veto
        this by returning a false value.
        If a filter attached to a handler returns a log record instance,
        then that instance is used in place of the original log record in
        any further processing of the event by that handler.
        If a filter returns any other true value, the original log record
        is used in any further processing of the event by that handler.

        If none of the filters return false values, this method returns
        a log record.
        If any of the filters return a false value, this method returns
        a false value.
        """
        for f in self.filters:
            check = f.filter if hasattr(f, 'filter') else f
            verdict = check(record)
            if not verdict:
                return False
            if isinstance(verdict, LogRecord):
                record = verdict
        return record


# ---------------------------------------------------------------- handlers

# Named handlers (for getHandlerByName) and every handler ever made (weakly,
# newest last, so that shutdown() closes them in reverse order).
_handlers = weakref.WeakValueDictionary()
_handlerList = []


def _forget_handler(ref):
    # Called by the weak reference when its handler dies.
    with _lock:
        if ref in _handlerList:
            _handlerList.remove(ref)


_removeHandlerRef = _forget_handler


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(weakref.ref(handler, _forget_handler))


def getHandlerNames():
    """
    Return all known handler names as an immutable set.
    """
    return frozenset(_handlers)


def getHandlerByName(name):
    """
    Get a handler with the specified *name*, or None if there isn't one with
    that name.
    """
    return _handlers.get(name)


def _register_at_fork_reinit_lock(instance):
    pass


class Handler(Filterer):
    """
    Handler instances dispatch logging events to specific destinations.

    The base handler class. Acts as a placeholder which defines the Handler
    interface. Handlers can optionally use Formatter instances to format
    records as desired. By default, no formatter is specified; in this case,
    the 'raw' message as determined by record.message is logged.
    """

    def __init__(self, level=NOTSET):
        """
        Initializes the instance - basically setting the formatter to None
        and the filter list to empty.
        """
        super().__init__()
        self.level = _checkLevel(level)
        self._name, self.formatter, self._closed = None, None, False
        self.createLock()
        _addHandlerRef(self)

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))

    # The name registers the handler for getHandlerByName().
    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            _handlers.pop(self._name, None)
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def setLevel(self, level):
        """
        Set the logging level of this handler.  level must be an int or a str.
        """
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        """
        Set the formatter for this handler.
        """
        self.formatter = fmt

    def createLock(self):
        """
        Acquire a thread lock for serializing access to the underlying I/O.
        """
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.createLock()

    def acquire(self):
        """
        Acquire the I/O thread lock.
        """
        self.lock and self.lock.acquire()

    def release(self):
        """
        Release the I/O thread lock.
        """
        self.lock and self.lock.release()

    def format(self, record):
        """
        Format the specified record.

        If a formatter is set, use it. Otherwise, use the default formatter
        for the module.
        """
        formatter = self.formatter or _defaultFormatter
        return formatter.format(record)

    def handle(self, record):
        """
        Conditionally emit the specified logging record.

        Emission depends on filters which may have been added to the handler.
        Wrap the actual emission of the record with acquisition/release of
        the I/O thread lock.

        Returns an instance of the log record that was emitted
        if it passed all filters, otherwise a false value is returned.
        """
        passed = self.filter(record)
        if passed:
            # The lock is not taken here: this interpreter runs one thread,
            # so nothing can contend for it (it is there for programs that
            # take it themselves).
            self.emit(passed if isinstance(passed, LogRecord) else record)
        return passed

    def emit(self, record):
        """
        Do whatever it takes to actually log the specified logging record.

        This version is intended to be implemented by subclasses and so
        raises a NotImplementedError.
        """
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def flush(self):
        """
        Ensure all logging output has been flushed.

        This version does nothing and is intended to be implemented by
        subclasses.
        """

    def close(self):
        """
        Tidy up any resources used by the handler.

        This version removes the handler from an internal map of handlers,
        _handlers, which is used for handler lookup by name. Subclasses
        should ensure that this gets called from overridden close()
        methods.
        """
        with _lock:
            self._closed = True
            if self._name:
                _handlers.pop(self._name, None)

    def handleError(self, record):
        """
        Handle errors which occur during an emit() call.

        This method should be called from handlers when an exception is
        encountered during an emit() call. If raiseExceptions is false,
        exceptions get silently ignored. This is what is mostly wanted
        for a logging system - most users will not care about errors in
        the logging system, they are more interested in application errors.
        You could, however, replace this with a custom handler if you wish.
        The record which was being processed is passed in to this method.
        """
        if not (raiseExceptions and sys.stderr):
            return
        exc_type, exc, tb = sys.exc_info()
        try:
            _report_emit_error(sys.stderr, exc_type, exc, tb, record)
        except OSError:
            # stderr itself failing is no reason to stop the program.
            pass
        finally:
            del exc_type, exc, tb


def _report_emit_error(err, exc_type, exc, tb, record):
    """The '--- Logging error ---' report: the failure, where the record was
    logged from (outside this package), and what it carried."""
    err.write('--- Logging error ---\n')
    traceback.print_exception(exc_type, exc, tb, None, err)
    err.write('Call stack:\n')
    # The frame that caught the error, then up out of this package (an
    # error outside an except clause has no traceback: AttributeError).
    frame = exc.__traceback__.tb_frame
    while frame is not None and _in_package(frame.f_code.co_filename):
        frame = frame.f_back
    if frame is not None:
        traceback.print_stack(frame, file=err)
    else:
        err.write('Logged from file %s, line %s\n'
                  % (record.filename, record.lineno))
    try:
        err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
    except RecursionError:
        raise
    except Exception:
        err.write('Unable to print the message and arguments'
                  ' - possible formatting error.\nUse the'
                  ' traceback above to help find the error.\n')


class StreamHandler(Handler):
    """
    A handler class which writes logging records, appropriately formatted,
    to a stream. Note that this class does not close the stream, as
    sys.stdout or sys.stderr may be used.
    """

    terminator = '\n'

    def __init__(self, stream=None):
        """
        Initialize the handler.

        If stream is not specified, sys.stderr is used.
        """
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        return '<%s %s(%s)>' % (type(self).__name__, label + ' ' if label else '',
                                getLevelName(self.level))

    def emit(self, record):
        """
        Emit a record.

        If a formatter is specified, it is used to format the record.
        The record is then written to the stream with a trailing newline.  If
        exception information is present, it is formatted using
        traceback.print_exception and appended to the stream.  If the stream
        has an 'encoding' attribute, it is used to determine how to do the
        output to the stream.
        """
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def flush(self):
        """
        Flushes the stream.
        """
        # Without the lock, as in handle(): there is one thread.
        stream = self.stream
        if stream and hasattr(stream, "flush"):
            stream.flush()

    def setStream(self, stream):
        """
        Sets the StreamHandler's stream to the specified value,
        if it is different.

        Returns the old stream, if the stream was changed, or None
        if it wasn't.
        """
        if stream is self.stream:
            return None
        with self.lock:
            self.flush()
            previous, self.stream = self.stream, stream
        return previous

    __class_getitem__ = classmethod(GenericAlias)


class FileHandler(StreamHandler):
    """
    A handler class which writes formatted logging records to disk files.
    """

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        """
        Open the specified file and use it as the stream for logging.
        """
        self.mode, self.delay, self.errors = mode, delay, errors
        self.encoding = encoding if "b" in mode else io.text_encoding(encoding)
        self.baseFilename = os.path.abspath(os.fspath(filename))
        # Kept so that close() at interpreter exit still finds open().
        self._builtin_open = open
        # With delay, nothing is opened before the first record.
        StreamHandler.__init__(self, None)
        self.stream = None if delay else self._open()

    def close(self):
        """
        Closes the stream.
        """
        with self.lock:
            try:
                stream, self.stream = self.stream, None
                if stream:
                    try:
                        stream.flush()
                    finally:
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)

    def _open(self):
        """
        Open the current base file with the (original) mode and encoding.
        Return the resulting stream.
        """
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        """
        Emit a record.

        If the stream was not opened because 'delay' was specified in the
        constructor, open it before calling the superclass's emit.

        If stream is not open, current mode is 'w' and `_closed=True`, record
        will not be emitted (see Issue #42378).
        """
        if self.stream is None:
            # A closed handler in 'w' mode must not truncate the file again.
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class NullHandler(Handler):
    """
    This handler does nothing. It's intended to be used to avoid the
    "No handlers could be found for logger XXX" one-off warning. This is
    important for library code, which may contain code to log events. If a
    user of the library does not configure logging, the one-off warning might
    be produced; to avoid this, the library developer simply needs to
    instantiate a NullHandler and add it to the top-level logger of the
    library module or package.
    """

    def _ignore(self, record):
        """Stub."""

    handle = emit = _ignore
    del _ignore

    def createLock(self):
        self.lock = None

    _at_fork_reinit = flush = Handler.flush


class _StderrHandler(StreamHandler):
    """
    This class is like a StreamHandler using sys.stderr, but always uses
    whatever sys.stderr is currently set to rather than the value of
    sys.stderr at handler construction time.
    """

    # Looked up at each write: the program may have replaced sys.stderr.
    stream = property(lambda self: sys.stderr)

    def __init__(self, level=NOTSET):
        """
        Initialize the handler.
        """
        Handler.__init__(self, level)


lastResort = _defaultLastResort = _StderrHandler(WARNING)


# ---------------------------------------------------------------- loggers

class PlaceHolder(object):
    """
    PlaceHolder instances are used in the Manager logger hierarchy to take
    the place of nodes for which no loggers have been defined. This class is
    intended for internal use only and not as part of the public API.
    """

    def __init__(self, alogger):
        """
        Initialize with the specified logger being a child of this placeholder.
        """
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        """
        Add the specified logger as a child of this placeholder.
        """
        self.loggerMap.setdefault(alogger, None)


def setLoggerClass(klass):
    """
    Set the class to be used when instantiating a logger. The class should
    define __init__() such that only a name argument is required, and the
    __init__() should call Logger.__init__()
    """
    _require_logger_class(klass)
    global _loggerClass
    _loggerClass = klass


def _require_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: "
                        + klass.__name__)


def getLoggerClass():
    """
    Return the class to be used when instantiating a logger.
    """
    return _loggerClass


class Manager(object):
    """
    There is [under normal circumstances] just one Manager instance, which
    holds the hierarchy of loggers.
    """

    def __init__(self, rootnode):
        """
        Initialize the manager with the root node of the logger hierarchy.
        """
        self.root, self.loggerDict = rootnode, {}
        self.loggerClass = self.logRecordFactory = None
        self.emittedNoHandlerWarning = False
        self.disable = 0

    # Checked on assignment, as setLevel() checks a logger's level.
    disable = property(lambda self: self._disable,
                       lambda self, level: setattr(self, '_disable',
                                                   _checkLevel(level)))

    def getLogger(self, name):
        """
        Get a logger with the specified name (channel name), creating it
        if it doesn't yet exist. This name is a dot-separated hierarchical
        name, such as "a", "a.b", "a.b.c" or similar.

        If a PlaceHolder existed for the specified name [i.e. the logger
        didn't exist but a child of it did], replace it with the created
        logger and fix up the parent/child references which pointed to the
        placeholder to now point to the logger.
        """
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if isinstance(existing, Logger):
                return existing
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if isinstance(existing, PlaceHolder):
                self._adopt_children(existing, made)
            self._link_parent(made)
            return made

    def setLoggerClass(self, klass):
        """
        Set the class to be used when instantiating a logger with this Manager.
        """
        if klass != Logger:
            _require_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        """
        Set the factory to be used when instantiating a log record with this
        Manager.
        """
        self.logRecordFactory = factory

    def _link_parent(self, logger):
        """Point logger at its nearest existing ancestor, leaving
        placeholders at the missing dotted prefixes on the way."""
        name = logger.name
        cut = name.rfind(".")
        parent = None
        while cut > 0 and parent is None:
            prefix = name[:cut]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            elif isinstance(node, Logger):
                parent = node
            else:
                node.append(logger)
            cut = name.rfind(".", 0, cut - 1)
        logger.parent = parent or self.root

    def _adopt_children(self, placeholder, logger):
        """The loggers that waited at placeholder now hang below logger,
        unless they already have a nearer parent."""
        prefix = logger.name + "."
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(prefix):
                logger.parent = child.parent
                child.parent = logger

    def _clear_cache(self):
        """
        Clear the cache for all loggers in loggerDict
        Called when level changes are made
        """
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """
    Instances of the Logger class represent a single logging channel. A
    "logging channel" indicates an area of an application. Exactly how an
    "area" is defined is up to the application developer. Since an
    application can have any number of areas, logging channels are identified
    by a unique string. Application areas can be nested (e.g. an area
    of "input processing" might include sub-areas "read CSV files", "read
    XLS files" and "read Gnumeric files"). To cater for this natural nesting,
    channel names are organized into a namespace hierarchy where levels are
    separated by periods, much like the Java or Python package namespace. So
    in the instance given above, channel names might be "input" for the upper
    level, and "input.csv", "input.xls" and "input.gnu" for the sub-levels.
    There is no arbitrary limit to the depth of nesting.
    """

    # Defaults every logger starts from; the instance overrides them.
    parent = None
    propagate = True
    disabled = False

    def __init__(self, name, level=NOTSET):
        """
        Initialize the logger with a name and an optional level.
        """
        super().__init__()
        self.name, self.level = name, _checkLevel(level)
        self.handlers, self._cache = [], {}
        self.parent, self.propagate, self.disabled = None, True, False

    def setLevel(self, level):
        """
        Set the logging level of this logger.  level must be an int or a str.
        """
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def log(self, level, msg, *args, **kwargs):
        """
        Log 'msg % args' with the integer severity 'level'.
        """
        if isinstance(level, int):
            if self.isEnabledFor(level):
                self._log(level, msg, args, **kwargs)
        elif raiseExceptions:
            raise TypeError("level must be an integer")

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """
        Convenience method for logging an ERROR with exception information.
        """
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """
        Don't use this method, use critical() instead.
        """
        self.critical(msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        self.warning(msg, *args, **kwargs)
    def findCaller(self, stack_info=False, stacklevel=1):
        """
        Find the stack frame of the caller so that we can note the source
        file name, line number and function name.
        """
        frame = sys._getframe(1)
        # Count only frames outside this module; stop at the outermost.
        while stacklevel > 0:
            outer = frame.f_back
            if outer is None:
                break
            frame = outer
            name = outer.f_code.co_filename
            if name != _srcfile and not (
                    "importlib" in name and "_bootstrap" in name):
                stacklevel -= 1
        code = frame.f_code
        sinfo = None
        if stack_info:
            out = io.StringIO()
            out.write("Stack (most recent call last):\n")
            traceback.print_stack(frame, file=out)
            sinfo = out.getvalue()
            if sinfo.endswith('\n'):
                sinfo = sinfo[:-1]
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """
        A factory method which can be overridden in subclasses to create
        specialized LogRecords.
        """
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                                   func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        """
        Low-level logging routine which creates a LogRecord and then calls
        all the handlers of this logger to handle the record.
        """
        if _srcfile:
            try:
                where = self.findCaller(stack_info, stacklevel)
            except ValueError:
                where = "(unknown file)", 0, "(unknown function)", None
        else:
            where = "(unknown file)", 0, "(unknown function)", None
        fn, lno, func, sinfo = where
        if exc_info:
            exc_info = _exc_triple(exc_info)
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args,
                                    exc_info, func, extra, sinfo))

    def handle(self, record):
        """
        Call the handlers for the specified record.

        This method is used for unpickled records received from a socket, as
        well as those created locally. Logger-level filtering is applied.
        """
        passed = not self.disabled and self.filter(record)
        if passed:
            self.callHandlers(passed if isinstance(passed, LogRecord)
                              else record)

    def addHandler(self, hdlr):
        """
        Add the specified handler to this logger.
        """
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        """
        Remove the specified handler from this logger.
        """
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _lineage(self):
        """This logger and the ancestors its records propagate to."""
        node = self
        while node is not None:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        """
        See if this logger has any handlers configured.
        """
        return any(node.handlers for node in self._lineage())

    def callHandlers(self, record):
        """
        Pass a record to all relevant handlers.
        """
        found = 0
        level = record.levelno
        node = self
        while node is not None:
            for hdlr in node.handlers:
                found += 1
                if level >= hdlr.level:
                    hdlr.handle(record)
            node = node.parent if node.propagate else None
        if not found:
            self._no_handler(record)

    def _no_handler(self, record):
        """No handler on the way up: lastResort takes the record, or
        (without one) a one-time complaint is written."""
        fallback = lastResort
        if fallback:
            if record.levelno >= fallback.level:
                fallback.handle(record)
            return
        manager = self.manager
        if raiseExceptions and not manager.emittedNoHandlerWarning:
            manager.emittedNoHandlerWarning = True
            sys.stderr.write('No handlers could be found for logger "%s"\n'
                             % self.name)

    def getEffectiveLevel(self):
        """
        Get the effective level for this logger.
        """
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        """
        Is this logger enabled for level 'level'?
        """
        if self.disabled:
            return False
        cached = self._cache.get(level)
        if cached is not None:
            return cached
        with _lock:
            enabled = (self.manager.disable < level and
                       level >= self.getEffectiveLevel())
            self._cache[level] = enabled
        return enabled

    def getChild(self, suffix):
        """
        Get a logger which is a descendant to this one.
        """
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def getChildren(self):
        """Return the loggers whose parent is this one and that sit one
        level below it by name."""
        depth = self._depth()
        with _lock:
            return {node for node in self.manager.loggerDict.values()
                    if isinstance(node, Logger) and node.parent is self
                    and node._depth() == depth + 1}

    def _depth(self):
        if self is self.manager.root:
            return 0
        return 1 + self.name.count('.')

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # Loggers are singletons per name: unpickling looks the name up.
        if getLogger(self.name) is self:
            return getLogger, (self.name,)
        import pickle
        raise pickle.PicklingError('logger cannot be pickled')


class RootLogger(Logger):
    """
    A root logger is not that different to any other logger, except that
    it must have a logging level and there is only one instance of it in
    the hierarchy.
    """

    def __reduce__(self):
        return getLogger, ()

    def __init__(self, level):
        """
        Initialize the logger with the name "root".
        """
        super().__init__("root", level)


def _exc_triple(exc_info):
    """exc_info as the (type, value, traceback) a record carries: an
    exception gives its own, another true value the one being handled."""
    if not exc_info or isinstance(exc_info, tuple):
        return exc_info
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    return sys.exc_info()


def _logger_level(level, attr):
    """Logger.<attr>(): log 'msg % args' at a fixed level."""
    def call(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    call.__name__ = attr
    call.__qualname__ = 'Logger.' + attr
    call.__doc__ = "Log 'msg %% args' with severity '%s'." % getLevelName(level)
    return call


for _level in (DEBUG, INFO, WARNING, ERROR, CRITICAL):
    _attr = getLevelName(_level).lower()
    setattr(Logger, _attr, _logger_level(_level, _attr))
del _level, _attr

_loggerClass = Logger


def _deprecated_warn(kind):
    # stacklevel 3: the warning names the caller of warn(), not warn().
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % kind,
                  DeprecationWarning, 3)


def _to_logger(attr):
    """A LoggerAdapter method that calls the same method of its logger."""
    def call(self, *args, **kwargs):
        return getattr(self.logger, attr)(*args, **kwargs)
    call.__name__ = attr
    call.__qualname__ = 'LoggerAdapter.' + attr
    call.__doc__ = "Delegate %s() to the underlying logger." % attr
    return call


def _adapter_level(level, attr):
    """LoggerAdapter.<attr>(): log() at a fixed level."""
    def call(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    call.__name__ = attr
    call.__qualname__ = 'LoggerAdapter.' + attr
    call.__doc__ = "Delegate a %s call to the underlying logger." % attr
    return call


class LoggerAdapter(object):
    """
    An adapter for loggers which makes it easier to specify contextual
    information in logging output.
    """

    def __init__(self, logger, extra=None, merge_extra=False):
        """
        Initialize the adapter with a logger and a dict-like object which
        provides contextual information. This constructor signature allows
        easy stacking of LoggerAdapters, if so desired.
        """
        self.logger, self.extra, self.merge_extra = logger, extra, merge_extra

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))

    def process(self, msg, kwargs):
        """
        Process the logging message and keyword arguments passed in to
        a logging call to insert contextual information. You can either
        manipulate the message itself, the keyword args or both. Return
        the message and kwargs modified (or not) to suit your needs.
        """
        given = kwargs.get("extra")
        merged = self.extra
        if self.merge_extra and given is not None:
            merged = dict(self.extra)
            merged.update(given)
        kwargs["extra"] = merged
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        """
        Delegate a log call to the underlying logger, after adding
        contextual information from this adapter instance.
        """
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    debug = _adapter_level(DEBUG, 'debug')
    info = _adapter_level(INFO, 'info')
    warning = _adapter_level(WARNING, 'warning')
    error = _adapter_level(ERROR, 'error')
    critical = _adapter_level(CRITICAL, 'critical')

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """
        Delegate an exception call to the underlying logger.
        """
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn('method')
        self.warning(msg, *args, **kwargs)

    isEnabledFor = _to_logger('isEnabledFor')
    setLevel = _to_logger('setLevel')
    getEffectiveLevel = _to_logger('getEffectiveLevel')
    hasHandlers = _to_logger('hasHandlers')
    _log = _to_logger('_log')

    name = property(lambda self: self.logger.name)
    manager = property(lambda self: self.logger.manager,
                       lambda self, value: setattr(self.logger, 'manager', value))

    __class_getitem__ = classmethod(GenericAlias)
root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------- configuration

_BASIC_KEYS = ('force', 'handlers', 'stream', 'filename', 'filemode',
               'encoding', 'errors', 'format', 'datefmt', 'style', 'level')


def _basic_handlers(options):
    """The handlers basicConfig installs: given ones, or one for a file or
    a stream (stderr unless told)."""
    given = options.pop("handlers", None)
    has_stream, has_file = "stream" in options, "filename" in options
    if given is None:
        if has_stream and has_file:
            raise ValueError("'stream' and 'filename' should not be "
                             "specified together")
    elif has_stream or has_file:
        raise ValueError("'stream' or 'filename' should not be "
                         "specified together with 'handlers'")
    if given is not None:
        return given
    filename = options.pop("filename", None)
    mode = options.pop("filemode", 'a')
    if filename:
        if 'b' in mode:
            errors = None
        else:
            options["encoding"] = io.text_encoding(options.get("encoding"))
            errors = options.get("errors", "backslashreplace")
        return [FileHandler(filename, mode, encoding=options.get("encoding"),
                            errors=errors)]
    return [StreamHandler(options.pop("stream", None))]


def basicConfig(**kwargs):
    """
    Do basic configuration for the logging system.

    This function does nothing if the root logger already has handlers
    configured, unless the keyword argument *force* is set to ``True``.
    It is a convenience method intended for use by simple scripts
    to do one-shot configuration of the logging package.

    The default behaviour is to create a StreamHandler which writes to
    sys.stderr, set a formatter using the BASIC_FORMAT format string, and
    add the handler to the root logger.

    A number of optional keyword arguments may be specified, which can alter
    the default behaviour.

    filename  Specifies that a FileHandler be created, using the specified
              filename, rather than a StreamHandler.
    filemode  Specifies the mode to open the file, if filename is specified
              (if filemode is unspecified, it defaults to 'a').
    format    Use the specified format string for the handler.
    datefmt   Use the specified date/time format.
    style     If a format string is specified, use this to specify the
              type of format string (possible values '%', '{', '$', for
              %-formatting, :meth:`str.format` and :class:`string.Template`
              - defaults to '%').
    level     Set the root logger level to the specified level.
    stream    Use the specified stream to initialize the StreamHandler. Note
              that this argument is incompatible with 'filename' - if both
              are present, 'stream' is ignored.
    handlers  If specified, this should be an iterable of already created
              handlers, which will be added to the root logger. Any handler
              in the list which does not have a formatter assigned will be
              assigned the formatter created in this function.
    force     If this keyword  is specified as true, any existing handlers
              attached to the root logger are removed and closed, before
              carrying out the configuration as specified by the other
              arguments.
    encoding  If specified together with a filename, this encoding is passed to
              the created FileHandler, causing it to be used when the file is
              opened.
    errors    If specified together with a filename, this value is passed to the
              created FileHandler, causing it to be used when the file is
              opened in text mode. If not specified, the default value is
              `backslashreplace`.

    Note that you could specify a stream created using open(filename, mode)
    rather than passing the filename and mode in. However, it should be
    remembered that StreamHandler does not close its stream (since it may be
    using sys.stdout or sys.stderr), whereas FileHandler closes its stream
    when the handler is closed.
    """
    with _lock:
        if kwargs.pop('force', False):
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if root.handlers:
            return
        handlers = _basic_handlers(kwargs)
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        _style_class(style)
        fmt = kwargs.pop("format", _STYLES[style][1])
        formatter = Formatter(fmt, datefmt, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(formatter)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        for used in ("stream", "filename", "filemode", "encoding", "errors"):
            kwargs.pop(used, None)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s'
                             % ', '.join(kwargs))


def getLogger(name=None):
    """
    Return a logger with the specified name, creating it if necessary.

    If no name is specified, return the root logger.
    """
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _root_function(method, doc):
    """A module-level logging function: it gives the root logger a console
    handler (basicConfig()) when it has none, then logs through it."""
    def call(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method)(msg, *args, **kwargs)
    call.__name__ = call.__qualname__ = method
    call.__doc__ = doc
    return call


_ON_ROOT = ("Log a message with severity '%s' on the root logger. If the "
            "logger has no handlers, call basicConfig() to add a console "
            "handler with a pre-defined format.")
debug = _root_function('debug', _ON_ROOT % 'DEBUG')
info = _root_function('info', _ON_ROOT % 'INFO')
warning = _root_function('warning', _ON_ROOT % 'WARNING')
error = _root_function('error', _ON_ROOT % 'ERROR')
critical = _root_function('critical', _ON_ROOT % 'CRITICAL')


def log(level, msg, *args, **kwargs):
    """
    Log 'msg % args' with the integer severity 'level' on the root logger. If
    the logger has no handlers, call basicConfig() to add a console handler
    with a pre-defined format.
    """
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """
    Log a message with severity 'ERROR' on the root logger, with exception
    information. If the logger has no handlers, basicConfig() is called to add
    a console handler with a pre-defined format.
    """
    error(msg, *args, exc_info=exc_info, **kwargs)


def fatal(msg, *args, **kwargs):
    """
    Don't use this function, use critical() instead.
    """
    critical(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated_warn('function')
    warning(msg, *args, **kwargs)

def disable(level=CRITICAL):
    """
    Disable all logging calls of severity 'level' and below.
    """
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """
    Perform any cleanup actions in the logging system (e.g. flushing
    buffers).

    Should be called at application exit.
    """
    # Newest first: a handler may feed one made before it.
    for ref in handlerList[::-1]:
        try:
            _close_at_exit(ref())
        except:
            if raiseExceptions:
                raise


def _close_at_exit(handler):
    """Flush (unless the handler asks not to) and close one handler; a
    stream the program closed already is no error at exit."""
    if not handler:
        return
    with contextlib.suppress(OSError, ValueError):
        handler.acquire()
        try:
            if getattr(handler, 'flushOnClose', True):
                handler.flush()
            handler.close()
        finally:
            handler.release()

atexit.register(shutdown)


# ---------------------------------------------------------------- warnings

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """
    Implementation of showwarnings which redirects to logging, which will first
    check to see if the file parameter is None. If a file is specified, it will
    delegate to the original warnings implementation of showwarning. Otherwise,
    it will call warnings.formatwarning and will log the resulting string to a
    warnings logger named "py.warnings" with level logging.WARNING.
    """
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno,
                                  file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger("py.warnings")
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning(str(text))


def captureWarnings(capture):
    """
    If capture is true, redirect all warnings to the logging package.
    If capture is False, ensure that warnings are not redirected to logging
    but to their original destinations.
    """
    global _warnings_showwarning
    installed = _warnings_showwarning is not None
    if capture and not installed:
        _warnings_showwarning, warnings.showwarning = (warnings.showwarning,
                                                       _showwarning)
    elif installed and not capture:
        warnings.showwarning, _warnings_showwarning = (_warnings_showwarning,
                                                       None)