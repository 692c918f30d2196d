# stderr a terminal, TERM=dumb: plain.
# driver: tty
# env: TERM=dumb
def parse(text):
    return int(text) * 2

parse("ten")
