# Ascii85 input: the <~ ~> frame, abbreviations, ignored characters, errors.
import base64

for s, kw in (('BOu!rDZ', {}), ('z', {}), ('y', {'foldspaces': True}), ('<~BOu!rDZ~>', {'adobe': True}),
              ('BOu!rDZ~>', {'adobe': True}), ('B', {}), ('BO', {}), ('BO\nu!rDZ', {}), ('BO u!\trDZ', {}),
              ('BOu!rDZ', {'ignorechars': b''}), ('zz', {}), ('', {}), ('<~~>', {'adobe': True}),
              ('yy', {'foldspaces': True}), (b'GA(E,+Co1uAnbatCif', {})):
    print(repr(s), kw, base64.a85decode(s, **kw))
for s, kw in (('y', {}), ('<~BOu!rDZ', {'adobe': True}), ('BOu!rDZ~>', {}), ('B z', {}), ('Bz', {}),
              ('s8W-"', {}), ('s8W-#', {}), ('v', {}), ('By', {'foldspaces': True}), ('BO u', {'ignorechars': b''}),
              ('s8W-', {}), ('~>', {'adobe': True}), ('>', {'adobe': True})):
    try:
        print(repr(s), base64.a85decode(s, **kw))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
