# fnmatch folds names through os.path.normcase, so it takes path objects;
# fnmatchcase and filter hand names to the regular expression unchanged.
import fnmatch
from pathlib import PurePosixPath

class Fs:
    def __fspath__(self):
        return 'from_fspath.py'

print(fnmatch.fnmatch(PurePosixPath('a/b.py'), '*.py'), fnmatch.fnmatch(Fs(), '*.py'))
print(fnmatch.fnmatch('x.py', PurePosixPath('*.py')), fnmatch.fnmatch(Fs(), Fs()))
for call in [lambda: fnmatch.fnmatchcase(PurePosixPath('b.py'), '*.py'),
             lambda: fnmatch.filter([PurePosixPath('b.py')], '*.py'),
             lambda: fnmatch.fnmatchcase('b.py', PurePosixPath('*.py'))]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
