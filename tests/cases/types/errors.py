# types: the errors of the class-making helpers and coroutine().
import types

class BadEntry:
    def __mro_entries__(self, bases): return [int]

class M1(type): pass
class M2(type): pass
A1 = M1("A1", (), {})
A2 = M2("A2", (), {})

cases = [
    lambda: types.resolve_bases((BadEntry(),)),
    lambda: types.resolve_bases(5),
    lambda: types.prepare_class("X", (A1, A2)),
    lambda: types.new_class("X", (A1, A2)),
    lambda: types.new_class("X", (), {"metaclass": 5}),
    lambda: types.new_class("X", (1,)),
    lambda: types.new_class("X", (), {"unknown": 1}),
    lambda: types.new_class("X", (), None, 5),
    lambda: types.prepare_class("X", (), [("a", 1)]),
    lambda: types.prepare_class("X", (), 5),
    lambda: types.get_original_bases(5),
    lambda: types.get_original_bases("str"),
    lambda: types.get_original_bases(),
    lambda: types.coroutine(5),
    lambda: types.coroutine(None),
    lambda: types.new_class(),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, e)
