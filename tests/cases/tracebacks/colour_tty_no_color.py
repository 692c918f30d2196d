# stderr a terminal, NO_COLOR set: plain.
# driver: tty
# env: TERM=xterm-256color NO_COLOR=1
def parse(text):
    return int(text) * 2

parse("ten")
