# cwd: tmp
# disk_usage, get_terminal_size and chown.
import grp
import os
import pwd
import shutil

u = shutil.disk_usage(".")
print(type(u).__name__, type(u).__module__, isinstance(u, tuple), u._fields, len(u))
print(u.total == u[0], u.used == u[1], u.free == u[2], u.total >= u.used, u.total >= u.free)
print(repr(u).startswith("usage(total="), shutil.disk_usage(b".")._fields)
total, used, free = u
print(list(u._asdict()), u._replace(free=0).free, type(u).__doc__, type(u).total.__doc__, type(u).used.__doc__, type(u).free.__doc__)
print(type(total).__name__)
try:
    shutil.disk_usage("missing")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)

os.environ["COLUMNS"] = "100"
os.environ["LINES"] = "30"
print(shutil.get_terminal_size())
os.environ["COLUMNS"] = "abc"
os.environ["LINES"] = "-5"
print(shutil.get_terminal_size((11, 22)))
os.environ["COLUMNS"] = "0"
del os.environ["LINES"]
print(shutil.get_terminal_size(fallback=(40, 10)))

open("f", "w").close()
me = pwd.getpwuid(os.getuid()).pw_name
mygroup = grp.getgrgid(os.getgid()).gr_name
shutil.chown("f", user=me)
shutil.chown("f", group=mygroup)
shutil.chown("f", os.getuid(), os.getgid())
shutil.chown(b"f", user=me, group=os.getgid())
print(os.stat("f").st_uid == os.getuid(), os.stat("f").st_gid == os.getgid())
for kwargs in ({}, {"user": "no-such-user-here"}, {"group": "no-such-group-here"},
               {"user": None, "group": None}):
    try:
        shutil.chown("f", **kwargs)
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)
try:
    shutil.chown("missing", user=me)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
os.symlink("f", "link")
shutil.chown("link", user=me, follow_symlinks=False)
fd = os.open(".", os.O_RDONLY)
shutil.chown("f", group=mygroup, dir_fd=fd)
os.close(fd)
print("done")
