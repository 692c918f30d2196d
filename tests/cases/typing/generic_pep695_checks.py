# Generic[...] together with the type parameter syntax, and repeated Generic bases
from typing import Generic, TypeVar, Protocol, List

T = TypeVar('T')


class G(Generic[T]):
    pass


def attempt(src):
    ns = {'Generic': Generic, 'T': T, 'Protocol': Protocol, 'G': G, 'List': List}
    try:
        exec(src, ns)
    except TypeError as e:
        print(type(e).__name__, e)
    else:
        c = ns['C']
        print([b.__name__ for b in c.__mro__], c.__parameters__)


attempt("class C[T](Generic[T]): pass")
attempt("class C[U](Generic[T]): pass")
attempt("class C[U](Generic[U]): pass")
attempt("class C[U](Generic): pass")
attempt("class C[U](Protocol[U]): pass")
attempt("class C[U](Protocol): pass")
attempt("class C[U](Protocol[T]): pass")
attempt("class C(Generic[T], Generic[T]): pass")
attempt("class C(Generic[T], G): pass")
attempt("class C(Generic[T], G[T]): pass")
attempt("class C(G[T], Generic[T]): pass")
attempt("class C(List[T], Generic[T]): pass")
attempt("class C(Generic[T], List[T]): pass")
attempt("class C(G, G[T]): pass")
attempt("class C[U](G): pass")
attempt("class C[U](G[U]): pass")
attempt("class C[U](G[T]): pass")
attempt("class C[U](list[U]): pass")
attempt("class C[*Ts](Generic[*Ts]): pass")
print(Generic[T] is Generic[T], Protocol[T] is Protocol[T], Generic[T] == Generic[T])
