# The C functions of _stat agree with the definitions in plain Python.
import stat, _stat

def py_filemode(mode):
    out = []
    for i, table in enumerate(stat._filemode_table):
        for bit, char in table:
            if mode & bit == bit:
                out.append(char)
                break
        else:
            out.append('?' if i == 0 else '-')
    return ''.join(out)

mismatch = [m for m in range(0, 0o200000, 0o111) if py_filemode(m) != _stat.filemode(m)]
print(len(mismatch), mismatch[:5])
print(all(stat.S_IMODE(m) == m & 0o7777 and stat.S_IFMT(m) == m & 0o170000 for m in range(0, 0o200000, 0o1001)))
print(stat.S_IFMT(stat.S_IFDIR | 0o755) == stat.S_IFDIR, stat.S_IMODE(0o104755))
