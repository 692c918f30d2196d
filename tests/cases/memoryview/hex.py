def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(b'\x01\x23\x45\x67\x89\xab\xcd\xef')
show('plain', lambda: m.hex())
show('sep', lambda: m.hex(':'))
show('sep2', lambda: m.hex('-', 2))
show('sep-3', lambda: m.hex(' ', -3))
show('sep3', lambda: m.hex(' ', 3))
show('bytes sep', lambda: m.hex(b'|', 4))
show('kw', lambda: m.hex(sep='_', bytes_per_sep=1))
show('long sep', lambda: m.hex('ab'))
show('non-ascii', lambda: m.hex('\u00e9'))
show('int sep', lambda: m.hex(5))
show('reversed', lambda: m[::-1].hex())
show('cast', lambda: m.cast('i').hex())
show('empty', lambda: memoryview(b'').hex(':'))
