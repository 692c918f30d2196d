# lib: mockshow
# mock_open reading and writing; seal; PropertyMock; sentinel, ANY, DEFAULT.
from unittest import mock
from unittest.mock import mock_open, patch, seal, Mock, PropertyMock, sentinel, ANY, DEFAULT, call
from mockshow import show, error

m = mock_open(read_data="first\nsecond\nthird")
with patch("builtins.open", m):
    with open("data.txt") as fh:
        print(repr(fh.read()))
    with open("data.txt") as fh:
        print(repr(fh.readline()), repr(fh.readline()))
        print(fh.readlines())
    with open("data.txt") as fh:
        print([line for line in fh])
    with open("out.txt", "w") as fh:
        fh.write("written")
print(m.call_args_list)
handle = m()
print(handle.write.call_args)
print(m.mock_calls[:4])
mb = mock_open(read_data=b"\x00bytes")
with patch("builtins.open", mb):
    with open("b", "rb") as fh:
        print(fh.read())
m2 = mock_open()
with patch("builtins.open", m2):
    with open("x") as fh:
        print(repr(fh.read()))
m3 = mock_open(read_data="abc")
m3.return_value.read.return_value = "configured"
with patch("builtins.open", m3):
    print(open("y").read())
s = Mock()
s.existing.method.return_value = 1
seal(s)
print(s.existing.method())
error(lambda: s.new_attribute)
error(lambda: s.existing.other)
error(setattr, s, "added", 1)
error(s.existing)
s.existing.method = 5
print(s.existing.method)


class Config:
    pass


prop = PropertyMock(return_value="prop value")
type(cfg := Mock()).setting = prop
print(cfg.setting)
cfg.setting = "set"
print(prop.mock_calls)
with patch.object(Config, "value", new_callable=PropertyMock, create=True) as pv:
    pv.return_value = 3
    print(Config().value)
print(sentinel.one, sentinel.one is sentinel.one, sentinel.one is sentinel.two, DEFAULT)
print(repr(ANY), ANY == object(), ANY != 1, [1, ANY] == [1, 2])
mm = Mock()
mm(1, {"k": "v"})
mm.assert_called_with(1, ANY)
mm.assert_called_with(ANY, {"k": ANY})
print(call(ANY) == call(3), sentinel.x.name)
