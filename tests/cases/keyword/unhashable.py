# keyword tests with an unhashable argument fail as a set lookup does.
import keyword

for f in (keyword.iskeyword, keyword.issoftkeyword):
    for v in ([], {}, {1}, bytearray(b"if")):
        try:
            print(f(v))
        except TypeError as e:
            print("TypeError:", e)
