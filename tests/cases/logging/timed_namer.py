# cwd: tmp
# TimedRotatingFileHandler with a namer and a rotator, backups counted
# through the namer, and an existing backup of the same period kept.
import logging, logging.handlers, os

T = 1700000000
h = logging.handlers.TimedRotatingFileHandler('app.log', when='M', interval=1, backupCount=2, utc=True)
h.namer = lambda name: name.replace('app.log.', 'app-') + '.old'
h.rotator = lambda src, dst: (print('rotate', os.path.basename(src), os.path.basename(dst)), os.rename(src, dst))
h.setFormatter(logging.Formatter('%(message)s'))
log = logging.getLogger('tn')
log.propagate = False
log.addHandler(h)
for k in range(4):
    log.warning('period %d', k)
    h.rolloverAt = T + 60 * k + h.interval
    h.doRollover()
log.warning('current')
with open('app-2023-11-14_22-13.old', 'w') as f:
    f.write('kept as it is')
h.rolloverAt = T + h.interval
h.doRollover()
h.close()
print({n: open(n).read() for n in sorted(os.listdir('.'))})
