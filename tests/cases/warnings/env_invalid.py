# env: PYTHONWARNINGS=bogus,error::Nope,ignore
import sys, warnings
print(sys.warnoptions, warnings.filters[0])
