a = 1ns + 1us + 1µs + 1ms + 1s + 1m + 1h + 1d + 1w + 1mo + 1y
b = 1h30m
c = 1mo2d
d = 1y3mo2w1d4h1m30s1ms2µs70ns
e = -5m
