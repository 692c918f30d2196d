# cwd: tmp
# freedesktop_os_release(): /etc/os-release as a dict (a fresh copy each
# time), its quoting and escapes, and the error when no file is there.
import platform

info = platform.freedesktop_os_release()
print(sorted(info.items()))
info["ID"] = "changed"
print(platform.freedesktop_os_release()["ID"] != "changed")

with open("os-release", "w") as f:
    f.write('# a comment\n'
            'NAME="Some OS"\n'
            "ID=some\n"
            "PRETTY_NAME='Some OS 1 \"quoted\"'\n"
            'VERSION="1 (\\"one\\") \\$HOME \\`x\\` \\\\ \\n"\n'
            'BAD LINE=1\n'
            'MISMATCH="a\'\n'
            '   INDENTED=1\n'
            'EMPTY=\n'
            'lower_case=yes\n')
platform._os_release_candidates = ("missing-one", "os-release")
platform.invalidate_caches()
for k, v in sorted(platform.freedesktop_os_release().items()):
    print(repr(k), repr(v))
platform._os_release_candidates = ("missing-one", "missing-two")
platform.invalidate_caches()
try:
    platform.freedesktop_os_release()
except OSError as e:
    print(type(e).__name__, e.errno, e)
