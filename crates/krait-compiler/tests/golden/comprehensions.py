def f(data):
    a = [x * 2 for x in data if x]
    b = {k: v for k, v in data.items()}
    c = {x for row in data for x in row}
    d = (x async for x in data) if data else sum(x for x in data)
    return [y := 1, y]
