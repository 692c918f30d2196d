# Struct objects can be weakly referenced; the reference dies with them.
import struct
import weakref

s = struct.Struct('<i')
r = weakref.ref(s, lambda ref: print('callback'))
print(r() is s, r().size)
del s
print(r())


class Sub(struct.Struct):
    pass


t = Sub('h')
w = weakref.ref(t)
print(w() is t)
del t
print(w())
