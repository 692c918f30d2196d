# options: -W error
import warnings
class D:
    def __del__(self, warn=warnings.warn):
        print("del", self.n)
        warn(123)
        warn("text %d" % self.n, RuntimeWarning)
        warn(UserWarning("instance"))
cyc = [D()]; cyc.append(cyc); cyc[0].n = 1
d = D(); d.n = 2
print("end")
