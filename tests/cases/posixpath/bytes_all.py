# cwd: tmp
# Every posixpath function with bytes arguments returns bytes.
import os, posixpath as p

os.mkdir(b'dir')
os.close(os.open(b'dir/file.txt', os.O_CREAT | os.O_WRONLY))
here = os.getcwdb()
print(p.join(b'a', b'b'), p.split(b'a/b'), p.splitext(b'x.y'), p.basename(b'/a/b'), p.dirname(b'/a/b'))
print(p.normpath(b'/a/./b/..'), p.abspath(b'dir') == here + b'/dir', p.relpath(b'dir/file.txt', b'dir'))
print(p.realpath(b'dir/../dir/file.txt') == here + b'/dir/file.txt', p.commonpath([b'/a/b', b'/a/c']))
print(p.isdir(b'dir'), p.isfile(b'dir/file.txt'), p.exists(b'nope'), p.getsize(b'dir/file.txt'))
print(p.normcase(b'AB'), p.splitroot(b'//x'), p.splitdrive(b'/x'), p.isabs(b'/'), p.commonprefix([b'ab', b'ac']))
print(p.expanduser(b'x'), p.expandvars(b'$NOPE_CIPY'))
