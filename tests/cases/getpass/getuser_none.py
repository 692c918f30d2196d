# getuser with no name in the environment and no password entry: OSError,
# caused by what failed.
import getpass
import os
import sys

for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(name, None)

real_getuid = os.getuid
os.getuid = lambda: 2**31 - 7      # no such user
try:
    getpass.getuser()
except OSError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
os.getuid = real_getuid

saved = sys.modules.pop("pwd", None)
sys.modules["pwd"] = None          # import pwd fails
try:
    getpass.getuser()
except OSError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
del sys.modules["pwd"]
if saved is not None:
    sys.modules["pwd"] = saved
print(getpass.getuser() != "")
