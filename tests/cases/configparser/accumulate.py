# configparser: several reads into one parser, strict=False merging, removing and re-adding
import configparser as cp

p = cp.ConfigParser()
p.read_string("[a]\nx = 1\n[b]\ny = 2\n", source='one')
p.read_string("[a]\nx = 10\nz = 3\n[c]\n", source='two')
print(p.sections(), dict(p['a']))
p.read_dict({'a': {'x': 100}, 'd': {'w': 'x'}}, source='three')
print(p.sections(), dict(p['a']), dict(p['d']))
try:
    p.read_string("[e]\n[e]\n", source='four')
except cp.DuplicateSectionError as e:
    print(e)
print(p.sections())
try:
    p.read_string("[f]\nk = 1\nbad\n[g]\nk = 2\n", source='five')
except cp.ParsingError as e:
    print(e)
print(p.sections(), dict(p['g']))
try:
    p.read_string("[h]\nk = 1\n   cont\nK = 2\n  cont2\n", source='six')
except cp.DuplicateOptionError as e:
    print(e)
print(dict(p['h']))
print(p.remove_section('a'), p.has_section('a'), p.sections())
p.add_section('a')
print(p.sections(), dict(p['a']))

loose = cp.ConfigParser(strict=False)
loose.read_string("[a]\nx = 1\n[a]\nx = 2\ny = 3\n[b]\nX = 4\nx = 5\n")
print({s: dict(loose[s]) for s in loose.sections()})
loose.read_dict({'a': {'x': 1, 'X': 9}})
print(dict(loose['a']))
loose.read_dict({'q': {}})
print(loose.sections(), dict(loose['q']))
