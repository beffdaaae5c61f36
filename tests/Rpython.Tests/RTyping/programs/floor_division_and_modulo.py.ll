graph main(n_0: Signed)  # floor_division_and_modulo.py:5
block0(n_0: Signed):
    v_0: Signed = direct_call(graph divide, n_0, 7)  # line 7
    v_1: Signed = direct_call(graph divide, n_0, -7)  # line 7
    v_2: Signed = int_add(v_0, v_1)  # line 7
    v_3: Signed = direct_call(graph divide, n_0, 3)  # line 7
    v_4: Signed = int_add(v_2, v_3)  # line 7
    v_5: Signed = direct_call(graph divide, n_0, -3)  # line 7
    v_6: Signed = int_add(v_4, v_5)  # line 7
    v_7: Signed = int_add(0, v_6)  # line 7
    v_8: Signed = int_neg(n_0)  # line 8
    v_9: Signed = direct_call(graph divide, v_8, 2)  # line 8
    v_10: Signed = int_mul(n_0, 13)  # line 8
    v_11: Signed = int_add(v_10, 1)  # line 8
    v_12: Signed = direct_call(graph divide, v_11, -5)  # line 8
    v_13: Signed = int_add(v_9, v_12)  # line 8
    v_14: Signed = int_add(v_7, v_13)  # line 8
    --> return(v_14)

graph divide(x_0: Signed, y_0: Signed)  # floor_division_and_modulo.py:1
block0(x_0: Signed, y_0: Signed):
    v_0: Signed = int_floordiv_zer(x_0, y_0)  # line 2
    v_1: Signed = int_mod(x_0, y_0)  # line 2
    v_2: Bool = int_ne(v_1, 0)  # line 2
    v_3: Signed = int_xor(v_1, y_0)  # line 2
    v_4: Bool = int_lt(v_3, 0)  # line 2
    v_5: Signed = cast_bool_to_int(v_2)  # line 2
    v_6: Signed = cast_bool_to_int(v_4)  # line 2
    v_7: Signed = int_and(v_5, v_6)  # line 2
    v_8: Signed = int_sub(v_0, v_7)  # line 2
    v_9: Signed = int_mul(v_8, 1000)  # line 2
    v_10: Signed = int_mod_zer(x_0, y_0)  # line 2
    v_11: Bool = int_ne(v_10, 0)  # line 2
    v_12: Signed = int_xor(v_10, y_0)  # line 2
    v_13: Bool = int_lt(v_12, 0)  # line 2
    v_14: Signed = cast_bool_to_int(v_11)  # line 2
    v_15: Signed = cast_bool_to_int(v_13)  # line 2
    v_16: Signed = int_and(v_14, v_15)  # line 2
    v_17: Signed = int_mul(v_16, y_0)  # line 2
    v_18: Signed = int_add(v_10, v_17)  # line 2
    v_19: Signed = int_add(v_9, v_18)  # line 2
    --> return(v_19)
