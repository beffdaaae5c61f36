graph main(n_0: Signed)  # stack_check.py:11
block0(n_0: Signed):
    v_0: Signed = direct_call(graph twice, n_0)  # line 12
    v_1: Signed = int_mod(v_0, 20)  # line 12
    v_2: Bool = int_ne(v_1, 0)  # line 12
    v_3: Signed = int_xor(v_1, 20)  # line 12
    v_4: Bool = int_lt(v_3, 0)  # line 12
    v_5: Signed = cast_bool_to_int(v_2)  # line 12
    v_6: Signed = cast_bool_to_int(v_4)  # line 12
    v_7: Signed = int_and(v_5, v_6)  # line 12
    v_8: Signed = int_mul(v_7, 20)  # line 12
    v_9: Signed = int_add(v_1, v_8)  # line 12
    v_10: Signed = direct_call(graph fib, v_9)  # line 12
    --> return(v_10)

graph twice(n_0: Signed)  # stack_check.py:7
block0(n_0: Signed):
    v_0: Signed = int_mul(n_0, 2)  # line 8
    --> return(v_0)

graph fib(n_0: Signed)  # stack_check.py:1
block0(n_0: Signed):
    v_0: Void = stack_check()  # line 1
    --> block1(n_0)
block1(n_1: Signed):
    v_1: Bool = int_lt(n_1, 2)  # line 2
    v_2: Bool = same_as(v_1)  # line 2
    switch v_2
    False --> block2(n_1)
    True --> return(n_1)
block2(n_2: Signed):
    v_3: Signed = int_sub(n_2, 1)  # line 4
    v_4: Signed = direct_call(graph fib, v_3)  # line 4
    v_5: Signed = int_sub(n_2, 2)  # line 4
    v_6: Signed = direct_call(graph fib, v_5)  # line 4
    v_7: Signed = int_add(v_4, v_6)  # line 4
    --> return(v_7)
