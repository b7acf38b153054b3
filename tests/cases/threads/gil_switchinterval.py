import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-9)
print(sys.getswitchinterval())
for bad in [0, -1.0]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print(e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
