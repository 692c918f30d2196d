# cwd: tmp
import mimetypes

mimetypes.knownfiles = []
a = mimetypes.MimeTypes()
b = mimetypes.MimeTypes(strict=False)
print(a.types_map[True] == b.types_map[True], a.types_map[True] is not b.types_map[True])
print(len(a.types_map[True]), len(a.types_map[False]), len(a.types_map_inv[True]), len(a.types_map_inv[False]))
print(a.suffix_map == mimetypes.suffix_map, a.suffix_map is mimetypes._suffix_map_default)
a.suffix_map['.foo'] = '.tar.gz'
a.encodings_map['.zz'] = 'zzip'
print(a.guess_type('x.foo'), a.guess_type('x.txt.zz'), b.guess_type('x.foo'))
print(list(a.types_map_inv[True].items())[:6])
with open('t.types', 'w') as f:
    f.write('text/x-one one\ntext/html htmx\n')
c = mimetypes.MimeTypes(['t.types'], strict=False)
print(c.guess_type('x.one'), c.guess_type('x.one', False), c.guess_all_extensions('text/html', False))
print(mimetypes.inited, mimetypes._db is not None)
mimetypes.init(['t.types'])
print(mimetypes.guess_type('y.htmx'), mimetypes.guess_extension('text/x-one'), mimetypes.types_map is mimetypes._db.types_map[True])
print(mimetypes.read_mime_types('t.types') == dict(mimetypes.MimeTypes(['t.types']).types_map[True]))
