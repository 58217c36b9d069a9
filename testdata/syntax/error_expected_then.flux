x = if a b else c
