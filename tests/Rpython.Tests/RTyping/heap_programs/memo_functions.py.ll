graph main(n_0: Signed)  # memo_functions.py:42
block0(n_0: Signed):
    v_0: Ptr(object_vtable) = direct_call(graph pick, n_0)  # line 43
    v_1: Bool = int_gt(n_0, 5)  # line 44
    v_2: Signed = direct_call(graph cost__memo, v_0, v_1)  # line 44
    v_3: Signed = direct_call(graph cost__memo, vtable memo_functions.Add [2, 3), False)  # line 44
    v_4: Signed = int_add(v_2, v_3)  # line 44
    v_5: Ptr(rpy_str) = direct_call(graph describe__memo, v_0)  # line 44
    v_6: Signed = direct_call(graph ll_strlen__rpy_str, v_5)  # line 44
    v_7: Signed = int_mul(v_6, 1000)  # line 44
    v_8: Signed = int_add(v_4, v_7)  # line 44
    v_9: Signed = int_add(n_0, 1)  # line 45
    v_10: Ptr(object_vtable) = direct_call(graph pick, v_9)  # line 45
    v_11: Ptr(rpy_str) = direct_call(graph describe__memo, v_10)  # line 45
    v_12: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, v_11, '**')  # line 45
    v_13: Bool = same_as(v_12)  # line 45
    switch v_13
    False --> return(v_8)
    True --> block1(v_8)
block1(total_0: Signed):
    v_14: Signed = int_add(total_0, 7)  # line 46
    --> return(v_14)

graph pick(n_0: Signed)  # memo_functions.py:34
block0(n_0: Signed):
    v_0: Signed = int_mod(n_0, 3)  # line 35
    v_1: Bool = int_ne(v_0, 0)  # line 35
    v_2: Signed = int_xor(v_0, 3)  # line 35
    v_3: Bool = int_lt(v_2, 0)  # line 35
    v_4: Signed = cast_bool_to_int(v_1)  # line 35
    v_5: Signed = cast_bool_to_int(v_3)  # line 35
    v_6: Signed = int_and(v_4, v_5)  # line 35
    v_7: Signed = int_mul(v_6, 3)  # line 35
    v_8: Signed = int_add(v_0, v_7)  # line 35
    v_9: Bool = int_eq(v_8, 0)  # line 35
    v_10: Bool = same_as(v_9)  # line 35
    switch v_10
    False --> block1(n_0)
    True --> return(vtable memo_functions.Add [2, 3))
block1(n_1: Signed):
    v_11: Signed = int_mod(n_1, 3)  # line 37
    v_12: Bool = int_ne(v_11, 0)  # line 37
    v_13: Signed = int_xor(v_11, 3)  # line 37
    v_14: Bool = int_lt(v_13, 0)  # line 37
    v_15: Signed = cast_bool_to_int(v_12)  # line 37
    v_16: Signed = cast_bool_to_int(v_14)  # line 37
    v_17: Signed = int_and(v_15, v_16)  # line 37
    v_18: Signed = int_mul(v_17, 3)  # line 37
    v_19: Signed = int_add(v_11, v_18)  # line 37
    v_20: Bool = int_eq(v_19, 1)  # line 37
    v_21: Bool = same_as(v_20)  # line 37
    switch v_21
    False --> return(vtable memo_functions.Neg [3, 4))
    True --> return(vtable memo_functions.Mul [4, 5))

graph cost__memo(arg_0: Ptr(object_vtable), arg_1: Bool)  # memo_functions.py:44
block0(arg_0: Ptr(object_vtable), arg_1: Bool):
    eq_0: Bool = ptr_eq(arg_0, vtable memo_functions.Add [2, 3))  # line 44
    b_0: Signed = cast_bool_to_int(arg_1)  # line 44
    eq_1: Bool = int_eq(b_0, 0)  # line 44
    a_0: Signed = cast_bool_to_int(eq_0)  # line 44
    b_1: Signed = cast_bool_to_int(eq_1)  # line 44
    ab_0: Signed = int_and(a_0, b_1)  # line 44
    both_0: Bool = int_is_true(ab_0)  # line 44
    switch both_0
    False --> block1(arg_0, arg_1)
    True --> return(11)
block1(arg_2: Ptr(object_vtable), arg_3: Bool):
    eq_2: Bool = ptr_eq(arg_2, vtable memo_functions.Add [2, 3))  # line 44
    b_2: Signed = cast_bool_to_int(arg_3)  # line 44
    eq_3: Bool = int_eq(b_2, 1)  # line 44
    a_1: Signed = cast_bool_to_int(eq_2)  # line 44
    b_3: Signed = cast_bool_to_int(eq_3)  # line 44
    ab_1: Signed = int_and(a_1, b_3)  # line 44
    both_1: Bool = int_is_true(ab_1)  # line 44
    switch both_1
    False --> block2(arg_2, arg_3)
    True --> return(22)
block2(arg_4: Ptr(object_vtable), arg_5: Bool):
    eq_4: Bool = ptr_eq(arg_4, vtable memo_functions.Mul [4, 5))  # line 44
    b_4: Signed = cast_bool_to_int(arg_5)  # line 44
    eq_5: Bool = int_eq(b_4, 0)  # line 44
    a_2: Signed = cast_bool_to_int(eq_4)  # line 44
    b_5: Signed = cast_bool_to_int(eq_5)  # line 44
    ab_2: Signed = int_and(a_2, b_5)  # line 44
    both_2: Bool = int_is_true(ab_2)  # line 44
    switch both_2
    False --> block3(arg_4, arg_5)
    True --> return(31)
block3(arg_6: Ptr(object_vtable), arg_7: Bool):
    eq_6: Bool = ptr_eq(arg_6, vtable memo_functions.Mul [4, 5))  # line 44
    b_6: Signed = cast_bool_to_int(arg_7)  # line 44
    eq_7: Bool = int_eq(b_6, 1)  # line 44
    a_3: Signed = cast_bool_to_int(eq_6)  # line 44
    b_7: Signed = cast_bool_to_int(eq_7)  # line 44
    ab_3: Signed = int_and(a_3, b_7)  # line 44
    both_3: Bool = int_is_true(ab_3)  # line 44
    switch both_3
    False --> block4(arg_6, arg_7)
    True --> return(62)
block4(arg_8: Ptr(object_vtable), arg_9: Bool):
    eq_8: Bool = ptr_eq(arg_8, vtable memo_functions.Neg [3, 4))  # line 44
    b_8: Signed = cast_bool_to_int(arg_9)  # line 44
    eq_9: Bool = int_eq(b_8, 0)  # line 44
    a_4: Signed = cast_bool_to_int(eq_8)  # line 44
    b_9: Signed = cast_bool_to_int(eq_9)  # line 44
    ab_4: Signed = int_and(a_4, b_9)  # line 44
    both_4: Bool = int_is_true(ab_4)  # line 44
    switch both_4
    False --> block5(arg_8, arg_9)
    True --> return(21)
block5(arg_10: Ptr(object_vtable), arg_11: Bool):
    --> return(42)

graph cost__memo(arg_0: Ptr(object_vtable), arg_1: Bool)  # memo_functions.py:44
block0(arg_0: Ptr(object_vtable), arg_1: Bool):
    --> return(11)

graph describe__memo(arg_0: Ptr(object_vtable))  # memo_functions.py:44
block0(arg_0: Ptr(object_vtable)):
    eq_0: Bool = ptr_eq(arg_0, vtable memo_functions.Add [2, 3))  # line 44
    switch eq_0
    False --> block1(arg_0)
    True --> return('+')
block1(arg_1: Ptr(object_vtable)):
    eq_1: Bool = ptr_eq(arg_1, vtable memo_functions.Mul [4, 5))  # line 44
    switch eq_1
    False --> block2(arg_1)
    True --> return('***')
block2(arg_2: Ptr(object_vtable)):
    --> return('--')

graph ll_strlen__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:39
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 40
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 40
    --> return(v_1)

graph ll_streq__rpy_str_rpy_str(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str))  # rstr.py:102
block0(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str)):
    v_0: Bool = ptr_eq(s1_0, s2_0)  # line 103
    v_1: Bool = same_as(v_0)  # line 103
    switch v_1
    False --> block1(s1_0, s2_0)
    True --> return(True)
block1(s1_1: Ptr(rpy_str), s2_1: Ptr(rpy_str)):
    v_2: Bool = ptr_nonzero(s1_1)  # line 105
    switch v_2
    False --> return(False)
    True --> block2(s1_1, s2_1)
block2(s1_2: Ptr(rpy_str), s2_2: Ptr(rpy_str)):
    v_3: Bool = ptr_nonzero(s2_2)  # line 105
    switch v_3
    False --> return(False)
    True --> block3(s1_2, s2_2)
block3(s1_3: Ptr(rpy_str), s2_3: Ptr(rpy_str)):
    v_4: Ptr(rpy_str) = same_as(s1_3)  # line 107
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 107
    v_6: Ptr(rpy_str) = same_as(s2_3)  # line 108
    v_7: Signed = getinteriorarraysize(v_6, 'chars')  # line 108
    v_8: Bool = int_ne(v_7, v_5)  # line 108
    v_9: Bool = same_as(v_8)  # line 108
    switch v_9
    False --> block4(s1_3, s2_3, v_5, 0)
    True --> return(False)
block4(s1_4: Ptr(rpy_str), s2_4: Ptr(rpy_str), length_0: Signed, i_0: Signed):
    v_10: Bool = int_lt(i_0, length_0)  # line 111
    v_11: Bool = same_as(v_10)  # line 111
    switch v_11
    False --> return(True)
    True --> block5(s1_4, s2_4, length_0, i_0)
block5(s1_5: Ptr(rpy_str), s2_5: Ptr(rpy_str), length_1: Signed, i_1: Signed):
    v_12: Ptr(rpy_str) = same_as(s1_5)  # line 112
    v_13: UniChar = getinteriorfield(v_12, 'chars', i_1)  # line 112
    v_14: Ptr(rpy_str) = same_as(s2_5)  # line 112
    v_15: UniChar = getinteriorfield(v_14, 'chars', i_1)  # line 112
    v_16: Bool = unichar_ne(v_13, v_15)  # line 112
    v_17: Bool = same_as(v_16)  # line 112
    switch v_17
    False --> block6(s1_5, s2_5, length_1, i_1)
    True --> return(False)
block6(s1_6: Ptr(rpy_str), s2_6: Ptr(rpy_str), length_2: Signed, i_2: Signed):
    v_18: Signed = int_add(i_2, 1)  # line 114
    --> block4(s1_6, s2_6, length_2, v_18)
