for f in [lambda: [1]+1, lambda: 'a'+1, lambda: (1,)+[2], lambda: [1]*1.5, lambda: b'a'+'b', lambda: 1.5*'a', lambda: bytearray(b'a') + 'x']:
    try: f()
    except TypeError as x: print(x)
