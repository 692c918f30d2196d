# re.Scanner: a lexicon of (pattern, action) pairs; actions that are
# functions, None or values; where scanning stops.
import re


def number(scanner, token):
    return ('num', int(token))


def word(scanner, token):
    return ('word', token, scanner.match.span())


s = re.Scanner([(r'\d+', number), (r'[a-z]+', word), (r'\s+', None), (r'[+*/-]', lambda sc, t: ('op', t)),
                (r'=', 'EQ')])
print(s.scan('x = 12 + foo*3'))
print(s.scan('12 + $ 3'))
print(s.scan(''))
print(re.Scanner([(r'a', 'A'), (r'', 'E')]).scan('aab'))
print(re.Scanner([(r'(?i)x', 'X')], re.I).scan('xXy'))
print(re.Scanner([(rb'\d', 'D')]).scan(b'12a'))
