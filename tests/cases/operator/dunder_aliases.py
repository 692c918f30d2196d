import operator
pairs = []
for name in dir(operator):
    if name.startswith('__') and name.endswith('__'):
        f = getattr(operator, name)
        if callable(f) and type(f).__name__ == 'builtin_function_or_method':
            plain = name[2:-2]
            target = getattr(operator, plain, None) or getattr(operator, plain + '_', None)
            pairs.append((name, f is target, f.__name__))
for p in pairs: print(*p)
print(len(pairs))
