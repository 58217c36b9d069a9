ok = exists r.host and r.host != "" or not enabled
both = a and b and c
either = a or b or c
