"""TestSuite: a composite of tests, with class and module fixtures."""

import contextlib
import sys

from . import case, util

__unittest = True


def _call_if_exists(parent, attr):
    method = getattr(parent, attr, None)
    if method is not None:
        method()


@contextlib.contextmanager
def _fixture_output(result):
    """Buffer output around a class or module fixture as around a test."""
    _call_if_exists(result, '_setupStdout')
    try:
        yield
    finally:
        _call_if_exists(result, '_restoreStdout')


def _isnotsuite(test):
    "A crude way to tell apart testcases and suites with duck-typing"
    try:
        iterator = iter(test)
    except TypeError:
        iterator = None
    return iterator is None


class BaseTestSuite(object):
    """A simple test suite that doesn't provide class or module shared fixtures.
    """

    # drop each test once it has run
    _cleanup = True

    def __init__(self, tests=()):
        self._removed_tests = 0
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return f"<{util.strclass(self.__class__)} tests={list(self)}>"

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(other) == list(self)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(t.countTestCases() for t in self if t)

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for one in tests:
            self.addTest(one)

    def _run_one(self, position, test, result):
        test(result)
        if self._cleanup:
            self._removeTestAtIndex(position)

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            self._run_one(position, test, result)
        return result

    def _removeTestAtIndex(self, index):
        """Stop holding a reference to the TestCase at index."""
        try:
            done = self._tests[index]
        except TypeError:
            # _tests is not a list (a subclass's)
            return
        if hasattr(done, 'countTestCases'):
            self._removed_tests = self._removed_tests + done.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without collecting errors in a TestResult"""
        for one in self:
            one.debug()


class TestSuite(BaseTestSuite):
    """A composite test of TestCases (and suites), run in the order they
    were added, with setUpClass/tearDownClass and setUpModule/
    tearDownModule run around each class's and module's tests."""

    def run(self, result, debug=False):
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test) and not self._fixtures_before(test, result):
                continue
            if debug:
                test.debug()
                if self._cleanup:
                    self._removeTestAtIndex(position)
            else:
                self._run_one(position, test, result)
        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _fixtures_before(self, test, result):
        """Run the fixtures due before test; whether it may run."""
        self._tearDownPreviousClass(test, result)
        self._handleModuleFixture(test, result)
        self._handleClassSetUp(test, result)
        result._previousTestClass = test.__class__
        return not (getattr(test.__class__, '_classSetupFailed', False)
                    or getattr(result, '_moduleSetUpFailed', False))

    def debug(self):
        """Run the tests without collecting errors in a TestResult"""
        self.run(_DebugResult(), True)

    def _createClassOrModuleLevelException(self, result, exc, method_name,
                                           parent, info=None):
        self._addClassOrModuleLevelException(
            result, exc, f'{method_name} ({parent})', info)

    def _addClassOrModuleLevelException(self, result, exception, errorName,
                                        info=None):
        holder = _ErrorHolder(errorName)
        addSkip = getattr(result, 'addSkip', None)
        if isinstance(exception, case.SkipTest) and addSkip is not None:
            addSkip(holder, str(exception))
        else:
            result.addError(holder, info or sys.exc_info())

    def _run_class_cleanups(self, cls, result, phase):
        doClassCleanups = getattr(cls, 'doClassCleanups', None)
        if doClassCleanups is None:
            return
        doClassCleanups()
        for info in cls.tearDown_exceptions:
            if isinstance(result, _DebugResult):
                raise info[1]
            self._createClassOrModuleLevelException(
                result, info[1], phase, util.strclass(cls), info)

    @staticmethod
    def _set_setup_failed(cls, value):
        try:
            cls._classSetupFailed = value
        except TypeError:
            # a built-in type's attribute cannot be set
            pass

    def _handleClassSetUp(self, test, result):
        cls = test.__class__
        if cls == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed or getattr(cls, "__unittest_skip__", False):
            return
        self._set_setup_failed(cls, False)
        hook = getattr(cls, 'setUpClass', None)
        if hook is None:
            return
        with _fixture_output(result):
            try:
                hook()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._set_setup_failed(cls, True)
                self._createClassOrModuleLevelException(
                    result, e, 'setUpClass', util.strclass(cls))
                self._run_class_cleanups(cls, result, 'setUpClass')

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return previous.__module__ if previous is not None else None

    def _handleModuleFixture(self, test, result):
        name = test.__class__.__module__
        if name == self._get_previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        hook = getattr(sys.modules.get(name), 'setUpModule', None)
        if hook is None:
            return
        with _fixture_output(result):
            try:
                hook()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                result._moduleSetUpFailed = True
                self._createClassOrModuleLevelException(
                    result, e, 'setUpModule', name)
            if not result._moduleSetUpFailed:
                return
            try:
                case.doModuleCleanups()
            except Exception as e:
                self._createClassOrModuleLevelException(
                    result, e, 'setUpModule', name)

    def _handleModuleTearDown(self, result):
        name = self._get_previous_module(result)
        if name is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(name)
        if module is None:
            return
        with _fixture_output(result):
            for step in (getattr(module, 'tearDownModule', None),
                         case.doModuleCleanups):
                if step is None:
                    continue
                try:
                    step()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._createClassOrModuleLevelException(
                        result, e, 'tearDownModule', name)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None or test.__class__ == previous:
            return
        if (getattr(previous, '_classSetupFailed', False)
                or getattr(result, '_moduleSetUpFailed', False)
                or getattr(previous, "__unittest_skip__", False)):
            return
        hook = getattr(previous, 'tearDownClass', None)
        if hook is None and getattr(previous, 'doClassCleanups', None) is None:
            return
        with _fixture_output(result):
            if hook is not None:
                try:
                    hook()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._createClassOrModuleLevelException(
                        result, e, 'tearDownClass', util.strclass(previous))
            self._run_class_cleanups(previous, result, 'tearDownClass')


class _ErrorHolder(object):
    """Stands for a test in a result when an error happens outside any test
    (in a class or module fixture)."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def __str__(self):
        return self.description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result):
        return None

    __call__ = run


class _DebugResult(object):
    """The result TestSuite.debug() runs with: it only follows the classes
    and modules for their fixtures."""
    _moduleSetUpFailed = False
    _previousTestClass = None
    shouldStop = False
