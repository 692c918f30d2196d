# The module's names and documentation.
import pprint

print(pprint.__all__)
print(pprint.__doc__)
for name in pprint.__all__:
    print(name, getattr(pprint, name).__doc__)
print(pprint.PrettyPrinter.__init__.__doc__)
print(pprint.PrettyPrinter.format.__doc__)
print(pprint.pformat.__defaults__, pprint.pformat.__kwdefaults__)
print(pprint.pprint.__defaults__, sorted(pprint.pprint.__kwdefaults__.items()))
print(pprint.pp.__kwdefaults__)
print(pprint.PrettyPrinter.__init__.__defaults__,
      sorted(pprint.PrettyPrinter.__init__.__kwdefaults__.items()))
print(pprint.PrettyPrinter.__module__, pprint.PrettyPrinter.__qualname__)
print([n for n in ('pprint', 'pformat', 'isreadable', 'isrecursive', 'format')
       if callable(getattr(pprint.PrettyPrinter, n, None))])
