# BaseHTTPRequestHandler pieces without a network: logging, headers
# buffer, error pages, version and date strings, responses table
import io
import sys
import http.server
from http import HTTPStatus


class Handler(http.server.BaseHTTPRequestHandler):
    def __init__(self):
        # No socket: the parts the methods use.
        self.client_address = ("10.0.0.7", 4242)
        self.wfile = io.BytesIO()
        self.requestline = "GET /x HTTP/1.1"
        self.request_version = "HTTP/1.1"
        self.command = "GET"

    def log_date_time_string(self):
        return "DATE"


sys.stderr = sys.stdout
h = Handler()
print(h.server_version, h.sys_version.startswith("Python/3.14"), h.protocol_version,
      h.default_request_version, h.error_content_type, h.MessageClass.__name__)
print(h.version_string().startswith("BaseHTTP/0.6 Python/3.14"), http.server.__version__)
print(h.date_time_string(0), h.date_time_string(1700000000.5), h.address_string())
print(h.weekdayname, h.monthname)
print(len(h.responses), h.responses[404], h.responses[HTTPStatus.IM_A_TEAPOT])
h.log_message("plain %s and %d", "text", 5)
h.log_message("ctl \x00\x1f\x7f\x9f\xa0 back\\slash \u200b %s", "\n\t")
h.log_request()
h.log_request(HTTPStatus.NOT_FOUND, 123)
h.log_request(200)
h.log_error("err %r", ("tuple",))
h.send_response(299)
h.send_response_only(200, "Fine")
h.send_header("Connection", "keep-alive")
print(h.close_connection)
h.send_header("CONNECTION", "Close")
print(h.close_connection)
h.send_header("X", 5)
h.end_headers()
print([line for line in h.wfile.getvalue().split(b"\r\n") if not line.startswith((b"Date", b"Server"))])
h.wfile = io.BytesIO()
h.request_version = "HTTP/0.9"
h.send_response(200)
h.send_header("X", "y")
h.end_headers()
print(h.wfile.getvalue())
h.request_version = "HTTP/1.0"
for code, message, explain in [(404, None, None), (999, None, None), (500, "Bad <thing> & more", "Why & <how>"),
                               (204, None, None), (304, "Same", None), (100, None, None),
                               (HTTPStatus.BAD_REQUEST, None, "custom")]:
    h.wfile = io.BytesIO()
    h.send_error(code, message, explain)
    out = h.wfile.getvalue()
    print(code, [line for line in out.split(b"\r\n") if not line.startswith((b"Date", b"Server"))][:6])
h.command = "HEAD"
h.wfile = io.BytesIO()
h.send_error(404)
print(h.wfile.getvalue().endswith(b"\r\n\r\n"))
h.command = "GET"
h.error_message_format = "code=%(code)s msg=%(message)s why=%(explain)s\n"
h.error_content_type = "text/plain"
h.wfile = io.BytesIO()
h.send_error(403, "No")
print(h.wfile.getvalue().split(b"\r\n")[-3:])
print(repr(http.server.DEFAULT_ERROR_MESSAGE), http.server.DEFAULT_ERROR_CONTENT_TYPE)
h.wfile = io.BytesIO()
try:
    h.send_response(200, "caf\u20ac")
    h.end_headers()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
print(http.server.HTTPServer.allow_reuse_address, http.server.HTTPServer.allow_reuse_port)
print(http.server.SimpleHTTPRequestHandler.server_version, http.server.SimpleHTTPRequestHandler.index_pages)
print(sorted(http.server.SimpleHTTPRequestHandler.extensions_map.items()))
