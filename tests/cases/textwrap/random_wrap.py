# textwrap.wrap over seeded random paragraphs and random option sets.
import textwrap

state = 2024
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

WORDS = ['a', 'hello', 'world.', 'foo-bar', 'x--y', '--', 'well-known-thing',
         'Mr.', 'end!', '"quote."', '-b', '1-2', 'abc-', 'co-op', 'e-mail',
         'supercalifragilisticexpialidocious', 'a-b-c', '---', "it's", 'yes?',
         'ok"', '\t', '\n', '  ', 'tab\there', 'ünïcode-wörd', '1234567890123',
         'q-', '-', 'x-y-z-w', 'self--contained', 'T.']
SEPS = [' ', '  ', '\n', '', '\t', ' ', '\x0b', '\r\n']
OPTIONS = [('width', [1, 2, 3, 5, 8, 10, 15, 20, 40]),
           ('initial_indent', ['', '> ', '*']),
           ('subsequent_indent', ['', '  ', '|']),
           ('expand_tabs', [True, False]), ('replace_whitespace', [True, False]),
           ('fix_sentence_endings', [False, True]),
           ('break_long_words', [True, False]), ('drop_whitespace', [True, False]),
           ('break_on_hyphens', [True, False]), ('tabsize', [8, 4, 0]),
           ('max_lines', [None, 1, 2, 3]), ('placeholder', [' [...]', '...', ' ~'])]

for case in range(400):
    text = ''.join(WORDS[rand(len(WORDS))] + SEPS[rand(len(SEPS))]
                   for _ in range(rand(22)))
    kw = {}
    for name, values in OPTIONS:
        if rand(2):
            kw[name] = values[rand(len(values))]
    width = kw.get('width', 70)
    if max(len(kw.get('initial_indent', '')), len(kw.get('subsequent_indent', ''))) >= width:
        continue        # CPython loops forever there
    try:
        print(case, textwrap.wrap(text, **kw))
    except ValueError as e:
        print(case, 'ValueError', e)
