# Loggers created in many orders end with the same parents.
import logging, itertools

names = ['x', 'x.y', 'x.y.z', 'x.y.z.w', 'x.yz', 'x.y.z2']
for k, order in enumerate(itertools.permutations(names)):
    if k % 97:
        continue
    prefix = 'o%d.' % k
    for n in order:
        logging.getLogger(prefix + n)
    parents = {n: logging.getLogger(prefix + n).parent.name.replace(prefix, '') for n in names}
    print(k, order[:2], sorted(parents.items()))
mgr = logging.Logger.manager
print(sorted(type(v).__name__ for k, v in mgr.loggerDict.items() if k.startswith('o0')))
ph = logging.PlaceHolder(logging.getLogger('o0.x'))
ph.append(logging.getLogger('o0.x.y'))
ph.append(logging.getLogger('o0.x.y'))
print(len(ph.loggerMap))
