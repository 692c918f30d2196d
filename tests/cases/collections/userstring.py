from collections import UserString

s = UserString('Hello World')
print(s, repr(s), len(s), s[0], s[-5:], type(s[0]).__name__, 'World' in s, UserString('lo') in s)
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold(), s.center(15, '*'))
print(s.count('l'), s.find('o'), s.rfind('o'), s.index('W'), s.rindex('l'), s.startswith('He'), s.endswith('ld'))
print(s.split(), s.rsplit('o', 1), s.partition(' '), s.rpartition('o'), s.replace('l', 'L', 2))
print(s.ljust(13, '.'), s.rjust(13), s.strip('Hd'), s.lstrip('H'), s.rstrip('d'), s.zfill(14), s.expandtabs())
print(s + '!', '>' + s, s * 2, 2 * s, s + UserString('?'), type(s + '!').__name__)
print(UserString('%s-%s') % ('a', 'b'), '%s!' % s, s.join('xy'), s.encode(), s.encode(None, None))
print(s.isalpha(), s.isalnum(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(), s.islower(),
      s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper())
print(s == 'Hello World', s == UserString('Hello World'), s < 'Z', s > UserString('A'), s <= 'Hello World', s >= 'a')
print(hash(s) == hash('Hello World'), int(UserString('42')), float(UserString('1.5')), complex(UserString('1j')))
print(UserString(42), UserString(UserString('x')), s.removeprefix('Hello '), s.removesuffix(' World'))
print(s.format(), UserString('{0}+{x}').format(1, x=2), UserString('{a}').format_map({'a': 3}))
print(s.splitlines(), UserString('a\nb').splitlines(True), s.translate({ord('o'): '0'}), s.__getnewargs__())
print(UserString.maketrans('ab', 'cd'), list(reversed(UserString('abc'))), sorted(UserString('cab')))
