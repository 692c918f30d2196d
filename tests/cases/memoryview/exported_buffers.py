def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(b'abc')
x = m.__buffer__(0)
show('release with export', lambda: m.release())
show('release_buffer other', lambda: m.__release_buffer__(memoryview(b'zz')))
show('release_buffer bad type', lambda: m.__release_buffer__(5))
m.__release_buffer__(x)
show('x released', lambda: x.tobytes())
m.release()
print('ok')
show('flags str', lambda: b'ab'.__buffer__('x'))
show('flags writable', lambda: b'ab'.__buffer__(1))
show('flags huge', lambda: b'ab'.__buffer__(1 << 40))
show('flags -1', lambda: b'ab'.__buffer__(-1))
show('bytearray writable', lambda: bytearray(b'ab').__buffer__(1).readonly)
show('mv writable', lambda: memoryview(b'ab').__buffer__(1))
show('mv plain', lambda: memoryview(b'ab').__buffer__(0).tobytes())
