# cmdqueue, postcmd deciding to stop, a command returning a true value,
# precmd rewriting lines and lastcmd repetition.
import cmd, io

class Counter(cmd.Cmd):
    prompt = ''
    def __init__(self, **kw):
        super().__init__(**kw)
        self.count = 0
        self.use_rawinput = False
    def precmd(self, line):
        return line.lower()
    def do_inc(self, arg):
        self.count += int(arg or 1)
        print('count', self.count)
    def do_stop(self, arg):
        return 'stop requested'
    def postcmd(self, stop, line):
        if self.count >= 10:
            print('limit reached')
            return True
        return stop

c = Counter(stdin=io.StringIO('INC 2\n\n\nINC 3\nunknown\n'))
c.cmdqueue = ['inc']
c.cmdloop()
print('count', c.count, 'lastcmd', repr(c.lastcmd))

d = Counter(stdin=io.StringIO('inc\nstop\ninc\n'))
print(d.onecmd('inc 4'), d.onecmd('stop'), d.onecmd(''))
d.cmdloop()
print('count', d.count, repr(d.stdin.read()))
e = Counter(stdin=io.StringIO(''))
e.cmdqueue = ['inc 20']
e.cmdloop()
print('ended by postcmd', e.count)
