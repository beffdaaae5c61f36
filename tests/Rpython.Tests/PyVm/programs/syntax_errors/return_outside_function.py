# return outside a function is rejected at compile time.
print("no")
return 5
