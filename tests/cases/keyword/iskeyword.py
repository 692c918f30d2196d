# keyword.iskeyword over every hard and soft keyword and some near misses.
import keyword

for w in keyword.kwlist + keyword.softkwlist:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
for w in ["", "print", "none", "TRUE", "If", "matches", "__", "_x", "async ", "exec", "nonlocal"]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
