# Unpacking errors have exact messages.
def attempt(label, fn):
    try:
        fn()
    except ValueError as e:
        print(label, "ValueError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)

def two(seq):
    a, b = seq
    return a, b

def star(seq):
    a, b, *c = seq
    return c

attempt("too many", lambda: two([1, 2, 3]))
attempt("too few", lambda: two([1]))
attempt("star too few", lambda: star((1,)))
attempt("not iterable", lambda: two(5))
attempt("string", lambda: two("xyz"))
print(two("xy"), star("abcde"))
