# options: -W always::UserWarning
# env: PYTHONWARNINGS=error
# -W options come after PYTHONWARNINGS's, so they win
import sys, warnings
print(sys.warnoptions)
warnings.warn("shown, twice")
warnings.warn("shown, twice")
try:
    warnings.warn("raised", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", e)
