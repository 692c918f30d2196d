# ast.parse, unparse and dump over some modules of CPython's standard
# library read from disk (the copy the build uses, which never changes, so
# that CPython's cached results stay true): digests of the text unparse
# writes, of the dumps (positions included), and whether the unparsed text
# parses back to the same tree.
import ast
import hashlib
import os

here = os.path.dirname(os.path.abspath(__file__))
STDLIB = os.path.join('.cache', 'python3.14', 'usr', 'lib', 'python3.14')
while not os.path.exists(os.path.join(here, STDLIB, 'ast.py')):
    here = os.path.dirname(here)
LIB = os.path.join(here, STDLIB)

def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:16]

for rel in ('ast.py', '_ast_unparse.py', 'textwrap.py', 'fractions.py', 'json/decoder.py',
            'string/__init__.py', 'graphlib.py', 'colorsys.py', 'tomllib/_parser.py'):
    with open(os.path.join(LIB, rel), 'rb') as f:
        source = f.read()
    tree = ast.parse(source, rel)
    text = ast.unparse(tree)
    again = ast.parse(text)
    print(rel, len(text.splitlines()), digest(text), digest(ast.dump(tree, include_attributes=True)),
          digest(ast.dump(tree, indent=1, show_empty=True)), ast.compare(tree, again),
          ast.unparse(again) == text)
