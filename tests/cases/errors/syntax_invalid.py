# A plain invalid-syntax error: stderr shows the line and a caret, exit status 1.
print("before")
x = = 1
