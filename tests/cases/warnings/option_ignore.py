# options: -W ignore
import sys, warnings
print(sys.warnoptions, warnings.filters[0])
warnings.warn("ignored")
warnings.warn("ignored too", DeprecationWarning)
print(~True)
print("end")
