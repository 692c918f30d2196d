# Captured warnings keep warnings.formatwarning's text, including a
# replaced formatwarning, and honour the warning filters.
import logging, sys, warnings

logging.basicConfig(stream=sys.stdout, format='%(name)s|%(levelname)s|%(message)s')
logging.captureWarnings(True)
warnings.simplefilter('default')
def f():
    warnings.warn('once per place', RuntimeWarning)
f(); f()
warnings.formatwarning = lambda msg, cat, fn, ln, line=None: 'custom: %s (%s)' % (msg, cat.__name__)
warnings.warn('reformatted')
warnings.simplefilter('ignore')
warnings.warn('ignored')
warnings.simplefilter('error')
try:
    warnings.warn('raised')
except UserWarning as e:
    print('raised', e)
logging.captureWarnings(False)
print(warnings.showwarning.__name__)
