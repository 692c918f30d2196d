# __reduce__ (pickling by key), _unpickle, copy and deepcopy.
# lib: tzifmake
import copy
import io
from zoneinfo import ZoneInfo
from tzifmake import stream, t

ny = ZoneInfo("America/New_York")
func, args = ny.__reduce__()
print(func.__name__, args, func(*args) is ny)
fresh = ZoneInfo.no_cache("America/New_York")
func, args = fresh.__reduce__()
print(args, func(*args) is ny, func(*args) is fresh, repr(func(*args)))
print(ZoneInfo._unpickle("UTC", 1) is ZoneInfo("UTC"), ZoneInfo._unpickle("UTC", 0) is ZoneInfo("UTC"))
print(copy.copy(ny) is ny, copy.deepcopy(ny) is ny, copy.copy(fresh) is fresh)
print(ny.__reduce_ex__(2)[1], ny.__reduce_ex__(4)[1])
t(lambda: ZoneInfo._unpickle("No/Zone", 1))
named = ZoneInfo.from_file(stream([], [(0, 0, "UTC")], "UTC0"), key="UTC")
print(named.key, named is ZoneInfo("UTC"))
