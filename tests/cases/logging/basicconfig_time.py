# basicConfig with a date format, a fixed clock and every style.
import logging, sys, time

logging.Formatter.converter = time.gmtime
class FixedRecord(logging.LogRecord):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.created = 1000000000.25
        self.msecs = 250.0
logging.setLogRecordFactory(FixedRecord)
logging.basicConfig(stream=sys.stdout, format='%(asctime)s %(levelname)-8s %(message)s',
                    datefmt='%d.%m.%Y %H:%M:%S')
logging.warning('with datefmt')
logging.basicConfig(force=True, stream=sys.stdout, format='{asctime} {message}', style='{')
logging.warning('default date format')
logging.basicConfig(force=True, stream=sys.stdout, format='${asctime}|$message', style='$',
                    datefmt='%H')
logging.warning('dollar')
