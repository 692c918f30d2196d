import array, warnings
a = array.array('u', 'abc')
print(a, a.itemsize, a.tounicode(), memoryview(a).format)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    array.array('u')
    array.array('w')
    print([(x.category.__name__, str(x.message)) for x in w])
warnings.simplefilter("error")
try:
    array.array('u')
except DeprecationWarning as e:
    print("error:", e)
print(array.array('w', 'x'))
