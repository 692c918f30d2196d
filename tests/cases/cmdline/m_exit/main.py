# sys.exit in a module run with -m.
# options: -m main
import sys
print("exiting")
sys.exit(3)
