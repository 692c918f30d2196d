"""A small module for the dis cases to disassemble."""

LIMIT = 10


def clamp(x):
    return min(max(x, 0), LIMIT)


class Box:
    def __init__(self, item):
        self.item = item

    def get(self):
        return self.item


square = lambda v: v * v
