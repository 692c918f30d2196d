# Uncaught RecursionError in a method called through a bound method object.
class Walker:
    def step(self, n):
        return self.step(n + 1)

w = Walker()
print("start")
w.step(0)
