# Counter's counting loop: unhashable elements, and subclasses whose own
# __setitem__, get or __delitem__ must (or need not) be called.
import collections

for data in ([[1]], iter([1, {}]), [1, 2, set()]):
    try:
        collections.Counter(data)
    except TypeError as e:
        print('TypeError', e)
c = collections.Counter('abc')
try:
    c.update([[1]])
except TypeError as e:
    print('TypeError', e, c)

class Loud(collections.Counter):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)

class Getter(collections.Counter):
    def get(self, key, default=None):
        print('get', key, default)
        return super().get(key, default)

class Quiet(collections.Counter):
    def __delitem__(self, key):
        print('del', key)
        super().__delitem__(key)

print(Loud('aab'))
print(Getter('xy'))
q = Quiet('hello')
print(q)
del q['h']
print(q)
