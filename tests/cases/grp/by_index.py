# Entries as sequences; members are lists of str.
import grp

for e in grp.getgrall():
    assert grp.getgrnam(e.gr_name).gr_name == e.gr_name, e
    assert type(e.gr_mem) is list and all(type(m) is str for m in e.gr_mem)
print(sorted(e.gr_gid for e in grp.getgrall())[:5])
print(grp.getgrgid(0)[:3], grp.getgrgid(0).__reduce__())
