// Durations print normalised: largest units first, µs as us, zero as 0ns
display(v: 1h30m)
display(v: 90m)
display(v: 1mo2d)
display(v: 14mo)
display(v: 7d)
display(v: 25h)
display(v: 1500ms)
display(v: 1µs)
display(v: -1h)
display(v: 0s)
display(v: 1y3mo2w1d4h1m30s1ms2µs70ns)
display(v: 1m1h)
1h < 2h
1h == 60m
