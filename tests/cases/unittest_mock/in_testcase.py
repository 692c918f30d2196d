# lib: utrun
# Mocks inside unittest tests: patch decorators on methods, assert failures reported.
import os
import unittest
from unittest import mock
import utrun


class UsesMocks(unittest.TestCase):
    @mock.patch("os.getcwd", return_value="/fake")
    def test_patched(self, getcwd):
        self.assertEqual(os.getcwd(), "/fake")
        getcwd.assert_called_once_with()

    @mock.patch("os.getpid")
    def test_mock_assert_fails(self, getpid):
        os.getpid(1)
        getpid.assert_called_once_with(2)

    def test_not_called(self):
        m = mock.Mock(name="never")
        m.assert_called()

    def test_with_cleanup(self):
        p = mock.patch.dict(os.environ, {"X_FROM_TEST": "1"})
        p.start()
        self.addCleanup(p.stop)
        self.assertEqual(os.environ["X_FROM_TEST"], "1")

    def test_after(self):
        self.assertNotIn("X_FROM_TEST", os.environ)
        self.assertNotEqual(os.getcwd(), "/fake")


# (the tracebacks go through mock's own frames: only their last lines are shown)
result = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(UsesMocks).run(result)
print(result.testsRun, result.wasSuccessful())
for test, text in result.failures + result.errors:
    print(test.id())
    print(text.splitlines()[-1])
