# options: -E
# env: PYTHONWARNINGS=error
import sys, warnings
print(sys.warnoptions)
warnings.warn("shown: -E ignores PYTHONWARNINGS")
