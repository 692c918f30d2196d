"""Run the interactive examples written in docstrings and text files, and
report the ones whose output is not what the text says.

An example is a `>>> ` line (with `... ` continuation lines) followed by the
output it should print, up to a blank line or the next example:

    >>> 6 * 7
    42

testmod() checks every docstring of a module, testfile() a text file, and
DocTestSuite()/DocFileSuite() turn them into unittest suites.
"""
import __future__
import difflib
import inspect
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple
from io import StringIO

__docformat__ = 'reStructuredText en'

# unittest leaves this module's frames out of the tracebacks it reports.
__unittest = True

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'DocTestSuite',
    'DocFileSuite', 'set_unittest_reportflags', 'script_from_examples',
    'testsource',
]


class TestResults(namedtuple('TestResults', 'failed attempted')):
    # The skipped count rides along as an attribute, outside the tuple.
    def __new__(cls, failed, attempted, *, skipped=0):
        self = super().__new__(cls, failed, attempted)
        self.skipped = skipped
        return self

    def __repr__(self):
        if self.skipped:
            return 'TestResults(failed=%s, attempted=%s, skipped=%s)' % (
                self.failed, self.attempted, self.skipped)
        return super().__repr__()


# ---- option flags ------------------------------------------------------

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The bit of the option called name, given a new one if it has none."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


def _register_all(names):
    # Registers the flags called names, in order, as module globals; returns
    # the union of their bits.
    union = 0
    for flag_name in names:
        bit = globals()[flag_name] = register_optionflag(flag_name)
        union |= bit
    return union


# How outputs compare: these change what matches.
COMPARISON_FLAGS = _register_all((
    'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE', 'ELLIPSIS',
    'SKIP', 'IGNORE_EXCEPTION_DETAIL'))
# How failures are told: these change only the reports.
REPORTING_FLAGS = _register_all((
    'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST'))

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

# The outcomes of one example.
SUCCESS, FAILURE, BOOM = 0, 1, 2


# ---- small text helpers ------------------------------------------------

def _indent(text, indent=4):
    """text with each line that has content prefixed by indent spaces."""
    return re.sub('(?m)^(?!$)', ' ' * indent, text)


def _exception_traceback(exc_info):
    """The traceback text of exc_info, as print_exception writes it."""
    out = StringIO()
    kind, value, tb = exc_info
    traceback.print_exception(kind, value, tb, file=out)
    return out.getvalue()


def _ellipsis_match(want, got):
    """Whether got matches want, where each '...' in want stands for any
    text (possibly empty)."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first):
        return False
    start, end = len(first), len(got)
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
    if start > end:
        return False
    # The middle pieces, leftmost first: earliest matches leave the most room.
    for piece in pieces[1:-1]:
        at = got.find(piece, start, end)
        if at < 0:
            return False
        start = at + len(piece)
    return True


def _ends_line(text):
    return text if text.endswith('\n') else text + '\n'


def _comment_line(line):
    """line as a comment of a script (for script_from_examples)."""
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(msg):
    """The exception type's bare name from an exception line, without its
    module path and its message: 'pkg.Err: boom' -> 'Err'."""
    end = len(msg)
    colon = msg.find(':')
    if colon >= 0:
        end = colon
    dot = msg.rfind('.', 0, end)
    start = dot + 1 if dot >= 0 else 0
    return msg[start:end]


def _test_globals(globs, extraglobs):
    """A copy of globs ({} for None) with extraglobs added and __name__
    '__main__' unless it has one."""
    merged = dict(globs or ())
    merged.update(extraglobs or ())
    merged.setdefault('__name__', '__main__')
    return merged


def _module_relative_path(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % (module,))
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*test_path.split('/'))
    if hasattr(module, '__file__'):
        base = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            base = os.path.split(sys.argv[0])[0]
        else:
            base = os.curdir
    else:
        if hasattr(module, '__path__'):
            for directory in module.__path__:
                candidate = os.path.join(directory, test_path)
                if os.path.exists(candidate):
                    return candidate
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(base, test_path)


def _normalize_module(module, depth=2):
    """The module meant: a module itself, one named by a string, or (None)
    the module of the caller depth frames up."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ['*'])
    if module is None:
        try:
            name = sys._getframe(depth).f_globals['__name__']
        except (AttributeError, KeyError):
            name = '__main__'
        return sys.modules[name]
    raise TypeError('Expected a module, string, or None')


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
        loader = getattr(package, '__loader__', None)
        if loader is not None and hasattr(loader, 'get_data'):
            try:
                data = loader.get_data(filename)
            except OSError:
                pass
            else:
                text = data.decode(encoding or 'utf-8')
                return text.replace(os.linesep, '\n'), filename
    with open(filename, encoding=encoding) as f:
        return f.read(), filename


# ---- examples and tests ------------------------------------------------

class Example:
    """One example: its source (ending in a newline), the output it wants
    (empty, or ending in a newline), the last line of the exception it wants
    (exc_msg, or None), its line in the docstring (0-based), its indent and
    its options ({flag: bool})."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        self.source = _ends_line(source)
        self.want = _ends_line(want) if want else want
        self.lineno, self.indent = lineno, indent
        self.options = {} if options is None else options
        self.exc_msg = None if exc_msg is None else _ends_line(exc_msg)

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in, the
    name of what they come from, its file and the 0-based line where the
    docstring starts (None when unknown)."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), 'DocTest no longer accepts str; use DocTestParser instead'
        self.examples, self.docstring = examples, docstring
        self.globs = globs.copy()
        self.name, self.filename, self.lineno = name, filename, lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            described = 'no examples'
        elif count == 1:
            described = '1 example'
        else:
            described = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                            self.lineno, described)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _order(self):
        return (self.name, self.filename, -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if isinstance(other, DocTest):
            return self._order() < other._order()
        return NotImplemented


# ---- parsing docstrings ------------------------------------------------

class DocTestParser:
    """Finds the examples in a docstring."""

    # An example: the prompt line, its continuation lines, then the lines
    # of wanted output (none blank, none a prompt).
    _EXAMPLE_RE = re.compile(r'''
        (?P<source>
            (?:^(?P<indent> [ ]*) >>> .*)
            (?:\n [ ]* \.\.\. .*)*)
        \n?
        (?P<want> (?:(?![ ]*$)(?![ ]*>>>) .+$\n?)*)
        ''', re.MULTILINE | re.VERBOSE)

    # Wanted output that is an exception: the traceback header, anything,
    # then the exception line (the first line starting without a space).
    _EXCEPTION_RE = re.compile(r'''
        (?P<head> Traceback\ \(
            (?: most\ recent\ call\ last | innermost\ last )
            \) : [^\n]* \n)
        (?P<stack> .*?)
        ^ (?P<msg> \w+ .*)
        ''', re.VERBOSE | re.MULTILINE | re.DOTALL)

    _OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)

    _IS_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$').match

    def parse(self, string, name='<string>'):
        """The text of string split into its prose (strs) and Examples."""
        string = string.expandtabs()
        margin = self._min_indent(string)
        if margin > 0:
            string = '\n'.join(line[margin:] for line in string.split('\n'))
        out = []
        pos = 0
        lineno = 0
        for m in self._EXAMPLE_RE.finditer(string):
            out.append(string[pos:m.start()])
            lineno += string.count('\n', pos, m.start())
            source, options, want, exc_msg = self._parse_example(m, name, lineno)
            if not self._IS_BLANK_OR_COMMENT(source):
                out.append(Example(source, want, exc_msg, lineno=lineno,
                                   indent=margin + len(m.group('indent')), options=options))
            lineno += string.count('\n', m.start(), m.end())
            pos = m.end()
        out.append(string[pos:])
        return out

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, m, name, lineno):
        indent = len(m.group('indent'))
        source_lines = m.group('source').split('\n')
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        want = m.group('want')
        want_lines = want.split('\n')
        if len(want_lines) > 1 and re.match(r' *$', want_lines[-1]):
            del want_lines[-1]
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(line[indent:] for line in want_lines)
        found = self._EXCEPTION_RE.match(want)
        exc_msg = found.group('msg') if found else None
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for m in self._OPTION_DIRECTIVE_RE.finditer(source):
            for word in m.group(1).replace(',', ' ').split():
                if word[0] not in '+-' or word[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, word))
                options[OPTIONFLAGS_BY_NAME[word[1:]]] = word[0] == '+'
        if options and self._IS_BLANK_OR_COMMENT(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line '
                             'with no example: %r' % (lineno, name, source))
        return options

    def _min_indent(self, s):
        widths = [len(m.group()) for m in re.finditer(r'(?m)^[ ]*(?=\S)', s)]
        return min(widths) if widths else 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + i + 1, name, line))


# ---- finding docstrings ------------------------------------------------

class DocTestFinder:
    """Collects the DocTests of an object and, recursively, of what it
    contains (a module's functions and classes, a class's methods, nested
    classes and properties, a module's __test__ dict)."""

    # Where a docstring starts: a quote, at the start of a line or after
    # the colon of a def or class line.
    _DOCSTRING_START = re.compile(r'(^|.*:)\s*\w*("|\')')

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._verbose, self._parser = verbose, parser
        self._recurse, self._exclude_empty = recurse, exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        name = getattr(obj, '__name__', None) if name is None else name
        if name is None:
            raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                             "doesn't exist: %r" % (type(obj),))
        if module is None:
            module = inspect.getmodule(obj)
        module = module or None     # False: look at no module
        source_lines = self._source_lines(obj, module)
        if globs is None and module is not None:
            globs = module.__dict__
        globs = _test_globals(globs, extraglobs)
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, set())
        tests.sort()
        return tests

    def _source_lines(self, obj, module):
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path:
            # A file name in brackets (such as <doctest ...>) may still
            # have lines in linecache.
            path = inspect.getfile(obj)
            if not (path[:1] == '<' and path[-2:] == '>'):
                return None
        if module is not None:
            lines = linecache.getlines(path, module.__dict__)
        else:
            lines = linecache.getlines(path)
        return lines or None

    def _from_module(self, module, obj):
        """Whether obj belongs to module (so is looked into)."""
        if module is None:
            return True
        owner = inspect.getmodule(obj)
        if owner is not None:
            return module is owner
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.ismethoddescriptor(obj) or inspect.ismethodwrapper(obj):
            cls = getattr(obj, '__objclass__', None)
            owner_name = getattr(cls, '__module__', None) if cls is not None else None
            if owner_name is None:
                owner_name = getattr(obj, '__module__', None)
            return module.__name__ == owner_name
        if inspect.isclass(obj) or hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError('object must be a class or function')

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        key = id(obj)
        if key in seen:
            return
        seen.add(key)
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            self._find_in_module(tests, obj, name, module, source_lines, globs, seen)
        elif inspect.isclass(obj):
            self._find_in_class(tests, obj, name, module, source_lines, globs, seen)

    def _find_in_module(self, tests, obj, name, module, source_lines, globs, seen):
        for key, value in obj.__dict__.items():
            target = inspect.unwrap(value) if callable(value) else value
            if ((inspect.isroutine(target) or inspect.isclass(value))
                    and self._from_module(module, value)):
                self._find(tests, value, '%s.%s' % (name, key), module, source_lines,
                           globs, seen)
        for key, value in getattr(obj, '__test__', {}).items():
            if not isinstance(key, str):
                raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r'
                                 % (type(key),))
            if not (inspect.isroutine(value) or inspect.isclass(value)
                    or inspect.ismodule(value) or isinstance(value, str)):
                raise ValueError('DocTestFinder.find: __test__ values must be strings, '
                                 'functions, methods, classes, or modules: %r' % (type(value),))
            self._find(tests, value, '%s.__test__.%s' % (name, key), module, source_lines,
                       globs, seen)

    def _find_in_class(self, tests, obj, name, module, source_lines, globs, seen):
        for key, value in obj.__dict__.items():
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if ((inspect.isroutine(value) or inspect.isclass(value)
                 or isinstance(value, property)) and self._from_module(module, value)):
                self._find(tests, value, '%s.%s' % (name, key), module, source_lines,
                           globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            docstring = getattr(obj, '__doc__', None)
            if not isinstance(docstring, str):
                docstring = ''
        if self._exclude_empty and not docstring:
            return None
        lineno = None if isinstance(obj, str) else self._find_lineno(obj, source_lines)
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line where obj's docstring starts, or None."""
        start = None
        if inspect.ismodule(obj):
            start = 0
        elif inspect.isclass(obj):
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if header.match(line):
                    start = i
                    break
        else:
            if isinstance(obj, property):
                obj = obj.fget
            if inspect.ismethod(obj):
                obj = obj.__func__
            if isinstance(obj, (staticmethod, classmethod)):
                obj = obj.__func__
            if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
                # Only a documented function's code says where its docstring is.
                obj = inspect.unwrap(obj).__code__
            if inspect.istraceback(obj):
                obj = obj.tb_frame
            if inspect.isframe(obj):
                obj = obj.f_code
            if inspect.iscode(obj):
                start = obj.co_firstlineno - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        for i in range(start, len(source_lines)):
            if self._DOCSTRING_START.match(source_lines[i]):
                return i
        return None


# ---- comparing output --------------------------------------------------

class OutputChecker:
    """Decides whether an example's output matches what it wants, and
    describes the difference when it does not."""

    def _ascii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        got = self._ascii(got)
        want = self._ascii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            return _ellipsis_match(want, got)
        return False

    def _wants_diff(self, want, got, optionflags):
        if optionflags & REPORT_NDIFF:
            return True
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF):
            return False
        return want.count('\n') > 2 and got.count('\n') > 2

    def _diff(self, want, got, optionflags):
        want_lines = want.splitlines(keepends=True)
        got_lines = got.splitlines(keepends=True)
        if optionflags & REPORT_UDIFF:
            lines = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
            kind = 'unified diff with -expected +actual'
        elif optionflags & REPORT_CDIFF:
            lines = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
            kind = 'context diff with expected followed by actual'
        else:
            differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
            lines = list(differ.compare(want_lines, got_lines))
            kind = 'ndiff with -expected +actual'
        body = ''.join(lines)
        return 'Differences (%s):\n' % kind + _indent(body)

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._wants_diff(want, got, optionflags):
            return self._diff(want, got, optionflags)
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


# ---- running examples --------------------------------------------------

class _SpoofOut(StringIO):
    """What examples print while they run; its text always ends a line."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


def _extract_future_flags(globs):
    """The compiler flags of the __future__ features imported into globs."""
    flags = 0
    for name in __future__.all_feature_names:
        feature = globs.get(name)
        if feature is getattr(__future__, name):
            flags |= feature.compiler_flag
    return flags


def _n_items(things):
    count = len(things)
    return '%d item%s' % (count, '' if count == 1 else 's')


_DOCTEST_SOURCE_NAME = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')


class DocTestRunner:
    """Runs DocTests, reporting each failure as it happens and keeping
    counts per test name for summarize()."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        # Totals, and (failures, tries, skips) by test name.
        self.tries = self.failures = self.skips = 0
        self._stats = {}
        self._fakeout = _SpoofOut()

    # -- reports (subclasses change them) --

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        if example.want:
            out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
        else:
            out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            lines.append('File "%s", line %s, in %s' % (test.filename, where, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    # -- running --

    def _options_for(self, example):
        flags = self.original_optionflags
        for flag, on in example.options.items():
            if on:
                flags |= flag
            else:
                flags &= ~flag
        return flags

    def _run_example(self, test, index, example, compileflags):
        """Runs one example: (what it printed, exc_info or None)."""
        filename = '<doctest %s[%d]>' % (test.name, index)
        try:
            code = compile(example.source, filename, 'single', compileflags, True)
            exec(code, test.globs)
            failure = None
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            # The traceback starts at the example's own frame, not ours.
            tb = exc.__traceback__
            failure = (type(exc), exc, tb.tb_next if tb is not None else None)
        got = self._fakeout.getvalue()
        self._fakeout.truncate(0)
        return got, failure

    def _judge_exception(self, example, failure, flags):
        """SUCCESS or FAILURE for an example that raised what it wanted, BOOM
        for one that wanted no exception."""
        if example.exc_msg is None:
            return BOOM
        raised = traceback.format_exception_only(failure[0], failure[1])[-1]
        check = self._checker.check_output
        if check(example.exc_msg, raised, flags):
            return SUCCESS
        if flags & IGNORE_EXCEPTION_DETAIL and check(
                _strip_exception_details(example.exc_msg),
                _strip_exception_details(raised), flags):
            return SUCCESS
        return FAILURE

    def __run(self, test, compileflags, out):
        failures = tries = skips = 0
        for index, example in enumerate(test.examples):
            quiet = (self.original_optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            self.optionflags = flags = self._options_for(example)
            tries += 1
            if flags & SKIP:
                skips += 1
                continue
            if not quiet:
                self.report_start(out, test, example)
            got, failure = self._run_example(test, index, example, compileflags)
            if failure is None:
                outcome = SUCCESS if self._checker.check_output(example.want, got, flags) else FAILURE
            else:
                if not quiet:
                    got += _exception_traceback(failure)
                outcome = self._judge_exception(example, failure, flags)
            if outcome == SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                failures += 1
                if quiet:
                    pass
                elif outcome == FAILURE:
                    self.report_failure(out, test, example, got)
                else:
                    self.report_unexpected_exception(out, test, example, failure)
            if failures and flags & FAIL_FAST:
                break
        self.optionflags = self.original_optionflags
        self._record(test, failures, tries, skips)
        return TestResults(failures, tries, skipped=skips)

    def _record(self, test, failures, tries, skips):
        old = self._stats.get(test.name, (0, 0, 0))
        self._stats[test.name] = (old[0] + failures, old[1] + tries, old[2] + skips)
        self.failures += failures
        self.tries += tries
        self.skips += skips

    def _patched_getlines(self, filename, module_globals=None):
        m = _DOCTEST_SOURCE_NAME.match(filename)
        if m and m.group('name') == self.test.name:
            example = self.test.examples[int(m.group('examplenum'))]
            return example.source.splitlines(keepends=True)
        return self._saved_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs the examples of test, writing reports through out (a
        function of one str; sys.stdout's write by default)."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        saved_stdout = sys.stdout
        if out is None:
            encoding = saved_stdout.encoding
            if encoding is None or encoding.lower() == 'utf-8':
                out = saved_stdout.write
            else:
                def out(text):
                    saved_stdout.write(text.encode(encoding, 'backslashreplace').decode(encoding))
        sys.stdout = self._fakeout
        self._saved_getlines = linecache.getlines
        linecache.getlines = self._patched_getlines
        saved_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = saved_stdout
            linecache.getlines = self._saved_getlines
            sys.displayhook = saved_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Prints the counts of every test run so far; returns their totals
        as TestResults."""
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        for name, (failures, tries, skips) in self._stats.items():
            if tries == 0:
                empty.append(name)
            elif failures == 0:
                passed.append((name, tries))
            else:
                failed.append((name, (failures, tries, skips)))
        if verbose:
            if empty:
                print('%s had no tests:' % _n_items(empty))
                for name in sorted(empty):
                    print('    %s' % name)
            if passed:
                print('%s passed all tests:' % _n_items(passed))
                for name, tries in sorted(passed):
                    print(' %3d test%s in %s' % (tries, '' if tries == 1 else 's', name))
        if failed:
            print(self.DIVIDER)
            print('%s had failures:' % _n_items(failed))
            for name, (failures, tries, skips) in sorted(failed):
                print(' %3d of %3d in %s' % (failures, tries, name))
        if verbose:
            print('%d test%s in %s.' % (self.tries, '' if self.tries == 1 else 's',
                                        _n_items(self._stats)))
            passed_count = self.tries - self.failures
            if self.failures:
                print('%d passed and %d failed.' % (passed_count, self.failures))
            else:
                print('%d passed.' % passed_count)
        if self.failures:
            text = '***Test Failed*** %d failure%s' % (self.failures,
                                                       '' if self.failures == 1 else 's')
            if self.skips:
                text += ' and %d skipped test%s' % (self.skips, '' if self.skips == 1 else 's')
            print(text + '.')
        elif verbose:
            print('Test passed.')
        return TestResults(self.failures, self.tries, skipped=self.skips)

    def merge(self, other):
        for name, (failures, tries, skips) in other._stats.items():
            old = self._stats.get(name, (0, 0, 0))
            self._stats[name] = (old[0] + failures, old[1] + tries, old[2] + skips)
        self.failures += other.failures
        self.tries += other.tries
        self.skips += other.skips


class _ExampleError(Exception):
    # Told as the DocTest it happened in.
    def __str__(self):
        return str(self.test)


class DocTestFailure(_ExampleError):
    """An example printed something else than it wanted (DebugRunner)."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got


class UnexpectedException(_ExampleError):
    """An example raised an exception it did not want (DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info


class DebugRunner(DocTestRunner):
    """A runner that stops at the first failure by raising it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---- the entry points --------------------------------------------------

# The runner of every testmod()/testfile() call so far.
master = None


def _runner_for(verbose, optionflags, raise_on_error):
    kind = DebugRunner if raise_on_error else DocTestRunner
    return kind(verbose=verbose, optionflags=optionflags)


def _finish(runner, report):
    # Reports runner's counts and adds them to master's.
    global master
    if report:
        runner.summarize()
    if master is not None:
        master.merge(runner)
    else:
        master = runner
    return TestResults(runner.failures, runner.tries, skipped=runner.skips)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module m (__main__ by
    default) and of what it defines; returns TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = _runner_for(verbose, optionflags, raise_on_error)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    return _finish(runner, report)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Runs the examples of a text file, as one DocTest."""
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    text, filename = _load_testfile(filename, package, module_relative, encoding or 'utf-8')
    if name is None:
        name = os.path.basename(filename)
    globs = _test_globals(globs, extraglobs)
    runner = _runner_for(verbose, optionflags, raise_on_error)
    runner.run(parser.get_doctest(text, globs, name, filename, 0))
    return _finish(runner, report)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    """Runs the examples of f's own docstring (not those of what f holds)."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    tests = DocTestFinder(verbose=verbose, recurse=False).find(f, name, globs=globs)
    for test in tests:
        runner.run(test, compileflags=compileflags)


def script_from_examples(s):
    """The examples of s as a script: their sources as code, everything
    else (wanted output and prose) as comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend('## ' + line for line in piece.want.split('\n')[:-1])
        else:
            lines.extend(_comment_line(line) for line in piece.split('\n')[:-1])
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        lines.pop(0)
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The script of the examples of the docstring called name in module."""
    module = _normalize_module(module)
    for test in DocTestFinder().find(module):
        if test.name == name:
            return script_from_examples(test.docstring)
    raise ValueError(name, 'not found in tests')


# ---- unittest support --------------------------------------------------

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the reporting flags DocTestCases use when given none; returns
    the previous ones."""
    global _unittest_reportflags
    if flags & ~REPORTING_FLAGS:
        raise ValueError('Only reporting flags allowed', flags)
    previous, _unittest_reportflags = _unittest_reportflags, flags
    return previous


class DocTestCase(unittest.TestCase):
    """One DocTest as a unittest test case."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        test = self._dt_test
        self._dt_globs = test.globs.copy()
        if self._dt_setUp is not None:
            self._dt_setUp(test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        # Back to the globals the test started with.
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        report = StringIO()
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        runner.DIVIDER = '-' * 70
        saved_stdout = sys.stdout
        try:
            results = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = saved_stdout
        if results.skipped == results.attempted:
            raise unittest.SkipTest('all examples were skipped')
        if results.failed:
            raise self.failureException(self.format_failure(report.getvalue().rstrip('\n')))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        short = test.name.split('.')[-1]
        return 'Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s' % (
            test.name, test.filename, lineno, short, err)

    def debug(self):
        """Runs the test, raising DocTestFailure or UnexpectedException at
        the first failing example."""
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                             verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp
                and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        parts = self._dt_test.name.split('.')
        return '%s (%s)' % (parts[-1], '.'.join(parts[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return 'Doctest: ' + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands for a module's doctests when -OO removed the docstrings."""

    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest('DocTestSuite will not work with -O2 and above')

    def test_skip(self):
        pass

    def shortDescription(self):
        return 'Skipping tests from %s' % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    # Keeps its tests after running them (their reports may be looked at).
    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite of the doctests of module (the caller's by default)."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    if sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(module))
        return suite
    tests.sort()
    for test in tests:
        if not test.examples:
            continue
        if not test.filename:
            filename = module.__file__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """The examples of one text file as a unittest test case."""

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return 'Failed doctest test for %s\n  File "%s", line 0\n\n%s' % (
            self._dt_test.name, self._dt_test.filename, err)


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(),
                encoding=None, **options):
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    text, path = _load_testfile(path, package, module_relative, encoding or 'utf-8')
    if '__file__' not in globs:
        globs['__file__'] = path
    test = parser.get_doctest(text, globs, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite of the examples of text files."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---- python -m doctest -------------------------------------------------

def _test():
    import argparse
    parser = argparse.ArgumentParser(description='doctest runner')
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='print very verbose output for all tests')
    parser.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(),
                        default=[],
                        help=('specify a doctest option flag to apply to the test run; may be '
                              'specified more than once to apply multiple options'))
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help=('stop running tests after first failure (this is a shorthand '
                              'for -o FAIL_FAST, and is in addition to any other -o options)'))
    parser.add_argument('file', nargs='+', help='file containing the tests to run')
    args = parser.parse_args()
    verbose = args.verbose
    flags = 0
    for name in args.option:
        flags |= OPTIONFLAGS_BY_NAME[name]
    if args.fail_fast:
        flags |= FAIL_FAST
    for path in args.file:
        if path.endswith('.py'):
            directory, base = os.path.split(path)
            sys.path.insert(0, directory)
            module = __import__(base[:-3])
            del sys.path[0]
            failures, _ = testmod(module, verbose=verbose, optionflags=flags)
        else:
            failures, _ = testfile(path, module_relative=False, verbose=verbose,
                                   optionflags=flags)
        if failures:
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(_test())
