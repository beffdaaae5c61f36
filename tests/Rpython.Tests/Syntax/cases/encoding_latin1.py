#!/usr/bin/env python3
# -*- coding: latin-1 -*-
# latin-1 bytes in a comment: café naïve ©
s = 'café'
t = 'éèê' + s  # columns after é count its UTF-8 length, 2 bytes
café = 'ÿþ '
u = f'à{café}à'
b = b'\xe9 escapes are fine in bytes'
w = """µ
µ"""; x = 1
