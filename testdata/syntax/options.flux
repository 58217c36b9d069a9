option now = () => 2030-01-01T00:00:00Z
option task = {name: "t", every: 1h}
option location.zone = "UTC"
