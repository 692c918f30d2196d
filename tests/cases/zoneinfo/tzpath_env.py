# PYTHONTZPATH: its entries become TZPATH; relative ones are dropped with a warning.
# env: PYTHONTZPATH=/usr/share/zoneinfo:relative/dir:/nonexistent
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import zoneinfo
print(zoneinfo.TZPATH)
for w in caught:
    print(w.category.__name__, w.message)
print(zoneinfo.ZoneInfo("Asia/Tokyo"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH, [(w.category.__name__, str(w.message)) for w in caught])
