# Through adapters, findCaller still names the program's own line and
# function; stacklevel counts only the program's frames.
import logging, sys

logging.basicConfig(stream=sys.stdout, format='%(funcName)s:%(lineno)d %(message)s')
log = logging.getLogger('as')
a = logging.LoggerAdapter(log, {})
b = logging.LoggerAdapter(a, {})

def wrapper(msg):
    a.warning(msg, stacklevel=2)

def user():
    a.warning('direct')
    b.warning('nested adapters')
    wrapper('through a wrapper')
    a.log(logging.ERROR, 'log method')
    a.exception('exception outside except')
user()
