from circ.delta import D
G = "gamma"
