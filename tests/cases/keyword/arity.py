# keyword tests take exactly one argument.
import keyword

for args in [(), ("if", "else")]:
    for f in (keyword.iskeyword, keyword.issoftkeyword):
        try:
            f(*args)
        except TypeError as e:
            print("TypeError:", e)
try:
    keyword.iskeyword(x="if")
except TypeError as e:
    print("TypeError:", e)
