# Feed parser corner cases: boundaries that only look alike, mixed line
# ends, whitespace after boundaries, nested boundaries, headers only.
import email
import re
from email.feedparser import FeedParser


def show(text, **kw):
    msg = email.message_from_string(text, **kw)
    for part in msg.walk():
        print(" ", part.get_content_type(), repr(part.preamble), repr(part.epilogue),
              [type(d).__name__ for d in part.defects],
              repr(part.get_payload()) if not part.is_multipart() else len(part.get_payload()))
    print(" ", repr(re.sub(r"={15}\d+==", "BOUNDARY", msg.as_string())))


show("Content-Type: multipart/mixed; boundary=ab\n\n--abc\nnot a boundary\n--ab\n\nreal\n--ab--\n")
show("Content-Type: multipart/mixed; boundary=ab\n\n--ab\n\none\n--abX\nstill one\n--ab--\n")
show("Content-Type: multipart/mixed; boundary=ab\r\n\r\n--ab\n\nmixed\r\n--ab\r\n\nends\r\n--ab--")
show("Content-Type: multipart/mixed; boundary=ab\n\n--ab \t\n\npadded\n--ab-- \t\nepi\n")
show("Content-Type: multipart/mixed; boundary=ab\n\n--ab\nContent-Type: multipart/mixed; boundary=ab\n\n--ab\n\ninner\n--ab--\n--ab--\n")
show("Content-Type: multipart/mixed; boundary=\"\"\n\n--\n\nempty boundary\n----\n")
show("Content-Type: multipart/mixed; boundary=ab\n\n\n\n--ab\n\nx\n\n\n--ab--\n\n\n")
show("Content-Type: multipart/mixed; boundary=ab\n\n--ab\n--ab--\n")
show("Content-Type: multipart/mixed; boundary=ab\n\n--ab--\n")
show("Content-Type: text/plain\n\nno final newline")
show("Subject: x\n\n")
show("Subject: x")
show("Subject: x\n \n\nbody")
show("Subject: x\nX-Continued:\n  deep\n\tdeeper\n\nbody\n")
show("\nbody only\n")
show("From nobody\nFrom nobody again\n\nb\n")
show("Content-Type: message/rfc822\n\nContent-Type: multipart/mixed; boundary=q\n\n--q\n\nin\n--q--\n")
show("Content-Type: multipart/alternative; boundary=ab\n\n--ab\nContent-Type: text/plain\n--ab--\n")
fp = FeedParser()
fp.feed("Subject: one\r")
fp.feed("\nX: two\r")
fp.feed("\n\r")
fp.feed("\nbody\r")
m = fp.close()
print(m.items(), repr(m.get_payload()))
