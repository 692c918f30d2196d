# A zip archive on sys.path: imports from it and the zipimporter's methods.
import sys
import zipimport

here = __file__.rpartition("/")[0]
archive = here + "/lib.zip"
sys.path.insert(0, archive)
import plain
import pkg.inner.deep
print(plain.WHERE, pkg.inner.deep.WHERE)
print(plain.__file__ == archive + "/plain.pyc", plain.__cached__ == plain.__file__)
z = plain.__loader__
print(type(z).__name__, z.archive == archive, repr(z.prefix))
print(z.is_package("pkg"), z.is_package("plain"))
print(z.get_source("plain"), z.get_filename("plain") == plain.__file__)
print(z.get_data("blob.bin"), z.get_data(archive + "/blob.bin"))
print(z.find_spec("nothing"), z.find_spec("plain").name, z.find_spec("pkg").submodule_search_locations == [archive + "/pkg"])
print(type(z.get_code("plain")).__name__)
for call in [lambda: z.get_data("missing.bin"), lambda: z.is_package("nothing"), lambda: z.get_code("nothing"),
             lambda: z.get_source("nothing")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", None))
sub = zipimport.zipimporter(archive + "/sub")
print(repr(sub.prefix), sub.archive == archive, sub.find_spec("deeper") is not None)
print(repr(sub) == '<zipimporter object "%s/sub/">' % archive)
for bad in [here + "/main.pyc", here, "", here + "/nothere.zip", here + "/nothere/x"]:
    try:
        zipimport.zipimporter(bad)
    except zipimport.ZipImportError as e:
        print("ZipImportError", str(e).replace(here, "HERE"), e.path == bad)
print(issubclass(zipimport.ZipImportError, ImportError), sys.path_hooks[0] is zipimport.zipimporter)
import deeperns.x
print(deeperns.x.V, list(deeperns.__path__) == [archive + "/deeperns"])
z.invalidate_caches()
print(z.is_package("pkg"))
