# type() with a __classcell__ in the namespace fills the cell with the new
# class (and takes the entry out of the class dict); other cells stay as
# plain attributes.
def make_cell(value):
    x = value
    return (lambda: x).__closure__[0]

c = make_cell(0)
B = type('B', (), {'__classcell__': c, 'n': 1})
print(c.cell_contents is B, '__classcell__' in B.__dict__, B.n)

other = make_cell("kept")
C = type('C', (), {'__classcell__': make_cell(None), 'other': other})
print(C.other.cell_contents)

try:
    type('D', (), {'__classcell__': 42})
except TypeError as e:
    print("TypeError:", e)
try:
    type('E', (), {'__classdictcell__': 'x'})
except TypeError as e:
    print("TypeError:", e)
d = make_cell(None)
F = type('F', (), {'__classdictcell__': d, 'a': 1})
print(type(d.cell_contents).__name__, d.cell_contents['a'], '__classdictcell__' in F.__dict__)
