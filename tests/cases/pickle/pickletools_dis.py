# pickletools.dis of pickles of every protocol: the listing, the MARK and
# memo annotations, indentation, annotate, and the sanity-check errors.
import io
import pickle
import pickletools

obj = [1, -1, 255, 256, 65536, -2**31, 2**31, 2**70, -2**70, 0, 1.5, -0.0,
       'a', 'caf\u00e9', '\U0001f600', 'back\\slash\nnewline', b'by', b'',
       bytearray(b'ba'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
       {}, {'k': 'v'}, {1: 2, 3: 4}, set(), {5}, frozenset(), frozenset({6}),
       None, True, False, [[]], ['shared'] * 2]
for proto in range(6):
    print('--- protocol', proto)
    pickletools.dis(pickle.dumps(obj, proto))

pickletools.dis(pickle.dumps({'a': [1, (2, 3)]}, 4), annotate=1)
pickletools.dis(pickle.dumps({'a': [1, (2, 3)]}, 2), annotate=30)
pickletools.dis(pickle.dumps([[1, [2]]], 1), indentlevel=2)
out = io.StringIO()
pickletools.dis(pickle.dumps((1, 'x'), 0), out)
print(out.getvalue().upper())
memo = {}
p = pickle.Pickler(io.BytesIO(), 2)
pickletools.dis(io.BytesIO(b'\x80\x02]q\x00h\x00\x86q\x01.'), memo=memo)
print(sorted(memo))
pickletools.dis(b'S"py2"\nT\x03\x00\x00\x00abcU\x01x\x87.')
try:
    pickletools.dis(b'L5L\nI01\nI00\nF2.5\n\x86\x86.')
except ValueError as e:
    print(e)

for bad in [b'', b'N', b'NN.', b'(.', b')1.', b'e.', b'h\x00.', b'(q\x00.',
            b'q\x00.', b'0.', b'\xff', b'\x8c\x05ab', b'K', b'X\x01\x00\x00\x00\xff.',
            b'S"x\n.', b'Sx\n.', b'I\n.', b'Fx\n.', b'\x8b\xff\xff\xff\xff.',
            b'\x8a\x05\x01.', b'T\xff\xff\xff\xff.']:
    out = io.StringIO()
    try:
        pickletools.dis(bad, out)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
    print(out.getvalue(), end='')

ops = list(pickletools.genops(pickle.dumps([1, 'ab', None], 4)))
for op, arg, pos in ops:
    print(op.name, op.code, op.proto, repr(arg), pos, op.arg and op.arg.name,
          op.stack_before, op.stack_after)
print(len(pickletools.opcodes), pickletools.code2op['('].name)
for op, arg, pos in pickletools.genops(io.BytesIO(b'K\x01.')):
    print(op.name, arg, pos)
