# Ranges in sets: hyphens kept literal where they are not ranges, empty ranges dropped.
import fnmatch

patterns = [
    '[z-a]', '[a-c-e]', '[--a]', '[a-]', '[!-]', '[]-a]', '[---]', '[a--]',
    '[!!]', '[!]a]', '[b-az-a]', '[a-z-]', '[\\-a]', '[a-b-c]', '[!z-a]',
    '[!a-]', '[0-9a-fA-F]', '[a-a]', '[b-a-c]', '[!--]', '[a-\\]',
]
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))

names = ['a', 'b', 'c', 'd', 'e', '-', '\\', ']', '!', 'z', '0', 'F']
for p in patterns:
    print(p, [n for n in names if fnmatch.fnmatchcase(n, p)])
