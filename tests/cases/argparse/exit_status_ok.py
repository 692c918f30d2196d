# args: --count 3 input.txt -- -dash
# env: COLUMNS=80
# A script parsing its own command line successfully.
import argparse, sys

parser = argparse.ArgumentParser()
parser.add_argument('--count', type=int, default=1)
parser.add_argument('path')
parser.add_argument('more', nargs='*')
args = parser.parse_args()
print(args)
print(parser.parse_known_args())
sys.exit(parser.parse_args().count)
