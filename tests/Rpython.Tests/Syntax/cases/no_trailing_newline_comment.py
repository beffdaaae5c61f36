x = 1
# the file ends in a comment without a newline