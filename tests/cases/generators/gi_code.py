def g():
    yield 1

it = g()
print(it.gi_code.co_name, it.gi_code is g.__code__)
next(it)
print(it.gi_code is g.__code__)
list(it)
print(it.gi_code is g.__code__)
print(it.gi_code.co_name)
it2 = g()
it2.close()
print(it2.gi_code.co_name)
