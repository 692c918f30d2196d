# SystemExit's message is printed plain, with no traceback.
# env: FORCE_COLOR=1
import sys

def main():
    sys.exit("fatal: no input files")

main()
