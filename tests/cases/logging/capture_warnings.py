# captureWarnings: warnings become records of 'py.warnings', and back.
import logging, sys, warnings

warnings.simplefilter('always')
sys.stderr = sys.stdout
pw = logging.getLogger('py.warnings')
print(pw.handlers)
logging.captureWarnings(True)
warnings.warn('captured one')
print(pw.handlers)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[%(name)s %(levelname)s] %(message)s'))
pw.addHandler(h)
warnings.warn('captured two', UserWarning)
warnings.warn_explicit('explicit', DeprecationWarning, 'file.py', 7)
warnings.showwarning('to a file', UserWarning, 'f.py', 1, file=sys.stdout)
logging.captureWarnings(True)
logging.captureWarnings(False)
warnings.warn('not captured')
logging.captureWarnings(False)
warnings.warn('still not captured')
