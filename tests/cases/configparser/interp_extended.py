# configparser: ExtendedInterpolation, cross-section references, errors
import configparser as cp

def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', e.args)
    else:
        print(repr(r))

p = cp.ConfigParser(interpolation=cp.ExtendedInterpolation())
p.read_string("""
[DEFAULT]
root = /srv

[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local
dollar = cost $$5

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/
rooted = ${root}/x
deep = ${Arthur:path}

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
path = ${my_dir}
bad1 = ${nothere}
bad2 = ${Nosect:x}
bad3 = ${a:b:c}
bad4 = $x
bad5 = ${unclosed
loopa = ${loopb}
loopb = ${loopa}
""")
for opt in ['my_dir', 'my_pictures', 'python_dir', 'bad1', 'bad2', 'bad3', 'bad4', 'bad5', 'loopa']:
    show(lambda: p.get('Arthur', opt))
show(lambda: p.get('Frameworks', 'rooted'))
show(lambda: p.get('Frameworks', 'deep'))
show(lambda: p.get('Common', 'dollar'))
show(lambda: p.get('Arthur', 'my_dir', raw=True))
show(lambda: p.set('Arthur', 'x', 'a $ b'))
show(lambda: p.set('Arthur', 'x', '${ok} $$'))
show(lambda: p.items('Frameworks'))

n = cp.ConfigParser(interpolation=cp.ExtendedInterpolation(), allow_no_value=True)
n.read_string("[s]\nflag\nref = a${flag}b\n")
show(lambda: n.get('s', 'ref'))
show(lambda: n.get('s', 'flag'))
