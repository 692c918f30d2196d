# keyword: the two lists, their order, types and the module's names.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist))
print(type(keyword.kwlist).__name__, type(keyword.softkwlist).__name__)
print(keyword.kwlist == sorted(keyword.kwlist), keyword.softkwlist == sorted(keyword.softkwlist))
print(keyword.__all__)
print(sorted(n for n in dir(keyword) if not n.startswith("__") or n == "__all__"))
