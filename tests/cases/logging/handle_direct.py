# Logger.handle and callHandlers with hand-made records; handler levels
# along the chain; records below a logger's level still reach ancestors'
# handlers once created.
import logging, sys

def handler(tag, level=0):
    h = logging.StreamHandler(sys.stdout)
    h.setLevel(level)
    h.setFormatter(logging.Formatter(tag + ' %(name)s %(levelname)s %(message)s'))
    return h

top = logging.getLogger('hd')
mid = logging.getLogger('hd.mid')
low = logging.getLogger('hd.mid.low')
top.addHandler(handler('top', logging.WARNING))
mid.addHandler(handler('mid'))
low.addHandler(handler('low', logging.ERROR))
top.setLevel(logging.CRITICAL)
low.setLevel(logging.DEBUG)
low.debug('debug from low')
low.warning('warning from low')
low.error('error from low')
mid.info('info from mid: top level applies')
rec = logging.makeLogRecord({'name': 'made', 'levelno': 5, 'levelname': 'FIVE', 'msg': 'hand made'})
low.handle(rec)
rec.levelno = 45
low.handle(rec)
mid.propagate = False
low.callHandlers(rec)
top.disabled = True
top.handle(rec)
low.filters.append(lambda r: False)
low.handle(rec)
print('end')
