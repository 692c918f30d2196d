# configparser: read() of files (lists, missing, paths, bytes, encoding), read_file
# cwd: tmp
import configparser as cp
import pathlib
import io

with open('a.ini', 'w', encoding='utf-8') as f:
    f.write("[a]\nname = caf\u00e9\n")
with open('b.ini', 'w', encoding='utf-8') as f:
    f.write("[b]\nx = 1\n[a]\nmore = yes\n")
with open('latin.ini', 'w', encoding='latin-1') as f:
    f.write("[l]\nv = \u00e9t\u00e9\n")
with open('bad.ini', 'w') as f:
    f.write("[c]\nbroken line\n")

p = cp.ConfigParser()
print(p.read('a.ini', encoding='utf-8'))
print(p.read(['missing.ini', 'b.ini', pathlib.Path('a.ini')], encoding='utf-8'))
print(p.read(b'b.ini', encoding='utf-8'))
print(p.read([], encoding='utf-8'))
print(p.sections(), dict(p['a']))
print(p.read('latin.ini', encoding='latin-1'), p.get('l', 'v'))
try:
    p.read('bad.ini', encoding='utf-8')
except cp.ParsingError as e:
    print(e.source, e.errors, str(e))
try:
    cp.ConfigParser().read(pathlib.Path('bad.ini'), encoding='utf-8')
except cp.ParsingError as e:
    print(repr(e.source), str(e))
with open('b.ini', encoding='utf-8') as f:
    q = cp.ConfigParser()
    q.read_file(f)
    print(q.sections())
with open('bad.ini', encoding='utf-8') as f:
    try:
        cp.ConfigParser().read_file(f)
    except cp.ParsingError as e:
        print(str(e))
r = cp.ConfigParser()
r.read_file(["[list]\n", "k = v\n", "  cont\n"])
print(dict(r['list']))
try:
    r.read_file(["[list]\n"], source='thelist')
except cp.DuplicateSectionError as e:
    print(e)
try:
    r.read_file(iter(["x=1"]))
except cp.MissingSectionHeaderError as e:
    print(e)
r.read_file(io.StringIO("[sio]\na=1\n"))
print(r.sections())
try:
    r.read_file(io.StringIO("[sio]\na=1\n"), source='explicit')
except cp.DuplicateSectionError as e:
    print(e, e.source, e.lineno)
try:
    r.read_string("[s1]\n[s1]\n", source=42)
except cp.DuplicateSectionError as e:
    print(e)
import os
os.mkdir('adir')
print(p.read(['adir', 'a.ini'], encoding='utf-8'))
