# lib: mockshow
# call_args, call_args_list, mock_calls, method_calls and the call object.
from unittest.mock import Mock, call, ANY
from mockshow import show, error

m = Mock()
m(1, 2, key="v")
m.method(3)
m.method.nested(a=4)
m()(5)
m.method().chained(6)
print(m.call_args)
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.method.mock_calls)
ca = m.call_args
print(ca.args, ca.kwargs, ca[0], ca[1], len(ca))
print(ca == call(1, 2, key="v"), ca == ((1, 2), {"key": "v"}), ca == (1, 2))
print(call(1) == call(1), call(1) == call(2), call(1) != call(2))
print(call.foo(1) == call.foo(1), call.foo(1) == call.bar(1))
print(call(1, ANY) == call(1, object()), [call(ANY)] == [call(7)])
print(repr(call), repr(call.a), repr(call.a.b(1)), repr(call()(2)), repr(call(1).x))
print(call(1).call_list())
print(call.a(1).b(2)(3).call_list())
print(m.mock_calls == [call(1, 2, key="v"), call.method(3), call.method.nested(a=4),
                       call(), call()(5), call.method(), call.method().chained(6)])
print(call.count(1), call.index)
print(call(x=1) == ("", (), {"x": 1}), call == (), call(1) == ((1,),))
print(call("name") == call("name"))
print(m.mock_calls[1] == ("method", (3,), {}), m.mock_calls[1] == ("method", (3,)))
print(ca == 1)
