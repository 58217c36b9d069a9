1h + 2h
