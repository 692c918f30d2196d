# Uncaught RecursionError through __repr__ called from C.
class Node:
    def __init__(self):
        self.other = self

    def __repr__(self):
        return "Node(%r)" % (self.other,)

print(Node())
