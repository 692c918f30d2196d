# ASCII and Latin-1 with each handler over a long mixed string.
text = ''.join(chr(c) for c in [65, 233, 255, 256, 8364, 55296, 56448, 127, 128, 0x1F600, 66]) * 3
for enc in ['ascii', 'latin-1', 'us-ascii', 'iso-8859-1']:
    for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass', 'strict']:
        try:
            print(enc, h, text.encode(enc, h))
        except UnicodeEncodeError as e:
            print(enc, h, e)
data = bytes(range(120, 140)) * 2
for h in ['ignore', 'replace', 'backslashreplace', 'surrogateescape', 'strict', 'xmlcharrefreplace']:
    try:
        print(h, ascii(data.decode('ascii', h)))
    except Exception as e:
        print(h, type(e).__name__, e)
