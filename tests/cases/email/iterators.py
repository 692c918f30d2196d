# email.iterators: walk, body_line_iterator, typed_subpart_iterator, _structure.
import email
import io
from email import iterators

TEXT = """\
Content-Type: multipart/mixed; boundary=X

--X
Content-Type: text/plain

line one
line two
--X
Content-Type: multipart/alternative; boundary=Y

--Y
Content-Type: text/plain

alt plain
--Y
Content-Type: text/html
Content-Transfer-Encoding: base64

PGI+aGk8L2I+
--Y--
--X
Content-Type: image/gif

GIF
--X
Content-Type: multipart/digest; boundary=Z

--Z

Subject: in digest

digest body
--Z--
--X--
"""
msg = email.message_from_string(TEXT)
print([p.get_content_type() for p in iterators.walk(msg)])
print(list(iterators.body_line_iterator(msg)))
print(list(iterators.body_line_iterator(msg, decode=True)))
print([p.get_content_type() for p in iterators.typed_subpart_iterator(msg)])
print([p.get_content_type() for p in iterators.typed_subpart_iterator(msg, "text", "html")])
print([p.get_content_type() for p in iterators.typed_subpart_iterator(msg, "multipart")])
print(list(iterators.typed_subpart_iterator(msg, "audio")))
iterators._structure(msg)
out = io.StringIO()
iterators._structure(msg, out, 1, include_default=True)
print(out.getvalue())
print(iterators.__all__)
