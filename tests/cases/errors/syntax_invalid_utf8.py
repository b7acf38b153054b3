# Source that is not valid UTF-8 and has no coding cookie.
print("café")
