class RL:
    def __radd__(self, o): return "RL.radd"
l = [1]
l += RL()
print(l)
t = (1,)
t += RL()
print(t)
