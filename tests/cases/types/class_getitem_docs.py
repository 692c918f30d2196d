import collections
import contextvars
import functools
import itertools
import os
import re
import weakref

for t in (list, dict, tuple, set, frozenset, memoryview, collections.deque, functools.partial, itertools.chain,
          re.Match, os.DirEntry, weakref.ref, contextvars.ContextVar, contextvars.Token, staticmethod, classmethod):
    print(t.__name__, repr(t.__class_getitem__.__doc__), t[int], t.__class_getitem__.__text_signature__)
