# fields(), Field attributes and reprs that hold no addresses.
from dataclasses import dataclass, field, fields, Field, MISSING


@dataclass
class C:
    x: int
    y: str = field(default='a', repr=False, metadata={'unit': 'm'}, doc='why')
    z: list = field(default_factory=list, compare=False, hash=True)


for f in fields(C):
    print(f.name, f.type, f.default is MISSING, f.default_factory,
          f.init, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only, f.doc,
          f._field_type, type(f) is Field)
print(fields(C(1)) == fields(C), type(fields(C)))
print(fields(C)[1].metadata['unit'], type(fields(C)[0].metadata).__name__)
try:
    fields(C)[1].metadata['x'] = 1
except TypeError as e:
    print('TypeError:', e)
for bad in (1, int, 'x'):
    try:
        fields(bad)
    except TypeError as e:
        print('TypeError:', e)
print(C.__dataclass_params__)
print(repr(field(default=3)).replace(repr(MISSING), 'MISSING'))
print(type(MISSING).__name__, type(MISSING).__module__)
