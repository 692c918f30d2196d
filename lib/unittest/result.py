"""TestResult: what a run of tests collects."""

import io
import sys
import traceback
from functools import wraps

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Stop the run first when the result is in fail-fast mode."""
    @wraps(method)
    def stopping(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return stopping


def _with_newline(text):
    return text if text.endswith('\n') else text + '\n'


class TestResult(object):
    """Holder for test result information: the number of tests run, and the
    failures and errors as (test, formatted traceback) pairs."""

    # what TestSuite keeps between tests for the fixtures
    _moduleSetUpFailed = False
    _previousTestClass = None
    _testRunEntered = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.testsRun = 0
        self.failfast = self.shouldStop = False
        self.buffer = self.tb_locals = False
        self.errors, self.failures, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.collectedDurations = []
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._stdout_buffer = self._stderr_buffer = None
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTestRun(self):
        """Called once after all tests are executed."""

    def startTest(self, test):
        """Called when the given test is about to be run"""
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._restoreStdout()
        self._mirrorOutput = False

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stderr_buffer is None:
            self._stdout_buffer = io.StringIO()
            self._stderr_buffer = io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
            if out:
                self._original_stdout.write(STDOUT_LINE % _with_newline(out))
            if err:
                self._original_stderr.write(STDERR_LINE % _with_newline(err))
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def _record(self, bucket, test, err):
        bucket.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addError(self, test, err):
        """Called with sys.exc_info() when a test raised an error."""
        self._record(self.errors, test, err)

    @failfast
    def addFailure(self, test, err):
        """Called with sys.exc_info() when a test failed."""
        self._record(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        """Called at the end of a subtest; err is None when it passed."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        bucket = self.failures if failed else self.errors
        bucket.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        """Called when a test has completed successfully"""

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addDuration(self, test, elapsed):
        """Called when a test finished, with the seconds it took."""
        # (the test's name only: holding the test would keep it alive)
        durations = getattr(self, "collectedDurations", None)
        if durations is not None:
            durations.append((str(test), elapsed))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """Tells whether or not this result was a success."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Indicates that the tests should be aborted."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The text of a sys.exc_info() triple, without unittest's frames."""
        etype, value, tb = err
        tb = self._clean_tracebacks(etype, value, tb, test)
        te = traceback.TracebackException(etype, value, tb,
                                          capture_locals=self.tb_locals,
                                          compact=True)
        parts = list(te.format())
        if self.buffer:
            out, errtext = sys.stdout.getvalue(), sys.stderr.getvalue()
            if out:
                parts.append(STDOUT_LINE % _with_newline(out))
            if errtext:
                parts.append(STDERR_LINE % _with_newline(errtext))
        return ''.join(parts)

    def _clean_tracebacks(self, etype, value, tb, test):
        first_tb = None
        pending = [(etype, value, tb)]
        seen = {id(value)}
        is_first = True
        while pending:
            etype, value, tb = pending.pop()
            while tb and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            if etype is test.failureException:
                self._remove_unittest_tb_frames(tb)
            if is_first:
                first_tb, is_first = tb, False
            else:
                value.__traceback__ = tb
            if value is None:
                continue
            for linked in (value.__cause__, value.__context__):
                if linked is not None and id(linked) not in seen:
                    seen.add(id(linked))
                    pending.append((type(linked), linked, linked.__traceback__))
        return first_tb

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _remove_unittest_tb_frames(self, tb):
        """Cut the traceback at the first frame that belongs to unittest,
        unless the very first one does."""
        last_user = None
        while tb and not self._is_relevant_tb_level(tb):
            last_user, tb = tb, tb.tb_next
        if last_user is not None:
            last_user.tb_next = None

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            util.strclass(self.__class__), self.testsRun,
            len(self.errors), len(self.failures))
