# The C library's flags and widths in strftime, and %Z/%z padding.
# env: TZ=America/Los_Angeles
import time

t = time.localtime(1234567890)
for f in ["%-d", "%_d", "%0e", "%^a", "%^B", "%#Z", "%#p", "%10A|", "%-10A|", "%_5m", "%05Y", "%-j", "%3z", "%:z",
          "%-I:%M %p", "%Ey %EY %Od %OH", "%+", "%1", "%%%%", "%5%"]:
    print(repr(f), repr(time.strftime(f, t)))
for f in ["%E%#Z", "\0%E%#Z", "%O%Z", "%E", "%#E#Z", "%-#Z", "%#10Z|", "%Ez %OZ"]:
    print(repr(f), repr(time.strftime(f, t)))
