# lib: mockshow
# create_autospec and autospec=True: signatures checked, classes and instances.
from unittest import mock
from unittest.mock import create_autospec, patch, call
from mockshow import show, error


def function(a, b, *, c=3):
    return a


class Klass:
    attr = 5

    def __init__(self, x):
        self.x = x

    def method(self, y):
        return y

    @classmethod
    def cmethod(cls, z):
        return z

    @staticmethod
    def smethod(w):
        return w


f = create_autospec(function, return_value="r")
print(f(1, 2), f(1, b=2, c=4))
error(f, 1)
error(f, 1, 2, 3)
error(f, 1, 2, d=4)
print(f.call_args_list, f.call_count, f.called)
f.assert_called_with(1, b=2, c=4)
f.assert_any_call(1, 2)
error(f.assert_called_with, 9, 9)
error(f.assert_not_called)
print(type(f).__name__, f.__name__)
show(f.mock)
k = create_autospec(Klass)
inst = k(1)
print(inst.method(2) is not None, k.call_args)
error(k)
error(inst.method)
error(inst.method, 1, 2)
inst.cmethod(1)
error(inst.cmethod)
inst.smethod(1)
error(inst.smethod, 1, 2)
show(inst.attr, k.attr)
error(lambda: inst.nope)
print(inst.method.call_args, k.mock_calls)
i2 = create_autospec(Klass, instance=True)
error(i2)
i2.method(5)
i2.method.assert_called_once_with(5)
show(i2)
ss = create_autospec(Klass, spec_set=True)
error(setattr, ss, "nothing", 1)
with patch("__main__.function", autospec=True) as pf:
    function(1, 2)
    error(function)
    pf.assert_called_once_with(1, 2)
error(create_autospec, mock.Mock())
error(create_autospec, function, autospect=True)
print(mock.create_autospec(5)._spec_class)
