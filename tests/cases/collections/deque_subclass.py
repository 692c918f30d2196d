from collections import deque


class D(deque):
    def __init__(self, *args, **kwds):
        super().__init__(*args, **kwds)
        self.tag = 'x'


d = D('abc', maxlen=5)
print(d, repr(d), d.tag, type(d).__name__)
c = d.copy()
print(type(c).__name__, c, c.maxlen, c.tag)
print(type(d + D('z')).__name__, d + D('z'))
print(type(d * 2).__name__, d * 2)
d.append('q')
print(d, len(d), isinstance(d, deque))


class Stack(deque):
    def push(self, x):
        self.append(x)


s = Stack()
s.push(1)
s.push(2)
print(s, s.pop(), s)
print(deque[int], deque.__class_getitem__(str), deque[int].__origin__)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(deque.__module__, deque.__name__, deque.__qualname__, deque.__doc__)
print(deque.append.__doc__, deque.index.__text_signature__, deque.rotate.__text_signature__)
print(deque.count.__text_signature__, deque.maxlen.__doc__)
