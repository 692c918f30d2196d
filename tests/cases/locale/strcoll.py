# strcoll and strxfrm compare code points in the C locales.
import locale


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except (TypeError, ValueError) as e:
        print(label, "!", type(e).__name__, e)


for a, b in [("a", "b"), ("b", "a"), ("a", "a"), ("é", "z"), ("", "a"), ("A", "a"), ("\U0001f600", "\uffff")]:
    attempt("strcoll %r %r" % (a, b), locale.strcoll, a, b)
for s in ["abc", "", "é€\uffff", "B a"]:
    attempt("strxfrm %r" % s, locale.strxfrm, s)
attempt("strcoll int", locale.strcoll, 1, "a")
attempt("strcoll second", locale.strcoll, "a", None)
attempt("strcoll nul", locale.strcoll, "a\0", "a")
attempt("strxfrm nul", locale.strxfrm, "a\0")
attempt("strxfrm bytes", locale.strxfrm, b"a")
words = ["pear", "Apple", "apple", "été", "zebra", "Zoo"]
print(sorted(words, key=locale.strxfrm))
locale.setlocale(locale.LC_COLLATE, "C")
print(sorted(words, key=locale.strxfrm), locale.strcoll("é", "e"))
