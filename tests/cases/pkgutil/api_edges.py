# pkgutil's smaller functions: __all__, ModuleInfo, read_code, resolve_name errors, get_importer caching.
import io
import pkgutil
import sys

print(pkgutil.__all__, pkgutil.__doc__)
info = pkgutil.ModuleInfo(None, 'm', False)
print(info, info._replace(name='n'), info._asdict(), pkgutil.ModuleInfo._make([1, 2, 3]), info.name)
try:
    info._replace(bad=1)
except TypeError as exc:
    print('TypeError', exc)
print(pkgutil.read_code(io.BytesIO(b'abcd' + b'\0' * 20)))
for name in ('', 'a..b', 'os:', 'os:path.join', 'os.path.join', '9x', 'os:9', 'os.nope_xyz', 'nope_xyz_mod', 3):
    try:
        r = pkgutil.resolve_name(name)
        print(repr(name), getattr(r, '__name__', r))
    except Exception as exc:
        print(repr(name), type(exc).__name__, exc)
sys.path_importer_cache.pop('/nonexistent-dir-xyz', None)
first = pkgutil.get_importer('/nonexistent-dir-xyz')
print(type(first).__name__, pkgutil.get_importer('/nonexistent-dir-xyz') is first,
      '/nonexistent-dir-xyz' in sys.path_importer_cache)
print(pkgutil.extend_path('not a list', 'x'), pkgutil.extend_path(['a'], 'no_such_pkg_xyz'))
try:
    list(pkgutil.iter_modules('a string'))
except ValueError as exc:
    print('ValueError', exc)
try:
    list(pkgutil.iter_importers('.rel'))
except ImportError as exc:
    print('ImportError', exc)
print(pkgutil.get_data('os', 'x'), pkgutil.get_data('no_such_pkg_xyz', 'x') if False else None)
