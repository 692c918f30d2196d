# env: PYTHONWARNINGS=,error,,ignore::UserWarning:x:1,
# empty items of PYTHONWARNINGS are skipped; the rest keep their spaces
import sys, warnings
print(sys.warnoptions)
print(warnings.filters[:2])
