# Many records through a logger to a StringIO: levels, filtering by level,
# %-formatting of arguments, a formatter with several fields, propagation.
import time
import io
import logging


N = 8000


def main():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(lineno)d %(message)s'))
    top = logging.getLogger('bench')
    top.addHandler(handler)
    top.setLevel(logging.INFO)
    top.propagate = False
    child = logging.getLogger('bench.child')
    for i in range(N):
        child.info('record %d of %s', i, 'many')
        child.debug('filtered out %d', i)
        if i % 10 == 0:
            top.warning('warning %r', (i, i * 2))
    text = stream.getvalue()
    top.removeHandler(handler)
    return len(text) + text.count('\n') * 7 + text.count('WARNING')


start = time.perf_counter()
result = main()
elapsed = (time.perf_counter() - start) * 1000.0
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % elapsed)
