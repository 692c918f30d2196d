# sys.path is what import searches: entries added while running, entries
# that are not directories or not str, a package split over two entries
# of a __path__ extended by hand.
import sys

here = __file__.rpartition("/")[0]
try:
    import found_later
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.path.insert(0, here + "/more")
sys.path.append(42)
sys.path.append(here + "/no/such/dir")
sys.path.append(here + "/main.py")
import found_later
print(found_later.where.replace(here, "<here>"))
import mp
mp.__path__.append(here + "/more/mp_extra")
import mp.second
print(mp.second.__name__, mp.second.__file__.replace(here, "<here>"))
sys.path[:] = [here + "/more"]
import lastly
print(lastly.value)
