# lib: mockshow
# Names of deep chains of attributes and return values, in reprs and mock_calls.
from unittest.mock import Mock, MagicMock, call
from mockshow import show

m = Mock()
show(m.a.b.c, m.a().b().c(), m()()(), m.a.return_value.b)
n = Mock(name="root")
show(n.x()(), n().y, n.return_value.return_value.z)
n.x(1)(2).y(3)
print(n.mock_calls)
print(n.method_calls)
print(n.x.mock_calls)
print(n.x.return_value.mock_calls)
mm = MagicMock(name="mm")
mm[1].attr(2)
len(mm)
print(mm.mock_calls)
show(mm.__getitem__.return_value.attr)
parent = Mock()
child = Mock(name="named_child")
parent.kid = child
show(parent.kid)
parent.kid()
print(parent.mock_calls)
free = Mock()
parent.free = free
free(1)
print(parent.mock_calls, parent.method_calls)
