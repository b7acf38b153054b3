# A call left open at the end of the file.
total = sum(
    [1, 2, 3]
