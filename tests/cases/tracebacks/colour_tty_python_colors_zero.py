# stderr a terminal, PYTHON_COLORS=0: plain; under -E it would be coloured.
# driver: tty
# env: TERM=xterm PYTHON_COLORS=0
import sys

print(sys.stderr.isatty())
parse = int
parse("ten")
