# Argument checking of the built-in functions: each is called with too few
# and too many arguments and with wrong keywords, and the messages, its
# __text_signature__ and the first line of its __doc__ are printed.
# lib: argprobe
import builtins
from argprobe import attempt, probe

hidden = {
    "dir": "(object=None, /)",
    "getattr": "(object, name, default=None, /)",
    "iter": "(object, sentinel=None, /)",
    "max": "(iterable, /, *args, key=None, default=None)",
    "min": "(iterable, /, *args, key=None, default=None)",
    "next": "(iterator, default=None, /)",
    "vars": "(object=None, /)",
}
names = ["__import__", "abs", "aiter", "all", "anext", "any", "ascii", "bin", "callable", "chr", "compile",
         "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex",
         "id", "input", "isinstance", "issubclass", "iter", "len", "locals", "max", "min", "next", "oct", "open",
         "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars"]
for name in names:
    probe(name, getattr(builtins, name), hidden.get(name))

# the keyword parsers' finer points
attempt("max 3 kw", max, 1, 2, key=None, default=1, bogus=2)
attempt("max default many", max, 1, 2, default=1)
attempt("min close", min, [1], kye=None)
attempt("sorted kw", sorted, [], reverse=True, bogus=1)
attempt("print many kw", print, sep=" ", end="", file=None, flush=False, bogus=1)
attempt("round ndigits", round, number=1.25, ndigits=1)
attempt("pow kw", pow, base=2, exp=10, mod=1000)
attempt("sum start kw", sum, [1], start=10)
attempt("len empty kw", len, [1], **{})
attempt("getattr empty kw", getattr, 1, "real", **{})
print(sorted([3, 1, 2], reverse=True), max(3, 7), min([4, 2], key=abs), max([], default="none"))
print(getattr.__text_signature__, min.__text_signature__, print.__text_signature__)
print(len.__qualname__, len.__module__, len.__self__ is builtins)
