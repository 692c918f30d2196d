# A bound method shows its function's __doc__ (None when it has none).
class A:
    def f(self):
        'doc of f'

    @classmethod
    def g(cls):
        'doc of g'

    @staticmethod
    def s():
        'doc of s'

    def h(self):
        pass


a = A()
print(a.f.__doc__, A.g.__doc__, a.g.__doc__, A.s.__doc__, a.h.__doc__)
print(A.__dict__['g'].__doc__, A.__dict__['s'].__doc__, A.__dict__['f'].__doc__)
print([].append.__doc__)
