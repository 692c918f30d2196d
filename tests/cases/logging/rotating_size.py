# cwd: tmp
# RotatingFileHandler: rollover by size, backups shifted, namer and rotator.
import logging, logging.handlers, os

def files():
    return {n: open(n).read() for n in sorted(os.listdir('.'))}

log = logging.getLogger('rot')
log.propagate = False
h = logging.handlers.RotatingFileHandler('r.log', maxBytes=20, backupCount=2)
h.setFormatter(logging.Formatter('%(message)s'))
print(h.mode, h.maxBytes, h.backupCount, h.encoding, h.namer, h.rotator)
log.addHandler(h)
for i in range(8):
    log.warning('line %d....', i)
h.close()
print(files())
log.removeHandler(h)
for n in os.listdir('.'):
    os.remove(n)
big = logging.handlers.RotatingFileHandler('big.log', maxBytes=5, backupCount=1)
log.addHandler(big)
log.warning('longer than five')
log.warning('another long one')
big.close()
log.removeHandler(big)
print(files())
w = logging.handlers.RotatingFileHandler('w.log', 'w', maxBytes=0)
print(w.mode)
w.close()
w2 = logging.handlers.RotatingFileHandler('w.log', 'w', maxBytes=10)
print(w2.mode)
w2.close()
nb = logging.handlers.RotatingFileHandler('nb.log', maxBytes=10, backupCount=0)
log.addHandler(nb)
log.warning('first line')
log.warning('second line')
nb.close()
log.removeHandler(nb)
print(files()['nb.log'])
n = logging.handlers.RotatingFileHandler('n.log', maxBytes=12, backupCount=3, delay=True)
n.namer = lambda name: name.replace('n.log.', 'old-') + '.txt'
def rot(src, dst):
    print('rotate', os.path.basename(src), os.path.basename(dst))
    os.rename(src, dst)
n.rotator = rot
print(n.stream)
log.addHandler(n)
for i in range(5):
    log.warning('msg %d', i)
n.close()
print({k: v for k, v in files().items() if k.startswith(('n.', 'old'))})
print(n.rotation_filename('x'), logging.handlers.BaseRotatingHandler.namer)
