# lib: symdump
# Names bound by match patterns, except clauses, with targets, loops, del,
# augmented assignment, star imports.
from symdump import dump

dump('''
def matcher(command):
    match command:
        case ["go", direction] | ["move", direction]:
            return direction
        case {"key": value, **rest}:
            return value, rest
        case Point(x=px, y=0) as point:
            return px, point
        case [first, *others]:
            return first, others
        case _:
            return None
''')
dump('''
def flow(items):
    for i, (a, b) in enumerate(items):
        while a:
            a -= 1
    else:
        pass
    try:
        pass
    except* ValueError as group:
        pass
    del items
    with open(x) as [p, q]:
        pass
    return i, b, p, q
''')
