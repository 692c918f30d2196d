import traceback

def inner():
    values = [1, 2, 3]
    return values[10]

def middle():
    return inner()

try:
    middle()
except IndexError as e:
    stack = traceback.extract_tb(e.__traceback__)
print(type(stack).__name__, len(stack), isinstance(stack, list))
for fs in stack:
    print(fs.filename.endswith("extract_tb_fields.py"), fs.lineno, fs.end_lineno,
          fs.colno, fs.end_colno, fs.name, repr(fs.line), fs.locals)
    print(tuple(fs)[1:], len(fs), fs[2], fs[-1])
    print(repr(fs).replace(fs.filename, "F"))
