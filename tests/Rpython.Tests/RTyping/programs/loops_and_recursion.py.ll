graph main(n_0: Signed)  # loops_and_recursion.py:24
block0(n_0: Signed):
    v_0: Signed = int_mod(n_0, 20)  # line 25
    v_1: Bool = int_ne(v_0, 0)  # line 25
    v_2: Signed = int_xor(v_0, 20)  # line 25
    v_3: Bool = int_lt(v_2, 0)  # line 25
    v_4: Signed = cast_bool_to_int(v_1)  # line 25
    v_5: Signed = cast_bool_to_int(v_3)  # line 25
    v_6: Signed = int_and(v_4, v_5)  # line 25
    v_7: Signed = int_mul(v_6, 20)  # line 25
    v_8: Signed = int_add(v_0, v_7)  # line 25
    v_9: Bool = int_lt(v_8, 0)  # line 26
    v_10: Bool = same_as(v_9)  # line 26
    switch v_10
    False --> block1(n_0, v_8)
    True --> block2(n_0, v_8)
block1(n_1: Signed, m_0: Signed):
    v_11: Signed = direct_call(graph fib, m_0)  # line 28
    v_12: Signed = int_mul(n_1, 6)  # line 28
    v_13: Signed = int_add(v_12, 1)  # line 28
    v_14: Signed = direct_call(graph gcd, v_13, 36)  # line 28
    v_15: Signed = int_add(v_11, v_14)  # line 28
    v_16: Signed = int_add(m_0, 1)  # line 28
    v_17: Signed = direct_call(graph collatz, v_16)  # line 28
    v_18: Signed = int_add(v_15, v_17)  # line 28
    --> return(v_18)
block2(n_2: Signed, m_1: Signed):
    v_19: Signed = int_neg(m_1)  # line 27
    --> block1(n_2, v_19)

graph fib(n_0: Signed)  # loops_and_recursion.py:1
block0(n_0: Signed):
    v_0: Bool = int_lt(n_0, 2)  # line 2
    v_1: Bool = same_as(v_0)  # line 2
    switch v_1
    False --> block1(n_0)
    True --> return(n_0)
block1(n_1: Signed):
    v_2: Signed = int_sub(n_1, 1)  # line 4
    v_3: Signed = direct_call(graph fib, v_2)  # line 4
    v_4: Signed = int_sub(n_1, 2)  # line 4
    v_5: Signed = direct_call(graph fib, v_4)  # line 4
    v_6: Signed = int_add(v_3, v_5)  # line 4
    --> return(v_6)

graph gcd(a_0: Signed, b_0: Signed)  # loops_and_recursion.py:7
block0(a_0: Signed, b_0: Signed):
    --> block1(a_0, b_0)
block1(a_1: Signed, b_1: Signed):
    v_0: Bool = int_ne(b_1, 0)  # line 8
    v_1: Bool = same_as(v_0)  # line 8
    switch v_1
    False --> return(a_1)
    True --> block2(a_1, b_1)
block2(a_2: Signed, b_2: Signed):
    v_2: Signed = int_mod_zer(a_2, b_2)  # line 9
    v_3: Bool = int_ne(v_2, 0)  # line 9
    v_4: Signed = int_xor(v_2, b_2)  # line 9
    v_5: Bool = int_lt(v_4, 0)  # line 9
    v_6: Signed = cast_bool_to_int(v_3)  # line 9
    v_7: Signed = cast_bool_to_int(v_5)  # line 9
    v_8: Signed = int_and(v_6, v_7)  # line 9
    v_9: Signed = int_mul(v_8, b_2)  # line 9
    v_10: Signed = int_add(v_2, v_9)  # line 9
    --> block1(b_2, v_10)

graph collatz(n_0: Signed)  # loops_and_recursion.py:13
block0(n_0: Signed):
    --> block1(n_0, 0)
block1(n_1: Signed, steps_0: Signed):
    v_0: Bool = int_gt(n_1, 1)  # line 15
    v_1: Bool = same_as(v_0)  # line 15
    switch v_1
    False --> return(steps_0)
    True --> block2(n_1, steps_0)
block2(n_2: Signed, steps_1: Signed):
    v_2: Bool = int_lt(steps_1, 500)  # line 15
    v_3: Bool = same_as(v_2)  # line 15
    switch v_3
    False --> return(steps_1)
    True --> block3(n_2, steps_1)
block3(n_3: Signed, steps_2: Signed):
    v_4: Signed = int_mod(n_3, 2)  # line 16
    v_5: Bool = int_ne(v_4, 0)  # line 16
    v_6: Signed = int_xor(v_4, 2)  # line 16
    v_7: Bool = int_lt(v_6, 0)  # line 16
    v_8: Signed = cast_bool_to_int(v_5)  # line 16
    v_9: Signed = cast_bool_to_int(v_7)  # line 16
    v_10: Signed = int_and(v_8, v_9)  # line 16
    v_11: Signed = int_mul(v_10, 2)  # line 16
    v_12: Signed = int_add(v_4, v_11)  # line 16
    v_13: Bool = int_eq(v_12, 0)  # line 16
    v_14: Bool = same_as(v_13)  # line 16
    switch v_14
    False --> block4(n_3, steps_2)
    True --> block6(n_3, steps_2)
block4(n_4: Signed, steps_3: Signed):
    v_15: Signed = int_mul(3, n_4)  # line 19
    v_16: Signed = int_add(v_15, 1)  # line 19
    --> block5(v_16, steps_3)
block5(n_5: Signed, steps_4: Signed):
    v_17: Signed = int_add(steps_4, 1)  # line 20
    --> block1(n_5, v_17)
block6(n_6: Signed, steps_5: Signed):
    v_18: Signed = int_floordiv(n_6, 2)  # line 17
    v_19: Signed = int_mod(n_6, 2)  # line 17
    v_20: Bool = int_ne(v_19, 0)  # line 17
    v_21: Signed = int_xor(v_19, 2)  # line 17
    v_22: Bool = int_lt(v_21, 0)  # line 17
    v_23: Signed = cast_bool_to_int(v_20)  # line 17
    v_24: Signed = cast_bool_to_int(v_22)  # line 17
    v_25: Signed = int_and(v_23, v_24)  # line 17
    v_26: Signed = int_sub(v_18, v_25)  # line 17
    --> block5(v_26, steps_5)
