import inspect

for f in (len, sorted, print, zip, abs, divmod, isinstance, iter, repr, getattr, max, min,
          dict.get, dict.fromkeys, {}.get, [].append, list.append, str.join, ''.join,
          object.__init__, object().__init__, int.__add__, (1).__add__, type.__call__,
          object.__setattr__, int.__pow__, str.split, str.count, dict.pop):
    try:
        print(getattr(f, '__qualname__', f.__name__), inspect.signature(f))
    except ValueError as e:
        print('ValueError', str(e).split(' at 0x')[0])
print(inspect.getfullargspec([].append))
print(inspect.getfullargspec(dict.get))
print(inspect.signature(len).parameters['obj'].kind)
