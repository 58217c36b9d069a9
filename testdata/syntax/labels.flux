a = .host
b = ."with space"
