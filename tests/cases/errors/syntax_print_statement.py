# A Python 2 print statement gets a hint.
print "hello"
