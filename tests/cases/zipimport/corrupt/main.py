# Broken zip archives: zipimport's errors as CPython's.  Each archive
# beside this file was made from good.zip (one deflated member m.pyc,
# written by zipfile): truncated = its first half; badlocal = the local
# header's signature overwritten; badoffset / badsize = the end record's
# central directory offset / size set to 10**6; badcentral = the central
# entry's signature overwritten; corrupt_data = 20 bytes of the deflated
# data zeroed; badmagic = a stored m.pyc whose magic number is overwritten;
# bigdata = the entry's compressed size set to 10**7; bzip = the entry's
# method set to 12 (the data still deflated); empty = an end record alone.
import sys
import zipimport

here = __file__.rpartition("/")[0]
for name in ["good", "truncated", "badlocal", "badoffset", "badsize", "badcentral", "corrupt_data", "badmagic",
             "bigdata", "bzip", "empty"]:
    path = here + "/" + name + ".zip"
    try:
        z = zipimport.zipimporter(path)
        print(name, "spec", z.find_spec("m") is not None)
        print(name, type(z.get_code("m")).__name__)
    except Exception as e:
        print(name, type(e).__name__, str(e).replace(here, "HERE"))
sys.path.insert(0, here + "/badlocal.zip")
try:
    import m
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, "HERE"))
