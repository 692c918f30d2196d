# deque: its items as a list, and maxlen on a line of its own.
import collections
import pprint


class DQ(collections.deque):
    pass


for dq in (collections.deque(range(20)),
           collections.deque(range(20), maxlen=30),
           collections.deque(['x' * 10, 'y' * 10], maxlen=2),
           DQ(range(8)), DQ(range(8), 9),
           collections.deque(), collections.deque(maxlen=3)):
    for width in (1, 20, 40):
        for indent in (1, 4):
            print(pprint.pformat(dq, width=width, indent=indent))
            print(pprint.pformat([dq, 1], width=width, indent=indent,
                                 compact=True))
