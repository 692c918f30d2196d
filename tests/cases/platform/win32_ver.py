# win32_ver() away from Windows: the release named after the version given
# (the last Windows client release it is not below), and the errors of a
# version that is not made of numbers.
import platform

for version in ["5.0", "5.1", "5.2", "5.2.3789", "5.2.3790", "6", "6.0", "6.1", "6.2", "6.3", "6.3.9600",
                "6.4", "6.4.0", "7", "10", "10.0", "10.0.0.0", "10.0.21999", "10.0.22000", "10.0.22000.1",
                "10.0.99999", "10.1", "10.1.0", "11", "11.0.0", "4.0", "0", "0.0", "-5", "1.2.3.4.5",
                " 6.1", "6.1 ", "+6.1", "6_1", "\u0666.\u0661", ""]:
    print(repr(version), platform.win32_ver("R", version))
print(platform.win32_ver("R", "6.1.0", "SP1", "Multiprocessor Free"))
print(platform.win32_ver(None, None, None, None), platform.win32_ver(ptype="x"))
for bad in [".", "a.b", "6.x", "10.0.x", "6..1", 10, b"6.1.0", ["6", "1"]]:
    try:
        print(platform.win32_ver("R", bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
print(platform.win32_edition(), platform.win32_is_iot())
