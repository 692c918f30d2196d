import unittest


def load_tests(loader, tests, pattern):
    print("load_tests of proj.lt with pattern", pattern)
    from . import test_inner
    tests.addTests(loader.loadTestsFromModule(test_inner))
    return tests
