import sys
def main(argv):
    if len(argv) < 5:
        print("usage: prog a b c d", file=sys.stderr)
        return 2
    return 0
sys.exit(main(sys.argv))
