# getgrgid of every group's id finds a group with that id.
import grp

for e in grp.getgrall()[:30]:
    g = grp.getgrgid(e.gr_gid)
    print(e.gr_name, e.gr_gid, g.gr_gid == e.gr_gid, e.gr_mem)
