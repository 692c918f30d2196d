# cwd: tmp
# mkfifo makes a named pipe; its errors.
import os, stat

os.mkfifo('fifo')
print(stat.S_ISFIFO(os.stat('fifo').st_mode), stat.filemode(os.stat('fifo').st_mode)[0])
os.mkfifo('fifo2', 0o600)
print(oct(stat.S_IMODE(os.stat('fifo2').st_mode)))
try:
    os.mkfifo('fifo')
except FileExistsError as e:
    print(e)
r = os.open('fifo', os.O_RDONLY | os.O_NONBLOCK)
w = os.open('fifo', os.O_WRONLY)
os.write(w, b'through')
print(os.read(r, 20))
os.close(w)
os.close(r)
