# email.utils: make_msgid, formatdate(now), localtime, constants.
import re
import datetime
from email import utils

mid = utils.make_msgid()
print(bool(re.fullmatch(r"<\d+\.\d+\.\d+@[^>]+>", mid)))
mid = utils.make_msgid("tag", domain="example.com")
print(bool(re.fullmatch(r"<\d+\.\d+\.\d+\.tag@example\.com>", mid)), mid.endswith(".tag@example.com>"))
print(utils.make_msgid(domain="d") != utils.make_msgid(domain="d"))
now = utils.formatdate()
print(bool(re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d -0000", now)))
print(utils.formatdate(usegmt=True).endswith(" GMT"))
lt = utils.localtime()
print(type(lt).__name__, lt.tzinfo is not None)
print(utils.localtime(datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)).tzinfo is not None)
print(utils.COMMASPACE, repr(utils.EMPTYSTRING), repr(utils.CRLF), utils.TICK, utils.supports_strict_parsing)
print(utils.specialsre.pattern, utils.escapesre.pattern)
print(utils._has_surrogates("abc"), utils._has_surrogates("a\udcff"), utils._sanitize("a\udcffb"))
print(sorted(utils.__all__))
print(utils.rfc2231_continuation.match("title*0*").groups(), utils.rfc2231_continuation.match("x"))
try:
    utils.formatdate("not a number")
except TypeError as e:
    print("TypeError", e)
try:
    utils.parsedate_to_datetime(None)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    utils.parsedate_to_datetime("Mon, 20 Nov 2023 25:61:99 +0000")
except ValueError as e:
    print("ValueError", e)
try:
    utils.parsedate_to_datetime("Mon, 20 Nov 99999 10:00:00 +0000")
except ValueError as e:
    print("ValueError", e)
try:
    utils.parsedate_to_datetime("Mon, 20 Nov 2023 10:00:00 +9959")
except ValueError as e:
    print("ValueError", e)
print(utils.parsedate_to_datetime("Mon, 20 Nov 2023 10:00:00 +2359"))
