# The OSError subclass each errno picks, and the message os gives it.
import errno, os

for name in ['ENOENT', 'EEXIST', 'EISDIR', 'ENOTDIR', 'EACCES', 'EPERM', 'ECHILD', 'ESRCH', 'EAGAIN',
             'EWOULDBLOCK', 'EALREADY', 'EINPROGRESS', 'EINTR', 'EPIPE', 'ESHUTDOWN', 'ECONNABORTED',
             'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EINVAL', 'EIO', 'ENOSPC', 'ENOTCAPABLE' if hasattr(errno, 'ENOTCAPABLE') else 'EBADF']:
    code = getattr(errno, name)
    e = OSError(code, os.strerror(code), 'file')
    print(name, code, type(e).__name__, e)
