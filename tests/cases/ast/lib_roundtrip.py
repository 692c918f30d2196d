# ast.parse, unparse and dump over some modules of cipy's own lib/ read
# from disk: digests of the text unparse writes, of the dumps (positions
# included), and whether the unparsed text parses back to the same tree.
import ast
import hashlib
import os

here = os.path.dirname(os.path.abspath(__file__))
while not os.path.exists(os.path.join(here, 'lib', 'ast.py')):
    here = os.path.dirname(here)
LIB = os.path.join(here, 'lib')

def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:16]

for rel in ('ast.py', '_ast_unparse.py', 'textwrap.py', 'fractions.py', 'json/decoder.py',
            'string/__init__.py', 'graphlib.py', 'colorsys.py'):
    with open(os.path.join(LIB, rel), 'rb') as f:
        source = f.read()
    tree = ast.parse(source, rel)
    text = ast.unparse(tree)
    again = ast.parse(text)
    print(rel, len(text.splitlines()), digest(text), digest(ast.dump(tree, include_attributes=True)),
          digest(ast.dump(tree, indent=1, show_empty=True)), ast.compare(tree, again),
          ast.unparse(again) == text)
