# BufferingFormatter: header, footer, the line formatter.
import logging

recs = [logging.makeLogRecord({'msg': 'r%d' % i, 'levelname': 'INFO'}) for i in range(3)]
print(repr(logging.BufferingFormatter().format(recs)))
print(repr(logging.BufferingFormatter().format([])))
class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '<%d>' % len(records)
    def formatFooter(self, records):
        return '</>'
f = Framed(logging.Formatter('%(levelname)s:%(message)s;'))
print(f.format(recs), repr(f.format([])))
print(logging.BufferingFormatter().linefmt is logging._defaultFormatter)
