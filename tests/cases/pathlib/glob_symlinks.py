# cwd: tmp
# Path.glob with recurse_symlinks and case_sensitive in every combination: links
# followed by "**" only when asked, and the components after "**" then matched
# against whole paths, as CPython does.
import os
os.makedirs("d/e")
open("d/A.txt", "w").close()
open("d/e/b.txt", "w").close()
from pathlib import Path
import os
os.symlink('e', 'd/le')
try:
    for pat in ['le/**', 'e/**', '**/e/**', '**/le/**', '**/le', '**/le/', '**/e/', '**/*.txt', '**/e/*.txt', '**/../*', '**/e/../**', '**', '**/', '*/**/*', '**/*/**']:
      for rs in [False, True]:
        for cs in [True, False]:
          print(pat, rs, cs, sorted(Path('d').glob(pat, recurse_symlinks=rs, case_sensitive=cs)))
    print(sorted(Path('d').glob('**/E/**', case_sensitive=False, recurse_symlinks=True)))
    print(list(Path('missing').glob('**')), list(Path('d/A.txt').glob('**')), list(Path('d/A.txt').glob('**/')))
finally:
    os.remove('d/le')
