# keyword: the lists are plain lists; changing them does not change the tests.
import keyword

kw = keyword.kwlist
kw.append("spam")
print(keyword.iskeyword("spam"), "spam" in keyword.kwlist)
kw.remove("spam")
keyword.softkwlist.insert(0, "egg")
print(keyword.issoftkeyword("egg"))
del keyword.softkwlist[0]
print(keyword.softkwlist)
