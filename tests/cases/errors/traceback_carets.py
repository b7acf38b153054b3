# 3.11 caret ranges: subscripts, attribute chains, binary operators inside larger expressions, calls spanning lines.
class Node:
    def __init__(self, child=None):
        self.child = child


def compute(values, index):
    scale = 2
    return values["data"][index] * scale + (10 / values["zero"])


root = Node(Node())
print("depth", root.child.child)
data = {"data": [1, 2, 3], "zero": 0}
result = compute(
    data,
    1,
)
