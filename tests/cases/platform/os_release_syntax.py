# cwd: tmp
# freedesktop_os_release(): line by line, KEY=value with the key at the
# start; whole-value quotes removed; shell escapes undone; the defaults
# kept unless the file gives them; errors of files that cannot be read.
import os
import platform


def parse(text, mode="w"):
    with open("f", mode) as fh:
        fh.write(text)
    platform._os_release_candidates = ("f",)
    platform.invalidate_caches()
    try:
        return sorted(platform.freedesktop_os_release().items())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


print(parse(""))
print(parse("A=1\nNAME=\n"))
for line in ['K=a\\"b', "K='a\\'b'", "K='a\\\\b'", "K='a\\$b'", "K=\"a'b\"", 'K=""', "K=''", "K='", 'K="',
             "K=a b", "K= a ", 'K="a" ', 'K="a"b', 'K="a\\"', 'K="\\a\\\\\\b"', 'K="a\\\\"', "_K=1", "9K=1",
             "K-1=1", "K =1", "K= 1", "K.x=1", "K\xe9=1", "K=\xe9", 'K="x" # c', "K=a=b", "=1", "K", "  # c",
             "K=1\r", 'K="a\r"', "K==", "k=1\nk=2", 'K="a\nb"', "K=a\\ b", "K=\"'a'\"", "K='\"a\"'", 'K="""',
             'K="a""b"', "K=`x`", "K=\\`x\\`", "K=\t1\t", "K=1\r\nL=2", "K=\x0bx"]:
    print(repr(line), parse(line + "\n"))
print(parse("K=1"))
print(parse(b"K=\xff\xfe\n", "wb"))
print(parse(b"K=\xc3\xa9\n", "wb"))

# the first candidate that opens wins; the others are not looked at
with open("second", "w") as fh:
    fh.write("ID=second\n")
platform._os_release_candidates = ("missing", "second", "f")
platform.invalidate_caches()
print(platform.freedesktop_os_release()["ID"])

# kept until invalidated, a copy given each time
with open("second", "w") as fh:
    fh.write("ID=changed\n")
first = platform.freedesktop_os_release()
print(first["ID"], first is not platform.freedesktop_os_release())
platform._os_release_candidates = ("missing",)
print(platform.freedesktop_os_release()["ID"])

os.mkdir("d")
for candidates in [("d", "missing"), ("missing", "d"), (), ("",), ("missing",) * 3]:
    platform._os_release_candidates = candidates
    platform.invalidate_caches()
    try:
        platform.freedesktop_os_release()
    except OSError as e:
        print(type(e).__name__, e.errno, e, e.args, e.filename)
