# Records travel up to each ancestor's handlers until propagate is false;
# placeholders in between have no handlers of their own.
import logging, sys

def h(tag):
    x = logging.StreamHandler(sys.stdout)
    x.setFormatter(logging.Formatter(tag + ': %(name)s %(message)s'))
    return x

logging.root.addHandler(h('root'))
a = logging.getLogger('p')
a.addHandler(h('p'))
deep = logging.getLogger('p.q.r.s')
deep.addHandler(h('p.q.r.s'))
deep.warning('from deep')
logging.getLogger('p.q').addHandler(h('p.q'))
deep.warning('p.q now exists')
logging.getLogger('p.q').propagate = False
deep.warning('stops at p.q')
logging.getLogger('p.q.r').warning('from p.q.r')
a.propagate = False
logging.getLogger('p.x').warning('from p.x')
print(deep.hasHandlers(), logging.getLogger('p.q.r').hasHandlers(), logging.getLogger('z').hasHandlers())
logging.root.handlers.clear()
print(logging.getLogger('z').hasHandlers())
