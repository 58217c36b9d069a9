level = if v > 90 then "crit" else if v > 70 then "warn" else "ok"
nested = if a then if b then 1 else 2 else 3
