# getpwuid, getpwnam and getpwall agree with each other and with CPython.
import pwd

root = pwd.getpwuid(0)
print(root, type(root).__name__, len(root))
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir, root[0], root[-1])
print(pwd.getpwnam(root.pw_name) == root)
everyone = pwd.getpwall()
print(type(everyone).__name__, root in everyone, all(type(e) is pwd.struct_passwd for e in everyone))
for e in everyone[:50]:
    print(e)
    assert pwd.getpwnam(e.pw_name).pw_name == e.pw_name
print(sorted(set(type(x).__name__ for e in everyone for x in e)))
name, passwd, uid, gid, gecos, home, shell = root
print(name, uid, shell)
