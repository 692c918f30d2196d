# string.Template: substitute, safe_substitute, get_identifiers, is_valid and
# their error texts.
from string import Template

print(Template.flags)   # None until Template.pattern is first used

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, e.args)

t = Template("$who likes $what, ${who}'s $$5 ${what}s")
show(lambda: t.substitute(who="tim", what="kung pao"))
show(lambda: t.substitute({"who": "tim"}, what="tea"))
show(lambda: t.substitute({"who": "tim", "what": "x"}, what="kw wins"))
show(lambda: t.substitute(who="tim"))
show(lambda: t.safe_substitute(who="tim"))
show(lambda: t.safe_substitute())
show(lambda: t.get_identifiers())
show(lambda: t.is_valid())
print(t.template)

for text in ["$", "ab\n$", "ab\ncd $", "ab\n\ncd\r\nx$ ", "x\r$1", "${", "${a", "${ a}", "$ a", "$1abc",
             "$$", "$$$", "a$", "${}", "$_ok $_", "$Ab $aB", "$é", "${a}b", "$a.b", "\u2028$"]:
    tt = Template(text)
    show(lambda: tt.substitute(a=1, Ab=2, aB=3, _ok=4, _=5))
    show(lambda: tt.safe_substitute(a=1))
    show(lambda: tt.is_valid())
    show(lambda: tt.get_identifiers())

show(lambda: Template("$a $b $a ${c} $$d ${b}").get_identifiers())
show(lambda: Template("$x").substitute(x=[1, (2, 3)]))
show(lambda: Template("$x").substitute(x=b"b"))
show(lambda: Template(1).substitute())
show(lambda: Template(b"$x").substitute())
show(lambda: Template(None).safe_substitute())
show(lambda: Template())
show(lambda: Template("a").substitute(1))
show(lambda: Template("a").substitute({}, {}))
show(lambda: Template("$mapping $self").substitute(mapping=1, self=2))
show(lambda: Template("$a").substitute(mapping={"a": 1}))

class Missing(dict):
    def __missing__(self, key):
        return key.upper()

show(lambda: Template("$a $b").substitute(Missing(a=1)))
show(lambda: Template("$a $b").substitute(Missing(a=1), c=3))
show(lambda: Template("$a $b").safe_substitute(Missing(a=1), c=3))

class Mapping:
    def __getitem__(self, key):
        if key == "boom":
            raise KeyError("other")
        if key == "bad":
            raise ValueError("no")
        return len(key)

show(lambda: Template("$abc ${de}").substitute(Mapping()))
show(lambda: Template("$boom").substitute(Mapping()))
show(lambda: Template("$boom").substitute(Mapping(), x=1))
show(lambda: Template("$boom").safe_substitute(Mapping(), x=1))
show(lambda: Template("$bad").safe_substitute(Mapping()))

class Strange:
    def __str__(self):
        return "strange"
show(lambda: Template("[$s]").substitute(s=Strange()))

print(Template.delimiter, Template.idpattern, Template.braceidpattern)
print(Template.pattern.pattern)
print(Template.flags is None, bool(Template.flags & 2))
print(Template.__doc__)
t2 = Template("$a")
t2.template = "changed $a"
show(lambda: t2.substitute(a=1))
