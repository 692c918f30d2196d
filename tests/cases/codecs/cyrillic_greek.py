# Text in the Cyrillic, Greek, Hebrew and Thai table codecs.
samples = {'\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440!': ['koi8-r', 'koi8-u', 'cp1251', 'cp866', 'iso8859-5', 'mac-cyrillic', 'cp855', 'kz1048', 'ptcp154'],
           '\u0393\u03b5\u03b9\u03ac \u03c3\u03bf\u03c5': ['cp1253', 'iso8859-7', 'mac-greek', 'cp737', 'cp869', 'cp875'],
           '\u05e9\u05dc\u05d5\u05dd': ['cp1255', 'iso8859-8', 'cp862', 'cp424', 'cp856'],
           '\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35': ['tis-620', 'cp874', 'iso8859-11']}
for text, encs in samples.items():
    for enc in encs:
        data = text.encode(enc)
        print(enc, data, data.decode(enc) == text)
