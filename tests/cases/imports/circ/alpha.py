print("alpha start")
from circ import beta

A_VALUE = "alpha value"


def use_beta():
    return beta.B_VALUE
print("alpha end")
