# cwd: tmp
# exists, is_file, is_dir, is_symlink and the other tests, with and without following links.
import os
import stat
from pathlib import Path

Path('file').write_text('x')
Path('dir').mkdir()
Path('link_file').symlink_to('file')
Path('link_dir').symlink_to('dir', target_is_directory=True)
Path('dangling').symlink_to('nowhere')
os.mkfifo('fifo')
names = ['file', 'dir', 'link_file', 'link_dir', 'dangling', 'fifo', 'missing', 'file/x']
for n in names:
    p = Path(n)
    print(n, p.exists(), p.exists(follow_symlinks=False), p.is_file(), p.is_file(follow_symlinks=False),
          p.is_dir(), p.is_dir(follow_symlinks=False), p.is_symlink(), p.is_fifo(), p.is_socket(),
          p.is_block_device(), p.is_char_device(), p.is_junction(), p.is_mount())
print(Path('/').is_mount(), Path('/dev/null').is_char_device(), Path('dir').is_mount())
print(Path('file').stat().st_size, stat.S_ISLNK(Path('link_file').lstat().st_mode),
      stat.S_ISLNK(Path('link_file').stat(follow_symlinks=False).st_mode), Path('link_file').stat().st_size)
for bad in [lambda: Path('missing').stat(), lambda: Path('dangling').stat(), lambda: Path('missing').lstat()]:
    try:
        bad()
    except FileNotFoundError as e:
        print(e)
print(Path('file').samefile('link_file'), Path('file').samefile(Path('file')), Path('dir').samefile('file'))
try:
    Path('file').samefile('missing')
except FileNotFoundError as e:
    print(e)
print(Path('nul\0').exists(), Path('nul\0').is_file(), Path('nul\0').is_dir())
