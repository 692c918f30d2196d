# Entries as sequences; every entry's uid finds an entry with that uid.
import pwd

for e in pwd.getpwall():
    assert pwd.getpwuid(e.pw_uid).pw_uid == e.pw_uid, e
    assert e[2] == e.pw_uid and e[6] == e.pw_shell
print(len(pwd.getpwall()) == len(pwd.getpwall()))
print(sorted(e.pw_uid for e in pwd.getpwall())[:5])
print(pwd.getpwuid(0)[0:3], pwd.getpwuid(0).__reduce__())
