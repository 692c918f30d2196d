# os.environb and getenvb; the two views share one environment.
import os

os.environb[b'CIPY_EB'] = b'bytes \xff'
print(os.environb[b'CIPY_EB'], ascii(os.environ['CIPY_EB']))
os.environ['CIPY_ES'] = 'str \udcfe'
print(os.environb[b'CIPY_ES'], os.getenvb(b'CIPY_ES'))
print(len(os.environ) == len(os.environb), sorted(k for k in os.environb if k.startswith(b'CIPY_E')))
del os.environb[b'CIPY_EB']
print(os.environ.get('CIPY_EB'))
for action in [lambda: os.environb.__setitem__(b'K', 'v'), lambda: os.environb[b'CIPY_NOPE'],
               lambda: os.getenvb('str'), lambda: os.getenv(b'bytes'), lambda: os.environ.get(1)]:
    try:
        print(action())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(type(os.environb).__name__, repr(os.environb)[:10])
