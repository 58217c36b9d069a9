x = "\xZZ"
y = "\xff"
