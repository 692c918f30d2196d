# dispatch_table on the pickler (instance or class attribute) and
# copyreg.pickle for all picklers.
import copyreg
import io
import pickle


class Temp:
    def __init__(self, c):
        self.c = c


def reduce_temp(t):
    return Temp, (t.c * 10,)


buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Temp] = reduce_temp
p.dump(Temp(3))
print(buf.getvalue(), pickle.loads(buf.getvalue()).c)


class TableP(pickle.Pickler):
    dispatch_table = {Temp: lambda t: (Temp, (-t.c,))}


buf = io.BytesIO()
TableP(buf, 4).dump([Temp(5), complex(1, 2)])
r = pickle.loads(buf.getvalue())
print(r[0].c, r[1])
# the ordinary pickler is unaffected
print(pickle.loads(pickle.dumps(Temp(7))).c)

# copyreg.pickle registers for every pickler
copyreg.pickle(Temp, lambda t: (Temp, (t.c + 1,)))
print(pickle.loads(pickle.dumps(Temp(7), 0)).c)
print(pickle.dumps(Temp(1), 2))
del copyreg.dispatch_table[Temp]
print(pickle.loads(pickle.dumps(Temp(7), 0)).c)

try:
    copyreg.pickle(Temp, 5)
except TypeError as e:
    print(e)


class Mapping:
    def __getitem__(self, key):
        if key is Temp:
            return lambda t: (Temp, ('mapped',))
        raise KeyError(key)


class MapP(pickle.Pickler):
    dispatch_table = Mapping()


buf = io.BytesIO()
MapP(buf, 3).dump([Temp(0), 1j])
print(pickle.loads(buf.getvalue())[0].c)
