# configparser: reading a string, sections, options, defaults, values
import configparser

TEXT = """\
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
"""

cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections())
print(list(cp))
print(len(cp), 'forge.example' in cp, 'nope' in cp, 'DEFAULT' in cp)
print(cp.defaults())
print(cp.options('forge.example'))
print(cp.items('topsecret.server.example'))
print(cp.items('DEFAULT'))
print(cp['forge.example']['user'], cp['forge.example']['USER'])
print(cp['topsecret.server.example']['forwardx11'])
print(cp.get('forge.example', 'compressionlevel'))
print(cp.has_section('forge.example'), cp.has_section('DEFAULT'))
print(cp.has_option('forge.example', 'user'), cp.has_option('forge.example', 'compression'))
print(cp.has_option('nope', 'user'), cp.has_option('', 'compression'), cp.has_option(None, 'x'))
sect = cp['topsecret.server.example']
print(sect, repr(sect), sect.name, sect.parser is cp)
print(list(sect), len(sect), dict(sect))
print(cp['DEFAULT'], list(cp['DEFAULT']))
for key in cp['forge.example']:
    print('key', key)
print(list(cp.keys()), [repr(v) for v in cp.values()])
print([(k, repr(v)) for k, v in cp.items()])
print(cp.get('forge.example', 'missing', fallback='fb'), cp.get('missing', 'x', fallback=None))
print(sect.get('port'), sect.get('nothing'), sect.get('nothing', 'dflt'))
print('port' in sect, 'compression' in sect, 'zzz' in sect)

# multi-line values and empty lines
cp2 = configparser.ConfigParser()
cp2.read_string("""
[multi]
key = first line
   second line

   fourth line
other = x
empty =
colon: value with = sign
spaced key   =   spaced value   
""")
for k, v in cp2['multi'].items():
    print(repr(k), repr(v))

cp3 = configparser.ConfigParser(empty_lines_in_values=False)
try:
    cp3.read_string("[s]\nkey = a\n  b\n\n  c\n")
except configparser.ParsingError as e:
    print(e.errors, e)
print(dict(cp3['s']))
cp3.read_string("[t]\nkey = a\n  b\n\nnext = c\n")
print(dict(cp3['t']))
