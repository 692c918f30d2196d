# lib: mockshow
# spec and spec_set: allowed attributes, isinstance, reprs, errors, mock_add_spec.
from unittest.mock import Mock, MagicMock, NonCallableMock
from mockshow import show, error


class Thing:
    klass_attr = 1

    def method(self, a, b=2):
        return a

    def __len__(self):
        return 0


s = Mock(spec=Thing)
show(s, s.method, s.klass_attr)
print(isinstance(s, Thing), s.__class__ is Thing, type(s) is Thing)
error(lambda: s.missing)
s.new_attr = 5
print(s.new_attr)
ss = Mock(spec_set=Thing)
show(ss)
error(setattr, ss, "missing", 1)
ss.method = 3
print(ss.method)
error(lambda: ss.other)
names = Mock(spec=["alpha", "beta"])
show(names, names.alpha)
error(lambda: names.gamma)
print(isinstance(names, list))
lst = Mock(spec_set=["x"])
error(setattr, lst, "y", 1)
inst = Mock(spec=Thing())
show(inst)
print(isinstance(inst, Thing))
error(Mock, spec=Mock())
m = Mock()
m.mock_add_spec(["only"])
show(m.only)
error(lambda: m.other)
m.mock_add_spec(Thing, spec_set=True)
error(setattr, m, "zzz", 1)
mm = MagicMock(spec=Thing)
print(len(mm))
error(iter, mm)
m.__class__ = int
print(isinstance(m, int))
nc = NonCallableMock(spec=Thing)
error(nc)
sig_checked = Mock(spec=Thing.method)
sig_checked(1, 2, 3)
print(sig_checked.call_args)
print(sorted(n for n in dir(Mock(spec=Thing)) if not n.startswith("_"))[:8])
print("method" in dir(s), "assert_called" in dir(Mock()))
