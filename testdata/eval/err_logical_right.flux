true and 1
