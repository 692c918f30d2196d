# stderr a terminal, -E: PYTHON_COLORS=0 is ignored, so coloured.
# driver: tty
# options: -E
# env: TERM=xterm PYTHON_COLORS=0
parse = int
parse("ten")
