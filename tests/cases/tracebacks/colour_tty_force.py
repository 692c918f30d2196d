# stderr a terminal and TERM=dumb, but FORCE_COLOR set: coloured.
# driver: tty
# env: TERM=dumb FORCE_COLOR=yes
class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        return self.items.pop()

Stack().pop()
