# raise SystemExit directly, with an int code.
print("raising")
raise SystemExit(7)
