# keyword: the module docstring and the functions' nature.
import keyword

print(keyword.__doc__)
print(keyword.iskeyword.__doc__)
print(keyword.issoftkeyword.__name__, keyword.iskeyword.__name__)
print(type(keyword.iskeyword).__name__)
print(type(keyword.iskeyword.__self__).__name__, sorted(keyword.iskeyword.__self__) == keyword.kwlist)
print(sorted(keyword.issoftkeyword.__self__))
