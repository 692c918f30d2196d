# os.strerror of every errno value, by name.
import errno, os

# (EFTYPE's text depends on the C library's version: left out)
for code, name in sorted(errno.errorcode.items()):
    if name != 'EFTYPE':
        print(code, name, os.strerror(code))
