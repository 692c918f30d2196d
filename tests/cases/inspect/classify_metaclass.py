import inspect, enum
class Meta(type):
    def meta_method(cls): pass
    meta_value = 3
class WithMeta(metaclass=Meta):
    own = 1
for a in inspect.classify_class_attrs(WithMeta):
    if not a.name.startswith('_'):
        print(a.name, a.kind, a.defining_class.__name__)
print([n for n, v in inspect.getmembers(WithMeta) if not n.startswith('_')])
print(inspect.getattr_static(WithMeta, 'meta_value'), inspect.getattr_static(WithMeta, 'own'))
