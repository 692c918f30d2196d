# glob.translate: CPython's regular expression for each mix of options.
import glob
import re

options = [{}, {'recursive': True}, {'include_hidden': True},
           {'recursive': True, 'include_hidden': True}, {'seps': '/\\'}, {'seps': ':'}]
patterns = ['**', 'a/**', '**/b', 'a/**/b', '*', 'a/*', '.*/x', 'a//b', '/a/', '',
            '?', '*x', '[.]x', 'a/', '**/', 'x**/', 'a*b*c', '[a/b]', '*.py', 'a\\*']
for kw in options:
    for p in patterns:
        print(kw, repr(p), glob.translate(p, **kw))

rx = re.compile(glob.translate('src/**/*.py', recursive=True))
for path in ['src/a.py', 'src/x/y/a.py', 'src/.h/a.py', 'src/x/.a.py', 'src/a.pyc', 'lib/a.py']:
    print(path, bool(rx.match(path)))
print(glob.__all__)
