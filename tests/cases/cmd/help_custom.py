# Customised help: nohelp, headers, ruler, doc_leader, undocumented
# commands whose methods have docstrings only in subclasses, print_topics.
import cmd, io

class Base(cmd.Cmd):
    nohelp = 'Sorry, nothing about %s.'
    ruler = '~'
    doc_leader = 'Commands of the base shell.'
    def do_one(self, arg):
        'One: the first.'
    def do_two(self, arg):
        pass
    def do_three(self, arg):
        """

            Indented docstring
              with a deeper line.
        """

class Derived(Base):
    misc_header = 'Other things:'
    def do_two(self, arg):
        'Two, now documented.'
    def help_extra(self):
        self.stdout.write('extra topic\n')
    def help_one(self):
        self.stdout.write('one, from help_one\n')

out = io.StringIO()
for shell in (Base(stdout=out), Derived(stdout=out)):
    for line in ('help', 'help one', 'help two', 'help three', 'help four',
                 'help extra'):
        out.write('>>> %s\n' % line)
        shell.onecmd(line)
print(out.getvalue())
b = Base()
b.print_topics('Header', ['a', 'bb', 'ccc'], 15, 10)
b.print_topics('Nothing', [], 15, 80)
b.ruler = ''
b.print_topics('No ruler', ['x'], 15, 80)
