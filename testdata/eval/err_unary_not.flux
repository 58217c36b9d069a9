not 1
