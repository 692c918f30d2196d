# statvfs and os.statvfs_result; sysconf, pathconf, confstr and their tables of names.
import os

s = os.statvfs('/')
print(type(s).__name__, type(s).__module__, len(s), s.n_fields, type(s).__match_args__)
print(s.f_bsize > 0, s.f_namemax > 0, s[0] == s.f_bsize, type(s.f_fsid).__name__)
fd = os.open('/', os.O_RDONLY)
print(os.fstatvfs(fd).f_bsize == s.f_bsize, os.statvfs(fd).f_namemax == s.f_namemax)
print(os.fpathconf(fd, 'PC_NAME_MAX') == os.pathconf('/', 'PC_NAME_MAX') == os.pathconf(fd, 'PC_NAME_MAX'))
os.close(fd)
print(os.statvfs_result(range(10)))
for name in ['SC_PAGE_SIZE', 'SC_PAGESIZE', 'SC_CLK_TCK', 'SC_ARG_MAX', 'SC_OPEN_MAX', 'SC_NGROUPS_MAX', 'SC_CHILD_MAX']:
    v = os.sysconf(name)
    print(name, type(v).__name__, v == os.sysconf(os.sysconf_names[name]))
print(os.sysconf('SC_PAGE_SIZE'), os.sysconf('SC_NPROCESSORS_ONLN') == os.cpu_count())
print(os.pathconf('/', 'PC_NAME_MAX'), os.pathconf(b'/', 'PC_PATH_MAX'), os.confstr('CS_PATH'))
print(type(os.sysconf_names).__name__, os.pathconf_names['PC_NAME_MAX'], os.confstr_names['CS_PATH'])
print(os.confstr('CS_GNU_LIBC_VERSION').startswith('glibc'))
for f, a in [(os.sysconf, ('SC_NOPE',)), (os.sysconf, (1.5,)), (os.sysconf, (99999,)), (os.confstr, ('CS_NOPE',)),
             (os.confstr, (99999,)), (os.pathconf, ('/', 'PC_NOPE')), (os.pathconf, ('/nope', 'PC_NAME_MAX')),
             (os.fpathconf, (9999, 3)), (os.statvfs, ('/nope',)), (os.fstatvfs, (9999,)), (os.statvfs, (1.5,))]:
    try:
        f(*a)
    except (OSError, TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
print(os.major(os.makedev(8, 17)), os.minor(os.makedev(8, 17)), os.makedev(1, 2), os.major(-1), os.minor(-1))
st = os.stat('/dev/null')
print(os.major(st.st_rdev), os.minor(st.st_rdev))
os.sync()
