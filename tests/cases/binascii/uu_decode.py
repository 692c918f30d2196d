# a2b_uu: short lines are padded with zeros; what follows the data is checked.
import binascii

for d in [b'%:&5L;&\\\n', b'', b' ', b'`', b'!', b'!    \n', b'#86)C\n  junk', b'$86)C', b'%:&5L;&\\xx\n',
          b'%:&5L;&\\  \n', b'\x7f', b'!\x7f', b'"86', b'"8', b'#86)', b'%:&5L;&\\``', b'!`', b'\n', b'  \n',
          b'!!!!!', b'#86)C    \r\n', b'#86)C`\n', b'#86)Ca\n', b'a', b'$86)C:&)C', b'#8&)C', '#86)C', b'#\x1f86)']:
    try:
        print(d, binascii.a2b_uu(d))
    except binascii.Error as e:
        print(d, 'Error:', e)
try:
    binascii.a2b_uu('é')
except ValueError as e:
    print(e)
