# cwd: tmp
# root_dir: patterns are matched below it and results are relative to it.
import glob
import os

class Root:
    def __fspath__(self):
        return 'root'

os.makedirs('root/sub')
for path in ['root/a.txt', 'root/b.txt', 'root/sub/c.txt', 'root/.d.txt']:
    open(path, 'w').close()

print(sorted(glob.glob('*.txt', root_dir='root')))
print(sorted(glob.glob('**/*.txt', root_dir='root', recursive=True)))
print(sorted(glob.glob('*', root_dir='root')))
print(sorted(glob.glob('*', root_dir='root', include_hidden=True)))
print(sorted(glob.glob('sub', root_dir='root')), glob.glob('sub/', root_dir='root'))
print(glob.glob('', root_dir='root'), glob.glob('', root_dir='missing'))
print(glob.glob('**', root_dir='root/sub', recursive=True))
print(sorted(glob.glob(b'*.txt', root_dir=b'root')))
print(sorted(glob.glob('*.txt', root_dir=Root())))
print(glob.glob('*', root_dir='missing'))
print(glob.glob(os.path.abspath('root') + '/a.*', root_dir='sub') == [os.path.abspath('root/a.txt')])
