def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(b'a')
r = repr(m)
print(r.startswith('<memory at 0x'), r.endswith('>'))
m.release()
r = repr(m)
print(r.startswith('<released memory at 0x'))
print(str(memoryview(b'')) .startswith('<memory at '))
