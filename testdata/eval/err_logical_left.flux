1 and true
