# string.Template with idpatterns and whole patterns of many shapes: the
# regular-expression syntax a subclass may use.
from string import Template

IDPATTERNS = [
    r"[a-z]+", r"[A-Z][a-z]*", r"\d{2,3}", r"\d{2}", r"\d{,2}x", r"\d{2,}", r"[a-z]+?", r"[a-z]*?z",
    r"(?:ab)+", r"(?:ab|a)(?:c|bc)", r"a|ab|abc", r"[^\W\d]\w*", r"\w+(?=!)", r"\w+(?!!)",
    r"(?i:[a-z]+)", r"(?-i:[a-z]+)", r"[a-z]+\.[a-z]+", r"[\w.]+", r"[-a-z]+", r"[a-z-]+", r"[]a]+",
    r"[^$ ]+", r"x*", r"(x)\1", r"(?P<p>[a-z])", r"\S+", r"[\u00e0-\u00ff]+", r"\x41+", r"[.]+",
    r"a{1}b{0,1}c?", r"(?:a|b)*c", r"(a*)*b", r"\bw\w*", r"[\[:]+", r"#?\w+", r"\$",
]
TEXTS = ["$abc $Abc $ABC! $123 $1234 $12x $ab_cd $ab.cd $abab $abc!", "$a.b.c $-x- $x-y $]a] $zz $aa $xx",
         "${abc} ${ABC} ${12} $éà $AAA $... $abcz $ab!c $$ $ $w1 $#x $[a"]

for idp in IDPATTERNS:
    try:
        class T(Template):
            idpattern = idp
    except Exception as e:
        print(repr(idp), "class:", type(e).__name__)
        continue
    for text in TEXTS:
        t = T(text)
        try:
            print(repr(idp), repr(t.safe_substitute(abc=1, ab=2, a=3, xx=4, aa=5, zz=6)), t.get_identifiers())
        except Exception as e:
            print(repr(idp), type(e).__name__, e)

class Flags0(Template):
    flags = 0
    idpattern = r"[a-z]+"
print(Flags0("$abc $ABC $aBc").safe_substitute(abc=1))

class Verbose(Template):
    pattern = r"""
        <(?:
          (?P<escaped><)          |  # << is a literal <
          (?P<named>[a-z]+)>      |  # <name>
          \{(?P<braced>[a-z]+)\}> |  # <{name}>
          (?P<invalid>)
        )
    """
for text in ["<a> <<b> <{c}> < <d", "no tags", "<", "x<y>z<{q}>"]:
    t = Verbose(text)
    print(repr(t.safe_substitute(a=1, b=2, c=3, d=4, y=5, q=6)), t.is_valid(), t.get_identifiers())

class Anchored(Template):
    pattern = r"^\$(?P<named>[a-z]+)|(?P<escaped>\$\$)|(?P<braced>@@)|(?P<invalid>\$$)"
for text in ["$ab $cd", "x $ab", "$ab\n$cd", "end $", "$$ @@"]:
    t = Anchored(text)
    print(repr(t.safe_substitute(ab=1, cd=2)))
