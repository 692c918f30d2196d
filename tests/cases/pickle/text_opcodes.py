# Hand-written protocol 0 and 1 pickles: INST, OBJ, DICT, LIST, TUPLE,
# text PUT/GET, DUP, POP and POP_MARK.
import pickle


class Thing:
    def __init__(self, *args):
        self.args = args


class InitArgs:
    def __getinitargs__(self):
        return ()

    def __init__(self, *args):
        print('__init__', args)


for data in [
    b'(i__main__\nThing\n(dS\'k\'\nI1\nsb.',
    b'(i__main__\nThing\nI1\nI2\ntp0\n.',
    b'(c__main__\nThing\nI5\no.',
    b'(c__main__\nThing\no.',
    b'(i__main__\nInitArgs\n.',
    b'(c__main__\nInitArgs\no.',
    b'(I1\nI2\nI3\nt.',
    b'(I1\nI2\nl.',
    b'(S"a"\nI1\nS"b"\nI2\nd.',
    b'I1\n2t.',
    b'(I1\n2t.',
    b'I1\nI2\n0.',
    b'(I1\nI2\n1N.',
    b'I7\np3\n0g3\n.',
    b'(lp0\ng0\na.',
    b']q\x00(h\x00h\x00e.',
    b'}q\x05(K\x01h\x05u.',
    b'(N(N0N.',
    b'(N0.',
]:
    try:
        r = pickle.loads(data)
        print(repr(data), '->', type(r).__name__, getattr(r, 'args', None) or getattr(r, '__dict__', None) or r)
    except Exception as e:
        print(repr(data), type(e).__name__, e)
r = pickle.loads(b'(lp0\ng0\na.')
print(r[0] is r)
