# getgrgid, getgrnam and getgrall agree with each other and with CPython.
import grp

root = grp.getgrgid(0)
print(root, type(root).__name__, len(root), type(root.gr_mem).__name__)
print(grp.getgrnam(root.gr_name) == root)
everyone = grp.getgrall()
print(type(everyone).__name__, root in everyone)
for e in everyone[:60]:
    print(e)
    assert grp.getgrgid(e.gr_gid).gr_gid == e.gr_gid
print(grp.getgrgid(id=0) == root, grp.getgrnam(name=root.gr_name) == root)
name, passwd, gid, members = root
print(name, gid, members)
