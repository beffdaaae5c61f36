graph main(n_0: Signed)  # str_unicode.py:42
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph cases, n_0)  # line 43
    v_1: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_0, '\x0a')  # line 43
    v_2: Ptr(rpy_str) = direct_call(graph predicates, n_0)  # line 43
    v_3: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_1, v_2)  # line 43
    v_4: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_3, '\x0a')  # line 43
    v_5: Ptr(rpy_str) = direct_call(graph astral, n_0)  # line 43
    v_6: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_4, v_5)  # line 43
    --> return(v_6)

graph cases(n_0: Signed)  # str_unicode.py:10
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 12
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 12
    v_2: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'MiXeD ', v_1)  # line 12
    v_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 15)  # line 11
    v_4: Void = setarrayitem(v_3, 0, 'caf\xe9')  # line 11
    v_5: Void = setarrayitem(v_3, 1, '\xc9T\xc9')  # line 11
    v_6: Void = setarrayitem(v_3, 2, 'stra\xdfe')  # line 11
    v_7: Void = setarrayitem(v_3, 3, '\u0130stanbul')  # line 11
    v_8: Void = setarrayitem(v_3, 4, '\u03a3\u039f\u03a6\u039f\u03a3 \u03a3')  # line 11
    v_9: Void = setarrayitem(v_3, 5, '\u039f\u0394\u039f\u03a3.')  # line 11
    v_10: Void = setarrayitem(v_3, 6, '\u01c5')  # line 11
    v_11: Void = setarrayitem(v_3, 7, '\ufb01x')  # line 11
    v_12: Void = setarrayitem(v_3, 8, '\u0149')  # line 11
    v_13: Void = setarrayitem(v_3, 9, v_2)  # line 11
    v_14: Void = setarrayitem(v_3, 10, '\u2160\u216b')  # line 11
    v_15: Void = setarrayitem(v_3, 11, '\u24b6\u24d0')  # line 11
    v_16: Void = setarrayitem(v_3, 12, '\U00010400\U00010428')  # line 11
    v_17: Void = setarrayitem(v_3, 13, '')  # line 11
    v_18: Void = setarrayitem(v_3, 14, '\xaa')  # line 11
    v_19: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 13
    v_20: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), v_3)  # line 14
    --> block1(n_0, v_3, v_19, v_20)
block1(n_1: Signed, words_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), out_0: Ptr(list), iter19_0: Ptr(listiter)):
    v_21: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, iter19_0)  # line 14
    no exception --> block2(v_21, iter19_0, n_1, words_0, out_0)
    StopIteration --> block3(out_0)
block2(item_0: Ptr(rpy_str), iter19_1: Ptr(listiter), n_2: Signed, words_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), out_1: Ptr(list)):
    v_22: Ptr(list) = same_as(out_1)  # line 15
    v_23: Ptr(rpy_str) = same_as(item_0)  # line 15
    v_24: Ptr(rpy_str) = direct_call(graph ll_upper__rpy_str, v_23)  # line 15
    v_25: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_24, '/')  # line 15
    v_26: Ptr(rpy_str) = same_as(item_0)  # line 15
    v_27: Ptr(rpy_str) = direct_call(graph ll_lower__rpy_str, v_26)  # line 15
    v_28: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_25, v_27)  # line 15
    v_29: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_28, '/')  # line 15
    v_30: Ptr(rpy_str) = direct_call(graph flags, item_0)  # line 15
    v_31: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_29, v_30)  # line 15
    v_32: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_22, v_31)  # line 15
    --> block1(n_2, words_1, out_1, iter19_1)
block3(out_2: Ptr(list)):
    v_33: UniChar = same_as(124)  # line 16
    v_34: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_33)  # line 16
    v_35: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_34, out_2)  # line 16
    --> return(v_35)

graph flags(s_0: Ptr(rpy_str))  # str_unicode.py:6
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as('')  # line 7
    v_1: Ptr(list) = direct_call(graph ll_newlist__list_array_UniChar_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(UniChar)) }), 0)  # line 7
    v_2: Ptr(rpy_str) = same_as(s_0)  # line 7
    v_3: Bool = direct_call(graph ll_isalpha__rpy_str, v_2)  # line 7
    v_4: Ptr(rpy_str) = same_as(s_0)  # line 7
    v_5: Bool = direct_call(graph ll_isdigit__rpy_str, v_4)  # line 7
    v_6: Ptr(rpy_str) = same_as(s_0)  # line 7
    v_7: Bool = direct_call(graph ll_isalnum__rpy_str, v_6)  # line 7
    v_8: Ptr(rpy_str) = same_as(s_0)  # line 7
    v_9: Bool = direct_call(graph ll_isspace__rpy_str, v_8)  # line 7
    v_10: Ptr(rpy_str) = same_as(s_0)  # line 7
    v_11: Bool = direct_call(graph ll_isupper__rpy_str, v_10)  # line 7
    v_12: Ptr(rpy_str) = same_as(s_0)  # line 7
    v_13: Bool = direct_call(graph ll_islower__rpy_str, v_12)  # line 7
    v_14: Ptr(GcArray(Bool)) = direct_call(graph ll_newlist__array_Bool_Signed, Ptr(GcArray(Bool)), 6)  # line 7
    v_15: Void = setarrayitem(v_14, 0, v_3)  # line 7
    v_16: Void = setarrayitem(v_14, 1, v_5)  # line 7
    v_17: Void = setarrayitem(v_14, 2, v_7)  # line 7
    v_18: Void = setarrayitem(v_14, 3, v_9)  # line 7
    v_19: Void = setarrayitem(v_14, 4, v_11)  # line 7
    v_20: Void = setarrayitem(v_14, 5, v_13)  # line 7
    v_21: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_Bool_array_Bool, Ptr(GcStruct listiter { list: Ptr(GcArray(Bool)), index: Signed }), v_14)  # line 7
    --> block1(s_0, v_21, v_0, v_1)
block1(s_1: Ptr(rpy_str), iter14_0: Ptr(listiter), t0_0: Ptr(rpy_str), t1_0: Ptr(list)):
    v_22: Bool = direct_call(graph ll_listnext__listiter_array_Bool, iter14_0)  # line 7
    no exception --> block2(v_22, iter14_0, t0_0, t1_0, s_1)
    StopIteration --> block4(t0_0, t1_0)
block2(item_0: Bool, iter14_1: Ptr(listiter), t0_1: Ptr(rpy_str), t1_1: Ptr(list), s_2: Ptr(rpy_str)):
    v_23: Ptr(list) = same_as(t1_1)  # line 7
    v_24: Bool = same_as(item_0)  # line 7
    switch v_24
    False --> block3(s_2, iter14_1, t0_1, t1_1, v_23, 70)
    True --> block3(s_2, iter14_1, t0_1, t1_1, v_23, 84)
block3(s_3: Ptr(rpy_str), iter14_2: Ptr(listiter), t0_2: Ptr(rpy_str), t1_2: Ptr(list), t15_0: Ptr(list), v_25: UniChar):
    v_26: Void = direct_call(graph ll_append__list_array_UniChar_UniChar, t15_0, v_25)  # line 7
    --> block1(s_3, iter14_2, t0_2, t1_2)
block4(t0_3: Ptr(rpy_str), t1_3: Ptr(list)):
    v_27: Ptr(rpy_str) = direct_call(graph ll_join_chars__rpy_str_list_array_UniChar, t0_3, t1_3)  # line 7
    --> return(v_27)

graph predicates(n_0: Signed)  # str_unicode.py:19
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 20
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 20
    v_2: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'abc', v_1)  # line 20
    v_3: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 21
    v_4: Ptr(rpy_str) = same_as(v_3)  # line 21
    v_5: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, '12', v_4)  # line 21
    v_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 13)  # line 20
    v_7: Void = setarrayitem(v_6, 0, '\u0663\u0661')  # line 20
    v_8: Void = setarrayitem(v_6, 1, '\xb2')  # line 20
    v_9: Void = setarrayitem(v_6, 2, '\xbd')  # line 20
    v_10: Void = setarrayitem(v_6, 3, '\u4e94')  # line 20
    v_11: Void = setarrayitem(v_6, 4, v_2)  # line 20
    v_12: Void = setarrayitem(v_6, 5, '\xa0\u2003\u3000\x1c')  # line 20
    v_13: Void = setarrayitem(v_6, 6, '\u200b')  # line 20
    v_14: Void = setarrayitem(v_6, 7, 'a b')  # line 20
    v_15: Void = setarrayitem(v_6, 8, '\U0001d7d8')  # line 20
    v_16: Void = setarrayitem(v_6, 9, '\U0001f600')  # line 20
    v_17: Void = setarrayitem(v_6, 10, '\u0345')  # line 20
    v_18: Void = setarrayitem(v_6, 11, 'x\u0301')  # line 20
    v_19: Void = setarrayitem(v_6, 12, v_5)  # line 20
    v_20: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 22
    v_21: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), v_6)  # line 22
    --> block1(n_0, v_6, v_21, v_20)
block1(n_1: Signed, samples_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), iter22_0: Ptr(listiter), t21_0: Ptr(list)):
    v_22: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, iter22_0)  # line 22
    no exception --> block2(v_22, iter22_0, t21_0, n_1, samples_0)
    StopIteration --> block3(n_1, samples_0, iter22_0, t21_0)
block2(item_0: Ptr(rpy_str), iter22_1: Ptr(listiter), t21_1: Ptr(list), n_2: Signed, samples_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_23: Ptr(list) = same_as(t21_1)  # line 22
    v_24: Ptr(rpy_str) = direct_call(graph flags, item_0)  # line 22
    v_25: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_23, v_24)  # line 22
    --> block1(n_2, samples_1, iter22_1, t21_1)
block3(n_3: Signed, samples_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), iter22_2: Ptr(listiter), t21_2: Ptr(list)):
    v_26: Ptr(list) = same_as(t21_2)  # line 24
    v_27: Ptr(rpy_str) = same_as('')  # line 24
    v_28: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 24
    v_29: Ptr(striter) = direct_call(graph ll_striter__striter_rpy_str, Ptr(GcStruct striter { string: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), index: Signed }), 'a\xe9\u0663\xb2 \u3000\xc9\u01c5\u2160\U00010400_')  # line 24
    --> block4(n_3, samples_2, t21_2, iter22_2, v_29, v_26, v_27, v_28)
block4(n_4: Signed, samples_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), out_0: Ptr(list), iter22_3: Ptr(listiter), iter30_0: Ptr(striter), t27_0: Ptr(list), t28_0: Ptr(rpy_str), t29_0: Ptr(list)):
    v_30: UniChar = direct_call(graph ll_strnext__striter, iter30_0)  # line 24
    no exception --> block5(v_30, iter22_3, iter30_0, t27_0, t28_0, t29_0, n_4, samples_3, out_0)
    StopIteration --> block6(out_0, t27_0, t28_0, t29_0)
block5(item_1: UniChar, iter22_4: Ptr(listiter), iter30_1: Ptr(striter), t27_1: Ptr(list), t28_1: Ptr(rpy_str), t29_1: Ptr(list), n_5: Signed, samples_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), out_1: Ptr(list)):
    v_31: Ptr(list) = same_as(t29_1)  # line 24
    v_32: UniChar = same_as(item_1)  # line 24
    v_33: Bool = direct_call(graph ll_char_isalpha__UniChar, v_32)  # line 24
    v_34: Signed = cast_bool_to_int(v_33)  # line 24
    v_35: Signed = same_as(v_34)  # line 24
    v_36: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_35)  # line 24
    v_37: Ptr(rpy_str) = same_as(v_36)  # line 24
    v_38: UniChar = same_as(item_1)  # line 24
    v_39: Bool = direct_call(graph ll_char_isdigit__UniChar, v_38)  # line 24
    v_40: Signed = cast_bool_to_int(v_39)  # line 24
    v_41: Signed = same_as(v_40)  # line 24
    v_42: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_41)  # line 24
    v_43: Ptr(rpy_str) = same_as(v_42)  # line 24
    v_44: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_37, v_43)  # line 24
    v_45: UniChar = same_as(item_1)  # line 24
    v_46: Bool = direct_call(graph ll_char_isalnum__UniChar, v_45)  # line 24
    v_47: Signed = cast_bool_to_int(v_46)  # line 24
    v_48: Signed = same_as(v_47)  # line 24
    v_49: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_48)  # line 24
    v_50: Ptr(rpy_str) = same_as(v_49)  # line 24
    v_51: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_44, v_50)  # line 24
    v_52: UniChar = same_as(item_1)  # line 24
    v_53: Bool = direct_call(graph ll_char_isspace__UniChar, v_52)  # line 24
    v_54: Signed = cast_bool_to_int(v_53)  # line 24
    v_55: Signed = same_as(v_54)  # line 24
    v_56: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_55)  # line 24
    v_57: Ptr(rpy_str) = same_as(v_56)  # line 24
    v_58: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_51, v_57)  # line 24
    v_59: UniChar = same_as(item_1)  # line 24
    v_60: Bool = direct_call(graph ll_char_isupper__UniChar, v_59)  # line 24
    v_61: Signed = cast_bool_to_int(v_60)  # line 24
    v_62: Signed = same_as(v_61)  # line 24
    v_63: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_62)  # line 24
    v_64: Ptr(rpy_str) = same_as(v_63)  # line 24
    v_65: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_58, v_64)  # line 24
    v_66: UniChar = same_as(item_1)  # line 24
    v_67: Bool = direct_call(graph ll_char_islower__UniChar, v_66)  # line 24
    v_68: Signed = cast_bool_to_int(v_67)  # line 24
    v_69: Signed = same_as(v_68)  # line 24
    v_70: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_69)  # line 24
    v_71: Ptr(rpy_str) = same_as(v_70)  # line 24
    v_72: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_65, v_71)  # line 24
    v_73: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_31, v_72)  # line 24
    --> block4(n_5, samples_4, out_1, iter22_4, iter30_1, t27_1, t28_1, t29_1)
block6(out_2: Ptr(list), t27_2: Ptr(list), t28_2: Ptr(rpy_str), t29_2: Ptr(list)):
    v_74: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, t28_2, t29_2)  # line 24
    v_75: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, t27_2, v_74)  # line 24
    v_76: UniChar = same_as(32)  # line 25
    v_77: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_76)  # line 25
    v_78: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_77, out_2)  # line 25
    --> return(v_78)

graph astral(n_0: Signed)  # str_unicode.py:28
block0(n_0: Signed):
    v_0: Signed = int_mod(n_0, 1000)  # line 29
    v_1: Bool = int_ne(v_0, 0)  # line 29
    v_2: Signed = int_xor(v_0, 1000)  # line 29
    v_3: Bool = int_lt(v_2, 0)  # line 29
    v_4: Signed = cast_bool_to_int(v_1)  # line 29
    v_5: Signed = cast_bool_to_int(v_3)  # line 29
    v_6: Signed = int_and(v_4, v_5)  # line 29
    v_7: Signed = int_mul(v_6, 1000)  # line 29
    v_8: Signed = int_add(v_0, v_7)  # line 29
    v_9: Signed = int_add(65536, v_8)  # line 29
    v_10: UniChar = direct_call(graph ll_chr__Signed, v_9)  # line 29
    v_11: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_10)  # line 29
    v_12: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'a\U0001f600b\U00010348c', v_11)  # line 29
    v_13: Signed = direct_call(graph ll_strlen__rpy_str, v_12)  # line 30
    v_14: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, v_12, 1)  # line 30
    v_15: Signed = cast_unichar_to_int(v_14)  # line 30
    v_16: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, v_12, -1)  # line 30
    v_17: Signed = cast_unichar_to_int(v_16)  # line 30
    v_18: Ptr(rpy_str) = same_as(v_12)  # line 30
    v_19: Signed = direct_call(graph ll_find_char__rpy_str_UniChar_Signed_Signed, v_18, 98, 0, 9223372036854775807)  # line 30
    v_20: Ptr(rpy_str) = same_as(v_12)  # line 30
    v_21: Signed = direct_call(graph ll_count__rpy_str_rpy_str_Signed_Signed, v_20, '\U0001f600', 0, 9223372036854775807)  # line 30
    v_22: UniChar = direct_call(graph ll_chr__Signed, 1114111)  # line 30
    v_23: Signed = cast_unichar_to_int(v_22)  # line 30
    v_24: Signed = direct_call(graph ll_strlen__rpy_str, '\U0001f600\U0001f600\U0001f600')  # line 30
    v_25: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 7)  # line 30
    v_26: Ptr(GcArray(Signed)) = getfield(v_25, 'items')  # line 30
    v_27: Void = setarrayitem(v_26, 0, v_13)  # line 30
    v_28: Void = setarrayitem(v_26, 1, v_15)  # line 30
    v_29: Void = setarrayitem(v_26, 2, v_17)  # line 30
    v_30: Void = setarrayitem(v_26, 3, v_19)  # line 30
    v_31: Void = setarrayitem(v_26, 4, v_21)  # line 30
    v_32: Void = setarrayitem(v_26, 5, v_23)  # line 30
    v_33: Void = setarrayitem(v_26, 6, v_24)  # line 30
    v_34: Ptr(list) = same_as(v_25)  # line 32
    v_35: Signed = int_add(1114112, n_0)  # line 32
    v_36: UniChar = direct_call(graph ll_chr__Signed, v_35)  # line 32
    no exception --> block1(v_34, v_36, n_0, v_12, v_25)
    Exception --> block13(n_0, v_12, v_25, last_exception_0, last_exc_value_0)
block1(t37_0: Ptr(list), t43_0: UniChar, n_1: Signed, s_0: Ptr(rpy_str), codes_0: Ptr(list)):
    v_37: Signed = cast_unichar_to_int(t43_0)  # line 32
    no exception --> block2(t37_0, v_37, n_1, s_0, codes_0)
    Exception --> block13(n_1, s_0, codes_0, last_exception_1, last_exc_value_1)
block2(t37_1: Ptr(list), t45_0: Signed, n_2: Signed, s_1: Ptr(rpy_str), codes_1: Ptr(list)):
    v_38: Void = direct_call(graph ll_append__list_array_Signed_Signed, t37_1, t45_0)  # line 32
    no exception --> block3(n_2, s_1, codes_1)
    Exception --> block13(n_2, s_1, codes_1, last_exception_2, last_exc_value_2)
block3(n_3: Signed, s_2: Ptr(rpy_str), codes_2: Ptr(list)):
    v_39: Ptr(list) = same_as(codes_2)  # line 36
    v_40: Signed = int_mod(n_3, 2)  # line 36
    v_41: Bool = int_ne(v_40, 0)  # line 36
    v_42: Signed = int_xor(v_40, 2)  # line 36
    v_43: Bool = int_lt(v_42, 0)  # line 36
    v_44: Signed = cast_bool_to_int(v_41)  # line 36
    v_45: Signed = cast_bool_to_int(v_43)  # line 36
    v_46: Signed = int_and(v_44, v_45)  # line 36
    v_47: Signed = int_mul(v_46, 2)  # line 36
    v_48: Signed = int_add(v_40, v_47)  # line 36
    no exception --> block4(v_39, v_48, n_3, s_2, codes_2)
    Exception --> block11(n_3, s_2, codes_2, last_exception_3, last_exc_value_3)
block4(t52_0: Ptr(list), t58_0: Signed, n_4: Signed, s_3: Ptr(rpy_str), codes_3: Ptr(list)):
    v_49: Signed = int_sub(-1, t58_0)  # line 36
    v_50: UniChar = direct_call(graph ll_chr__Signed, v_49)  # line 36
    no exception --> block5(t52_0, v_50, n_4, s_3, codes_3)
    Exception --> block11(n_4, s_3, codes_3, last_exception_4, last_exc_value_4)
block5(t52_1: Ptr(list), t61_0: UniChar, n_5: Signed, s_4: Ptr(rpy_str), codes_4: Ptr(list)):
    v_51: Signed = cast_unichar_to_int(t61_0)  # line 36
    no exception --> block6(t52_1, v_51, n_5, s_4, codes_4)
    Exception --> block11(n_5, s_4, codes_4, last_exception_5, last_exc_value_5)
block6(t52_2: Ptr(list), t63_0: Signed, n_6: Signed, s_5: Ptr(rpy_str), codes_5: Ptr(list)):
    v_52: Void = direct_call(graph ll_append__list_array_Signed_Signed, t52_2, t63_0)  # line 36
    no exception --> block7(n_6, s_5, codes_5)
    Exception --> block11(n_6, s_5, codes_5, last_exception_6, last_exc_value_6)
block7(n_7: Signed, s_6: Ptr(rpy_str), codes_6: Ptr(list)):
    v_53: UniChar = same_as(44)  # line 39
    v_54: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 39
    v_55: Ptr(listiter) = direct_call(graph ll_listiter__listiter_list_array_Signed_list_array_Signed, Ptr(GcStruct listiter { list: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), index: Signed }), codes_6)  # line 39
    --> block8(n_7, s_6, codes_6, v_55, v_53, v_54)
block8(n_8: Signed, s_7: Ptr(rpy_str), codes_7: Ptr(list), iter72_0: Ptr(listiter), t70_0: UniChar, t71_0: Ptr(list)):
    v_56: Signed = direct_call(graph ll_listnext__listiter_list_array_Signed, iter72_0)  # line 39
    no exception --> block9(v_56, iter72_0, t70_0, t71_0, n_8, s_7, codes_7)
    StopIteration --> block10(s_7, t70_0, t71_0)
block9(item_0: Signed, iter72_1: Ptr(listiter), t70_1: UniChar, t71_1: Ptr(list), n_9: Signed, s_8: Ptr(rpy_str), codes_8: Ptr(list)):
    v_57: Ptr(list) = same_as(t71_1)  # line 39
    v_58: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, item_0)  # line 39
    v_59: Ptr(rpy_str) = same_as(v_58)  # line 39
    v_60: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_57, v_59)  # line 39
    --> block8(n_9, s_8, codes_8, iter72_1, t70_1, t71_1)
block10(s_9: Ptr(rpy_str), t70_2: UniChar, t71_2: Ptr(list)):
    v_61: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, t70_2)  # line 39
    v_62: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_61, t71_2)  # line 39
    v_63: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_62, ' ')  # line 39
    v_64: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, s_9, 1, 4)  # line 39
    v_65: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_63, v_64)  # line 39
    v_66: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, s_9, -2, 9223372036854775807)  # line 39
    v_67: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_65, v_66)  # line 39
    --> return(v_67)
block11(n_10: Signed, s_10: Ptr(rpy_str), codes_9: Ptr(list), v_68: Ptr(object_vtable), v_69: Ptr(Exception)):
    v_70: Ptr(BaseException) = cast_pointer(v_69)  # line 37
    v_71: Ptr(object_vtable) = getfield(v_70, 'typeptr')  # line 37
    v_72: Signed = getfield(v_71, 'subclassrange_min')  # line 37
    v_73: Bool = int_between(3, v_72, 4)  # line 37
    v_74: Bool = same_as(v_73)  # line 37
    v_75: Bool = same_as(v_74)  # line 37
    switch v_75
    False --> raise(v_68, v_69)
    True --> block12(n_10, s_10, codes_9)
block12(n_11: Signed, s_11: Ptr(rpy_str), codes_10: Ptr(list)):
    v_76: Ptr(list) = same_as(codes_10)  # line 38
    v_77: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_76, -2)  # line 38
    --> block7(n_11, s_11, codes_10)
block13(n_12: Signed, s_12: Ptr(rpy_str), codes_11: Ptr(list), v_78: Ptr(object_vtable), v_79: Ptr(Exception)):
    v_80: Ptr(BaseException) = cast_pointer(v_79)  # line 33
    v_81: Ptr(object_vtable) = getfield(v_80, 'typeptr')  # line 33
    v_82: Signed = getfield(v_81, 'subclassrange_min')  # line 33
    v_83: Bool = int_between(3, v_82, 4)  # line 33
    v_84: Bool = same_as(v_83)  # line 33
    v_85: Bool = same_as(v_84)  # line 33
    switch v_85
    False --> raise(v_78, v_79)
    True --> block14(n_12, s_12, codes_11)
block14(n_13: Signed, s_13: Ptr(rpy_str), codes_12: Ptr(list)):
    v_86: Ptr(list) = same_as(codes_12)  # line 34
    v_87: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_86, -1)  # line 34
    --> block3(n_13, s_13, codes_12)

graph ll_strconcat__rpy_str_rpy_str(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str))  # rstr.py:180
block0(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s1_0)  # line 181
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 181
    v_2: Ptr(rpy_str) = same_as(s2_0)  # line 182
    v_3: Signed = getinteriorarraysize(v_2, 'chars')  # line 182
    v_4: Signed = int_add(v_1, v_3)  # line 183
    v_5: Ptr(rpy_str) = direct_call(graph _malloc_like__rpy_str_Signed, s1_0, v_4)  # line 183
    v_6: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, v_5, 0, s1_0, 0, v_1)  # line 184
    v_7: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, v_5, v_1, s2_0, 0, v_3)  # line 185
    --> return(v_5)

graph _malloc_like__rpy_str_Signed(s_0: Ptr(rpy_str), length_0: Signed)  # rstr.py:34
block0(s_0: Ptr(rpy_str), length_0: Signed):
    v_0: Ptr(rpy_str) = malloc_varsize(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }, 'gc', length_0)  # line 36
    --> return(v_0)

graph _copy__rpy_str_Signed_rpy_str_Signed_Signed(dst_0: Ptr(rpy_str), dststart_0: Signed, src_0: Ptr(rpy_str), srcstart_0: Signed, length_0: Signed)  # rstr.py:173
block0(dst_0: Ptr(rpy_str), dststart_0: Signed, src_0: Ptr(rpy_str), srcstart_0: Signed, length_0: Signed):
    --> block1(dst_0, dststart_0, src_0, srcstart_0, length_0, 0)
block1(dst_1: Ptr(rpy_str), dststart_1: Signed, src_1: Ptr(rpy_str), srcstart_1: Signed, length_1: Signed, i_0: Signed):
    v_0: Bool = int_lt(i_0, length_1)  # line 175
    v_1: Bool = same_as(v_0)  # line 175
    switch v_1
    False --> return(None)
    True --> block2(dst_1, dststart_1, src_1, srcstart_1, length_1, i_0)
block2(dst_2: Ptr(rpy_str), dststart_2: Signed, src_2: Ptr(rpy_str), srcstart_2: Signed, length_2: Signed, i_1: Signed):
    v_2: Ptr(rpy_str) = same_as(src_2)  # line 176
    v_3: Signed = int_add(srcstart_2, i_1)  # line 176
    v_4: UniChar = getinteriorfield(v_2, 'chars', v_3)  # line 176
    v_5: Ptr(rpy_str) = same_as(dst_2)  # line 176
    v_6: Signed = int_add(dststart_2, i_1)  # line 176
    v_7: Void = setinteriorfield(v_5, 'chars', v_6, v_4)  # line 176
    v_8: Signed = int_add(i_1, 1)  # line 177
    --> block1(dst_2, dststart_2, src_2, srcstart_2, length_2, v_8)

graph ll_int2dec__Signed(n_0: Signed)  # rstr.py:828
block0(n_0: Signed):
    v_0: Bool = int_eq(n_0, 0)  # line 830
    v_1: Bool = same_as(v_0)  # line 830
    switch v_1
    False --> block1(n_0)
    True --> block13()
block1(n_1: Signed):
    v_2: Bool = int_lt(n_1, 0)  # line 832
    v_3: Bool = same_as(v_2)  # line 834
    switch v_3
    False --> block2(n_1, v_2)
    True --> block12(n_1, v_2)
block2(n_2: Signed, negative_0: Bool):
    v_4: Unsigned = cast_int_to_uint(n_2)  # line 834
    v_5: Unsigned = same_as(v_4)  # line 834
    --> block3(n_2, negative_0, v_5, 0, v_5)
block3(n_3: Signed, negative_1: Bool, u_0: Unsigned, length_0: Signed, v_6: Unsigned):
    v_7: Unsigned = same_as(0)  # line 837
    v_8: Bool = uint_ne(v_6, v_7)  # line 837
    v_9: Bool = same_as(v_8)  # line 837
    switch v_9
    False --> block4(n_3, negative_1, u_0, length_0, v_6)
    True --> block11(n_3, negative_1, u_0, length_0, v_6)
block4(n_4: Signed, negative_2: Bool, u_1: Unsigned, length_1: Signed, v_10: Unsigned):
    v_11: Bool = same_as(negative_2)  # line 840
    switch v_11
    False --> block5(n_4, negative_2, u_1, length_1, v_10)
    True --> block10(n_4, negative_2, u_1, length_1, v_10)
block5(n_5: Signed, negative_3: Bool, u_2: Unsigned, length_2: Signed, v_12: Unsigned):
    v_13: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, length_2)  # line 842
    v_14: Signed = int_sub(length_2, 1)  # line 843
    --> block6(n_5, negative_3, u_2, length_2, v_12, v_13, v_14)
block6(n_6: Signed, negative_4: Bool, u_3: Unsigned, length_3: Signed, v_15: Unsigned, res_0: Ptr(rpy_str), pos_0: Signed):
    v_16: Unsigned = same_as(0)  # line 844
    v_17: Bool = uint_ne(u_3, v_16)  # line 844
    v_18: Bool = same_as(v_17)  # line 844
    switch v_18
    False --> block7(negative_4, res_0)
    True --> block9(n_6, negative_4, u_3, length_3, v_15, res_0, pos_0)
block7(negative_5: Bool, res_1: Ptr(rpy_str)):
    v_19: Bool = same_as(negative_5)  # line 848
    switch v_19
    False --> return(res_1)
    True --> block8(res_1)
block8(res_2: Ptr(rpy_str)):
    v_20: Ptr(rpy_str) = same_as(res_2)  # line 849
    v_21: Void = setinteriorfield(v_20, 'chars', 0, 45)  # line 849
    --> return(res_2)
block9(n_7: Signed, negative_6: Bool, u_4: Unsigned, length_4: Signed, v_22: Unsigned, res_3: Ptr(rpy_str), pos_1: Signed):
    v_23: Unsigned = same_as(10)  # line 845
    v_24: Unsigned = uint_mod_zer(u_4, v_23)  # line 845
    v_25: Signed = cast_uint_to_int(v_24)  # line 845
    v_26: Signed = same_as(v_25)  # line 845
    v_27: Signed = int_add(48, v_26)  # line 845
    v_28: UniChar = cast_int_to_unichar(v_27)  # line 845
    v_29: Ptr(rpy_str) = same_as(res_3)  # line 845
    v_30: Void = setinteriorfield(v_29, 'chars', pos_1, v_28)  # line 845
    v_31: Unsigned = same_as(10)  # line 846
    v_32: Unsigned = uint_floordiv_zer(u_4, v_31)  # line 846
    v_33: Signed = int_sub(pos_1, 1)  # line 847
    --> block6(n_7, negative_6, v_32, length_4, v_22, res_3, v_33)
block10(n_8: Signed, negative_7: Bool, u_5: Unsigned, length_5: Signed, v_34: Unsigned):
    v_35: Signed = int_add(length_5, 1)  # line 841
    --> block5(n_8, negative_7, u_5, v_35, v_34)
block11(n_9: Signed, negative_8: Bool, u_6: Unsigned, length_6: Signed, v_36: Unsigned):
    v_37: Signed = int_add(length_6, 1)  # line 838
    v_38: Unsigned = same_as(10)  # line 839
    v_39: Unsigned = uint_floordiv_zer(v_36, v_38)  # line 839
    --> block3(n_9, negative_8, u_6, v_37, v_39)
block12(n_10: Signed, negative_9: Bool):
    v_40: Unsigned = same_as(0)  # line 834
    v_41: Unsigned = cast_int_to_uint(n_10)  # line 834
    v_42: Unsigned = same_as(v_41)  # line 834
    v_43: Unsigned = uint_sub(v_40, v_42)  # line 834
    --> block3(n_10, negative_9, v_43, 0, v_43)
block13():
    v_44: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, 48)  # line 831
    --> return(v_44)

graph ll_chr2str__UniChar(ch_0: UniChar)  # rstr.py:69
block0(ch_0: UniChar):
    v_0: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, 1)  # line 70
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 71
    v_2: Void = setinteriorfield(v_1, 'chars', 0, ch_0)  # line 71
    --> return(v_0)

graph mallocstr__Signed(length_0: Signed)  # rstr.py:30
block0(length_0: Signed):
    v_0: Ptr(rpy_str) = malloc_varsize(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }, 'gc', length_0)  # line 31
    --> return(v_0)

graph ll_newlist__array_rpy_str_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_newlist__list_array_rpy_str_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(False)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(list) = malloc(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }, 'gc')  # line 40
    v_3: Void = setfield(v_2, 'length', length_1)  # line 41
    v_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', length_1)  # line 42
    v_5: Void = setfield(v_2, 'items', v_4)  # line 42
    --> return(v_2)

graph ll_listiter__listiter_array_rpy_str_array_rpy_str(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_rpy_str(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_rpy_str, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, l_0)  # line 391
    v_8: Ptr(rpy_str) = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [7, 8))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__array_rpy_str(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_rpy_str(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_upper__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:565
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = direct_call(graph _case_map__rpy_str_Signed, s_0, 0)  # line 566
    --> return(v_0)

graph _case_map__rpy_str_Signed(s_0: Ptr(rpy_str), method_0: Signed)  # rstr.py:529
block0(s_0: Ptr(rpy_str), method_0: Signed):
    v_0: Ptr(rpy_str) = same_as(None)  # line 532
    v_1: Signed = direct_call(graph _map_into__rpy_str_Signed_rpy_str, s_0, method_0, v_0)  # line 532
    v_2: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, v_1)  # line 532
    v_3: Signed = direct_call(graph _map_into__rpy_str_Signed_rpy_str, s_0, method_0, v_2)  # line 533
    --> return(v_2)

graph _map_into__rpy_str_Signed_rpy_str(s_0: Ptr(rpy_str), method_0: Signed, res_0: Ptr(rpy_str))  # rstr.py:537
block0(s_0: Ptr(rpy_str), method_0: Signed, res_0: Ptr(rpy_str)):
    --> block1(s_0, method_0, res_0, 0, False, 0)
block1(s_1: Ptr(rpy_str), method_1: Signed, res_1: Ptr(rpy_str), pos_0: Signed, previous_is_cased_0: Bool, i_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_1)  # line 543
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 543
    v_2: Bool = int_lt(i_0, v_1)  # line 543
    v_3: Bool = same_as(v_2)  # line 543
    switch v_3
    False --> return(pos_0)
    True --> block2(s_1, method_1, res_1, pos_0, previous_is_cased_0, i_0)
block2(s_2: Ptr(rpy_str), method_2: Signed, res_2: Ptr(rpy_str), pos_1: Signed, previous_is_cased_1: Bool, i_1: Signed):
    v_4: Ptr(rpy_str) = same_as(s_2)  # line 544
    v_5: UniChar = getinteriorfield(v_4, 'chars', i_1)  # line 544
    v_6: Signed = direct_call(graph _how__UniChar_Signed_Signed_Bool, v_5, i_1, method_2, previous_is_cased_1)  # line 545
    v_7: Bool = int_eq(v_6, 1)  # line 546
    v_8: Bool = same_as(v_7)  # line 546
    switch v_8
    False --> block3(s_2, method_2, res_2, pos_1, previous_is_cased_1, i_1, v_5, v_6)
    True --> block11(s_2, method_2, res_2, pos_1, previous_is_cased_1, i_1, v_5, v_6)
block3(s_3: Ptr(rpy_str), method_3: Signed, res_3: Ptr(rpy_str), pos_2: Signed, previous_is_cased_2: Bool, i_2: Signed, ch_0: UniChar, how_0: Signed):
    v_9: Signed = direct_call(graph _mapped__UniChar_Signed_Signed, ch_0, 0, how_0)  # line 552
    --> block4(s_3, method_3, res_3, pos_2, previous_is_cased_2, i_2, ch_0, how_0, 0, v_9)
block4(s_4: Ptr(rpy_str), method_4: Signed, res_4: Ptr(rpy_str), pos_3: Signed, previous_is_cased_3: Bool, i_3: Signed, ch_1: UniChar, how_1: Signed, k_0: Signed, code_0: Signed):
    v_10: Bool = int_ge(code_0, 0)  # line 553
    v_11: Bool = same_as(v_10)  # line 553
    switch v_11
    False --> block5(s_4, method_4, res_4, pos_3, previous_is_cased_3, i_3, ch_1)
    True --> block8(s_4, method_4, res_4, pos_3, previous_is_cased_3, i_3, ch_1, how_1, k_0, code_0)
block5(s_5: Ptr(rpy_str), method_5: Signed, res_5: Ptr(rpy_str), pos_4: Signed, previous_is_cased_4: Bool, i_4: Signed, ch_2: UniChar):
    v_12: Bool = int_eq(method_5, 7)  # line 559
    v_13: Bool = same_as(v_12)  # line 559
    switch v_13
    False --> block6(s_5, method_5, res_5, pos_4, previous_is_cased_4, i_4)
    True --> block7(s_5, method_5, res_5, pos_4, i_4, ch_2)
block6(s_6: Ptr(rpy_str), method_6: Signed, res_6: Ptr(rpy_str), pos_5: Signed, previous_is_cased_5: Bool, i_5: Signed):
    v_14: Signed = int_add(i_5, 1)  # line 561
    --> block1(s_6, method_6, res_6, pos_5, previous_is_cased_5, v_14)
block7(s_7: Ptr(rpy_str), method_7: Signed, res_7: Ptr(rpy_str), pos_6: Signed, i_6: Signed, ch_3: UniChar):
    v_15: Bool = direct_call(graph _iscased__UniChar, ch_3)  # line 560
    --> block6(s_7, method_7, res_7, pos_6, v_15, i_6)
block8(s_8: Ptr(rpy_str), method_8: Signed, res_8: Ptr(rpy_str), pos_7: Signed, previous_is_cased_6: Bool, i_7: Signed, ch_4: UniChar, how_2: Signed, k_1: Signed, code_1: Signed):
    v_16: Bool = ptr_nonzero(res_8)  # line 554
    switch v_16
    False --> block9(s_8, method_8, res_8, pos_7, previous_is_cased_6, i_7, ch_4, how_2, k_1)
    True --> block10(s_8, method_8, res_8, pos_7, previous_is_cased_6, i_7, ch_4, how_2, k_1, code_1)
block9(s_9: Ptr(rpy_str), method_9: Signed, res_9: Ptr(rpy_str), pos_8: Signed, previous_is_cased_7: Bool, i_8: Signed, ch_5: UniChar, how_3: Signed, k_2: Signed):
    v_17: Signed = int_add(pos_8, 1)  # line 556
    v_18: Signed = int_add(k_2, 1)  # line 557
    v_19: Signed = direct_call(graph _mapped__UniChar_Signed_Signed, ch_5, v_18, how_3)  # line 558
    --> block4(s_9, method_9, res_9, v_17, previous_is_cased_7, i_8, ch_5, how_3, v_18, v_19)
block10(s_10: Ptr(rpy_str), method_10: Signed, res_10: Ptr(rpy_str), pos_9: Signed, previous_is_cased_8: Bool, i_9: Signed, ch_6: UniChar, how_4: Signed, k_3: Signed, code_2: Signed):
    v_20: UniChar = cast_int_to_unichar(code_2)  # line 555
    v_21: Ptr(rpy_str) = same_as(res_10)  # line 555
    v_22: Void = setinteriorfield(v_21, 'chars', pos_9, v_20)  # line 555
    --> block9(s_10, method_10, res_10, pos_9, previous_is_cased_8, i_9, ch_6, how_4, k_3)
block11(s_11: Ptr(rpy_str), method_11: Signed, res_11: Ptr(rpy_str), pos_10: Signed, previous_is_cased_9: Bool, i_10: Signed, ch_7: UniChar, how_5: Signed):
    v_23: Bool = unichar_eq(ch_7, 931)  # line 546
    v_24: Bool = same_as(v_23)  # line 546
    switch v_24
    False --> block3(s_11, method_11, res_11, pos_10, previous_is_cased_9, i_10, ch_7, how_5)
    True --> block12(s_11, method_11, res_11, pos_10, previous_is_cased_9, i_10, ch_7, how_5)
block12(s_12: Ptr(rpy_str), method_12: Signed, res_12: Ptr(rpy_str), pos_11: Signed, previous_is_cased_10: Bool, i_11: Signed, ch_8: UniChar, how_6: Signed):
    v_25: Bool = direct_call(graph _final_sigma__rpy_str_Signed, s_12, i_11)  # line 546
    v_26: Bool = same_as(v_25)  # line 546
    switch v_26
    False --> block3(s_12, method_12, res_12, pos_11, previous_is_cased_10, i_11, ch_8, how_6)
    True --> block13(s_12, method_12, res_12, pos_11, previous_is_cased_10, i_11, ch_8)
block13(s_13: Ptr(rpy_str), method_13: Signed, res_13: Ptr(rpy_str), pos_12: Signed, previous_is_cased_11: Bool, i_12: Signed, ch_9: UniChar):
    v_27: Bool = ptr_nonzero(res_13)  # line 547
    switch v_27
    False --> block14(s_13, method_13, res_13, pos_12, previous_is_cased_11, i_12, ch_9)
    True --> block15(s_13, method_13, res_13, pos_12, previous_is_cased_11, i_12, ch_9)
block14(s_14: Ptr(rpy_str), method_14: Signed, res_14: Ptr(rpy_str), pos_13: Signed, previous_is_cased_12: Bool, i_13: Signed, ch_10: UniChar):
    v_28: Signed = int_add(pos_13, 1)  # line 549
    --> block5(s_14, method_14, res_14, v_28, previous_is_cased_12, i_13, ch_10)
block15(s_15: Ptr(rpy_str), method_15: Signed, res_15: Ptr(rpy_str), pos_14: Signed, previous_is_cased_13: Bool, i_14: Signed, ch_11: UniChar):
    v_29: Ptr(rpy_str) = same_as(res_15)  # line 548
    v_30: Void = setinteriorfield(v_29, 'chars', pos_14, 962)  # line 548
    --> block14(s_15, method_15, res_15, pos_14, previous_is_cased_13, i_14, ch_11)

graph _how__UniChar_Signed_Signed_Bool(ch_0: UniChar, i_0: Signed, method_0: Signed, previous_is_cased_0: Bool)  # rstr.py:495
block0(ch_0: UniChar, i_0: Signed, method_0: Signed, previous_is_cased_0: Bool):
    v_0: Bool = int_eq(method_0, 5)  # line 498
    v_1: Bool = same_as(v_0)  # line 498
    switch v_1
    False --> block1(i_0, method_0, previous_is_cased_0)
    True --> block5(ch_0)
block1(i_1: Signed, method_1: Signed, previous_is_cased_1: Bool):
    v_2: Bool = int_eq(method_1, 6)  # line 504
    v_3: Bool = same_as(v_2)  # line 504
    switch v_3
    False --> block2(method_1, previous_is_cased_1)
    True --> block4(i_1)
block2(method_2: Signed, previous_is_cased_2: Bool):
    v_4: Bool = int_eq(method_2, 7)  # line 508
    v_5: Bool = same_as(v_4)  # line 508
    switch v_5
    False --> return(method_2)
    True --> block3(previous_is_cased_2)
block3(previous_is_cased_3: Bool):
    v_6: Bool = same_as(previous_is_cased_3)  # line 509
    switch v_6
    False --> return(2)
    True --> return(1)
block4(i_2: Signed):
    v_7: Bool = int_eq(i_2, 0)  # line 505
    v_8: Bool = same_as(v_7)  # line 505
    switch v_8
    False --> return(1)
    True --> return(2)
block5(ch_1: UniChar):
    v_9: Bool = unichar_isupper(ch_1)  # line 499
    v_10: Bool = same_as(v_9)  # line 499
    switch v_10
    False --> block6(ch_1)
    True --> return(1)
block6(ch_2: UniChar):
    v_11: Bool = unichar_islower(ch_2)  # line 501
    v_12: Bool = same_as(v_11)  # line 501
    switch v_12
    False --> return(4)
    True --> return(0)

graph _mapped__UniChar_Signed_Signed(ch_0: UniChar, k_0: Signed, how_0: Signed)  # rstr.py:480
block0(ch_0: UniChar, k_0: Signed, how_0: Signed):
    v_0: Bool = int_eq(how_0, 0)  # line 482
    v_1: Bool = same_as(v_0)  # line 482
    switch v_1
    False --> block1(ch_0, k_0, how_0)
    True --> block9(ch_0, k_0)
block1(ch_1: UniChar, k_1: Signed, how_1: Signed):
    v_2: Bool = int_eq(how_1, 1)  # line 484
    v_3: Bool = same_as(v_2)  # line 484
    switch v_3
    False --> block2(ch_1, k_1, how_1)
    True --> block8(ch_1, k_1)
block2(ch_2: UniChar, k_2: Signed, how_2: Signed):
    v_4: Bool = int_eq(how_2, 2)  # line 486
    v_5: Bool = same_as(v_4)  # line 486
    switch v_5
    False --> block3(ch_2, k_2, how_2)
    True --> block7(ch_2, k_2)
block3(ch_3: UniChar, k_3: Signed, how_3: Signed):
    v_6: Bool = int_eq(how_3, 3)  # line 488
    v_7: Bool = same_as(v_6)  # line 488
    switch v_7
    False --> block4(ch_3, k_3)
    True --> block6(ch_3, k_3)
block4(ch_4: UniChar, k_4: Signed):
    v_8: Bool = int_eq(k_4, 0)  # line 490
    v_9: Bool = same_as(v_8)  # line 490
    switch v_9
    False --> return(-1)
    True --> block5(ch_4)
block5(ch_5: UniChar):
    v_10: Signed = cast_unichar_to_int(ch_5)  # line 491
    --> return(v_10)
block6(ch_6: UniChar, k_5: Signed):
    v_11: Signed = unichar_casefold(ch_6, k_5)  # line 489
    --> return(v_11)
block7(ch_7: UniChar, k_6: Signed):
    v_12: Signed = unichar_totitle(ch_7, k_6)  # line 487
    --> return(v_12)
block8(ch_8: UniChar, k_7: Signed):
    v_13: Signed = unichar_tolower(ch_8, k_7)  # line 485
    --> return(v_13)
block9(ch_9: UniChar, k_8: Signed):
    v_14: Signed = unichar_toupper(ch_9, k_8)  # line 483
    --> return(v_14)

graph ll_lower__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:569
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = direct_call(graph _case_map__rpy_str_Signed, s_0, 1)  # line 570
    --> return(v_0)

graph _iscased__UniChar(ch_0: UniChar)  # rstr.py:373
block0(ch_0: UniChar):
    v_0: Bool = unichar_isupper(ch_0)  # line 374
    v_1: Bool = same_as(v_0)  # line 374
    switch v_1
    False --> block1(ch_0)
    True --> return(v_0)
block1(ch_1: UniChar):
    v_2: Bool = unichar_islower(ch_1)  # line 374
    v_3: Bool = same_as(v_2)  # line 374
    switch v_3
    False --> block2(ch_1)
    True --> return(v_2)
block2(ch_2: UniChar):
    v_4: Bool = unichar_istitle(ch_2)  # line 374
    --> return(v_4)

graph _final_sigma__rpy_str_Signed(s_0: Ptr(rpy_str), i_0: Signed)  # rstr.py:515
block0(s_0: Ptr(rpy_str), i_0: Signed):
    v_0: Signed = int_sub(i_0, 1)  # line 518
    --> block1(s_0, i_0, v_0)
block1(s_1: Ptr(rpy_str), i_1: Signed, j_0: Signed):
    v_1: Bool = int_ge(j_0, 0)  # line 519
    v_2: Bool = same_as(v_1)  # line 519
    switch v_2
    False --> block2(s_1, i_1, j_0)
    True --> block10(s_1, i_1, j_0)
block2(s_2: Ptr(rpy_str), i_2: Signed, j_1: Signed):
    v_3: Bool = int_lt(j_1, 0)  # line 521
    v_4: Bool = same_as(v_3)  # line 521
    switch v_4
    False --> block3(s_2, i_2, j_1)
    True --> return(False)
block3(s_3: Ptr(rpy_str), i_3: Signed, j_2: Signed):
    v_5: Ptr(rpy_str) = same_as(s_3)  # line 521
    v_6: UniChar = getinteriorfield(v_5, 'chars', j_2)  # line 521
    v_7: Bool = direct_call(graph _iscased__UniChar, v_6)  # line 521
    v_8: Bool = same_as(v_7)  # line 521
    switch v_8
    False --> return(False)
    True --> block4(s_3, i_3)
block4(s_4: Ptr(rpy_str), i_4: Signed):
    v_9: Signed = int_add(i_4, 1)  # line 523
    --> block5(s_4, i_4, v_9)
block5(s_5: Ptr(rpy_str), i_5: Signed, j_3: Signed):
    v_10: Ptr(rpy_str) = same_as(s_5)  # line 524
    v_11: Signed = getinteriorarraysize(v_10, 'chars')  # line 524
    v_12: Bool = int_lt(j_3, v_11)  # line 524
    v_13: Bool = same_as(v_12)  # line 524
    switch v_13
    False --> block6(s_5, j_3)
    True --> block8(s_5, i_5, j_3)
block6(s_6: Ptr(rpy_str), j_4: Signed):
    v_14: Ptr(rpy_str) = same_as(s_6)  # line 526
    v_15: Signed = getinteriorarraysize(v_14, 'chars')  # line 526
    v_16: Bool = int_eq(j_4, v_15)  # line 526
    v_17: Bool = same_as(v_16)  # line 526
    switch v_17
    False --> block7(s_6, j_4)
    True --> return(v_16)
block7(s_7: Ptr(rpy_str), j_5: Signed):
    v_18: Ptr(rpy_str) = same_as(s_7)  # line 526
    v_19: UniChar = getinteriorfield(v_18, 'chars', j_5)  # line 526
    v_20: Bool = direct_call(graph _iscased__UniChar, v_19)  # line 526
    v_21: Bool = same_as(v_20)  # line 526
    switch v_21
    False --> return(True)
    True --> return(False)
block8(s_8: Ptr(rpy_str), i_6: Signed, j_6: Signed):
    v_22: Ptr(rpy_str) = same_as(s_8)  # line 524
    v_23: UniChar = getinteriorfield(v_22, 'chars', j_6)  # line 524
    v_24: Bool = unichar_iscaseignorable(v_23)  # line 524
    v_25: Bool = same_as(v_24)  # line 524
    switch v_25
    False --> block6(s_8, j_6)
    True --> block9(s_8, i_6, j_6)
block9(s_9: Ptr(rpy_str), i_7: Signed, j_7: Signed):
    v_26: Signed = int_add(j_7, 1)  # line 525
    --> block5(s_9, i_7, v_26)
block10(s_10: Ptr(rpy_str), i_8: Signed, j_8: Signed):
    v_27: Ptr(rpy_str) = same_as(s_10)  # line 519
    v_28: UniChar = getinteriorfield(v_27, 'chars', j_8)  # line 519
    v_29: Bool = unichar_iscaseignorable(v_28)  # line 519
    v_30: Bool = same_as(v_29)  # line 519
    switch v_30
    False --> block2(s_10, i_8, j_8)
    True --> block11(s_10, i_8, j_8)
block11(s_11: Ptr(rpy_str), i_9: Signed, j_9: Signed):
    v_31: Signed = int_sub(j_9, 1)  # line 520
    --> block1(s_11, i_9, v_31)

graph ll_append__list_array_rpy_str_rpy_str(l_0: Ptr(list), newitem_0: Ptr(rpy_str))  # rlist.py:429
block0(l_0: Ptr(list), newitem_0: Ptr(rpy_str)):
    v_0: Signed = getfield(l_0, 'length')  # line 430
    v_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(l_0, 'items')  # line 431
    v_2: Signed = getarraysize(v_1)  # line 431
    v_3: Bool = int_lt(v_0, v_2)  # line 431
    v_4: Bool = same_as(v_3)  # line 431
    switch v_4
    False --> block1(l_0, newitem_0, v_0)
    True --> block3(l_0, newitem_0, v_0)
block1(l_1: Ptr(list), newitem_1: Ptr(rpy_str), length_0: Signed):
    v_5: Signed = int_add(length_0, 1)  # line 434
    v_6: Void = direct_call(graph _ll_list_resize__list_array_rpy_str_Signed, l_1, v_5)  # line 434
    --> block2(l_1, newitem_1, length_0)
block2(l_2: Ptr(list), newitem_2: Ptr(rpy_str), length_1: Signed):
    v_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(l_2, 'items')  # line 435
    v_8: Void = setarrayitem(v_7, length_1, newitem_2)  # line 435
    --> return(None)
block3(l_3: Ptr(list), newitem_3: Ptr(rpy_str), length_2: Signed):
    v_9: Signed = int_add(length_2, 1)  # line 432
    v_10: Void = setfield(l_3, 'length', v_9)  # line 432
    --> block2(l_3, newitem_3, length_2)

graph _ll_list_resize__list_array_rpy_str_Signed(l_0: Ptr(list), newsize_0: Signed)  # rlist.py:406
block0(l_0: Ptr(list), newsize_0: Signed):
    v_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(l_0, 'items')  # line 408
    v_1: Signed = getarraysize(v_0)  # line 408
    v_2: Bool = int_ge(v_1, newsize_0)  # line 409
    v_3: Bool = same_as(v_2)  # line 409
    switch v_3
    False --> block1(l_0, newsize_0, v_1)
    True --> block8(l_0, newsize_0, v_1)
block1(l_1: Ptr(list), newsize_1: Signed, allocated_0: Signed):
    v_4: Bool = int_eq(newsize_1, 0)  # line 412
    v_5: Bool = same_as(v_4)  # line 412
    switch v_5
    False --> block2(l_1, newsize_1, allocated_0)
    True --> block4(l_1, newsize_1, allocated_0, 0)
block2(l_2: Ptr(list), newsize_2: Signed, allocated_1: Signed):
    v_6: Signed = int_rshift(newsize_2, 3)  # line 415
    v_7: Signed = int_add(newsize_2, v_6)  # line 415
    v_8: Bool = int_lt(newsize_2, 9)  # line 415
    v_9: Bool = same_as(v_8)  # line 415
    switch v_9
    False --> block3(l_2, newsize_2, allocated_1, v_7, 6)
    True --> block3(l_2, newsize_2, allocated_1, v_7, 3)
block3(l_3: Ptr(list), newsize_3: Signed, allocated_2: Signed, t12_0: Signed, v_10: Signed):
    v_11: Signed = int_add(t12_0, v_10)  # line 415
    --> block4(l_3, newsize_3, allocated_2, v_11)
block4(l_4: Ptr(list), newsize_4: Signed, allocated_3: Signed, new_allocated_0: Signed):
    v_12: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(l_4, 'items')  # line 416
    v_13: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', new_allocated_0)  # line 417
    v_14: Signed = getfield(l_4, 'length')  # line 418
    v_15: Bool = int_lt(newsize_4, v_14)  # line 419
    v_16: Bool = same_as(v_15)  # line 419
    switch v_16
    False --> block5(l_4, newsize_4, allocated_3, new_allocated_0, v_12, v_13, v_14, 0)
    True --> block5(l_4, newsize_4, allocated_3, new_allocated_0, v_12, v_13, newsize_4, 0)
block5(l_5: Ptr(list), newsize_5: Signed, allocated_4: Signed, new_allocated_1: Signed, items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), newitems_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), keep_0: Signed, i_0: Signed):
    v_17: Bool = int_lt(i_0, keep_0)  # line 422
    v_18: Bool = same_as(v_17)  # line 422
    switch v_18
    False --> block6(l_5, newsize_5, newitems_0)
    True --> block7(l_5, newsize_5, allocated_4, new_allocated_1, items_0, newitems_0, keep_0, i_0)
block6(l_6: Ptr(list), newsize_6: Signed, newitems_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_19: Void = setfield(l_6, 'items', newitems_1)  # line 425
    v_20: Void = setfield(l_6, 'length', newsize_6)  # line 426
    --> return(None)
block7(l_7: Ptr(list), newsize_7: Signed, allocated_5: Signed, new_allocated_2: Signed, items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), newitems_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), keep_1: Signed, i_1: Signed):
    v_21: Ptr(rpy_str) = getarrayitem(items_1, i_1)  # line 423
    v_22: Void = setarrayitem(newitems_2, i_1, v_21)  # line 423
    v_23: Signed = int_add(i_1, 1)  # line 424
    --> block5(l_7, newsize_7, allocated_5, new_allocated_2, items_1, newitems_2, keep_1, v_23)
block8(l_8: Ptr(list), newsize_8: Signed, allocated_6: Signed):
    v_24: Signed = int_rshift(allocated_6, 1)  # line 409
    v_25: Bool = int_ge(newsize_8, v_24)  # line 409
    v_26: Bool = same_as(v_25)  # line 409
    switch v_26
    False --> block1(l_8, newsize_8, allocated_6)
    True --> block9(l_8, newsize_8)
block9(l_9: Ptr(list), newsize_9: Signed):
    v_27: Void = setfield(l_9, 'length', newsize_9)  # line 410
    --> return(None)

graph ll_join__rpy_str_list_array_rpy_str(sep_0: Ptr(rpy_str), l_0: Ptr(list))  # rstr.py:615
block0(sep_0: Ptr(rpy_str), l_0: Ptr(list)):
    v_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__list_array_rpy_str, l_0)  # line 617
    v_1: Signed = direct_call(graph ll_len__list_array_rpy_str, l_0)  # line 618
    v_2: Bool = int_eq(v_1, 0)  # line 619
    v_3: Bool = same_as(v_2)  # line 619
    switch v_3
    False --> block1(sep_0, l_0, v_0, v_1)
    True --> block9()
block1(sep_1: Ptr(rpy_str), l_1: Ptr(list), items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_0: Signed):
    v_4: Ptr(rpy_str) = same_as(sep_1)  # line 621
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 621
    v_6: Signed = int_sub(num_0, 1)  # line 621
    v_7: Signed = int_mul(v_5, v_6)  # line 621
    --> block2(sep_1, l_1, items_0, num_0, v_7, 0)
block2(sep_2: Ptr(rpy_str), l_2: Ptr(list), items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_1: Signed, total_0: Signed, i_0: Signed):
    v_8: Bool = int_lt(i_0, num_1)  # line 623
    v_9: Bool = same_as(v_8)  # line 623
    switch v_9
    False --> block3(sep_2, l_2, items_1, num_1, total_0)
    True --> block8(sep_2, l_2, items_1, num_1, total_0, i_0)
block3(sep_3: Ptr(rpy_str), l_3: Ptr(list), items_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_2: Signed, total_1: Signed):
    v_10: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, total_1)  # line 626
    --> block4(sep_3, l_3, items_2, num_2, total_1, 0, v_10, 0)
block4(sep_4: Ptr(rpy_str), l_4: Ptr(list), items_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_3: Signed, total_2: Signed, i_1: Signed, res_0: Ptr(rpy_str), pos_0: Signed):
    v_11: Bool = int_lt(i_1, num_3)  # line 629
    v_12: Bool = same_as(v_11)  # line 629
    switch v_12
    False --> return(res_0)
    True --> block5(sep_4, l_4, items_3, num_3, total_2, i_1, res_0, pos_0)
block5(sep_5: Ptr(rpy_str), l_5: Ptr(list), items_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_4: Signed, total_3: Signed, i_2: Signed, res_1: Ptr(rpy_str), pos_1: Signed):
    v_13: Bool = int_gt(i_2, 0)  # line 630
    v_14: Bool = same_as(v_13)  # line 630
    switch v_14
    False --> block6(sep_5, l_5, items_4, num_4, total_3, i_2, res_1, pos_1)
    True --> block7(sep_5, l_5, items_4, num_4, total_3, i_2, res_1, pos_1)
block6(sep_6: Ptr(rpy_str), l_6: Ptr(list), items_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_5: Signed, total_4: Signed, i_3: Signed, res_2: Ptr(rpy_str), pos_2: Signed):
    v_15: Ptr(rpy_str) = getarrayitem(items_5, i_3)  # line 633
    v_16: Ptr(rpy_str) = same_as(v_15)  # line 634
    v_17: Signed = getinteriorarraysize(v_16, 'chars')  # line 634
    v_18: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_2, pos_2, v_15, 0, v_17)  # line 634
    v_19: Ptr(rpy_str) = same_as(v_15)  # line 635
    v_20: Signed = getinteriorarraysize(v_19, 'chars')  # line 635
    v_21: Signed = int_add(pos_2, v_20)  # line 635
    v_22: Signed = int_add(i_3, 1)  # line 636
    --> block4(sep_6, l_6, items_5, num_5, total_4, v_22, res_2, v_21)
block7(sep_7: Ptr(rpy_str), l_7: Ptr(list), items_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_6: Signed, total_5: Signed, i_4: Signed, res_3: Ptr(rpy_str), pos_3: Signed):
    v_23: Ptr(rpy_str) = same_as(sep_7)  # line 631
    v_24: Signed = getinteriorarraysize(v_23, 'chars')  # line 631
    v_25: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_3, pos_3, sep_7, 0, v_24)  # line 631
    v_26: Ptr(rpy_str) = same_as(sep_7)  # line 632
    v_27: Signed = getinteriorarraysize(v_26, 'chars')  # line 632
    v_28: Signed = int_add(pos_3, v_27)  # line 632
    --> block6(sep_7, l_7, items_6, num_6, total_5, i_4, res_3, v_28)
block8(sep_8: Ptr(rpy_str), l_8: Ptr(list), items_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_7: Signed, total_6: Signed, i_5: Signed):
    v_29: Ptr(rpy_str) = getarrayitem(items_7, i_5)  # line 624
    v_30: Ptr(rpy_str) = same_as(v_29)  # line 624
    v_31: Signed = getinteriorarraysize(v_30, 'chars')  # line 624
    v_32: Signed = int_add(total_6, v_31)  # line 624
    v_33: Signed = int_add(i_5, 1)  # line 625
    --> block2(sep_8, l_8, items_7, num_7, v_32, v_33)
block9():
    v_34: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, 0)  # line 620
    --> return(v_34)

graph ll_items__list_array_rpy_str(l_0: Ptr(list))  # rlist.py:25
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(l_1, 'items')  # line 28
    --> return(v_2)

graph ll_len__list_array_rpy_str(l_0: Ptr(list))  # rlist.py:31
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Signed = getfield(l_1, 'length')  # line 34
    --> return(v_2)

graph ll_newlist__list_array_UniChar_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(False)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(list) = malloc(GcStruct list { length: Signed, items: Ptr(GcArray(UniChar)) }, 'gc')  # line 40
    v_3: Void = setfield(v_2, 'length', length_1)  # line 41
    v_4: Ptr(GcArray(UniChar)) = malloc_varsize(GcArray(UniChar), 'gc', length_1)  # line 42
    v_5: Void = setfield(v_2, 'items', v_4)  # line 42
    --> return(v_2)

graph ll_isalpha__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:401
block0(s_0: Ptr(rpy_str)):
    v_0: Bool = direct_call(graph _all__rpy_str_ll_char_isalpha, s_0, <function rpython.rtyper.rstr.ll_char_isalpha>)  # line 402
    --> return(v_0)

graph _all__rpy_str_ll_char_isalpha(s_0: Ptr(rpy_str), predicate_0: Void)  # rstr.py:377
block0(s_0: Ptr(rpy_str), predicate_0: Void):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 379
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 379
    v_2: Bool = int_eq(v_1, 0)  # line 379
    v_3: Bool = same_as(v_2)  # line 379
    switch v_3
    False --> block1(s_0, predicate_0, 0)
    True --> return(False)
block1(s_1: Ptr(rpy_str), predicate_1: Void, i_0: Signed):
    v_4: Ptr(rpy_str) = same_as(s_1)  # line 382
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 382
    v_6: Bool = int_lt(i_0, v_5)  # line 382
    v_7: Bool = same_as(v_6)  # line 382
    switch v_7
    False --> return(True)
    True --> block2(s_1, predicate_1, i_0)
block2(s_2: Ptr(rpy_str), predicate_2: Void, i_1: Signed):
    v_8: Ptr(rpy_str) = same_as(s_2)  # line 383
    v_9: UniChar = getinteriorfield(v_8, 'chars', i_1)  # line 383
    v_10: Bool = direct_call(graph ll_char_isalpha__UniChar, v_9)  # line 383
    v_11: Bool = same_as(v_10)  # line 383
    switch v_11
    False --> return(False)
    True --> block3(s_2, predicate_2, i_1)
block3(s_3: Ptr(rpy_str), predicate_3: Void, i_2: Signed):
    v_12: Signed = int_add(i_2, 1)  # line 385
    --> block1(s_3, predicate_3, v_12)

graph ll_char_isalpha__UniChar(ch_0: UniChar)  # rstr.py:357
block0(ch_0: UniChar):
    v_0: Bool = unichar_isalpha(ch_0)  # line 358
    --> return(v_0)

graph ll_isdigit__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:389
block0(s_0: Ptr(rpy_str)):
    v_0: Bool = direct_call(graph _all__rpy_str_ll_char_isdigit, s_0, <function rpython.rtyper.rstr.ll_char_isdigit>)  # line 390
    --> return(v_0)

graph _all__rpy_str_ll_char_isdigit(s_0: Ptr(rpy_str), predicate_0: Void)  # rstr.py:377
block0(s_0: Ptr(rpy_str), predicate_0: Void):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 379
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 379
    v_2: Bool = int_eq(v_1, 0)  # line 379
    v_3: Bool = same_as(v_2)  # line 379
    switch v_3
    False --> block1(s_0, predicate_0, 0)
    True --> return(False)
block1(s_1: Ptr(rpy_str), predicate_1: Void, i_0: Signed):
    v_4: Ptr(rpy_str) = same_as(s_1)  # line 382
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 382
    v_6: Bool = int_lt(i_0, v_5)  # line 382
    v_7: Bool = same_as(v_6)  # line 382
    switch v_7
    False --> return(True)
    True --> block2(s_1, predicate_1, i_0)
block2(s_2: Ptr(rpy_str), predicate_2: Void, i_1: Signed):
    v_8: Ptr(rpy_str) = same_as(s_2)  # line 383
    v_9: UniChar = getinteriorfield(v_8, 'chars', i_1)  # line 383
    v_10: Bool = direct_call(graph ll_char_isdigit__UniChar, v_9)  # line 383
    v_11: Bool = same_as(v_10)  # line 383
    switch v_11
    False --> return(False)
    True --> block3(s_2, predicate_2, i_1)
block3(s_3: Ptr(rpy_str), predicate_3: Void, i_2: Signed):
    v_12: Signed = int_add(i_2, 1)  # line 385
    --> block1(s_3, predicate_3, v_12)

graph ll_char_isdigit__UniChar(ch_0: UniChar)  # rstr.py:345
block0(ch_0: UniChar):
    v_0: Bool = unichar_isdigit(ch_0)  # line 346
    --> return(v_0)

graph ll_isalnum__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:405
block0(s_0: Ptr(rpy_str)):
    v_0: Bool = direct_call(graph _all__rpy_str_ll_char_isalnum, s_0, <function rpython.rtyper.rstr.ll_char_isalnum>)  # line 406
    --> return(v_0)

graph _all__rpy_str_ll_char_isalnum(s_0: Ptr(rpy_str), predicate_0: Void)  # rstr.py:377
block0(s_0: Ptr(rpy_str), predicate_0: Void):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 379
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 379
    v_2: Bool = int_eq(v_1, 0)  # line 379
    v_3: Bool = same_as(v_2)  # line 379
    switch v_3
    False --> block1(s_0, predicate_0, 0)
    True --> return(False)
block1(s_1: Ptr(rpy_str), predicate_1: Void, i_0: Signed):
    v_4: Ptr(rpy_str) = same_as(s_1)  # line 382
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 382
    v_6: Bool = int_lt(i_0, v_5)  # line 382
    v_7: Bool = same_as(v_6)  # line 382
    switch v_7
    False --> return(True)
    True --> block2(s_1, predicate_1, i_0)
block2(s_2: Ptr(rpy_str), predicate_2: Void, i_1: Signed):
    v_8: Ptr(rpy_str) = same_as(s_2)  # line 383
    v_9: UniChar = getinteriorfield(v_8, 'chars', i_1)  # line 383
    v_10: Bool = direct_call(graph ll_char_isalnum__UniChar, v_9)  # line 383
    v_11: Bool = same_as(v_10)  # line 383
    switch v_11
    False --> return(False)
    True --> block3(s_2, predicate_2, i_1)
block3(s_3: Ptr(rpy_str), predicate_3: Void, i_2: Signed):
    v_12: Signed = int_add(i_2, 1)  # line 385
    --> block1(s_3, predicate_3, v_12)

graph ll_char_isalnum__UniChar(ch_0: UniChar)  # rstr.py:361
block0(ch_0: UniChar):
    v_0: Bool = unichar_isalpha(ch_0)  # line 362
    v_1: Bool = same_as(v_0)  # line 362
    switch v_1
    False --> block1(ch_0)
    True --> return(v_0)
block1(ch_1: UniChar):
    v_2: Bool = unichar_isnumeric(ch_1)  # line 362
    --> return(v_2)

graph ll_isspace__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:409
block0(s_0: Ptr(rpy_str)):
    v_0: Bool = direct_call(graph _all__rpy_str_ll_char_isspace, s_0, <function rpython.rtyper.rstr.ll_char_isspace>)  # line 410
    --> return(v_0)

graph _all__rpy_str_ll_char_isspace(s_0: Ptr(rpy_str), predicate_0: Void)  # rstr.py:377
block0(s_0: Ptr(rpy_str), predicate_0: Void):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 379
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 379
    v_2: Bool = int_eq(v_1, 0)  # line 379
    v_3: Bool = same_as(v_2)  # line 379
    switch v_3
    False --> block1(s_0, predicate_0, 0)
    True --> return(False)
block1(s_1: Ptr(rpy_str), predicate_1: Void, i_0: Signed):
    v_4: Ptr(rpy_str) = same_as(s_1)  # line 382
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 382
    v_6: Bool = int_lt(i_0, v_5)  # line 382
    v_7: Bool = same_as(v_6)  # line 382
    switch v_7
    False --> return(True)
    True --> block2(s_1, predicate_1, i_0)
block2(s_2: Ptr(rpy_str), predicate_2: Void, i_1: Signed):
    v_8: Ptr(rpy_str) = same_as(s_2)  # line 383
    v_9: UniChar = getinteriorfield(v_8, 'chars', i_1)  # line 383
    v_10: Bool = direct_call(graph ll_char_isspace__UniChar, v_9)  # line 383
    v_11: Bool = same_as(v_10)  # line 383
    switch v_11
    False --> return(False)
    True --> block3(s_2, predicate_2, i_1)
block3(s_3: Ptr(rpy_str), predicate_3: Void, i_2: Signed):
    v_12: Signed = int_add(i_2, 1)  # line 385
    --> block1(s_3, predicate_3, v_12)

graph ll_char_isspace__UniChar(ch_0: UniChar)  # rstr.py:341
block0(ch_0: UniChar):
    v_0: Bool = unichar_isspace(ch_0)  # line 342
    --> return(v_0)

graph ll_isupper__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:434
block0(s_0: Ptr(rpy_str)):
    v_0: Bool = direct_call(graph _cased_only__rpy_str_Bool, s_0, True)  # line 435
    --> return(v_0)

graph _cased_only__rpy_str_Bool(s_0: Ptr(rpy_str), upper_0: Bool)  # rstr.py:413
block0(s_0: Ptr(rpy_str), upper_0: Bool):
    --> block1(s_0, upper_0, False, 0)
block1(s_1: Ptr(rpy_str), upper_1: Bool, cased_0: Bool, i_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_1)  # line 418
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 418
    v_2: Bool = int_lt(i_0, v_1)  # line 418
    v_3: Bool = same_as(v_2)  # line 418
    switch v_3
    False --> return(cased_0)
    True --> block2(s_1, upper_1, cased_0, i_0)
block2(s_2: Ptr(rpy_str), upper_2: Bool, cased_1: Bool, i_1: Signed):
    v_4: Ptr(rpy_str) = same_as(s_2)  # line 419
    v_5: UniChar = getinteriorfield(v_4, 'chars', i_1)  # line 419
    v_6: Bool = same_as(upper_2)  # line 420
    switch v_6
    False --> block3(s_2, upper_2, cased_1, i_1, v_5, v_5, True)
    True --> block3(s_2, upper_2, cased_1, i_1, v_5, v_5, False)
block3(s_3: Ptr(rpy_str), upper_3: Bool, cased_2: Bool, i_2: Signed, ch_0: UniChar, t6_0: UniChar, v_7: Bool):
    v_8: Bool = direct_call(graph _is_case__UniChar_Bool, t6_0, v_7)  # line 420
    v_9: Bool = same_as(v_8)  # line 420
    switch v_9
    False --> block4(s_3, upper_3, cased_2, i_2, ch_0)
    True --> return(False)
block4(s_4: Ptr(rpy_str), upper_4: Bool, cased_3: Bool, i_3: Signed, ch_1: UniChar):
    v_10: Bool = unichar_istitle(ch_1)  # line 420
    v_11: Bool = same_as(v_10)  # line 420
    switch v_11
    False --> block5(s_4, upper_4, cased_3, i_3, ch_1)
    True --> return(False)
block5(s_5: Ptr(rpy_str), upper_5: Bool, cased_4: Bool, i_4: Signed, ch_2: UniChar):
    v_12: Bool = direct_call(graph _is_case__UniChar_Bool, ch_2, upper_5)  # line 422
    v_13: Bool = same_as(v_12)  # line 422
    switch v_13
    False --> block6(s_5, upper_5, cased_4, i_4)
    True --> block6(s_5, upper_5, True, i_4)
block6(s_6: Ptr(rpy_str), upper_6: Bool, cased_5: Bool, i_5: Signed):
    v_14: Signed = int_add(i_5, 1)  # line 424
    --> block1(s_6, upper_6, cased_5, v_14)

graph _is_case__UniChar_Bool(ch_0: UniChar, upper_0: Bool)  # rstr.py:428
block0(ch_0: UniChar, upper_0: Bool):
    v_0: Bool = same_as(upper_0)  # line 429
    switch v_0
    False --> block1(ch_0)
    True --> block2(ch_0)
block1(ch_1: UniChar):
    v_1: Bool = unichar_islower(ch_1)  # line 431
    --> return(v_1)
block2(ch_2: UniChar):
    v_2: Bool = unichar_isupper(ch_2)  # line 430
    --> return(v_2)

graph ll_islower__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:438
block0(s_0: Ptr(rpy_str)):
    v_0: Bool = direct_call(graph _cased_only__rpy_str_Bool, s_0, False)  # line 439
    --> return(v_0)

graph ll_newlist__array_Bool_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Bool)) = malloc_varsize(GcArray(Bool), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_listiter__listiter_array_Bool_array_Bool(ITER_0: Void, l_0: Ptr(GcArray(Bool)))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Bool))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Bool)), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_Bool(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Bool)) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_Bool, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Bool))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Bool)) = direct_call(graph ll_items__array_Bool, l_0)  # line 391
    v_8: Bool = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [7, 8))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__array_Bool(l_0: Ptr(GcArray(Bool)))  # rlist.py:31
block0(l_0: Ptr(GcArray(Bool))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Bool))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_Bool(l_0: Ptr(GcArray(Bool)))  # rlist.py:25
block0(l_0: Ptr(GcArray(Bool))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_append__list_array_UniChar_UniChar(l_0: Ptr(list), newitem_0: UniChar)  # rlist.py:429
block0(l_0: Ptr(list), newitem_0: UniChar):
    v_0: Signed = getfield(l_0, 'length')  # line 430
    v_1: Ptr(GcArray(UniChar)) = getfield(l_0, 'items')  # line 431
    v_2: Signed = getarraysize(v_1)  # line 431
    v_3: Bool = int_lt(v_0, v_2)  # line 431
    v_4: Bool = same_as(v_3)  # line 431
    switch v_4
    False --> block1(l_0, newitem_0, v_0)
    True --> block3(l_0, newitem_0, v_0)
block1(l_1: Ptr(list), newitem_1: UniChar, length_0: Signed):
    v_5: Signed = int_add(length_0, 1)  # line 434
    v_6: Void = direct_call(graph _ll_list_resize__list_array_UniChar_Signed, l_1, v_5)  # line 434
    --> block2(l_1, newitem_1, length_0)
block2(l_2: Ptr(list), newitem_2: UniChar, length_1: Signed):
    v_7: Ptr(GcArray(UniChar)) = getfield(l_2, 'items')  # line 435
    v_8: Void = setarrayitem(v_7, length_1, newitem_2)  # line 435
    --> return(None)
block3(l_3: Ptr(list), newitem_3: UniChar, length_2: Signed):
    v_9: Signed = int_add(length_2, 1)  # line 432
    v_10: Void = setfield(l_3, 'length', v_9)  # line 432
    --> block2(l_3, newitem_3, length_2)

graph _ll_list_resize__list_array_UniChar_Signed(l_0: Ptr(list), newsize_0: Signed)  # rlist.py:406
block0(l_0: Ptr(list), newsize_0: Signed):
    v_0: Ptr(GcArray(UniChar)) = getfield(l_0, 'items')  # line 408
    v_1: Signed = getarraysize(v_0)  # line 408
    v_2: Bool = int_ge(v_1, newsize_0)  # line 409
    v_3: Bool = same_as(v_2)  # line 409
    switch v_3
    False --> block1(l_0, newsize_0, v_1)
    True --> block8(l_0, newsize_0, v_1)
block1(l_1: Ptr(list), newsize_1: Signed, allocated_0: Signed):
    v_4: Bool = int_eq(newsize_1, 0)  # line 412
    v_5: Bool = same_as(v_4)  # line 412
    switch v_5
    False --> block2(l_1, newsize_1, allocated_0)
    True --> block4(l_1, newsize_1, allocated_0, 0)
block2(l_2: Ptr(list), newsize_2: Signed, allocated_1: Signed):
    v_6: Signed = int_rshift(newsize_2, 3)  # line 415
    v_7: Signed = int_add(newsize_2, v_6)  # line 415
    v_8: Bool = int_lt(newsize_2, 9)  # line 415
    v_9: Bool = same_as(v_8)  # line 415
    switch v_9
    False --> block3(l_2, newsize_2, allocated_1, v_7, 6)
    True --> block3(l_2, newsize_2, allocated_1, v_7, 3)
block3(l_3: Ptr(list), newsize_3: Signed, allocated_2: Signed, t12_0: Signed, v_10: Signed):
    v_11: Signed = int_add(t12_0, v_10)  # line 415
    --> block4(l_3, newsize_3, allocated_2, v_11)
block4(l_4: Ptr(list), newsize_4: Signed, allocated_3: Signed, new_allocated_0: Signed):
    v_12: Ptr(GcArray(UniChar)) = getfield(l_4, 'items')  # line 416
    v_13: Ptr(GcArray(UniChar)) = malloc_varsize(GcArray(UniChar), 'gc', new_allocated_0)  # line 417
    v_14: Signed = getfield(l_4, 'length')  # line 418
    v_15: Bool = int_lt(newsize_4, v_14)  # line 419
    v_16: Bool = same_as(v_15)  # line 419
    switch v_16
    False --> block5(l_4, newsize_4, allocated_3, new_allocated_0, v_12, v_13, v_14, 0)
    True --> block5(l_4, newsize_4, allocated_3, new_allocated_0, v_12, v_13, newsize_4, 0)
block5(l_5: Ptr(list), newsize_5: Signed, allocated_4: Signed, new_allocated_1: Signed, items_0: Ptr(GcArray(UniChar)), newitems_0: Ptr(GcArray(UniChar)), keep_0: Signed, i_0: Signed):
    v_17: Bool = int_lt(i_0, keep_0)  # line 422
    v_18: Bool = same_as(v_17)  # line 422
    switch v_18
    False --> block6(l_5, newsize_5, newitems_0)
    True --> block7(l_5, newsize_5, allocated_4, new_allocated_1, items_0, newitems_0, keep_0, i_0)
block6(l_6: Ptr(list), newsize_6: Signed, newitems_1: Ptr(GcArray(UniChar))):
    v_19: Void = setfield(l_6, 'items', newitems_1)  # line 425
    v_20: Void = setfield(l_6, 'length', newsize_6)  # line 426
    --> return(None)
block7(l_7: Ptr(list), newsize_7: Signed, allocated_5: Signed, new_allocated_2: Signed, items_1: Ptr(GcArray(UniChar)), newitems_2: Ptr(GcArray(UniChar)), keep_1: Signed, i_1: Signed):
    v_21: UniChar = getarrayitem(items_1, i_1)  # line 423
    v_22: Void = setarrayitem(newitems_2, i_1, v_21)  # line 423
    v_23: Signed = int_add(i_1, 1)  # line 424
    --> block5(l_7, newsize_7, allocated_5, new_allocated_2, items_1, newitems_2, keep_1, v_23)
block8(l_8: Ptr(list), newsize_8: Signed, allocated_6: Signed):
    v_24: Signed = int_rshift(allocated_6, 1)  # line 409
    v_25: Bool = int_ge(newsize_8, v_24)  # line 409
    v_26: Bool = same_as(v_25)  # line 409
    switch v_26
    False --> block1(l_8, newsize_8, allocated_6)
    True --> block9(l_8, newsize_8)
block9(l_9: Ptr(list), newsize_9: Signed):
    v_27: Void = setfield(l_9, 'length', newsize_9)  # line 410
    --> return(None)

graph ll_join_chars__rpy_str_list_array_UniChar(sep_0: Ptr(rpy_str), l_0: Ptr(list))  # rstr.py:640
block0(sep_0: Ptr(rpy_str), l_0: Ptr(list)):
    v_0: Ptr(GcArray(UniChar)) = direct_call(graph ll_items__list_array_UniChar, l_0)  # line 642
    v_1: Signed = direct_call(graph ll_len__list_array_UniChar, l_0)  # line 643
    v_2: Bool = int_eq(v_1, 0)  # line 644
    v_3: Bool = same_as(v_2)  # line 644
    switch v_3
    False --> block1(sep_0, l_0, v_0, v_1)
    True --> block6()
block1(sep_1: Ptr(rpy_str), l_1: Ptr(list), items_0: Ptr(GcArray(UniChar)), num_0: Signed):
    v_4: Ptr(rpy_str) = same_as(sep_1)  # line 646
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 646
    v_6: Signed = int_sub(num_0, 1)  # line 647
    v_7: Signed = int_mul(v_5, v_6)  # line 647
    v_8: Signed = int_add(num_0, v_7)  # line 647
    v_9: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, v_8)  # line 647
    --> block2(sep_1, l_1, items_0, num_0, v_5, v_9, 0, 0)
block2(sep_2: Ptr(rpy_str), l_2: Ptr(list), items_1: Ptr(GcArray(UniChar)), num_1: Signed, seplen_0: Signed, res_0: Ptr(rpy_str), pos_0: Signed, i_0: Signed):
    v_10: Bool = int_lt(i_0, num_1)  # line 650
    v_11: Bool = same_as(v_10)  # line 650
    switch v_11
    False --> return(res_0)
    True --> block3(sep_2, l_2, items_1, num_1, seplen_0, res_0, pos_0, i_0)
block3(sep_3: Ptr(rpy_str), l_3: Ptr(list), items_2: Ptr(GcArray(UniChar)), num_2: Signed, seplen_1: Signed, res_1: Ptr(rpy_str), pos_1: Signed, i_1: Signed):
    v_12: Bool = int_gt(i_1, 0)  # line 651
    v_13: Bool = same_as(v_12)  # line 651
    switch v_13
    False --> block4(sep_3, l_3, items_2, num_2, seplen_1, res_1, pos_1, i_1)
    True --> block5(sep_3, l_3, items_2, num_2, seplen_1, res_1, pos_1, i_1)
block4(sep_4: Ptr(rpy_str), l_4: Ptr(list), items_3: Ptr(GcArray(UniChar)), num_3: Signed, seplen_2: Signed, res_2: Ptr(rpy_str), pos_2: Signed, i_2: Signed):
    v_14: UniChar = getarrayitem(items_3, i_2)  # line 654
    v_15: Ptr(rpy_str) = same_as(res_2)  # line 654
    v_16: Void = setinteriorfield(v_15, 'chars', pos_2, v_14)  # line 654
    v_17: Signed = int_add(pos_2, 1)  # line 655
    v_18: Signed = int_add(i_2, 1)  # line 656
    --> block2(sep_4, l_4, items_3, num_3, seplen_2, res_2, v_17, v_18)
block5(sep_5: Ptr(rpy_str), l_5: Ptr(list), items_4: Ptr(GcArray(UniChar)), num_4: Signed, seplen_3: Signed, res_3: Ptr(rpy_str), pos_3: Signed, i_3: Signed):
    v_19: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_3, pos_3, sep_5, 0, seplen_3)  # line 652
    v_20: Signed = int_add(pos_3, seplen_3)  # line 653
    --> block4(sep_5, l_5, items_4, num_4, seplen_3, res_3, v_20, i_3)
block6():
    v_21: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, 0)  # line 645
    --> return(v_21)

graph ll_items__list_array_UniChar(l_0: Ptr(list))  # rlist.py:25
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Ptr(GcArray(UniChar)) = getfield(l_1, 'items')  # line 28
    --> return(v_2)

graph ll_len__list_array_UniChar(l_0: Ptr(list))  # rlist.py:31
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Signed = getfield(l_1, 'length')  # line 34
    --> return(v_2)

graph ll_striter__striter_rpy_str(ITER_0: Void, s_0: Ptr(rpy_str))  # rstr.py:809
block0(ITER_0: Void, s_0: Ptr(rpy_str)):
    v_0: Ptr(striter) = malloc(GcStruct striter { string: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), index: Signed }, 'gc')  # line 810
    v_1: Void = setfield(v_0, 'string', s_0)  # line 811
    v_2: Void = setfield(v_0, 'index', 0)  # line 812
    --> return(v_0)

graph ll_strnext__striter(it_0: Ptr(striter))  # rstr.py:816
block0(it_0: Ptr(striter)):
    v_0: Signed = getfield(it_0, 'index')  # line 817
    v_1: Ptr(rpy_str) = getfield(it_0, 'string')  # line 818
    v_2: Ptr(rpy_str) = same_as(v_1)  # line 819
    v_3: Signed = getinteriorarraysize(v_2, 'chars')  # line 819
    v_4: Bool = int_ge(v_0, v_3)  # line 819
    v_5: Bool = same_as(v_4)  # line 819
    switch v_5
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(striter), index_0: Signed, s_0: Ptr(rpy_str)):
    v_6: Signed = int_add(index_0, 1)  # line 821
    v_7: Void = setfield(it_1, 'index', v_6)  # line 821
    v_8: Ptr(rpy_str) = same_as(s_0)  # line 822
    v_9: UniChar = getinteriorfield(v_8, 'chars', index_0)  # line 822
    --> return(v_9)
block2():
    v_10: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 820
    v_11: Ptr(BaseException) = cast_pointer(v_10)  # line 820
    v_12: Void = setfield(v_11, 'typeptr', vtable StopIteration [7, 8))  # line 820
    v_13: Ptr(BaseException) = cast_pointer(v_10)  # line 820
    v_14: Ptr(object_vtable) = getfield(v_13, 'typeptr')  # line 820
    --> raise(v_14, v_10)

graph ll_char_isupper__UniChar(ch_0: UniChar)  # rstr.py:365
block0(ch_0: UniChar):
    v_0: Bool = unichar_isupper(ch_0)  # line 366
    --> return(v_0)

graph ll_char_islower__UniChar(ch_0: UniChar)  # rstr.py:369
block0(ch_0: UniChar):
    v_0: Bool = unichar_islower(ch_0)  # line 370
    --> return(v_0)

graph ll_chr__Signed(code_0: Signed)  # rstr.py:56
block0(code_0: Signed):
    v_0: Bool = int_lt(code_0, 0)  # line 58
    v_1: Bool = same_as(v_0)  # line 58
    switch v_1
    False --> block1(code_0)
    True --> block3()
block1(code_1: Signed):
    v_2: Bool = int_gt(code_1, 1114111)  # line 58
    v_3: Bool = same_as(v_2)  # line 58
    switch v_3
    False --> block2(code_1)
    True --> block3()
block2(code_2: Signed):
    v_4: UniChar = cast_int_to_unichar(code_2)  # line 60
    --> return(v_4)
block3():
    v_5: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 59
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 59
    v_7: Void = setfield(v_6, 'typeptr', vtable ValueError [3, 4))  # line 59
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 59
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 59
    --> raise(v_9, v_5)

graph ll_strlen__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:39
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 40
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 40
    --> return(v_1)

graph ll_stritem__rpy_str_Signed(s_0: Ptr(rpy_str), index_0: Signed)  # rstr.py:47
block0(s_0: Ptr(rpy_str), index_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 48
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 48
    v_2: Bool = int_lt(index_0, 0)  # line 49
    v_3: Bool = same_as(v_2)  # line 49
    switch v_3
    False --> block1(s_0, index_0, v_1)
    True --> block5(s_0, index_0, v_1)
block1(s_1: Ptr(rpy_str), index_1: Signed, length_0: Signed):
    v_4: Bool = int_lt(index_1, 0)  # line 51
    v_5: Bool = same_as(v_4)  # line 51
    switch v_5
    False --> block2(s_1, index_1, length_0)
    True --> block4()
block2(s_2: Ptr(rpy_str), index_2: Signed, length_1: Signed):
    v_6: Bool = int_ge(index_2, length_1)  # line 51
    v_7: Bool = same_as(v_6)  # line 51
    switch v_7
    False --> block3(s_2, index_2)
    True --> block4()
block3(s_3: Ptr(rpy_str), index_3: Signed):
    v_8: Ptr(rpy_str) = same_as(s_3)  # line 53
    v_9: UniChar = getinteriorfield(v_8, 'chars', index_3)  # line 53
    --> return(v_9)
block4():
    v_10: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 52
    v_11: Ptr(BaseException) = cast_pointer(v_10)  # line 52
    v_12: Void = setfield(v_11, 'typeptr', vtable IndexError [5, 6))  # line 52
    v_13: Ptr(BaseException) = cast_pointer(v_10)  # line 52
    v_14: Ptr(object_vtable) = getfield(v_13, 'typeptr')  # line 52
    --> raise(v_14, v_10)
block5(s_4: Ptr(rpy_str), index_4: Signed, length_2: Signed):
    v_15: Signed = int_add(index_4, length_2)  # line 50
    --> block1(s_4, v_15, length_2)

graph ll_find_char__rpy_str_UniChar_Signed_Signed(s_0: Ptr(rpy_str), ch_0: UniChar, start_0: Signed, end_0: Signed)  # rstr.py:234
block0(s_0: Ptr(rpy_str), ch_0: UniChar, start_0: Signed, end_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 235
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 235
    v_2: Signed = direct_call(graph _bound__Signed_Signed, end_0, v_1)  # line 235
    v_3: Ptr(rpy_str) = same_as(s_0)  # line 236
    v_4: Signed = getinteriorarraysize(v_3, 'chars')  # line 236
    v_5: Signed = direct_call(graph _start__Signed_Signed, start_0, v_4)  # line 236
    --> block1(s_0, ch_0, start_0, v_2, v_5)
block1(s_1: Ptr(rpy_str), ch_1: UniChar, start_1: Signed, end_1: Signed, i_0: Signed):
    v_6: Bool = int_lt(i_0, end_1)  # line 237
    v_7: Bool = same_as(v_6)  # line 237
    switch v_7
    False --> return(-1)
    True --> block2(s_1, ch_1, start_1, end_1, i_0)
block2(s_2: Ptr(rpy_str), ch_2: UniChar, start_2: Signed, end_2: Signed, i_1: Signed):
    v_8: Ptr(rpy_str) = same_as(s_2)  # line 238
    v_9: UniChar = getinteriorfield(v_8, 'chars', i_1)  # line 238
    v_10: Bool = unichar_eq(v_9, ch_2)  # line 238
    v_11: Bool = same_as(v_10)  # line 238
    switch v_11
    False --> block3(s_2, ch_2, start_2, end_2, i_1)
    True --> return(i_1)
block3(s_3: Ptr(rpy_str), ch_3: UniChar, start_3: Signed, end_3: Signed, i_2: Signed):
    v_12: Signed = int_add(i_2, 1)  # line 240
    --> block1(s_3, ch_3, start_3, end_3, v_12)

graph _bound__Signed_Signed(index_0: Signed, length_0: Signed)  # rstr.py:201
block0(index_0: Signed, length_0: Signed):
    v_0: Bool = int_lt(index_0, 0)  # line 203
    v_1: Bool = same_as(v_0)  # line 203
    switch v_1
    False --> block1(index_0, length_0)
    True --> block2(index_0, length_0)
block1(index_1: Signed, length_1: Signed):
    v_2: Bool = int_gt(index_1, length_1)  # line 207
    v_3: Bool = same_as(v_2)  # line 207
    switch v_3
    False --> return(index_1)
    True --> return(length_1)
block2(index_2: Signed, length_2: Signed):
    v_4: Signed = int_add(index_2, length_2)  # line 204
    v_5: Bool = int_lt(v_4, 0)  # line 205
    v_6: Bool = same_as(v_5)  # line 205
    switch v_6
    False --> return(v_4)
    True --> return(0)

graph _start__Signed_Signed(index_0: Signed, length_0: Signed)  # rstr.py:212
block0(index_0: Signed, length_0: Signed):
    v_0: Bool = int_lt(index_0, 0)  # line 214
    v_1: Bool = same_as(v_0)  # line 214
    switch v_1
    False --> return(index_0)
    True --> block1(index_0, length_0)
block1(index_1: Signed, length_1: Signed):
    v_2: Signed = int_add(index_1, length_1)  # line 215
    v_3: Bool = int_lt(v_2, 0)  # line 216
    v_4: Bool = same_as(v_3)  # line 216
    switch v_4
    False --> return(v_2)
    True --> return(0)

graph ll_count__rpy_str_rpy_str_Signed_Signed(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rstr.py:296
block0(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 297
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 297
    v_2: Signed = direct_call(graph _start__Signed_Signed, start_0, v_1)  # line 298
    v_3: Signed = direct_call(graph _bound__Signed_Signed, end_0, v_1)  # line 299
    v_4: Signed = int_sub(v_3, v_2)  # line 300
    v_5: Ptr(rpy_str) = same_as(sub_0)  # line 300
    v_6: Signed = getinteriorarraysize(v_5, 'chars')  # line 300
    v_7: Bool = int_lt(v_4, v_6)  # line 300
    v_8: Bool = same_as(v_7)  # line 300
    switch v_8
    False --> block1(s_0, sub_0, v_2, v_3, v_1)
    True --> return(0)
block1(s_1: Ptr(rpy_str), sub_1: Ptr(rpy_str), start_1: Signed, end_1: Signed, length_0: Signed):
    v_9: Ptr(rpy_str) = same_as(sub_1)  # line 302
    v_10: Signed = getinteriorarraysize(v_9, 'chars')  # line 302
    v_11: Bool = int_eq(v_10, 0)  # line 302
    v_12: Bool = same_as(v_11)  # line 302
    switch v_12
    False --> block2(s_1, sub_1, start_1, end_1, length_0, 0, start_1)
    True --> block6(start_1, end_1)
block2(s_2: Ptr(rpy_str), sub_2: Ptr(rpy_str), start_2: Signed, end_2: Signed, length_1: Signed, count_0: Signed, i_0: Signed):
    v_13: Ptr(rpy_str) = same_as(sub_2)  # line 306
    v_14: Signed = getinteriorarraysize(v_13, 'chars')  # line 306
    v_15: Signed = int_add(i_0, v_14)  # line 306
    v_16: Bool = int_le(v_15, end_2)  # line 306
    v_17: Bool = same_as(v_16)  # line 306
    switch v_17
    False --> return(count_0)
    True --> block3(s_2, sub_2, start_2, end_2, length_1, count_0, i_0)
block3(s_3: Ptr(rpy_str), sub_3: Ptr(rpy_str), start_3: Signed, end_3: Signed, length_2: Signed, count_1: Signed, i_1: Signed):
    v_18: Bool = direct_call(graph _matches_at__rpy_str_rpy_str_Signed, s_3, sub_3, i_1)  # line 307
    v_19: Bool = same_as(v_18)  # line 307
    switch v_19
    False --> block4(s_3, sub_3, start_3, end_3, length_2, count_1, i_1)
    True --> block5(s_3, sub_3, start_3, end_3, length_2, count_1, i_1)
block4(s_4: Ptr(rpy_str), sub_4: Ptr(rpy_str), start_4: Signed, end_4: Signed, length_3: Signed, count_2: Signed, i_2: Signed):
    v_20: Signed = int_add(i_2, 1)  # line 311
    --> block2(s_4, sub_4, start_4, end_4, length_3, count_2, v_20)
block5(s_5: Ptr(rpy_str), sub_5: Ptr(rpy_str), start_5: Signed, end_5: Signed, length_4: Signed, count_3: Signed, i_3: Signed):
    v_21: Signed = int_add(count_3, 1)  # line 308
    v_22: Ptr(rpy_str) = same_as(sub_5)  # line 309
    v_23: Signed = getinteriorarraysize(v_22, 'chars')  # line 309
    v_24: Signed = int_add(i_3, v_23)  # line 309
    --> block2(s_5, sub_5, start_5, end_5, length_4, v_21, v_24)
block6(start_6: Signed, end_6: Signed):
    v_25: Signed = int_sub(end_6, start_6)  # line 303
    v_26: Signed = int_add(v_25, 1)  # line 303
    --> return(v_26)

graph _matches_at__rpy_str_rpy_str_Signed(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), i_0: Signed)  # rstr.py:248
block0(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), i_0: Signed):
    --> block1(s_0, sub_0, i_0, 0)
block1(s_1: Ptr(rpy_str), sub_1: Ptr(rpy_str), i_1: Signed, j_0: Signed):
    v_0: Ptr(rpy_str) = same_as(sub_1)  # line 250
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 250
    v_2: Bool = int_lt(j_0, v_1)  # line 250
    v_3: Bool = same_as(v_2)  # line 250
    switch v_3
    False --> return(True)
    True --> block2(s_1, sub_1, i_1, j_0)
block2(s_2: Ptr(rpy_str), sub_2: Ptr(rpy_str), i_2: Signed, j_1: Signed):
    v_4: Ptr(rpy_str) = same_as(s_2)  # line 251
    v_5: Signed = int_add(i_2, j_1)  # line 251
    v_6: UniChar = getinteriorfield(v_4, 'chars', v_5)  # line 251
    v_7: Ptr(rpy_str) = same_as(sub_2)  # line 251
    v_8: UniChar = getinteriorfield(v_7, 'chars', j_1)  # line 251
    v_9: Bool = unichar_ne(v_6, v_8)  # line 251
    v_10: Bool = same_as(v_9)  # line 251
    switch v_10
    False --> block3(s_2, sub_2, i_2, j_1)
    True --> return(False)
block3(s_3: Ptr(rpy_str), sub_3: Ptr(rpy_str), i_3: Signed, j_2: Signed):
    v_11: Signed = int_add(j_2, 1)  # line 253
    --> block1(s_3, sub_3, i_3, v_11)

graph ll_newlist__list_array_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(False)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(list) = malloc(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }, 'gc')  # line 40
    v_3: Void = setfield(v_2, 'length', length_1)  # line 41
    v_4: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', length_1)  # line 42
    v_5: Void = setfield(v_2, 'items', v_4)  # line 42
    --> return(v_2)

graph ll_append__list_array_Signed_Signed(l_0: Ptr(list), newitem_0: Signed)  # rlist.py:429
block0(l_0: Ptr(list), newitem_0: Signed):
    v_0: Signed = getfield(l_0, 'length')  # line 430
    v_1: Ptr(GcArray(Signed)) = getfield(l_0, 'items')  # line 431
    v_2: Signed = getarraysize(v_1)  # line 431
    v_3: Bool = int_lt(v_0, v_2)  # line 431
    v_4: Bool = same_as(v_3)  # line 431
    switch v_4
    False --> block1(l_0, newitem_0, v_0)
    True --> block3(l_0, newitem_0, v_0)
block1(l_1: Ptr(list), newitem_1: Signed, length_0: Signed):
    v_5: Signed = int_add(length_0, 1)  # line 434
    v_6: Void = direct_call(graph _ll_list_resize__list_array_Signed_Signed, l_1, v_5)  # line 434
    --> block2(l_1, newitem_1, length_0)
block2(l_2: Ptr(list), newitem_2: Signed, length_1: Signed):
    v_7: Ptr(GcArray(Signed)) = getfield(l_2, 'items')  # line 435
    v_8: Void = setarrayitem(v_7, length_1, newitem_2)  # line 435
    --> return(None)
block3(l_3: Ptr(list), newitem_3: Signed, length_2: Signed):
    v_9: Signed = int_add(length_2, 1)  # line 432
    v_10: Void = setfield(l_3, 'length', v_9)  # line 432
    --> block2(l_3, newitem_3, length_2)

graph _ll_list_resize__list_array_Signed_Signed(l_0: Ptr(list), newsize_0: Signed)  # rlist.py:406
block0(l_0: Ptr(list), newsize_0: Signed):
    v_0: Ptr(GcArray(Signed)) = getfield(l_0, 'items')  # line 408
    v_1: Signed = getarraysize(v_0)  # line 408
    v_2: Bool = int_ge(v_1, newsize_0)  # line 409
    v_3: Bool = same_as(v_2)  # line 409
    switch v_3
    False --> block1(l_0, newsize_0, v_1)
    True --> block8(l_0, newsize_0, v_1)
block1(l_1: Ptr(list), newsize_1: Signed, allocated_0: Signed):
    v_4: Bool = int_eq(newsize_1, 0)  # line 412
    v_5: Bool = same_as(v_4)  # line 412
    switch v_5
    False --> block2(l_1, newsize_1, allocated_0)
    True --> block4(l_1, newsize_1, allocated_0, 0)
block2(l_2: Ptr(list), newsize_2: Signed, allocated_1: Signed):
    v_6: Signed = int_rshift(newsize_2, 3)  # line 415
    v_7: Signed = int_add(newsize_2, v_6)  # line 415
    v_8: Bool = int_lt(newsize_2, 9)  # line 415
    v_9: Bool = same_as(v_8)  # line 415
    switch v_9
    False --> block3(l_2, newsize_2, allocated_1, v_7, 6)
    True --> block3(l_2, newsize_2, allocated_1, v_7, 3)
block3(l_3: Ptr(list), newsize_3: Signed, allocated_2: Signed, t12_0: Signed, v_10: Signed):
    v_11: Signed = int_add(t12_0, v_10)  # line 415
    --> block4(l_3, newsize_3, allocated_2, v_11)
block4(l_4: Ptr(list), newsize_4: Signed, allocated_3: Signed, new_allocated_0: Signed):
    v_12: Ptr(GcArray(Signed)) = getfield(l_4, 'items')  # line 416
    v_13: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', new_allocated_0)  # line 417
    v_14: Signed = getfield(l_4, 'length')  # line 418
    v_15: Bool = int_lt(newsize_4, v_14)  # line 419
    v_16: Bool = same_as(v_15)  # line 419
    switch v_16
    False --> block5(l_4, newsize_4, allocated_3, new_allocated_0, v_12, v_13, v_14, 0)
    True --> block5(l_4, newsize_4, allocated_3, new_allocated_0, v_12, v_13, newsize_4, 0)
block5(l_5: Ptr(list), newsize_5: Signed, allocated_4: Signed, new_allocated_1: Signed, items_0: Ptr(GcArray(Signed)), newitems_0: Ptr(GcArray(Signed)), keep_0: Signed, i_0: Signed):
    v_17: Bool = int_lt(i_0, keep_0)  # line 422
    v_18: Bool = same_as(v_17)  # line 422
    switch v_18
    False --> block6(l_5, newsize_5, newitems_0)
    True --> block7(l_5, newsize_5, allocated_4, new_allocated_1, items_0, newitems_0, keep_0, i_0)
block6(l_6: Ptr(list), newsize_6: Signed, newitems_1: Ptr(GcArray(Signed))):
    v_19: Void = setfield(l_6, 'items', newitems_1)  # line 425
    v_20: Void = setfield(l_6, 'length', newsize_6)  # line 426
    --> return(None)
block7(l_7: Ptr(list), newsize_7: Signed, allocated_5: Signed, new_allocated_2: Signed, items_1: Ptr(GcArray(Signed)), newitems_2: Ptr(GcArray(Signed)), keep_1: Signed, i_1: Signed):
    v_21: Signed = getarrayitem(items_1, i_1)  # line 423
    v_22: Void = setarrayitem(newitems_2, i_1, v_21)  # line 423
    v_23: Signed = int_add(i_1, 1)  # line 424
    --> block5(l_7, newsize_7, allocated_5, new_allocated_2, items_1, newitems_2, keep_1, v_23)
block8(l_8: Ptr(list), newsize_8: Signed, allocated_6: Signed):
    v_24: Signed = int_rshift(allocated_6, 1)  # line 409
    v_25: Bool = int_ge(newsize_8, v_24)  # line 409
    v_26: Bool = same_as(v_25)  # line 409
    switch v_26
    False --> block1(l_8, newsize_8, allocated_6)
    True --> block9(l_8, newsize_8)
block9(l_9: Ptr(list), newsize_9: Signed):
    v_27: Void = setfield(l_9, 'length', newsize_9)  # line 410
    --> return(None)

graph ll_listiter__listiter_list_array_Signed_list_array_Signed(ITER_0: Void, l_0: Ptr(list))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(list)):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_list_array_Signed(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(list) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__list_array_Signed, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(list)):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_0)  # line 391
    v_8: Signed = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [7, 8))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__list_array_Signed(l_0: Ptr(list))  # rlist.py:31
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Signed = getfield(l_1, 'length')  # line 34
    --> return(v_2)

graph ll_items__list_array_Signed(l_0: Ptr(list))  # rlist.py:25
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Ptr(GcArray(Signed)) = getfield(l_1, 'items')  # line 28
    --> return(v_2)

graph ll_strslice__rpy_str_Signed_Signed(s_0: Ptr(rpy_str), start_0: Signed, stop_0: Signed)  # rstr.py:221
block0(s_0: Ptr(rpy_str), start_0: Signed, stop_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 222
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 222
    v_2: Signed = direct_call(graph _bound__Signed_Signed, start_0, v_1)  # line 223
    v_3: Signed = direct_call(graph _bound__Signed_Signed, stop_0, v_1)  # line 224
    v_4: Bool = int_le(v_3, v_2)  # line 225
    v_5: Bool = same_as(v_4)  # line 225
    switch v_5
    False --> block1(s_0, v_2, v_3, v_1)
    True --> block4(s_0)
block1(s_1: Ptr(rpy_str), start_1: Signed, stop_1: Signed, length_0: Signed):
    v_6: Bool = int_eq(start_1, 0)  # line 227
    v_7: Bool = same_as(v_6)  # line 227
    switch v_7
    False --> block2(s_1, start_1, stop_1)
    True --> block3(s_1, start_1, stop_1, length_0)
block2(s_2: Ptr(rpy_str), start_2: Signed, stop_2: Signed):
    v_8: Signed = int_sub(stop_2, start_2)  # line 229
    v_9: Ptr(rpy_str) = direct_call(graph _malloc_like__rpy_str_Signed, s_2, v_8)  # line 229
    v_10: Signed = int_sub(stop_2, start_2)  # line 230
    v_11: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, v_9, 0, s_2, start_2, v_10)  # line 230
    --> return(v_9)
block3(s_3: Ptr(rpy_str), start_3: Signed, stop_3: Signed, length_1: Signed):
    v_12: Bool = int_eq(stop_3, length_1)  # line 227
    v_13: Bool = same_as(v_12)  # line 227
    switch v_13
    False --> block2(s_3, start_3, stop_3)
    True --> return(s_3)
block4(s_4: Ptr(rpy_str)):
    v_14: Ptr(rpy_str) = direct_call(graph _malloc_like__rpy_str_Signed, s_4, 0)  # line 226
    --> return(v_14)
