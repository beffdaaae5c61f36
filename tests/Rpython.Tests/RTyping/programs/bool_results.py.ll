graph main(n_0: Signed)  # bool_results.py:12
block0(n_0: Signed):
    v_0: Bool = direct_call(graph is_prime, n_0)  # line 13
    v_1: Bool = same_as(v_0)  # line 13
    switch v_1
    False --> block1(n_0)
    True --> return(v_0)
block1(n_1: Signed):
    v_2: Bool = int_eq(n_1, 4)  # line 13
    --> return(v_2)

graph is_prime(n_0: Signed)  # bool_results.py:1
block0(n_0: Signed):
    v_0: Bool = int_lt(n_0, 2)  # line 2
    v_1: Bool = same_as(v_0)  # line 2
    switch v_1
    False --> block1(n_0, 2)
    True --> return(False)
block1(n_1: Signed, d_0: Signed):
    v_2: Signed = int_mul(d_0, d_0)  # line 5
    v_3: Bool = int_le(v_2, n_1)  # line 5
    v_4: Bool = same_as(v_3)  # line 5
    switch v_4
    False --> return(True)
    True --> block2(n_1, d_0)
block2(n_2: Signed, d_1: Signed):
    v_5: Signed = int_mod_zer(n_2, d_1)  # line 6
    v_6: Bool = int_ne(v_5, 0)  # line 6
    v_7: Signed = int_xor(v_5, d_1)  # line 6
    v_8: Bool = int_lt(v_7, 0)  # line 6
    v_9: Signed = cast_bool_to_int(v_6)  # line 6
    v_10: Signed = cast_bool_to_int(v_8)  # line 6
    v_11: Signed = int_and(v_9, v_10)  # line 6
    v_12: Signed = int_mul(v_11, d_1)  # line 6
    v_13: Signed = int_add(v_5, v_12)  # line 6
    v_14: Bool = int_eq(v_13, 0)  # line 6
    v_15: Bool = same_as(v_14)  # line 6
    switch v_15
    False --> block3(n_2, d_1)
    True --> return(False)
block3(n_3: Signed, d_2: Signed):
    v_16: Signed = int_add(d_2, 1)  # line 8
    --> block1(n_3, v_16)
