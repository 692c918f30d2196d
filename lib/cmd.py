"""A generic class to build line-oriented command interpreters.

Interpreters constructed with this class obey the following conventions:

1. End of file on input is processed as the command 'EOF'.
2. A command is parsed out of each line by collecting the prefix composed
   of characters in the identchars member.
3. A command 'foo' is dispatched to a method 'do_foo()'; the do_ method
   is passed a single argument consisting of the remainder of the line.
4. Typing an empty line repeats the last command.  (Actually, it calls the
   method 'emptyline', which may be overridden in a subclass.)
5. There is a predefined 'help' method.  Given an argument 'topic', it
   calls the command 'help_topic'.  With no arguments, it lists all topics
   with defined help_ functions, broken into up to three topics; documented
   commands, miscellaneous help topics, and undocumented commands.
6. The command '?' is a synonym for 'help'.  The command '!' is a synonym
   for 'shell', if a do_shell method exists.
7. If completion is enabled, completing commands will be done automatically,
   and completing of commands args is done by calling complete_foo() with
   arguments text, line, begidx, endidx.  text is string we are matching
   against, all returned matches must begin with it.  line is the current
   input line (lstripped), begidx and endidx are the beginning and end
   indexes of the text being matched, which could be used to provide
   different completion depending upon which position the argument is in.

The 'default' method may be overridden to intercept commands for which there
is no do_ method.

The 'completedefault' method may be overridden to intercept completions for
commands that have no complete_ method.

The data member 'self.ruler' sets the character used to draw separator lines
in the help messages.  If empty, no ruler line is drawn.  It defaults to "=".

If the value of 'self.intro' is nonempty when the cmdloop method is called,
it is printed out on interpreter startup.  This value may be overridden
via an optional argument to the cmdloop() method.

The data members 'self.doc_header', 'self.misc_header', and
'self.undoc_header' set the headers used for the help function's
listings of documented functions, miscellaneous topics, and undocumented
functions respectively.
"""

import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = ('abcdefghijklmnopqrstuvwxyz'.upper()
              + 'abcdefghijklmnopqrstuvwxyz' + '0123456789' + '_')


def _column_widths(items, rows):
    # The width of each column when `items` fill `rows` rows, column by
    # column.
    return [max(len(item) for item in items[start:start + rows])
            for start in range(0, len(items), rows)]


class Cmd:
    """A simple framework for writing line-oriented command interpreters.

    These are often useful for test harnesses, administrative tools, and
    prototypes that will later be wrapped in a more sophisticated interface.

    A Cmd instance or subclass instance is a line-oriented interpreter
    framework.  There is no good reason to instantiate Cmd itself; rather,
    it's useful as a superclass of an interpreter class you define yourself
    in order to inherit Cmd's methods and encapsulate action methods.

    """
    # What the help listing prints.
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    undoc_header = "Undocumented commands:"
    misc_header = "Miscellaneous help topics:"
    nohelp = "*** No help on %s"
    ruler = '='
    # How lines are read and split.
    prompt, identchars = PROMPT, IDENTCHARS
    use_rawinput = 1
    intro = None
    lastcmd = ''

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """Instantiate a line-oriented interpreter framework.

        The optional argument 'completekey' is the readline name of a
        completion key; it defaults to the Tab key. If completekey is
        not None and the readline module is available, command completion
        is done automatically. The optional arguments stdin and stdout
        specify alternate input and output file objects; if not specified,
        sys.stdin and sys.stdout are used.

        """
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue = []
        self.completekey = completekey

    # ---- the loop
    def cmdloop(self, intro=None):
        """Repeatedly issue a prompt, accept input, parse an initial prefix
        off the received input, and dispatch to action methods, passing them
        the remainder of the line as argument.

        """
        self.preloop()
        restore = self._install_completer()
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                line = self.precmd(self._next_line())
                stop = self.postcmd(self.onecmd(line), line)
            self.postloop()
        finally:
            if restore is not None:
                restore()

    def preloop(self):
        """Hook method executed once when the cmdloop() method is called."""

    def postloop(self):
        """Hook method executed once when the cmdloop() method is about to
        return.

        """

    def precmd(self, line):
        """Hook method executed just before the command line is
        interpreted, but after the input prompt is generated and issued.

        """
        return line

    def postcmd(self, stop, line):
        """Hook method executed just after a command dispatch is finished."""
        return stop

    def _next_line(self):
        # Queued commands come first; then the terminal or the stream.
        # The end of the input reads as the command 'EOF'.
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return line.rstrip('\r\n') if line else 'EOF'

    def _install_completer(self):
        # Tab completion through readline when there is one; returns what
        # puts the previous completer back.
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        self.old_completer = readline.get_completer()
        readline.set_completer(self.complete)
        readline.parse_and_bind(self.completekey + ": complete")

        def restore():
            readline.set_completer(self.old_completer)
        return restore

    # ---- one line
    def parseline(self, line):
        """Parse the line into a command name and a string containing
        the arguments.  Returns a tuple containing (command, args, line).
        'command' and 'args' may be None if the line couldn't be parsed.
        """
        line = line.strip()
        first = line[:1]
        if first == '?':
            line = 'help ' + line[1:]
        elif first == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        elif not first:
            return None, None, line
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Interpret the argument as though it had been typed in response
        to the prompt.

        This may be overridden, but should not normally need to be;
        see the precmd() and postcmd() methods for useful execution hooks.
        The return value is a flag indicating whether interpretation of
        commands by the interpreter should stop.

        """
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        # 'EOF' is not repeated by an empty line.
        self.lastcmd = '' if line == 'EOF' else line
        handler = getattr(self, 'do_' + command, None) if command else None
        if handler is None:
            return self.default(line)
        return handler(arg)

    def emptyline(self):
        """Called when an empty line is entered in response to the prompt.

        If this method is not overridden, it repeats the last nonempty
        command entered.

        """
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called on an input line when the command prefix is not recognized.

        If this method is not overridden, it prints an error message and
        returns.

        """
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # ---- completion
    def completedefault(self, *ignored):
        """Method called to complete an input line when no command-specific
        complete_*() method is available.

        By default, it returns an empty list.

        """
        return []

    def completenames(self, text, *ignored):
        wanted = 'do_' + text
        return [name[3:] for name in self.get_names()
                if name.startswith(wanted)]

    def complete(self, text, state):
        """Return the next possible completion for 'text'.

        If a command has not been entered, then complete against command list.
        Otherwise try to call complete_<command> to get list of completions.
        """
        if state == 0:
            self.completion_matches = self._completions(text)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def _completions(self, text):
        import readline
        whole = readline.get_line_buffer()
        line = whole.lstrip()
        shift = len(whole) - len(line)
        begin = readline.get_begidx() - shift
        end = readline.get_endidx() - shift
        if begin <= 0:
            return self.completenames(text, line, begin, end)
        command = self.parseline(line)[0]
        finder = self.completedefault
        if command:
            finder = getattr(self, 'complete_' + command, finder)
        return finder(text, line, begin, end)

    def get_names(self):
        # The class's names only: commands are methods, not attributes
        # set on an instance.
        return dir(self.__class__)

    def complete_help(self, *args):
        names = set(self.completenames(*args))
        topic = 'help_' + args[0]
        names.update(n[5:] for n in self.get_names() if n.startswith(topic))
        return list(names)

    # ---- help
    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = self.get_names()
        topics = {name[5:] for name in names if name.startswith('help_')}
        documented, undocumented = [], []
        for command in sorted({n[3:] for n in names if n.startswith('do_')}):
            if command in topics:
                topics.discard(command)
                documented.append(command)
            elif getattr(self, 'do_' + command).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, topic):
        helper = getattr(self, 'help_' + topic, None)
        if helper is not None:
            helper()
            return
        command = getattr(self, 'do_' + topic, None)
        text = getattr(command, '__doc__', None) if command else None
        if text:
            import inspect
            text = inspect.cleandoc(text)
        if text:
            self.stdout.write("%s\n" % str(text))
        else:
            self.stdout.write("%s\n" % str(self.nohelp % (topic,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Display a list of strings as a compact set of columns.

        Each column is only as wide as necessary.
        Columns are separated by two spaces (one was not legible enough).
        """
        items = list
        if not items:
            self.stdout.write("<empty>\n")
            return
        wrong = [i for i, item in enumerate(items) if not isinstance(item, str)]
        if wrong:
            raise TypeError("list[i] not a string for i in %s"
                            % ", ".join(map(str, wrong)))
        count = len(items)
        if count == 1:
            self.stdout.write('%s\n' % str(items[0]))
            return
        # The fewest rows whose columns, two spaces apart, fit the width;
        # failing that, one column.
        rows, widths = count, [0]
        for tried in range(1, count):
            trial = _column_widths(items, tried)
            if sum(trial) + 2 * (len(trial) - 1) <= displaywidth:
                rows, widths = tried, trial
                break
        for row in range(rows):
            cells = [items[i] for i in range(row, count, rows)]
            while cells and not cells[-1]:
                cells.pop()
            padded = [cell.ljust(widths[col]) for col, cell in enumerate(cells)]
            self.stdout.write("%s\n" % str("  ".join(padded)))
