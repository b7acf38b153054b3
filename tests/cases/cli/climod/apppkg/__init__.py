print("apppkg/__init__ runs first")
