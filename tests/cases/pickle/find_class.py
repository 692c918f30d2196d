# Restricting what a pickle may load: a find_class override (the
# documented safe unpickler), and find_class's own lookups.
import builtins
import io
import pickle

SAFE = {'range', 'complex', 'set', 'frozenset', 'slice'}


class RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in SAFE:
            return getattr(builtins, name)
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")


def restricted_loads(s):
    return RestrictedUnpickler(io.BytesIO(s)).load()


for data in [pickle.dumps([1, 2, range(10)]),
             pickle.dumps({1, 2}, 2),
             b"cos\nsystem\n(S'echo hello world'\ntR.",
             pickle.dumps(print),
             pickle.dumps(complex(1, 2), 0)]:
    try:
        print(restricted_loads(data))
    except pickle.UnpicklingError as e:
        print('UnpicklingError:', e)

u = pickle.Unpickler(io.BytesIO(b''))
print(u.find_class('builtins', 'len'), u.find_class('collections', 'OrderedDict'))
print(u.find_class('os.path', 'join').__name__)
for args in [('builtins', 'nope'), ('no_such_module_x', 'y'), ('builtins', 'int.real')]:
    try:
        print(u.find_class(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(b'\x80\x04\x8c\x08builtins\x8c\x0eint.from_bytes\x93.'))
try:
    pickle.loads(b'\x80\x04\x8c\x08builtins\x8c\x10int.nothing.here\x93.')
except AttributeError as e:
    print(e)
# Python 2 names are mapped for protocols below 3
print(pickle.loads(b'\x80\x02c__builtin__\nxrange\ncexceptions\nValueError\n\x86.'))
print(pickle.loads(b'c__builtin__\nxrange\n.'), pickle.loads(b'\x80\x03c__builtin__\nlen\n.', fix_imports=True) if False else '')
for data, fix in [(b'\x80\x02c__builtin__\nxrange\n.', False), (b'\x80\x03c__builtin__\nxrange\n.', True)]:
    try:
        pickle.loads(data, fix_imports=fix)
    except ImportError as e:
        print(type(e).__name__, e)
# the audit hook sees each lookup
import sys
seen = []
sys.addaudithook(lambda event, args: seen.append(args) if event == 'pickle.find_class' else None)
pickle.loads(pickle.dumps([len, range], 2))
print(seen)
