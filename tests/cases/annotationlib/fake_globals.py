# Functions made over dict subclasses: LOAD_GLOBAL reads __getitem__ and
# __missing__, LOAD_NAME's global lookup does not.
import types
class D(dict):
    def __missing__(self, key):
        if key.startswith('q'):
            return '<' + key + '>'
        raise KeyError(key)
try:
    exec("print(qx)", D(), {})
except NameError as e:
    print("NameError", e)
exec("print(qx)", D())
exec("def f(): return qy\nprint(f())", D())
class G(dict):
    def __getitem__(self, key):
        if key.startswith('q'):
            return 'g:' + key
        return super().__getitem__(key)
try:
    exec("print(qlen)", G(), {})
except NameError as e:
    print("NameError", e)
exec("def f(): return qlen, len\nprint(f())", G())
exec("class C:\n  def f(): return qz\n  print(f())", D())
def read(): return qname, len('ab')
fn = types.FunctionType(read.__code__, D())
print(fn())
class Raising(dict):
    def __missing__(self, key):
        raise RuntimeError('lookup of ' + key)
fn = types.FunctionType(read.__code__, Raising())
try:
    fn()
except RuntimeError as e:
    print("RuntimeError", e)
def annotated(x: qa, y: list[qb]): pass
fn = types.FunctionType(annotated.__annotate__.__code__, D())
print(fn(2))
