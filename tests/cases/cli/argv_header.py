# krait-test: args=--name=value -x 42 ünï
# Script arguments reach sys.argv unchanged; argparse parses them.
import argparse
import sys

print(sys.argv)
parser = argparse.ArgumentParser(prog="argv_header")
parser.add_argument("--name")
parser.add_argument("-x", type=int)
parser.add_argument("rest", nargs="*")
ns = parser.parse_args()
print(ns.name, ns.x + 1, ns.rest)
