# lib: mockshow
# patch.dict and patch.multiple in every form.
import os
import unittest
from unittest.mock import patch, DEFAULT, MagicMock
from mockshow import show, error

config = {"a": 1, "b": 2}
with patch.dict(config, {"b": 20, "c": 30}) as d:
    print(d is config, config)
print(config)
with patch.dict(config, clear=True, z=26):
    print(config)
print(config)


@patch.dict(config, a=100)
def use():
    return dict(config)


print(use(), config)


def raising():
    with patch.dict(config, a="temp"):
        raise KeyError("inside")


error(raising)
print(config)
with patch.dict("os.environ", {"CIPY_MOCK_TEST": "1"}):
    print(os.environ["CIPY_MOCK_TEST"])
print("CIPY_MOCK_TEST" in os.environ)
pd = patch.dict(config, a=-1)
pd.start()
print(config)
pd.stop()
print(config, pd.stop())


@patch.dict(config, {"k": "v"})
class TestDict(unittest.TestCase):
    def test_it(self):
        print("in test", config)


r = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(TestDict).run(r)
print(r.testsRun, config)


class Settings:
    first = 1
    second = 2


with patch.multiple(Settings, first=10, second=DEFAULT) as made:
    print(Settings.first, sorted(made), type(made["second"]).__name__)
print(Settings.first, Settings.second)


@patch.multiple(Settings, first=DEFAULT, second=DEFAULT)
def multi(first, second):
    return type(first).__name__, type(second).__name__, Settings.first is first


print(multi())


@patch.multiple("os", getcwd=DEFAULT)
@patch("os.getpid")
def mixed(pid, getcwd):
    return type(pid).__name__, type(getcwd).__name__


print(mixed())
error(patch.multiple, Settings)
with patch.multiple(Settings, new_callable=list, first=DEFAULT) as made:
    print(made)
