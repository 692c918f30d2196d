"""Read-eval-print loops of one's own: InteractiveInterpreter runs source a
piece at a time in a namespace, reporting errors as the interactive prompt
does; InteractiveConsole adds the prompt, line buffering and the loop;
interact() runs one."""
import builtins
import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ['InteractiveInterpreter', 'InteractiveConsole', 'interact', 'compile_command']


class InteractiveInterpreter:
    """Compiles and runs source in a namespace (locals, by default a fresh
    one named '__console__'), writing errors through write()."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {'__name__': '__console__', '__doc__': None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename='<input>', symbol='single'):
        """Compiles and runs source.  True when it is incomplete (more lines
        are wanted), False once it ran or failed to compile (the error is
        shown)."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename, source=source)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Runs code in the namespace; an exception other than SystemExit is
        shown."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except BaseException:
            self.showtraceback()

    def showsyntaxerror(self, filename=None, **kwargs):
        """Shows the syntax error being handled (with filename as its file,
        when given)."""
        kind, value, tb = sys.exc_info()
        if filename and issubclass(kind, SyntaxError):
            value.filename = filename
        self._record(kind, value, tb)
        self._show(kind, value, None)

    def showtraceback(self):
        """Shows the exception being handled, without this frame."""
        kind, value, tb = sys.exc_info()
        tb = tb.tb_next if tb is not None else None
        self._record(kind, value, tb)
        self._show(kind, value, tb)

    def _record(self, kind, value, tb):
        sys.last_type, sys.last_value, sys.last_traceback = kind, value, tb
        sys.last_exc = value

    def _show(self, kind, value, tb):
        if sys.excepthook is sys.__excepthook__:
            self.write(''.join(traceback.format_exception(kind, value, tb)))
        else:
            # A hook of the program's own decides how errors look.
            sys.excepthook(kind, value, tb)

    def write(self, data):
        """Where errors go: sys.stderr (override to send them elsewhere)."""
        sys.stderr.write(data)


class _Quitter:
    # exit() and quit() inside a console that may only end its own loop.
    def __init__(self, console, name):
        self.console = console
        self.name = name

    def __repr__(self):
        return 'Use %s() or Ctrl-D (i.e. EOF) to exit' % self.name

    def __call__(self, code=None):
        raise SystemExit(code)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter with a prompt: lines are gathered in a buffer until
    they make a complete statement."""

    def __init__(self, locals=None, filename='<console>', *, local_exit=False):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.local_exit = local_exit
        self.resetbuffer()

    def resetbuffer(self):
        """Forgets the lines gathered so far."""
        self.buffer = []

    def _banner(self, banner):
        if banner is None:
            self.write('Python %s on %s\n%s\n(%s)\n' % (
                sys.version, sys.platform,
                'Type "help", "copyright", "credits" or "license" for more information.',
                type(self).__name__))
        elif banner:
            self.write('%s\n' % str(banner))

    def interact(self, banner=None, exitmsg=None):
        """Prompts for lines and runs them until end of input, with banner
        first and exitmsg last (defaults: CPython's)."""
        ps1 = getattr(sys, 'ps1', None)
        if ps1 is None:
            sys.ps1 = ps1 = '>>> '
        if getattr(sys, 'ps2', None) is None:
            sys.ps2 = '... '
        self._banner(banner)
        saved = {}
        if self.local_exit:
            for name in ('exit', 'quit'):
                saved[name] = getattr(builtins, name, None)
                setattr(builtins, name, _Quitter(self, name))
        try:
            self._loop()
        finally:
            for name, value in saved.items():
                setattr(builtins, name, value)
        if exitmsg is None:
            self.write('now exiting %s...\n' % type(self).__name__)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def _loop(self):
        more = False
        while True:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write('\n')
                    return
                more = self.push(line)
            except KeyboardInterrupt:
                self.write('\nKeyboardInterrupt\n')
                self.resetbuffer()
                more = False
            except SystemExit:
                if not self.local_exit:
                    raise
                self.write('\n')
                return

    def push(self, line, filename=None, _symbol='single'):
        """Adds line to the buffer and runs the buffer when it is complete.
        True while more lines are wanted."""
        self.buffer.append(line)
        source = '\n'.join(self.buffer)
        more = self.runsource(source, self.filename if filename is None else filename,
                              symbol=_symbol)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=''):
        """One line of input, without its newline (override to read from
        elsewhere); EOFError at the end."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None, local_exit=False):
    """Runs an InteractiveConsole over local, reading lines with readfunc
    (input() by default)."""
    console = InteractiveConsole(local, local_exit=local_exit)
    if readfunc is not None:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)


if __name__ == '__main__':
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('-q', action='store_true',
                        help="don't print version and copyright messages")
    args = parser.parse_args()
    interact(banner='' if args.q or sys.flags.quiet else None)
