# lib: mockshow
# dir() of mocks (with and without FILTER_DIR), deleted and set attributes.
from unittest import mock
from unittest.mock import Mock, MagicMock
from mockshow import show, error


class Spec:
    def alpha(self):
        pass

    beta = 2


m = Mock()
m.made
m.other = 1
names = dir(m)
print([n for n in names if not n.startswith("_")])
del m.made
print("made" in dir(m))
s = Mock(spec=Spec)
print([n for n in dir(s) if not n.startswith("_")])
mock.FILTER_DIR = False
unfiltered = dir(Mock())
print("_mock_children" in unfiltered, "assert_called" in unfiltered)
mock.FILTER_DIR = True
print("_mock_children" in dir(Mock()))
mm = MagicMock()
print("__len__" in dir(mm), "__iter__" in dir(type(mm)))
