# The codec modules of the encodings package, imported by name.
import importlib
for name in ['utf_8', 'utf_8_sig', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be', 'ascii',
             'latin_1', 'charmap', 'unicode_escape', 'raw_unicode_escape', 'undefined', 'rot_13', 'hex_codec',
             'base64_codec', 'quopri_codec', 'uu_codec', 'zlib_codec', 'punycode', 'utf_7']:
    m = importlib.import_module('encodings.' + name)
    entry = m.getregentry()
    print(name, entry.name, sorted(n for n in ('Codec', 'IncrementalEncoder', 'IncrementalDecoder', 'StreamWriter', 'StreamReader') if hasattr(m, n)))
    print('  ', ascii(m.__doc__.splitlines()[0] if m.__doc__ else None))
import encodings.utf_8 as u
print(u.encode('\xe9'), u.decode(b'\xc3\xa9'), u.IncrementalDecoder().decode(b'\xc3'))
