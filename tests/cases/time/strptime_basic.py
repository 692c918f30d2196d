# strptime(): the directives and their values.
# env: TZ=UTC
import time


def show(data, fmt=None):
    try:
        r = time.strptime(data) if fmt is None else time.strptime(data, fmt)
        print(repr(data), repr(fmt), tuple(r), r.tm_zone, r.tm_gmtoff)
    except ValueError as e:
        print(repr(data), repr(fmt), "! ValueError", e)


show("Sat Jan  1 00:00:00 2000")
show("Mon Feb 29 13:14:15 2016")
show("2000", "%Y")
show("2000-02-29", "%Y-%m-%d")
show("1999-12-31 23:59:59", "%Y-%m-%d %H:%M:%S")
show("99", "%y"), show("68", "%y"), show("69", "%y"), show("00", "%y")
show("jAn 5 2000", "%b %d %Y"), show("SEPTEMBER 2001", "%B %Y"), show("sep 2001", "%b %Y")
show("Monday 2000 01 3", "%A %Y %W %w"), show("mon 2001", "%a %Y"), show("Sunday 2001", "%A %Y")
show("12 AM 2000", "%I %p %Y"), show("12 pm 2000", "%I %p %Y"), show("1 PM 2000", "%I %p %Y")
show("11 am 2000", "%I %p %Y"), show("12 2000", "%I %Y"), show("13 PM 2000", "%H %p %Y")
show("2000 100", "%Y %j"), show("2000 366", "%Y %j"), show("2001 366", "%Y %j"), show("2000 001", "%Y %j")
show("2000 10 3", "%Y %U %w"), show("2000 10 3", "%Y %W %w"), show("2000 0 0", "%Y %U %w")
show("2000 53 6", "%Y %U %w"), show("2001 0 mon", "%Y %W %a"), show("2001 0 sun", "%Y %U %a")
show("2004 53 1", "%G %V %u"), show("2004 53 7", "%G %V %u"), show("2005 1 sat", "%G %V %a")
show("2009 1 0", "%G %V %w")
show("123456 2000", "%f %Y"), show("1 2000", "%f %Y"), show("000100 2000", "%f %Y")
show("01:02:03 2000", "%X %Y"), show("01/02/03", "%x"), show("Sat Jan  1 00:00:00 2000", "%c")
show("01:02:03 2000", "%T %Y"), show("01:02 2000", "%R %Y"), show("12:02:03 AM 2000", "%r %Y")
show(" 5 2000", "%e %Y"), show("5 2000", "%k %Y"), show(" 7 2000", "%l %Y"), show("7 pm 2000", "%l %P %Y")
show("1234 2000", "%H%M %Y"), show("123 2000", "%H%M %Y"), show("0415 2000", "%m%d %Y")
show("100% 2000", "100%% %Y"), show("(2000)", "(%Y)"), show("[2000]*", "[%Y]*"), show("2000.", "%Y.")
show("ab", "AB"), show("", ""), show("2000\t\n 1", "%Y %m"), show("2000\u3000\u20031", "%Y %m")
show("\u0662\u0660\u0660\u0660", "%Y"), show("2000 1", "%Y%n%m"), show("2000 1", "%Y%t%m")
show("1 2000", "%-d %Y"), show("01 2000", "%0m %Y"), show("2000", "%4Y"), show("01 2000", "%_d %Y")
