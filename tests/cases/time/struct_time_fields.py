# struct_time built by hand and from the functions: fields, zone, offset,
# comparison, errors of the constructor.
# env: TZ=Asia/Tokyo
import time

lt = time.localtime(1234567890)
print(lt, lt.tm_zone, lt.tm_gmtoff, lt[:3], lt[-1], len(lt))
print(time.struct_time(lt) == lt, time.struct_time(lt).tm_zone, time.struct_time(tuple(lt)).tm_zone)
st = time.struct_time(range(9))
print(st, st.tm_zone, st.tm_gmtoff)
st = time.struct_time(range(11))
print(st, st.tm_zone, st.tm_gmtoff)
for bad in [range(8), range(12), 5, "abcdefghi"]:
    try:
        print(time.struct_time(bad))
    except TypeError as e:
        print("TypeError", e)
print(time.mktime(lt), time.strftime("%Z %z", lt), time.asctime(lt))
print(lt.__reduce__())
print(time.gmtime(0).__replace__(tm_year=2000))
