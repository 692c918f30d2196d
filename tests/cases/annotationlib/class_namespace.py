# get_annotate_from_class_namespace, as a metaclass would use it.
from annotationlib import get_annotate_from_class_namespace, Format, call_annotate_function
seen = []
class Meta(type):
    def __new__(mcls, name, bases, ns):
        annotate = get_annotate_from_class_namespace(ns)
        seen.append((name, annotate is not None))
        if annotate is not None:
            seen.append(call_annotate_function(annotate, Format.STRING))
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta):
    x: int
    y: Later
class B(metaclass=Meta):
    pass
print(seen)
print(get_annotate_from_class_namespace({'__annotate__': 1}))
print(get_annotate_from_class_namespace({'__annotate_func__': 2}))
print(get_annotate_from_class_namespace({}))
try:
    get_annotate_from_class_namespace(5)
except TypeError as e:
    print("TypeError", e)
