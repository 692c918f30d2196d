"""Subprocesses with accessible I/O streams

This module allows you to spawn processes, connect to their
input/output/error pipes, and obtain their return codes.

For a complete description of this module see the Python documentation.
"""

# Design: every child is started by _posixsubprocess.fork_exec, which
# reports a failure before exec through a close-on-exec "report pipe".
# Popen turns the stdin/stdout/stderr arguments into a _Plumbing record
# (the parent's and the child's end of each stream, plus the descriptors
# the parent must close once the child runs).  Waiting is done by polling
# waitpid with WNOHANG and short sleeps, and communicate() multiplexes the
# pipes with a selector, so nothing here needs threads.

import builtins
import io
import os
import selectors
import signal
import sys
import time
import warnings

import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output", "run",
           "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


# ---- results and errors ---------------------------------------------------------------

class SubprocessError(Exception):
    pass


def _death_note(code):
    """The tail of CalledProcessError's message for a negative (signal) status."""
    try:
        return "died with %r." % (signal.Signals(-code),)
    except ValueError:
        return "died with unknown signal %d." % (-code,)


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status.

    Attributes:
      cmd, returncode, stdout, stderr, output
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            tail = _death_note(code)
        else:
            tail = "returned non-zero exit status %d." % (code,)
        return "Command '%s' %s" % (self.cmd, tail)

    # stdout is the documented alias of output.
    stdout = property(lambda self: self.output, lambda self, value: setattr(self, "output", value))


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process.

    Attributes:
        cmd, output, stdout, stderr, timeout
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = property(lambda self: self.output, lambda self, value: setattr(self, "output", value))


class CompletedProcess(object):
    """A process that has finished running.

    This is returned by run().

    Attributes:
      args: The list or str args passed to run().
      returncode: The exit code of the process, negative for signals.
      stdout: The standard output (None if not captured).
      stderr: The standard error (None if not captured).
    """

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        shown = ["args=%r" % (self.args,), "returncode=%r" % (self.returncode,)]
        for name in ("stdout", "stderr"):
            value = getattr(self, name)
            if value is not None:
                shown.append("%s=%r" % (name, value))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, output=self.stdout, stderr=self.stderr)


# ---- the streams of a child -----------------------------------------------------------

class _Plumbing:
    """The six descriptors fork_exec wants (-1: none) and what to close after."""

    def __init__(self):
        self.ends = {"p2cread": -1, "p2cwrite": -1, "c2pread": -1, "c2pwrite": -1, "errread": -1, "errwrite": -1}
        self.child_only = []   # closed in the parent once the child is started
        self.parent_only = []  # closed if starting the child fails

    def _devnull(self):
        fd = os.open(os.devnull, os.O_RDWR)
        self.child_only.append(fd)
        return fd

    def connect(self, spec, child_name, parent_name, child_reads):
        """Fill one stream: spec is None, PIPE, DEVNULL, a descriptor or a file."""
        if spec is None:
            return
        if spec == STDOUT:
            raise ValueError("STDOUT can only be used for stderr")
        if spec == PIPE:
            r, w = os.pipe()
            child, parent = (r, w) if child_reads else (w, r)
            self.child_only.append(child)
            self.parent_only.append(parent)
            self.ends[parent_name] = parent
        elif spec == DEVNULL:
            child = self._devnull()
        elif isinstance(spec, int):
            child = spec
        else:
            child = spec.fileno()
        self.ends[child_name] = child

    def close_child_ends(self):
        for fd in self.child_only:
            os.close(fd)
        self.child_only = []

    def close_all(self):
        for fd in self.child_only + self.parent_only:
            try:
                os.close(fd)
            except OSError:
                pass


def _plumb(stdin, stdout, stderr):
    plumbing = _Plumbing()
    try:
        plumbing.connect(stdin, "p2cread", "p2cwrite", True)
        plumbing.connect(stdout, "c2pwrite", "c2pread", False)
        if stderr == STDOUT:
            # -1 left as is lets the child keep its own stdout as stderr too
            # when stdout was not redirected.
            out = plumbing.ends["c2pwrite"]
            plumbing.ends["errwrite"] = out if out != -1 else 1
        else:
            plumbing.connect(stderr, "errwrite", "errread", False)
    except BaseException:
        plumbing.close_all()
        raise
    return plumbing


def _programs_to_try(program, env):
    """The absolute or relative paths fork_exec tries, in order."""
    if os.path.dirname(os.fsencode(program)):
        return (os.fsencode(program),)
    return tuple(os.path.join(os.fsencode(d), os.fsencode(program)) for d in os.get_exec_path(env))


def _environment_block(env):
    if env is None:
        return None
    block = []
    for key, value in env.items():
        key = os.fsencode(key)
        if b"=" in key:
            raise ValueError("illegal environment variable name")
        block.append(key + b"=" + os.fsencode(value))
    return block


def _child_failure(report, cwd, program):
    """The exception for a report 'Type:hexerrno:detail' written by the child."""
    name, _, rest = report.partition(b":")
    code_hex, _, detail = rest.partition(b":")
    kind = getattr(builtins, name.decode("ascii", "replace"), SubprocessError)
    if not (isinstance(kind, type) and issubclass(kind, BaseException)):
        kind = SubprocessError
    code = int(code_hex, 16) if code_hex else 0
    if not (issubclass(kind, OSError) and code):
        return kind(detail.decode("utf-8", "replace"))
    # OSError(errno, ...) picks the subclass (FileNotFoundError, ...) itself.
    culprit = {b"noexec:chdir": cwd, b"noexec": program}.get(detail)
    if culprit is None:
        return OSError(code, os.strerror(code))
    return OSError(code, os.strerror(code), culprit)


def _translate_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _numeric_id(value, database, type_error, kind):
    """A uid or gid given by number or by name (None stays None)."""
    if value is None:
        return None
    if isinstance(value, str):
        if database == "grp":
            return __import__("grp").getgrnam(value).gr_gid
        return __import__("pwd").getpwnam(value).pw_uid
    if not isinstance(value, int):
        raise TypeError("%s, not %s" % (type_error, type(value)) if kind == "Group" else type_error)
    if value < 0:
        raise ValueError("%s ID cannot be negative, got %d" % (kind, value))
    return value


# ---- Popen ----------------------------------------------------------------------------

class Popen:
    """ Execute a child program in a new process.

    For a complete description of the arguments see the Python documentation.

    Arguments:
      args: A string, or a sequence of program arguments.

      bufsize: supplied as the buffering argument to the open() function when
          creating the stdin/stdout/stderr pipe file objects

      executable: A replacement program to execute.

      stdin, stdout and stderr: These specify the executed programs' standard
          input, standard output and standard error file handles, respectively.

      preexec_fn: (POSIX only) An object to be called in the child process
          just before the child is executed.

      close_fds: Controls closing or inheriting of file descriptors.

      shell: If true, the command will be executed through the shell.

      cwd: Sets the current directory before the child is executed.

      env: Defines the environment variables for the new process.

      text: If true, decode stdin, stdout and stderr using the given encoding
          (if set) or the system default otherwise.

      universal_newlines: Alias of text, provided for backwards compatibility.

      startupinfo and creationflags (Windows only)

      restore_signals (POSIX only)

      start_new_session (POSIX only)

      process_group (POSIX only)

      group (POSIX only)

      extra_groups (POSIX only)

      user (POSIX only)

      umask (POSIX only)

      pass_fds (POSIX only)

      encoding and errors: Text mode encoding and error handling to use for
          file objects stdin, stdout and stderr.

    Attributes:
        stdin, stdout, stderr, pid, returncode
    """

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self._exchange = None  # communicate()'s state, kept across a timeout
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are supplied but "
                                  "different. Pass one or the other.")
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            import locale
            self.encoding = locale.getencoding()
        if pass_fds and not close_fds:
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        pgid = -1 if process_group is None else process_group
        gid, groups, uid = self._identities(user, group, extra_groups)
        argv = self._argv(args, shell)
        program = executable if executable is not None else argv[0]
        plumbing = _plumb(stdin, stdout, stderr)
        try:
            self._start(argv, program, plumbing, close_fds, pass_fds, cwd, env, restore_signals,
                        start_new_session, pgid, gid, groups, uid, umask, preexec_fn)
        except BaseException:
            plumbing.close_all()
            raise
        plumbing.close_child_ends()
        self._open_pipes(plumbing.ends, bufsize)

    @staticmethod
    def _argv(args, shell):
        if isinstance(args, (str, bytes, os.PathLike)):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            if isinstance(args, os.PathLike):
                raise TypeError("path-like args is not allowed when shell is true")
            return ["/bin/sh", "-c"] + argv
        if not argv:
            raise IndexError("list index out of range")
        return argv

    @staticmethod
    def _identities(user, group, extra_groups):
        groups = None
        if extra_groups is not None:
            groups = [_numeric_id(g, "grp", "Items in extra_groups must be a string or integer", "Group")
                      for g in extra_groups]
        return (_numeric_id(group, "grp", "Group must be a string or an integer", "Group"), groups,
                _numeric_id(user, "pwd", "User must be a string or an integer", "User"))

    def _start(self, argv, program, plumbing, close_fds, pass_fds, cwd, env, restore_signals, new_session, pgid,
               gid, groups, uid, umask, preexec_fn):
        sys.audit("subprocess.Popen", program, argv, cwd, env)
        keep = tuple(sorted(set(map(int, pass_fds))))  # fork_exec checks the values
        block = _environment_block(env)
        candidates = _programs_to_try(program, env)
        report_r, report_w = os.pipe()
        try:
            e = plumbing.ends
            self.pid = _posixsubprocess.fork_exec(
                argv, candidates, close_fds, keep, cwd, block, e["p2cread"], e["p2cwrite"], e["c2pread"],
                e["c2pwrite"], e["errread"], e["errwrite"], report_r, report_w, restore_signals, new_session, pgid,
                gid, groups, uid, umask, preexec_fn)
            self._child_created = True
        finally:
            os.close(report_w)
        try:
            report = b""
            while True:
                chunk = os.read(report_r, 50000)
                if not chunk:
                    break
                report += chunk
        finally:
            os.close(report_r)
        if report:
            self._reap_failed_child()
            raise _child_failure(report, cwd, program)

    def _reap_failed_child(self):
        while True:
            try:
                os.waitpid(self.pid, 0)
                break
            except ChildProcessError:
                break
            except InterruptedError:
                continue
        self.returncode = 255

    def _open_pipes(self, ends, bufsize):
        line_buffered = bufsize == 1
        if bufsize == 1:
            bufsize = -1  # line buffering is the text layer's business
        if ends["p2cwrite"] != -1:
            self.stdin = io.open(ends["p2cwrite"], "wb", bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True, line_buffering=line_buffered,
                                              encoding=self.encoding, errors=self.errors)
        for name, key in (("stdout", "c2pread"), ("stderr", "errread")):
            if ends[key] != -1:
                stream = io.open(ends[key], "rb", bufsize)
                if self.text_mode:
                    stream = io.TextIOWrapper(stream, encoding=self.encoding, errors=self.errors)
                setattr(self, name, stream)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = value

    def __repr__(self):
        shown = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)
        return shown if len(shown) <= 80 else shown[:76] + "...>"

    __class_getitem__ = classmethod(type(list[int]))

    # -- the end of the child --

    def _settle(self, status):
        self.returncode = os.waitstatus_to_exitcode(status)

    def poll(self):
        """Check if child process has terminated. Set and return returncode
        attribute."""
        if self.returncode is None and self._child_created:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = 0
            else:
                if pid == self.pid:
                    self._settle(status)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            while self.returncode is None:
                try:
                    pid, status = os.waitpid(self.pid, 0)
                except ChildProcessError:
                    self.returncode = 0
                    break
                if pid == self.pid:
                    self._settle(status)
            return self.returncode
        deadline = time.monotonic() + timeout
        nap = 0.0005
        while self.poll() is None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            time.sleep(min(nap, left, 0.05))
            nap *= 2
        return self.returncode

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass

    def terminate(self):
        """Terminate the process with SIGTERM
        """
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL
        """
        self.send_signal(signal.SIGKILL)

    # -- context manager and finalisation --

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream:
                stream.close()
        try:
            if self.stdin:
                self._close_input()
        finally:
            self.wait()

    def __del__(self):
        # Nobody waited for the child: say so even if it has ended meanwhile,
        # then reap it if it has.
        if not self._child_created or self.returncode is not None:
            return
        warnings.warn("subprocess %s is still running" % self.pid, ResourceWarning, source=self)
        self.poll()

    def _close_input(self):
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    # -- communicate --

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it.
        Read data from stdout and stderr, until end-of-file is
        reached.  Wait for process to terminate.

        The optional "input" argument should be data to be sent to the
        child process, or None, if no data should be sent to the child.
        communicate() returns a tuple (stdout, stderr).

        By default, all communication is in bytes, and therefore any
        "input" should be bytes, and the (stdout, stderr) will be bytes.
        If in text mode (indicated by self.text_mode), any "input" should
        be a string, and (stdout, stderr) will be strings decoded
        according to locale encoding, or by "encoding" if set. Text mode
        is triggered by setting any of text, encoding, errors or
        universal_newlines.
        """
        if self._exchange is not None and input:
            raise ValueError("Cannot send input after starting communication")
        if self._exchange is None and timeout is None:
            lone = self._lone_stream()
            if lone is not None:
                return self._communicate_lone(lone, input)
        deadline = None if timeout is None else time.monotonic() + timeout
        if self._exchange is None:
            self._exchange = _Exchange(self, input)
        try:
            out, err = self._exchange.run(deadline)
        except TimeoutExpired:
            raise TimeoutExpired(self.args, timeout, *self._exchange.partial()) from None
        left = None if deadline is None else max(deadline - time.monotonic(), 0)
        try:
            self.wait(left)
        except TimeoutExpired:
            raise TimeoutExpired(self.args, timeout, out, err) from None
        return out, err

    def _lone_stream(self):
        """The only pipe the parent holds, if it holds exactly one."""
        held = [s for s in (self.stdin, self.stdout, self.stderr) if s is not None]
        return held[0] if len(held) == 1 else None

    def _communicate_lone(self, stream, input):
        # A single pipe needs no selector: a plain write or read will do.
        if stream is self.stdin:
            if input:
                try:
                    self.stdin.write(input)
                except BrokenPipeError:
                    pass
            self._close_input()
            self.wait()
            return None, None
        data = stream.read()
        stream.close()
        self.wait()
        return (data, None) if stream is self.stdout else (None, data)


class _Exchange:
    """One communicate(): the bytes still to send and the bytes received so far."""

    def __init__(self, proc, input):
        self.proc = proc
        self.pending = b""
        if proc.stdin is not None and input:
            if proc.text_mode:
                input = input.encode(proc.stdin.encoding, proc.stdin.errors)
            self.pending = input
        self.sent = 0
        if proc.stdin is not None:
            try:
                proc.stdin.flush()
            except BrokenPipeError:
                pass
        self.received = {}
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                self.received[stream] = []
        self.input_open = proc.stdin is not None and not proc.stdin.closed

    def _finish_input(self):
        self.input_open = False
        self.proc._close_input()

    def _decoded(self, stream):
        if stream is None:
            return None
        data = b"".join(self.received[stream])
        if self.proc.text_mode:
            return _translate_newlines(data.decode(stream.encoding, stream.errors))
        return data

    def partial(self):
        """What arrived before a timeout; None for a stream that sent nothing yet."""
        return tuple(b"".join(self.received[s]) if self.received.get(s) else None
                     for s in (self.proc.stdout, self.proc.stderr))

    def run(self, deadline):
        proc = self.proc
        if self.input_open and not self.pending:
            self._finish_input()
        with selectors.DefaultSelector() as selector:
            if self.input_open:
                selector.register(proc.stdin.fileno(), selectors.EVENT_WRITE, None)
            for stream in self.received:
                if not stream.closed:
                    selector.register(stream.fileno(), selectors.EVENT_READ, stream)
            while selector.get_map():
                wait = None
                if deadline is not None:
                    wait = deadline - time.monotonic()
                    if wait <= 0:
                        raise TimeoutExpired(proc.args, 0)
                for key, _ in selector.select(wait):
                    if key.data is None:
                        self._send(selector, key.fd)
                    else:
                        chunk = os.read(key.fd, 32768)
                        if chunk:
                            self.received[key.data].append(chunk)
                        else:
                            selector.unregister(key.fd)
                            key.data.close()
        return self._decoded(proc.stdout), self._decoded(proc.stderr)

    def _send(self, selector, fd):
        piece = self.pending[self.sent:self.sent + 512]
        try:
            self.sent += os.write(fd, piece)
        except BrokenPipeError:
            self.sent = len(self.pending)
        if self.sent >= len(self.pending):
            selector.unregister(fd)
            self._finish_input()


# ---- the convenience functions --------------------------------------------------------

def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    for timeout seconds, then return the returncode attribute.

    The arguments are the same as for the Popen constructor.  Example:

    retcode = call(["ls", "-l"])
    """
    with Popen(*popenargs, **kwargs) as proc:
        try:
            return proc.wait(timeout=timeout)
        except BaseException:
            proc.kill()
            raise


def _command_of(popenargs, kwargs):
    return kwargs.get("args", popenargs[0] if popenargs else None)


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError.  The CalledProcessError object will have the
    return code in the returncode attribute.

    The arguments are the same as for the call function.  Example:

    check_call(["ls", "-l"])
    """
    code = call(*popenargs, **kwargs)
    if code:
        raise CalledProcessError(code, _command_of(popenargs, kwargs))
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    r"""Run command with arguments and return its output.

    If the exit code was non-zero it raises a CalledProcessError.  The
    CalledProcessError object will have the return code in the returncode
    attribute and output in the output attribute.

    The arguments are the same as for the Popen constructor.  Example:

    >>> check_output(["ls", "-l", "/dev/null"])
    b'crw-rw-rw- 1 root root 1, 3 Oct 18  2007 /dev/null\n'

    The stdout argument is not allowed as it is used internally.
    To capture standard error in the result, use stderr=STDOUT.

    >>> check_output(["/bin/sh", "-c",
    ...               "ls -l non_existent_file ; exit 0"],
    ...              stderr=STDOUT)
    b'ls: non_existent_file: No such file or directory\n'

    There is an additional optional argument, "input", allowing you to
    pass a string to the subprocess's stdin.  If you use this argument
    you may not also use the Popen constructor's "stdin" argument, as
    it too will be used internally.  Example:

    >>> check_output(["sed", "-e", "s/foo/bar/"],
    ...              input=b"when in the course of fooman events\n")
    b'when in the course of barman events\n'

    By default, all communication is in bytes, and therefore any "input"
    should be bytes, and the return value will be bytes.  If in text mode,
    any "input" should be a string, and the return value will be a string
    decoded according to locale encoding, or by "encoding" if set. Text mode
    is triggered by setting any of text, encoding, errors or universal_newlines.
    """
    for overridden in ("stdout", "check"):
        if overridden in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % overridden)
    if "input" in kwargs and kwargs["input"] is None:
        wants_text = kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") or \
            kwargs.get("errors")
        kwargs["input"] = "" if wants_text else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance.

    The returned instance will have attributes args, returncode, stdout and
    stderr. By default, stdout and stderr are not captured, and those attributes
    will be None. Pass stdout=PIPE and/or stderr=PIPE in order to capture them,
    or pass capture_output=True to capture both.

    If check is True and the exit code was non-zero, it raises a
    CalledProcessError. The CalledProcessError object will have the return code
    in the returncode attribute, and output & stderr attributes if those streams
    were captured.

    If timeout (seconds) is given and the process takes too long,
     a TimeoutExpired exception will be raised.

    There is an optional argument "input", allowing you to
    pass bytes or a string to the subprocess's stdin.  If you use this argument
    you may not also use the Popen constructor's "stdin" argument, as
    it will be used internally.

    By default, all communication is in bytes, and therefore any "input" should
    be bytes, and the stdout and stderr will be bytes. If in text mode, any
    "input" should be a string, and stdout and stderr will be strings decoded
    according to locale encoding, or by "encoding" if set. Text mode is
    triggered by setting any of text, encoding, errors or universal_newlines.

    The other arguments are the same as for the Popen constructor.
    """
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as proc:
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except TimeoutExpired:
            proc.kill()
            proc.wait()
            raise
        except BaseException:
            proc.kill()
            raise
        code = proc.poll()
    done = CompletedProcess(proc.args, code, out, err)
    if check:
        done.check_returncode()
    return done


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell.

    Execute the string 'cmd' in a shell with 'check_output' and
    return a 2-tuple (status, output). The locale encoding is used
    to decode the output and process newlines.

    A trailing newline is stripped from the output.
    The exit status for the command can be interpreted
    according to the rules for the function 'wait'. Example:

    >>> import subprocess
    >>> subprocess.getstatusoutput('ls /bin/ls')
    (0, '/bin/ls')
    >>> subprocess.getstatusoutput('cat /bin/junk')
    (1, 'cat: /bin/junk: No such file or directory')
    >>> subprocess.getstatusoutput('/bin/junk')
    (127, 'sh: /bin/junk: not found')
    >>> subprocess.getstatusoutput('/bin/kill $$')
    (-15, '')
    """
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as failure:
        text, status = failure.output, failure.returncode
    return status, text[:-1] if text.endswith("\n") else text


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell.

    Like getstatusoutput(), except the exit status is ignored and the return
    value is a string containing the command's output.  Example:

    >>> import subprocess
    >>> subprocess.getoutput('ls /bin/ls')
    '/bin/ls'
    """
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """
    Translate a sequence of arguments into a command line
    string, using the same rules as the MS C runtime:

    1) Arguments are delimited by white space, which is either a
       space or a tab.

    2) A string surrounded by double quotation marks is
       interpreted as a single argument, regardless of white space
       contained within.  A quoted string can be embedded in an
       argument.

    3) A double quotation mark preceded by a backslash is
       interpreted as a literal double quotation mark.

    4) Backslashes are interpreted literally, unless they
       immediately precede a double quotation mark.

    5) If backslashes immediately precede a double quotation mark,
       every backslash is interpreted as an escaped backslash, and
       the next double quotation mark is interpreted as a literal
       double quotation mark.
    """
    return " ".join(_quote_for_windows(os.fsdecode(arg)) for arg in map(os.fsdecode, seq))


def _quote_for_windows(arg):
    quoted = not arg or " " in arg or "\t" in arg
    pieces = []
    slashes = 0
    for ch in arg:
        if ch == "\\":
            slashes += 1
            continue
        if ch == '"':
            pieces.append("\\" * (2 * slashes + 1) + '"')
        else:
            pieces.append("\\" * slashes + ch)
        slashes = 0
    # Backslashes before the closing quote must be doubled to stay literal.
    pieces.append("\\" * (slashes * 2 if quoted else slashes))
    body = "".join(pieces)
    return '"%s"' % body if quoted else body
