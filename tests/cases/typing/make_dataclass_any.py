# make_dataclass annotates fields given by name alone with typing.Any.
import dataclasses
import sys
print('typing' in sys.modules)
P = dataclasses.make_dataclass('P', ['x', ('y', int), ('z', 'str', dataclasses.field(default='a'))])
print(P.__annotations__, P(1, 2), [f.type for f in dataclasses.fields(P)][1:])
import typing
print(P.__annotations__['x'] is typing.Any)
