# formatTime with a fixed creation time: converter, datefmt, msec formats.
import logging, time

rec = logging.makeLogRecord({'msg': 'm', 'created': 1700000000.123456, 'msecs': 123.0})
f = logging.Formatter('%(asctime)s %(message)s')
f.converter = time.gmtime
print(f.format(rec))
print(f.formatTime(rec), f.formatTime(rec, '%d/%m/%Y'))
f2 = logging.Formatter('%(asctime)s|%(message)s', datefmt='%H:%M')
f2.converter = time.gmtime
print(f2.format(rec))
class NoMsec(logging.Formatter):
    converter = time.gmtime
    default_msec_format = None
print(NoMsec('{asctime} {message}', style='{').format(rec))
class Dotted(logging.Formatter):
    converter = time.gmtime
    default_time_format = '%H:%M:%S'
    default_msec_format = '%s.%03d'
print(Dotted('${asctime} $message', style='$').format(rec))
print(rec.asctime)
logging.Formatter.converter = time.gmtime
print(logging.Formatter('%(asctime)s').format(rec))
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format)
