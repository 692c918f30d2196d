# Which %-format strings the % style accepts.
import logging

for fmt in ['%(a)s', '%(a)d', '%(a)5.2f', '%(a)-10s', '%(a)#x', '%(a)+05d', '%(a)*d', '%(a).*f',
            '%(a)z', '%(a)', '%(a)S', '%(a)R', '%(a)%', '%s', '%(a b)s', '%()s', 'x %(a)s %(', '100%',
            '%(a)c', '%(a)e', '%(a)G', '%(a)o', '%(a)u', '%(a)i', '%(a)0.0r', '%(ä)s']:
    try:
        logging.Formatter(fmt)
        print(repr(fmt), 'ok')
    except ValueError as e:
        print(repr(fmt), e)
for fmt in ['{a}', '{a!s}', '{a!r:>10}', '{a:{w}}', '{a:.{p}f}', '{a[0]}', '{a.b.c}', '{a[x]}', '{0}',
            '{a!}', '{a:<>10}', '{a:,}', '{a:_x}', '{a:%}', '{a:=+#010,.3e}', '{a:zz}', '{}}', '{{}}',
            '{a:10d}{b!a}', '{a-b}', '{ a}', '{a[}']:
    try:
        logging.Formatter(fmt, style='{')
        print(repr(fmt), 'ok')
    except ValueError as e:
        print(repr(fmt), e)
for fmt in ['$a', '${a}', '$$', '$$a', '$1', '${a', 'a$', '$a$', '${}', '$_x', '${a}b']:
    try:
        logging.Formatter(fmt, style='$')
        print(repr(fmt), 'ok')
    except ValueError as e:
        print(repr(fmt), e)
