# help: documented, undocumented and miscellaneous topics in columns,
# help_* methods, docstrings (cleaned), the ruler and the headers.
import cmd, io

class Tool(cmd.Cmd):
    def do_alpha(self, arg):
        """First command.

        With an indented second paragraph.
        """
    def do_beta(self, arg):
        pass
    def help_beta(self):
        print('help for beta')
    def do_gamma(self, arg):
        pass
    def do_delta_long_name(self, arg):
        pass
    def help_topic(self):
        print('a topic')
    def help_other(self):
        print('other topic')
    def do_EOF(self, arg):
        return True

out = io.StringIO()
t = Tool(stdout=out)
for line in ('help', 'help alpha', 'help beta', 'help gamma', 'help topic',
             'help nothing', '?', '? alpha'):
    t.onecmd(line)
print(out.getvalue())

class Plain(cmd.Cmd):
    ruler = ''
    doc_leader = 'Leader text'
    doc_header = 'Docs:'
    undoc_header = 'No docs:'
for i in range(30):
    setattr(Plain, 'do_cmd%02d' % i, lambda self, arg: None)
p = Plain()
p.onecmd('help')
p.ruler = '-'
p.onecmd('help')
