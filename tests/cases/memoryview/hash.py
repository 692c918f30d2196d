def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

show('bytes hash', lambda: hash(memoryview(b'abc')) == hash(b'abc'))
show('slice hash', lambda: hash(memoryview(b'abcd')[::2]) == hash(b'ac'))
show('c hash', lambda: hash(memoryview(b'ab').cast('c')) == hash(b'ab'))
show('writable', lambda: hash(memoryview(bytearray(b'ab'))))
show('readonly copy', lambda: hash(memoryview(bytearray(b'ab')).toreadonly()) == hash(b'ab'))
show('int format', lambda: hash(memoryview(b'abcd').cast('i')))
show('2d', lambda: hash(memoryview(b'abcd').cast('B', [2, 2])) == hash(b'abcd'))
d = {memoryview(b'key'): 1}
show('dict lookup', lambda: d[b'key'])
