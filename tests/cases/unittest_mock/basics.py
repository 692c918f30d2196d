# lib: mockshow
# Mock: child attributes, return values, reprs with names, calls recorded.
from unittest.mock import Mock, NonCallableMock, call
from mockshow import show, error

m = Mock()
show(m, m.a, m.a.b, m(), m.a(), m.a().b, m()())
print(m.a is m.a, m() is m.return_value, m.a.b is m.a.b)
named = Mock(name="db")
show(named, named.cursor, named.cursor().execute)
m2 = Mock(return_value=3)
print(m2(), m2("x"), m2.call_count, m2.called)
m2.return_value = "changed"
print(m2())
m3 = Mock(attr=1, **{"method.return_value": 2, "other.side_effect": KeyError})
print(m3.attr, m3.method())
error(m3.other)
m3.configure_mock(attr=5, **{"deep.er.return_value": "d"})
print(m3.attr, m3.deep.er())
nc = NonCallableMock()
show(nc, nc.child, nc.child())
error(nc)
m.a.x = 10
print(m.a.x)
del m.a.x
error(lambda: m.a.x)
del m.gone
error(lambda: m.gone)
error(lambda: delattr(m, "gone"))
m4 = Mock()
m4.child = Mock(name="ignored")
show(m4.child)
child = Mock()
m4.attach_mock(child, "attached")
child(1)
print(m4.mock_calls, m4.method_calls)
show(Mock(spec=[]).__class__, type(Mock()).__name__, type(Mock()) is Mock)
print(issubclass(type(Mock()), Mock), isinstance(Mock(), Mock))
