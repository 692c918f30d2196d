from _operator import _compare_digest as cd
import operator
for a in [('a', 'a'), ('a', 'b'), (b'a', b'a'), (b'ab', b'a'), (bytearray(b'x'), b'x'), ('a', b'a'), (b'a', 'a'), (1, 1),
          ('é', 'é'), ('', ''), ('abc', 'abd'), (b'', b'x'), ([], b'')]:
    try: print(a, cd(*a))
    except Exception as e: print(a, type(e).__name__, e)
print(hasattr(operator, '_compare_digest'), cd.__text_signature__, cd.__doc__.splitlines()[0])
try: cd('a')
except TypeError as e: print(e)
