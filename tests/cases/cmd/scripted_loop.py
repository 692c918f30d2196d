# A Cmd driven by a scripted stdin: prompts, dispatch, empty lines that
# repeat the last command, unknown syntax, EOF and the hooks' order.
import cmd, io

class Shell(cmd.Cmd):
    prompt = '> '
    intro = 'Welcome.'

    def preloop(self):
        print('[preloop]')

    def postloop(self):
        print('[postloop]')

    def precmd(self, line):
        print('[precmd %r]' % line)
        return line

    def postcmd(self, stop, line):
        print('[postcmd %r %r]' % (stop, line))
        return stop

    def do_add(self, arg):
        """Add numbers: add 1 2 3"""
        print(sum(int(x) for x in arg.split()))

    def do_echo(self, arg):
        print('echo:', repr(arg))

    def do_EOF(self, arg):
        print('bye')
        return True

script = io.StringIO('add 1 2 3\n\n   echo   spaced  words  \n'
                     'nosuch thing\n123abc\n!shell\n?add\n-dash\nadd\n'
                     'echo\r\n')
s = Shell(stdin=script, stdout=None)
s.use_rawinput = False
s.cmdloop()
print('lastcmd', repr(s.lastcmd))

s2 = Shell(stdin=io.StringIO('echo one\n'))
s2.use_rawinput = False
s2.cmdqueue = ['echo queued', 'add 4 5']
s2.cmdloop('Another intro')
print(s2.intro)
