# lib: mockshow
# MagicMock's magic methods and their defaults; configuring them.
from unittest.mock import MagicMock, NonCallableMagicMock, Mock
from mockshow import show, error
import os

mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), complex(mm), 3 in mm)
print(mm == mm, mm == MagicMock(), mm != mm, mm != 3)
print(hash(mm) == object.__hash__(mm), str(mm) == object.__str__(mm))
print(mm.__lt__(1), mm.__index__(), [0, 1][mm], round(mm) is not None)
with mm as entered:
    show(entered, entered is mm.__enter__.return_value)
print(mm.__exit__.return_value)
show(mm[1], mm + 1, mm - 1, abs(mm), -mm, ~mm)
mm[2] = 5
del mm[2]
print(mm.__setitem__.call_args, mm.__delitem__.call_args)
mm.__len__.return_value = 3
mm.__iter__.return_value = iter([1, 2])
mm.__contains__.return_value = True
mm.__eq__.return_value = "eq!"
mm.__str__.return_value = "as text"
print(len(mm), list(mm), list(mm), 9 in mm, mm == 1, str(mm))
mm.__bool__.return_value = False
print(bool(mm), not mm)
print(mm.mock_calls[-3:])
mm.__int__ = lambda self: 42
print(int(mm))
print(os.fspath(mm).startswith("MagicMock/mock/"))
error(setattr, mm, "__getattr__", lambda self, n: 1)
error(setattr, mm, "__new__", None)
error(lambda: mm.__unknown_dunder__)
plain = Mock()
error(len, plain)
plain.__len__ = lambda self: 7
print(len(plain))
plain.__iter__ = Mock(return_value=iter([5]))
print(list(plain))
del plain.__len__
error(len, plain)
nc = NonCallableMagicMock()
print(len(nc), list(nc))
error(nc)
m2 = MagicMock()
m2.__iadd__.return_value = "added"
m2 += 1
print(m2)
limited = MagicMock(spec=["__len__", "keys"])
print(len(limited))
error(iter, limited)
