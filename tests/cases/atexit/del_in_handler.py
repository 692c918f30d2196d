# Objects made and dropped in a handler are finalized at once; a global
# with __del__ lives until after the handlers.
import atexit


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


g = Loud("global")


def handler():
    tmp = Loud("temporary")
    print("handler sees", g.name)


atexit.register(handler)
print("main")
