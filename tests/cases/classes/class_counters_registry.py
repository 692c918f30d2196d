class Counted:
    instances = 0
    def __init__(self):
        type(self).instances += 1
        Counted.instances_total = getattr(Counted, "instances_total", 0) + 1
class A(Counted): pass
class B(Counted): pass
A(); A(); B()
print(A.instances, B.instances, Counted.instances, Counted.instances_total)
print("instances" in A.__dict__, "instances" in Counted.__dict__)
