"""unittest.main: the command line of a test module and of
`python -m unittest`."""

import argparse
import os
import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

# the exit status when no test ran (and none was skipped)
_NO_TESTS_EXITCODE = 5

MAIN_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _convert_name(name):
    """A path to a .py file under the current directory becomes the dotted
    module name; anything else stays as it is."""
    if not (os.path.isfile(name) and name.lower().endswith('.py')):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name
        name = relative
    return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    return pattern if '*' in pattern else f'*{pattern}*'


class TestProgram(object):
    """Loads tests from a module (or the command line's names, or by
    discovery), runs them, and exits with the outcome."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = None
    testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader, exit=True,
                 verbosity=1, failfast=None, catchbreak=None, buffer=None,
                 warnings=None, *, tb_locals=False, durations=None):
        if not isinstance(module, str):
            self.module = module
        else:
            head, *rest = module.split('.')
            found = __import__(module)
            for name in rest:
                found = getattr(found, name)
            self.module = found
        argv = sys.argv if argv is None else argv
        self.exit, self.verbosity = exit, verbosity
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        self.tb_locals, self.durations = tb_locals, durations
        # by default, show deprecation warnings (and the others) once each
        default_warnings = warnings is None and not sys.warnoptions
        self.warnings = 'default' if default_warnings else warnings
        self.defaultTest, self.testLoader = defaultTest, testLoader
        self.testRunner = testRunner
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _print_help(self, *args, **kwargs):
        examples = MODULE_EXAMPLES if self.module is not None else MAIN_EXAMPLES
        print(self._main_parser.format_help())
        print(examples % dict(prog=self.progName))
        if self.module is None:
            self._discovery_parser.print_help()

    def parseArgs(self, argv):
        self._initArgParsers()
        args = argv[1:]
        if self.module is None and args and args[0].lower() == 'discover':
            self._do_discovery(args[1:])
            return
        self._main_parser.parse_args(args, self)
        if self.module is None and not self.tests:
            # `python -m unittest` alone discovers from '.'
            self._do_discovery([])
            return
        self.testNames = self._names_to_load()
        self.createTests()

    def _names_to_load(self):
        if self.tests:
            if __name__ == '__main__':
                self.module = None
            return _convert_names(self.tests)
        wanted = self.defaultTest
        if wanted is None:
            return None
        return (wanted,) if isinstance(wanted, str) else list(wanted)

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            found_by = self.testLoader if Loader is None else Loader()
            self.test = found_by.discover(self.start, self.pattern, self.top)
        elif self.testNames is not None:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)

    def _initArgParsers(self):
        common = self._getParentArgParser()
        self._main_parser = self._getMainArgParser(common)
        self._discovery_parser = self._getDiscoveryArgParser(common)

    def _getParentArgParser(self):
        parser = argparse.ArgumentParser(add_help=False)
        add = parser.add_argument
        add('-v', '--verbose', dest='verbosity', action='store_const', const=2,
            help='Verbose output')
        add('-q', '--quiet', dest='verbosity', action='store_const', const=0,
            help='Quiet output')
        add('--locals', dest='tb_locals', action='store_true',
            help='Show local variables in tracebacks')
        add('--durations', dest='durations', type=int, default=None,
            metavar="N", help='Show the N slowest test cases (N=0 for all)')
        # options given to the constructor are not offered again
        if self.failfast is None:
            add('-f', '--failfast', dest='failfast', action='store_true',
                help='Stop on first fail or error')
            self.failfast = False
        if self.catchbreak is None:
            add('-c', '--catch', dest='catchbreak', action='store_true',
                help='Catch Ctrl-C and display results so far')
            self.catchbreak = False
        if self.buffer is None:
            add('-b', '--buffer', dest='buffer', action='store_true',
                help='Buffer stdout and stderr during tests')
            self.buffer = False
        if self.testNamePatterns is None:
            add('-k', dest='testNamePatterns', action='append',
                type=_convert_select_pattern,
                help='Only run tests which match the given substring')
            self.testNamePatterns = []
        return parser

    def _getMainArgParser(self, parent):
        main_parser = argparse.ArgumentParser(parents=[parent], color=True)
        main_parser.print_help = self._print_help
        main_parser.prog = self.progName
        main_parser.add_argument(
            'tests', nargs='*', help='a list of any number of test modules, '
            'classes and test methods.')
        return main_parser

    def _getDiscoveryArgParser(self, parent):
        parser = argparse.ArgumentParser(parents=[parent], color=True)
        parser.prog = f'{self.progName} discover'
        parser.epilog = ('For test discovery all test modules must be '
                         'importable from the top level directory of the '
                         'project.')
        add = parser.add_argument
        add('-s', '--start-directory', dest='start',
            help="Directory to start discovery ('.' default)")
        add('-p', '--pattern', dest='pattern',
            help="Pattern to match tests ('test*.py' default)")
        add('-t', '--top-level-directory', dest='top',
            help='Top level directory of project (defaults to '
                 'start directory)')
        # the same three may also be given as positional arguments
        for name in ('start', 'pattern', 'top'):
            add(name, nargs='?', default=argparse.SUPPRESS,
                help=argparse.SUPPRESS)
        return parser

    def _do_discovery(self, argv, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        if argv is None:
            self.createTests(from_discovery=True, Loader=Loader)
            return
        if self._discovery_parser is None:
            self._initArgParsers()
        self._discovery_parser.parse_args(argv, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def _make_runner(self):
        runner_class = self.testRunner or runner.TextTestRunner
        if not isinstance(runner_class, type):
            return runner_class
        options = dict(verbosity=self.verbosity, failfast=self.failfast,
                       buffer=self.buffer, warnings=self.warnings)
        try:
            try:
                return runner_class(tb_locals=self.tb_locals,
                                    durations=self.durations, **options)
            except TypeError:
                return runner_class(**options)
        except TypeError:
            return runner_class()

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if self.catchbreak:
            installHandler()
        outcome = self.result = self._make_runner().run(self.test)
        if not self.exit:
            return
        if not outcome.wasSuccessful():
            status = 1
        elif outcome.testsRun == 0 and not outcome.skipped:
            status = _NO_TESTS_EXITCODE
        else:
            status = 0
        sys.exit(status)


main = TestProgram
