# configparser: comment_prefixes, inline_comment_prefixes, delimiters, strict, allow_no_value
import configparser as cp

def read(text, **kw):
    p = cp.ConfigParser(**kw)
    try:
        p.read_string(text)
    except Exception as e:
        print(type(e).__name__, '|', e)
    print({s: dict(p.items(s, raw=True)) for s in p.sections()})
    return p

text = """
# full comment
; other comment
[s] ; comment after header
a = 1 ; inline
b = 2 # hash
c = 3;notcomment
d = x # y ; z
e = ;starts
  # indented full comment
f = line
  ; continued comment
  more
    // slashes
"""
read(text)
read(text, inline_comment_prefixes=(';', '#'))
read(text, inline_comment_prefixes=('//',), comment_prefixes=('//',))
read(text, comment_prefixes=())
read(text, comment_prefixes=None, inline_comment_prefixes=None)
read("[s]\nk -> v\nj->w\nother: x\n", delimiters=('->',))
read("[s]\nk=v\n", delimiters=('->',))
read("[s]\na = 1\n[s]\nb = 2\n", strict=False)
read("[s]\na = 1\na = 2\n", strict=False)
read("[s]\na = 1\n[s]\nb = 2\n")
read("[s]\na = 1\n[t]\n[s]\n", strict=True)
read("[s]\nflag\nother\nk=v\n", allow_no_value=True)
read("[s]\nflag\n", allow_no_value=False)
read("[DEFAULT]\na=1\n[DEFAULT]\nb=2\n")
read("[ spaced name ]\nk=v\n[a]b]\n[x] trailing\n")
read("[]\nk=v\n")
read("[s]\n  indented = yes\nnext = 1\n")
read("[s]\na = 1\n\n\n  cont after blank\n")
read("[s]\na = 1\n# c\n  cont after comment\n")
read("[s]\na=\n  x\n")
read("[s]\nkey with spaces = v\nk\tt = tab\n")
read("[s]\n= novalue name\n")
read("[s]\n:\n")
read("\ufeff[s]\nk=v\n")
read("[s]\r\nk = v\r\n")
read("[s]\nk = v\n[t]\nbad\nalso bad\n[u]\nz = 1\n")
