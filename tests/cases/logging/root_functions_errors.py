# The module-level functions with bad arguments, and the exit status of a
# program that fails after logging.
import logging, sys

logging.basicConfig(stream=sys.stdout, format='%(levelname)s:%(message)s')
try:
    logging.log('ERROR', 'bad level')
except TypeError as e:
    print('TypeError', e)
try:
    logging.warning()
except TypeError as e:
    print('TypeError', e)
try:
    logging.warning('x', extra={'msg': 1})
except KeyError as e:
    print('KeyError', e)
try:
    logging.getLogger('r').info('x', bogus=1)
except TypeError as e:
    print('TypeError', str(e).split('(')[0][:0] + 'unexpected keyword' in str(e))
logging.getLogger('r').warning('before the failure')
raise SystemExit(3)
