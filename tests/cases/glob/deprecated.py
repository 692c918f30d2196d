# cwd: tmp
# glob0 and glob1 still work and warn that they are going away.
import glob
import warnings

open('a.txt', 'w').close()
open('.b.txt', 'w').close()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(glob.glob1('.', '*.txt'), glob.glob1('.', '.*'))
    print(glob.glob0('.', 'a.txt'), glob.glob0('.', 'zz'), glob.glob0('.', ''))
for w in caught:
    print(w.category.__name__, w.message)
