# Arguments of the wrong type to UUID and the generators.
import uuid

for kwargs in ({'int': 1.5}, {'int': '5'}, {'bytes': 'x' * 16},
               {'bytes': [0] * 16}, {'bytes_le': 'y' * 16}, {'fields': 5},
               {'fields': ('a', 2, 3, 4, 5, 6)}, {'hex': 123},
               {'int': 5, 'version': '4'}, {'int': 5, 'bogus': 1}):
    try:
        print(uuid.UUID(**kwargs))
    except Exception as e:
        print(type(e).__name__)
for call in (lambda: uuid.uuid1(node='x'), lambda: uuid.uuid8('a'),
             lambda: uuid.uuid4(1), lambda: uuid.uuid6(clock_seq='x'),
             lambda: uuid.uuid7(5)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__)
u = uuid.UUID(int=1.5)
print(type(u.int).__name__)
for name in ('hex', 'urn', 'bytes', 'variant', 'version', 'fields', 'time'):
    try:
        print(getattr(u, name))
    except Exception as e:
        print(name, type(e).__name__)
print(uuid.UUID(int=True).int, uuid.UUID(int=True, version=4))
