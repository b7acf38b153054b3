# str() of 10**1000000 exceeds the 4300-digit limit: the uncaught ValueError's traceback.
n = 10 ** 1000000
print("computed", n.bit_length())
print(n)
