# Header parameters: get/set/del_param, add_header, RFC 2231, boundaries.
import email
from email import utils
from email.message import Message
from email import errors

m = Message()
print(m.get_content_type(), m.get_params(), m.get_param("x"), m.get_param("x", "fb"))
m.add_header("Content-Disposition", "attachment", filename="bud.gif")
m.add_header("X-Flags", "v", flag=None, with_under="1", empty="")
m.add_header("X-Tuple", "v", title=("utf-8", "en", "caf\u00e9 cr\u00e8me"))
m.add_header("X-Uni", "v", title="Fu\u00dfballer.ppt")
m.add_header("X-None", None, a="1", b="two words")
m.add_header("X-Special", "v", a="x;y", b="plain")
print(m.items())
print(m.get_filename())
print(m.get_params(header="x-flags"))
print(m.get_param("title", header="x-tuple"))
print(m.get_param("title", header="x-uni"))
print(utils.collapse_rfc2231_value(m.get_param("title", header="x-uni")))

m.set_param("charset", "utf-8")
print(m.items()[-1])
m.set_param("format", "flowed")
m.set_param("charset", "ascii")
print(m["content-type"])
m.set_param("x", "a b", requote=False)
print(m["content-type"])
m.set_param("y", "z", header="X-Other")
print(m["x-other"])
m.set_param("title", "\u00e9t\u00e9", charset="utf-8", language="fr")
print(m["content-type"])
print(m.get_param("title"))
m.set_param("charset", "latin-1", replace=True)
print(m.keys())
m.del_param("format")
print(m["content-type"])
m.del_param("nonexistent", header="x-missing")
m.del_param("title")
print(m["content-type"])
m.set_type("text/html")
print(m.items())
try:
    m.set_type("texthtml")
except ValueError as e:
    print("ValueError", repr(e))
m.set_type("image/png", header="X-Type")
print(m["x-type"])

ct = Message()
try:
    ct.set_boundary("abc")
except errors.HeaderParseError as e:
    print("HeaderParseError", e)
ct["Content-Type"] = "multipart/mixed; charset=x; flag"
ct["X-After"] = "1"
ct.set_boundary("BOUND")
print(ct.items(), ct.get_boundary())
ct.set_boundary("NEW")
print(ct.items())

RAW = """\
Content-Type: application/x-stuff;
 title*0*=us-ascii'en'This%20is%20even%20more%20;
 title*1*=%2A%2A%2Afun%2A%2A%2A%20;
 title*2="isn't it!"
Content-Disposition: attachment; filename*=iso-8859-1''na%EFve.txt; size=12
X-Quoted: v; a="semi;colon"; b="esc\\"aped"; c=unquoted; d=

body
"""
r = email.message_from_string(RAW)
print(r.get_params())
print(r.get_params(unquote=False))
print(r.get_param("title"))
print(utils.collapse_rfc2231_value(r.get_param("title")))
print(r.get_filename())
print(r.get_param("filename", header="content-disposition"))
print(r.get_params(header="x-quoted"))
print(r.get_content_disposition())

B = email.message_from_string('Content-Type: multipart/mixed; boundary="  spaced  "\n\n')
print(repr(B.get_boundary()))
C = email.message_from_string("Content-Type: text/plain; charset*=utf-8''%E2%82%AC\n\n")
print(C.get_param("charset"), C.get_content_charset())
D = email.message_from_string("Content-Type: text/plain; charset=\"UTF-8\"\n\n")
print(D.get_content_charset(), D.get_content_charset("dflt"))
E = email.message_from_string("Content-Type: textplain\n\n")
print(E.get_content_type(), E.get_content_charset("none"))

print(utils.encode_rfc2231("a b"), utils.encode_rfc2231("caf\u00e9", "utf-8"),
      utils.encode_rfc2231("x", language="en"), utils.encode_rfc2231("x", "us-ascii", "en"))
print(utils.decode_rfc2231("utf-8'en'caf%C3%A9"), utils.decode_rfc2231("plain"),
      utils.decode_rfc2231("a'b"), utils.decode_rfc2231("a'b'c'd"))
print(utils.decode_params([("text/plain", ""), ("a*0", "x"), ("a*1", "y"), ("b*", "us-ascii''q%20r"),
                           ("c", '"quoted"')]))
print(utils.decode_params([("t", ""), ("n*", "1"), ("n*0", "zero"), ("n*1*", "%41")]))
print(utils.collapse_rfc2231_value(("bogus-cs", "", "x")), utils.collapse_rfc2231_value(('', '', 'y')),
      utils.collapse_rfc2231_value((None, None, "z")), utils.collapse_rfc2231_value('"q"'))
