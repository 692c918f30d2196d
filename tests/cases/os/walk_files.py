# cwd: tmp
# os.walk of a directory holding only files, of an empty one, and over links to files.
import os

os.mkdir('only_files')
for n in 'xyz':
    os.close(os.open('only_files/' + n, os.O_CREAT | os.O_WRONLY))
os.symlink('x', 'only_files/link_to_x')
os.symlink('../only_files', 'only_files/loop')
os.mkdir('empty')
for top in ['only_files', 'empty', b'empty', 'only_files/x']:
    for r in os.walk(top):
        print(r[0], sorted(r[1]), sorted(r[2]))
print(len(list(os.walk('only_files', followlinks=False))))
