"""TestLoader: builds test suites from classes, modules, names and
directories."""

import functools
import inspect
import os
import re
import sys
import traceback
import types
from fnmatch import fnmatch, fnmatchcase

from . import case, suite, util

__unittest = True

VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """A test that raises the exception met while loading it."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattr__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(methodname, exception, suiteClass, message):
    return suiteClass((_FailedTest(methodname, exception),)), message


def _make_failed_import_test(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (
        name, traceback.format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call load_tests:\n' + traceback.format_exc()
    return _make_failed_test(name, exception, suiteClass, message)


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    cls = type("ModuleSkipped", (case.TestCase,), {methodname: testSkipped})
    return suiteClass((cls(methodname),))


def _splitext(path):
    return os.path.splitext(path)[0]


def _is_loadable_case_class(obj):
    return (isinstance(obj, type) and issubclass(obj, case.TestCase)
            and obj not in (case.TestCase, case.FunctionTestCase))


class TestLoader(object):
    """Loads tests by various criteria and returns them in a TestSuite."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        # packages being loaded by discovery (no recursion into them)
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """Return a suite of all test cases contained in testCaseClass"""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = []
        if (testCaseClass not in (case.TestCase, case.FunctionTestCase)
                and not inspect.isabstract(testCaseClass)):
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        """Return a suite of all test cases contained in the given module"""
        found = []
        for name in dir(module):
            obj = getattr(module, name)
            if _is_loadable_case_class(obj) and not inspect.isabstract(obj):
                found.append(self.loadTestsFromTestCase(obj))
        tests = self.suiteClass(found)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is None:
            return tests
        try:
            return load_tests(self, tests, pattern)
        except Exception as e:
            error_case, error_message = _make_failed_load_tests(
                module.__name__, e, self.suiteClass)
            self.errors.append(error_message)
            return error_case

    def _import_longest(self, parts):
        """Import the longest importable prefix of parts; returns (module,
        None) or (None, the failed test to return)."""
        failed = None
        remaining = parts[:]
        while remaining:
            try:
                return __import__('.'.join(remaining)), failed
            except ImportError:
                tail = remaining.pop()
                failed = _make_failed_import_test(tail, self.suiteClass)
        self.errors.append(failed[1])
        return None, failed

    def loadTestsFromName(self, name, module=None):
        """A suite of the tests that name gives: a module, a TestCase class,
        a test method, a TestSuite, or a callable returning a test; relative
        to module when given."""
        parts = name.split('.')
        failed = None
        if module is None:
            module, failed = self._import_longest(parts)
            if module is None:
                return failed[0]
            parts = parts[1:]
        obj = parent = module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and failed is not None:
                    self.errors.append(failed[1])
                    return failed[0]
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n' + traceback.format_exc())
                self.errors.append(error_message)
                return error_case
        return self._tests_from_object(obj, parent, parts)

    def _tests_from_object(self, obj, parent, parts):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if _is_loadable_case_class(obj):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            if inspect.isabstract(parent):
                raise TypeError("Cannot instantiate abstract test case %s"
                                % parent.__name__)
            method = parts[-1]
            instance = parent(method)
            if not isinstance(getattr(instance, method), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        test = obj()
        if isinstance(test, suite.TestSuite):
            return test
        if isinstance(test, case.TestCase):
            return self.suiteClass([test])
        raise TypeError("calling %s returned %s, not a test" % (obj, test))

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites loadTestsFromName gives for each name."""
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def getTestCaseNames(self, testCaseClass):
        """Return a sorted sequence of method names found within testCaseClass
        """
        patterns = self.testNamePatterns
        owner = f'{testCaseClass.__module__}.{testCaseClass.__qualname__}'

        def wanted(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            if patterns is None:
                return True
            full = f'{owner}.{attrname}'
            return any(fnmatchcase(full, p) for p in patterns)

        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Find the test modules (files matching pattern) under start_dir,
        recursing into packages, and return a suite of their tests.

        Every module must be importable from top_level_dir (start_dir by
        default), which is put on sys.path.  A package with a load_tests
        function is not recursed into: load_tests(loader, tests, pattern)
        decides its tests.  Files are visited in sorted order."""
        saved_top = self._top_level_dir
        implicit_top = False
        if top_level_dir is None:
            if self._top_level_dir is not None:
                top_level_dir = self._top_level_dir
            else:
                implicit_top = True
                top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir

        unimportable = False
        namespace_tests = None
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                unimportable = not os.path.isfile(
                    os.path.join(start_dir, '__init__.py'))
        else:
            try:
                __import__(start_dir)
            except ImportError:
                unimportable = True
            else:
                start_dir, namespace_tests = self._start_from_module(
                    start_dir, pattern, top_level_dir, implicit_top)
        if unimportable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        if namespace_tests is None:
            tests = list(self._find_tests(start_dir, pattern))
        else:
            tests = namespace_tests
        self._top_level_dir = saved_top
        return self.suiteClass(tests)

    def _start_from_module(self, dotted, pattern, top_level_dir, implicit_top):
        """discover() given a dotted module name: returns (the directory to
        search, None), or (None, tests) for a namespace package."""
        module = sys.modules[dotted]
        if getattr(module, '__file__', None) is None:
            spec = getattr(module, '__spec__', None)
            if spec is None or spec.submodule_search_locations is None:
                if module.__name__ in sys.builtin_module_names:
                    raise TypeError('Can not use builtin modules '
                                    'as dotted module names') from None
                raise TypeError(
                    f"don't know how to discover from {module!r}") from None
            tests = []
            for path in module.__path__:
                if not implicit_top and not path.startswith(top_level_dir):
                    continue
                self._top_level_dir = path.split(
                    module.__name__.replace(".", os.path.sep))[0]
                tests.extend(self._find_tests(path, pattern, namespace=True))
            if implicit_top:
                sys.path.remove(top_level_dir)
            return None, tests
        top_part = dotted.split('.')[0]
        where = os.path.abspath(os.path.dirname(module.__file__))
        if implicit_top:
            if sys.modules[top_part].__file__ is None:
                self._top_level_dir = os.path.dirname(module.__file__)
                if self._top_level_dir not in sys.path:
                    sys.path.insert(0, self._top_level_dir)
            else:
                self._top_level_dir = self._get_directory_containing_module(top_part)
            sys.path.remove(top_level_dir)
        return where, None

    def _get_directory_containing_module(self, module_name):
        path = os.path.abspath(sys.modules[module_name].__file__)
        if os.path.basename(path).lower().startswith('__init__.py'):
            return os.path.dirname(os.path.dirname(path))
        return os.path.dirname(path)

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return '.'
        relative = os.path.relpath(_splitext(os.path.normpath(path)),
                                   self._top_level_dir)
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith('..'), "Path must be within the project"
        return relative.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern, namespace=False):
        """Used by discovery. Yields test suites it loads."""
        name = self._get_name_from_path(start_dir)
        if name != '.' and name not in self._loading_packages:
            tests, recurse = self._find_test_path(start_dir, pattern, namespace)
            if tests is not None:
                yield tests
            if not recurse:
                return
        for entry in sorted(os.listdir(start_dir)):
            full_path = os.path.join(start_dir, entry)
            tests, recurse = self._find_test_path(full_path, pattern, False)
            if tests is not None:
                yield tests
            if not recurse:
                continue
            package = self._get_name_from_path(full_path)
            self._loading_packages.add(package)
            try:
                yield from self._find_tests(full_path, pattern, False)
            finally:
                self._loading_packages.discard(package)

    def _import_for_discovery(self, name):
        """(module, None), or (None, the test that reports the failure)."""
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as e:
            return None, _make_skipped_test(name, e, self.suiteClass)
        except:
            error_case, error_message = _make_failed_import_test(
                name, self.suiteClass)
            self.errors.append(error_message)
            return None, error_case

    def _find_test_path(self, full_path, pattern, namespace=False):
        """Loads the tests of one file, or of a package's __init__ when
        given its directory; returns (tests or None, whether to recurse)."""
        basename = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not (VALID_MODULE_NAME.match(basename)
                    and self._match_path(basename, full_path, pattern)):
                return None, False
            name = self._get_name_from_path(full_path)
            module, failed = self._import_for_discovery(name)
            if module is None:
                return failed, False
            self._check_module_location(module, full_path)
            return self.loadTestsFromModule(module, pattern=pattern), False
        if not os.path.isdir(full_path):
            return None, False
        if not namespace and not os.path.isfile(os.path.join(full_path, '__init__.py')):
            return None, False
        name = self._get_name_from_path(full_path)
        package, failed = self._import_for_discovery(name)
        if package is None:
            return failed, False
        load_tests = getattr(package, 'load_tests', None)
        self._loading_packages.add(name)
        try:
            tests = self.loadTestsFromModule(package, pattern=pattern)
        finally:
            self._loading_packages.discard(name)
        return tests, load_tests is None

    def _check_module_location(self, module, full_path):
        found = _splitext(os.path.realpath(
            os.path.abspath(getattr(module, '__file__', full_path))))
        wanted = _splitext(os.path.realpath(full_path))
        if found.lower() == wanted.lower():
            return
        raise ImportError(
            "%r module incorrectly imported from %r. Expected %r. "
            "Is this module globally installed?"
            % (_splitext(os.path.basename(full_path)), os.path.dirname(found),
               os.path.dirname(full_path)))


defaultTestLoader = TestLoader()
