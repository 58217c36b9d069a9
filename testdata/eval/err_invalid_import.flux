import "no/such/package"
1
