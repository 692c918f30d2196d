# system_alias(): the marketing names of a few systems.
import platform

for args in [("SunOS", "5.8", "v"), ("SunOS", "5.10", "v"), ("SunOS", "4.1.4", "v"), ("SunOS", "x.1", "v"),
             ("SunOS", "6", "v"), ("SunOS", "", "v"),
             ("IRIX64", "6.5", "v1"), ("IRIX64", "6.5", ""), ("IRIX", "6.5", "v"),
             ("win32", "10", "v"), ("win16", "3", "v"), ("Windows", "10", "10.0.1"),
             ("Linux", "6.1", "#1"), ("Darwin", "23.0", "v"), ("", "", "")]:
    print(args, platform.system_alias(*args))
