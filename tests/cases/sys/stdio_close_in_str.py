# print() looks at the stream after each str(): closing it from __str__
# makes the next write raise.
import sys


class Closer:
    def __str__(self):
        sys.stdout.close()
        return "closed in __str__"


try:
    print("a", Closer(), "b")
except ValueError as e:
    sys.stderr.write(f"ValueError: {e}\n")
