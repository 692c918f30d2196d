# parseline, onecmd's return value, default and emptyline overridden,
# identchars changed, do_shell for '!'.
import cmd

class C(cmd.Cmd):
    identchars = cmd.IDENTCHARS + '-'
    def default(self, line):
        print('default:', repr(line))
        return 'dflt'
    def emptyline(self):
        print('empty')
        return 'empty'
    def do_shell(self, arg):
        print('shell:', repr(arg))
    def do_stop(self, arg):
        return 'stopped ' + arg
    def do_x_y(self, arg):
        print('x_y', repr(arg))

c = C()
for line in ('', '   ', 'stop now', '!ls -l', '?', 'x-y 1', 'x_y 2',
             '(paren)', 'unknown', '  stop  padded  ', 'EOF'):
    print(repr(line), c.parseline(line), '->', repr(c.onecmd(line)))
    print('   lastcmd', repr(c.lastcmd))
print(sorted(c.completenames('s')), c.completenames('x'), c.completedefault())
print(sorted(c.complete_help('')))

plain = cmd.Cmd()
print(plain.parseline('!cmd'), plain.onecmd('!cmd'))
print(plain.onecmd(''), repr(plain.lastcmd))
plain.onecmd('help')
plain.onecmd('help help')
