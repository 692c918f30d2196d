import inspect
import functools
import itertools
import operator

for f in (functools.reduce, functools.cmp_to_key, itertools.count, itertools.islice, itertools.chain,
          itertools.chain.from_iterable, operator.add, operator.itemgetter, sorted, enumerate, zip,
          map, filter, reversed, hash, id, pow, round, setattr, dir, vars, next, iter,
          str.split, str.replace, str.encode, bytes.decode, list.sort, list.index, dict.setdefault,
          int.to_bytes, int.from_bytes, float.fromhex):
    try:
        print(f.__qualname__, inspect.signature(f))
    except ValueError as e:
        print(f.__qualname__, 'ValueError', str(e).split(' at 0x')[0])
print(inspect.signature(functools.partial(sorted, key=len)))
print(inspect.signature(str.split).parameters['sep'].default, inspect.signature(int.to_bytes).parameters['byteorder'])
print(inspect.signature(zip).parameters['strict'].kind)
