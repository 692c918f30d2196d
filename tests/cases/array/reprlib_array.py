import array, reprlib
print(reprlib.repr(array.array('i', range(100))))
print(reprlib.repr(array.array('w', 'x' * 50)))
print(reprlib.repr(array.array('d')))
print(reprlib.Repr(maxarray=3).repr(array.array('b', [1, 2, 3, 4])))
