# On a terminal too, "Exception ignored" reports stay plain, and a
# SystemExit's message is printed plain.
# driver: tty
# env: TERM=xterm
class Handle:
    def __del__(self):
        raise OSError("flush failed")

h = Handle()
del h
raise SystemExit("exiting: 2 errors")
