# Protocol 5: PickleBuffer in band and out of band (buffer_callback /
# buffers=), read-only views, and the errors around them.
import pickle

data = bytearray(b'mutable bytes')
ro = b'read only'
for proto in range(6):
    try:
        print(proto, pickle.dumps(pickle.PickleBuffer(data), proto))
    except pickle.PicklingError as e:
        print(proto, 'PicklingError', e)

pb = pickle.PickleBuffer(ro)
s = pickle.dumps([pickle.PickleBuffer(data), pb], 5)
print(s)
r = pickle.loads(s)
print(type(r[0]).__name__, r[0], type(r[1]).__name__, r[1])

collected = []
s = pickle.dumps([pickle.PickleBuffer(data), pickle.PickleBuffer(ro), 7], 5,
                 buffer_callback=collected.append)
print(s, len(collected))
r = pickle.loads(s, buffers=collected)
print(bytes(r[0]), memoryview(r[0]).readonly, bytes(r[1]), memoryview(r[1]).readonly, r[2])
r = pickle.loads(s, buffers=[bytearray(b'one'), b'two'])
print(r[0], bytes(r[1]))
for kw in [{}, {'buffers': []}, {'buffers': [b'only one']}]:
    try:
        pickle.loads(s, **kw)
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)

# a callback answering True keeps the buffer in band
s = pickle.dumps(pickle.PickleBuffer(data), 5, buffer_callback=lambda b: True)
print(s, pickle.loads(s))

b = pickle.PickleBuffer(b'abc')
with b.raw() as m:
    print(m.tobytes(), m.format, m.readonly)
print(bytes(memoryview(b)))
b.release()
try:
    b.raw()
except ValueError as e:
    print(e)
try:
    pickle.PickleBuffer(5)
except TypeError as e:
    print(e)
try:
    pickle.dumps(b'', 4, buffer_callback=print)
except ValueError as e:
    print(e)
