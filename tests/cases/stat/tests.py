# S_IS* and S_IMODE/S_IFMT on the modes of real files and hand-made ones.
import stat

modes = [0o040755, 0o100644, 0o120777, 0o020666, 0o060660, 0o010644, 0o140755, 0o170000, 0, 0o7777, 2**32 - 1]
tests = ['S_ISDIR', 'S_ISREG', 'S_ISLNK', 'S_ISCHR', 'S_ISBLK', 'S_ISFIFO', 'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT']
for m in modes:
    print(oct(m), [t for t in tests if getattr(stat, t)(m)], oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
for bad in ['x', -1, 2**32, 2**70, 1.5, None]:
    for f in (stat.S_ISDIR, stat.S_IMODE, stat.S_IFMT, stat.filemode):
        try:
            f(bad)
        except (TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
print(stat.S_ISDIR.__doc__)
print(stat.S_IMODE.__text_signature__, stat.filemode.__doc__)
