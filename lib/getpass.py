"""Utilities to get a password and/or the current user name.

getpass(prompt[, stream[, echo_char]]) - Prompt for a password, with echo
turned off and optional keyboard feedback.
getuser() - Get the user name from the environment or password database.

GetPassWarning - This UserWarning is issued when getpass() cannot prevent
                 echoing of the password contents while reading.

On Windows, the msvcrt module will be used.

"""

import os
import sys
import io
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


# The variables a login sets for the user name, in the order they are trusted.
_NAME_VARIABLES = ("LOGNAME", "USER", "LNAME", "USERNAME")

# Keys the masked reader gives a meaning to; every other character is taken
# as part of the password.
_ERASE_KEYS = ("\x7f", "\b")
_END_KEYS = ("\n", "\r")
_INTERRUPT_KEY = "\x03"
_EOF_KEY = "\x04"
_IGNORED_KEYS = ("\x00",)


def _check_echo_char(echo_char):
    # Called before anything is shown, so a bad argument never leaves the
    # terminal half set up.
    if echo_char is None:
        return
    if not isinstance(echo_char, str):
        raise TypeError("'echo_char' must be a str or None, not "
                        + type(echo_char).__name__)
    if len(echo_char) != 1 or not echo_char.isascii() or not echo_char.isprintable():
        raise ValueError("'echo_char' must be a single printable ASCII "
                         "character, got: " + repr(echo_char))


def _show_prompt(stream, prompt):
    try:
        stream.write(prompt)
    except UnicodeEncodeError:
        # The stream cannot show some characters: show '?' for them rather
        # than fail before the password is even asked for.
        codec = stream.encoding
        stream.write(prompt.encode(codec, "replace").decode(codec))
    stream.flush()


def _read_masked(source, stream, echo_char):
    """Reads keys one by one, showing echo_char for each one kept."""
    typed = []
    eof_armed = False          # a first Ctrl-D was seen since the last key kept
    while True:
        key = source.read(1)
        if not key or key in _END_KEYS:
            break
        if key == _INTERRUPT_KEY:
            raise KeyboardInterrupt
        if key == _EOF_KEY:
            if eof_armed:
                break
            eof_armed = True
            continue
        if key in _ERASE_KEYS:
            if typed:
                typed.pop()
                stream.write("\b \b")
                stream.flush()
            continue
        if key in _IGNORED_KEYS:
            continue
        eof_armed = False
        typed.append(key)
        stream.write(echo_char)
        stream.flush()
    return "".join(typed)


def _raw_input(prompt="", stream=None, input=None, echo_char=None):
    if stream is None:
        stream = sys.stderr
    if input is None:
        input = sys.stdin
    _show_prompt(stream, str(prompt))
    if echo_char is not None:
        return _read_masked(input, stream, echo_char)
    line = input.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith("\n") else line


def fallback_getpass(prompt="Password: ", stream=None, *, echo_char=None):
    _check_echo_char(echo_char)
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    if stream is None:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream, sys.stdin, echo_char)


def _open_terminal():
    """Returns a text file on the controlling terminal, or None."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return None
    try:
        return io.TextIOWrapper(io.FileIO(fd, "w+"))
    except BaseException:
        os.close(fd)
        raise


def _stdin_descriptor():
    # No stdin at all, or one without a descriptor, both mean: no terminal.
    try:
        return sys.stdin.fileno()
    except (AttributeError, ValueError):
        return None


def _hidden_read(fd, prompt, stream, source, echo_char):
    """Reads with echo off on descriptor fd; None when fd is no terminal."""
    try:
        saved = termios.tcgetattr(fd)
    except termios.error:
        return None
    quiet = list(saved)
    quiet[3] &= ~termios.ECHO
    if echo_char is not None:
        # The masked reader needs each key as it is typed, not whole lines.
        quiet[3] &= ~termios.ICANON
    when = termios.TCSAFLUSH | getattr(termios, "TCSASOFT", 0)
    try:
        termios.tcsetattr(fd, when, quiet)
    except termios.error:
        return None
    try:
        return _raw_input(prompt, stream, source, echo_char)
    finally:
        termios.tcsetattr(fd, when, saved)
        stream.flush()


def unix_getpass(prompt="Password: ", stream=None, *, echo_char=None):
    """Prompt for a password, with echo turned off.

    Args:
      prompt: Written on stream to ask for the input.  Default: 'Password: '
      stream: A writable file object to display the prompt.  Defaults to
              the tty.  If no tty is available defaults to sys.stderr.
      echo_char: A single ASCII character to mask input (e.g., '*').
              If None, input is hidden.
    Returns:
      The seKr3t input.
    Raises:
      EOFError: If our input tty or stdin was closed.
      GetPassWarning: When we were unable to turn echo off on the input.

    Always restores terminal settings before returning.
    """
    _check_echo_char(echo_char)
    tty = _open_terminal()
    try:
        if tty is not None:
            source = tty
            fd = tty.fileno()
            if stream is None:
                stream = tty
        else:
            source = None
            fd = _stdin_descriptor()
            if stream is None:
                stream = sys.stderr
        password = None
        if fd is not None:
            password = _hidden_read(fd, prompt, stream,
                                    source if source is not None else sys.stdin,
                                    echo_char)
        if password is None:
            password = fallback_getpass(prompt, stream)
        stream.write("\n")
        return password
    finally:
        if tty is not None:
            tty.close()


def win_getpass(prompt="Password: ", stream=None, *, echo_char=None):
    """Prompt for password with echo off, using Windows getwch()."""
    _check_echo_char(echo_char)
    # There is no console to read keys from here.
    return fallback_getpass(prompt, stream, echo_char=echo_char)


def getuser():
    """Get the username from the environment or password database.

    First try various environment variables, then the password
    database.  This works on Windows as long as USERNAME is set.
    Any failure to find a username raises OSError.

    .. versionchanged:: 3.13
        Previously, various exceptions beyond just :exc:`OSError`
        were raised.
    """
    for variable in _NAME_VARIABLES:
        name = os.environ.get(variable)
        if name:
            return name
    try:
        import pwd
        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError) as failure:
        raise OSError("No username set in the environment") from failure


try:
    import termios
    termios.tcgetattr, termios.tcsetattr
except (ImportError, AttributeError):
    getpass = fallback_getpass
else:
    getpass = unix_getpass
