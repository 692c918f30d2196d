# options: -b
import sys, warnings
print(sys.warnoptions, warnings.filters[0])
