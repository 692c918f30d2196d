# Western European text in the Latin table codecs.
text = 'Gr\xfc\xdfe, \xe7a va? \xbfQu\xe9 tal? \xa3\xa5\xa9 \u20ac'
for enc in ['cp1252', 'iso8859-15', 'iso8859-1', 'mac-roman', 'cp850', 'cp858', 'cp437', 'cp1140', 'cp037', 'cp500',
            'cp273', 'hp-roman8', 'mac-iceland', 'iso8859-16', 'cp1250', 'iso8859-2', 'latin-10', 'cp1257']:
    try:
        data = text.encode(enc)
        print(enc, data, data.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, e, text.encode(enc, 'replace'))
