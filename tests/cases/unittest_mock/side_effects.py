# lib: mockshow
# side_effect: exceptions (classes and instances), iterables, functions, DEFAULT.
from unittest.mock import Mock, MagicMock, DEFAULT
from mockshow import show, error

m = Mock(side_effect=ValueError("bad"))
error(m)
m.side_effect = KeyError
error(m, "arg")
m.side_effect = [1, 2, IndexError("third"), 4]
print(m(), m())
error(m)
print(m())
error(m)
m.side_effect = iter("ab")
print(m(), m())
m.side_effect = lambda x, y=0: x + y
print(m(1), m(1, y=2))
m.side_effect = lambda *a: DEFAULT
m.return_value = "from return_value"
print(m())
m.side_effect = None
print(m())
called = []
m2 = Mock(side_effect=called.append, return_value=5)
print(m2("x"), called)
m3 = Mock(side_effect=5)
error(m3)
w = Mock(wraps=lambda a, b: a * b)
print(w(3, 4), w.call_args)
w.return_value = "no longer wrapped"
print(w(3, 4))


class Real:
    def method(self, x):
        return x + 100

    attr = "real attr"


rw = Mock(wraps=Real())
print(rw.method(1), rw.method.call_args)
show(rw.attr)
error(lambda: rw.missing)
mm = MagicMock()
mm.__getitem__.side_effect = [10, 20]
print(mm[0], mm["k"])
error(lambda: mm[1])
