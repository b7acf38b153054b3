from circ.gamma import G
D = "delta"
