# warnings from imported modules: the default filters ignore their
# DeprecationWarnings, the registries are each module's own, module filters
# match their names, stacklevel reaches the importing code
import warnings
import helper
from pkg import sub
import loud

for i in range(3):
    helper.invert(True)
    helper.deprecated_call()
    helper.user_warning()
print(sorted(k for k in helper.__warningregistry__ if k != "version"))
print("__warningregistry__" in globals())
sub.warn_caller()
sub.warn_caller()
warnings.filterwarnings("error", module="pkg\\.sub")
try:
    sub.warn_here()
except UserWarning as e:
    print("error from pkg.sub:", e)
warnings.simplefilter("always", DeprecationWarning)
helper.invert(False)
helper.deprecated_call()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    helper.invert(True)
    sub.warn_caller()
print([(m.category.__name__, m.filename.endswith(("helper.py", "main.py")), m.lineno) for m in log])
