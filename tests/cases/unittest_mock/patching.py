# lib: mockshow
# patch as a decorator, a context manager, a class decorator and with start/stop.
import os
import os.path
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, DEFAULT, sentinel
from mockshow import show, error


@patch("os.getcwd")
def one(m):
    m.return_value = "/patched"
    return os.getcwd(), m.call_count


print(one(), os.getcwd() != "/patched")


@patch("os.getcwd", return_value="A")
@patch("os.getpid", return_value=12345)
def stacked(pid, cwd, extra=None):
    return os.getcwd(), os.getpid(), extra


print(stacked(), stacked(extra="e"))


@patch("os.sep", "!")
def with_new():
    return os.sep


print(with_new(), os.sep)
with patch("os.path.join") as j:
    show(j)
    j.return_value = "joined"
    print(os.path.join("a", "b"), j.call_args)
p = patch("os.getppid", return_value=1)
m = p.start()
print(os.getppid(), m is os.getppid)
p.stop()
print(os.getppid() != 1, p.stop())
error(p.__exit__)
p2 = patch("os.getppid")
p2.start()
error(p2.start)
p2.stop()
with patch("os.getpid", new_callable=lambda: (lambda: "callable made it")):
    print(os.getpid())
error(patch, "nodots")
error(patch, 5)
error(lambda: patch("os.no_such_attribute").start())
with patch("os.no_such_attribute", create=True, new=7):
    print(os.no_such_attribute)
print(hasattr(os, "no_such_attribute"))
error(lambda: patch("no_such_module_here.attr").start())
error(patch, "os.getcwd", new=1, new_callable=list)
error(patch, "os.getcwd", autospec=True, new_callable=list)
error(lambda: patch("os.getcwd", new=1, spare=2).start())
with patch("builtins.sorted", return_value=99):
    print(sorted([]))
print(sorted([]))


class Target:
    value = "class value"

    def method(self):
        return "real"


@patch.object(Target, "value", "patched value")
class TestPatched(unittest.TestCase):
    def test_one(self):
        print("in test:", Target.value)

    def helper(self):
        return Target.value


suite = unittest.TestLoader().loadTestsFromTestCase(TestPatched)
r = unittest.TestResult()
suite.run(r)
print(r.testsRun, TestPatched("test_one").helper())
with patch.object(Target, "method", autospec=True) as meth:
    meth.return_value = "mocked"
    print(Target().method())
    error(Target.method)
print(Target().method())
error(patch.object, "os", "getcwd")
with patch.object(Target, "value") as v:
    show(v)
patcher = patch.object(Target, "value", sentinel.replaced)
patcher.start()
print(Target.value)
mock.patch.stopall()
print(Target.value)
print(patch.TEST_PREFIX)
