# FeedParser works as data arrives: defects raised by feed(), parts made as their text comes.
import email
from email.feedparser import FeedParser, BytesFeedParser
from email import errors
from email._policybase import compat32
from email.message import Message

strict = compat32.clone(raise_on_defect=True)
fp = FeedParser(policy=strict)
try:
    fp.feed("Subject: x\n")
    print("fed 1")
    fp.feed(" bad continuation ok\nnot a header\n")
    print("fed 2")
except errors.MessageDefect as e:
    print("raised in feed", type(e).__name__)
made = []


class Counting(Message):
    def __init__(self, policy=compat32):
        made.append(1)
        Message.__init__(self, policy=policy)


fp = FeedParser(Counting)
print(len(made))
fp.feed("Content-Type: multipart/mixed; boundary=b\n\n--b\n\none\n")
print(len(made))
fp.feed("--b\n\ntwo\n--b--\n")
print(len(made))
m = fp.close()
print(len(made), [p.get_payload() for p in m.get_payload()])
fp = FeedParser()
for ch in "Subject: s\r\n\r\nbody\rmore\r":
    fp.feed(ch)
m = fp.close()
print(m.items(), repr(m.get_payload()))
fp = FeedParser()
fp.feed("")
print(fp.close().items())
