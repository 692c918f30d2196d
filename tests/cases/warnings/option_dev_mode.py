# options: -X dev
import sys, warnings
print(sys.warnoptions, warnings.filters[:2])
warnings.warn("pending: shown in dev mode", PendingDeprecationWarning)
warnings.warn("resource: shown in dev mode", ResourceWarning)
