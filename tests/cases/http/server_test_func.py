# http.server.test(): serves until SIGINT, printing what CPython prints
# (the child's output comes back through a pipe, its port replaced)
import os
import re
import signal
import sys
import http.client
import http.server


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        print("log:", format % args, flush=True)

    def do_GET(self):
        body = ("%s %s" % (self.protocol_version, self.path)).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


read_end, write_end = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(read_end)
    sys.stdout = os.fdopen(write_end, "w", buffering=1)
    status = 0
    try:
        http.server.test(HandlerClass=Handler, port=0, bind="127.0.0.1", protocol="HTTP/1.1")
    except SystemExit as e:
        status = e.code
    finally:
        sys.stdout.flush()
        os._exit(status or 0)
os.close(write_end)
reader = os.fdopen(read_end)
first = reader.readline()
port = int(re.search(r"port (\d+)", first).group(1))
print(first.replace(str(port), "PORT"), end="")
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.request("GET", "/hello")
r = conn.getresponse()
print(r.status, r.read())
conn.close()
print(reader.readline().replace(str(port), "PORT"), end="")
os.kill(pid, signal.SIGINT)
print(repr(reader.read()))
_, status = os.waitpid(pid, 0)
print("child", os.waitstatus_to_exitcode(status))
print(Handler.protocol_version, http.server.BaseHTTPRequestHandler.protocol_version)
