"""Writes random regular expressions with subjects to run them on, as
differential cases.

    tools/python3.14 tests/gen/regex_pairs.py OUTDIR

writes OUTDIR/regex_pairs_<seed>.py for each seed in SEEDS.  The patterns
come from a grammar of the whole syntax: literals and every kind of escape
(\\x, \\u, \\U, octal, \\N{...}), classes with ranges, negation and
categories, the anchors, greedy, lazy and possessive repeats with every
count form, capturing, named, non-capturing, atomic and flag-scoped groups,
look-ahead and (fixed-width) look-behind, numbered and named back
references, conditional groups, alternation, comments, inline global
flags, and flags given to compile (IGNORECASE, MULTILINE, DOTALL, VERBOSE,
ASCII); some are bytes patterns, some are broken on purpose (a character
dropped, doubled or inserted) to compare the error messages.  Subjects mix
the pattern's own literals with letters of every case rule Python knows
(the dotted and dotless i, the Kelvin sign, sharp s), digits, spaces and
line ends.  Each case compiles each pattern and prints what search, match,
fullmatch, findall, finditer, sub, subn and split give on each subject, so
the suite compares every result with CPython's.  The seeds are fixed: the
files are the same from run to run.
"""
import os
import random
import sys

SEEDS = (21, 22, 23, 24, 25, 26)
PATTERNS_PER_FILE = 260
SUBJECTS_PER_PATTERN = 4

LETTERS = ['a', 'b', 'c', 'x', 'A', 'B', 'K', 'k', 's', 'S', 'i', 'I']
ODD = ['\u00e9', '\u00c9', '\u0130', '\u0131', '\u00df', '\u212a', '\u017f', '\u0663', '\u00b2', '\u2028']
PLAIN = ['1', '2', '0', ' ', '\n', '\t', '-', '.', '_', ',']
SUBJECT_CHARS = LETTERS + ODD + PLAIN
ESCAPES = [r'\d', r'\D', r'\w', r'\W', r'\s', r'\S', r'\.', r'\-', r'\n', r'\t', r'\\', r'\x61',
           r'\x41', r'\u00e9', r'\U0001f600', r'\141', r'\0', r'\07', r'\N{LATIN SMALL LETTER B}',
           r'\N{DIGIT ONE}', r'\N{SPACE}', r'\a', r'\f', r'\v', r'\$', r'\*']
ASSERTIONS = ['^', '$', r'\A', r'\Z', r'\b', r'\B']
FLAG_LETTERS = ['i', 'm', 's', 'x', 'a']
COMPILE_FLAGS = [0, 0, 0, 2, 8, 16, 64, 256, 2 | 256, 8 | 16, 2 | 8, 2 | 16]
BREAKERS = list('()[]{}?*+|\\^$-:<>=!#,P') + ['(?', '(?P<', '{2', '\\g', '(?<', '[^', '\\N{']


class Grammar:
    """One pattern's generator: it keeps the groups opened so far so that
    back references and conditionals usually name a group that exists."""

    def __init__(self, rng, is_bytes):
        self.rng = rng
        self.is_bytes = is_bytes
        self.groups = 0
        self.closed = []       # numbers of the groups already closed
        self.names = {}        # name -> number, closed groups only
        self.literals = []     # plain text pieces, reused for subjects

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def literal(self):
        pool = LETTERS + PLAIN[:3] + ([] if self.is_bytes else ODD[:6])
        text = ''.join(self.pick(pool) for _ in range(self.rng.randrange(1, 3)))
        self.literals.append(text)
        return text.replace('\n', '\\n').replace(' ', '\\ ' if self.chance(0.3) else ' ')

    def escape(self):
        e = self.pick(ESCAPES)
        if self.is_bytes and (e.startswith(('\\u', '\\U', '\\N'))):
            return r'\x62'
        return e

    def char_class(self):
        items = []
        for _ in range(self.rng.randrange(1, 4)):
            r = self.rng.random()
            if r < 0.4:
                lo = self.pick('abcxAK019')
                hi = chr(ord(lo) + self.rng.randrange(0, 4))
                items.append(lo + '-' + hi if hi != lo else lo)
            elif r < 0.65:
                items.append(self.pick([r'\d', r'\w', r'\s', r'\W', r'\S', r'\D']))
            elif r < 0.8 and not self.is_bytes:
                items.append(self.pick(ODD[:6]))
            else:
                items.append(self.pick(['.', '$', '^', r'\]', r'\[', '-', r'\-', r'\x2d', '_', ' ', r'\n']))
        head = '^' if self.chance(0.3) else ''
        if items[0].startswith('^') and not head:
            items[0] = '\\' + items[0]
        return '[' + head + ''.join(items) + ']'

    def quantifier(self, on_group=False):
        if on_group:
            # not {1,2} and the like on groups: after an iteration that matched
            # the empty string CPython stops repeating, PCRE2 does not (when
            # the count is bounded), so the groups' spans can differ
            base = self.pick(['*', '+', '?', '{2}', '{2,}', '{0}', '{0,1}', '{1,}'])
        else:
            base = self.pick(['*', '+', '?', '{2}', '{1,2}', '{,2}', '{2,}', '{0}', '{1,3}', '{0,1}'])
        mode = self.rng.random()
        return base + ('?' if mode < 0.25 else '+' if mode < 0.4 else '')

    def group(self, depth, fixed):
        """A group of some kind; fixed asks for one of fixed width."""
        r = self.rng.random()
        if r < 0.3:
            self.groups += 1
            number = self.groups
            body = self.alternation(depth + 1, fixed)
            self.closed.append(number)
            return '(' + body + ')'
        if r < 0.45:
            self.groups += 1
            number = self.groups
            name = 'g%d' % number
            body = self.alternation(depth + 1, fixed)
            self.closed.append(number)
            self.names[name] = number
            return '(?P<%s>%s)' % (name, body)
        if r < 0.55:
            return '(?:' + self.alternation(depth + 1, fixed) + ')'
        if r < 0.62:
            return '(?>' + self.alternation(depth + 1, fixed) + ')'
        if r < 0.72:
            on = ''.join(sorted(set(self.pick('ims') for _ in range(self.rng.randrange(1, 3)))))
            off = '' if self.chance(0.6) else '-' + self.pick([f for f in 'ims' if f not in on] or ['x'])
            if self.chance(0.15) and not self.is_bytes:
                on = 'a'
                off = ''
            return '(?%s%s:%s)' % (on, off, self.alternation(depth + 1, fixed))
        if r < 0.82:
            return '(?%s%s)' % (self.pick(['=', '!']), self.alternation(depth + 1, False))
        if r < 0.92:
            # look-behind: usually fixed width, sometimes not (an error to compare)
            return '(?<%s%s)' % (self.pick(['=', '!']), self.alternation(depth + 1, not self.chance(0.1)))
        if self.closed or self.chance(0.2):
            ref = self.pick(self.closed) if self.closed else self.groups + 1
            if self.names and self.chance(0.4):
                ref = self.pick(sorted(self.names))
            yes = self.sequence(depth + 1, fixed)
            no = '|' + self.sequence(depth + 1, fixed) if self.chance(0.6) else ''
            return '(?(%s)%s%s)' % (ref, yes, no)
        return '(?#a comment)'

    def atom(self, depth, fixed):
        r = self.rng.random()
        if r < 0.3:
            return self.literal(), True
        if r < 0.45:
            return self.escape(), True
        if r < 0.6:
            return self.char_class(), True
        if r < 0.68:
            return '.', True
        if r < 0.74:
            return self.pick(ASSERTIONS), False
        if r < 0.8 and self.closed:
            if self.names and self.chance(0.4):
                return '(?P=%s)' % self.pick(sorted(self.names)), not fixed
            return '\\%d' % self.pick(self.closed), not fixed
        if depth < 3:
            return self.group(depth, fixed), True
        return self.literal(), True

    def sequence(self, depth, fixed):
        parts = []
        for _ in range(self.rng.randrange(1, 4)):
            text, repeatable = self.atom(depth, fixed)
            if repeatable and self.chance(0.35):
                q = self.quantifier(text.endswith(')'))
                if fixed:
                    q = self.pick(['{2}', '{1}', '{3}'])
                text += q
            parts.append(text)
        return ''.join(parts)

    def alternation(self, depth, fixed):
        branches = [self.sequence(depth, fixed)]
        while self.chance(0.25 if depth else 0.35) and len(branches) < 4:
            if fixed:
                # equal widths keep a look-behind fixed: one more literal of the same length
                branches.append(self.pick(LETTERS) * len(branches[0]) if branches[0].isalnum() else branches[0])
            else:
                branches.append(self.sequence(depth, fixed))
        return '|'.join(branches)


def pattern_and_flags(rng):
    is_bytes = rng.random() < 0.12
    g = Grammar(rng, is_bytes)
    text = g.alternation(0, False)
    flags = rng.choice(COMPILE_FLAGS)
    if flags & 64 or rng.random() < 0.05:
        # verbose: white space and comments in the pattern mean nothing
        text = text.replace('(?:', '(?: ').replace('|', ' | ') + ' # the end'
    if rng.random() < 0.12:
        text = '(?%s)' % ''.join(sorted(set(rng.choice(FLAG_LETTERS) for _ in range(2)))) + text
    if is_bytes:
        flags &= ~256 if rng.random() < 0.5 else ~0
    if rng.random() < 0.15:
        text = broken(rng, text)
    return text, flags, is_bytes, g.literals


def broken(rng, text):
    k = rng.randrange(len(text) + 1)
    r = rng.random()
    if r < 0.4 and text:
        return text[:k] + text[k + 1:]
    if r < 0.7:
        return text[:k] + rng.choice(BREAKERS) + text[k:]
    return text[:k] + text[k:k + 1] * 2 + text[k + 1:]


def subject(rng, literals):
    parts = []
    for _ in range(rng.randrange(0, 6)):
        if literals and rng.random() < 0.45:
            parts.append(rng.choice(literals))
        else:
            parts.append(rng.choice(SUBJECT_CHARS))
    return ''.join(parts)[:14]


def cases(rng):
    out = []
    for _ in range(PATTERNS_PER_FILE):
        text, flags, is_bytes, literals = pattern_and_flags(rng)
        subjects = [subject(rng, literals) for _ in range(SUBJECTS_PER_PATTERN)]
        if is_bytes:
            pattern = text.encode('latin-1', 'replace')
            subjects = [s.encode('latin-1', 'replace') for s in subjects]
        else:
            pattern = text
        out.append((pattern, flags, subjects))
    return out


TEMPLATE = '''\
# Generated by tests/gen/regex_pairs.py (seed %(seed)d): random patterns over
# the whole syntax, each run on a few subjects by every matching function.
import re
import warnings

warnings.simplefilter('ignore')  # possible set operations: set_warnings covers them
CASES = %(cases)s


def spans(m):
    if m is None:
        return None
    return [m.span(g) for g in range(len(m.regs))], m.lastindex, m.lastgroup


for i, (pattern, flags, subjects) in enumerate(CASES):
    try:
        p = re.compile(pattern, flags)
    except re.error as e:
        print(i, 'error', e.msg, e.pos, e.lineno, e.colno)
        continue
    except (ValueError, OverflowError) as e:
        print(i, type(e).__name__, e)
        continue
    print(i, p.groups, sorted(p.groupindex.items()), int(p.flags))
    template = r'<\\g<0>>' if not p.groups else r'[\\1|\\g<%%d>]' %% p.groups
    if isinstance(pattern, bytes):
        template = template.encode()
    for s in subjects:
        print(' ', ascii(s), spans(p.search(s)), spans(p.match(s)), spans(p.fullmatch(s)))
        print('   ', ascii(p.findall(s)), [m.span() for m in p.finditer(s, 1)])
        print('   ', ascii(p.subn(template, s)), ascii(p.split(s)), ascii(p.sub(lambda m: '', s, 2) if isinstance(s, str) else None))
'''


def generate(seed):
    rng = random.Random(seed)
    body = '[\n' + ''.join('    (%s, %d, %s),\n' % (ascii(p), f, ascii(s)) for p, f, s in cases(rng)) + ']'
    return TEMPLATE % {'seed': seed, 'cases': body}


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: regex_pairs.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for seed in SEEDS:
        text = generate(seed)
        path = os.path.join(out, "regex_pairs_%d.py" % seed)
        try:
            with open(path, encoding="utf-8") as f:
                if f.read() == text:
                    continue  # unchanged: keep its time stamp (and its .pyc)
        except OSError:
            pass
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
