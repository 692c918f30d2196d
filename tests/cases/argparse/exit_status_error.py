# args: --count notanumber input.txt
# env: COLUMNS=80
# A script whose command line is wrong ends with status 2 and the usage.
import argparse

parser = argparse.ArgumentParser(description='Counts things.')
parser.add_argument('--count', type=int, default=1)
parser.add_argument('path')
args = parser.parse_args()
print('not reached', args)
