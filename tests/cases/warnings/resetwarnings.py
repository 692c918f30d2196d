# resetwarnings() empties the filters: the default action shows everything
import warnings
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("deprecated now shown", DeprecationWarning)
warnings.warn("pending now shown", PendingDeprecationWarning)
warnings.warn("resource now shown", ResourceWarning)
