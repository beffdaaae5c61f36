graph main(n_0: Signed)  # strings.py:14
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph describe, n_0)  # line 15
    v_1: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 16
    v_2: Ptr(rpy_str) = same_as(v_1)  # line 16
    v_3: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_2, '|')  # line 16
    v_4: Ptr(rpy_str) = same_as(v_0)  # line 16
    v_5: Ptr(rpy_str) = direct_call(graph ll_upper__rpy_str, v_4)  # line 16
    v_6: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_3, v_5)  # line 16
    v_7: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_6, '|')  # line 16
    v_8: Signed = int_mod(n_0, 4)  # line 16
    v_9: Bool = int_ne(v_8, 0)  # line 16
    v_10: Signed = int_xor(v_8, 4)  # line 16
    v_11: Bool = int_lt(v_10, 0)  # line 16
    v_12: Signed = cast_bool_to_int(v_9)  # line 16
    v_13: Signed = cast_bool_to_int(v_11)  # line 16
    v_14: Signed = int_and(v_12, v_13)  # line 16
    v_15: Signed = int_mul(v_14, 4)  # line 16
    v_16: Signed = int_add(v_8, v_15)  # line 16
    v_17: Ptr(rpy_str) = direct_call(graph ll_char_mul__UniChar_Signed, 45, v_16)  # line 16
    v_18: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_7, v_17)  # line 16
    v_19: Ptr(striter) = direct_call(graph ll_striter__striter_rpy_str, Ptr(GcStruct striter { string: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), index: Signed }), v_18)  # line 18
    --> block1(n_0, v_0, v_18, 0, v_19)
block1(n_1: Signed, s_0: Ptr(rpy_str), t_0: Ptr(rpy_str), count_0: Signed, iter17_0: Ptr(striter)):
    v_20: UniChar = direct_call(graph ll_strnext__striter, iter17_0)  # line 18
    no exception --> block2(v_20, iter17_0, n_1, s_0, t_0, count_0)
    StopIteration --> block5(n_1, s_0, t_0, count_0)
block2(item_0: UniChar, iter17_1: Ptr(striter), n_2: Signed, s_1: Ptr(rpy_str), t_1: Ptr(rpy_str), count_1: Signed):
    v_21: Bool = unichar_eq(item_0, 45)  # line 19
    v_22: Bool = same_as(v_21)  # line 19
    switch v_22
    False --> block3(n_2, s_1, t_1, count_1, item_0, iter17_1)
    True --> block4(n_2, s_1, t_1, count_1, iter17_1)
block3(n_3: Signed, s_2: Ptr(rpy_str), t_2: Ptr(rpy_str), count_2: Signed, ch_0: UniChar, iter17_2: Ptr(striter)):
    v_23: UniChar = same_as(ch_0)  # line 19
    v_24: Bool = direct_call(graph ll_char_isdigit__UniChar, v_23)  # line 19
    v_25: Bool = same_as(v_24)  # line 19
    switch v_25
    False --> block1(n_3, s_2, t_2, count_2, iter17_2)
    True --> block4(n_3, s_2, t_2, count_2, iter17_2)
block4(n_4: Signed, s_3: Ptr(rpy_str), t_3: Ptr(rpy_str), count_3: Signed, iter17_3: Ptr(striter)):
    v_26: Signed = int_add(count_3, 1)  # line 20
    --> block1(n_4, s_3, t_3, v_26, iter17_3)
block5(n_5: Signed, s_4: Ptr(rpy_str), t_4: Ptr(rpy_str), count_4: Signed):
    v_27: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_5)  # line 21
    v_28: Ptr(rpy_str) = same_as(v_27)  # line 21
    v_29: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 3)  # line 21
    v_30: Void = setarrayitem(v_29, 0, 'a')  # line 21
    v_31: Void = setarrayitem(v_29, 1, v_28)  # line 21
    v_32: Void = setarrayitem(v_29, 2, 'c')  # line 21
    v_33: UniChar = same_as(44)  # line 22
    v_34: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_33)  # line 22
    v_35: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_array_rpy_str, v_34, v_29)  # line 22
    v_36: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, t_4, 0)  # line 23
    v_37: Signed = cast_unichar_to_int(v_36)  # line 23
    v_38: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, v_35, -1)  # line 23
    v_39: Signed = cast_unichar_to_int(v_38)  # line 23
    v_40: Signed = int_add(v_37, v_39)  # line 23
    v_41: Bool = direct_call(graph ll_contains_str__rpy_str_rpy_str, s_4, 'hex')  # line 24
    v_42: Bool = same_as(v_41)  # line 24
    switch v_42
    False --> block6(n_5, s_4, t_4, count_4, v_40)
    True --> block9(n_5, s_4, t_4, count_4, v_40)
block6(n_6: Signed, s_5: Ptr(rpy_str), t_5: Ptr(rpy_str), count_5: Signed, code_0: Signed):
    v_43: Ptr(rpy_str) = same_as(s_5)  # line 26
    v_44: Bool = direct_call(graph ll_startswith__rpy_str_rpy_str_Signed_Signed, v_43, 'neg', 0, 9223372036854775807)  # line 26
    v_45: Bool = same_as(v_44)  # line 26
    switch v_45
    False --> block7(n_6, s_5, t_5, count_5, code_0)
    True --> block8(n_6, s_5, t_5, count_5, code_0)
block7(n_7: Signed, s_6: Ptr(rpy_str), t_6: Ptr(rpy_str), count_6: Signed, code_1: Signed):
    v_46: Ptr(rpy_str) = same_as(t_6)  # line 28
    v_47: Signed = direct_call(graph ll_find_char__rpy_str_UniChar_Signed_Signed, v_46, 61, 0, 9223372036854775807)  # line 28
    v_48: Signed = int_mul(n_7, 7)  # line 29
    v_49: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_48)  # line 29
    v_50: Ptr(rpy_str) = same_as(v_49)  # line 29
    v_51: Signed = direct_call(graph ll_str2int__rpy_str_Signed, v_50, 10)  # line 29
    v_52: Signed = direct_call(graph ll_strlen__rpy_str, t_6)  # line 30
    v_53: Signed = int_mul(v_52, 100000)  # line 30
    v_54: Signed = int_mul(count_6, 1000)  # line 30
    v_55: Signed = int_add(v_53, v_54)  # line 30
    v_56: Signed = int_add(v_55, code_1)  # line 30
    v_57: Signed = int_mul(v_47, 10)  # line 30
    v_58: Signed = int_add(v_56, v_57)  # line 30
    v_59: Signed = int_add(v_58, v_51)  # line 30
    v_60: Ptr(rpy_str) = same_as(s_6)  # line 30
    v_61: Ptr(rpy_str) = direct_call(graph ll_strip__rpy_str_Bool_Bool, v_60, True, True)  # line 30
    v_62: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'ab c  def ', v_61)  # line 30
    v_63: Signed = direct_call(graph words, v_62)  # line 30
    v_64: Signed = int_add(v_59, v_63)  # line 30
    --> return(v_64)
block8(n_8: Signed, s_7: Ptr(rpy_str), t_7: Ptr(rpy_str), count_7: Signed, code_2: Signed):
    v_65: Signed = int_add(code_2, 2000)  # line 27
    --> block7(n_8, s_7, t_7, count_7, v_65)
block9(n_9: Signed, s_8: Ptr(rpy_str), t_8: Ptr(rpy_str), count_8: Signed, code_3: Signed):
    v_66: Signed = int_add(code_3, 1000)  # line 25
    --> block6(n_9, s_8, t_8, count_8, v_66)

graph describe(n_0: Signed)  # strings.py:1
block0(n_0: Signed):
    v_0: Bool = int_lt(n_0, 0)  # line 2
    v_1: Bool = same_as(v_0)  # line 2
    switch v_1
    False --> block1(n_0)
    True --> block2(n_0)
block1(n_1: Signed):
    v_2: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: Signed }, 'gc')  # line 4
    v_3: Void = setfield(v_2, 'item0', n_1)  # line 4
    v_4: Void = setfield(v_2, 'item1', n_1)  # line 4
    v_5: Signed = getfield(v_2, 'item0')  # line 4
    v_6: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_5)  # line 4
    v_7: Signed = getfield(v_2, 'item1')  # line 4
    v_8: Ptr(rpy_str) = direct_call(graph ll_int2hex__Signed_Bool, v_7, False)  # line 4
    v_9: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 4)  # line 4
    v_10: Void = setarrayitem(v_9, 0, 'n=')  # line 4
    v_11: Void = setarrayitem(v_9, 1, v_6)  # line 4
    v_12: Void = setarrayitem(v_9, 2, ' hex=')  # line 4
    v_13: Void = setarrayitem(v_9, 3, v_8)  # line 4
    v_14: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 4, v_9)  # line 4
    --> return(v_14)
block2(n_2: Signed):
    v_15: Signed = int_neg(n_2)  # line 3
    v_16: Ptr(tuple1) = malloc(GcStruct tuple1 immutable { item0: Signed }, 'gc')  # line 3
    v_17: Void = setfield(v_16, 'item0', v_15)  # line 3
    v_18: Signed = getfield(v_16, 'item0')  # line 3
    v_19: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_18)  # line 3
    v_20: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 2)  # line 3
    v_21: Void = setarrayitem(v_20, 0, 'negative ')  # line 3
    v_22: Void = setarrayitem(v_20, 1, v_19)  # line 3
    v_23: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 2, v_20)  # line 3
    --> return(v_23)

graph words(text_0: Ptr(rpy_str))  # strings.py:7
block0(text_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(text_0)  # line 9
    v_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_0, ' ', -1)  # line 9
    v_2: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), v_1)  # line 9
    --> block1(text_0, 0, v_2)
block1(text_1: Ptr(rpy_str), total_0: Signed, iter2_0: Ptr(listiter)):
    v_3: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, iter2_0)  # line 9
    no exception --> block2(v_3, iter2_0, text_1, total_0)
    StopIteration --> return(total_0)
block2(item_0: Ptr(rpy_str), iter2_1: Ptr(listiter), text_2: Ptr(rpy_str), total_1: Signed):
    v_4: Signed = int_mul(total_1, 3)  # line 10
    v_5: Signed = direct_call(graph ll_strlen__rpy_str, item_0)  # line 10
    v_6: Signed = int_add(v_4, v_5)  # line 10
    --> block1(text_2, v_6, iter2_1)

graph ll_int2dec__Signed(n_0: Signed)  # rstr.py:724
block0(n_0: Signed):
    v_0: Bool = int_eq(n_0, 0)  # line 726
    v_1: Bool = same_as(v_0)  # line 726
    switch v_1
    False --> block1(n_0)
    True --> block13()
block1(n_1: Signed):
    v_2: Bool = int_lt(n_1, 0)  # line 728
    v_3: Bool = same_as(v_2)  # line 730
    switch v_3
    False --> block2(n_1, v_2)
    True --> block12(n_1, v_2)
block2(n_2: Signed, negative_0: Bool):
    v_4: Unsigned = cast_int_to_uint(n_2)  # line 730
    v_5: Unsigned = same_as(v_4)  # line 730
    --> block3(n_2, negative_0, v_5, 0, v_5)
block3(n_3: Signed, negative_1: Bool, u_0: Unsigned, length_0: Signed, v_6: Unsigned):
    v_7: Unsigned = same_as(0)  # line 733
    v_8: Bool = uint_ne(v_6, v_7)  # line 733
    v_9: Bool = same_as(v_8)  # line 733
    switch v_9
    False --> block4(n_3, negative_1, u_0, length_0, v_6)
    True --> block11(n_3, negative_1, u_0, length_0, v_6)
block4(n_4: Signed, negative_2: Bool, u_1: Unsigned, length_1: Signed, v_10: Unsigned):
    v_11: Bool = same_as(negative_2)  # line 736
    switch v_11
    False --> block5(n_4, negative_2, u_1, length_1, v_10)
    True --> block10(n_4, negative_2, u_1, length_1, v_10)
block5(n_5: Signed, negative_3: Bool, u_2: Unsigned, length_2: Signed, v_12: Unsigned):
    v_13: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, length_2)  # line 738
    v_14: Signed = int_sub(length_2, 1)  # line 739
    --> block6(n_5, negative_3, u_2, length_2, v_12, v_13, v_14)
block6(n_6: Signed, negative_4: Bool, u_3: Unsigned, length_3: Signed, v_15: Unsigned, res_0: Ptr(rpy_str), pos_0: Signed):
    v_16: Unsigned = same_as(0)  # line 740
    v_17: Bool = uint_ne(u_3, v_16)  # line 740
    v_18: Bool = same_as(v_17)  # line 740
    switch v_18
    False --> block7(negative_4, res_0)
    True --> block9(n_6, negative_4, u_3, length_3, v_15, res_0, pos_0)
block7(negative_5: Bool, res_1: Ptr(rpy_str)):
    v_19: Bool = same_as(negative_5)  # line 744
    switch v_19
    False --> return(res_1)
    True --> block8(res_1)
block8(res_2: Ptr(rpy_str)):
    v_20: Ptr(rpy_str) = same_as(res_2)  # line 745
    v_21: Void = setinteriorfield(v_20, 'chars', 0, 45)  # line 745
    --> return(res_2)
block9(n_7: Signed, negative_6: Bool, u_4: Unsigned, length_4: Signed, v_22: Unsigned, res_3: Ptr(rpy_str), pos_1: Signed):
    v_23: Unsigned = same_as(10)  # line 741
    v_24: Unsigned = uint_mod_zer(u_4, v_23)  # line 741
    v_25: Signed = cast_uint_to_int(v_24)  # line 741
    v_26: Signed = same_as(v_25)  # line 741
    v_27: Signed = int_add(48, v_26)  # line 741
    v_28: UniChar = cast_int_to_unichar(v_27)  # line 741
    v_29: Ptr(rpy_str) = same_as(res_3)  # line 741
    v_30: Void = setinteriorfield(v_29, 'chars', pos_1, v_28)  # line 741
    v_31: Unsigned = same_as(10)  # line 742
    v_32: Unsigned = uint_floordiv_zer(u_4, v_31)  # line 742
    v_33: Signed = int_sub(pos_1, 1)  # line 743
    --> block6(n_7, negative_6, v_32, length_4, v_22, res_3, v_33)
block10(n_8: Signed, negative_7: Bool, u_5: Unsigned, length_5: Signed, v_34: Unsigned):
    v_35: Signed = int_add(length_5, 1)  # line 737
    --> block5(n_8, negative_7, u_5, v_35, v_34)
block11(n_9: Signed, negative_8: Bool, u_6: Unsigned, length_6: Signed, v_36: Unsigned):
    v_37: Signed = int_add(length_6, 1)  # line 734
    v_38: Unsigned = same_as(10)  # line 735
    v_39: Unsigned = uint_floordiv_zer(v_36, v_38)  # line 735
    --> block3(n_9, negative_8, u_6, v_37, v_39)
block12(n_10: Signed, negative_9: Bool):
    v_40: Unsigned = same_as(0)  # line 730
    v_41: Unsigned = cast_int_to_uint(n_10)  # line 730
    v_42: Unsigned = same_as(v_41)  # line 730
    v_43: Unsigned = uint_sub(v_40, v_42)  # line 730
    --> block3(n_10, negative_9, v_43, 0, v_43)
block13():
    v_44: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, 48)  # line 727
    --> return(v_44)

graph ll_chr2str__UniChar(ch_0: UniChar)  # rstr.py:68
block0(ch_0: UniChar):
    v_0: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, 1)  # line 69
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 70
    v_2: Void = setinteriorfield(v_1, 'chars', 0, ch_0)  # line 70
    --> return(v_0)

graph mallocstr__Signed(length_0: Signed)  # rstr.py:29
block0(length_0: Signed):
    v_0: Ptr(rpy_str) = malloc_varsize(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }, 'gc', length_0)  # line 30
    --> return(v_0)

graph ll_strconcat__rpy_str_rpy_str(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str))  # rstr.py:179
block0(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s1_0)  # line 180
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 180
    v_2: Ptr(rpy_str) = same_as(s2_0)  # line 181
    v_3: Signed = getinteriorarraysize(v_2, 'chars')  # line 181
    v_4: Signed = int_add(v_1, v_3)  # line 182
    v_5: Ptr(rpy_str) = direct_call(graph _malloc_like__rpy_str_Signed, s1_0, v_4)  # line 182
    v_6: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, v_5, 0, s1_0, 0, v_1)  # line 183
    v_7: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, v_5, v_1, s2_0, 0, v_3)  # line 184
    --> return(v_5)

graph _malloc_like__rpy_str_Signed(s_0: Ptr(rpy_str), length_0: Signed)  # rstr.py:33
block0(s_0: Ptr(rpy_str), length_0: Signed):
    v_0: Ptr(rpy_str) = malloc_varsize(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }, 'gc', length_0)  # line 35
    --> return(v_0)

graph _copy__rpy_str_Signed_rpy_str_Signed_Signed(dst_0: Ptr(rpy_str), dststart_0: Signed, src_0: Ptr(rpy_str), srcstart_0: Signed, length_0: Signed)  # rstr.py:172
block0(dst_0: Ptr(rpy_str), dststart_0: Signed, src_0: Ptr(rpy_str), srcstart_0: Signed, length_0: Signed):
    --> block1(dst_0, dststart_0, src_0, srcstart_0, length_0, 0)
block1(dst_1: Ptr(rpy_str), dststart_1: Signed, src_1: Ptr(rpy_str), srcstart_1: Signed, length_1: Signed, i_0: Signed):
    v_0: Bool = int_lt(i_0, length_1)  # line 174
    v_1: Bool = same_as(v_0)  # line 174
    switch v_1
    False --> return(None)
    True --> block2(dst_1, dststart_1, src_1, srcstart_1, length_1, i_0)
block2(dst_2: Ptr(rpy_str), dststart_2: Signed, src_2: Ptr(rpy_str), srcstart_2: Signed, length_2: Signed, i_1: Signed):
    v_2: Ptr(rpy_str) = same_as(src_2)  # line 175
    v_3: Signed = int_add(srcstart_2, i_1)  # line 175
    v_4: UniChar = getinteriorfield(v_2, 'chars', v_3)  # line 175
    v_5: Ptr(rpy_str) = same_as(dst_2)  # line 175
    v_6: Signed = int_add(dststart_2, i_1)  # line 175
    v_7: Void = setinteriorfield(v_5, 'chars', v_6, v_4)  # line 175
    v_8: Signed = int_add(i_1, 1)  # line 176
    --> block1(dst_2, dststart_2, src_2, srcstart_2, length_2, v_8)

graph ll_upper__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:477
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = direct_call(graph _case_map__rpy_str_Bool, s_0, True)  # line 478
    --> return(v_0)

graph _case_map__rpy_str_Bool(s_0: Ptr(rpy_str), upper_0: Bool)  # rstr.py:446
block0(s_0: Ptr(rpy_str), upper_0: Bool):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 448
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 448
    --> block1(s_0, upper_0, v_1, 0, 0)
block1(s_1: Ptr(rpy_str), upper_1: Bool, length_0: Signed, total_0: Signed, i_0: Signed):
    v_2: Bool = int_lt(i_0, length_0)  # line 451
    v_3: Bool = same_as(v_2)  # line 451
    switch v_3
    False --> block2(s_1, upper_1, length_0, total_0)
    True --> block9(s_1, upper_1, length_0, total_0, i_0, 0)
block2(s_2: Ptr(rpy_str), upper_2: Bool, length_1: Signed, total_1: Signed):
    v_4: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, total_1)  # line 457
    --> block3(s_2, upper_2, length_1, total_1, 0, v_4, 0)
block3(s_3: Ptr(rpy_str), upper_3: Bool, length_2: Signed, total_2: Signed, i_1: Signed, res_0: Ptr(rpy_str), pos_0: Signed):
    v_5: Bool = int_lt(i_1, length_2)  # line 460
    v_6: Bool = same_as(v_5)  # line 460
    switch v_6
    False --> return(res_0)
    True --> block4(s_3, upper_3, length_2, total_2, i_1, res_0, pos_0)
block4(s_4: Ptr(rpy_str), upper_4: Bool, length_3: Signed, total_3: Signed, i_2: Signed, res_1: Ptr(rpy_str), pos_1: Signed):
    v_7: Ptr(rpy_str) = same_as(s_4)  # line 461
    v_8: UniChar = getinteriorfield(v_7, 'chars', i_2)  # line 461
    v_9: Bool = same_as(upper_4)  # line 462
    --> block5(s_4, upper_4, length_3, total_3, i_2, res_1, pos_1, v_8)
block5(s_5: Ptr(rpy_str), upper_5: Bool, length_4: Signed, total_4: Signed, i_3: Signed, res_2: Ptr(rpy_str), pos_2: Signed, ch_0: UniChar):
    v_10: Signed = direct_call(graph _mapped__UniChar_Signed_Bool, ch_0, 0, upper_5)  # line 467
    --> block6(s_5, upper_5, length_4, total_4, i_3, 0, res_2, pos_2, ch_0, v_10)
block6(s_6: Ptr(rpy_str), upper_6: Bool, length_5: Signed, total_5: Signed, i_4: Signed, k_0: Signed, res_3: Ptr(rpy_str), pos_3: Signed, ch_1: UniChar, code_0: Signed):
    v_11: Bool = int_ge(code_0, 0)  # line 468
    v_12: Bool = same_as(v_11)  # line 468
    switch v_12
    False --> block7(s_6, upper_6, length_5, total_5, i_4, res_3, pos_3)
    True --> block8(s_6, upper_6, length_5, total_5, i_4, k_0, res_3, pos_3, ch_1, code_0)
block7(s_7: Ptr(rpy_str), upper_7: Bool, length_6: Signed, total_6: Signed, i_5: Signed, res_4: Ptr(rpy_str), pos_4: Signed):
    v_13: Signed = int_add(i_5, 1)  # line 473
    --> block3(s_7, upper_7, length_6, total_6, v_13, res_4, pos_4)
block8(s_8: Ptr(rpy_str), upper_8: Bool, length_7: Signed, total_7: Signed, i_6: Signed, k_1: Signed, res_5: Ptr(rpy_str), pos_5: Signed, ch_2: UniChar, code_1: Signed):
    v_14: UniChar = cast_int_to_unichar(code_1)  # line 469
    v_15: Ptr(rpy_str) = same_as(res_5)  # line 469
    v_16: Void = setinteriorfield(v_15, 'chars', pos_5, v_14)  # line 469
    v_17: Signed = int_add(pos_5, 1)  # line 470
    v_18: Signed = int_add(k_1, 1)  # line 471
    v_19: Signed = direct_call(graph _mapped__UniChar_Signed_Bool, ch_2, v_18, upper_8)  # line 472
    --> block6(s_8, upper_8, length_7, total_7, i_6, v_18, res_5, v_17, ch_2, v_19)
block9(s_9: Ptr(rpy_str), upper_9: Bool, length_8: Signed, total_8: Signed, i_7: Signed, k_2: Signed):
    v_20: Ptr(rpy_str) = same_as(s_9)  # line 453
    v_21: UniChar = getinteriorfield(v_20, 'chars', i_7)  # line 453
    v_22: Signed = direct_call(graph _mapped__UniChar_Signed_Bool, v_21, k_2, upper_9)  # line 453
    v_23: Bool = int_ge(v_22, 0)  # line 453
    v_24: Bool = same_as(v_23)  # line 453
    switch v_24
    False --> block10(s_9, upper_9, length_8, total_8, i_7, k_2)
    True --> block11(s_9, upper_9, length_8, total_8, i_7, k_2)
block10(s_10: Ptr(rpy_str), upper_10: Bool, length_9: Signed, total_9: Signed, i_8: Signed, k_3: Signed):
    v_25: Signed = int_add(total_9, k_3)  # line 455
    v_26: Signed = int_add(i_8, 1)  # line 456
    --> block1(s_10, upper_10, length_9, v_25, v_26)
block11(s_11: Ptr(rpy_str), upper_11: Bool, length_10: Signed, total_10: Signed, i_9: Signed, k_4: Signed):
    v_27: Signed = int_add(k_4, 1)  # line 454
    --> block9(s_11, upper_11, length_10, total_10, i_9, v_27)

graph _mapped__UniChar_Signed_Bool(ch_0: UniChar, k_0: Signed, upper_0: Bool)  # rstr.py:425
block0(ch_0: UniChar, k_0: Signed, upper_0: Bool):
    v_0: Bool = same_as(upper_0)  # line 427
    --> block1(ch_0, k_0)
block1(ch_1: UniChar, k_1: Signed):
    v_1: Signed = unichar_toupper(ch_1, k_1)  # line 428
    --> return(v_1)

graph ll_char_mul__UniChar_Signed(ch_0: UniChar, times_0: Signed)  # rstr.py:836
block0(ch_0: UniChar, times_0: Signed):
    v_0: Bool = int_lt(times_0, 0)  # line 837
    v_1: Bool = same_as(v_0)  # line 837
    switch v_1
    False --> block1(ch_0, times_0)
    True --> block1(ch_0, 0)
block1(ch_1: UniChar, times_1: Signed):
    v_2: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, times_1)  # line 839
    --> block2(ch_1, times_1, v_2, 0)
block2(ch_2: UniChar, times_2: Signed, res_0: Ptr(rpy_str), i_0: Signed):
    v_3: Bool = int_lt(i_0, times_2)  # line 841
    v_4: Bool = same_as(v_3)  # line 841
    switch v_4
    False --> return(res_0)
    True --> block3(ch_2, times_2, res_0, i_0)
block3(ch_3: UniChar, times_3: Signed, res_1: Ptr(rpy_str), i_1: Signed):
    v_5: Ptr(rpy_str) = same_as(res_1)  # line 842
    v_6: Void = setinteriorfield(v_5, 'chars', i_1, ch_3)  # line 842
    v_7: Signed = int_add(i_1, 1)  # line 843
    --> block2(ch_3, times_3, res_1, v_7)

graph ll_striter__striter_rpy_str(ITER_0: Void, s_0: Ptr(rpy_str))  # rstr.py:705
block0(ITER_0: Void, s_0: Ptr(rpy_str)):
    v_0: Ptr(striter) = malloc(GcStruct striter { string: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), index: Signed }, 'gc')  # line 706
    v_1: Void = setfield(v_0, 'string', s_0)  # line 707
    v_2: Void = setfield(v_0, 'index', 0)  # line 708
    --> return(v_0)

graph ll_strnext__striter(it_0: Ptr(striter))  # rstr.py:712
block0(it_0: Ptr(striter)):
    v_0: Signed = getfield(it_0, 'index')  # line 713
    v_1: Ptr(rpy_str) = getfield(it_0, 'string')  # line 714
    v_2: Ptr(rpy_str) = same_as(v_1)  # line 715
    v_3: Signed = getinteriorarraysize(v_2, 'chars')  # line 715
    v_4: Bool = int_ge(v_0, v_3)  # line 715
    v_5: Bool = same_as(v_4)  # line 715
    switch v_5
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(striter), index_0: Signed, s_0: Ptr(rpy_str)):
    v_6: Signed = int_add(index_0, 1)  # line 717
    v_7: Void = setfield(it_1, 'index', v_6)  # line 717
    v_8: Ptr(rpy_str) = same_as(s_0)  # line 718
    v_9: UniChar = getinteriorfield(v_8, 'chars', index_0)  # line 718
    --> return(v_9)
block2():
    v_10: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 716
    v_11: Ptr(BaseException) = cast_pointer(v_10)  # line 716
    v_12: Void = setfield(v_11, 'typeptr', vtable StopIteration [7, 8))  # line 716
    v_13: Ptr(BaseException) = cast_pointer(v_10)  # line 716
    v_14: Ptr(object_vtable) = getfield(v_13, 'typeptr')  # line 716
    --> raise(v_14, v_10)

graph ll_char_isdigit__UniChar(ch_0: UniChar)  # rstr.py:344
block0(ch_0: UniChar):
    v_0: Bool = unichar_isdigit(ch_0)  # line 345
    --> return(v_0)

graph ll_newlist__array_rpy_str_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:36
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 37
    v_1: Bool = same_as(v_0)  # line 37
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', length_1)  # line 38
    --> return(v_2)

graph ll_join__rpy_str_array_rpy_str(sep_0: Ptr(rpy_str), l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rstr.py:511
block0(sep_0: Ptr(rpy_str), l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, l_0)  # line 513
    v_1: Signed = direct_call(graph ll_len__array_rpy_str, l_0)  # line 514
    v_2: Bool = int_eq(v_1, 0)  # line 515
    v_3: Bool = same_as(v_2)  # line 515
    switch v_3
    False --> block1(sep_0, l_0, v_0, v_1)
    True --> block9()
block1(sep_1: Ptr(rpy_str), l_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_0: Signed):
    v_4: Ptr(rpy_str) = same_as(sep_1)  # line 517
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 517
    v_6: Signed = int_sub(num_0, 1)  # line 517
    v_7: Signed = int_mul(v_5, v_6)  # line 517
    --> block2(sep_1, l_1, items_0, num_0, v_7, 0)
block2(sep_2: Ptr(rpy_str), l_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_1: Signed, total_0: Signed, i_0: Signed):
    v_8: Bool = int_lt(i_0, num_1)  # line 519
    v_9: Bool = same_as(v_8)  # line 519
    switch v_9
    False --> block3(sep_2, l_2, items_1, num_1, total_0)
    True --> block8(sep_2, l_2, items_1, num_1, total_0, i_0)
block3(sep_3: Ptr(rpy_str), l_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_2: Signed, total_1: Signed):
    v_10: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, total_1)  # line 522
    --> block4(sep_3, l_3, items_2, num_2, total_1, 0, v_10, 0)
block4(sep_4: Ptr(rpy_str), l_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_3: Signed, total_2: Signed, i_1: Signed, res_0: Ptr(rpy_str), pos_0: Signed):
    v_11: Bool = int_lt(i_1, num_3)  # line 525
    v_12: Bool = same_as(v_11)  # line 525
    switch v_12
    False --> return(res_0)
    True --> block5(sep_4, l_4, items_3, num_3, total_2, i_1, res_0, pos_0)
block5(sep_5: Ptr(rpy_str), l_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_4: Signed, total_3: Signed, i_2: Signed, res_1: Ptr(rpy_str), pos_1: Signed):
    v_13: Bool = int_gt(i_2, 0)  # line 526
    v_14: Bool = same_as(v_13)  # line 526
    switch v_14
    False --> block6(sep_5, l_5, items_4, num_4, total_3, i_2, res_1, pos_1)
    True --> block7(sep_5, l_5, items_4, num_4, total_3, i_2, res_1, pos_1)
block6(sep_6: Ptr(rpy_str), l_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_5: Signed, total_4: Signed, i_3: Signed, res_2: Ptr(rpy_str), pos_2: Signed):
    v_15: Ptr(rpy_str) = getarrayitem(items_5, i_3)  # line 529
    v_16: Ptr(rpy_str) = same_as(v_15)  # line 530
    v_17: Signed = getinteriorarraysize(v_16, 'chars')  # line 530
    v_18: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_2, pos_2, v_15, 0, v_17)  # line 530
    v_19: Ptr(rpy_str) = same_as(v_15)  # line 531
    v_20: Signed = getinteriorarraysize(v_19, 'chars')  # line 531
    v_21: Signed = int_add(pos_2, v_20)  # line 531
    v_22: Signed = int_add(i_3, 1)  # line 532
    --> block4(sep_6, l_6, items_5, num_5, total_4, v_22, res_2, v_21)
block7(sep_7: Ptr(rpy_str), l_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_6: Signed, total_5: Signed, i_4: Signed, res_3: Ptr(rpy_str), pos_3: Signed):
    v_23: Ptr(rpy_str) = same_as(sep_7)  # line 527
    v_24: Signed = getinteriorarraysize(v_23, 'chars')  # line 527
    v_25: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_3, pos_3, sep_7, 0, v_24)  # line 527
    v_26: Ptr(rpy_str) = same_as(sep_7)  # line 528
    v_27: Signed = getinteriorarraysize(v_26, 'chars')  # line 528
    v_28: Signed = int_add(pos_3, v_27)  # line 528
    --> block6(sep_7, l_7, items_6, num_6, total_5, i_4, res_3, v_28)
block8(sep_8: Ptr(rpy_str), l_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_7: Signed, total_6: Signed, i_5: Signed):
    v_29: Ptr(rpy_str) = getarrayitem(items_7, i_5)  # line 520
    v_30: Ptr(rpy_str) = same_as(v_29)  # line 520
    v_31: Signed = getinteriorarraysize(v_30, 'chars')  # line 520
    v_32: Signed = int_add(total_6, v_31)  # line 520
    v_33: Signed = int_add(i_5, 1)  # line 521
    --> block2(sep_8, l_8, items_7, num_7, v_32, v_33)
block9():
    v_34: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, 0)  # line 516
    --> return(v_34)

graph ll_items__array_rpy_str(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rlist.py:24
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Bool = same_as(True)  # line 25
    v_1: Bool = same_as(v_0)  # line 25
    --> return(l_0)

graph ll_len__array_rpy_str(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rlist.py:30
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Bool = same_as(True)  # line 31
    v_1: Bool = same_as(v_0)  # line 31
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_2: Signed = getarraysize(l_1)  # line 32
    --> return(v_2)

graph ll_stritem__rpy_str_Signed(s_0: Ptr(rpy_str), index_0: Signed)  # rstr.py:46
block0(s_0: Ptr(rpy_str), index_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 47
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 47
    v_2: Bool = int_lt(index_0, 0)  # line 48
    v_3: Bool = same_as(v_2)  # line 48
    switch v_3
    False --> block1(s_0, index_0, v_1)
    True --> block5(s_0, index_0, v_1)
block1(s_1: Ptr(rpy_str), index_1: Signed, length_0: Signed):
    v_4: Bool = int_lt(index_1, 0)  # line 50
    v_5: Bool = same_as(v_4)  # line 50
    switch v_5
    False --> block2(s_1, index_1, length_0)
    True --> block4()
block2(s_2: Ptr(rpy_str), index_2: Signed, length_1: Signed):
    v_6: Bool = int_ge(index_2, length_1)  # line 50
    v_7: Bool = same_as(v_6)  # line 50
    switch v_7
    False --> block3(s_2, index_2)
    True --> block4()
block3(s_3: Ptr(rpy_str), index_3: Signed):
    v_8: Ptr(rpy_str) = same_as(s_3)  # line 52
    v_9: UniChar = getinteriorfield(v_8, 'chars', index_3)  # line 52
    --> return(v_9)
block4():
    v_10: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 51
    v_11: Ptr(BaseException) = cast_pointer(v_10)  # line 51
    v_12: Void = setfield(v_11, 'typeptr', vtable IndexError [4, 5))  # line 51
    v_13: Ptr(BaseException) = cast_pointer(v_10)  # line 51
    v_14: Ptr(object_vtable) = getfield(v_13, 'typeptr')  # line 51
    --> raise(v_14, v_10)
block5(s_4: Ptr(rpy_str), index_4: Signed, length_2: Signed):
    v_15: Signed = int_add(index_4, length_2)  # line 49
    --> block1(s_4, v_15, length_2)

graph ll_contains_str__rpy_str_rpy_str(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str))  # rstr.py:314
block0(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 315
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 315
    v_2: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, s_0, sub_0, 0, v_1)  # line 315
    v_3: Bool = int_ge(v_2, 0)  # line 315
    --> return(v_3)

graph ll_find__rpy_str_rpy_str_Signed_Signed(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rstr.py:256
block0(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 257
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 257
    v_2: Signed = direct_call(graph _start__Signed_Signed, start_0, v_1)  # line 258
    v_3: Signed = direct_call(graph _bound__Signed_Signed, end_0, v_1)  # line 259
    --> block1(s_0, sub_0, v_2, v_3, v_1, v_2)
block1(s_1: Ptr(rpy_str), sub_1: Ptr(rpy_str), start_1: Signed, end_1: Signed, length_0: Signed, i_0: Signed):
    v_4: Ptr(rpy_str) = same_as(sub_1)  # line 261
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 261
    v_6: Signed = int_add(i_0, v_5)  # line 261
    v_7: Bool = int_le(v_6, end_1)  # line 261
    v_8: Bool = same_as(v_7)  # line 261
    switch v_8
    False --> return(-1)
    True --> block2(s_1, sub_1, start_1, end_1, length_0, i_0)
block2(s_2: Ptr(rpy_str), sub_2: Ptr(rpy_str), start_2: Signed, end_2: Signed, length_1: Signed, i_1: Signed):
    v_9: Bool = direct_call(graph _matches_at__rpy_str_rpy_str_Signed, s_2, sub_2, i_1)  # line 262
    v_10: Bool = same_as(v_9)  # line 262
    switch v_10
    False --> block3(s_2, sub_2, start_2, end_2, length_1, i_1)
    True --> return(i_1)
block3(s_3: Ptr(rpy_str), sub_3: Ptr(rpy_str), start_3: Signed, end_3: Signed, length_2: Signed, i_2: Signed):
    v_11: Signed = int_add(i_2, 1)  # line 264
    --> block1(s_3, sub_3, start_3, end_3, length_2, v_11)

graph _start__Signed_Signed(index_0: Signed, length_0: Signed)  # rstr.py:211
block0(index_0: Signed, length_0: Signed):
    v_0: Bool = int_lt(index_0, 0)  # line 213
    v_1: Bool = same_as(v_0)  # line 213
    switch v_1
    False --> return(index_0)
    True --> block1(index_0, length_0)
block1(index_1: Signed, length_1: Signed):
    v_2: Signed = int_add(index_1, length_1)  # line 214
    v_3: Bool = int_lt(v_2, 0)  # line 215
    v_4: Bool = same_as(v_3)  # line 215
    switch v_4
    False --> return(v_2)
    True --> return(0)

graph _bound__Signed_Signed(index_0: Signed, length_0: Signed)  # rstr.py:200
block0(index_0: Signed, length_0: Signed):
    v_0: Bool = int_lt(index_0, 0)  # line 202
    v_1: Bool = same_as(v_0)  # line 202
    switch v_1
    False --> block1(index_0, length_0)
    True --> block2(index_0, length_0)
block1(index_1: Signed, length_1: Signed):
    v_2: Bool = int_gt(index_1, length_1)  # line 206
    v_3: Bool = same_as(v_2)  # line 206
    switch v_3
    False --> return(index_1)
    True --> return(length_1)
block2(index_2: Signed, length_2: Signed):
    v_4: Signed = int_add(index_2, length_2)  # line 203
    v_5: Bool = int_lt(v_4, 0)  # line 204
    v_6: Bool = same_as(v_5)  # line 204
    switch v_6
    False --> return(v_4)
    True --> return(0)

graph _matches_at__rpy_str_rpy_str_Signed(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), i_0: Signed)  # rstr.py:247
block0(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), i_0: Signed):
    --> block1(s_0, sub_0, i_0, 0)
block1(s_1: Ptr(rpy_str), sub_1: Ptr(rpy_str), i_1: Signed, j_0: Signed):
    v_0: Ptr(rpy_str) = same_as(sub_1)  # line 249
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 249
    v_2: Bool = int_lt(j_0, v_1)  # line 249
    v_3: Bool = same_as(v_2)  # line 249
    switch v_3
    False --> return(True)
    True --> block2(s_1, sub_1, i_1, j_0)
block2(s_2: Ptr(rpy_str), sub_2: Ptr(rpy_str), i_2: Signed, j_1: Signed):
    v_4: Ptr(rpy_str) = same_as(s_2)  # line 250
    v_5: Signed = int_add(i_2, j_1)  # line 250
    v_6: UniChar = getinteriorfield(v_4, 'chars', v_5)  # line 250
    v_7: Ptr(rpy_str) = same_as(sub_2)  # line 250
    v_8: UniChar = getinteriorfield(v_7, 'chars', j_1)  # line 250
    v_9: Bool = unichar_ne(v_6, v_8)  # line 250
    v_10: Bool = same_as(v_9)  # line 250
    switch v_10
    False --> block3(s_2, sub_2, i_2, j_1)
    True --> return(False)
block3(s_3: Ptr(rpy_str), sub_3: Ptr(rpy_str), i_3: Signed, j_2: Signed):
    v_11: Signed = int_add(j_2, 1)  # line 252
    --> block1(s_3, sub_3, i_3, v_11)

graph ll_startswith__rpy_str_rpy_str_Signed_Signed(s_0: Ptr(rpy_str), prefix_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rstr.py:330
block0(s_0: Ptr(rpy_str), prefix_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Bool = direct_call(graph _tailmatch__rpy_str_rpy_str_Signed_Signed_Bool, s_0, prefix_0, start_0, end_0, False)  # line 331
    --> return(v_0)

graph _tailmatch__rpy_str_rpy_str_Signed_Signed_Bool(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed, atend_0: Bool)  # rstr.py:318
block0(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed, atend_0: Bool):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 320
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 320
    v_2: Signed = direct_call(graph _start__Signed_Signed, start_0, v_1)  # line 321
    v_3: Signed = direct_call(graph _bound__Signed_Signed, end_0, v_1)  # line 322
    v_4: Ptr(rpy_str) = same_as(sub_0)  # line 322
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 322
    v_6: Signed = int_sub(v_3, v_5)  # line 322
    v_7: Bool = int_lt(v_6, v_2)  # line 323
    v_8: Bool = same_as(v_7)  # line 323
    switch v_8
    False --> block1(s_0, sub_0, v_2, v_6, atend_0)
    True --> return(False)
block1(s_1: Ptr(rpy_str), sub_1: Ptr(rpy_str), start_1: Signed, end_1: Signed, atend_1: Bool):
    v_9: Bool = same_as(atend_1)  # line 325
    --> block2(s_1, sub_1, start_1)
block2(s_2: Ptr(rpy_str), sub_2: Ptr(rpy_str), start_2: Signed):
    v_10: Bool = direct_call(graph _matches_at__rpy_str_rpy_str_Signed, s_2, sub_2, start_2)  # line 327
    --> return(v_10)

graph ll_find_char__rpy_str_UniChar_Signed_Signed(s_0: Ptr(rpy_str), ch_0: UniChar, start_0: Signed, end_0: Signed)  # rstr.py:233
block0(s_0: Ptr(rpy_str), ch_0: UniChar, start_0: Signed, end_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 234
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 234
    v_2: Signed = direct_call(graph _bound__Signed_Signed, end_0, v_1)  # line 234
    v_3: Ptr(rpy_str) = same_as(s_0)  # line 235
    v_4: Signed = getinteriorarraysize(v_3, 'chars')  # line 235
    v_5: Signed = direct_call(graph _start__Signed_Signed, start_0, v_4)  # line 235
    --> block1(s_0, ch_0, start_0, v_2, v_5)
block1(s_1: Ptr(rpy_str), ch_1: UniChar, start_1: Signed, end_1: Signed, i_0: Signed):
    v_6: Bool = int_lt(i_0, end_1)  # line 236
    v_7: Bool = same_as(v_6)  # line 236
    switch v_7
    False --> return(-1)
    True --> block2(s_1, ch_1, start_1, end_1, i_0)
block2(s_2: Ptr(rpy_str), ch_2: UniChar, start_2: Signed, end_2: Signed, i_1: Signed):
    v_8: Ptr(rpy_str) = same_as(s_2)  # line 237
    v_9: UniChar = getinteriorfield(v_8, 'chars', i_1)  # line 237
    v_10: Bool = unichar_eq(v_9, ch_2)  # line 237
    v_11: Bool = same_as(v_10)  # line 237
    switch v_11
    False --> block3(s_2, ch_2, start_2, end_2, i_1)
    True --> return(i_1)
block3(s_3: Ptr(rpy_str), ch_3: UniChar, start_3: Signed, end_3: Signed, i_2: Signed):
    v_12: Signed = int_add(i_2, 1)  # line 239
    --> block1(s_3, ch_3, start_3, end_3, v_12)

graph ll_str2int__rpy_str_Signed(s_0: Ptr(rpy_str), base_0: Signed)  # rstr.py:782
block0(s_0: Ptr(rpy_str), base_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 785
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 785
    --> block1(s_0, base_0, v_1, 0)
block1(s_1: Ptr(rpy_str), base_1: Signed, length_0: Signed, i_0: Signed):
    v_2: Bool = int_lt(i_0, length_0)  # line 787
    v_3: Bool = same_as(v_2)  # line 787
    switch v_3
    False --> block2(s_1, base_1, length_0, i_0, length_0)
    True --> block49(s_1, base_1, length_0, i_0)
block2(s_2: Ptr(rpy_str), base_2: Signed, length_1: Signed, i_1: Signed, end_0: Signed):
    v_4: Bool = int_gt(end_0, i_1)  # line 790
    v_5: Bool = same_as(v_4)  # line 790
    switch v_5
    False --> block3(s_2, base_2, length_1, i_1, end_0)
    True --> block47(s_2, base_2, length_1, i_1, end_0)
block3(s_3: Ptr(rpy_str), base_3: Signed, length_2: Signed, i_2: Signed, end_1: Signed):
    v_6: Bool = int_lt(i_2, end_1)  # line 793
    v_7: Bool = same_as(v_6)  # line 793
    switch v_7
    False --> block4(s_3, base_3, length_2, i_2, end_1, 1)
    True --> block43(s_3, base_3, length_2, i_2, end_1)
block4(s_4: Ptr(rpy_str), base_4: Signed, length_3: Signed, i_3: Signed, end_2: Signed, sign_0: Signed):
    v_8: Bool = int_ge(i_3, end_2)  # line 797
    v_9: Bool = same_as(v_8)  # line 797
    switch v_9
    False --> block5(s_4, base_4, length_3, i_3, end_2, sign_0, 0, 0, False)
    True --> block41()
block5(s_5: Ptr(rpy_str), base_5: Signed, length_4: Signed, i_4: Signed, end_3: Signed, sign_1: Signed, result_0: Signed, digits_0: Signed, previous_underscore_0: Bool):
    v_10: Bool = int_lt(i_4, end_3)  # line 802
    v_11: Bool = same_as(v_10)  # line 802
    switch v_11
    False --> block6(sign_1, result_0, previous_underscore_0)
    True --> block14(s_5, base_5, length_4, i_4, end_3, sign_1, result_0, digits_0, previous_underscore_0)
block6(sign_2: Signed, result_1: Signed, previous_underscore_1: Bool):
    v_12: Bool = same_as(previous_underscore_1)  # line 827
    switch v_12
    False --> block7(sign_2, result_1)
    True --> block12()
block7(sign_3: Signed, result_2: Signed):
    v_13: Bool = int_lt(sign_3, 0)  # line 829
    v_14: Bool = same_as(v_13)  # line 829
    switch v_14
    False --> block8(result_2)
    True --> return(result_2)
block8(result_3: Signed):
    v_15: Bool = int_eq(result_3, -9223372036854775808)  # line 831
    v_16: Bool = same_as(v_15)  # line 831
    switch v_16
    False --> block9(result_3)
    True --> block10()
block9(result_4: Signed):
    v_17: Signed = int_neg(result_4)  # line 833
    --> return(v_17)
block10():
    v_18: Ptr(OverflowError) = malloc(GcStruct OverflowError { super: GcStruct ArithmeticError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 832
    v_19: Ptr(BaseException) = cast_pointer(v_18)  # line 832
    v_20: Void = setfield(v_19, 'typeptr', vtable OverflowError [9, 10))  # line 832
    v_21: Ptr(BaseException) = cast_pointer(v_18)  # line 832
    v_22: Ptr(object_vtable) = getfield(v_21, 'typeptr')  # line 832
    --> block11(v_22, v_18)
block11(v_23: Ptr(object_vtable), v_24: Ptr(OverflowError)):
    v_25: Ptr(Exception) = cast_pointer(v_24)  # line 832
    --> raise(v_23, v_25)
block12():
    v_26: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 828
    v_27: Ptr(BaseException) = cast_pointer(v_26)  # line 828
    v_28: Void = setfield(v_27, 'typeptr', vtable ValueError [6, 7))  # line 828
    v_29: Ptr(BaseException) = cast_pointer(v_26)  # line 828
    v_30: Ptr(object_vtable) = getfield(v_29, 'typeptr')  # line 828
    --> block13(v_30, v_26)
block13(v_31: Ptr(object_vtable), v_32: Ptr(ValueError)):
    v_33: Ptr(Exception) = cast_pointer(v_32)  # line 828
    --> raise(v_31, v_33)
block14(s_6: Ptr(rpy_str), base_6: Signed, length_5: Signed, i_5: Signed, end_4: Signed, sign_4: Signed, result_5: Signed, digits_1: Signed, previous_underscore_2: Bool):
    v_34: Ptr(rpy_str) = same_as(s_6)  # line 803
    v_35: UniChar = getinteriorfield(v_34, 'chars', i_5)  # line 803
    v_36: Signed = cast_unichar_to_int(v_35)  # line 803
    v_37: Bool = int_eq(v_36, 95)  # line 804
    v_38: Bool = same_as(v_37)  # line 804
    switch v_38
    False --> block15(s_6, base_6, length_5, i_5, end_4, sign_4, result_5, digits_1, v_36)
    True --> block36(s_6, base_6, length_5, i_5, end_4, sign_4, result_5, digits_1, previous_underscore_2)
block15(s_7: Ptr(rpy_str), base_7: Signed, length_6: Signed, i_6: Signed, end_5: Signed, sign_5: Signed, result_6: Signed, digits_2: Signed, c_0: Signed):
    v_39: Bool = int_le(48, c_0)  # line 811
    v_40: Bool = same_as(v_39)  # line 811
    switch v_40
    False --> block16(s_7, base_7, length_6, i_6, end_5, sign_5, result_6, digits_2, c_0, v_39)
    True --> block35(c_0, s_7, base_7, length_6, i_6, end_5, sign_5, result_6, digits_2, c_0)
block16(s_8: Ptr(rpy_str), base_8: Signed, length_7: Signed, i_7: Signed, end_6: Signed, sign_6: Signed, result_7: Signed, digits_3: Signed, c_1: Signed, v_41: Bool):
    v_42: Bool = same_as(v_41)  # line 811
    switch v_42
    False --> block17(s_8, base_8, length_7, i_7, end_6, sign_6, result_7, digits_3, c_1)
    True --> block34(s_8, base_8, length_7, i_7, end_6, sign_6, result_7, digits_3, c_1)
block17(s_9: Ptr(rpy_str), base_9: Signed, length_8: Signed, i_8: Signed, end_7: Signed, sign_7: Signed, result_8: Signed, digits_4: Signed, c_2: Signed):
    v_43: Bool = int_le(97, c_2)  # line 813
    v_44: Bool = same_as(v_43)  # line 813
    switch v_44
    False --> block18(s_9, base_9, length_8, i_8, end_7, sign_7, result_8, digits_4, c_2, v_43)
    True --> block33(c_2, s_9, base_9, length_8, i_8, end_7, sign_7, result_8, digits_4, c_2)
block18(s_10: Ptr(rpy_str), base_10: Signed, length_9: Signed, i_9: Signed, end_8: Signed, sign_8: Signed, result_9: Signed, digits_5: Signed, c_3: Signed, v_45: Bool):
    v_46: Bool = same_as(v_45)  # line 813
    switch v_46
    False --> block19(s_10, base_10, length_9, i_9, end_8, sign_8, result_9, digits_5, c_3)
    True --> block32(s_10, base_10, length_9, i_9, end_8, sign_8, result_9, digits_5, c_3)
block19(s_11: Ptr(rpy_str), base_11: Signed, length_10: Signed, i_10: Signed, end_9: Signed, sign_9: Signed, result_10: Signed, digits_6: Signed, c_4: Signed):
    v_47: Bool = int_le(65, c_4)  # line 815
    v_48: Bool = same_as(v_47)  # line 815
    switch v_48
    False --> block20(s_11, base_11, length_10, i_10, end_9, sign_9, result_10, digits_6, c_4, v_47)
    True --> block31(c_4, s_11, base_11, length_10, i_10, end_9, sign_9, result_10, digits_6, c_4)
block20(s_12: Ptr(rpy_str), base_12: Signed, length_11: Signed, i_11: Signed, end_10: Signed, sign_10: Signed, result_11: Signed, digits_7: Signed, c_5: Signed, v_49: Bool):
    v_50: Bool = same_as(v_49)  # line 815
    switch v_50
    False --> block21()
    True --> block23(s_12, base_12, length_11, i_11, end_10, sign_10, result_11, digits_7, c_5)
block21():
    v_51: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 818
    v_52: Ptr(BaseException) = cast_pointer(v_51)  # line 818
    v_53: Void = setfield(v_52, 'typeptr', vtable ValueError [6, 7))  # line 818
    v_54: Ptr(BaseException) = cast_pointer(v_51)  # line 818
    v_55: Ptr(object_vtable) = getfield(v_54, 'typeptr')  # line 818
    --> block22(v_55, v_51)
block22(v_56: Ptr(object_vtable), v_57: Ptr(ValueError)):
    v_58: Ptr(Exception) = cast_pointer(v_57)  # line 818
    --> raise(v_56, v_58)
block23(s_13: Ptr(rpy_str), base_13: Signed, length_12: Signed, i_12: Signed, end_11: Signed, sign_11: Signed, result_12: Signed, digits_8: Signed, c_6: Signed):
    v_59: Signed = int_sub(c_6, 55)  # line 816
    --> block24(s_13, base_13, length_12, i_12, end_11, sign_11, result_12, digits_8, v_59)
block24(s_14: Ptr(rpy_str), base_14: Signed, length_13: Signed, i_13: Signed, end_12: Signed, sign_12: Signed, result_13: Signed, digits_9: Signed, d_0: Signed):
    v_60: Bool = int_ge(d_0, base_14)  # line 819
    v_61: Bool = same_as(v_60)  # line 819
    switch v_61
    False --> block25(s_14, base_14, length_13, i_13, end_12, sign_12, result_13, digits_9, d_0)
    True --> block29()
block25(s_15: Ptr(rpy_str), base_15: Signed, length_14: Signed, i_14: Signed, end_13: Signed, sign_13: Signed, result_14: Signed, digits_10: Signed, d_1: Signed):
    v_62: Signed = int_add(-9223372036854775808, d_1)  # line 822
    v_63: Signed = int_add(v_62, base_15)  # line 822
    v_64: Signed = int_sub(v_63, 1)  # line 822
    v_65: Signed = int_floordiv_zer(v_64, base_15)  # line 822
    v_66: Signed = int_mod(v_64, base_15)  # line 822
    v_67: Bool = int_ne(v_66, 0)  # line 822
    v_68: Signed = int_xor(v_66, base_15)  # line 822
    v_69: Bool = int_lt(v_68, 0)  # line 822
    v_70: Signed = cast_bool_to_int(v_67)  # line 822
    v_71: Signed = cast_bool_to_int(v_69)  # line 822
    v_72: Signed = int_and(v_70, v_71)  # line 822
    v_73: Signed = int_sub(v_65, v_72)  # line 822
    v_74: Bool = int_lt(result_14, v_73)  # line 822
    v_75: Bool = same_as(v_74)  # line 822
    switch v_75
    False --> block26(s_15, base_15, length_14, i_14, end_13, sign_13, result_14, digits_10, d_1)
    True --> block27()
block26(s_16: Ptr(rpy_str), base_16: Signed, length_15: Signed, i_15: Signed, end_14: Signed, sign_14: Signed, result_15: Signed, digits_11: Signed, d_2: Signed):
    v_76: Signed = int_mul(result_15, base_16)  # line 824
    v_77: Signed = int_sub(v_76, d_2)  # line 824
    v_78: Signed = int_add(digits_11, 1)  # line 825
    v_79: Signed = int_add(i_15, 1)  # line 826
    --> block5(s_16, base_16, length_15, v_79, end_14, sign_14, v_77, v_78, False)
block27():
    v_80: Ptr(OverflowError) = malloc(GcStruct OverflowError { super: GcStruct ArithmeticError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 823
    v_81: Ptr(BaseException) = cast_pointer(v_80)  # line 823
    v_82: Void = setfield(v_81, 'typeptr', vtable OverflowError [9, 10))  # line 823
    v_83: Ptr(BaseException) = cast_pointer(v_80)  # line 823
    v_84: Ptr(object_vtable) = getfield(v_83, 'typeptr')  # line 823
    --> block28(v_84, v_80)
block28(v_85: Ptr(object_vtable), v_86: Ptr(OverflowError)):
    v_87: Ptr(Exception) = cast_pointer(v_86)  # line 823
    --> raise(v_85, v_87)
block29():
    v_88: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 820
    v_89: Ptr(BaseException) = cast_pointer(v_88)  # line 820
    v_90: Void = setfield(v_89, 'typeptr', vtable ValueError [6, 7))  # line 820
    v_91: Ptr(BaseException) = cast_pointer(v_88)  # line 820
    v_92: Ptr(object_vtable) = getfield(v_91, 'typeptr')  # line 820
    --> block30(v_92, v_88)
block30(v_93: Ptr(object_vtable), v_94: Ptr(ValueError)):
    v_95: Ptr(Exception) = cast_pointer(v_94)  # line 820
    --> raise(v_93, v_95)
block31(t54_0: Signed, s_17: Ptr(rpy_str), base_17: Signed, length_16: Signed, i_16: Signed, end_15: Signed, sign_15: Signed, result_16: Signed, digits_12: Signed, c_7: Signed):
    v_96: Bool = int_le(t54_0, 90)  # line 815
    --> block20(s_17, base_17, length_16, i_16, end_15, sign_15, result_16, digits_12, c_7, v_96)
block32(s_18: Ptr(rpy_str), base_18: Signed, length_17: Signed, i_17: Signed, end_16: Signed, sign_16: Signed, result_17: Signed, digits_13: Signed, c_8: Signed):
    v_97: Signed = int_sub(c_8, 87)  # line 814
    --> block24(s_18, base_18, length_17, i_17, end_16, sign_16, result_17, digits_13, v_97)
block33(t48_0: Signed, s_19: Ptr(rpy_str), base_19: Signed, length_18: Signed, i_18: Signed, end_17: Signed, sign_17: Signed, result_18: Signed, digits_14: Signed, c_9: Signed):
    v_98: Bool = int_le(t48_0, 122)  # line 813
    --> block18(s_19, base_19, length_18, i_18, end_17, sign_17, result_18, digits_14, c_9, v_98)
block34(s_20: Ptr(rpy_str), base_20: Signed, length_19: Signed, i_19: Signed, end_18: Signed, sign_18: Signed, result_19: Signed, digits_15: Signed, c_10: Signed):
    v_99: Signed = int_sub(c_10, 48)  # line 812
    --> block24(s_20, base_20, length_19, i_19, end_18, sign_18, result_19, digits_15, v_99)
block35(t42_0: Signed, s_21: Ptr(rpy_str), base_21: Signed, length_20: Signed, i_20: Signed, end_19: Signed, sign_19: Signed, result_20: Signed, digits_16: Signed, c_11: Signed):
    v_100: Bool = int_le(t42_0, 57)  # line 811
    --> block16(s_21, base_21, length_20, i_20, end_19, sign_19, result_20, digits_16, c_11, v_100)
block36(s_22: Ptr(rpy_str), base_22: Signed, length_21: Signed, i_21: Signed, end_20: Signed, sign_20: Signed, result_21: Signed, digits_17: Signed, previous_underscore_3: Bool):
    v_101: Bool = int_eq(digits_17, 0)  # line 805
    v_102: Bool = same_as(v_101)  # line 805
    switch v_102
    False --> block37(s_22, base_22, length_21, i_21, end_20, sign_20, result_21, digits_17, previous_underscore_3)
    True --> block39()
block37(s_23: Ptr(rpy_str), base_23: Signed, length_22: Signed, i_22: Signed, end_21: Signed, sign_21: Signed, result_22: Signed, digits_18: Signed, previous_underscore_4: Bool):
    v_103: Bool = same_as(previous_underscore_4)  # line 805
    switch v_103
    False --> block38(s_23, base_23, length_22, i_22, end_21, sign_21, result_22, digits_18)
    True --> block39()
block38(s_24: Ptr(rpy_str), base_24: Signed, length_23: Signed, i_23: Signed, end_22: Signed, sign_22: Signed, result_23: Signed, digits_19: Signed):
    v_104: Signed = int_add(i_23, 1)  # line 808
    --> block5(s_24, base_24, length_23, v_104, end_22, sign_22, result_23, digits_19, True)
block39():
    v_105: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 806
    v_106: Ptr(BaseException) = cast_pointer(v_105)  # line 806
    v_107: Void = setfield(v_106, 'typeptr', vtable ValueError [6, 7))  # line 806
    v_108: Ptr(BaseException) = cast_pointer(v_105)  # line 806
    v_109: Ptr(object_vtable) = getfield(v_108, 'typeptr')  # line 806
    --> block40(v_109, v_105)
block40(v_110: Ptr(object_vtable), v_111: Ptr(ValueError)):
    v_112: Ptr(Exception) = cast_pointer(v_111)  # line 806
    --> raise(v_110, v_112)
block41():
    v_113: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 798
    v_114: Ptr(BaseException) = cast_pointer(v_113)  # line 798
    v_115: Void = setfield(v_114, 'typeptr', vtable ValueError [6, 7))  # line 798
    v_116: Ptr(BaseException) = cast_pointer(v_113)  # line 798
    v_117: Ptr(object_vtable) = getfield(v_116, 'typeptr')  # line 798
    --> block42(v_117, v_113)
block42(v_118: Ptr(object_vtable), v_119: Ptr(ValueError)):
    v_120: Ptr(Exception) = cast_pointer(v_119)  # line 798
    --> raise(v_118, v_120)
block43(s_25: Ptr(rpy_str), base_25: Signed, length_24: Signed, i_24: Signed, end_23: Signed):
    v_121: Ptr(rpy_str) = same_as(s_25)  # line 793
    v_122: UniChar = getinteriorfield(v_121, 'chars', i_24)  # line 793
    v_123: Bool = unichar_eq(v_122, 45)  # line 793
    v_124: Bool = same_as(v_123)  # line 793
    switch v_124
    False --> block44(s_25, base_25, length_24, i_24, end_23)
    True --> block45(s_25, base_25, length_24, i_24, end_23)
block44(s_26: Ptr(rpy_str), base_26: Signed, length_25: Signed, i_25: Signed, end_24: Signed):
    v_125: Ptr(rpy_str) = same_as(s_26)  # line 793
    v_126: UniChar = getinteriorfield(v_125, 'chars', i_25)  # line 793
    v_127: Bool = unichar_eq(v_126, 43)  # line 793
    v_128: Bool = same_as(v_127)  # line 793
    switch v_128
    False --> block4(s_26, base_26, length_25, i_25, end_24, 1)
    True --> block45(s_26, base_26, length_25, i_25, end_24)
block45(s_27: Ptr(rpy_str), base_27: Signed, length_26: Signed, i_26: Signed, end_25: Signed):
    v_129: Ptr(rpy_str) = same_as(s_27)  # line 794
    v_130: UniChar = getinteriorfield(v_129, 'chars', i_26)  # line 794
    v_131: Bool = unichar_eq(v_130, 45)  # line 794
    v_132: Bool = same_as(v_131)  # line 794
    switch v_132
    False --> block46(s_27, base_27, length_26, i_26, end_25, 1)
    True --> block46(s_27, base_27, length_26, i_26, end_25, -1)
block46(s_28: Ptr(rpy_str), base_28: Signed, length_27: Signed, i_27: Signed, end_26: Signed, sign_23: Signed):
    v_133: Signed = int_add(i_27, 1)  # line 796
    --> block4(s_28, base_28, length_27, v_133, end_26, sign_23)
block47(s_29: Ptr(rpy_str), base_29: Signed, length_28: Signed, i_28: Signed, end_27: Signed):
    v_134: Ptr(rpy_str) = same_as(s_29)  # line 790
    v_135: Signed = int_sub(end_27, 1)  # line 790
    v_136: UniChar = getinteriorfield(v_134, 'chars', v_135)  # line 790
    v_137: Bool = direct_call(graph ll_char_isspace__UniChar, v_136)  # line 790
    v_138: Bool = same_as(v_137)  # line 790
    switch v_138
    False --> block3(s_29, base_29, length_28, i_28, end_27)
    True --> block48(s_29, base_29, length_28, i_28, end_27)
block48(s_30: Ptr(rpy_str), base_30: Signed, length_29: Signed, i_29: Signed, end_28: Signed):
    v_139: Signed = int_sub(end_28, 1)  # line 791
    --> block2(s_30, base_30, length_29, i_29, v_139)
block49(s_31: Ptr(rpy_str), base_31: Signed, length_30: Signed, i_30: Signed):
    v_140: Ptr(rpy_str) = same_as(s_31)  # line 787
    v_141: UniChar = getinteriorfield(v_140, 'chars', i_30)  # line 787
    v_142: Bool = direct_call(graph ll_char_isspace__UniChar, v_141)  # line 787
    v_143: Bool = same_as(v_142)  # line 787
    switch v_143
    False --> block2(s_31, base_31, length_30, i_30, length_30)
    True --> block50(s_31, base_31, length_30, i_30)
block50(s_32: Ptr(rpy_str), base_32: Signed, length_31: Signed, i_31: Signed):
    v_144: Signed = int_add(i_31, 1)  # line 788
    --> block1(s_32, base_32, length_31, v_144)

graph ll_char_isspace__UniChar(ch_0: UniChar)  # rstr.py:340
block0(ch_0: UniChar):
    v_0: Bool = unichar_isspace(ch_0)  # line 341
    --> return(v_0)

graph ll_strlen__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:38
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 39
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 39
    --> return(v_1)

graph ll_strip__rpy_str_Bool_Bool(s_0: Ptr(rpy_str), left_0: Bool, right_0: Bool)  # rstr.py:487
block0(s_0: Ptr(rpy_str), left_0: Bool, right_0: Bool):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 489
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 489
    v_2: Bool = same_as(left_0)  # line 490
    switch v_2
    False --> block1(s_0, left_0, right_0, 0, v_1)
    True --> block6(s_0, left_0, right_0, 0, v_1)
block1(s_1: Ptr(rpy_str), left_1: Bool, right_1: Bool, lpos_0: Signed, rpos_0: Signed):
    v_3: Bool = same_as(right_1)  # line 493
    switch v_3
    False --> block2(s_1, lpos_0, rpos_0)
    True --> block3(s_1, left_1, right_1, lpos_0, rpos_0)
block2(s_2: Ptr(rpy_str), lpos_1: Signed, rpos_1: Signed):
    v_4: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, s_2, lpos_1, rpos_1)  # line 496
    --> return(v_4)
block3(s_3: Ptr(rpy_str), left_2: Bool, right_2: Bool, lpos_2: Signed, rpos_2: Signed):
    v_5: Bool = int_gt(rpos_2, lpos_2)  # line 494
    v_6: Bool = same_as(v_5)  # line 494
    switch v_6
    False --> block2(s_3, lpos_2, rpos_2)
    True --> block4(s_3, left_2, right_2, lpos_2, rpos_2)
block4(s_4: Ptr(rpy_str), left_3: Bool, right_3: Bool, lpos_3: Signed, rpos_3: Signed):
    v_7: Ptr(rpy_str) = same_as(s_4)  # line 494
    v_8: Signed = int_sub(rpos_3, 1)  # line 494
    v_9: UniChar = getinteriorfield(v_7, 'chars', v_8)  # line 494
    v_10: Bool = direct_call(graph ll_char_isspace__UniChar, v_9)  # line 494
    v_11: Bool = same_as(v_10)  # line 494
    switch v_11
    False --> block2(s_4, lpos_3, rpos_3)
    True --> block5(s_4, left_3, right_3, lpos_3, rpos_3)
block5(s_5: Ptr(rpy_str), left_4: Bool, right_4: Bool, lpos_4: Signed, rpos_4: Signed):
    v_12: Signed = int_sub(rpos_4, 1)  # line 495
    --> block3(s_5, left_4, right_4, lpos_4, v_12)
block6(s_6: Ptr(rpy_str), left_5: Bool, right_5: Bool, lpos_5: Signed, rpos_5: Signed):
    v_13: Bool = int_lt(lpos_5, rpos_5)  # line 491
    v_14: Bool = same_as(v_13)  # line 491
    switch v_14
    False --> block1(s_6, left_5, right_5, lpos_5, rpos_5)
    True --> block7(s_6, left_5, right_5, lpos_5, rpos_5)
block7(s_7: Ptr(rpy_str), left_6: Bool, right_6: Bool, lpos_6: Signed, rpos_6: Signed):
    v_15: Ptr(rpy_str) = same_as(s_7)  # line 491
    v_16: UniChar = getinteriorfield(v_15, 'chars', lpos_6)  # line 491
    v_17: Bool = direct_call(graph ll_char_isspace__UniChar, v_16)  # line 491
    v_18: Bool = same_as(v_17)  # line 491
    switch v_18
    False --> block1(s_7, left_6, right_6, lpos_6, rpos_6)
    True --> block8(s_7, left_6, right_6, lpos_6, rpos_6)
block8(s_8: Ptr(rpy_str), left_7: Bool, right_7: Bool, lpos_7: Signed, rpos_7: Signed):
    v_19: Signed = int_add(lpos_7, 1)  # line 492
    --> block6(s_8, left_7, right_7, v_19, rpos_7)

graph ll_strslice__rpy_str_Signed_Signed(s_0: Ptr(rpy_str), start_0: Signed, stop_0: Signed)  # rstr.py:220
block0(s_0: Ptr(rpy_str), start_0: Signed, stop_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 221
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 221
    v_2: Signed = direct_call(graph _bound__Signed_Signed, start_0, v_1)  # line 222
    v_3: Signed = direct_call(graph _bound__Signed_Signed, stop_0, v_1)  # line 223
    v_4: Bool = int_le(v_3, v_2)  # line 224
    v_5: Bool = same_as(v_4)  # line 224
    switch v_5
    False --> block1(s_0, v_2, v_3, v_1)
    True --> block4(s_0)
block1(s_1: Ptr(rpy_str), start_1: Signed, stop_1: Signed, length_0: Signed):
    v_6: Bool = int_eq(start_1, 0)  # line 226
    v_7: Bool = same_as(v_6)  # line 226
    switch v_7
    False --> block2(s_1, start_1, stop_1)
    True --> block3(s_1, start_1, stop_1, length_0)
block2(s_2: Ptr(rpy_str), start_2: Signed, stop_2: Signed):
    v_8: Signed = int_sub(stop_2, start_2)  # line 228
    v_9: Ptr(rpy_str) = direct_call(graph _malloc_like__rpy_str_Signed, s_2, v_8)  # line 228
    v_10: Signed = int_sub(stop_2, start_2)  # line 229
    v_11: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, v_9, 0, s_2, start_2, v_10)  # line 229
    --> return(v_9)
block3(s_3: Ptr(rpy_str), start_3: Signed, stop_3: Signed, length_1: Signed):
    v_12: Bool = int_eq(stop_3, length_1)  # line 226
    v_13: Bool = same_as(v_12)  # line 226
    switch v_13
    False --> block2(s_3, start_3, stop_3)
    True --> return(s_3)
block4(s_4: Ptr(rpy_str)):
    v_14: Ptr(rpy_str) = direct_call(graph _malloc_like__rpy_str_Signed, s_4, 0)  # line 225
    --> return(v_14)

graph ll_int2hex__Signed_Bool(n_0: Signed, upper_0: Bool)  # rstr.py:749
block0(n_0: Signed, upper_0: Bool):
    v_0: Bool = int_eq(n_0, 0)  # line 751
    v_1: Bool = same_as(v_0)  # line 751
    switch v_1
    False --> block1(n_0, upper_0)
    True --> block18()
block1(n_1: Signed, upper_1: Bool):
    v_2: Bool = int_lt(n_1, 0)  # line 753
    v_3: Bool = same_as(v_2)  # line 754
    switch v_3
    False --> block2(n_1, upper_1, v_2)
    True --> block17(n_1, upper_1, v_2)
block2(n_2: Signed, upper_2: Bool, negative_0: Bool):
    v_4: Unsigned = cast_int_to_uint(n_2)  # line 754
    v_5: Unsigned = same_as(v_4)  # line 754
    --> block3(n_2, upper_2, negative_0, v_5, 0, v_5)
block3(n_3: Signed, upper_3: Bool, negative_1: Bool, u_0: Unsigned, length_0: Signed, v_6: Unsigned):
    v_7: Unsigned = same_as(0)  # line 757
    v_8: Bool = uint_ne(v_6, v_7)  # line 757
    v_9: Bool = same_as(v_8)  # line 757
    switch v_9
    False --> block4(n_3, upper_3, negative_1, u_0, length_0, v_6)
    True --> block16(n_3, upper_3, negative_1, u_0, length_0, v_6)
block4(n_4: Signed, upper_4: Bool, negative_2: Bool, u_1: Unsigned, length_1: Signed, v_10: Unsigned):
    v_11: Bool = same_as(negative_2)  # line 760
    switch v_11
    False --> block5(n_4, upper_4, negative_2, u_1, length_1, v_10)
    True --> block15(n_4, upper_4, negative_2, u_1, length_1, v_10)
block5(n_5: Signed, upper_5: Bool, negative_3: Bool, u_2: Unsigned, length_2: Signed, v_12: Unsigned):
    v_13: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, length_2)  # line 762
    v_14: Signed = int_sub(length_2, 1)  # line 763
    --> block6(n_5, upper_5, negative_3, u_2, length_2, v_12, v_13, v_14)
block6(n_6: Signed, upper_6: Bool, negative_4: Bool, u_3: Unsigned, length_3: Signed, v_15: Unsigned, res_0: Ptr(rpy_str), pos_0: Signed):
    v_16: Unsigned = same_as(0)  # line 764
    v_17: Bool = uint_ne(u_3, v_16)  # line 764
    v_18: Bool = same_as(v_17)  # line 764
    switch v_18
    False --> block7(negative_4, res_0)
    True --> block9(n_6, upper_6, negative_4, u_3, length_3, v_15, res_0, pos_0)
block7(negative_5: Bool, res_1: Ptr(rpy_str)):
    v_19: Bool = same_as(negative_5)  # line 774
    switch v_19
    False --> return(res_1)
    True --> block8(res_1)
block8(res_2: Ptr(rpy_str)):
    v_20: Ptr(rpy_str) = same_as(res_2)  # line 775
    v_21: Void = setinteriorfield(v_20, 'chars', 0, 45)  # line 775
    --> return(res_2)
block9(n_7: Signed, upper_7: Bool, negative_6: Bool, u_4: Unsigned, length_4: Signed, v_22: Unsigned, res_3: Ptr(rpy_str), pos_1: Signed):
    v_23: Unsigned = same_as(15)  # line 765
    v_24: Unsigned = uint_and(u_4, v_23)  # line 765
    v_25: Signed = cast_uint_to_int(v_24)  # line 765
    v_26: Signed = same_as(v_25)  # line 765
    v_27: Bool = int_lt(v_26, 10)  # line 766
    v_28: Bool = same_as(v_27)  # line 766
    switch v_28
    False --> block10(n_7, upper_7, negative_6, u_4, length_4, v_22, res_3, pos_1, v_26)
    True --> block14(n_7, upper_7, negative_6, u_4, length_4, v_22, res_3, pos_1, v_26)
block10(n_8: Signed, upper_8: Bool, negative_7: Bool, u_5: Unsigned, length_5: Signed, v_29: Unsigned, res_4: Ptr(rpy_str), pos_2: Signed, d_0: Signed):
    v_30: Bool = same_as(upper_8)  # line 768
    switch v_30
    False --> block11(n_8, upper_8, negative_7, u_5, length_5, v_29, res_4, pos_2, d_0)
    True --> block13(n_8, upper_8, negative_7, u_5, length_5, v_29, res_4, pos_2, d_0)
block11(n_9: Signed, upper_9: Bool, negative_8: Bool, u_6: Unsigned, length_6: Signed, v_31: Unsigned, res_5: Ptr(rpy_str), pos_3: Signed, d_1: Signed):
    v_32: Signed = int_add(87, d_1)  # line 771
    v_33: UniChar = cast_int_to_unichar(v_32)  # line 771
    v_34: Ptr(rpy_str) = same_as(res_5)  # line 771
    v_35: Void = setinteriorfield(v_34, 'chars', pos_3, v_33)  # line 771
    --> block12(n_9, upper_9, negative_8, u_6, length_6, v_31, res_5, pos_3)
block12(n_10: Signed, upper_10: Bool, negative_9: Bool, u_7: Unsigned, length_7: Signed, v_36: Unsigned, res_6: Ptr(rpy_str), pos_4: Signed):
    v_37: Unsigned = uint_rshift(u_7, 4)  # line 772
    v_38: Signed = int_sub(pos_4, 1)  # line 773
    --> block6(n_10, upper_10, negative_9, v_37, length_7, v_36, res_6, v_38)
block13(n_11: Signed, upper_11: Bool, negative_10: Bool, u_8: Unsigned, length_8: Signed, v_39: Unsigned, res_7: Ptr(rpy_str), pos_5: Signed, d_2: Signed):
    v_40: Signed = int_add(55, d_2)  # line 769
    v_41: UniChar = cast_int_to_unichar(v_40)  # line 769
    v_42: Ptr(rpy_str) = same_as(res_7)  # line 769
    v_43: Void = setinteriorfield(v_42, 'chars', pos_5, v_41)  # line 769
    --> block12(n_11, upper_11, negative_10, u_8, length_8, v_39, res_7, pos_5)
block14(n_12: Signed, upper_12: Bool, negative_11: Bool, u_9: Unsigned, length_9: Signed, v_44: Unsigned, res_8: Ptr(rpy_str), pos_6: Signed, d_3: Signed):
    v_45: Signed = int_add(48, d_3)  # line 767
    v_46: UniChar = cast_int_to_unichar(v_45)  # line 767
    v_47: Ptr(rpy_str) = same_as(res_8)  # line 767
    v_48: Void = setinteriorfield(v_47, 'chars', pos_6, v_46)  # line 767
    --> block12(n_12, upper_12, negative_11, u_9, length_9, v_44, res_8, pos_6)
block15(n_13: Signed, upper_13: Bool, negative_12: Bool, u_10: Unsigned, length_10: Signed, v_49: Unsigned):
    v_50: Signed = int_add(length_10, 1)  # line 761
    --> block5(n_13, upper_13, negative_12, u_10, v_50, v_49)
block16(n_14: Signed, upper_14: Bool, negative_13: Bool, u_11: Unsigned, length_11: Signed, v_51: Unsigned):
    v_52: Signed = int_add(length_11, 1)  # line 758
    v_53: Unsigned = uint_rshift(v_51, 4)  # line 759
    --> block3(n_14, upper_14, negative_13, u_11, v_52, v_53)
block17(n_15: Signed, upper_15: Bool, negative_14: Bool):
    v_54: Unsigned = same_as(0)  # line 754
    v_55: Unsigned = cast_int_to_uint(n_15)  # line 754
    v_56: Unsigned = same_as(v_55)  # line 754
    v_57: Unsigned = uint_sub(v_54, v_56)  # line 754
    --> block3(n_15, upper_15, negative_14, v_57, 0, v_57)
block18():
    v_58: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, 48)  # line 752
    --> return(v_58)

graph ll_join_strs__Signed_array_rpy_str(count_0: Signed, items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rstr.py:847
block0(count_0: Signed, items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    --> block1(count_0, items_0, 0, 0)
block1(count_1: Signed, items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), total_0: Signed, i_0: Signed):
    v_0: Bool = int_lt(i_0, count_1)  # line 851
    v_1: Bool = same_as(v_0)  # line 851
    switch v_1
    False --> block2(count_1, items_1, total_0)
    True --> block5(count_1, items_1, total_0, i_0)
block2(count_2: Signed, items_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), total_1: Signed):
    v_2: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, total_1)  # line 854
    --> block3(count_2, items_2, total_1, 0, v_2, 0)
block3(count_3: Signed, items_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), total_2: Signed, i_1: Signed, res_0: Ptr(rpy_str), pos_0: Signed):
    v_3: Bool = int_lt(i_1, count_3)  # line 857
    v_4: Bool = same_as(v_3)  # line 857
    switch v_4
    False --> return(res_0)
    True --> block4(count_3, items_3, total_2, i_1, res_0, pos_0)
block4(count_4: Signed, items_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), total_3: Signed, i_2: Signed, res_1: Ptr(rpy_str), pos_1: Signed):
    v_5: Ptr(rpy_str) = getarrayitem(items_4, i_2)  # line 858
    v_6: Ptr(rpy_str) = same_as(v_5)  # line 859
    v_7: Signed = getinteriorarraysize(v_6, 'chars')  # line 859
    v_8: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_1, pos_1, v_5, 0, v_7)  # line 859
    v_9: Ptr(rpy_str) = same_as(v_5)  # line 860
    v_10: Signed = getinteriorarraysize(v_9, 'chars')  # line 860
    v_11: Signed = int_add(pos_1, v_10)  # line 860
    v_12: Signed = int_add(i_2, 1)  # line 861
    --> block3(count_4, items_4, total_3, v_12, res_1, v_11)
block5(count_5: Signed, items_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), total_4: Signed, i_3: Signed):
    v_13: Ptr(rpy_str) = getarrayitem(items_5, i_3)  # line 852
    v_14: Ptr(rpy_str) = same_as(v_13)  # line 852
    v_15: Signed = getinteriorarraysize(v_14, 'chars')  # line 852
    v_16: Signed = int_add(total_4, v_15)  # line 852
    v_17: Signed = int_add(i_3, 1)  # line 853
    --> block1(count_5, items_5, v_16, v_17)

graph ll_split__array_rpy_str_rpy_str_rpy_str_Signed(LIST_0: Void, s_0: Ptr(rpy_str), sep_0: Ptr(rpy_str), maxsplit_0: Signed)  # rstr.py:674
block0(LIST_0: Void, s_0: Ptr(rpy_str), sep_0: Ptr(rpy_str), maxsplit_0: Signed):
    v_0: Ptr(rpy_str) = same_as(sep_0)  # line 676
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 676
    v_2: Bool = int_eq(v_1, 0)  # line 676
    v_3: Bool = same_as(v_2)  # line 676
    switch v_3
    False --> block1(LIST_0, s_0, sep_0, maxsplit_0)
    True --> block2()
block1(LIST_1: Void, s_1: Ptr(rpy_str), sep_1: Ptr(rpy_str), maxsplit_1: Signed):
    v_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = same_as(None)  # line 678
    v_5: Signed = direct_call(graph _split__rpy_str_rpy_str_Signed_array_rpy_str, s_1, sep_1, maxsplit_1, v_4)  # line 678
    v_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_5)  # line 678
    v_7: Signed = direct_call(graph _split__rpy_str_rpy_str_Signed_array_rpy_str, s_1, sep_1, maxsplit_1, v_6)  # line 679
    --> return(v_6)
block2():
    v_8: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 677
    v_9: Ptr(BaseException) = cast_pointer(v_8)  # line 677
    v_10: Void = setfield(v_9, 'typeptr', vtable ValueError [6, 7))  # line 677
    v_11: Ptr(BaseException) = cast_pointer(v_8)  # line 677
    v_12: Ptr(object_vtable) = getfield(v_11, 'typeptr')  # line 677
    --> raise(v_12, v_8)

graph _split__rpy_str_rpy_str_Signed_array_rpy_str(s_0: Ptr(rpy_str), sep_0: Ptr(rpy_str), maxsplit_0: Signed, res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rstr.py:605
block0(s_0: Ptr(rpy_str), sep_0: Ptr(rpy_str), maxsplit_0: Signed, res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 606
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 606
    --> block1(s_0, sep_0, maxsplit_0, res_0, v_1, 0, 0)
block1(s_1: Ptr(rpy_str), sep_1: Ptr(rpy_str), maxsplit_1: Signed, res_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_0: Signed, n_0: Signed, start_0: Signed):
    v_2: Bool = int_lt(maxsplit_1, 0)  # line 609
    v_3: Bool = same_as(v_2)  # line 609
    switch v_3
    False --> block2(s_1, sep_1, maxsplit_1, res_1, length_0, n_0, start_0)
    True --> block4(s_1, sep_1, maxsplit_1, res_1, length_0, n_0, start_0)
block2(s_2: Ptr(rpy_str), sep_2: Ptr(rpy_str), maxsplit_2: Signed, res_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_1: Signed, n_1: Signed, start_1: Signed):
    v_4: Bool = int_lt(n_1, maxsplit_2)  # line 609
    v_5: Bool = same_as(v_4)  # line 609
    switch v_5
    False --> block3(s_2, res_2, length_1, n_1, start_1)
    True --> block4(s_2, sep_2, maxsplit_2, res_2, length_1, n_1, start_1)
block3(s_3: Ptr(rpy_str), res_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_2: Signed, n_2: Signed, start_2: Signed):
    v_6: Signed = direct_call(graph _piece__array_rpy_str_Signed_rpy_str_Signed_Signed, res_3, n_2, s_3, start_2, length_2)  # line 615
    --> return(v_6)
block4(s_4: Ptr(rpy_str), sep_3: Ptr(rpy_str), maxsplit_3: Signed, res_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_3: Signed, n_3: Signed, start_3: Signed):
    v_7: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, s_4, sep_3, start_3, length_3)  # line 610
    v_8: Bool = int_lt(v_7, 0)  # line 611
    v_9: Bool = same_as(v_8)  # line 611
    switch v_9
    False --> block5(s_4, sep_3, maxsplit_3, res_4, length_3, n_3, start_3, v_7)
    True --> block3(s_4, res_4, length_3, n_3, start_3)
block5(s_5: Ptr(rpy_str), sep_4: Ptr(rpy_str), maxsplit_4: Signed, res_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_4: Signed, n_4: Signed, start_4: Signed, found_0: Signed):
    v_10: Signed = direct_call(graph _piece__array_rpy_str_Signed_rpy_str_Signed_Signed, res_5, n_4, s_5, start_4, found_0)  # line 613
    v_11: Ptr(rpy_str) = same_as(sep_4)  # line 614
    v_12: Signed = getinteriorarraysize(v_11, 'chars')  # line 614
    v_13: Signed = int_add(found_0, v_12)  # line 614
    --> block1(s_5, sep_4, maxsplit_4, res_5, length_4, v_10, v_13)

graph _piece__array_rpy_str_Signed_rpy_str_Signed_Signed(res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), n_0: Signed, s_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rstr.py:590
block0(res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), n_0: Signed, s_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Bool = ptr_nonzero(res_0)  # line 593
    switch v_0
    False --> block1(n_0)
    True --> block2(res_0, n_0, s_0, start_0, end_0)
block1(n_1: Signed):
    v_1: Signed = int_add(n_1, 1)  # line 595
    --> return(v_1)
block2(res_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), n_2: Signed, s_1: Ptr(rpy_str), start_1: Signed, end_1: Signed):
    v_2: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, s_1, start_1, end_1)  # line 594
    v_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, res_1)  # line 594
    v_4: Void = setarrayitem(v_3, n_2, v_2)  # line 594
    --> block1(n_2)

graph ll_listiter__listiter_array_rpy_str_array_rpy_str(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rlist.py:293
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }, 'gc')  # line 294
    v_1: Void = setfield(v_0, 'list', l_0)  # line 295
    v_2: Void = setfield(v_0, 'index', 0)  # line 296
    --> return(v_0)

graph ll_listnext__listiter_array_rpy_str(it_0: Ptr(listiter))  # rlist.py:300
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 301
    v_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(it_0, 'list')  # line 302
    v_2: Signed = direct_call(graph ll_len__array_rpy_str, v_1)  # line 303
    v_3: Bool = int_ge(v_0, v_2)  # line 303
    v_4: Bool = same_as(v_3)  # line 303
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_5: Signed = int_add(index_0, 1)  # line 305
    v_6: Void = setfield(it_1, 'index', v_5)  # line 305
    v_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, l_0)  # line 306
    v_8: Ptr(rpy_str) = getarrayitem(v_7, index_0)  # line 306
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 304
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 304
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [7, 8))  # line 304
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 304
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 304
    --> raise(v_13, v_9)
