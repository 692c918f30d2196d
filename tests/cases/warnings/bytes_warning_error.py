# options: -bb
# -bb: the same warnings are errors
for f in (lambda: b'a' == 'a', lambda: str(b'x'), lambda: bytearray(b'y') != 'y', lambda: b'a' == 97,
          lambda: b'a' == b'a', lambda: f"{b'z'}", lambda: repr(b'r')):
    try:
        print(f())
    except BytesWarning as e:
        print("error:", e)
print(b'a' == 'a')
