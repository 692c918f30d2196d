# platform() builds a name fit for a file: blank parts left out, spaces as
# '_', some punctuation and 'unknown' dropped, runs of '-' squeezed; its
# answers are kept until invalidate_caches().  Each system has its own
# recipe, with the module's own helpers looked up when called.
import platform

R = platform.uname_result


def names(fields, libc=("glibc", "2.99")):
    platform.uname = lambda: R(*fields)
    platform.libc_ver = lambda: libc
    platform.invalidate_caches()
    return " | ".join([platform.platform(), platform.platform(aliased=True),
                       platform.platform(terse=True), platform.platform(True, True)])


odd = []
for ch in '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\xe9':
    shown = names(("Linux", "n", "a%sb" % ch, "v", "m")).split(" | ")[0]
    if shown != "Linux-a%sb-m-with-glibc2.99" % ch:
        odd.append((ch, shown))
print(odd)
for fields in [("Linux", "n", "unknown", "v", "m"), ("Linux", "n", "1", "v", "unknown"), ("unknown", "n", "1", "v", "m"),
               ("X", "n", "unknown", "v", "unknown"), ("X", "n", "xunknownx", "v", "m"), ("X", "n", "UNKNOWN", "v", "m"),
               ("X", "n", "ununknownknown", "v", "m"), ("X", "n", "(unknown)", "v", "m"), ("X", "n", " a ", "v", "m"),
               ("X", "n", " ", "v", "m"), ("X", "n", "\t", "v", "m"), ("-X", "n", "1", "v", "m"), ("", "n", "1-", "v", "m"),
               ("X", "n", "a--", "v", "m"), ("Linux", "n", "--x--", "v", "-m-"), ("", "", "", "", ""), ("Linux", "", "", "", ""),
               ("Windows", "n", "10", "10.0.19045", "AMD64"), ("Windows", "n", "", "", "m"), ("win32", "n", "10", "v", "m"),
               ("Java", "n", "1", "v", "m"), ("Java", "n", "", "", "m"), ("Darwin", "n", "23.0", "v", "arm64"),
               ("Microsoft", "n", "Windows", "10.0", "m"), ("iOS", "n", "17", "v", "iPhone"), ("Android", "n", "14", "v", "arm"),
               ("linux", "n", "1", "v", "m"), ("SunOS", "n", "6", "v", "m"), ("OpenVMS", "n", "8", "v", "m")]:
    print(fields, names(fields))
for libc in [("", ""), ("libc", ""), ("", "5"), ("a b", "(x)"), ("unknown", ""), ("x", "unknown")]:
    print(libc, names(("Linux", "n", "1", "v", "m"), libc))

# kept until invalidated
first = names(("Plan9", "n", "4", "v", "m"))
platform.uname = lambda: R("Other", "n", "5", "v", "m")
print(first == " | ".join([platform.platform(), platform.platform(aliased=True),
                           platform.platform(terse=True), platform.platform(True, True)]))
platform.invalidate_caches()
print(platform.platform())

# the helpers of other systems, replaced
platform.mac_ver = lambda *a: ("14.1", ("", "", ""), "arm64")
platform.java_ver = lambda *a: ("1.8", "vendor", ("vm", "vr", "vv"), ("osname", "osver", "osarch"))
platform.win32_ver = lambda *a: ("RR", "VV", "CSD", "PT")
for fields in [("Darwin", "n", "23.0", "v", "x86_64"), ("Java", "n", "1", "v", "m"), ("Windows", "n", "1", "v", "m"),
               ("win16", "n", "3", "v", "m")]:
    print(fields, names(fields))
