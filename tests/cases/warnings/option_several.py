# options: -W error -W ignore::RuntimeWarning -W always:spam:UserWarning
# later options come first in the filters
import sys, warnings
print(sys.warnoptions)
for f in warnings.filters[:4]:
    print(f)
warnings.warn("runtime: ignored", RuntimeWarning)
warnings.warn("Spam and eggs")
warnings.warn("Spam and eggs")
try:
    warnings.warn("other user warnings: errors")
except UserWarning as e:
    print("caught", e)
