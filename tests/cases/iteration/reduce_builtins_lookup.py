# The reductions name builtins.iter and builtins.reversed as they are when
# __reduce__ runs; a missing one is an AttributeError.  Types that reduce to
# themselves (reversed over a sequence, enumerate, zip) do not look.
# lib: itershape
from itershape import show
import builtins

it = iter([1, 2])
rev = reversed([1, 2])
seq_rev = reversed((1, 2))
d_it = iter({1: 2})
r_it = iter(range(3))
saved_iter, saved_reversed = builtins.iter, builtins.reversed
builtins.iter = len
builtins.reversed = min
show("list, iter replaced", it)
show("list reversed, reversed replaced", rev)
show("tuple reversed", seq_rev)
show("dict", d_it)
show("range", r_it)
del builtins.iter, builtins.reversed
show("list, no iter", it)
show("list reversed, no reversed", rev)
show("range, no iter", r_it)
show("set, no iter", saved_iter({1}))
show("enumerate", enumerate("a"))
builtins.iter, builtins.reversed = saved_iter, saved_reversed
show("restored", it)
