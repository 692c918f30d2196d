# getpwnam of every user gives that user's entry.
import pwd

names = [e.pw_name for e in pwd.getpwall()]
print(all(pwd.getpwnam(n).pw_name == n for n in names), len(set(names)) <= len(names))
print(pwd.getpwnam(names[0]) == pwd.getpwall()[0])
for n in names[:10]:
    e = pwd.getpwnam(n)
    print(n, e.pw_uid, e.pw_gid, e.pw_dir, e.pw_shell)
