# mimetypes reads the mime.types files of knownfiles that exist, as CPython does
import mimetypes

db = mimetypes.MimeTypes()
for n in ['a.html', 'a.deb', 'a.odt', 'a.pl', 'a.xyzw', 'a.ogg', 'a.flac', 'a.yaml', 'a.rar', 'a.mkv']:
    print(n, mimetypes.guess_type(n), db.guess_type(n))
print(mimetypes.guess_all_extensions('text/plain'), mimetypes.guess_extension('application/x-debian-package'))
print(len(mimetypes.types_map) > 100, mimetypes.knownfiles)
