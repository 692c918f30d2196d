# Formatter defaults never hide a record's own attributes; usesTime in
# each style; asctime is set only when the format uses it.
import logging, time

logging.Formatter.converter = time.gmtime
rec = logging.makeLogRecord({'msg': 'm', 'created': 0.0, 'msecs': 0.0, 'user': 'real'})
for fmt, style in [('%(user)s %(extra)s', '%'), ('{user} {extra}', '{'), ('$user $extra', '$')]:
    f = logging.Formatter(fmt, style=style, defaults={'user': 'default', 'extra': 'X'})
    print(f.format(rec))
print(hasattr(rec, 'asctime'))
logging.Formatter('%(message)s').format(rec)
print(hasattr(rec, 'asctime'), rec.message)
logging.Formatter('%(asctime)s %(message)s').format(rec)
print(rec.asctime)
rec.created = 86399.999
rec.msecs = 999.0
print(logging.Formatter('%(asctime)s').format(rec))
print(logging.Formatter('%(asctime)s', datefmt='%j %H').format(rec))
f = logging.Formatter('%(message)s')
f.default_msec_format = '%s.%03d!'
print(f.formatTime(rec))
class Local(logging.Formatter):
    converter = staticmethod(lambda secs: time.gmtime(secs + 3600))
print(Local().formatTime(rec, '%H:%M'))
