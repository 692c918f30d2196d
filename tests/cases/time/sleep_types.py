# sleep() accepts ints, floats and objects with __index__; not __float__.
import time


class Idx:
    def __index__(self):
        return 0


class Flt:
    def __float__(self):
        return 0.0


class SubInt(int):
    pass


class SubFloat(float):
    pass


for v in [0, 0.0, True, SubInt(0), SubFloat(0.001), Idx(), Flt(), "0", b"0", None, 1j]:
    try:
        print(type(v).__name__, time.sleep(v))
    except Exception as e:
        print(type(v).__name__, "!", type(e).__name__, e)
