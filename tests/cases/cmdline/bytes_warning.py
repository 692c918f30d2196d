# -bb: sys.flags.bytes_warning 2 and an error filter after the -W ones.
# options: -X dev -W ignore::ImportWarning -bb
# env: PYTHONWARNINGS=ignore::UserWarning
import sys

print(sys.flags.bytes_warning, sys.warnoptions)
