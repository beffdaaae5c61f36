# tab indentation, nested tab-then-space indentation
if a:
	x = 1
	if b:
	    y = 2
	    if c:
	    	z = 3
	w = 4
# spaces then a tab (column 8) consistently
if a:
    	x = 1
    	y = 2
# form feeds: at line start they reset the indentation count

x = 1
  y = 2
if a:
        z = 3
        w = 4
# blank lines holding only whitespace, and comments at odd indentation
def f():
    a = 1
        
	
    
# a comment at column 0 inside a block
      # a comment deeper than the block
  # a comment shallower than the block
    b = 2

          
    return a
# backslash continuations: in expressions, in statements, before keywords
x = 1 + \
    2
x = \
1
if a and \
        b:
    pass
with a as b, \
     c as d:
    pass
assert x, \
  'message'
from a import \
    b
def \
  g(): pass
\
y = 2
# a continuation line may have any indentation inside a block
if a:
    x = [1,
2,
                3]
    y = (
  1)
    z = \
3
# dedenting several levels at once
if a:
    if b:
        if c:
            pass
x = 0
for i in a:
    while b:
        try:
            pass
        finally:
            pass
    else:
        pass
# one-line compound statements and semicolons
if a: pass
elif b: x = 1; y = 2;
else: pass
while a: break
for x in y: continue
class K: pass
# trailing whitespace after code, and after a comment
x = 1   
y = 2	# comment	 
# the file ends inside an indented block
def last():
    if a:
        return 1
