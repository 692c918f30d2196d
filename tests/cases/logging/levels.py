# Level names both ways, addLevelName, getLevelNamesMapping and the checks
# setLevel makes of its argument.
import logging

for value in (0, 10, 20, 30, 40, 50, 33, 'INFO', 'WARN', 'FATAL', 'nope', None, 'Level 5'):
    print(repr(value), '->', repr(logging.getLevelName(value)))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
m = logging.getLevelNamesMapping()
print(m)
m['X'] = 1
print('X' in logging.getLevelNamesMapping())
log = logging.getLogger('lv')
for bad in ('BOGUS', 1.5, None, [], 'info'):
    try:
        log.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
log.setLevel('NOTICE')
print(log.level, log)
log.setLevel(True)
print(log.level, log.getEffectiveLevel())
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
h = logging.Handler()
for bad in ('X', 2.0):
    try:
        h.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
h.setLevel('ERROR')
print(h, h.level)
try:
    logging.Handler(level='NOPE')
except ValueError as e:
    print(e)
