"""Python unit testing framework: TestCase and its assert methods, suites,
loaders, runners and the command line (`python -m unittest`).

    import unittest

    class Arithmetic(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 1, 2)

    if __name__ == '__main__':
        unittest.main()
"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite', 'TextTestRunner',
           'TestLoader', 'FunctionTestCase', 'main', 'defaultTestLoader',
           'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure',
           'TextTestResult', 'installHandler', 'registerResult',
           'removeResult', 'removeHandler', 'addModuleCleanup',
           'doModuleCleanups', 'enterModuleContext']

__unittest = True

from .result import TestResult
from .case import (FunctionTestCase, SkipTest, TestCase, addModuleCleanup,
                   doModuleCleanups, enterModuleContext, expectedFailure,
                   skip, skipIf, skipUnless)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestResult, TextTestRunner
from .signals import (installHandler, registerResult, removeHandler,
                      removeResult)


# IsolatedAsyncioTestCase imports asyncio: only when first asked for.
def __dir__():
    return globals().keys() | {'IsolatedAsyncioTestCase'}


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
