# waitid and os.waitid_result.
import os

pid = os.fork()
if pid == 0:
    os._exit(6)
res = os.waitid(os.P_PID, pid, os.WEXITED)
print(type(res).__name__, res.si_pid == pid, res.si_status, res.si_code == os.CLD_EXITED, res.si_signo)
print(os.waitid_result((1, 2, 3, 4, 5)), os.waitid_result.__match_args__)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    os._exit(0)
print(os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG))
os.write(w, b'x')
print(os.waitid(os.P_ALL, 0, os.WEXITED).si_status)
try:
    os.waitid(os.P_ALL, 0, os.WEXITED)
except ChildProcessError as e:
    print(type(e).__name__, e)
