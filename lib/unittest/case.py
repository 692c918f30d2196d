"""TestCase, its assertion methods and the skipping decorators."""

import collections
import contextlib
import difflib
import functools
import pprint
import re
import sys
import time
import traceback
import types
import warnings

from . import result
from .util import (_common_shorten_repr, _count_diff_all_purpose,
                   _count_diff_hashable, safe_repr, strclass)

__unittest = True

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'

# subTest() called without a message
_subtest_msg_sentinel = object()


class SkipTest(Exception):
    """Raise this exception in a test to skip it."""


class _ShouldStop(Exception):
    """The test should stop."""


class _UnexpectedSuccess(Exception):
    """The test was supposed to fail, but it didn't!"""


def _report_skip(result, test, reason):
    add = getattr(result, 'addSkip', None)
    if add is None:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        add(test, reason)


def _call_hook(obj, name):
    hook = getattr(obj, name, None)
    if hook is not None:
        hook()


def _report_error(result, test, exc_info):
    if result is None or exc_info is None:
        return
    if issubclass(exc_info[0], test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


class _Outcome(object):
    """What happened so far while one test runs."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.expecting_failure = False
        self.expectedFailure = None
        self.success = True

    @contextlib.contextmanager
    def testPartExecutor(self, test_case, subTest=False):
        before = self.success
        self.success = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.success = False
            _report_skip(self.result, test_case, str(e))
        except _ShouldStop:
            pass
        except:
            info = sys.exc_info()
            if self.expecting_failure:
                self.expectedFailure = info
            else:
                self.success = False
                if subTest:
                    self.result.addSubTest(test_case.test_case, test_case, info)
                else:
                    _report_error(self.result, test_case, info)
            info = None
        else:
            if subTest and self.success:
                self.result.addSubTest(test_case.test_case, test_case, None)
        finally:
            self.success = self.success and before


def _enter_context(cm, add_cleanup):
    cls = type(cm)
    try:
        enter, leave = cls.__enter__, cls.__exit__
    except AttributeError:
        text = (f"'{cls.__module__}.{cls.__qualname__}' object does "
                "not support the context manager protocol")
        if hasattr(cls, '__aenter__') and hasattr(cls, '__aexit__'):
            text += (" but it supports the asynchronous context manager "
                     "protocol. Did you mean to use enterAsyncContext()?")
        raise TypeError(text) from None
    value = enter(cm)
    add_cleanup(leave, cm, None, None, None)
    return value


# (function, args, kwargs) to call after the module's tests, last first
_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Same as addCleanup, except the cleanup items are called even if
    setUpModule fails (unlike tearDownModule)."""
    entry = (function, args, kwargs)
    _module_cleanups.append(entry)


def enterModuleContext(cm):
    """Same as enterContext, but module-wide."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Execute all module cleanup functions. Normally called for you after
    tearDownModule."""
    raised = []
    while len(_module_cleanups):
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            raised.append(exc)
    if raised:
        raise raised[0]


def skip(reason):
    """Unconditionally skip a test."""
    def mark(item):
        if not isinstance(item, type):
            original = item

            @functools.wraps(original)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            item = skip_wrapper
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, types.FunctionType):
        func, reason = reason, ''
        return mark(func)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    """Mark a test (or a class's tests) as expected to fail."""
    setattr(test_item, '__unittest_expecting_failure__', True)
    return test_item


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


def _type_name(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _BaseTestCaseContext:
    """What the assertion context managers share: the test case, whose
    message formatting and failureException they use."""

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        text = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(text)


class _AssertRaisesBaseContext(_BaseTestCaseContext):

    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected = expected
        self.expected_regex = (None if expected_regex is None
                               else re.compile(expected_regex))
        self.msg = self.obj_name = None

    def handle(self, name, args, kwargs):
        """With no args, return self to be used in a with statement (taking
        an optional msg keyword); otherwise call args[0](*args[1:], **kwargs)
        under it."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError(f'{name}() arg 1 must be {self._base_type_str}')
        if args:
            func, *rest = args
        else:
            self.msg = kwargs.pop('msg', None)
            for unknown in kwargs:
                raise TypeError(f'{unknown!r} is an invalid keyword argument '
                                'for this function')
            return self
        self.obj_name = getattr(func, '__name__', None)
        if self.obj_name is None:
            self.obj_name = str(func)
        with self:
            func(*rest, **kwargs)


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """The context manager behind assertRaises and assertRaisesRegex."""

    _base_type_str = 'an exception type or tuple of exception types'
    _base_type = BaseException

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            what = _type_name(self.expected)
            if self.obj_name:
                self._raiseFailure(f"{what} not raised by {self.obj_name}")
            self._raiseFailure(f"{what} not raised")
        traceback.clear_frames(tb)
        if not issubclass(exc_type, self.expected):
            # not ours: let it propagate
            return False
        # kept without its traceback (which would hold the frames alive)
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._raiseFailure(f'"{pattern.pattern}" does not match "{exc_value}"')
        return not None


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """The context manager behind assertWarns and assertWarnsRegex."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # stale registries would hide warnings already shown once
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        manager = warnings.catch_warnings(record=True)
        self.warnings_manager, self.warnings = manager, manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self  # the with statement's target

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        matching = [m for m in self.warnings
                    if isinstance(m.message, self.expected)]
        pattern = self.expected_regex
        for m in matching:
            if pattern is None or pattern.search(str(m.message)):
                self.warning = m.message
                self.filename = m.filename
                self.lineno = m.lineno
                return None
        if matching:
            self._raiseFailure(
                f'"{pattern.pattern}" does not match "{matching[0].message}"')
        what = _type_name(self.expected)
        if self.obj_name:
            self._raiseFailure(f"{what} not triggered by {self.obj_name}")
        self._raiseFailure(f"{what} not triggered")


class _AssertNotWarnsContext(_AssertWarnsContext):
    """The context manager behind _assertNotWarns."""

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        for m in self.warnings:
            if isinstance(m.message, self.expected):
                self._raiseFailure(f"{_type_name(self.expected)} triggered")


class _OrderedChainMap(collections.ChainMap):
    """A ChainMap iterating in the order keys were first given (subTest
    parameters, outer ones first)."""
    def __iter__(self):
        seen = set()
        for mapping in self.maps:
            for key in mapping:
                if key not in seen:
                    seen.add(key)
                    yield key


def _skip_reason(test, method):
    for holder in (test.__class__, method):
        if getattr(holder, '__unittest_skip__', False):
            return (getattr(test.__class__, '__unittest_skip_why__', '')
                    or getattr(method, '__unittest_skip_why__', ''))
    return None


def _split_for_ndiff(first, second):
    """Lines of two strings for ndiff, each ending in a newline when the
    other string is not empty, so a missing final newline shows."""
    if first and second:
        if not (first.endswith('\n') and second.endswith('\n')):
            first += '\n'
            second += '\n'
    elif second and not second.endswith('\n'):
        second += '\n'
    elif first and not first.endswith('\n'):
        first += '\n'
    return first.splitlines(keepends=True), second.splitlines(keepends=True)


def _pformat_ndiff(a, b):
    return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(a).splitlines(),
                                          pprint.pformat(b).splitlines()))


def _attr_owner_text(obj):
    if isinstance(obj, types.ModuleType):
        return f'module {obj.__name__!r}'
    if isinstance(obj, type):
        return f'type object {obj.__name__!r}'
    return f'{type(obj).__name__!r} object'


class TestCase(object):
    """A class whose instances are single test cases: subclass it and write
    methods whose names start with 'test'.

    Attributes a subclass may set: failureException (the exception the
    assert methods raise), longMessage (whether an explicit msg is added to
    the standard message rather than replacing it) and maxDiff (the longest
    diff shown in a failure message; None for no limit)."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # strings longer than this are compared without difflib
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # each class has its own (TestSuite reads the first)
        cls._class_cleanups, cls._classSetupFailed = [], False

    def __init__(self, methodName='runTest'):
        """Create an instance that runs the method named methodName; a
        ValueError when there is no such method (runTest may be missing)."""
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s"
                                 % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        for kind, name in ((dict, 'assertDictEqual'),
                           (list, 'assertListEqual'),
                           (tuple, 'assertTupleEqual'),
                           (set, 'assertSetEqual'),
                           (frozenset, 'assertSetEqual'),
                           (str, 'assertMultiLineEqual')):
            self.addTypeEqualityFunc(kind, name)

    def setUp(self):
        """Hook method for setting up the test fixture before exercising it."""

    def tearDown(self):
        """Hook method for deconstructing the test fixture after testing it."""

    @classmethod
    def setUpClass(cls):
        """Hook method for setting up class fixture before running tests in the class."""

    @classmethod
    def tearDownClass(cls):
        """Hook method for deconstructing the class fixture after running all tests in the class."""

    def addTypeEqualityFunc(self, typeobj, function):
        """Make assertEqual call function(first, second, msg=None) (or the
        method of that name) when both arguments are exactly of typeobj."""
        self._type_equality_funcs.update({typeobj: function})

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown (last added, first
        called), even when setUp failed."""
        self._cleanups.append((function, args, kwargs))

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Like addCleanup, called after tearDownClass, even when
        setUpClass failed."""
        cls._class_cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter the context manager cm, exit it as a cleanup; returns what
        its __enter__ returned."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def enterClassContext(cls, cm):
        """Same as enterContext, but class-wide."""
        return _enter_context(cm, cls.addClassCleanup)

    def defaultTestResult(self):
        return result.TestResult()

    def countTestCases(self):
        return 1

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        if type(other) is type(self):
            return other._testMethodName == self._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        name = self._testMethodName
        return f"{name} ({strclass(self.__class__)}.{name})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} testMethod={self._testMethodName}>"

    @contextlib.contextmanager
    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager whose block runs as a subtest, named by msg and
        params: a failure inside is reported and the test goes on after the
        block."""
        outcome = self._outcome
        if outcome is None or not outcome.result_supports_subtests:
            yield
            return
        parent = self._subtest
        if parent is None:
            chain = _OrderedChainMap(params)
        else:
            chain = parent.params.new_child(params)
        self._subtest = _SubTest(self, msg, chain)
        try:
            with outcome.testPartExecutor(self._subtest, subTest=True):
                yield
            if not outcome.success:
                res = outcome.result
                if res is not None and res.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # the expected failure happened: the test is over
                raise _ShouldStop
        finally:
            self._subtest = parent

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is None:
            warnings.warn("TestResult has no addExpectedFailure method, "
                          "reporting as passes", RuntimeWarning)
            result.addSuccess(self)
        else:
            add(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
            return
        warnings.warn("TestResult has no addUnexpectedSuccess method, "
                      "reporting as failure", RuntimeWarning)
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    def _addDuration(self, result, elapsed):
        add = getattr(result, 'addDuration', None)
        if add is None:
            warnings.warn("TestResult has no addDuration method", RuntimeWarning)
        else:
            add(self, elapsed)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        value = method()
        if value is None:
            return
        text = ('It is deprecated to return a value that is not None from a '
                f'test case ({method} returned {type(value).__name__!r})')
        if isinstance(value, types.CoroutineType):
            text += ('. Maybe you forgot to use IsolatedAsyncioTestCase as '
                     'the base class?')
        warnings.warn(text, DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        return self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        stopTestRun = None
        if result is None:
            # a run of its own: the result's run hooks are called here
            result = self.defaultTestResult()
            stopTestRun = getattr(result, 'stopTestRun', None)
            _call_hook(result, 'startTestRun')
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            why = _skip_reason(self, method)
            if why is not None:
                _report_skip(result, self, why)
                return result
            self._run_parts(result, method)
            return result
        finally:
            result.stopTest(self)
            if stopTestRun is not None:
                stopTestRun()

    def _run_parts(self, result, method):
        expecting = bool(getattr(self, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__",
                                    False))
        self._outcome = outcome = _Outcome(result)
        started = time.perf_counter()
        try:
            with outcome.testPartExecutor(self):
                self._callSetUp()
            if outcome.success:
                outcome.expecting_failure = expecting
                with outcome.testPartExecutor(self):
                    self._callTestMethod(method)
                outcome.expecting_failure = False
                with outcome.testPartExecutor(self):
                    self._callTearDown()
            self.doCleanups()
            self._addDuration(result, time.perf_counter() - started)
            if not outcome.success:
                return
            if not expecting:
                result.addSuccess(self)
            elif outcome.expectedFailure:
                self._addExpectedFailure(result, outcome.expectedFailure)
            else:
                self._addUnexpectedSuccess(result)
        finally:
            outcome.expectedFailure = None
            self._outcome = None

    def doCleanups(self):
        """Execute all cleanup functions. Normally called for you after
        tearDown."""
        outcome = self._outcome or _Outcome()
        pending = self._cleanups
        while pending:
            function, args, kwargs = pending.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Execute all class cleanup functions. Normally called for you after
        tearDownClass; what they raise is kept in cls.tearDown_exceptions."""
        raised = cls.tearDown_exceptions = []
        pending = cls._class_cleanups
        while pending:
            function, args, kwargs = pending.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                raised.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting errors in a TestResult"""
        method = getattr(self, self._testMethodName)
        why = _skip_reason(self, method)
        if why is not None:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        pending = self._cleanups
        while pending:
            function, args, kwargs = pending.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail immediately, with the given message."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The failure message: with longMessage, standardMsg followed by
        ' : msg' when msg is given; without it, msg or else standardMsg."""
        if self.longMessage:
            return standardMsg if msg is None else '%s : %s' % (standardMsg, msg)
        return msg or standardMsg

    def _failWith(self, msg, standardMsg):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertFalse(self, expr, msg=None):
        """Check that the expression is false."""
        if expr:
            self._failWith(msg, f"{safe_repr(expr)} is not false")

    def assertTrue(self, expr, msg=None):
        """Check that the expression is true."""
        if not expr:
            self._failWith(msg, f"{safe_repr(expr)} is not true")

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless calling args[0](*args[1:], **kwargs) raises
        expected_exception; with no callable, a context manager that checks
        its block (its 'exception' attribute is what was raised)."""
        return _AssertRaisesContext(expected_exception, self).handle(
            'assertRaises', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the callable (or the block, used as a context
        manager) triggers a warning of class expected_warning."""
        return _AssertWarnsContext(expected_warning, self).handle(
            'assertWarns', args, kwargs)

    def _assertNotWarns(self, expected_warning, *args, **kwargs):
        """The opposite of assertWarns."""
        return _AssertNotWarnsContext(expected_warning, self).handle(
            '_assertNotWarns', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager that fails unless a message of level (INFO by
        default) or above is logged on logger (the root by default) or its
        children; it gives an object with 'records' and 'output'."""
        from . import _log
        return _log._AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """A context manager that fails if a message of level or above is
        logged on logger or its children."""
        from . import _log
        return _log._AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        """The function assertEqual uses for first and second: the one
        registered for their type when both are exactly of it."""
        if type(first) is type(second):
            func = self._type_equality_funcs.get(type(first))
            if func is not None:
                return getattr(self, func) if isinstance(func, str) else func
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        """The default assertEqual implementation, not type specific."""
        if not first == second:
            self._failWith(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fail if the two objects are unequal as determined by '=='."""
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if the two objects are equal as determined by '!='."""
        if not first != second:
            self._failWith(msg, f'{safe_repr(first)} == {safe_repr(second)}')

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second differ by at most delta, or their
        difference rounds to zero at places (7 by default) decimals."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            text = (f'{safe_repr(first)} != {safe_repr(second)} within '
                    f'{safe_repr(delta)} delta ({safe_repr(diff)} difference)')
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            text = (f'{safe_repr(first)} != {safe_repr(second)} within '
                    f'{places!r} places ({safe_repr(diff)} difference)')
        self._failWith(msg, text)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if first and second are equal, or differ by at most delta,
        or their difference rounds to zero at places decimals."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        equal = first == second
        if delta is not None:
            if not equal and diff > delta:
                return
            text = (f'{safe_repr(first)} == {safe_repr(second)} within '
                    f'{safe_repr(delta)} delta ({safe_repr(diff)} difference)')
        else:
            if places is None:
                places = 7
            if not equal and round(diff, places) != 0:
                return
            text = (f'{safe_repr(first)} == {safe_repr(second)} within '
                    f'{places!r} places')
        self._failWith(msg, text)

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + DIFF_OMITTED % len(diff)
        return message + diff

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """An equality assertion for ordered sequences (anything with a
        length, indexing and ==); seq_type, when given, is the type both
        must be instances of."""
        if seq_type is not None:
            kind = seq_type.__name__
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(
                        f'{which} sequence is not a {kind}: {safe_repr(seq)}')
        else:
            kind = "sequence"
        text = self._sequence_difference(seq1, seq2, kind, seq_type)
        if text is None:
            return
        text = self._truncateMessage(text, _pformat_ndiff(seq1, seq2))
        self.fail(self._formatMessage(msg, text))

    def _sequence_difference(self, seq1, seq2, kind, seq_type):
        lengths = []
        for which, seq in (('First', seq1), ('Second', seq2)):
            try:
                lengths.append(len(seq))
            except (TypeError, NotImplementedError):
                return f'{which} {kind} has no length.    Non-sequence?'
        len1, len2 = lengths
        if seq1 == seq2:
            return None
        text = '%ss differ: %s != %s\n' % ((kind.capitalize(),)
                                          + _common_shorten_repr(seq1, seq2))
        for i in range(min(len1, len2)):
            try:
                item1 = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                text += f'\nUnable to index element {i} of first {kind}\n'
                break
            try:
                item2 = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                text += f'\nUnable to index element {i} of second {kind}\n'
                break
            if item1 != item2:
                text += ('\nFirst differing element %d:\n%s\n%s\n'
                         % ((i,) + _common_shorten_repr(item1, item2)))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                return None
        if len1 != len2:
            longer, which, extra_at = ((seq1, 'First', len2) if len1 > len2
                                       else (seq2, 'Second', len1))
            text += (f'\n{which} {kind} contains {abs(len1 - len2)} '
                     'additional elements.\n')
            try:
                text += (f'First extra element {extra_at}:\n'
                         f'{safe_repr(longer[extra_at])}\n')
            except (TypeError, IndexError, NotImplementedError):
                text += (f'Unable to index element {extra_at} of '
                         f'{which.lower()} {kind}\n')
        return text

    def assertListEqual(self, list1, list2, msg=None):
        """A list-specific equality assertion."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """A tuple-specific equality assertion."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def _set_difference(self, a, b, which):
        try:
            return a.difference(b)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail(f'{which} argument does not support set difference: {e}')

    def assertSetEqual(self, set1, set2, msg=None):
        """A set-specific equality assertion (both need a difference
        method)."""
        only1 = self._set_difference(set1, set2, 'first')
        only2 = self._set_difference(set2, set1, 'second')
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        """Just like self.assertTrue(a in b), but with a nicer default message."""
        if member not in container:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(member)} not found in {safe_repr(container)}'))

    def assertNotIn(self, member, container, msg=None):
        """Just like self.assertTrue(a not in b), but with a nicer default message."""
        if member in container:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(member)} unexpectedly found in '
                     f'{safe_repr(container)}'))

    def assertIs(self, expr1, expr2, msg=None):
        """Just like self.assertTrue(a is b), but with a nicer default message."""
        if expr1 is not expr2:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(expr1)} is not {safe_repr(expr2)}'))

    def assertIsNot(self, expr1, expr2, msg=None):
        """Just like self.assertTrue(a is not b), but with a nicer default message."""
        if expr1 is expr2:
            self.fail(self._formatMessage(
                msg, f'unexpectedly identical: {safe_repr(expr1)}'))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 == d2:
            return
        text = '%s != %s' % _common_shorten_repr(d1, d2)
        text = self._truncateMessage(text, _pformat_ndiff(d1, d2))
        self.fail(self._formatMessage(msg, text))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless first and second hold the same elements the same
        number of times, in any order."""
        first_items, second_items = list(first), list(second)
        try:
            counts1 = collections.Counter(first_items)
            counts2 = collections.Counter(second_items)
        except TypeError:
            differences = _count_diff_all_purpose(first_items, second_items)
        else:
            if counts1 == counts2:
                return
            differences = _count_diff_hashable(first_items, second_items)
        if not differences:
            return
        body = '\n'.join('First has %d, Second has %d:  %r' % tuple(d)
                         for d in differences)
        text = self._truncateMessage('Element counts were not equal:\n', body)
        self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Assert that two multi-line strings are equal."""
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        lines1, lines2 = _split_for_ndiff(first, second)
        text = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(lines1, lines2))
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def _compare(self, a, b, ok, words, msg):
        if not ok:
            self.fail(self._formatMessage(
                msg, f'{safe_repr(a)} {words} {safe_repr(b)}'))

    def assertLess(self, a, b, msg=None):
        """Just like self.assertTrue(a < b), but with a nicer default message."""
        self._compare(a, b, a < b, 'not less than', msg)

    def assertLessEqual(self, a, b, msg=None):
        """Just like self.assertTrue(a <= b), but with a nicer default message."""
        self._compare(a, b, a <= b, 'not less than or equal to', msg)

    def assertGreater(self, a, b, msg=None):
        """Just like self.assertTrue(a > b), but with a nicer default message."""
        self._compare(a, b, a > b, 'not greater than', msg)

    def assertGreaterEqual(self, a, b, msg=None):
        """Just like self.assertTrue(a >= b), but with a nicer default message."""
        self._compare(a, b, a >= b, 'not greater than or equal to', msg)

    def assertIsNone(self, obj, msg=None):
        """Same as self.assertTrue(obj is None), with a nicer default message."""
        if obj is not None:
            self.fail(self._formatMessage(msg, f'{safe_repr(obj)} is not None'))

    def assertIsNotNone(self, obj, msg=None):
        """Included for symmetry with assertIsNone."""
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        """Same as self.assertTrue(isinstance(obj, cls)), with a nicer
        default message."""
        if isinstance(obj, cls):
            return
        anyof = 'any of ' if isinstance(cls, tuple) else ''
        self.fail(self._formatMessage(
            msg, f'{safe_repr(obj)} is not an instance of {anyof}{cls!r}'))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Included for symmetry with assertIsInstance."""
        if not isinstance(obj, cls):
            return
        if isinstance(cls, tuple):
            cls = next(c for c in cls if isinstance(obj, c))
        self.fail(self._formatMessage(
            msg, f'{safe_repr(obj)} is an instance of {cls!r}'))

    def _issubclass(self, cls, superclass, msg):
        try:
            return issubclass(cls, superclass)
        except TypeError:
            if not isinstance(cls, type):
                self.fail(self._formatMessage(msg, f'{cls!r} is not a class'))
            raise

    def assertIsSubclass(self, cls, superclass, msg=None):
        if self._issubclass(cls, superclass, msg):
            return
        anyof = 'any of ' if isinstance(superclass, tuple) else ''
        self.fail(self._formatMessage(
            msg, f'{cls!r} is not a subclass of {anyof}{superclass!r}'))

    def assertNotIsSubclass(self, cls, superclass, msg=None):
        if not self._issubclass(cls, superclass, msg):
            return
        if isinstance(superclass, tuple):
            superclass = next(c for c in superclass if issubclass(cls, c))
        self.fail(self._formatMessage(
            msg, f'{cls!r} is a subclass of {superclass!r}'))

    def assertHasAttr(self, obj, name, msg=None):
        if not hasattr(obj, name):
            self.fail(self._formatMessage(
                msg, f'{_attr_owner_text(obj)} has no attribute {name!r}'))

    def assertNotHasAttr(self, obj, name, msg=None):
        if hasattr(obj, name):
            self.fail(self._formatMessage(
                msg, f'{_attr_owner_text(obj)} has unexpected attribute {name!r}'))

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """As assertRaises, and the exception's str() must match
        expected_regex (searched)."""
        return _AssertRaisesContext(expected_exception, self, expected_regex
                                    ).handle('assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """As assertWarns, for warnings whose message matches
        expected_regex."""
        return _AssertWarnsContext(expected_warning, self, expected_regex
                                   ).handle('assertWarnsRegex', args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail the test unless the text matches the regular expression."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            raise self.failureException(self._formatMessage(
                msg, "Regex didn't match: %r not found in %r"
                     % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail the test if the text matches the regular expression."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            raise self.failureException(self._formatMessage(
                msg, 'Regex matched: %r matches %r in %r'
                     % (text[found.start():found.end()],
                        unexpected_regex.pattern, text)))

    def _tail_type_check(self, s, tails, msg):
        for tail in (tails if isinstance(tails, tuple) else (tails,)):
            if isinstance(tail, str):
                if not isinstance(s, str):
                    self.fail(self._formatMessage(
                        msg, f'Expected str, not {type(s).__name__}'))
            elif isinstance(tail, (bytes, bytearray)):
                if not isinstance(s, (bytes, bytearray)):
                    self.fail(self._formatMessage(
                        msg, f'Expected bytes, not {type(s).__name__}'))

    def _tail_matches(self, s, tail, method, msg):
        try:
            return getattr(s, method)(tail)
        except (AttributeError, TypeError):
            self._tail_type_check(s, tail, msg)
            raise

    def _tail_fail(self, s, tail, method, verb, negated, msg):
        if negated and isinstance(tail, tuple):
            tail = next(t for t in tail if getattr(s, method)(t))
        a, b = safe_repr(s, short=True), safe_repr(tail)
        if negated:
            text = f"{a} {verb}s with {b}"
        elif isinstance(tail, tuple):
            text = f"{a} doesn't {verb} with any of {b}"
        else:
            text = f"{a} doesn't {verb} with {b}"
        self.fail(self._formatMessage(msg, text))

    def assertStartsWith(self, s, prefix, msg=None):
        if not self._tail_matches(s, prefix, 'startswith', msg):
            self._tail_fail(s, prefix, 'startswith', 'start', False, msg)

    def assertNotStartsWith(self, s, prefix, msg=None):
        if self._tail_matches(s, prefix, 'startswith', msg):
            self._tail_fail(s, prefix, 'startswith', 'start', True, msg)

    def assertEndsWith(self, s, suffix, msg=None):
        if not self._tail_matches(s, suffix, 'endswith', msg):
            self._tail_fail(s, suffix, 'endswith', 'end', False, msg)

    def assertNotEndsWith(self, s, suffix, msg=None):
        if self._tail_matches(s, suffix, 'endswith', msg):
            self._tail_fail(s, suffix, 'endswith', 'end', True, msg)


class FunctionTestCase(TestCase):
    """A test case that runs a plain function, with optional set-up and
    tidy-up functions (the latter runs whenever the former succeeded)."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc, self._description = testFunc, description
        self._setUpFunc, self._tearDownFunc = setUp, tearDown

    def runTest(self):
        self._testFunc()

    def setUp(self):
        hook = self._setUpFunc
        if hook is not None:
            hook()

    def tearDown(self):
        hook = self._tearDownFunc
        if hook is not None:
            hook()

    def id(self):
        return self._testFunc.__name__

    def _key(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc,
                self._description)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((type(self),) + self._key())

    def __str__(self):
        return f"{strclass(self.__class__)} ({self._testFunc.__name__})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} tec={self._testFunc}>"

    def shortDescription(self):
        if self._description is None:
            doc = self._testFunc.__doc__
            return doc and doc.split("\n")[0].strip() or None
        return self._description


class _SubTest(TestCase):

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self.params = test_case, params
        self.failureException = test_case.failureException
        self._message = message

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append(f"[{self._message}]")
        if self.params:
            shown = ', '.join(f"{k}={v!r}" for k, v in self.params.items())
            parts.append(f"({shown})")
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        """The description of the test the subtest belongs to."""
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"
