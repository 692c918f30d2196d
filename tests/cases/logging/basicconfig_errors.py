# basicConfig's ValueErrors, and that it does nothing once the root has a handler.
import logging, sys, io

def attempt(**kw):
    try:
        logging.basicConfig(**kw)
        print('ok', logging.root.handlers, logging.root.level)
    except ValueError as e:
        print('ValueError:', e, logging.root.handlers)

attempt(stream=sys.stdout, filename='x')
attempt(stream=sys.stdout, handlers=[])
attempt(filename='x', handlers=[])
attempt(style='#')
attempt(format='abc')
attempt(format='{x', style='{')
attempt(format='$', style='$')
attempt(stream=sys.stdout, foo=1, bar=2)
attempt(stream=sys.stdout, level='DEBUG')
attempt(force=True, stream=sys.stdout, level='WHAT')
print(logging.root.level)
attempt(force=True, handlers=[logging.StreamHandler(sys.stdout)], format='<%(message)s>')
logging.warning('through the root %d', 1)
attempt(stream=io.StringIO(), level=5)
attempt(force=True, stream=sys.stdout, format='{levelname}/{message}', style='{', level=10)
logging.debug('debug')
attempt(force=True, stream=sys.stdout, format='$levelname ${message}', style='$')
logging.info('info %s', 'x')
logging.error('error')
attempt(force=True, stream=sys.stdout, encoding='utf-8', errors='strict', filemode='w')
logging.critical('done')
