import sys
class Stand:
    def __repr__(self):
        return "<stand-in>"
sys.modules[__name__] = Stand()
