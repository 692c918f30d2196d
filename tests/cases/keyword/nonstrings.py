# keyword tests accept any hashable object and answer False.
import keyword

for v in [1, None, 3.5, b"if", ("if",), frozenset(), True]:
    print(repr(v), keyword.iskeyword(v), keyword.issoftkeyword(v))
class S(str):
    pass
print(keyword.iskeyword(S("while")), keyword.issoftkeyword(S("match")))
