# namereplace and xmlcharrefreplace over characters with and without names.
chars = 'a\xa0\xe9\u0100\u20ac\u2028\u4e00\uac00\ue000\uffff\U0001f600\U000e0001\U0010ffff\u0378\ud800'
for enc in ['ascii', 'latin-1', 'cp1252', 'koi8-r', 'iso8859-15', 'utf-8']:
    for h in ['namereplace', 'xmlcharrefreplace', 'backslashreplace']:
        try:
            print(enc, h, chars.encode(enc, h))
        except UnicodeEncodeError as e:
            print(enc, h, e)
