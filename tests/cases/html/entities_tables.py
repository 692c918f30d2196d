from html import entities

print(sorted(entities.__all__))
print(len(entities.name2codepoint), len(entities.codepoint2name), len(entities.entitydefs), len(entities.html5))
print(entities.name2codepoint['amp'], entities.name2codepoint['euro'], entities.codepoint2name[0x3b1])
print(ascii(entities.entitydefs['nbsp']), ascii(entities.entitydefs['hearts']), entities.entitydefs['lt'])
print(ascii(entities.html5['amp;']), ascii(entities.html5['amp']), ascii(entities.html5['NotEqualTilde;']))
print(list(entities.name2codepoint)[:10], list(entities.html5)[:10], list(entities.html5)[-5:])
print(list(entities.codepoint2name.items())[:5], list(entities.entitydefs.items())[-3:])
print(sum(entities.name2codepoint.values()), sum(map(len, entities.html5.values())))
print(sum(sum(map(ord, v)) for v in entities.html5.values()), sum(map(len, entities.html5)))
print(sorted(k for k in entities.html5 if not k.endswith(';'))[:20])
print(sorted(k for k, v in entities.html5.items() if len(v) > 1)[:15])
print(type(entities.html5).__name__, 'name' in dir(entities), sorted(n for n in dir(entities) if not n.startswith('__')))
