# stderr a terminal: the traceback is coloured with no variable set.
# driver: tty
# env: TERM=xterm-256color
def parse(text):
    return int(text) * 2

print("start")
parse("ten")
