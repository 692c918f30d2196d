import unicodedata as u
for ch in "aZ0 ~\u00e9\u0301\u00bd\u2167\u20ac\u4e00\u9fff\uac00\ud7a3\uf900\U0001F600\U00013460\U00018B00\U0001B170\U0002A6DF\U000E0100":
    print(ascii(ch), u.name(ch))
for ch in "\x00\x1f\x7f\x9f\ud800\udfff\ue000\U000F0000\U0010FFFF\u0378\U00017000\U000187F7":
    print(ascii(ch), u.name(ch, None), u.name(ch, "dflt"))
try:
    u.name("\x00")
except ValueError as e:
    print("ValueError", e)
