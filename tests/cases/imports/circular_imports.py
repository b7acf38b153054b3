# Circular imports: module objects partially initialised; from-import of a not-yet-defined name fails.
from circ import alpha, beta

print(alpha.use_beta(), beta.use_alpha())
try:
    import circ.gamma
except ImportError as e:
    print("ImportError:", e)
    print(e.name, e.path is not None)
