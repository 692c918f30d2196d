# options: -bb -W ignore
import sys, warnings
print(sys.warnoptions, warnings.filters[:2])
