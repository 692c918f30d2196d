# Uncaught RecursionError raised inside __eq__ reached from list.__contains__.
class Same:
    def __eq__(self, other):
        return other in [self]

print(Same() in [Same()])
