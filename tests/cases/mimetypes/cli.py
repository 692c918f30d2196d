# args: -l a.html b.rtf c.unknown x.tar.gz
import sys
import mimetypes

mimetypes.knownfiles = []
print(mimetypes._main(sys.argv[1:]))
print(mimetypes._main(['-e', 'text/html', 'image/jpg', 'no/such']))
print(mimetypes._main(['--extension', '--lenient', 'image/jpg']))
print(mimetypes._main(['x.png', 'y']))
