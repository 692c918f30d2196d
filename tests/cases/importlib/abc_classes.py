# importlib.abc: the finders and loaders of the machinery count as their
# base classes; subclasses get the default methods.
import importlib.abc as abc
import importlib.machinery as m

print(isinstance(m.SourceFileLoader("a", "/a.py"), abc.Loader))
print(isinstance(m.SourceFileLoader("a", "/a.py"), abc.ExecutionLoader))
print(issubclass(m.PathFinder, abc.MetaPathFinder), issubclass(m.FileFinder, abc.PathEntryFinder))
print(issubclass(m.BuiltinImporter, abc.InspectLoader), issubclass(m.BuiltinImporter, abc.Loader))
print(isinstance(object(), abc.Loader), issubclass(int, abc.MetaPathFinder))


class MyLoader(abc.Loader):
    pass


print(MyLoader().create_module(None))


class Finder(abc.MetaPathFinder):
    pass


print(Finder().invalidate_caches(), isinstance(Finder(), abc.MetaPathFinder))
class Inspect(abc.InspectLoader):
    def get_source(self, fullname):
        return None


try:
    Inspect().is_package("x")
except ImportError as e:
    print("ImportError", e)
print(Inspect().get_code("x"))
class Resource(abc.ResourceLoader):
    def get_data(self, path):
        return super().get_data(path)


try:
    Resource().get_data("x")
except OSError as e:
    print("OSError", e)

for cls in (abc.InspectLoader, abc.ResourceLoader, abc.ExecutionLoader, abc.Loader, abc.MetaPathFinder):
    try:
        print(type(cls()).__name__)
    except TypeError as e:
        print(e)
print(type(abc.Loader).__name__, abc.Loader.__abstractmethods__, sorted(abc.ExecutionLoader.__abstractmethods__))
cls = [abc.Loader, abc.MetaPathFinder, abc.PathEntryFinder, abc.ResourceLoader, abc.InspectLoader,
       abc.ExecutionLoader, abc.FileLoader, abc.SourceLoader]
for c in [m.BuiltinImporter, m.FrozenImporter, m.PathFinder, m.FileFinder, m.SourceFileLoader,
          m.SourcelessFileLoader, m.ExtensionFileLoader, m.NamespaceLoader]:
    print(c.__name__, [k.__name__ for k in cls if issubclass(c, k)])
