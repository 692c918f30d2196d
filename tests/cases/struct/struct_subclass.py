# Struct can be subclassed; the repr names the subclass.
import struct


class Point(struct.Struct):
    def __init__(self):
        super().__init__('<2i')

    def read(self, data):
        x, y = self.unpack(data)
        return {'x': x, 'y': y}


p = Point()
print(repr(p), p.size, p.read(p.pack(3, -4)), isinstance(p, struct.Struct))


class Named(struct.Struct):
    extra = 'yes'


n = Named('>h')
print(repr(n), n.extra, n.pack(258))
n.note = 'attributes work'
print(n.note)
