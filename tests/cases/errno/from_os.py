# cwd: tmp
# errno values of the errors os raises match the errno module.
import errno, os

def code(f, *a):
    try:
        f(*a)
    except OSError as e:
        return errno.errorcode[e.errno], type(e).__name__
os.mkdir('d')
os.close(os.open('f', os.O_CREAT | os.O_WRONLY))
print(code(os.stat, 'missing'), code(os.mkdir, 'd'), code(os.rmdir, 'f'), code(os.listdir, 'f'))
print(code(os.close, 9999), code(os.readlink, 'f'), code(os.remove, 'd'), code(os.rename, 'd', 'f'))
print(code(os.kill, 2**30, 0), code(os.waitpid, -1, 0))
