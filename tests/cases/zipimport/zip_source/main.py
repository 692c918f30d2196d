# A zip archive holding only .py sources: zipimport compiles them.
import sys
here = __file__.rpartition("/")[0]
archive = here + "/src.zip"
sys.path.insert(0, archive)

import srcmod
print(srcmod.VALUE, srcmod.where())
print(srcmod.__file__ == archive + '/srcmod.py', srcmod.__spec__.origin == srcmod.__file__)
import srcpkg
print(srcpkg.NAME, srcpkg.part.DOUBLE, srcpkg.__path__ == [archive + '/srcpkg'])
code = srcmod.__loader__.get_code('srcmod')
print(type(code).__name__, code.co_filename == archive + '/srcmod.py')
print(srcmod.__loader__.get_source('srcmod'))
try:
    import broken
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.filename == archive + '/broken.py')
import both
print(both.FROM)
