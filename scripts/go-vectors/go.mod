module fluxrs/govectors

go 1.22
