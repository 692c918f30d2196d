"""IsolatedAsyncioTestCase: a TestCase whose test methods, set-up, tear-down
and cleanups may be coroutine functions.  Each test runs in an event loop of
its own (an asyncio.Runner made for it and closed after it), and every part
of a test, synchronous or not, runs in one contextvars context, so that a
variable set in asyncSetUp is seen by the test."""

import contextlib
import contextvars
import inspect
import warnings

from . import case

__unittest = True


class IsolatedAsyncioTestCase(case.TestCase):
    # None: asyncio's default loop; a class may name another factory
    loop_factory = None
    _asyncioRunner = None

    def __init__(self, methodName='runTest'):
        case.TestCase.__init__(self, methodName)
        # one context for every part of the test
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        """Called after setUp, in the test's event loop."""

    async def asyncTearDown(self):
        """Called before tearDown, in the test's event loop."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Like addCleanup; func may be a coroutine function, awaited in the
        test's loop."""
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters the asynchronous context manager cm, leaves it as a cleanup,
        and returns what its __aenter__ gave."""
        kind = type(cm)
        enter = getattr(kind, '__aenter__', None)
        leave = getattr(kind, '__aexit__', None)
        if enter is None or leave is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            "not support the asynchronous context manager protocol")
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    def _run_part(self, func, args=(), kwargs={}, awaited=False):
        """Runs one part of the test in its context: a coroutine function in
        the test's loop, anything else directly (awaited: it must be a
        coroutine function)."""
        runner = self._asyncioRunner
        assert runner is not None, 'asyncio runner is not initialized'
        is_async = inspect.iscoroutinefunction(func)
        if awaited:
            assert is_async, f'{func!r} is not an async function'
        if not is_async:
            return self._asyncioTestContext.run(func, *args, **kwargs)
        return runner.run(func(*args, **kwargs), context=self._asyncioTestContext)

    # TestCase calls its parts through these hooks

    def _callSetUp(self):
        # setUp first, so that asyncSetUp sees what it prepared
        self._asyncioTestContext.run(self.setUp)
        self._run_part(self.asyncSetUp, awaited=True)

    def _callTestMethod(self, method):
        value = self._run_part(method)
        if value is not None:
            # CPython 3.14 passes the text inside a 1-tuple: the warning's
            # message shows as that tuple's repr
            text = ('It is deprecated to return a value that is not None from a '
                    f'test case ({method} returned {type(value).__name__!r})')
            warnings.warn((text,), DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._run_part(self.asyncTearDown, awaited=True)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._run_part(function, args, kwargs)

    @contextlib.contextmanager
    def _own_loop(self):
        """A fresh asyncio.Runner for the duration, closed afterwards."""
        assert self._asyncioRunner is None, 'asyncio runner is already initialized'
        import asyncio
        self._asyncioRunner = asyncio.Runner(debug=True, loop_factory=self.loop_factory)
        try:
            yield
        finally:
            self._asyncioRunner.close()

    def run(self, result=None):
        with self._own_loop():
            return case.TestCase.run(self, result)

    def debug(self):
        with self._own_loop():
            case.TestCase.debug(self)

    def __del__(self):
        # a test stopped half-way (debug() raising) still closes its loop
        if self._asyncioRunner is not None:
            self._asyncioRunner.close()
