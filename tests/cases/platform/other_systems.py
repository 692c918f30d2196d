# The functions for other systems answer with their empty forms (or the
# values given) on Linux.
import platform

print(platform.mac_ver(), platform.mac_ver("1", ("a", "b", "c"), "m"))
print(platform.win32_ver(), platform.win32_ver("r", "10.0.1", "c", "p"))
for v in ["10", "6.1.7601", "10.0.22000", "10.0.19045", "6.1", "5.1.2600", "5.2.3790", "1.2.3.4", "11.0"]:
    print(v, platform.win32_ver("keep", v))
try:
    platform.win32_ver("r", "v")
except ValueError as e:
    print("ValueError", e)
print(platform.win32_edition(), platform.win32_is_iot())
print(platform.java_ver())
print(platform.java_ver("1.8", "x", ("a", "b", "c")))
print(platform.android_ver())
print(platform.android_ver("14", 34, "m", "model", "dev", True))
print(platform.ios_ver(), platform.ios_ver("iOS", "17", "iPhone", True).release)
print(platform.AndroidVer._fields, platform.IOSVersionInfo._fields)
print(platform.AndroidVer.__module__, platform.IOSVersionInfo.__module__)
