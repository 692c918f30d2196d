# importlib.invalidate_caches calls the finders' invalidate_caches.
import importlib
import sys


class Finder:
    calls = 0

    def find_spec(self, name, path, target=None):
        return None

    def invalidate_caches(self):
        Finder.calls += 1


sys.meta_path.append(Finder())
sys.meta_path.append(object())
print(importlib.invalidate_caches())
print(Finder.calls)
sys.path_importer_cache["relative/entry"] = None
importlib.invalidate_caches()
print("relative/entry" in sys.path_importer_cache, Finder.calls)
