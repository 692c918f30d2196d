# cwd: tmp
import io
import mimetypes
import warnings

mimetypes.knownfiles = []
db = mimetypes.MimeTypes()
db.add_type('application/x-mine', '.mine')
db.add_type('application/x-mine', '.MYN')
db.add_type('text/x-loose', '.loose', strict=False)
db.add_type('text/html', '.mine')
db.add_type('', '.nothing')
print(db.guess_type('f.mine'), db.guess_type('f.myn'), db.guess_type('f.MYN'), db.guess_type('f.loose'),
      db.guess_type('f.loose', strict=False), db.guess_type('f.nothing'))
print(db.guess_all_extensions('application/x-mine'), db.guess_all_extensions('text/html'))
print(db.guess_extension('text/x-loose'), db.guess_extension('text/x-loose', False))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    db.add_type('text/x-undotted', 'und')
    mimetypes.add_type('text/x-undotted2', 'und2')
    for x in w:
        print(x.category.__name__, x.message)
print(db.guess_all_extensions('text/x-undotted'))
db.readfp(io.StringIO('# comment line\ntext/x-a  aa ab # trailing comment\n\n  \ntext/x-b\nimage/x-c cc#x dd\n'))
print(db.guess_type('f.aa'), db.guess_type('f.ab'), db.guess_type('f.cc#x'), db.guess_type('f.dd'),
      db.guess_all_extensions('text/x-b'))
with open('my.types', 'w') as f:
    f.write('application/x-file  fil FIL2\ntext/x-weird wrd\n')
db.read('my.types', strict=False)
print(db.guess_type('a.fil'), db.guess_type('a.fil', False), db.guess_type('a.fil2', False))
print(db.types_map[False].get('.fil'), db.types_map_inv[False].get('application/x-file'))
db2 = mimetypes.MimeTypes(['my.types'])
print(db2.guess_type('a.fil'), db2.guess_extension('text/x-weird'))
print(mimetypes.read_mime_types('my.types')['.wrd'], mimetypes.read_mime_types('missing.types'))
try:
    db.read('missing.types')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
mimetypes.add_type('image/x-global', '.glob')
print(mimetypes.guess_type('x.glob'), mimetypes.types_map['.glob'], mimetypes.inited)
mimetypes.init(['my.types'])
print(mimetypes.guess_type('x.glob'), mimetypes.guess_type('x.fil'))
mimetypes.init()
print(mimetypes.guess_type('x.fil'), mimetypes.guess_type('x.glob'))
print(db.suffix_map is mimetypes.suffix_map, db.read_windows_registry())
