# Empty writes before anything else was written, on every layer of the streams.
import sys

print(end='')
print('', end='', file=sys.stderr)
print(sys.stdout.write(''), sys.stdout.buffer.write(b''), file=sys.stderr)
sys.stderr.buffer.write(b'')
sys.stdout.flush()
print('after')
