class Shape:
    registry = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind or cls.__name__.lower()
        Shape.registry[cls.kind] = cls
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
class Square(Shape, kind="sq"):
    pass
class Circle(Shape):
    pass
print(sorted(Shape.registry), Square.kind, Circle.kind, Shape[int], Square["x"])
