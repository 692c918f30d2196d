# java_ver() is deprecated: the warning names the caller's line, an
# "error" filter turns it into an exception, and platform() itself does
# not show it for a Java system.
import os
import platform
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    answer = platform.java_ver("1.8", vminfo=("vm", "", ""))
print(answer)
for w in caught:
    print(w.category.__name__, w.message, os.path.basename(w.filename), w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        platform.java_ver()
    except DeprecationWarning as e:
        print("DeprecationWarning", e)

print(platform.android_ver(is_emulator=1, model=None), platform.ios_ver(model="x", is_simulator=None))
print(platform.mac_ver(None, None, None), platform.mac_ver(machine="m"))
for f, args in [(platform.java_ver, (1, 2, 3, 4, 5)), (platform.android_ver, (1,) * 7), (platform.ios_ver, (1,) * 5),
                (platform.mac_ver, (1,) * 4), (platform.win32_ver, (1,) * 5), (platform.win32_edition, (1,)),
                (platform.invalidate_caches, (1,)), (platform.uname, (1,)), (platform.platform, (1, 2, 3))]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            f(*args)
    except TypeError as e:
        print("TypeError", e)

R = platform.uname_result
platform.uname = lambda: R("Java", "n", "1", "v", "m")
platform.invalidate_caches()
with warnings.catch_warnings(record=True) as caught:
    print(platform.platform(), platform.platform(terse=True))
print(len(caught))
