import array, warnings
warnings.simplefilter("ignore")
for code in "uw":
    a = array.array(code, 'abc')
    memoryview(a).cast('B')[4:8] = b'\xff\xff\xff\x7f'
    for f in (lambda: a[1], lambda: a[0], lambda: repr(a), lambda: a.tounicode(), lambda: a.tolist(), lambda: list(a), lambda: a == array.array(code, 'abc'), lambda: 'a' in a, lambda: a.pop(1)):
        try: print(code, repr(f()))
        except Exception as e: print(code, type(e).__name__, e)
s = array.array('w', 'x\ud800')
print(repr(s[1]), s.tobytes())
for f in (lambda: s.tounicode(), lambda: repr(s), lambda: array.array('w', s)):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
