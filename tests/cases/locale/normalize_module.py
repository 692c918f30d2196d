# normalize for common names; the module's names and the _locale ones.
import _locale
import locale

for n in ["C", "c", "POSIX", "C.utf8", "c.UTF-8", "en", "en_US", "en_US.utf8", "en_us.UTF-8", "de_DE@euro",
          "ja_JP.eucjp", "xx_YY", "fr_FR.ISO-8859-1", "utf-8", "en_US.ISO8859-15@euro", "sr_RS@latin", "zh_CN",
          "pt_BR", "ru", "es_ES", "C.UTF-8", "en_GB.UTF-8", "de_DE.utf8@euro", "it:utf8"]:
    print(repr(n), repr(locale.normalize(n)))
print(locale.__all__)
print(sorted(n for n in dir(_locale) if not n.startswith("__")))
for n in ["setlocale", "localeconv", "nl_langinfo", "getencoding", "strcoll", "strxfrm", "gettext", "dgettext",
          "dcgettext", "textdomain", "bindtextdomain", "bind_textdomain_codeset"]:
    f = getattr(_locale, n)
    print(n, f.__text_signature__, repr(f.__doc__))
print(_locale, _locale.__doc__, locale.Error is _locale.Error)
print(_locale.gettext("hello"), _locale.dgettext(None, "m"), _locale.dcgettext(None, "m", 5), _locale.textdomain(None),
      _locale.textdomain("x"), _locale.bindtextdomain("x", None), _locale.bind_textdomain_codeset("x", None))
for n in ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL"]:
    print(n, getattr(locale, n))
for n in ["c@euro", "C.UTF-8@euro", "c.iso88591@euro", "en_US@euro", "en_us.latin1@euro", "de_DE.koi8r", "de.euc-jp",
          "fr_FR.cp1251@euro", "ru_RU.UTF-8@latin", "sr_RS@latin", "pl.iso-8859-2", "ja.sjis", "xx.utf8", "en.ascii",
          "fi", "fi_FI@euro", "en_US.ISO8859-15@euro", "de:utf8"]:
    print(repr(n), repr(locale.normalize(n)))
