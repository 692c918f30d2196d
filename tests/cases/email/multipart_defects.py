# Defects the parser records instead of failing.
import email
from email import errors


def check(label, text, **kw):
    msg = email.message_from_string(text, **kw)
    print(label)
    for part in msg.walk():
        print("  ", part.get_content_type(), [type(d).__name__ for d in part.defects],
              [d.line for d in part.defects if hasattr(d, "line")])
        if not part.is_multipart():
            print("   payload", repr(part.get_payload()))
    print("   preamble", repr(msg.preamble), "epilogue", repr(msg.epilogue))
    return msg


check("no boundary", "Content-Type: multipart/mixed\n\nbody text\n")
check("start not found", "Content-Type: multipart/mixed; boundary=XX\n\nno parts\nhere\n")
check("close not found", "Content-Type: multipart/mixed; boundary=XX\n\n--XX\n\npart one\n--XX\n\npart two\n")
check("bad cte", "Content-Type: multipart/mixed; boundary=XX\nContent-Transfer-Encoding: base64\n\n--XX\n\nx\n--XX--\n")
check("continuation first", " leading: space\nSubject: s\n\nbody\n")
check("misplaced from", "Subject: s\nFrom nobody\nX: y\n\nbody\n")
check("from as last header", "Subject: s\nFrom nobody\n\nbody\n")
check("missing name", "Subject: s\n: novalue\nX: y\n\nbody\n")
check("missing separator", "Subject: s\nthis is not a header\nmore\n")
check("multipart no parts", "Content-Type: multipart/mixed; boundary=XX\n\n")
check("headers only multipart", "Content-Type: multipart/mixed; boundary=XX\n")
check("close with ws", "Content-Type: multipart/mixed; boundary=XX\n\n--XX  \n\na\n--XX--  \nafter\n")
check("close no newline", "Content-Type: multipart/mixed; boundary=XX\n\n--XX\n\na\n--XX--")
check("repeated boundary", "Content-Type: multipart/mixed; boundary=XX\n\n--XX\n--XX\n\na\n--XX--\n")
check("nested unterminated",
      "Content-Type: multipart/mixed; boundary=A\n\n--A\nContent-Type: multipart/mixed; boundary=B\n\n--B\n\nin b\n--A\n\nsecond\n--A--\n")

d = errors.MessageDefect()
print(d.line, repr(str(d)), isinstance(d, ValueError))
d = errors.MessageDefect("the line")
print(d.line, d.args)
n = errors.NonPrintableDefect("\x01")
print(str(n), n.non_printables)
print(errors.MalformedHeaderDefect is errors.MissingHeaderBodySeparatorDefect)
print(issubclass(errors.MultipartConversionError, TypeError),
      issubclass(errors.HeaderParseError, errors.MessageParseError),
      issubclass(errors.InvalidHeaderDefect, errors.HeaderDefect))
print(errors.InvalidBase64PaddingDefect.__name__, errors.InvalidBase64PaddingDefect.__module__,
      errors.InvalidBase64PaddingDefect.__qualname__)

from email._policybase import compat32
strict = compat32.clone(raise_on_defect=True)
try:
    email.message_from_string("Content-Type: multipart/mixed\n\nx\n", policy=strict)
except errors.MessageDefect as e:
    print("raised", type(e).__name__)
