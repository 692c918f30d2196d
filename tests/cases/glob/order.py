# cwd: tmp
# The order of results where it does not depend on the file system: each
# directory holds one entry, so a recursive walk shows each directory before
# what it holds.
import glob
import os

os.makedirs('d1/d2/d3/d4')
open('d1/d2/d3/d4/f', 'w').close()
print(glob.glob('**', recursive=True))
print(glob.glob('**/', recursive=True))
print(glob.glob('d1/**', recursive=True))
print(glob.glob('**/d3/**', recursive=True))
print(glob.glob('*/*/*'))
print(list(glob.iglob('d1/**/f', recursive=True)))
