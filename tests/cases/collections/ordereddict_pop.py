# OrderedDict.pop and setdefault take their arguments by keyword too.
from collections import OrderedDict as O
print(repr(O.pop.__doc__)); print(repr(O.setdefault.__doc__))
o=O(a=1); print(o.pop(key='a'), o.setdefault(key='b', default=2), o)
try: o.pop()
except TypeError as e: print(e)
try: o.pop('zz')
except KeyError as e: print(e)
try: o.setdefault()
except TypeError as e: print(e)
print(O.pop.__text_signature__, O.setdefault.__text_signature__)
