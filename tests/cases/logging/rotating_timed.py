# cwd: tmp
# TimedRotatingFileHandler: the rollover times computed from fixed times,
# the suffixes, the errors, and a rollover forced at a fixed time.
import logging, logging.handlers, os, datetime

T = 1700000000   # a Tuesday, 22:13:20 UTC
H = logging.handlers.TimedRotatingFileHandler
for when, interval, at in [('S', 1, None), ('m', 2, None), ('H', 1, None), ('d', 1, None),
                           ('midnight', 1, None), ('MIDNIGHT', 2, None), ('midnight', 3, None),
                           ('midnight', 1, datetime.time(23, 0)),
                           ('midnight', 1, datetime.time(1, 30)),
                           ('midnight', 2, datetime.time(23, 0)),
                           ('W0', 1, None), ('W1', 1, None), ('w1', 2, None), ('W2', 1, None),
                           ('W2', 2, None), ('W0', 3, None), ('W6', 1, None),
                           ('W1', 1, datetime.time(23)), ('W1', 2, datetime.time(23)),
                           ('H', 1, datetime.time(5)), ('D', 3, datetime.time(5))]:
    h = H('t.log', when=when, interval=interval, utc=True, atTime=at, delay=True)
    print(when, interval, at, h.when, h.interval, h.suffix, h.extMatch.pattern,
          h.computeRollover(T) - T, h.computeRollover(T + 7200) - T)
    h.close()
for bad in ['X', 'W7', 'W', 'Wx', 'w', 'W12', '']:
    try:
        H('t.log', when=bad, delay=True)
        print(bad, 'accepted')
    except ValueError as e:
        print('ValueError', e)
print(sorted(os.listdir('.')))
h = H('app.log', when='S', utc=True, backupCount=2)
h.setFormatter(logging.Formatter('%(message)s'))
log = logging.getLogger('timed')
log.propagate = False
log.addHandler(h)
log.warning('first period')
for k, stamp in enumerate([T, T + 1, T + 2, T + 3]):
    h.rolloverAt = stamp + h.interval
    h.doRollover()
    # doRollover set the next rollover a second from now: pushed away, so that
    # the record below cannot meet a second boundary of the wall clock.
    h.rolloverAt = 2 ** 40
    log.warning('after rollover %d', k)
h.close()
names = sorted(os.listdir('.'))
print(names)
print({n: open(n).read() for n in names})
with open('app.log.2099-01-01_00-00-00', 'w') as f:
    f.write('future')
with open('app.log.notadate', 'w') as f:
    f.write('kept')
h2 = H('app.log', when='S', utc=True, backupCount=1)
print([os.path.basename(p) for p in h2.getFilesToDelete()])
h2.backupCount = 10
print(h2.getFilesToDelete())
h2.namer = lambda n: n + '.gz'
print([os.path.basename(p) for p in h2.getFilesToDelete()])
h2.close()
