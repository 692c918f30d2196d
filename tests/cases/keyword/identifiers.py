# keyword with str.isidentifier: which words are usable as names.
import keyword

words = "class klass match case type _ lambda print self await async None none yield yields".split()
for w in words:
    usable = w.isidentifier() and not keyword.iskeyword(w)
    soft = keyword.issoftkeyword(w)
    print(f"{w:8} identifier={w.isidentifier()!s:5} usable={usable!s:5} soft={soft}")
print([w for w in keyword.kwlist if w[0].isupper()])
print({w: len(w) for w in keyword.softkwlist})
