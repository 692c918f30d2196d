# platform(): the parts of uname joined into a name fit for a file, with
# the C library on Linux; system_alias() for aliased; a short form for
# terse elsewhere.
import platform

text = platform.platform()
u = platform.uname()
lib, version = platform.libc_ver()
print(text == f"{u.system}-{u.release}-{u.machine}-with-{lib}{version}".replace(" ", "_"))
print(text == platform.platform(aliased=True) == platform.platform(terse=True) == platform.platform(True, True))

# another system, through the module's own uname and libc_ver
real_uname, real_libc = platform.uname, platform.libc_ver
R = platform.uname_result
for fields in [("SunOS", "n", "5.8", "v", "sun4u"), ("Linux", "n", "5.0 (custom)", "v", "x86/64"),
               ("FreeBSD", "n", "13.2-RELEASE", "v", "amd64"), ("Linux", "n", "unknown", "v", "x:y;z\"q\""),
               ("Plan9", "", "", "", ""), ("IRIX64", "n", "6.5", "v", "mips")]:
    platform.uname = lambda: R(*fields)
    platform.libc_ver = lambda: ("glibc", "2.99")
    platform.invalidate_caches()
    print(platform.platform(), "|", platform.platform(aliased=True), "|", platform.platform(terse=True))
platform.uname, platform.libc_ver = real_uname, real_libc
platform.invalidate_caches()
print(platform.platform() == text)
