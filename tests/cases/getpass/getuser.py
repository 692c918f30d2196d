# env: LOGNAME=alice USER=bob LNAME=carol USERNAME=dave
# getuser: LOGNAME, USER, LNAME, USERNAME in that order (empty ones
# skipped), then the password database.
import getpass
import os
import pwd

print(getpass.getuser())
os.environ["LOGNAME"] = ""
print(getpass.getuser())
del os.environ["USER"]
print(getpass.getuser())
del os.environ["LNAME"]
print(getpass.getuser())
del os.environ["USERNAME"]
print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name)
os.environ["USER"] = "erin"
print(getpass.getuser())
print(getpass.__all__)
print(getpass.getpass is getpass.unix_getpass)
print(getpass.GetPassWarning.__mro__)
print(getpass.getuser.__doc__)
print(getpass.unix_getpass.__doc__)
print(getpass.__doc__)
