# The module's names and sentinels.
import dataclasses

print(dataclasses.__all__)
print(type(dataclasses.MISSING).__name__, type(dataclasses.KW_ONLY).__name__)
print(dataclasses.FrozenInstanceError.__name__, dataclasses.Field.__name__)
print(dataclasses.InitVar.__name__, dataclasses.InitVar(int), dataclasses.InitVar[int].type)
print(dataclasses.field.__name__, dataclasses.dataclass.__name__)
print(sorted(n for n in dir(dataclasses.Field) if not n.startswith('__')))
