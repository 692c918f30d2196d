# super(), method calls, keyword arguments and *args/**kwargs calls
import dis


class Base:
    def run(self, *a, **k):
        return a, k


class Child(Base):
    def run(self, *a, **k):
        first = super().run(1, key=2)
        second = super(Child, self).run(*a, **k)
        return first, second, self.__class__


dis.dis(Child.run)
