graph main(n_0: Signed)  # integer_arithmetic.py:1
block0(n_0: Signed):
    v_0: Signed = int_mul(n_0, 7)  # line 2
    v_1: Signed = int_sub(v_0, 3)  # line 2
    v_2: Signed = int_floordiv(v_1, 4)  # line 3
    v_3: Signed = int_mod(v_1, 4)  # line 3
    v_4: Bool = int_ne(v_3, 0)  # line 3
    v_5: Signed = int_xor(v_3, 4)  # line 3
    v_6: Bool = int_lt(v_5, 0)  # line 3
    v_7: Signed = cast_bool_to_int(v_4)  # line 3
    v_8: Signed = cast_bool_to_int(v_6)  # line 3
    v_9: Signed = int_and(v_7, v_8)  # line 3
    v_10: Signed = int_sub(v_2, v_9)  # line 3
    v_11: Signed = int_mod(v_1, 5)  # line 3
    v_12: Bool = int_ne(v_11, 0)  # line 3
    v_13: Signed = int_xor(v_11, 5)  # line 3
    v_14: Bool = int_lt(v_13, 0)  # line 3
    v_15: Signed = cast_bool_to_int(v_12)  # line 3
    v_16: Signed = cast_bool_to_int(v_14)  # line 3
    v_17: Signed = int_and(v_15, v_16)  # line 3
    v_18: Signed = int_mul(v_17, 5)  # line 3
    v_19: Signed = int_add(v_11, v_18)  # line 3
    v_20: Signed = int_add(v_10, v_19)  # line 3
    v_21: Signed = int_lshift(n_0, 3)  # line 4
    v_22: Signed = int_rshift(v_21, 1)  # line 4
    v_23: Signed = int_and(n_0, 240)  # line 5
    v_24: Signed = int_xor(n_0, 5)  # line 5
    v_25: Signed = int_or(v_23, v_24)  # line 5
    v_26: Signed = int_add(v_1, v_20)  # line 6
    v_27: Signed = int_add(v_26, v_22)  # line 6
    v_28: Signed = int_add(v_27, v_25)  # line 6
    v_29: Signed = int_neg(n_0)  # line 6
    v_30: Signed = int_sub(v_28, v_29)  # line 6
    v_31: Signed = int_invert(n_0)  # line 6
    v_32: Signed = int_add(v_30, v_31)  # line 6
    --> return(v_32)
