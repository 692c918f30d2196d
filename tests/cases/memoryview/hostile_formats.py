def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(bytes(16))
for fmt in ['', '@', '@@B', 'Bx', 'x', 's', 'p', '3B', 'B\x00', '\u00e9', 'O', 'u', 'w', 'Z', '!', '<B', '>h', '\x00', 'b' * 100]:
    show(repr(fmt), lambda: m.cast(fmt).format)
show('None', lambda: m.cast(None))
show('bytes', lambda: m.cast(b'B'))
