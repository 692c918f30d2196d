# %Z and %z come from a struct_time's tm_zone and tm_gmtoff; a plain tuple
# has neither.
# env: TZ=America/New_York
import time

st = time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0), {"tm_zone": "XYZ", "tm_gmtoff": 3600})
print(time.strftime("%Z %z", st), st.tm_zone, st.tm_gmtoff)
st = time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 1), {"tm_zone": "ÉTÉ", "tm_gmtoff": -5400})
print(time.strftime("%Z %z", st))
st = time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, -1))
print(repr(time.strftime("%Z %z", st)), st.tm_zone, st.tm_gmtoff)
for isdst in (-1, 0, 1):
    print(isdst, repr(time.strftime("%Z %z", (2000, 1, 1, 0, 0, 0, 0, 1, isdst))))
print(time.strftime("%Z %z", time.gmtime(0)), time.gmtime(0).tm_zone)
print(time.strftime("%Z %z", time.localtime(0)), time.localtime(0).tm_zone)
print(time.strftime("%Z %z", time.localtime(1690000000)))
try:
    time.strftime("%Z", time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0), {"tm_zone": 5}))
except TypeError as e:
    print("TypeError", e)
