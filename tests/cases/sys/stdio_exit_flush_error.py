# A flush of sys.stdout that fails at exit is reported, and the exit status
# becomes 120.
import sys


class Failing:
    def write(self, s):
        return sys.__stdout__.write(s)

    def flush(self):
        raise ValueError("bad flush")


sys.stdout = Failing()
print("printed")
