# Subclasses of string.Template: delimiter, idpattern, braceidpattern, flags
# and a whole pattern of their own.
from string import Template

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, e.args[:1])

class Percent(Template):
    delimiter = "%"
show(lambda: Percent("%who %% $who %{who}").substitute(who="me"))
print(Percent.pattern.pattern)

class Dotted(Template):
    delimiter = "."
show(lambda: Dotted("a.b .. .c").safe_substitute(b=1))

class Multi(Template):
    delimiter = "{{"
show(lambda: Multi("{{x {{{{ {{{y}").safe_substitute(x=1, y=2))

class Under(Template):
    idpattern = r"[a-z]+_[a-z]+"
show(lambda: Under("$ab_cd $ab ${ab_cd}").safe_substitute(ab_cd=1, ab=2))
show(lambda: Under("$ab_cd").get_identifiers())

class Braced(Template):
    braceidpattern = r"[^}]+"
show(lambda: Braced("${a b} $ab ${}").safe_substitute({"a b": 1, "ab": 2}))
show(lambda: Braced("${a b} $ab").substitute({"a b": 1, "ab": 2}))

class CaseSensitive(Template):
    flags = 0
show(lambda: CaseSensitive("$A $a $aB").safe_substitute(A=1, a=2, aB=3))

class Digits(Template):
    idpattern = r"\d+"
show(lambda: Digits("$1 $22 ${3} $x").safe_substitute({"1": "one", "22": "tt", "3": "three"}))

class Unicode(Template):
    idpattern = r"\w+"
show(lambda: Unicode("$été $a1").safe_substitute(été=1, a1=2))

class Hash(Template):
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )"""
show(lambda: Hash("#a #[b] ## # x").safe_substitute(a=1, b=2))
show(lambda: Hash("#a #[b] ##").substitute(a=1, b=2))
show(lambda: Hash("#a #").substitute(a=1))
show(lambda: Hash("#a #[b] #a").get_identifiers())
print(Hash.pattern.pattern)

class NoGroups(Template):
    pattern = r"\$(?P<foo>x)"
for f in ("substitute", "safe_substitute", "is_valid", "get_identifiers"):
    show(lambda: getattr(NoGroups("$x"), f)())
show(lambda: NoGroups("no placeholder").is_valid())

class Partial(Template):
    pattern = r"@(?P<named>[a-z]+)|@(?P<escaped>@)|@(?P<braced>\{z\})|(?P<invalid>@)"
show(lambda: Partial("@a @@ @ @{z}").safe_substitute(a=1))
show(lambda: Partial("@a @@").get_identifiers())

class Base(Template):
    delimiter = "&"
class Child(Base):
    idpattern = r"[A-Z]+"
show(lambda: Child("&AB &ab &&").safe_substitute(AB=1, ab=2))
print(Child.delimiter, Child.idpattern, Child.flags == Template.flags)

class WithInit(Template):
    def __init__(self, template, extra):
        super().__init__(template + extra)
show(lambda: WithInit("$a", " $b").substitute(a=1, b=2))
