string(v: /a/)
