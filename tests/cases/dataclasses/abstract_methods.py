# A dataclass that defines what an abstract base asked for becomes concrete.
import abc
from dataclasses import dataclass


class Shape(abc.ABC):
    @abc.abstractmethod
    def __repr__(self):
        ...


@dataclass
class Square(Shape):
    side: int


print(Square.__abstractmethods__, Square(2))


@dataclass(repr=False)
class Blob(Shape):
    size: int


try:
    Blob(1)
except TypeError as e:
    print('TypeError:', e)
