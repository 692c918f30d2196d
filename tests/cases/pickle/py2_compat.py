# Pickles for and from Python 2: fix_imports renames modules and names
# both ways below protocol 3; encoding/errors decode Python 2 str.
import collections
import functools
import pickle

objs = [range(3), int, str, ValueError('v'), OSError(2, 'no'),
        ConnectionError('c'), collections.UserDict({'a': 1}), chr, zip, map, filter,
        collections.OrderedDict, {1, 2}, b'bytes']
for proto in (0, 1, 2):
    for fix in (True, False):
        for obj in objs:
            s = pickle.dumps(obj, proto, fix_imports=fix)
            print(proto, fix, s)
            r = pickle.loads(s, fix_imports=fix)
            print(type(r).__name__, r == obj or r is obj or repr(r) == repr(obj))
# a Python 2 pickle of an old-style instance, a unicode and a str
py2 = (b"(dp0\nS'name'\np1\nS'caf\\xc3\\xa9'\np2\nsVuni\np3\nV\\u20ac\np4\n"
       b"sS'xr'\np5\nc__builtin__\nxrange\np6\n(I0\nI5\nI1\ntp7\nRp8\ns.")
for enc in ['ASCII', 'utf-8', 'latin1', 'bytes']:
    try:
        print(enc, pickle.loads(py2, encoding=enc))
    except Exception as e:
        print(enc, type(e).__name__, e)
print(pickle.loads(b"\x80\x02cexceptions\nStandardError\nq\x00U\x01x\x85Rq\x01.", encoding='latin1'))
print(pickle.loads(b"\x80\x02ccopy_reg\n_reconstructor\nq\x00c__main__\nobject\nq\x01h\x01N\x87Rq\x02.") if False else 'skip')
print(pickle.loads(b"cUserDict\nUserDict\n(tR(dS'data'\n(dsb."))
