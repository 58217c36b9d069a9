option limit = 5
limit * 2
