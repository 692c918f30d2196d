# configparser: line numbers in errors, indentation rules, tabs, continuation details
import configparser as cp

def read(text, **kw):
    p = cp.ConfigParser(**kw)
    try:
        p.read_string(text, source='cfg')
    except cp.Error as e:
        print(type(e).__name__, '|', e, '|', e.args)
    print({s: dict(p.items(s, raw=True)) for s in p.sections()})

filler = "".join("k%d = %d\n" % (i, i) for i in range(120))
read("[s]\n" + filler + "k5 = again\n")
read("[s]\n" + filler + "[s]\n")
read("[a]\n" * 1 + "\n" * 8 + "[a]\n")
read("[s]\n\tkey = tab indented\n\t\tcontinued\nnext = 1\n")
read("[s]\nkey = a\n\tb\n    c\n  d\ne = f\n")
read("[s]\n  key = deep\n  same = level\n    deeper\n")
read("[s]\nkey = 1\n  [t]\n")
read("[s]\nkey =\n  [t]\n")
read("[s]\nkey = first\n\n\n  after two blanks\n\n")
read("[s]\nkey = first\n   \n  after spaces\n")
read("[s]\nkey = first # c\n  cont ; d\n", inline_comment_prefixes=('#', ';'))
read("[s]\nkey = first\n  # comment continues?\n  more\n")
read("[s]\n  key = x\n")
read("  [s]\nkey = x\n")
read("[s]\nkey = x\n[t]\n  k2 = v\n")
read("[s]\nbad\n[t]\n  also bad\nk = v\n")
read("[s]\n" + "\n" * 9 + "bad line here\n")
read("[s]\nk:v:w\nj=a=b\nm = :\n")
read("[s]\nk\u00e9y = v\u00e4l\n[\u00fcnicode]\nx = \u4e2d\n")
read("[s]\nkey = v\r\n  more\r\n")
read("[s]\nkey = v\x0cx\n")
