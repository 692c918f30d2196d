"""TextTestRunner and TextTestResult: running tests and reporting them as
text."""

import sys
import time
import warnings

from .case import _SubTest
from .result import TestResult
from .signals import registerResult

__unittest = True


class _WritelnDecorator(object):
    """A stream wrapper adding writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        # 'stream' itself missing means __init__ has not run (copy, pickle)
        if attr not in ('stream', '__getstate__'):
            return getattr(self.stream, attr)
        raise AttributeError(attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """A TestResult that reports on a stream: a character per test at
    verbosity 1, a line per test at 2, nothing as tests run at 0."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        self.dots, self.showAll = verbosity == 1, verbosity > 1
        self.durations = durations
        self._newline = True

    def getDescription(self, test):
        first_line = test.shortDescription()
        if self.descriptions and first_line:
            return f"{test}\n{first_line}"
        return str(test)

    def _write_heading(self, test, indent=""):
        self.stream.write(f"{indent}{self.getDescription(test)} ... ")

    def startTest(self, test):
        super().startTest(test)
        if not self.showAll:
            return
        self._write_heading(test)
        self.stream.flush()
        self._newline = False

    def _write_status(self, test, status):
        if isinstance(test, _SubTest):
            # a subtest's line goes under its test's heading
            if not self._newline:
                self.stream.writeln()
            self._write_heading(test, "  ")
        elif self._newline:
            self._write_heading(test)
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _report(self, test, word, letter):
        if self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def _report_inline(self, word, letter):
        if self.showAll:
            self.stream.writeln(word)
        else:
            if not self.dots:
                return
            self.stream.write(letter)
        self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._report(subtest, "FAIL", "F")
            else:
                self._report(subtest, "ERROR", "E")
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, f"skipped {reason!r}", "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report_inline("expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report_inline("unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        unexpected = getattr(self, "unexpectedSuccesses", ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln(
                    f"UNEXPECTED SUCCESS: {self.getDescription(test)}")
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln(f"{flavour}: {self.getDescription(test)}")
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % text)
            self.stream.flush()


class TextTestRunner(object):
    """Runs tests, reporting on a stream (sys.stderr by default) as they run
    and with a summary at the end."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False, durations=None):
        if resultclass is not None:
            self.resultclass = resultclass
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer = failfast, buffer
        self.tb_locals, self.durations = tb_locals, durations
        self.warnings = warnings

    def _makeResult(self):
        positional = (self.stream, self.descriptions, self.verbosity)
        try:
            return self.resultclass(*positional, durations=self.durations)
        except TypeError:
            # a result class from before durations existed
            return self.resultclass(*positional)

    def _printDurations(self, result):
        if not result.collectedDurations:
            return
        slowest = sorted(result.collectedDurations, key=lambda pair: pair[1],
                         reverse=True)
        if self.durations > 0:
            slowest = slowest[:self.durations]
        self.stream.writeln("Slowest test durations")
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        shown = [(name, elapsed) for name, elapsed in slowest
                 if self.verbosity >= 2 or elapsed >= 0.001]
        for name, elapsed in shown:
            self.stream.writeln("%-10s %s" % (f"{elapsed:.3f}s", name))
        if len(shown) < len(slowest):
            self.stream.writeln("\n(durations < 0.001s were hidden; "
                                "use -v to show these durations)")
        else:
            self.stream.writeln("")

    def _run_under_warnings(self, test, result):
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            started = time.perf_counter()
            hook = getattr(result, 'startTestRun', None)
            if hook is not None:
                hook()
            try:
                test(result)
            finally:
                hook = getattr(result, 'stopTestRun', None)
                if hook is not None:
                    hook()
            return time.perf_counter() - started

    def run(self, test):
        "Run the given test case or test suite."
        outcome = self._makeResult()
        registerResult(outcome)
        outcome.failfast, outcome.buffer = self.failfast, self.buffer
        outcome.tb_locals = self.tb_locals
        taken = self._run_under_warnings(test, outcome)
        outcome.printErrors()
        if self.durations is not None:
            self._printDurations(outcome)
        if hasattr(outcome, 'separator2'):
            self.stream.writeln(outcome.separator2)
        count = outcome.testsRun
        plural = "" if count == 1 else "s"
        self.stream.writeln(f"Ran {count} test{plural} in {taken:.3f}s")
        self.stream.writeln()
        self._write_summary(outcome, count)
        self.stream.flush()
        return outcome

    def _write_summary(self, result, run):
        try:
            expected_fails, unexpected, skipped = (
                len(result.expectedFailures), len(result.unexpectedSuccesses),
                len(result.skipped))
        except AttributeError:
            expected_fails = unexpected = skipped = 0
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append(f"failures={len(result.failures)}")
            if result.errors:
                infos.append(f"errors={len(result.errors)}")
        elif run == 0 and not skipped:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        for count, label in ((skipped, "skipped"),
                             (expected_fails, "expected failures"),
                             (unexpected, "unexpected successes")):
            if count:
                infos.append(f"{label}={count}")
        if infos:
            self.stream.writeln(" (%s)" % ", ".join(infos))
        else:
            self.stream.write("\n")
