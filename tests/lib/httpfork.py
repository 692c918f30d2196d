"""Runs an HTTP server in a forked child for the http and urllib cases.

serve(handler, connections) binds 127.0.0.1 on a free port, forks a child
that accepts `connections` connections and exits, and returns (port, wait):
call wait() when the client is done.  Only the child writes to stderr (the
handler's log lines, with a fixed time), only the parent to stdout, so the
output is the same on every run.
"""
import os
import sys
import http.server


class QuietTime:
    def log_date_time_string(self):
        return "01/Jan/2000 00:00:00"

    def date_time_string(self, timestamp=None):
        if timestamp is None:
            return "Sat, 01 Jan 2000 00:00:00 GMT"
        return super().date_time_string(timestamp)

    def version_string(self):
        return "TestServer/1.0"


def serve(handler, connections, server_class=http.server.HTTPServer):
    server = server_class(("127.0.0.1", 0), handler)
    # A case that expects more connections than it makes ends anyway.
    server.timeout = 30
    port = server.server_address[1]
    pid = os.fork()
    if pid == 0:
        status = 0
        try:
            for _ in range(connections):
                server.handle_request()
        except BaseException:
            status = 1
            import traceback
            traceback.print_exc()
        finally:
            server.server_close()
            sys.stderr.flush()
            sys.stdout.flush()
            os._exit(status)
    server.server_close()

    def wait():
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status)
    return port, wait
