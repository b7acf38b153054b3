print("beta start")
from circ import alpha

B_VALUE = "beta value"


def use_alpha():
    return alpha.A_VALUE  # resolved at call time, after alpha finished
print("beta end, alpha has A_VALUE:", hasattr(alpha, "A_VALUE"))
