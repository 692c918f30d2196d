# Where an unparenthesized tuple starts when its first item is in
# parentheses: at the '(' in every place a comma list may stand.
# lib: parseshow
from parseshow import show

for src in [
    'match (a), b:\n case _: pass\n', 'match (a), *b:\n case _: pass\n',
    'match (a),:\n case _: pass\n', 'match *a:\n case _: pass\n',
    'for (a), b in c: pass\n', 'for (a), in c: pass\n', 'for [a], (b) in c: pass\n',
    'try: pass\nexcept (A), B: pass\n', 'try: pass\nexcept (A), B as e: pass\n',
    'try: pass\nexcept* (A), B: pass\n', 'try: pass\nexcept (A), : pass\n',
    '[x for (a), b in c]\n', '{x for (a), b in c}\n', 'x[(a), b]\n', 'x[(a), *b]\n',
    'x[*(a)]\n', 'x[(a),]\n', '(a), b = c\n', 'x = (a), b\n', 'return (a), b\n',
    'return (a),\n', 'yield (a), b\n', '(a) , (b) , \n', 'for x in (a), b: pass\n',
    'del (a), b\n',
]:
    show(src, 'exec')
for src in ['(a), b', '(a),', '((a), b), c', '(a)']:
    show(src, 'eval')
