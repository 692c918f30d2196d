# The declared signatures and first doc lines of os's functions.
import os

for name in ['stat', 'lstat', 'fstat', 'mkdir', 'rename', 'replace', 'link', 'symlink', 'readlink', 'chmod',
             'chown', 'utime', 'access', 'truncate', 'ftruncate', 'open', 'read', 'write', 'close', 'lseek',
             'pipe', 'dup', 'dup2', 'listdir', 'scandir', 'getcwd', 'chdir', 'kill', 'waitpid', 'WEXITSTATUS',
             'waitstatus_to_exitcode', '_exit', 'umask', 'strerror', 'fspath', 'putenv', 'urandom',
             'get_terminal_size', 'cpu_count', 'get_inheritable', 'set_blocking', 'execv', 'execve']:
    f = getattr(os, name)
    print(name, f.__text_signature__, (f.__doc__ or '').splitlines()[:1], f.__module__)
for name in ['makedirs', 'walk', 'getenv', 'fsencode', 'get_exec_path']:
    print(name, getattr(os, name).__module__, getattr(os, name).__name__)
print(os.DirEntry.is_dir.__text_signature__, os.DirEntry.stat.__doc__)
