X = "helper from dir"
