# cwd: tmp
# `-m http.server 0 -b 127.0.0.1 -d DIR` (through runpy, in a forked
# child): its banner, files served from DIR, and its exit on SIGINT
import os
import re
import runpy
import signal
import sys
import http.client

os.mkdir("served")
with open("served/page.txt", "w") as f:
    f.write("from the served directory\n")
out_r, out_w = os.pipe()
err_r, err_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(out_r)
    os.close(err_r)
    sys.stdout = os.fdopen(out_w, "w", buffering=1)
    sys.stderr = os.fdopen(err_w, "w", buffering=1)
    sys.argv = ["server.py", "0", "-b", "127.0.0.1", "-d", "served"]
    status = 0
    try:
        runpy.run_module("http.server", run_name="__main__", alter_sys=False)
    except SystemExit as e:
        status = e.code
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status or 0)
os.close(out_w)
os.close(err_w)
out, err = os.fdopen(out_r), os.fdopen(err_r)
banner = out.readline()
port = int(re.search(r"port (\d+)", banner).group(1))
print(banner.replace(str(port), "PORT"), end="")
for path in ("/page.txt", "/", "/missing"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path)
    r = conn.getresponse()
    body = r.read()
    print(path, r.status, r.getheader("Content-Type"), body if r.status == 200 and b"<" not in body else b"page.txt" in body)
    conn.close()
log = [err.readline() for _ in range(4)]
print([re.sub(r"\[.*?\] ", "[DATE] ", line) for line in log])
os.kill(pid, signal.SIGINT)
print(repr(out.read()), repr(err.read()))
_, status = os.waitpid(pid, 0)
print("child", os.waitstatus_to_exitcode(status))
