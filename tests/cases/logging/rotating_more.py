# cwd: tmp
# RotatingFileHandler without a size limit or without backups, in delay
# mode, and doRollover called directly.
import logging, logging.handlers, os

def files():
    return {n: open(n).read() for n in sorted(os.listdir('.'))}

log = logging.getLogger('rm')
log.propagate = False
nolimit = logging.handlers.RotatingFileHandler('nolimit.log', backupCount=3)
log.addHandler(nolimit)
for i in range(5):
    log.warning('line %d', i)
nolimit.doRollover()
log.warning('after forced rollover')
nolimit.close()
log.removeHandler(nolimit)
nb = logging.handlers.RotatingFileHandler('nobackup.log', maxBytes=8)
log.addHandler(nb)
log.warning('aaaa')
log.warning('bbbb')
log.warning('cccc')
nb.close()
log.removeHandler(nb)
d = logging.handlers.RotatingFileHandler('delay.log', maxBytes=8, backupCount=1, delay=True)
print(d.stream)
d.doRollover()
print(d.stream, os.path.exists('delay.log'))
log.addHandler(d)
log.warning('x' * 3)
log.warning('y' * 3)
log.warning('z' * 3)
d.close()
print(files())
