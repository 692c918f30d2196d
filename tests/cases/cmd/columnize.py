# Cmd.columnize at several widths, with short and long words.
import cmd

c = cmd.Cmd()
words = ['w%d' % i * (1 + i % 4) for i in range(23)]
for width in (80, 40, 20, 10, 5, 1):
    print('--- width', width)
    c.columnize(words, width)
c.columnize([])
c.columnize(['only'])
c.columnize(['a', '', 'b', ''], 3)
c.columnize(['x' * 100, 'y'])
try:
    c.columnize(['a', 1, 'b', None])
except TypeError as e:
    print('TypeError', e)
print(cmd.PROMPT, cmd.IDENTCHARS, cmd.__all__)
print(c.prompt, repr(c.identchars), c.ruler, repr(c.lastcmd), c.intro,
      repr(c.doc_leader), c.doc_header, c.misc_header, c.undoc_header,
      c.nohelp, c.use_rawinput, c.completekey, c.cmdqueue)
