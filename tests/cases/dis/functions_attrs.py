# function definitions: defaults, keyword defaults, annotations, decorators, lambdas
import dis


def deco(f):
    return f


def make():
    @deco
    def f(a: int = 1, *, b: str = "x") -> None:
        return lambda y=a: y + b
    return f


dis.dis(make)
dis.dis(make())
dis.dis(make()())
