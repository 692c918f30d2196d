# system_alias(): SunOS from release 5 on is Solaris, its major number less
# three (compared as text: "10.1" comes before "5"); win32 and win16 are
# Windows; nothing else changes; errors of releases that are not text.
import platform

for system in ["win64", "Win32", "win", "win32s", "windows", "WIN32", "win16x", "Microsoft", "OSF1", "Rhapsody",
               "Darwin", "Java", "sunos", "SunOS5", "Solaris"]:
    print(system, platform.system_alias(system, "6.5", "v"))
for release in ["10.1", "5", "5.x", "50", "5.8.1", "4.9", "5a", "5 .8", "-1", "5.-1", " 6.1", "5.\u0668",
                "5.8x", "9", "5.", ".5", "5..8"]:
    print(repr(release), platform.system_alias("SunOS", release, "v"))
print(platform.system_alias(1, 2, 3), platform.system_alias(None, None, None), platform.system_alias("win32", 1, 2))
for args in [("SunOS", 5, "v"), ("SunOS", None, "v"), ("SunOS", b"5.8", "v")]:
    try:
        print(platform.system_alias(*args))
    except TypeError as e:
        print(args, "TypeError", e)
for args in [(), ("SunOS", "5.8"), ("a", "b", "c", "d")]:
    try:
        platform.system_alias(*args)
    except TypeError as e:
        print("TypeError", e)
