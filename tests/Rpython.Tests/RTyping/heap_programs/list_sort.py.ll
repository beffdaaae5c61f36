graph main(n_0: Signed)  # list_sort.py:69
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph sort_ints, n_0)  # line 70
    v_1: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_0, '\x0a')  # line 70
    v_2: Ptr(rpy_str) = direct_call(graph sort_floats, n_0)  # line 70
    v_3: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_1, v_2)  # line 70
    v_4: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_3, '\x0a')  # line 70
    v_5: Ptr(rpy_str) = direct_call(graph sort_strs, n_0)  # line 70
    v_6: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_4, v_5)  # line 70
    v_7: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_6, '\x0a')  # line 70
    v_8: Ptr(rpy_str) = direct_call(graph sort_tuples, n_0)  # line 70
    v_9: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_7, v_8)  # line 70
    --> return(v_9)

graph sort_ints(n_0: Signed)  # list_sort.py:18
block0(n_0: Signed):
    v_0: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 1)  # line 19
    v_1: Void = setarrayitem(v_0, 0, n_0)  # line 19
    v_2: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), v_0, 1, 9223372036854775807)  # line 19
    v_3: Ptr(list) = same_as(v_2)  # line 20
    v_4: Void = direct_call(graph ll_sort__list_array_Signed_None, v_3, None)  # line 20
    v_5: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 1)  # line 21
    v_6: Ptr(GcArray(Signed)) = getfield(v_5, 'items')  # line 21
    v_7: Void = setarrayitem(v_6, 0, n_0)  # line 21
    v_8: Ptr(list) = same_as(v_5)  # line 22
    v_9: Void = direct_call(graph ll_sort__list_array_Signed_None, v_8, None)  # line 22
    v_10: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 4)  # line 23
    v_11: Ptr(GcArray(Signed)) = getfield(v_10, 'items')  # line 23
    v_12: Void = setarrayitem(v_11, 0, 1)  # line 23
    v_13: Void = setarrayitem(v_11, 1, 2)  # line 23
    v_14: Void = setarrayitem(v_11, 2, 3)  # line 23
    v_15: Void = setarrayitem(v_11, 3, 4)  # line 23
    v_16: Ptr(list) = same_as(v_10)  # line 24
    v_17: Void = direct_call(graph ll_sort__list_array_Signed_None, v_16, None)  # line 24
    v_18: Signed = int_add(n_0, 5)  # line 25
    v_19: Signed = int_add(n_0, 4)  # line 25
    v_20: Signed = int_add(n_0, 3)  # line 25
    v_21: Signed = int_sub(n_0, 1)  # line 25
    v_22: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 5)  # line 25
    v_23: Ptr(GcArray(Signed)) = getfield(v_22, 'items')  # line 25
    v_24: Void = setarrayitem(v_23, 0, v_18)  # line 25
    v_25: Void = setarrayitem(v_23, 1, v_19)  # line 25
    v_26: Void = setarrayitem(v_23, 2, v_20)  # line 25
    v_27: Void = setarrayitem(v_23, 3, n_0)  # line 25
    v_28: Void = setarrayitem(v_23, 4, v_21)  # line 25
    v_29: Ptr(list) = same_as(v_22)  # line 26
    v_30: Void = direct_call(graph ll_sort__list_array_Signed_None, v_29, None)  # line 26
    v_31: Signed = int_mod(n_0, 37)  # line 27
    v_32: Bool = int_ne(v_31, 0)  # line 27
    v_33: Signed = int_xor(v_31, 37)  # line 27
    v_34: Bool = int_lt(v_33, 0)  # line 27
    v_35: Signed = cast_bool_to_int(v_32)  # line 27
    v_36: Signed = cast_bool_to_int(v_34)  # line 27
    v_37: Signed = int_and(v_35, v_36)  # line 27
    v_38: Signed = int_mul(v_37, 37)  # line 27
    v_39: Signed = int_add(v_31, v_38)  # line 27
    v_40: Signed = int_add(100, v_39)  # line 27
    v_41: Ptr(list) = direct_call(graph lcg, n_0, v_40, 50)  # line 27
    v_42: Ptr(list) = same_as(v_41)  # line 28
    v_43: Void = direct_call(graph ll_sort__list_array_Signed_None, v_42, None)  # line 28
    v_44: Signed = direct_call(graph ll_len__list_array_Signed, v_41)  # line 30
    v_45: Ptr(GcArray(Signed)) = same_as(None)  # line 30
    v_46: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 1, v_44)  # line 30
    --> block1(n_0, v_2, v_5, v_10, v_22, v_41, 1, v_46)
block1(n_1: Signed, empty_0: Ptr(list), one_0: Ptr(list), up_0: Ptr(list), down_0: Ptr(list), big_0: Ptr(list), ordered_0: Signed, iter40_0: Ptr(rangeiter)):
    v_47: Signed = direct_call(graph ll_rangenext__rangeiter, iter40_0)  # line 30
    no exception --> block2(v_47, iter40_0, n_1, empty_0, one_0, up_0, down_0, big_0, ordered_0)
    StopIteration --> block3(empty_0, one_0, up_0, down_0, big_0, ordered_0)
block2(item_0: Signed, iter40_1: Ptr(rangeiter), n_2: Signed, empty_1: Ptr(list), one_1: Ptr(list), up_1: Ptr(list), down_1: Ptr(list), big_1: Ptr(list), ordered_1: Signed):
    v_48: Signed = int_sub(item_0, 1)  # line 31
    v_49: Signed = direct_call(graph ll_getitem__list_array_Signed_Signed, big_1, v_48)  # line 31
    v_50: Signed = direct_call(graph ll_getitem_nonneg__list_array_Signed_Signed, big_1, item_0)  # line 31
    v_51: Bool = int_gt(v_49, v_50)  # line 31
    v_52: Bool = same_as(v_51)  # line 31
    switch v_52
    False --> block1(n_2, empty_1, one_1, up_1, down_1, big_1, ordered_1, iter40_1)
    True --> block1(n_2, empty_1, one_1, up_1, down_1, big_1, 0, iter40_1)
block3(empty_2: Ptr(list), one_2: Ptr(list), up_2: Ptr(list), down_2: Ptr(list), big_2: Ptr(list), ordered_2: Signed):
    v_53: Ptr(rpy_str) = direct_call(graph ints_text, empty_2)  # line 33
    v_54: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_53, '|')  # line 33
    v_55: Ptr(rpy_str) = direct_call(graph ints_text, one_2)  # line 33
    v_56: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_54, v_55)  # line 33
    v_57: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_56, '|')  # line 33
    v_58: Ptr(rpy_str) = direct_call(graph ints_text, up_2)  # line 33
    v_59: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_57, v_58)  # line 33
    v_60: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_59, '|')  # line 33
    v_61: Ptr(rpy_str) = direct_call(graph ints_text, down_2)  # line 33
    v_62: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_60, v_61)  # line 33
    v_63: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_62, '|')  # line 33
    v_64: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, ordered_2)  # line 33
    v_65: Ptr(rpy_str) = same_as(v_64)  # line 33
    v_66: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_63, v_65)  # line 33
    v_67: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_66, ':')  # line 33
    v_68: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), big_2, 0, 5)  # line 33
    v_69: Ptr(rpy_str) = direct_call(graph ints_text, v_68)  # line 33
    v_70: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_67, v_69)  # line 33
    v_71: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_70, ':')  # line 33
    v_72: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), big_2, -3, 9223372036854775807)  # line 33
    v_73: Ptr(rpy_str) = direct_call(graph ints_text, v_72)  # line 33
    v_74: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_71, v_73)  # line 33
    --> return(v_74)

graph lcg(seed_0: Signed, count_0: Signed, modulo_0: Signed)  # list_sort.py:9
block0(seed_0: Signed, count_0: Signed, modulo_0: Signed):
    v_0: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 0)  # line 10
    v_1: Ptr(GcArray(Signed)) = same_as(None)  # line 12
    v_2: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, count_0)  # line 12
    --> block1(seed_0, count_0, modulo_0, v_0, seed_0, v_2)
block1(seed_1: Signed, count_1: Signed, modulo_1: Signed, items_0: Ptr(list), x_0: Signed, iter2_0: Ptr(rangeiter)):
    v_3: Signed = direct_call(graph ll_rangenext__rangeiter, iter2_0)  # line 12
    no exception --> block2(iter2_0, seed_1, count_1, modulo_1, items_0, x_0)
    StopIteration --> return(items_0)
block2(iter2_1: Ptr(rangeiter), seed_2: Signed, count_2: Signed, modulo_2: Signed, items_1: Ptr(list), x_1: Signed):
    v_4: Signed = int_mul(x_1, 1103515245)  # line 13
    v_5: Signed = int_add(v_4, 12345)  # line 13
    v_6: Signed = int_mod(v_5, 2147483648)  # line 13
    v_7: Bool = int_ne(v_6, 0)  # line 13
    v_8: Signed = int_xor(v_6, 2147483648)  # line 13
    v_9: Bool = int_lt(v_8, 0)  # line 13
    v_10: Signed = cast_bool_to_int(v_7)  # line 13
    v_11: Signed = cast_bool_to_int(v_9)  # line 13
    v_12: Signed = int_and(v_10, v_11)  # line 13
    v_13: Signed = int_mul(v_12, 2147483648)  # line 13
    v_14: Signed = int_add(v_6, v_13)  # line 13
    v_15: Ptr(list) = same_as(items_1)  # line 14
    v_16: Signed = int_mod_zer(v_14, modulo_2)  # line 14
    v_17: Bool = int_ne(v_16, 0)  # line 14
    v_18: Signed = int_xor(v_16, modulo_2)  # line 14
    v_19: Bool = int_lt(v_18, 0)  # line 14
    v_20: Signed = cast_bool_to_int(v_17)  # line 14
    v_21: Signed = cast_bool_to_int(v_19)  # line 14
    v_22: Signed = int_and(v_20, v_21)  # line 14
    v_23: Signed = int_mul(v_22, modulo_2)  # line 14
    v_24: Signed = int_add(v_16, v_23)  # line 14
    v_25: Signed = int_floordiv(modulo_2, 2)  # line 14
    v_26: Signed = int_mod(modulo_2, 2)  # line 14
    v_27: Bool = int_ne(v_26, 0)  # line 14
    v_28: Signed = int_xor(v_26, 2)  # line 14
    v_29: Bool = int_lt(v_28, 0)  # line 14
    v_30: Signed = cast_bool_to_int(v_27)  # line 14
    v_31: Signed = cast_bool_to_int(v_29)  # line 14
    v_32: Signed = int_and(v_30, v_31)  # line 14
    v_33: Signed = int_sub(v_25, v_32)  # line 14
    v_34: Signed = int_sub(v_24, v_33)  # line 14
    v_35: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_15, v_34)  # line 14
    --> block1(seed_2, count_2, modulo_2, items_1, v_14, iter2_1)

graph ints_text(items_0: Ptr(list))  # list_sort.py:5
block0(items_0: Ptr(list)):
    v_0: UniChar = same_as(44)  # line 6
    v_1: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 6
    v_2: Ptr(listiter) = direct_call(graph ll_listiter__listiter_list_array_Signed_list_array_Signed, Ptr(GcStruct listiter { list: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), index: Signed }), items_0)  # line 6
    --> block1(items_0, v_2, v_0, v_1)
block1(items_1: Ptr(list), iter2_0: Ptr(listiter), t0_0: UniChar, t1_0: Ptr(list)):
    v_3: Signed = direct_call(graph ll_listnext__listiter_list_array_Signed, iter2_0)  # line 6
    no exception --> block2(v_3, iter2_0, t0_0, t1_0, items_1)
    StopIteration --> block3(t0_0, t1_0)
block2(item_0: Signed, iter2_1: Ptr(listiter), t0_1: UniChar, t1_1: Ptr(list), items_2: Ptr(list)):
    v_4: Ptr(list) = same_as(t1_1)  # line 6
    v_5: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, item_0)  # line 6
    v_6: Ptr(rpy_str) = same_as(v_5)  # line 6
    v_7: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_4, v_6)  # line 6
    --> block1(items_2, iter2_1, t0_1, t1_1)
block3(t0_2: UniChar, t1_2: Ptr(list)):
    v_8: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, t0_2)  # line 6
    v_9: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_8, t1_2)  # line 6
    --> return(v_9)

graph sort_floats(n_0: Signed)  # list_sort.py:36
block0(n_0: Signed):
    v_0: Float = cast_int_to_float(n_0)  # line 37
    v_1: Float = same_as(v_0)  # line 37
    v_2: Ptr(GcArray(Float)) = direct_call(graph ll_newlist__array_Float_Signed, Ptr(GcArray(Float)), 7)  # line 37
    v_3: Void = setarrayitem(v_2, 0, 2.5)  # line 37
    v_4: Void = setarrayitem(v_2, 1, -1.0)  # line 37
    v_5: Void = setarrayitem(v_2, 2, 0.0)  # line 37
    v_6: Void = setarrayitem(v_2, 3, v_1)  # line 37
    v_7: Void = setarrayitem(v_2, 4, -0.0)  # line 37
    v_8: Void = setarrayitem(v_2, 5, 10000000000.0)  # line 37
    v_9: Void = setarrayitem(v_2, 6, -3.25)  # line 37
    v_10: Ptr(GcArray(Float)) = same_as(v_2)  # line 38
    v_11: Void = direct_call(graph ll_sort__array_Float_None, v_10, None)  # line 38
    v_12: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 0)  # line 39
    v_13: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_Float_array_Float, Ptr(GcStruct listiter { list: Ptr(GcArray(Float)), index: Signed }), v_2)  # line 39
    --> block1(n_0, v_2, v_13, v_12)
block1(n_1: Signed, fl_0: Ptr(GcArray(Float)), iter12_0: Ptr(listiter), t11_0: Ptr(list)):
    v_14: Float = direct_call(graph ll_listnext__listiter_array_Float, iter12_0)  # line 39
    no exception --> block2(v_14, iter12_0, t11_0, n_1, fl_0)
    StopIteration --> block3(t11_0)
block2(item_0: Float, iter12_1: Ptr(listiter), t11_1: Ptr(list), n_2: Signed, fl_1: Ptr(GcArray(Float))):
    v_15: Ptr(list) = same_as(t11_1)  # line 39
    v_16: Float = float_mul(item_0, 4.0)  # line 39
    v_17: Signed = cast_float_to_int_checked(v_16)  # line 39
    v_18: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_15, v_17)  # line 39
    --> block1(n_2, fl_1, iter12_1, t11_1)
block3(t11_2: Ptr(list)):
    v_19: Ptr(rpy_str) = direct_call(graph ints_text, t11_2)  # line 39
    --> return(v_19)

graph sort_strs(n_0: Signed)  # list_sort.py:42
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 43
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 43
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 11)  # line 43
    v_3: Void = setarrayitem(v_2, 0, 'pear')  # line 43
    v_4: Void = setarrayitem(v_2, 1, 'apple')  # line 43
    v_5: Void = setarrayitem(v_2, 2, '')  # line 43
    v_6: Void = setarrayitem(v_2, 3, 'Apple')  # line 43
    v_7: Void = setarrayitem(v_2, 4, 'app')  # line 43
    v_8: Void = setarrayitem(v_2, 5, '\xe9t\xe9')  # line 43
    v_9: Void = setarrayitem(v_2, 6, 'zebra')  # line 43
    v_10: Void = setarrayitem(v_2, 7, 'apple')  # line 43
    v_11: Void = setarrayitem(v_2, 8, v_1)  # line 43
    v_12: Void = setarrayitem(v_2, 9, '\U0001f600')  # line 43
    v_13: Void = setarrayitem(v_2, 10, '~')  # line 43
    v_14: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = same_as(v_2)  # line 44
    v_15: Void = direct_call(graph ll_sort__array_rpy_str_ll_strlt, v_14, <function rpython.rtyper.rstr.ll_strlt>)  # line 44
    v_16: Ptr(list) = direct_call(graph ll_newlist__list_array_UniChar_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(UniChar)) }), 0)  # line 45
    v_17: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 45
    v_18: Ptr(rpy_str) = same_as(v_17)  # line 45
    v_19: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'hello, world ', v_18)  # line 45
    v_20: Ptr(striter) = direct_call(graph ll_striter__striter_rpy_str, Ptr(GcStruct striter { string: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), index: Signed }), v_19)  # line 45
    --> block1(n_0, v_2, v_20, v_16)
block1(n_1: Signed, words_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), iter19_0: Ptr(striter), t14_0: Ptr(list)):
    v_21: UniChar = direct_call(graph ll_strnext__striter, iter19_0)  # line 45
    no exception --> block2(v_21, iter19_0, t14_0, n_1, words_0)
    StopIteration --> block3(n_1, words_0, iter19_0, t14_0)
block2(item_0: UniChar, iter19_1: Ptr(striter), t14_1: Ptr(list), n_2: Signed, words_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_22: Ptr(list) = same_as(t14_1)  # line 45
    v_23: Void = direct_call(graph ll_append__list_array_UniChar_UniChar, v_22, item_0)  # line 45
    --> block1(n_2, words_1, iter19_1, t14_1)
block3(n_3: Signed, words_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), iter19_2: Ptr(striter), t14_2: Ptr(list)):
    v_24: Ptr(list) = same_as(t14_2)  # line 46
    v_25: Void = direct_call(graph ll_sort__list_array_UniChar_None, v_24, None)  # line 46
    v_26: Bool = int_gt(n_3, 0)  # line 47
    v_27: Signed = int_mod(n_3, 2)  # line 47
    v_28: Bool = int_ne(v_27, 0)  # line 47
    v_29: Signed = int_xor(v_27, 2)  # line 47
    v_30: Bool = int_lt(v_29, 0)  # line 47
    v_31: Signed = cast_bool_to_int(v_28)  # line 47
    v_32: Signed = cast_bool_to_int(v_30)  # line 47
    v_33: Signed = int_and(v_31, v_32)  # line 47
    v_34: Signed = int_mul(v_33, 2)  # line 47
    v_35: Signed = int_add(v_27, v_34)  # line 47
    v_36: Bool = int_eq(v_35, 0)  # line 47
    v_37: Ptr(GcArray(Bool)) = direct_call(graph ll_newlist__array_Bool_Signed, Ptr(GcArray(Bool)), 4)  # line 47
    v_38: Void = setarrayitem(v_37, 0, v_26)  # line 47
    v_39: Void = setarrayitem(v_37, 1, False)  # line 47
    v_40: Void = setarrayitem(v_37, 2, True)  # line 47
    v_41: Void = setarrayitem(v_37, 3, v_36)  # line 47
    v_42: Ptr(GcArray(Bool)) = same_as(v_37)  # line 48
    v_43: Void = direct_call(graph ll_sort__array_Bool_None, v_42, None)  # line 48
    v_44: UniChar = same_as(124)  # line 49
    v_45: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_44)  # line 49
    v_46: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_array_rpy_str, v_45, words_2)  # line 49
    v_47: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_46, '/')  # line 49
    v_48: Ptr(rpy_str) = same_as('')  # line 49
    v_49: Ptr(rpy_str) = direct_call(graph ll_join_chars__rpy_str_list_array_UniChar, v_48, t14_2)  # line 49
    v_50: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_47, v_49)  # line 49
    v_51: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_50, '/')  # line 49
    v_52: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 0)  # line 49
    v_53: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_Bool_array_Bool, Ptr(GcStruct listiter { list: Ptr(GcArray(Bool)), index: Signed }), v_37)  # line 49
    --> block4(n_3, words_2, t14_2, v_37, iter19_2, v_53, v_51, v_52)
block4(n_4: Signed, words_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), chars_0: Ptr(list), flags_0: Ptr(GcArray(Bool)), iter19_3: Ptr(striter), iter45_0: Ptr(listiter), t42_0: Ptr(rpy_str), t44_0: Ptr(list)):
    v_54: Bool = direct_call(graph ll_listnext__listiter_array_Bool, iter45_0)  # line 49
    no exception --> block5(v_54, iter19_3, iter45_0, t42_0, t44_0, n_4, words_3, chars_0, flags_0)
    StopIteration --> block6(t42_0, t44_0)
block5(item_1: Bool, iter19_4: Ptr(striter), iter45_1: Ptr(listiter), t42_1: Ptr(rpy_str), t44_1: Ptr(list), n_5: Signed, words_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), chars_1: Ptr(list), flags_1: Ptr(GcArray(Bool))):
    v_55: Ptr(list) = same_as(t44_1)  # line 49
    v_56: Signed = cast_bool_to_int(item_1)  # line 49
    v_57: Signed = same_as(v_56)  # line 49
    v_58: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_55, v_57)  # line 49
    --> block4(n_5, words_4, chars_1, flags_1, iter19_4, iter45_1, t42_1, t44_1)
block6(t42_2: Ptr(rpy_str), t44_2: Ptr(list)):
    v_59: Ptr(rpy_str) = direct_call(graph ints_text, t44_2)  # line 49
    v_60: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, t42_2, v_59)  # line 49
    --> return(v_60)

graph sort_tuples(n_0: Signed)  # list_sort.py:52
block0(n_0: Signed):
    v_0: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }, 'gc')  # line 53
    v_1: Void = setfield(v_0, 'item0', 'alice')  # line 53
    v_2: Void = setfield(v_0, 'item1', n_0)  # line 53
    v_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))) = direct_call(graph ll_newlist__array_tuple2_rpy_str_Signed_Signed, Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), 6)  # line 53
    v_4: Void = setarrayitem(v_3, 0, <tuple2>)  # line 53
    v_5: Void = setarrayitem(v_3, 1, <tuple2>)  # line 53
    v_6: Void = setarrayitem(v_3, 2, <tuple2>)  # line 53
    v_7: Void = setarrayitem(v_3, 3, v_0)  # line 53
    v_8: Void = setarrayitem(v_3, 4, <tuple2>)  # line 53
    v_9: Void = setarrayitem(v_3, 5, <tuple2>)  # line 53
    v_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))) = same_as(v_3)  # line 54
    v_11: Void = direct_call(graph ll_sort__array_tuple2_rpy_str_Signed_ll_lt_tuple, v_10, <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>)  # line 54
    v_12: Signed = int_mod(n_0, 3)  # line 55
    v_13: Bool = int_ne(v_12, 0)  # line 55
    v_14: Signed = int_xor(v_12, 3)  # line 55
    v_15: Bool = int_lt(v_14, 0)  # line 55
    v_16: Signed = cast_bool_to_int(v_13)  # line 55
    v_17: Signed = cast_bool_to_int(v_15)  # line 55
    v_18: Signed = int_and(v_16, v_17)  # line 55
    v_19: Signed = int_mul(v_18, 3)  # line 55
    v_20: Signed = int_add(v_12, v_19)  # line 55
    v_21: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 55
    v_22: Void = setfield(v_21, 'item0', v_20)  # line 55
    v_23: Void = setfield(v_21, 'item1', 98)  # line 55
    v_24: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }, 'gc')  # line 55
    v_25: Void = setfield(v_24, 'item0', v_21)  # line 55
    v_26: Void = setfield(v_24, 'item1', 2.5)  # line 55
    v_27: Signed = int_mod(n_0, 3)  # line 55
    v_28: Bool = int_ne(v_27, 0)  # line 55
    v_29: Signed = int_xor(v_27, 3)  # line 55
    v_30: Bool = int_lt(v_29, 0)  # line 55
    v_31: Signed = cast_bool_to_int(v_28)  # line 55
    v_32: Signed = cast_bool_to_int(v_30)  # line 55
    v_33: Signed = int_and(v_31, v_32)  # line 55
    v_34: Signed = int_mul(v_33, 3)  # line 55
    v_35: Signed = int_add(v_27, v_34)  # line 55
    v_36: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 55
    v_37: Void = setfield(v_36, 'item0', v_35)  # line 55
    v_38: Void = setfield(v_36, 'item1', 97)  # line 55
    v_39: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }, 'gc')  # line 55
    v_40: Void = setfield(v_39, 'item0', v_36)  # line 55
    v_41: Void = setfield(v_39, 'item1', -1.0)  # line 55
    v_42: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))) = direct_call(graph ll_newlist__array_tuple2_tuple2_Signed_UniChar_Float_Signed, Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), 4)  # line 55
    v_43: Void = setarrayitem(v_42, 0, v_24)  # line 55
    v_44: Void = setarrayitem(v_42, 1, <tuple2>)  # line 55
    v_45: Void = setarrayitem(v_42, 2, v_39)  # line 55
    v_46: Void = setarrayitem(v_42, 3, <tuple2>)  # line 55
    v_47: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))) = same_as(v_42)  # line 56
    v_48: Void = direct_call(graph ll_sort__array_tuple2_tuple2_Signed_UniChar_Float_ll_lt_tuple#2, v_47, <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>)  # line 56
    v_49: Ptr(list) = direct_call(graph ll_newlist__list_array_tuple2_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) }), 0)  # line 57
    v_50: Signed = int_add(n_0, 1)  # line 57
    v_51: Ptr(list) = direct_call(graph lcg, v_50, 60, 1000)  # line 57
    v_52: Ptr(listiter) = direct_call(graph ll_listiter__listiter_list_array_Signed_list_array_Signed, Ptr(GcStruct listiter { list: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), index: Signed }), v_51)  # line 57
    --> block1(n_0, v_3, v_42, v_52, v_49)
block1(n_1: Signed, records_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), nested_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), iter51_0: Ptr(listiter), t44_0: Ptr(list)):
    v_53: Signed = direct_call(graph ll_listnext__listiter_list_array_Signed, iter51_0)  # line 57
    no exception --> block2(v_53, iter51_0, t44_0, n_1, records_0, nested_0)
    StopIteration --> block3(n_1, records_0, nested_0, iter51_0, t44_0)
block2(item_0: Signed, iter51_1: Ptr(listiter), t44_1: Ptr(list), n_2: Signed, records_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), nested_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float })))):
    v_54: Ptr(list) = same_as(t44_1)  # line 57
    v_55: Signed = int_mod(item_0, 7)  # line 57
    v_56: Bool = int_ne(v_55, 0)  # line 57
    v_57: Signed = int_xor(v_55, 7)  # line 57
    v_58: Bool = int_lt(v_57, 0)  # line 57
    v_59: Signed = cast_bool_to_int(v_56)  # line 57
    v_60: Signed = cast_bool_to_int(v_58)  # line 57
    v_61: Signed = int_and(v_59, v_60)  # line 57
    v_62: Signed = int_mul(v_61, 7)  # line 57
    v_63: Signed = int_add(v_55, v_62)  # line 57
    v_64: Signed = int_neg(item_0)  # line 57
    v_65: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: Signed }, 'gc')  # line 57
    v_66: Void = setfield(v_65, 'item0', v_63)  # line 57
    v_67: Void = setfield(v_65, 'item1', v_64)  # line 57
    v_68: Void = direct_call(graph ll_append__list_array_tuple2_Signed_Signed_tuple2_Signed_Signed, v_54, v_65)  # line 57
    --> block1(n_2, records_1, nested_1, iter51_1, t44_1)
block3(n_3: Signed, records_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), nested_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), iter51_2: Ptr(listiter), t44_2: Ptr(list)):
    v_69: Ptr(list) = same_as(t44_2)  # line 58
    v_70: Void = direct_call(graph ll_sort__list_array_tuple2_Signed_Signed_ll_lt_tuple#4, v_69, <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>)  # line 58
    v_71: Signed = direct_call(graph ll_len__list_array_tuple2_Signed_Signed, t44_2)  # line 60
    v_72: Ptr(GcArray(Signed)) = same_as(None)  # line 60
    v_73: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 1, v_71)  # line 60
    --> block4(n_3, records_2, nested_2, t44_2, 1, iter51_2, v_73)
block4(n_4: Signed, records_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), nested_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), many_0: Ptr(list), ok_0: Signed, iter51_3: Ptr(listiter), iter64_0: Ptr(rangeiter)):
    v_74: Signed = direct_call(graph ll_rangenext__rangeiter, iter64_0)  # line 60
    no exception --> block5(v_74, iter51_3, iter64_0, n_4, records_3, nested_3, many_0, ok_0)
    StopIteration --> block6(n_4, records_3, nested_3, many_0, ok_0, iter51_3, iter64_0)
block5(item_1: Signed, iter51_4: Ptr(listiter), iter64_1: Ptr(rangeiter), n_5: Signed, records_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), nested_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), many_1: Ptr(list), ok_1: Signed):
    v_75: Ptr(tuple2) = direct_call(graph ll_getitem_nonneg__list_array_tuple2_Signed_Signed_Signed, many_1, item_1)  # line 61
    v_76: Signed = int_sub(item_1, 1)  # line 61
    v_77: Ptr(tuple2) = direct_call(graph ll_getitem__list_array_tuple2_Signed_Signed_Signed, many_1, v_76)  # line 61
    v_78: Bool = direct_call(graph gen_lt.<locals>.ll_lt_tuple__tuple2_Signed_Signed_tuple2_Signed_Signed, v_75, v_77)  # line 61
    v_79: Bool = same_as(v_78)  # line 61
    switch v_79
    False --> block4(n_5, records_4, nested_4, many_1, ok_1, iter51_4, iter64_1)
    True --> block4(n_5, records_4, nested_4, many_1, 0, iter51_4, iter64_1)
block6(n_6: Signed, records_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), nested_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), many_2: Ptr(list), ok_2: Signed, iter51_5: Ptr(listiter), iter64_2: Ptr(rangeiter)):
    v_80: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 63
    v_81: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_tuple2_rpy_str_Signed_array_tuple2_rpy_str_Signed, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), index: Signed }), records_5)  # line 63
    --> block7(n_6, records_5, nested_5, many_2, ok_2, iter51_5, iter64_2, v_81, v_80)
block7(n_7: Signed, records_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), nested_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), many_3: Ptr(list), ok_3: Signed, iter51_6: Ptr(listiter), iter64_3: Ptr(rangeiter), iter73_0: Ptr(listiter), t72_0: Ptr(list)):
    v_82: Ptr(tuple2) = direct_call(graph ll_listnext__listiter_array_tuple2_rpy_str_Signed, iter73_0)  # line 63
    no exception --> block8(v_82, iter51_6, iter64_3, iter73_0, t72_0, n_7, records_6, nested_6, many_3, ok_3)
    StopIteration --> block9(n_7, records_6, nested_6, many_3, ok_3, iter51_6, iter64_3, iter73_0, t72_0)
block8(item_2: Ptr(tuple2), iter51_7: Ptr(listiter), iter64_4: Ptr(rangeiter), iter73_1: Ptr(listiter), t72_1: Ptr(list), n_8: Signed, records_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), nested_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), many_4: Ptr(list), ok_4: Signed):
    v_83: Ptr(rpy_str) = getfield(item_2, 'item0')  # line 63
    v_84: Signed = getfield(item_2, 'item1')  # line 63
    v_85: Ptr(list) = same_as(t72_1)  # line 63
    v_86: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }, 'gc')  # line 63
    v_87: Void = setfield(v_86, 'item0', v_83)  # line 63
    v_88: Void = setfield(v_86, 'item1', v_84)  # line 63
    v_89: Ptr(rpy_str) = getfield(v_86, 'item0')  # line 63
    v_90: Signed = getfield(v_86, 'item1')  # line 63
    v_91: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_90)  # line 63
    v_92: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 2)  # line 63
    v_93: Void = setarrayitem(v_92, 0, v_89)  # line 63
    v_94: Void = setarrayitem(v_92, 1, v_91)  # line 63
    v_95: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 2, v_92)  # line 63
    v_96: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_85, v_95)  # line 63
    --> block7(n_8, records_7, nested_7, many_4, ok_4, iter51_7, iter64_4, iter73_1, t72_1)
block9(n_9: Signed, records_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), nested_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), many_5: Ptr(list), ok_5: Signed, iter51_8: Ptr(listiter), iter64_5: Ptr(rangeiter), iter73_2: Ptr(listiter), t72_2: Ptr(list)):
    v_97: Ptr(list) = same_as(t72_2)  # line 64
    v_98: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 0)  # line 64
    v_99: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_tuple2_tuple2_Signed_UniChar_Float_array_tuple2_tuple2_Signed_UniChar_Float, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), index: Signed }), nested_8)  # line 64
    --> block10(n_9, records_8, nested_8, many_5, ok_5, t72_2, iter51_8, iter64_5, iter73_2, v_99, v_97, v_98)
block10(n_10: Signed, records_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), nested_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), many_6: Ptr(list), ok_6: Signed, parts_0: Ptr(list), iter51_9: Ptr(listiter), iter64_6: Ptr(rangeiter), iter73_3: Ptr(listiter), iter86_0: Ptr(listiter), t83_0: Ptr(list), t85_0: Ptr(list)):
    v_100: Ptr(tuple2) = direct_call(graph ll_listnext__listiter_array_tuple2_tuple2_Signed_UniChar_Float, iter86_0)  # line 64
    no exception --> block11(v_100, iter51_9, iter64_6, iter73_3, iter86_0, t83_0, t85_0, n_10, records_9, nested_9, many_6, ok_6, parts_0)
    StopIteration --> block12(ok_6, parts_0, t83_0, t85_0)
block11(item_3: Ptr(tuple2), iter51_10: Ptr(listiter), iter64_7: Ptr(rangeiter), iter73_4: Ptr(listiter), iter86_1: Ptr(listiter), t83_1: Ptr(list), t85_1: Ptr(list), n_11: Signed, records_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), nested_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), many_7: Ptr(list), ok_7: Signed, parts_1: Ptr(list)):
    v_101: Ptr(tuple2) = getfield(item_3, 'item0')  # line 64
    v_102: Float = getfield(item_3, 'item1')  # line 64
    v_103: Ptr(list) = same_as(t85_1)  # line 64
    v_104: Float = float_mul(v_102, 2.0)  # line 64
    v_105: Signed = cast_float_to_int_checked(v_104)  # line 64
    v_106: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_103, v_105)  # line 64
    --> block10(n_11, records_10, nested_10, many_7, ok_7, parts_1, iter51_10, iter64_7, iter73_4, iter86_1, t83_1, t85_1)
block12(ok_8: Signed, parts_2: Ptr(list), t83_2: Ptr(list), t85_2: Ptr(list)):
    v_107: Ptr(rpy_str) = direct_call(graph ints_text, t85_2)  # line 64
    v_108: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, t83_2, v_107)  # line 64
    v_109: Ptr(list) = same_as(parts_2)  # line 65
    v_110: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, ok_8)  # line 65
    v_111: Ptr(rpy_str) = same_as(v_110)  # line 65
    v_112: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_109, v_111)  # line 65
    v_113: UniChar = same_as(32)  # line 66
    v_114: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_113)  # line 66
    v_115: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_114, parts_2)  # line 66
    --> return(v_115)

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

graph ll_newlist__array_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_slice__list_array_Signed_array_Signed_Signed_Signed(LIST_0: Void, l_0: Ptr(GcArray(Signed)), start_0: Signed, stop_0: Signed)  # rlist.py:90
block0(LIST_0: Void, l_0: Ptr(GcArray(Signed)), start_0: Signed, stop_0: Signed):
    v_0: Signed = direct_call(graph ll_len__array_Signed, l_0)  # line 91
    v_1: Signed = direct_call(graph _ll_bounds__Signed_Signed, start_0, v_0)  # line 92
    v_2: Signed = direct_call(graph _ll_bounds__Signed_Signed, stop_0, v_0)  # line 93
    v_3: Bool = int_lt(v_2, v_1)  # line 94
    v_4: Bool = same_as(v_3)  # line 94
    switch v_4
    False --> block1(LIST_0, l_0, v_1, v_2, v_0)
    True --> block1(LIST_0, l_0, v_1, v_1, v_0)
block1(LIST_1: Void, l_1: Ptr(GcArray(Signed)), start_1: Signed, stop_1: Signed, length_0: Signed):
    v_5: Signed = int_sub(stop_1, start_1)  # line 96
    v_6: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), v_5)  # line 96
    v_7: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l_1)  # line 97
    v_8: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, v_6)  # line 98
    --> block2(LIST_1, l_1, start_1, stop_1, length_0, v_6, v_7, v_8, 0)
block2(LIST_2: Void, l_2: Ptr(GcArray(Signed)), start_2: Signed, stop_2: Signed, length_1: Signed, res_0: Ptr(list), items_0: Ptr(GcArray(Signed)), newitems_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_9: Signed = int_sub(stop_2, start_2)  # line 100
    v_10: Bool = int_lt(i_0, v_9)  # line 100
    v_11: Bool = same_as(v_10)  # line 100
    switch v_11
    False --> return(res_0)
    True --> block3(LIST_2, l_2, start_2, stop_2, length_1, res_0, items_0, newitems_0, i_0)
block3(LIST_3: Void, l_3: Ptr(GcArray(Signed)), start_3: Signed, stop_3: Signed, length_2: Signed, res_1: Ptr(list), items_1: Ptr(GcArray(Signed)), newitems_1: Ptr(GcArray(Signed)), i_1: Signed):
    v_12: Signed = int_add(start_3, i_1)  # line 101
    v_13: Signed = getarrayitem(items_1, v_12)  # line 101
    v_14: Void = setarrayitem(newitems_1, i_1, v_13)  # line 101
    v_15: Signed = int_add(i_1, 1)  # line 102
    --> block2(LIST_3, l_3, start_3, stop_3, length_2, res_1, items_1, newitems_1, v_15)

graph ll_len__array_Signed(l_0: Ptr(GcArray(Signed)))  # rlist.py:31
block0(l_0: Ptr(GcArray(Signed))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Signed))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph _ll_bounds__Signed_Signed(index_0: Signed, length_0: Signed)  # rlist.py:79
block0(index_0: Signed, length_0: Signed):
    v_0: Bool = int_lt(index_0, 0)  # line 81
    v_1: Bool = same_as(v_0)  # line 81
    switch v_1
    False --> block1(index_0, length_0)
    True --> block2(index_0, length_0)
block1(index_1: Signed, length_1: Signed):
    v_2: Bool = int_gt(index_1, length_1)  # line 85
    v_3: Bool = same_as(v_2)  # line 85
    switch v_3
    False --> return(index_1)
    True --> return(length_1)
block2(index_2: Signed, length_2: Signed):
    v_4: Signed = int_add(index_2, length_2)  # line 82
    v_5: Bool = int_lt(v_4, 0)  # line 83
    v_6: Bool = same_as(v_5)  # line 83
    switch v_6
    False --> return(v_4)
    True --> return(0)

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

graph ll_items__array_Signed(l_0: Ptr(GcArray(Signed)))  # rlist.py:25
block0(l_0: Ptr(GcArray(Signed))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_items__list_array_Signed(l_0: Ptr(list))  # rlist.py:25
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Ptr(GcArray(Signed)) = getfield(l_1, 'items')  # line 28
    --> return(v_2)

graph ll_sort__list_array_Signed_None(l_0: Ptr(list), lt_0: Void)  # rlist.py:283
block0(l_0: Ptr(list), lt_0: Void):
    v_0: Signed = direct_call(graph ll_len__list_array_Signed, l_0)  # line 287
    v_1: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_0)  # line 288
    --> block1(l_0, lt_0, v_0, v_1, 0)
block1(l_1: Ptr(list), lt_1: Void, length_0: Signed, items_0: Ptr(GcArray(Signed)), start_0: Signed):
    v_2: Bool = int_lt(start_0, length_0)  # line 290
    v_3: Bool = same_as(v_2)  # line 290
    switch v_3
    False --> block2(l_1, lt_1, length_0, items_0, start_0)
    True --> block13(l_1, lt_1, length_0, items_0, start_0)
block2(l_2: Ptr(list), lt_2: Void, length_1: Signed, items_1: Ptr(GcArray(Signed)), start_1: Signed):
    v_4: Bool = int_le(length_1, 16)  # line 296
    v_5: Bool = same_as(v_4)  # line 296
    switch v_5
    False --> block3(l_2, lt_2, length_1, items_1, start_1)
    True --> return(None)
block3(l_3: Ptr(list), lt_3: Void, length_2: Signed, items_2: Ptr(GcArray(Signed)), start_2: Signed):
    v_6: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', length_2)  # line 299
    --> block4(l_3, lt_3, length_2, items_2, start_2, items_2, v_6, 16)
block4(l_4: Ptr(list), lt_4: Void, length_3: Signed, items_3: Ptr(GcArray(Signed)), start_3: Signed, src_0: Ptr(GcArray(Signed)), dst_0: Ptr(GcArray(Signed)), width_0: Signed):
    v_7: Bool = int_lt(width_0, length_3)  # line 301
    v_8: Bool = same_as(v_7)  # line 301
    switch v_8
    False --> block5(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0)
    True --> block8(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0, 0)
block5(l_5: Ptr(list), lt_5: Void, length_4: Signed, items_4: Ptr(GcArray(Signed)), start_4: Signed, src_1: Ptr(GcArray(Signed)), dst_1: Ptr(GcArray(Signed)), width_1: Signed):
    v_9: Bool = ptr_ne(src_1, items_4)  # line 316
    v_10: Bool = same_as(v_9)  # line 316
    switch v_10
    False --> return(None)
    True --> block6(l_5, lt_5, length_4, items_4, start_4, src_1, dst_1, width_1, 0)
block6(l_6: Ptr(list), lt_6: Void, length_5: Signed, items_5: Ptr(GcArray(Signed)), start_5: Signed, src_2: Ptr(GcArray(Signed)), dst_2: Ptr(GcArray(Signed)), width_2: Signed, i_0: Signed):
    v_11: Bool = int_lt(i_0, length_5)  # line 318
    v_12: Bool = same_as(v_11)  # line 318
    switch v_12
    False --> return(None)
    True --> block7(l_6, lt_6, length_5, items_5, start_5, src_2, dst_2, width_2, i_0)
block7(l_7: Ptr(list), lt_7: Void, length_6: Signed, items_6: Ptr(GcArray(Signed)), start_6: Signed, src_3: Ptr(GcArray(Signed)), dst_3: Ptr(GcArray(Signed)), width_3: Signed, i_1: Signed):
    v_13: Signed = getarrayitem(src_3, i_1)  # line 319
    v_14: Void = setarrayitem(items_6, i_1, v_13)  # line 319
    v_15: Signed = int_add(i_1, 1)  # line 320
    --> block6(l_7, lt_7, length_6, items_6, start_6, src_3, dst_3, width_3, v_15)
block8(l_8: Ptr(list), lt_8: Void, length_7: Signed, items_7: Ptr(GcArray(Signed)), start_7: Signed, src_4: Ptr(GcArray(Signed)), dst_4: Ptr(GcArray(Signed)), width_4: Signed, lo_0: Signed):
    v_16: Bool = int_lt(lo_0, length_7)  # line 303
    v_17: Bool = same_as(v_16)  # line 303
    switch v_17
    False --> block9(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4)
    True --> block10(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4, lo_0)
block9(l_9: Ptr(list), lt_9: Void, length_8: Signed, items_8: Ptr(GcArray(Signed)), start_8: Signed, src_5: Ptr(GcArray(Signed)), dst_5: Ptr(GcArray(Signed)), width_5: Signed):
    v_18: Signed = int_mul(width_5, 2)  # line 315
    --> block4(l_9, lt_9, length_8, items_8, start_8, dst_5, src_5, v_18)
block10(l_10: Ptr(list), lt_10: Void, length_9: Signed, items_9: Ptr(GcArray(Signed)), start_9: Signed, src_6: Ptr(GcArray(Signed)), dst_6: Ptr(GcArray(Signed)), width_6: Signed, lo_1: Signed):
    v_19: Signed = int_add(lo_1, width_6)  # line 304
    v_20: Bool = int_gt(v_19, length_9)  # line 305
    v_21: Bool = same_as(v_20)  # line 305
    switch v_21
    False --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, v_19)
    True --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, length_9)
block11(l_11: Ptr(list), lt_11: Void, length_10: Signed, items_10: Ptr(GcArray(Signed)), start_10: Signed, src_7: Ptr(GcArray(Signed)), dst_7: Ptr(GcArray(Signed)), width_7: Signed, lo_2: Signed, mid_0: Signed):
    v_22: Signed = int_add(mid_0, width_7)  # line 307
    v_23: Bool = int_gt(v_22, length_10)  # line 308
    v_24: Bool = same_as(v_23)  # line 308
    switch v_24
    False --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, v_22)
    True --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, length_10)
block12(l_12: Ptr(list), lt_12: Void, length_11: Signed, items_11: Ptr(GcArray(Signed)), start_11: Signed, src_8: Ptr(GcArray(Signed)), dst_8: Ptr(GcArray(Signed)), width_8: Signed, lo_3: Signed, mid_1: Signed, hi_0: Signed):
    v_25: Void = direct_call(graph _ll_merge__array_Signed_array_Signed_Signed_Signed_Signed_None, src_8, dst_8, lo_3, mid_1, hi_0, None)  # line 310
    --> block8(l_12, lt_12, length_11, items_11, start_11, src_8, dst_8, width_8, hi_0)
block13(l_13: Ptr(list), lt_13: Void, length_12: Signed, items_12: Ptr(GcArray(Signed)), start_12: Signed):
    v_26: Signed = int_add(start_12, 16)  # line 291
    v_27: Bool = int_gt(v_26, length_12)  # line 292
    v_28: Bool = same_as(v_27)  # line 292
    switch v_28
    False --> block14(l_13, lt_13, length_12, items_12, start_12, v_26)
    True --> block14(l_13, lt_13, length_12, items_12, start_12, length_12)
block14(l_14: Ptr(list), lt_14: Void, length_13: Signed, items_13: Ptr(GcArray(Signed)), start_13: Signed, end_0: Signed):
    v_29: Void = direct_call(graph _ll_insertion_sort__array_Signed_Signed_Signed_None, items_13, start_13, end_0, None)  # line 294
    --> block1(l_14, lt_14, length_13, items_13, end_0)

graph ll_len__list_array_Signed(l_0: Ptr(list))  # rlist.py:31
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Signed = getfield(l_1, 'length')  # line 34
    --> return(v_2)

graph _ll_insertion_sort__array_Signed_Signed_Signed_None(items_0: Ptr(GcArray(Signed)), start_0: Signed, end_0: Signed, lt_0: Void)  # rlist.py:247
block0(items_0: Ptr(GcArray(Signed)), start_0: Signed, end_0: Signed, lt_0: Void):
    v_0: Signed = int_add(start_0, 1)  # line 249
    --> block1(items_0, start_0, end_0, lt_0, v_0)
block1(items_1: Ptr(GcArray(Signed)), start_1: Signed, end_1: Signed, lt_1: Void, i_0: Signed):
    v_1: Bool = int_lt(i_0, end_1)  # line 250
    v_2: Bool = same_as(v_1)  # line 250
    switch v_2
    False --> return(None)
    True --> block2(items_1, start_1, end_1, lt_1, i_0)
block2(items_2: Ptr(GcArray(Signed)), start_2: Signed, end_2: Signed, lt_2: Void, i_1: Signed):
    v_3: Signed = getarrayitem(items_2, i_1)  # line 251
    --> block3(items_2, start_2, end_2, lt_2, i_1, v_3, i_1)
block3(items_3: Ptr(GcArray(Signed)), start_3: Signed, end_3: Signed, lt_3: Void, i_2: Signed, x_0: Signed, j_0: Signed):
    v_4: Bool = int_gt(j_0, start_3)  # line 253
    v_5: Bool = same_as(v_4)  # line 253
    switch v_5
    False --> block4(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
    True --> block5(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
block4(items_4: Ptr(GcArray(Signed)), start_4: Signed, end_4: Signed, lt_4: Void, i_3: Signed, x_1: Signed, j_1: Signed):
    v_6: Void = setarrayitem(items_4, j_1, x_1)  # line 256
    v_7: Signed = int_add(i_3, 1)  # line 257
    --> block1(items_4, start_4, end_4, lt_4, v_7)
block5(items_5: Ptr(GcArray(Signed)), start_5: Signed, end_5: Signed, lt_5: Void, i_4: Signed, x_2: Signed, j_2: Signed):
    v_8: Signed = int_sub(j_2, 1)  # line 253
    v_9: Signed = getarrayitem(items_5, v_8)  # line 253
    v_10: Bool = direct_call(graph ll_less__None_Signed_Signed, None, x_2, v_9)  # line 253
    v_11: Bool = same_as(v_10)  # line 253
    switch v_11
    False --> block4(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
    True --> block6(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
block6(items_6: Ptr(GcArray(Signed)), start_6: Signed, end_6: Signed, lt_6: Void, i_5: Signed, x_3: Signed, j_3: Signed):
    v_12: Signed = int_sub(j_3, 1)  # line 254
    v_13: Signed = getarrayitem(items_6, v_12)  # line 254
    v_14: Void = setarrayitem(items_6, j_3, v_13)  # line 254
    v_15: Signed = int_sub(j_3, 1)  # line 255
    --> block3(items_6, start_6, end_6, lt_6, i_5, x_3, v_15)

graph _ll_merge__array_Signed_array_Signed_Signed_Signed_Signed_None(src_0: Ptr(GcArray(Signed)), dst_0: Ptr(GcArray(Signed)), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void)  # rlist.py:260
block0(src_0: Ptr(GcArray(Signed)), dst_0: Ptr(GcArray(Signed)), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void):
    --> block1(src_0, dst_0, lo_0, mid_0, hi_0, lt_0, lo_0, mid_0, lo_0)
block1(src_1: Ptr(GcArray(Signed)), dst_1: Ptr(GcArray(Signed)), lo_1: Signed, mid_1: Signed, hi_1: Signed, lt_1: Void, i_0: Signed, j_0: Signed, k_0: Signed):
    v_0: Bool = int_lt(i_0, mid_1)  # line 265
    v_1: Bool = same_as(v_0)  # line 265
    switch v_1
    False --> block2(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
    True --> block6(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
block2(src_2: Ptr(GcArray(Signed)), dst_2: Ptr(GcArray(Signed)), lo_2: Signed, mid_2: Signed, hi_2: Signed, lt_2: Void, i_1: Signed, j_1: Signed, k_1: Signed):
    v_2: Bool = int_lt(i_1, mid_2)  # line 273
    v_3: Bool = same_as(v_2)  # line 273
    switch v_3
    False --> block3(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
    True --> block5(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
block3(src_3: Ptr(GcArray(Signed)), dst_3: Ptr(GcArray(Signed)), lo_3: Signed, mid_3: Signed, hi_3: Signed, lt_3: Void, i_2: Signed, j_2: Signed, k_2: Signed):
    v_4: Bool = int_lt(j_2, hi_3)  # line 277
    v_5: Bool = same_as(v_4)  # line 277
    switch v_5
    False --> return(None)
    True --> block4(src_3, dst_3, lo_3, mid_3, hi_3, lt_3, i_2, j_2, k_2)
block4(src_4: Ptr(GcArray(Signed)), dst_4: Ptr(GcArray(Signed)), lo_4: Signed, mid_4: Signed, hi_4: Signed, lt_4: Void, i_3: Signed, j_3: Signed, k_3: Signed):
    v_6: Signed = getarrayitem(src_4, j_3)  # line 278
    v_7: Void = setarrayitem(dst_4, k_3, v_6)  # line 278
    v_8: Signed = int_add(j_3, 1)  # line 279
    v_9: Signed = int_add(k_3, 1)  # line 280
    --> block3(src_4, dst_4, lo_4, mid_4, hi_4, lt_4, i_3, v_8, v_9)
block5(src_5: Ptr(GcArray(Signed)), dst_5: Ptr(GcArray(Signed)), lo_5: Signed, mid_5: Signed, hi_5: Signed, lt_5: Void, i_4: Signed, j_4: Signed, k_4: Signed):
    v_10: Signed = getarrayitem(src_5, i_4)  # line 274
    v_11: Void = setarrayitem(dst_5, k_4, v_10)  # line 274
    v_12: Signed = int_add(i_4, 1)  # line 275
    v_13: Signed = int_add(k_4, 1)  # line 276
    --> block2(src_5, dst_5, lo_5, mid_5, hi_5, lt_5, v_12, j_4, v_13)
block6(src_6: Ptr(GcArray(Signed)), dst_6: Ptr(GcArray(Signed)), lo_6: Signed, mid_6: Signed, hi_6: Signed, lt_6: Void, i_5: Signed, j_5: Signed, k_5: Signed):
    v_14: Bool = int_lt(j_5, hi_6)  # line 265
    v_15: Bool = same_as(v_14)  # line 265
    switch v_15
    False --> block2(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
    True --> block7(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
block7(src_7: Ptr(GcArray(Signed)), dst_7: Ptr(GcArray(Signed)), lo_7: Signed, mid_7: Signed, hi_7: Signed, lt_7: Void, i_6: Signed, j_6: Signed, k_6: Signed):
    v_16: Signed = getarrayitem(src_7, j_6)  # line 266
    v_17: Signed = getarrayitem(src_7, i_6)  # line 266
    v_18: Bool = direct_call(graph ll_less__None_Signed_Signed, None, v_16, v_17)  # line 266
    v_19: Bool = same_as(v_18)  # line 266
    switch v_19
    False --> block8(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
    True --> block10(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
block8(src_8: Ptr(GcArray(Signed)), dst_8: Ptr(GcArray(Signed)), lo_8: Signed, mid_8: Signed, hi_8: Signed, lt_8: Void, i_7: Signed, j_7: Signed, k_7: Signed):
    v_20: Signed = getarrayitem(src_8, i_7)  # line 270
    v_21: Void = setarrayitem(dst_8, k_7, v_20)  # line 270
    v_22: Signed = int_add(i_7, 1)  # line 271
    --> block9(src_8, dst_8, lo_8, mid_8, hi_8, lt_8, v_22, j_7, k_7)
block9(src_9: Ptr(GcArray(Signed)), dst_9: Ptr(GcArray(Signed)), lo_9: Signed, mid_9: Signed, hi_9: Signed, lt_9: Void, i_8: Signed, j_8: Signed, k_8: Signed):
    v_23: Signed = int_add(k_8, 1)  # line 272
    --> block1(src_9, dst_9, lo_9, mid_9, hi_9, lt_9, i_8, j_8, v_23)
block10(src_10: Ptr(GcArray(Signed)), dst_10: Ptr(GcArray(Signed)), lo_10: Signed, mid_10: Signed, hi_10: Signed, lt_10: Void, i_9: Signed, j_9: Signed, k_9: Signed):
    v_24: Signed = getarrayitem(src_10, j_9)  # line 267
    v_25: Void = setarrayitem(dst_10, k_9, v_24)  # line 267
    v_26: Signed = int_add(j_9, 1)  # line 268
    --> block9(src_10, dst_10, lo_10, mid_10, hi_10, lt_10, i_9, v_26, k_9)

graph ll_less__None_Signed_Signed(lt_0: Void, x_0: Signed, y_0: Signed)  # rlist.py:236
block0(lt_0: Void, x_0: Signed, y_0: Signed):
    v_0: Bool = same_as(True)  # line 237
    v_1: Bool = same_as(v_0)  # line 237
    --> block1(x_0, y_0)
block1(x_1: Signed, y_1: Signed):
    v_2: Bool = int_lt(x_1, y_1)  # line 238
    --> return(v_2)

graph ll_rangeiter1__rangeiter_Signed_Signed(ITER_0: Void, start_0: Signed, stop_0: Signed)  # rlist.py:337
block0(ITER_0: Void, start_0: Signed, stop_0: Signed):
    v_0: Bool = int_gt(stop_0, start_0)  # line 340
    v_1: Bool = same_as(v_0)  # line 340
    switch v_1
    False --> block1(ITER_0, start_0, 0)
    True --> block2(ITER_0, start_0, stop_0)
block1(ITER_1: Void, start_1: Signed, remaining_0: Signed):
    v_2: Ptr(rangeiter) = direct_call(graph _ll_rangeiter__rangeiter_Signed_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), start_1, remaining_0, 1)  # line 342
    --> return(v_2)
block2(ITER_2: Void, start_2: Signed, stop_1: Signed):
    v_3: Signed = int_sub(stop_1, start_2)  # line 341
    --> block1(ITER_2, start_2, v_3)

graph _ll_rangeiter__rangeiter_Signed_Signed_Signed(ITER_0: Void, start_0: Signed, remaining_0: Signed, step_0: Signed)  # rlist.py:345
block0(ITER_0: Void, start_0: Signed, remaining_0: Signed, step_0: Signed):
    v_0: Ptr(rangeiter) = malloc(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }, 'gc')  # line 346
    v_1: Void = setfield(v_0, 'index', 0)  # line 347
    v_2: Void = setfield(v_0, 'next', start_0)  # line 348
    v_3: Void = setfield(v_0, 'remaining', remaining_0)  # line 349
    v_4: Void = setfield(v_0, 'step', step_0)  # line 350
    --> return(v_0)

graph ll_rangenext__rangeiter(it_0: Ptr(rangeiter))  # rlist.py:373
block0(it_0: Ptr(rangeiter)):
    v_0: Signed = getfield(it_0, 'remaining')  # line 375
    v_1: Bool = int_le(v_0, 0)  # line 376
    v_2: Bool = same_as(v_1)  # line 376
    switch v_2
    False --> block1(it_0, v_0)
    True --> block2()
block1(it_1: Ptr(rangeiter), remaining_0: Signed):
    v_3: Signed = int_sub(remaining_0, 1)  # line 378
    v_4: Void = setfield(it_1, 'remaining', v_3)  # line 378
    v_5: Signed = getfield(it_1, 'next')  # line 379
    v_6: Signed = getfield(it_1, 'step')  # line 380
    v_7: Signed = int_add(v_5, v_6)  # line 380
    v_8: Void = setfield(it_1, 'next', v_7)  # line 380
    v_9: Signed = getfield(it_1, 'index')  # line 381
    v_10: Signed = int_add(v_9, 1)  # line 381
    v_11: Void = setfield(it_1, 'index', v_10)  # line 381
    --> return(v_5)
block2():
    v_12: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 377
    v_13: Ptr(BaseException) = cast_pointer(v_12)  # line 377
    v_14: Void = setfield(v_13, 'typeptr', vtable StopIteration [7, 8))  # line 377
    v_15: Ptr(BaseException) = cast_pointer(v_12)  # line 377
    v_16: Ptr(object_vtable) = getfield(v_15, 'typeptr')  # line 377
    --> raise(v_16, v_12)

graph ll_getitem__list_array_Signed_Signed(l_0: Ptr(list), index_0: Signed)  # rlist.py:59
block0(l_0: Ptr(list), index_0: Signed):
    v_0: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_0)  # line 60
    v_1: Signed = direct_call(graph ll_len__list_array_Signed, l_0)  # line 60
    v_2: Signed = direct_call(graph _ll_index__Signed_Signed, index_0, v_1)  # line 60
    v_3: Signed = getarrayitem(v_0, v_2)  # line 60
    --> return(v_3)

graph _ll_index__Signed_Signed(index_0: Signed, length_0: Signed)  # rlist.py:50
block0(index_0: Signed, length_0: Signed):
    v_0: Bool = int_lt(index_0, 0)  # line 52
    v_1: Bool = same_as(v_0)  # line 52
    switch v_1
    False --> block1(index_0, length_0)
    True --> block4(index_0, length_0)
block1(index_1: Signed, length_1: Signed):
    v_2: Bool = int_lt(index_1, 0)  # line 54
    v_3: Bool = same_as(v_2)  # line 54
    switch v_3
    False --> block2(index_1, length_1)
    True --> block3()
block2(index_2: Signed, length_2: Signed):
    v_4: Bool = int_ge(index_2, length_2)  # line 54
    v_5: Bool = same_as(v_4)  # line 54
    switch v_5
    False --> return(index_2)
    True --> block3()
block3():
    v_6: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 55
    v_7: Ptr(BaseException) = cast_pointer(v_6)  # line 55
    v_8: Void = setfield(v_7, 'typeptr', vtable IndexError [4, 5))  # line 55
    v_9: Ptr(BaseException) = cast_pointer(v_6)  # line 55
    v_10: Ptr(object_vtable) = getfield(v_9, 'typeptr')  # line 55
    --> raise(v_10, v_6)
block4(index_3: Signed, length_3: Signed):
    v_11: Signed = int_add(index_3, length_3)  # line 53
    --> block1(v_11, length_3)

graph ll_getitem_nonneg__list_array_Signed_Signed(l_0: Ptr(list), index_0: Signed)  # rlist.py:67
block0(l_0: Ptr(list), index_0: Signed):
    v_0: Signed = direct_call(graph ll_len__list_array_Signed, l_0)  # line 68
    v_1: Bool = int_ge(index_0, v_0)  # line 68
    v_2: Bool = same_as(v_1)  # line 68
    switch v_2
    False --> block1(l_0, index_0)
    True --> block2()
block1(l_1: Ptr(list), index_1: Signed):
    v_3: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_1)  # line 70
    v_4: Signed = getarrayitem(v_3, index_1)  # line 70
    --> return(v_4)
block2():
    v_5: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 69
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_7: Void = setfield(v_6, 'typeptr', vtable IndexError [4, 5))  # line 69
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 69
    --> raise(v_9, v_5)

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

graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed(LIST_0: Void, l_0: Ptr(list), start_0: Signed, stop_0: Signed)  # rlist.py:90
block0(LIST_0: Void, l_0: Ptr(list), start_0: Signed, stop_0: Signed):
    v_0: Signed = direct_call(graph ll_len__list_array_Signed, l_0)  # line 91
    v_1: Signed = direct_call(graph _ll_bounds__Signed_Signed, start_0, v_0)  # line 92
    v_2: Signed = direct_call(graph _ll_bounds__Signed_Signed, stop_0, v_0)  # line 93
    v_3: Bool = int_lt(v_2, v_1)  # line 94
    v_4: Bool = same_as(v_3)  # line 94
    switch v_4
    False --> block1(LIST_0, l_0, v_1, v_2, v_0)
    True --> block1(LIST_0, l_0, v_1, v_1, v_0)
block1(LIST_1: Void, l_1: Ptr(list), start_1: Signed, stop_1: Signed, length_0: Signed):
    v_5: Signed = int_sub(stop_1, start_1)  # line 96
    v_6: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), v_5)  # line 96
    v_7: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_1)  # line 97
    v_8: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, v_6)  # line 98
    --> block2(LIST_1, l_1, start_1, stop_1, length_0, v_6, v_7, v_8, 0)
block2(LIST_2: Void, l_2: Ptr(list), start_2: Signed, stop_2: Signed, length_1: Signed, res_0: Ptr(list), items_0: Ptr(GcArray(Signed)), newitems_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_9: Signed = int_sub(stop_2, start_2)  # line 100
    v_10: Bool = int_lt(i_0, v_9)  # line 100
    v_11: Bool = same_as(v_10)  # line 100
    switch v_11
    False --> return(res_0)
    True --> block3(LIST_2, l_2, start_2, stop_2, length_1, res_0, items_0, newitems_0, i_0)
block3(LIST_3: Void, l_3: Ptr(list), start_3: Signed, stop_3: Signed, length_2: Signed, res_1: Ptr(list), items_1: Ptr(GcArray(Signed)), newitems_1: Ptr(GcArray(Signed)), i_1: Signed):
    v_12: Signed = int_add(start_3, i_1)  # line 101
    v_13: Signed = getarrayitem(items_1, v_12)  # line 101
    v_14: Void = setarrayitem(newitems_1, i_1, v_13)  # line 101
    v_15: Signed = int_add(i_1, 1)  # line 102
    --> block2(LIST_3, l_3, start_3, stop_3, length_2, res_1, items_1, newitems_1, v_15)

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

graph ll_newlist__array_Float_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Float)) = malloc_varsize(GcArray(Float), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_sort__array_Float_None(l_0: Ptr(GcArray(Float)), lt_0: Void)  # rlist.py:283
block0(l_0: Ptr(GcArray(Float)), lt_0: Void):
    v_0: Signed = direct_call(graph ll_len__array_Float, l_0)  # line 287
    v_1: Ptr(GcArray(Float)) = direct_call(graph ll_items__array_Float, l_0)  # line 288
    --> block1(l_0, lt_0, v_0, v_1, 0)
block1(l_1: Ptr(GcArray(Float)), lt_1: Void, length_0: Signed, items_0: Ptr(GcArray(Float)), start_0: Signed):
    v_2: Bool = int_lt(start_0, length_0)  # line 290
    v_3: Bool = same_as(v_2)  # line 290
    switch v_3
    False --> block2(l_1, lt_1, length_0, items_0, start_0)
    True --> block13(l_1, lt_1, length_0, items_0, start_0)
block2(l_2: Ptr(GcArray(Float)), lt_2: Void, length_1: Signed, items_1: Ptr(GcArray(Float)), start_1: Signed):
    v_4: Bool = int_le(length_1, 16)  # line 296
    v_5: Bool = same_as(v_4)  # line 296
    switch v_5
    False --> block3(l_2, lt_2, length_1, items_1, start_1)
    True --> return(None)
block3(l_3: Ptr(GcArray(Float)), lt_3: Void, length_2: Signed, items_2: Ptr(GcArray(Float)), start_2: Signed):
    v_6: Ptr(GcArray(Float)) = malloc_varsize(GcArray(Float), 'gc', length_2)  # line 299
    --> block4(l_3, lt_3, length_2, items_2, start_2, items_2, v_6, 16)
block4(l_4: Ptr(GcArray(Float)), lt_4: Void, length_3: Signed, items_3: Ptr(GcArray(Float)), start_3: Signed, src_0: Ptr(GcArray(Float)), dst_0: Ptr(GcArray(Float)), width_0: Signed):
    v_7: Bool = int_lt(width_0, length_3)  # line 301
    v_8: Bool = same_as(v_7)  # line 301
    switch v_8
    False --> block5(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0)
    True --> block8(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0, 0)
block5(l_5: Ptr(GcArray(Float)), lt_5: Void, length_4: Signed, items_4: Ptr(GcArray(Float)), start_4: Signed, src_1: Ptr(GcArray(Float)), dst_1: Ptr(GcArray(Float)), width_1: Signed):
    v_9: Bool = ptr_ne(src_1, items_4)  # line 316
    v_10: Bool = same_as(v_9)  # line 316
    switch v_10
    False --> return(None)
    True --> block6(l_5, lt_5, length_4, items_4, start_4, src_1, dst_1, width_1, 0)
block6(l_6: Ptr(GcArray(Float)), lt_6: Void, length_5: Signed, items_5: Ptr(GcArray(Float)), start_5: Signed, src_2: Ptr(GcArray(Float)), dst_2: Ptr(GcArray(Float)), width_2: Signed, i_0: Signed):
    v_11: Bool = int_lt(i_0, length_5)  # line 318
    v_12: Bool = same_as(v_11)  # line 318
    switch v_12
    False --> return(None)
    True --> block7(l_6, lt_6, length_5, items_5, start_5, src_2, dst_2, width_2, i_0)
block7(l_7: Ptr(GcArray(Float)), lt_7: Void, length_6: Signed, items_6: Ptr(GcArray(Float)), start_6: Signed, src_3: Ptr(GcArray(Float)), dst_3: Ptr(GcArray(Float)), width_3: Signed, i_1: Signed):
    v_13: Float = getarrayitem(src_3, i_1)  # line 319
    v_14: Void = setarrayitem(items_6, i_1, v_13)  # line 319
    v_15: Signed = int_add(i_1, 1)  # line 320
    --> block6(l_7, lt_7, length_6, items_6, start_6, src_3, dst_3, width_3, v_15)
block8(l_8: Ptr(GcArray(Float)), lt_8: Void, length_7: Signed, items_7: Ptr(GcArray(Float)), start_7: Signed, src_4: Ptr(GcArray(Float)), dst_4: Ptr(GcArray(Float)), width_4: Signed, lo_0: Signed):
    v_16: Bool = int_lt(lo_0, length_7)  # line 303
    v_17: Bool = same_as(v_16)  # line 303
    switch v_17
    False --> block9(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4)
    True --> block10(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4, lo_0)
block9(l_9: Ptr(GcArray(Float)), lt_9: Void, length_8: Signed, items_8: Ptr(GcArray(Float)), start_8: Signed, src_5: Ptr(GcArray(Float)), dst_5: Ptr(GcArray(Float)), width_5: Signed):
    v_18: Signed = int_mul(width_5, 2)  # line 315
    --> block4(l_9, lt_9, length_8, items_8, start_8, dst_5, src_5, v_18)
block10(l_10: Ptr(GcArray(Float)), lt_10: Void, length_9: Signed, items_9: Ptr(GcArray(Float)), start_9: Signed, src_6: Ptr(GcArray(Float)), dst_6: Ptr(GcArray(Float)), width_6: Signed, lo_1: Signed):
    v_19: Signed = int_add(lo_1, width_6)  # line 304
    v_20: Bool = int_gt(v_19, length_9)  # line 305
    v_21: Bool = same_as(v_20)  # line 305
    switch v_21
    False --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, v_19)
    True --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, length_9)
block11(l_11: Ptr(GcArray(Float)), lt_11: Void, length_10: Signed, items_10: Ptr(GcArray(Float)), start_10: Signed, src_7: Ptr(GcArray(Float)), dst_7: Ptr(GcArray(Float)), width_7: Signed, lo_2: Signed, mid_0: Signed):
    v_22: Signed = int_add(mid_0, width_7)  # line 307
    v_23: Bool = int_gt(v_22, length_10)  # line 308
    v_24: Bool = same_as(v_23)  # line 308
    switch v_24
    False --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, v_22)
    True --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, length_10)
block12(l_12: Ptr(GcArray(Float)), lt_12: Void, length_11: Signed, items_11: Ptr(GcArray(Float)), start_11: Signed, src_8: Ptr(GcArray(Float)), dst_8: Ptr(GcArray(Float)), width_8: Signed, lo_3: Signed, mid_1: Signed, hi_0: Signed):
    v_25: Void = direct_call(graph _ll_merge__array_Float_array_Float_Signed_Signed_Signed_None, src_8, dst_8, lo_3, mid_1, hi_0, None)  # line 310
    --> block8(l_12, lt_12, length_11, items_11, start_11, src_8, dst_8, width_8, hi_0)
block13(l_13: Ptr(GcArray(Float)), lt_13: Void, length_12: Signed, items_12: Ptr(GcArray(Float)), start_12: Signed):
    v_26: Signed = int_add(start_12, 16)  # line 291
    v_27: Bool = int_gt(v_26, length_12)  # line 292
    v_28: Bool = same_as(v_27)  # line 292
    switch v_28
    False --> block14(l_13, lt_13, length_12, items_12, start_12, v_26)
    True --> block14(l_13, lt_13, length_12, items_12, start_12, length_12)
block14(l_14: Ptr(GcArray(Float)), lt_14: Void, length_13: Signed, items_13: Ptr(GcArray(Float)), start_13: Signed, end_0: Signed):
    v_29: Void = direct_call(graph _ll_insertion_sort__array_Float_Signed_Signed_None, items_13, start_13, end_0, None)  # line 294
    --> block1(l_14, lt_14, length_13, items_13, end_0)

graph ll_len__array_Float(l_0: Ptr(GcArray(Float)))  # rlist.py:31
block0(l_0: Ptr(GcArray(Float))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Float))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_Float(l_0: Ptr(GcArray(Float)))  # rlist.py:25
block0(l_0: Ptr(GcArray(Float))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph _ll_insertion_sort__array_Float_Signed_Signed_None(items_0: Ptr(GcArray(Float)), start_0: Signed, end_0: Signed, lt_0: Void)  # rlist.py:247
block0(items_0: Ptr(GcArray(Float)), start_0: Signed, end_0: Signed, lt_0: Void):
    v_0: Signed = int_add(start_0, 1)  # line 249
    --> block1(items_0, start_0, end_0, lt_0, v_0)
block1(items_1: Ptr(GcArray(Float)), start_1: Signed, end_1: Signed, lt_1: Void, i_0: Signed):
    v_1: Bool = int_lt(i_0, end_1)  # line 250
    v_2: Bool = same_as(v_1)  # line 250
    switch v_2
    False --> return(None)
    True --> block2(items_1, start_1, end_1, lt_1, i_0)
block2(items_2: Ptr(GcArray(Float)), start_2: Signed, end_2: Signed, lt_2: Void, i_1: Signed):
    v_3: Float = getarrayitem(items_2, i_1)  # line 251
    --> block3(items_2, start_2, end_2, lt_2, i_1, v_3, i_1)
block3(items_3: Ptr(GcArray(Float)), start_3: Signed, end_3: Signed, lt_3: Void, i_2: Signed, x_0: Float, j_0: Signed):
    v_4: Bool = int_gt(j_0, start_3)  # line 253
    v_5: Bool = same_as(v_4)  # line 253
    switch v_5
    False --> block4(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
    True --> block5(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
block4(items_4: Ptr(GcArray(Float)), start_4: Signed, end_4: Signed, lt_4: Void, i_3: Signed, x_1: Float, j_1: Signed):
    v_6: Void = setarrayitem(items_4, j_1, x_1)  # line 256
    v_7: Signed = int_add(i_3, 1)  # line 257
    --> block1(items_4, start_4, end_4, lt_4, v_7)
block5(items_5: Ptr(GcArray(Float)), start_5: Signed, end_5: Signed, lt_5: Void, i_4: Signed, x_2: Float, j_2: Signed):
    v_8: Signed = int_sub(j_2, 1)  # line 253
    v_9: Float = getarrayitem(items_5, v_8)  # line 253
    v_10: Bool = direct_call(graph ll_less__None_Float_Float, None, x_2, v_9)  # line 253
    v_11: Bool = same_as(v_10)  # line 253
    switch v_11
    False --> block4(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
    True --> block6(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
block6(items_6: Ptr(GcArray(Float)), start_6: Signed, end_6: Signed, lt_6: Void, i_5: Signed, x_3: Float, j_3: Signed):
    v_12: Signed = int_sub(j_3, 1)  # line 254
    v_13: Float = getarrayitem(items_6, v_12)  # line 254
    v_14: Void = setarrayitem(items_6, j_3, v_13)  # line 254
    v_15: Signed = int_sub(j_3, 1)  # line 255
    --> block3(items_6, start_6, end_6, lt_6, i_5, x_3, v_15)

graph _ll_merge__array_Float_array_Float_Signed_Signed_Signed_None(src_0: Ptr(GcArray(Float)), dst_0: Ptr(GcArray(Float)), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void)  # rlist.py:260
block0(src_0: Ptr(GcArray(Float)), dst_0: Ptr(GcArray(Float)), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void):
    --> block1(src_0, dst_0, lo_0, mid_0, hi_0, lt_0, lo_0, mid_0, lo_0)
block1(src_1: Ptr(GcArray(Float)), dst_1: Ptr(GcArray(Float)), lo_1: Signed, mid_1: Signed, hi_1: Signed, lt_1: Void, i_0: Signed, j_0: Signed, k_0: Signed):
    v_0: Bool = int_lt(i_0, mid_1)  # line 265
    v_1: Bool = same_as(v_0)  # line 265
    switch v_1
    False --> block2(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
    True --> block6(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
block2(src_2: Ptr(GcArray(Float)), dst_2: Ptr(GcArray(Float)), lo_2: Signed, mid_2: Signed, hi_2: Signed, lt_2: Void, i_1: Signed, j_1: Signed, k_1: Signed):
    v_2: Bool = int_lt(i_1, mid_2)  # line 273
    v_3: Bool = same_as(v_2)  # line 273
    switch v_3
    False --> block3(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
    True --> block5(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
block3(src_3: Ptr(GcArray(Float)), dst_3: Ptr(GcArray(Float)), lo_3: Signed, mid_3: Signed, hi_3: Signed, lt_3: Void, i_2: Signed, j_2: Signed, k_2: Signed):
    v_4: Bool = int_lt(j_2, hi_3)  # line 277
    v_5: Bool = same_as(v_4)  # line 277
    switch v_5
    False --> return(None)
    True --> block4(src_3, dst_3, lo_3, mid_3, hi_3, lt_3, i_2, j_2, k_2)
block4(src_4: Ptr(GcArray(Float)), dst_4: Ptr(GcArray(Float)), lo_4: Signed, mid_4: Signed, hi_4: Signed, lt_4: Void, i_3: Signed, j_3: Signed, k_3: Signed):
    v_6: Float = getarrayitem(src_4, j_3)  # line 278
    v_7: Void = setarrayitem(dst_4, k_3, v_6)  # line 278
    v_8: Signed = int_add(j_3, 1)  # line 279
    v_9: Signed = int_add(k_3, 1)  # line 280
    --> block3(src_4, dst_4, lo_4, mid_4, hi_4, lt_4, i_3, v_8, v_9)
block5(src_5: Ptr(GcArray(Float)), dst_5: Ptr(GcArray(Float)), lo_5: Signed, mid_5: Signed, hi_5: Signed, lt_5: Void, i_4: Signed, j_4: Signed, k_4: Signed):
    v_10: Float = getarrayitem(src_5, i_4)  # line 274
    v_11: Void = setarrayitem(dst_5, k_4, v_10)  # line 274
    v_12: Signed = int_add(i_4, 1)  # line 275
    v_13: Signed = int_add(k_4, 1)  # line 276
    --> block2(src_5, dst_5, lo_5, mid_5, hi_5, lt_5, v_12, j_4, v_13)
block6(src_6: Ptr(GcArray(Float)), dst_6: Ptr(GcArray(Float)), lo_6: Signed, mid_6: Signed, hi_6: Signed, lt_6: Void, i_5: Signed, j_5: Signed, k_5: Signed):
    v_14: Bool = int_lt(j_5, hi_6)  # line 265
    v_15: Bool = same_as(v_14)  # line 265
    switch v_15
    False --> block2(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
    True --> block7(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
block7(src_7: Ptr(GcArray(Float)), dst_7: Ptr(GcArray(Float)), lo_7: Signed, mid_7: Signed, hi_7: Signed, lt_7: Void, i_6: Signed, j_6: Signed, k_6: Signed):
    v_16: Float = getarrayitem(src_7, j_6)  # line 266
    v_17: Float = getarrayitem(src_7, i_6)  # line 266
    v_18: Bool = direct_call(graph ll_less__None_Float_Float, None, v_16, v_17)  # line 266
    v_19: Bool = same_as(v_18)  # line 266
    switch v_19
    False --> block8(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
    True --> block10(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
block8(src_8: Ptr(GcArray(Float)), dst_8: Ptr(GcArray(Float)), lo_8: Signed, mid_8: Signed, hi_8: Signed, lt_8: Void, i_7: Signed, j_7: Signed, k_7: Signed):
    v_20: Float = getarrayitem(src_8, i_7)  # line 270
    v_21: Void = setarrayitem(dst_8, k_7, v_20)  # line 270
    v_22: Signed = int_add(i_7, 1)  # line 271
    --> block9(src_8, dst_8, lo_8, mid_8, hi_8, lt_8, v_22, j_7, k_7)
block9(src_9: Ptr(GcArray(Float)), dst_9: Ptr(GcArray(Float)), lo_9: Signed, mid_9: Signed, hi_9: Signed, lt_9: Void, i_8: Signed, j_8: Signed, k_8: Signed):
    v_23: Signed = int_add(k_8, 1)  # line 272
    --> block1(src_9, dst_9, lo_9, mid_9, hi_9, lt_9, i_8, j_8, v_23)
block10(src_10: Ptr(GcArray(Float)), dst_10: Ptr(GcArray(Float)), lo_10: Signed, mid_10: Signed, hi_10: Signed, lt_10: Void, i_9: Signed, j_9: Signed, k_9: Signed):
    v_24: Float = getarrayitem(src_10, j_9)  # line 267
    v_25: Void = setarrayitem(dst_10, k_9, v_24)  # line 267
    v_26: Signed = int_add(j_9, 1)  # line 268
    --> block9(src_10, dst_10, lo_10, mid_10, hi_10, lt_10, i_9, v_26, k_9)

graph ll_less__None_Float_Float(lt_0: Void, x_0: Float, y_0: Float)  # rlist.py:236
block0(lt_0: Void, x_0: Float, y_0: Float):
    v_0: Bool = same_as(True)  # line 237
    v_1: Bool = same_as(v_0)  # line 237
    --> block1(x_0, y_0)
block1(x_1: Float, y_1: Float):
    v_2: Bool = float_lt(x_1, y_1)  # line 238
    --> return(v_2)

graph ll_listiter__listiter_array_Float_array_Float(ITER_0: Void, l_0: Ptr(GcArray(Float)))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Float))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Float)), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_Float(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Float)) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_Float, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Float))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Float)) = direct_call(graph ll_items__array_Float, l_0)  # line 391
    v_8: Float = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [7, 8))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_newlist__array_rpy_str_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_sort__array_rpy_str_ll_strlt(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_0: Void)  # rlist.py:283
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_0: Void):
    v_0: Signed = direct_call(graph ll_len__array_rpy_str, l_0)  # line 287
    v_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, l_0)  # line 288
    --> block1(l_0, lt_0, v_0, v_1, 0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_1: Void, length_0: Signed, items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_0: Signed):
    v_2: Bool = int_lt(start_0, length_0)  # line 290
    v_3: Bool = same_as(v_2)  # line 290
    switch v_3
    False --> block2(l_1, lt_1, length_0, items_0, start_0)
    True --> block13(l_1, lt_1, length_0, items_0, start_0)
block2(l_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_2: Void, length_1: Signed, items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_1: Signed):
    v_4: Bool = int_le(length_1, 16)  # line 296
    v_5: Bool = same_as(v_4)  # line 296
    switch v_5
    False --> block3(l_2, lt_2, length_1, items_1, start_1)
    True --> return(None)
block3(l_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_3: Void, length_2: Signed, items_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_2: Signed):
    v_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', length_2)  # line 299
    --> block4(l_3, lt_3, length_2, items_2, start_2, items_2, v_6, 16)
block4(l_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_4: Void, length_3: Signed, items_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_3: Signed, src_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), width_0: Signed):
    v_7: Bool = int_lt(width_0, length_3)  # line 301
    v_8: Bool = same_as(v_7)  # line 301
    switch v_8
    False --> block5(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0)
    True --> block8(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0, 0)
block5(l_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_5: Void, length_4: Signed, items_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_4: Signed, src_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), width_1: Signed):
    v_9: Bool = ptr_ne(src_1, items_4)  # line 316
    v_10: Bool = same_as(v_9)  # line 316
    switch v_10
    False --> return(None)
    True --> block6(l_5, lt_5, length_4, items_4, start_4, src_1, dst_1, width_1, 0)
block6(l_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_6: Void, length_5: Signed, items_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_5: Signed, src_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), width_2: Signed, i_0: Signed):
    v_11: Bool = int_lt(i_0, length_5)  # line 318
    v_12: Bool = same_as(v_11)  # line 318
    switch v_12
    False --> return(None)
    True --> block7(l_6, lt_6, length_5, items_5, start_5, src_2, dst_2, width_2, i_0)
block7(l_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_7: Void, length_6: Signed, items_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_6: Signed, src_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), width_3: Signed, i_1: Signed):
    v_13: Ptr(rpy_str) = getarrayitem(src_3, i_1)  # line 319
    v_14: Void = setarrayitem(items_6, i_1, v_13)  # line 319
    v_15: Signed = int_add(i_1, 1)  # line 320
    --> block6(l_7, lt_7, length_6, items_6, start_6, src_3, dst_3, width_3, v_15)
block8(l_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_8: Void, length_7: Signed, items_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_7: Signed, src_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), width_4: Signed, lo_0: Signed):
    v_16: Bool = int_lt(lo_0, length_7)  # line 303
    v_17: Bool = same_as(v_16)  # line 303
    switch v_17
    False --> block9(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4)
    True --> block10(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4, lo_0)
block9(l_9: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_9: Void, length_8: Signed, items_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_8: Signed, src_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), width_5: Signed):
    v_18: Signed = int_mul(width_5, 2)  # line 315
    --> block4(l_9, lt_9, length_8, items_8, start_8, dst_5, src_5, v_18)
block10(l_10: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_10: Void, length_9: Signed, items_9: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_9: Signed, src_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), width_6: Signed, lo_1: Signed):
    v_19: Signed = int_add(lo_1, width_6)  # line 304
    v_20: Bool = int_gt(v_19, length_9)  # line 305
    v_21: Bool = same_as(v_20)  # line 305
    switch v_21
    False --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, v_19)
    True --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, length_9)
block11(l_11: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_11: Void, length_10: Signed, items_10: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_10: Signed, src_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), width_7: Signed, lo_2: Signed, mid_0: Signed):
    v_22: Signed = int_add(mid_0, width_7)  # line 307
    v_23: Bool = int_gt(v_22, length_10)  # line 308
    v_24: Bool = same_as(v_23)  # line 308
    switch v_24
    False --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, v_22)
    True --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, length_10)
block12(l_12: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_12: Void, length_11: Signed, items_11: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_11: Signed, src_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), width_8: Signed, lo_3: Signed, mid_1: Signed, hi_0: Signed):
    v_25: Void = direct_call(graph _ll_merge__array_rpy_str_array_rpy_str_Signed_Signed_Signed_ll_strlt, src_8, dst_8, lo_3, mid_1, hi_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strlt, Function = <function rpython.rtyper.rstr.ll_strlt>, UniqueName = rpython.rtyper.rstr.ll_strlt })  # line 310
    --> block8(l_12, lt_12, length_11, items_11, start_11, src_8, dst_8, width_8, hi_0)
block13(l_13: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_13: Void, length_12: Signed, items_12: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_12: Signed):
    v_26: Signed = int_add(start_12, 16)  # line 291
    v_27: Bool = int_gt(v_26, length_12)  # line 292
    v_28: Bool = same_as(v_27)  # line 292
    switch v_28
    False --> block14(l_13, lt_13, length_12, items_12, start_12, v_26)
    True --> block14(l_13, lt_13, length_12, items_12, start_12, length_12)
block14(l_14: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lt_14: Void, length_13: Signed, items_13: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_13: Signed, end_0: Signed):
    v_29: Void = direct_call(graph _ll_insertion_sort__array_rpy_str_Signed_Signed_ll_strlt, items_13, start_13, end_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strlt, Function = <function rpython.rtyper.rstr.ll_strlt>, UniqueName = rpython.rtyper.rstr.ll_strlt })  # line 294
    --> block1(l_14, lt_14, length_13, items_13, end_0)

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

graph _ll_insertion_sort__array_rpy_str_Signed_Signed_ll_strlt(items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_0: Signed, end_0: Signed, lt_0: Void)  # rlist.py:247
block0(items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_0: Signed, end_0: Signed, lt_0: Void):
    v_0: Signed = int_add(start_0, 1)  # line 249
    --> block1(items_0, start_0, end_0, lt_0, v_0)
block1(items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_1: Signed, end_1: Signed, lt_1: Void, i_0: Signed):
    v_1: Bool = int_lt(i_0, end_1)  # line 250
    v_2: Bool = same_as(v_1)  # line 250
    switch v_2
    False --> return(None)
    True --> block2(items_1, start_1, end_1, lt_1, i_0)
block2(items_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_2: Signed, end_2: Signed, lt_2: Void, i_1: Signed):
    v_3: Ptr(rpy_str) = getarrayitem(items_2, i_1)  # line 251
    --> block3(items_2, start_2, end_2, lt_2, i_1, v_3, i_1)
block3(items_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_3: Signed, end_3: Signed, lt_3: Void, i_2: Signed, x_0: Ptr(rpy_str), j_0: Signed):
    v_4: Bool = int_gt(j_0, start_3)  # line 253
    v_5: Bool = same_as(v_4)  # line 253
    switch v_5
    False --> block4(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
    True --> block5(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
block4(items_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_4: Signed, end_4: Signed, lt_4: Void, i_3: Signed, x_1: Ptr(rpy_str), j_1: Signed):
    v_6: Void = setarrayitem(items_4, j_1, x_1)  # line 256
    v_7: Signed = int_add(i_3, 1)  # line 257
    --> block1(items_4, start_4, end_4, lt_4, v_7)
block5(items_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_5: Signed, end_5: Signed, lt_5: Void, i_4: Signed, x_2: Ptr(rpy_str), j_2: Signed):
    v_8: Signed = int_sub(j_2, 1)  # line 253
    v_9: Ptr(rpy_str) = getarrayitem(items_5, v_8)  # line 253
    v_10: Bool = direct_call(graph ll_less__ll_strlt_rpy_str_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strlt, Function = <function rpython.rtyper.rstr.ll_strlt>, UniqueName = rpython.rtyper.rstr.ll_strlt }, x_2, v_9)  # line 253
    v_11: Bool = same_as(v_10)  # line 253
    switch v_11
    False --> block4(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
    True --> block6(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
block6(items_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_6: Signed, end_6: Signed, lt_6: Void, i_5: Signed, x_3: Ptr(rpy_str), j_3: Signed):
    v_12: Signed = int_sub(j_3, 1)  # line 254
    v_13: Ptr(rpy_str) = getarrayitem(items_6, v_12)  # line 254
    v_14: Void = setarrayitem(items_6, j_3, v_13)  # line 254
    v_15: Signed = int_sub(j_3, 1)  # line 255
    --> block3(items_6, start_6, end_6, lt_6, i_5, x_3, v_15)

graph _ll_merge__array_rpy_str_array_rpy_str_Signed_Signed_Signed_ll_strlt(src_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void)  # rlist.py:260
block0(src_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void):
    --> block1(src_0, dst_0, lo_0, mid_0, hi_0, lt_0, lo_0, mid_0, lo_0)
block1(src_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lo_1: Signed, mid_1: Signed, hi_1: Signed, lt_1: Void, i_0: Signed, j_0: Signed, k_0: Signed):
    v_0: Bool = int_lt(i_0, mid_1)  # line 265
    v_1: Bool = same_as(v_0)  # line 265
    switch v_1
    False --> block2(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
    True --> block6(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
block2(src_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lo_2: Signed, mid_2: Signed, hi_2: Signed, lt_2: Void, i_1: Signed, j_1: Signed, k_1: Signed):
    v_2: Bool = int_lt(i_1, mid_2)  # line 273
    v_3: Bool = same_as(v_2)  # line 273
    switch v_3
    False --> block3(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
    True --> block5(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
block3(src_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lo_3: Signed, mid_3: Signed, hi_3: Signed, lt_3: Void, i_2: Signed, j_2: Signed, k_2: Signed):
    v_4: Bool = int_lt(j_2, hi_3)  # line 277
    v_5: Bool = same_as(v_4)  # line 277
    switch v_5
    False --> return(None)
    True --> block4(src_3, dst_3, lo_3, mid_3, hi_3, lt_3, i_2, j_2, k_2)
block4(src_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lo_4: Signed, mid_4: Signed, hi_4: Signed, lt_4: Void, i_3: Signed, j_3: Signed, k_3: Signed):
    v_6: Ptr(rpy_str) = getarrayitem(src_4, j_3)  # line 278
    v_7: Void = setarrayitem(dst_4, k_3, v_6)  # line 278
    v_8: Signed = int_add(j_3, 1)  # line 279
    v_9: Signed = int_add(k_3, 1)  # line 280
    --> block3(src_4, dst_4, lo_4, mid_4, hi_4, lt_4, i_3, v_8, v_9)
block5(src_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lo_5: Signed, mid_5: Signed, hi_5: Signed, lt_5: Void, i_4: Signed, j_4: Signed, k_4: Signed):
    v_10: Ptr(rpy_str) = getarrayitem(src_5, i_4)  # line 274
    v_11: Void = setarrayitem(dst_5, k_4, v_10)  # line 274
    v_12: Signed = int_add(i_4, 1)  # line 275
    v_13: Signed = int_add(k_4, 1)  # line 276
    --> block2(src_5, dst_5, lo_5, mid_5, hi_5, lt_5, v_12, j_4, v_13)
block6(src_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lo_6: Signed, mid_6: Signed, hi_6: Signed, lt_6: Void, i_5: Signed, j_5: Signed, k_5: Signed):
    v_14: Bool = int_lt(j_5, hi_6)  # line 265
    v_15: Bool = same_as(v_14)  # line 265
    switch v_15
    False --> block2(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
    True --> block7(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
block7(src_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lo_7: Signed, mid_7: Signed, hi_7: Signed, lt_7: Void, i_6: Signed, j_6: Signed, k_6: Signed):
    v_16: Ptr(rpy_str) = getarrayitem(src_7, j_6)  # line 266
    v_17: Ptr(rpy_str) = getarrayitem(src_7, i_6)  # line 266
    v_18: Bool = direct_call(graph ll_less__ll_strlt_rpy_str_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strlt, Function = <function rpython.rtyper.rstr.ll_strlt>, UniqueName = rpython.rtyper.rstr.ll_strlt }, v_16, v_17)  # line 266
    v_19: Bool = same_as(v_18)  # line 266
    switch v_19
    False --> block8(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
    True --> block10(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
block8(src_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lo_8: Signed, mid_8: Signed, hi_8: Signed, lt_8: Void, i_7: Signed, j_7: Signed, k_7: Signed):
    v_20: Ptr(rpy_str) = getarrayitem(src_8, i_7)  # line 270
    v_21: Void = setarrayitem(dst_8, k_7, v_20)  # line 270
    v_22: Signed = int_add(i_7, 1)  # line 271
    --> block9(src_8, dst_8, lo_8, mid_8, hi_8, lt_8, v_22, j_7, k_7)
block9(src_9: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_9: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lo_9: Signed, mid_9: Signed, hi_9: Signed, lt_9: Void, i_8: Signed, j_8: Signed, k_8: Signed):
    v_23: Signed = int_add(k_8, 1)  # line 272
    --> block1(src_9, dst_9, lo_9, mid_9, hi_9, lt_9, i_8, j_8, v_23)
block10(src_10: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), dst_10: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), lo_10: Signed, mid_10: Signed, hi_10: Signed, lt_10: Void, i_9: Signed, j_9: Signed, k_9: Signed):
    v_24: Ptr(rpy_str) = getarrayitem(src_10, j_9)  # line 267
    v_25: Void = setarrayitem(dst_10, k_9, v_24)  # line 267
    v_26: Signed = int_add(j_9, 1)  # line 268
    --> block9(src_10, dst_10, lo_10, mid_10, hi_10, lt_10, i_9, v_26, k_9)

graph ll_less__ll_strlt_rpy_str_rpy_str(lt_0: Void, x_0: Ptr(rpy_str), y_0: Ptr(rpy_str))  # rlist.py:236
block0(lt_0: Void, x_0: Ptr(rpy_str), y_0: Ptr(rpy_str)):
    v_0: Bool = same_as(False)  # line 237
    v_1: Bool = same_as(v_0)  # line 237
    --> block1(lt_0, x_0, y_0)
block1(lt_1: Void, x_1: Ptr(rpy_str), y_1: Ptr(rpy_str)):
    v_2: Bool = direct_call(graph ll_strlt__rpy_str_rpy_str, x_1, y_1)  # line 239
    --> return(v_2)

graph ll_strlt__rpy_str_rpy_str(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str))  # rstr.py:144
block0(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str)):
    v_0: Signed = direct_call(graph ll_strcmp__rpy_str_rpy_str, s1_0, s2_0)  # line 145
    v_1: Bool = int_lt(v_0, 0)  # line 145
    --> return(v_1)

graph ll_strcmp__rpy_str_rpy_str(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str))  # rstr.py:127
block0(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s1_0)  # line 129
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 129
    v_2: Ptr(rpy_str) = same_as(s2_0)  # line 130
    v_3: Signed = getinteriorarraysize(v_2, 'chars')  # line 130
    v_4: Bool = int_lt(v_1, v_3)  # line 131
    v_5: Bool = same_as(v_4)  # line 131
    switch v_5
    False --> block1(s1_0, s2_0, v_1, v_3, v_3, 0)
    True --> block1(s1_0, s2_0, v_1, v_3, v_1, 0)
block1(s1_1: Ptr(rpy_str), s2_1: Ptr(rpy_str), len1_0: Signed, len2_0: Signed, n_0: Signed, i_0: Signed):
    v_6: Bool = int_lt(i_0, n_0)  # line 133
    v_7: Bool = same_as(v_6)  # line 133
    switch v_7
    False --> block2(len1_0, len2_0)
    True --> block3(s1_1, s2_1, len1_0, len2_0, n_0, i_0)
block2(len1_1: Signed, len2_1: Signed):
    v_8: Signed = int_sub(len1_1, len2_1)  # line 141
    --> return(v_8)
block3(s1_2: Ptr(rpy_str), s2_2: Ptr(rpy_str), len1_2: Signed, len2_2: Signed, n_1: Signed, i_1: Signed):
    v_9: Ptr(rpy_str) = same_as(s1_2)  # line 134
    v_10: UniChar = getinteriorfield(v_9, 'chars', i_1)  # line 134
    v_11: Ptr(rpy_str) = same_as(s2_2)  # line 135
    v_12: UniChar = getinteriorfield(v_11, 'chars', i_1)  # line 135
    v_13: Bool = unichar_ne(v_10, v_12)  # line 136
    v_14: Bool = same_as(v_13)  # line 136
    switch v_14
    False --> block4(s1_2, s2_2, len1_2, len2_2, n_1, i_1)
    True --> block5(v_10, v_12)
block4(s1_3: Ptr(rpy_str), s2_3: Ptr(rpy_str), len1_3: Signed, len2_3: Signed, n_2: Signed, i_2: Signed):
    v_15: Signed = int_add(i_2, 1)  # line 140
    --> block1(s1_3, s2_3, len1_3, len2_3, n_2, v_15)
block5(c1_0: UniChar, c2_0: UniChar):
    v_16: Signed = cast_unichar_to_int(c1_0)  # line 137
    v_17: Signed = cast_unichar_to_int(c2_0)  # line 137
    v_18: Bool = int_lt(v_16, v_17)  # line 137
    v_19: Bool = same_as(v_18)  # line 137
    switch v_19
    False --> return(1)
    True --> return(-1)

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

graph ll_sort__list_array_UniChar_None(l_0: Ptr(list), lt_0: Void)  # rlist.py:283
block0(l_0: Ptr(list), lt_0: Void):
    v_0: Signed = direct_call(graph ll_len__list_array_UniChar, l_0)  # line 287
    v_1: Ptr(GcArray(UniChar)) = direct_call(graph ll_items__list_array_UniChar, l_0)  # line 288
    --> block1(l_0, lt_0, v_0, v_1, 0)
block1(l_1: Ptr(list), lt_1: Void, length_0: Signed, items_0: Ptr(GcArray(UniChar)), start_0: Signed):
    v_2: Bool = int_lt(start_0, length_0)  # line 290
    v_3: Bool = same_as(v_2)  # line 290
    switch v_3
    False --> block2(l_1, lt_1, length_0, items_0, start_0)
    True --> block13(l_1, lt_1, length_0, items_0, start_0)
block2(l_2: Ptr(list), lt_2: Void, length_1: Signed, items_1: Ptr(GcArray(UniChar)), start_1: Signed):
    v_4: Bool = int_le(length_1, 16)  # line 296
    v_5: Bool = same_as(v_4)  # line 296
    switch v_5
    False --> block3(l_2, lt_2, length_1, items_1, start_1)
    True --> return(None)
block3(l_3: Ptr(list), lt_3: Void, length_2: Signed, items_2: Ptr(GcArray(UniChar)), start_2: Signed):
    v_6: Ptr(GcArray(UniChar)) = malloc_varsize(GcArray(UniChar), 'gc', length_2)  # line 299
    --> block4(l_3, lt_3, length_2, items_2, start_2, items_2, v_6, 16)
block4(l_4: Ptr(list), lt_4: Void, length_3: Signed, items_3: Ptr(GcArray(UniChar)), start_3: Signed, src_0: Ptr(GcArray(UniChar)), dst_0: Ptr(GcArray(UniChar)), width_0: Signed):
    v_7: Bool = int_lt(width_0, length_3)  # line 301
    v_8: Bool = same_as(v_7)  # line 301
    switch v_8
    False --> block5(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0)
    True --> block8(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0, 0)
block5(l_5: Ptr(list), lt_5: Void, length_4: Signed, items_4: Ptr(GcArray(UniChar)), start_4: Signed, src_1: Ptr(GcArray(UniChar)), dst_1: Ptr(GcArray(UniChar)), width_1: Signed):
    v_9: Bool = ptr_ne(src_1, items_4)  # line 316
    v_10: Bool = same_as(v_9)  # line 316
    switch v_10
    False --> return(None)
    True --> block6(l_5, lt_5, length_4, items_4, start_4, src_1, dst_1, width_1, 0)
block6(l_6: Ptr(list), lt_6: Void, length_5: Signed, items_5: Ptr(GcArray(UniChar)), start_5: Signed, src_2: Ptr(GcArray(UniChar)), dst_2: Ptr(GcArray(UniChar)), width_2: Signed, i_0: Signed):
    v_11: Bool = int_lt(i_0, length_5)  # line 318
    v_12: Bool = same_as(v_11)  # line 318
    switch v_12
    False --> return(None)
    True --> block7(l_6, lt_6, length_5, items_5, start_5, src_2, dst_2, width_2, i_0)
block7(l_7: Ptr(list), lt_7: Void, length_6: Signed, items_6: Ptr(GcArray(UniChar)), start_6: Signed, src_3: Ptr(GcArray(UniChar)), dst_3: Ptr(GcArray(UniChar)), width_3: Signed, i_1: Signed):
    v_13: UniChar = getarrayitem(src_3, i_1)  # line 319
    v_14: Void = setarrayitem(items_6, i_1, v_13)  # line 319
    v_15: Signed = int_add(i_1, 1)  # line 320
    --> block6(l_7, lt_7, length_6, items_6, start_6, src_3, dst_3, width_3, v_15)
block8(l_8: Ptr(list), lt_8: Void, length_7: Signed, items_7: Ptr(GcArray(UniChar)), start_7: Signed, src_4: Ptr(GcArray(UniChar)), dst_4: Ptr(GcArray(UniChar)), width_4: Signed, lo_0: Signed):
    v_16: Bool = int_lt(lo_0, length_7)  # line 303
    v_17: Bool = same_as(v_16)  # line 303
    switch v_17
    False --> block9(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4)
    True --> block10(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4, lo_0)
block9(l_9: Ptr(list), lt_9: Void, length_8: Signed, items_8: Ptr(GcArray(UniChar)), start_8: Signed, src_5: Ptr(GcArray(UniChar)), dst_5: Ptr(GcArray(UniChar)), width_5: Signed):
    v_18: Signed = int_mul(width_5, 2)  # line 315
    --> block4(l_9, lt_9, length_8, items_8, start_8, dst_5, src_5, v_18)
block10(l_10: Ptr(list), lt_10: Void, length_9: Signed, items_9: Ptr(GcArray(UniChar)), start_9: Signed, src_6: Ptr(GcArray(UniChar)), dst_6: Ptr(GcArray(UniChar)), width_6: Signed, lo_1: Signed):
    v_19: Signed = int_add(lo_1, width_6)  # line 304
    v_20: Bool = int_gt(v_19, length_9)  # line 305
    v_21: Bool = same_as(v_20)  # line 305
    switch v_21
    False --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, v_19)
    True --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, length_9)
block11(l_11: Ptr(list), lt_11: Void, length_10: Signed, items_10: Ptr(GcArray(UniChar)), start_10: Signed, src_7: Ptr(GcArray(UniChar)), dst_7: Ptr(GcArray(UniChar)), width_7: Signed, lo_2: Signed, mid_0: Signed):
    v_22: Signed = int_add(mid_0, width_7)  # line 307
    v_23: Bool = int_gt(v_22, length_10)  # line 308
    v_24: Bool = same_as(v_23)  # line 308
    switch v_24
    False --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, v_22)
    True --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, length_10)
block12(l_12: Ptr(list), lt_12: Void, length_11: Signed, items_11: Ptr(GcArray(UniChar)), start_11: Signed, src_8: Ptr(GcArray(UniChar)), dst_8: Ptr(GcArray(UniChar)), width_8: Signed, lo_3: Signed, mid_1: Signed, hi_0: Signed):
    v_25: Void = direct_call(graph _ll_merge__array_UniChar_array_UniChar_Signed_Signed_Signed_None, src_8, dst_8, lo_3, mid_1, hi_0, None)  # line 310
    --> block8(l_12, lt_12, length_11, items_11, start_11, src_8, dst_8, width_8, hi_0)
block13(l_13: Ptr(list), lt_13: Void, length_12: Signed, items_12: Ptr(GcArray(UniChar)), start_12: Signed):
    v_26: Signed = int_add(start_12, 16)  # line 291
    v_27: Bool = int_gt(v_26, length_12)  # line 292
    v_28: Bool = same_as(v_27)  # line 292
    switch v_28
    False --> block14(l_13, lt_13, length_12, items_12, start_12, v_26)
    True --> block14(l_13, lt_13, length_12, items_12, start_12, length_12)
block14(l_14: Ptr(list), lt_14: Void, length_13: Signed, items_13: Ptr(GcArray(UniChar)), start_13: Signed, end_0: Signed):
    v_29: Void = direct_call(graph _ll_insertion_sort__array_UniChar_Signed_Signed_None, items_13, start_13, end_0, None)  # line 294
    --> block1(l_14, lt_14, length_13, items_13, end_0)

graph ll_len__list_array_UniChar(l_0: Ptr(list))  # rlist.py:31
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Signed = getfield(l_1, 'length')  # line 34
    --> return(v_2)

graph ll_items__list_array_UniChar(l_0: Ptr(list))  # rlist.py:25
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Ptr(GcArray(UniChar)) = getfield(l_1, 'items')  # line 28
    --> return(v_2)

graph _ll_insertion_sort__array_UniChar_Signed_Signed_None(items_0: Ptr(GcArray(UniChar)), start_0: Signed, end_0: Signed, lt_0: Void)  # rlist.py:247
block0(items_0: Ptr(GcArray(UniChar)), start_0: Signed, end_0: Signed, lt_0: Void):
    v_0: Signed = int_add(start_0, 1)  # line 249
    --> block1(items_0, start_0, end_0, lt_0, v_0)
block1(items_1: Ptr(GcArray(UniChar)), start_1: Signed, end_1: Signed, lt_1: Void, i_0: Signed):
    v_1: Bool = int_lt(i_0, end_1)  # line 250
    v_2: Bool = same_as(v_1)  # line 250
    switch v_2
    False --> return(None)
    True --> block2(items_1, start_1, end_1, lt_1, i_0)
block2(items_2: Ptr(GcArray(UniChar)), start_2: Signed, end_2: Signed, lt_2: Void, i_1: Signed):
    v_3: UniChar = getarrayitem(items_2, i_1)  # line 251
    --> block3(items_2, start_2, end_2, lt_2, i_1, v_3, i_1)
block3(items_3: Ptr(GcArray(UniChar)), start_3: Signed, end_3: Signed, lt_3: Void, i_2: Signed, x_0: UniChar, j_0: Signed):
    v_4: Bool = int_gt(j_0, start_3)  # line 253
    v_5: Bool = same_as(v_4)  # line 253
    switch v_5
    False --> block4(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
    True --> block5(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
block4(items_4: Ptr(GcArray(UniChar)), start_4: Signed, end_4: Signed, lt_4: Void, i_3: Signed, x_1: UniChar, j_1: Signed):
    v_6: Void = setarrayitem(items_4, j_1, x_1)  # line 256
    v_7: Signed = int_add(i_3, 1)  # line 257
    --> block1(items_4, start_4, end_4, lt_4, v_7)
block5(items_5: Ptr(GcArray(UniChar)), start_5: Signed, end_5: Signed, lt_5: Void, i_4: Signed, x_2: UniChar, j_2: Signed):
    v_8: Signed = int_sub(j_2, 1)  # line 253
    v_9: UniChar = getarrayitem(items_5, v_8)  # line 253
    v_10: Bool = direct_call(graph ll_less__None_UniChar_UniChar, None, x_2, v_9)  # line 253
    v_11: Bool = same_as(v_10)  # line 253
    switch v_11
    False --> block4(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
    True --> block6(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
block6(items_6: Ptr(GcArray(UniChar)), start_6: Signed, end_6: Signed, lt_6: Void, i_5: Signed, x_3: UniChar, j_3: Signed):
    v_12: Signed = int_sub(j_3, 1)  # line 254
    v_13: UniChar = getarrayitem(items_6, v_12)  # line 254
    v_14: Void = setarrayitem(items_6, j_3, v_13)  # line 254
    v_15: Signed = int_sub(j_3, 1)  # line 255
    --> block3(items_6, start_6, end_6, lt_6, i_5, x_3, v_15)

graph _ll_merge__array_UniChar_array_UniChar_Signed_Signed_Signed_None(src_0: Ptr(GcArray(UniChar)), dst_0: Ptr(GcArray(UniChar)), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void)  # rlist.py:260
block0(src_0: Ptr(GcArray(UniChar)), dst_0: Ptr(GcArray(UniChar)), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void):
    --> block1(src_0, dst_0, lo_0, mid_0, hi_0, lt_0, lo_0, mid_0, lo_0)
block1(src_1: Ptr(GcArray(UniChar)), dst_1: Ptr(GcArray(UniChar)), lo_1: Signed, mid_1: Signed, hi_1: Signed, lt_1: Void, i_0: Signed, j_0: Signed, k_0: Signed):
    v_0: Bool = int_lt(i_0, mid_1)  # line 265
    v_1: Bool = same_as(v_0)  # line 265
    switch v_1
    False --> block2(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
    True --> block6(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
block2(src_2: Ptr(GcArray(UniChar)), dst_2: Ptr(GcArray(UniChar)), lo_2: Signed, mid_2: Signed, hi_2: Signed, lt_2: Void, i_1: Signed, j_1: Signed, k_1: Signed):
    v_2: Bool = int_lt(i_1, mid_2)  # line 273
    v_3: Bool = same_as(v_2)  # line 273
    switch v_3
    False --> block3(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
    True --> block5(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
block3(src_3: Ptr(GcArray(UniChar)), dst_3: Ptr(GcArray(UniChar)), lo_3: Signed, mid_3: Signed, hi_3: Signed, lt_3: Void, i_2: Signed, j_2: Signed, k_2: Signed):
    v_4: Bool = int_lt(j_2, hi_3)  # line 277
    v_5: Bool = same_as(v_4)  # line 277
    switch v_5
    False --> return(None)
    True --> block4(src_3, dst_3, lo_3, mid_3, hi_3, lt_3, i_2, j_2, k_2)
block4(src_4: Ptr(GcArray(UniChar)), dst_4: Ptr(GcArray(UniChar)), lo_4: Signed, mid_4: Signed, hi_4: Signed, lt_4: Void, i_3: Signed, j_3: Signed, k_3: Signed):
    v_6: UniChar = getarrayitem(src_4, j_3)  # line 278
    v_7: Void = setarrayitem(dst_4, k_3, v_6)  # line 278
    v_8: Signed = int_add(j_3, 1)  # line 279
    v_9: Signed = int_add(k_3, 1)  # line 280
    --> block3(src_4, dst_4, lo_4, mid_4, hi_4, lt_4, i_3, v_8, v_9)
block5(src_5: Ptr(GcArray(UniChar)), dst_5: Ptr(GcArray(UniChar)), lo_5: Signed, mid_5: Signed, hi_5: Signed, lt_5: Void, i_4: Signed, j_4: Signed, k_4: Signed):
    v_10: UniChar = getarrayitem(src_5, i_4)  # line 274
    v_11: Void = setarrayitem(dst_5, k_4, v_10)  # line 274
    v_12: Signed = int_add(i_4, 1)  # line 275
    v_13: Signed = int_add(k_4, 1)  # line 276
    --> block2(src_5, dst_5, lo_5, mid_5, hi_5, lt_5, v_12, j_4, v_13)
block6(src_6: Ptr(GcArray(UniChar)), dst_6: Ptr(GcArray(UniChar)), lo_6: Signed, mid_6: Signed, hi_6: Signed, lt_6: Void, i_5: Signed, j_5: Signed, k_5: Signed):
    v_14: Bool = int_lt(j_5, hi_6)  # line 265
    v_15: Bool = same_as(v_14)  # line 265
    switch v_15
    False --> block2(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
    True --> block7(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
block7(src_7: Ptr(GcArray(UniChar)), dst_7: Ptr(GcArray(UniChar)), lo_7: Signed, mid_7: Signed, hi_7: Signed, lt_7: Void, i_6: Signed, j_6: Signed, k_6: Signed):
    v_16: UniChar = getarrayitem(src_7, j_6)  # line 266
    v_17: UniChar = getarrayitem(src_7, i_6)  # line 266
    v_18: Bool = direct_call(graph ll_less__None_UniChar_UniChar, None, v_16, v_17)  # line 266
    v_19: Bool = same_as(v_18)  # line 266
    switch v_19
    False --> block8(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
    True --> block10(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
block8(src_8: Ptr(GcArray(UniChar)), dst_8: Ptr(GcArray(UniChar)), lo_8: Signed, mid_8: Signed, hi_8: Signed, lt_8: Void, i_7: Signed, j_7: Signed, k_7: Signed):
    v_20: UniChar = getarrayitem(src_8, i_7)  # line 270
    v_21: Void = setarrayitem(dst_8, k_7, v_20)  # line 270
    v_22: Signed = int_add(i_7, 1)  # line 271
    --> block9(src_8, dst_8, lo_8, mid_8, hi_8, lt_8, v_22, j_7, k_7)
block9(src_9: Ptr(GcArray(UniChar)), dst_9: Ptr(GcArray(UniChar)), lo_9: Signed, mid_9: Signed, hi_9: Signed, lt_9: Void, i_8: Signed, j_8: Signed, k_8: Signed):
    v_23: Signed = int_add(k_8, 1)  # line 272
    --> block1(src_9, dst_9, lo_9, mid_9, hi_9, lt_9, i_8, j_8, v_23)
block10(src_10: Ptr(GcArray(UniChar)), dst_10: Ptr(GcArray(UniChar)), lo_10: Signed, mid_10: Signed, hi_10: Signed, lt_10: Void, i_9: Signed, j_9: Signed, k_9: Signed):
    v_24: UniChar = getarrayitem(src_10, j_9)  # line 267
    v_25: Void = setarrayitem(dst_10, k_9, v_24)  # line 267
    v_26: Signed = int_add(j_9, 1)  # line 268
    --> block9(src_10, dst_10, lo_10, mid_10, hi_10, lt_10, i_9, v_26, k_9)

graph ll_less__None_UniChar_UniChar(lt_0: Void, x_0: UniChar, y_0: UniChar)  # rlist.py:236
block0(lt_0: Void, x_0: UniChar, y_0: UniChar):
    v_0: Bool = same_as(True)  # line 237
    v_1: Bool = same_as(v_0)  # line 237
    --> block1(x_0, y_0)
block1(x_1: UniChar, y_1: UniChar):
    v_2: Signed = cast_unichar_to_int(x_1)  # line 238
    v_3: Signed = cast_unichar_to_int(y_1)  # line 238
    v_4: Bool = int_lt(v_2, v_3)  # line 238
    --> return(v_4)

graph ll_newlist__array_Bool_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Bool)) = malloc_varsize(GcArray(Bool), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_sort__array_Bool_None(l_0: Ptr(GcArray(Bool)), lt_0: Void)  # rlist.py:283
block0(l_0: Ptr(GcArray(Bool)), lt_0: Void):
    v_0: Signed = direct_call(graph ll_len__array_Bool, l_0)  # line 287
    v_1: Ptr(GcArray(Bool)) = direct_call(graph ll_items__array_Bool, l_0)  # line 288
    --> block1(l_0, lt_0, v_0, v_1, 0)
block1(l_1: Ptr(GcArray(Bool)), lt_1: Void, length_0: Signed, items_0: Ptr(GcArray(Bool)), start_0: Signed):
    v_2: Bool = int_lt(start_0, length_0)  # line 290
    v_3: Bool = same_as(v_2)  # line 290
    switch v_3
    False --> block2(l_1, lt_1, length_0, items_0, start_0)
    True --> block13(l_1, lt_1, length_0, items_0, start_0)
block2(l_2: Ptr(GcArray(Bool)), lt_2: Void, length_1: Signed, items_1: Ptr(GcArray(Bool)), start_1: Signed):
    v_4: Bool = int_le(length_1, 16)  # line 296
    v_5: Bool = same_as(v_4)  # line 296
    switch v_5
    False --> block3(l_2, lt_2, length_1, items_1, start_1)
    True --> return(None)
block3(l_3: Ptr(GcArray(Bool)), lt_3: Void, length_2: Signed, items_2: Ptr(GcArray(Bool)), start_2: Signed):
    v_6: Ptr(GcArray(Bool)) = malloc_varsize(GcArray(Bool), 'gc', length_2)  # line 299
    --> block4(l_3, lt_3, length_2, items_2, start_2, items_2, v_6, 16)
block4(l_4: Ptr(GcArray(Bool)), lt_4: Void, length_3: Signed, items_3: Ptr(GcArray(Bool)), start_3: Signed, src_0: Ptr(GcArray(Bool)), dst_0: Ptr(GcArray(Bool)), width_0: Signed):
    v_7: Bool = int_lt(width_0, length_3)  # line 301
    v_8: Bool = same_as(v_7)  # line 301
    switch v_8
    False --> block5(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0)
    True --> block8(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0, 0)
block5(l_5: Ptr(GcArray(Bool)), lt_5: Void, length_4: Signed, items_4: Ptr(GcArray(Bool)), start_4: Signed, src_1: Ptr(GcArray(Bool)), dst_1: Ptr(GcArray(Bool)), width_1: Signed):
    v_9: Bool = ptr_ne(src_1, items_4)  # line 316
    v_10: Bool = same_as(v_9)  # line 316
    switch v_10
    False --> return(None)
    True --> block6(l_5, lt_5, length_4, items_4, start_4, src_1, dst_1, width_1, 0)
block6(l_6: Ptr(GcArray(Bool)), lt_6: Void, length_5: Signed, items_5: Ptr(GcArray(Bool)), start_5: Signed, src_2: Ptr(GcArray(Bool)), dst_2: Ptr(GcArray(Bool)), width_2: Signed, i_0: Signed):
    v_11: Bool = int_lt(i_0, length_5)  # line 318
    v_12: Bool = same_as(v_11)  # line 318
    switch v_12
    False --> return(None)
    True --> block7(l_6, lt_6, length_5, items_5, start_5, src_2, dst_2, width_2, i_0)
block7(l_7: Ptr(GcArray(Bool)), lt_7: Void, length_6: Signed, items_6: Ptr(GcArray(Bool)), start_6: Signed, src_3: Ptr(GcArray(Bool)), dst_3: Ptr(GcArray(Bool)), width_3: Signed, i_1: Signed):
    v_13: Bool = getarrayitem(src_3, i_1)  # line 319
    v_14: Void = setarrayitem(items_6, i_1, v_13)  # line 319
    v_15: Signed = int_add(i_1, 1)  # line 320
    --> block6(l_7, lt_7, length_6, items_6, start_6, src_3, dst_3, width_3, v_15)
block8(l_8: Ptr(GcArray(Bool)), lt_8: Void, length_7: Signed, items_7: Ptr(GcArray(Bool)), start_7: Signed, src_4: Ptr(GcArray(Bool)), dst_4: Ptr(GcArray(Bool)), width_4: Signed, lo_0: Signed):
    v_16: Bool = int_lt(lo_0, length_7)  # line 303
    v_17: Bool = same_as(v_16)  # line 303
    switch v_17
    False --> block9(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4)
    True --> block10(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4, lo_0)
block9(l_9: Ptr(GcArray(Bool)), lt_9: Void, length_8: Signed, items_8: Ptr(GcArray(Bool)), start_8: Signed, src_5: Ptr(GcArray(Bool)), dst_5: Ptr(GcArray(Bool)), width_5: Signed):
    v_18: Signed = int_mul(width_5, 2)  # line 315
    --> block4(l_9, lt_9, length_8, items_8, start_8, dst_5, src_5, v_18)
block10(l_10: Ptr(GcArray(Bool)), lt_10: Void, length_9: Signed, items_9: Ptr(GcArray(Bool)), start_9: Signed, src_6: Ptr(GcArray(Bool)), dst_6: Ptr(GcArray(Bool)), width_6: Signed, lo_1: Signed):
    v_19: Signed = int_add(lo_1, width_6)  # line 304
    v_20: Bool = int_gt(v_19, length_9)  # line 305
    v_21: Bool = same_as(v_20)  # line 305
    switch v_21
    False --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, v_19)
    True --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, length_9)
block11(l_11: Ptr(GcArray(Bool)), lt_11: Void, length_10: Signed, items_10: Ptr(GcArray(Bool)), start_10: Signed, src_7: Ptr(GcArray(Bool)), dst_7: Ptr(GcArray(Bool)), width_7: Signed, lo_2: Signed, mid_0: Signed):
    v_22: Signed = int_add(mid_0, width_7)  # line 307
    v_23: Bool = int_gt(v_22, length_10)  # line 308
    v_24: Bool = same_as(v_23)  # line 308
    switch v_24
    False --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, v_22)
    True --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, length_10)
block12(l_12: Ptr(GcArray(Bool)), lt_12: Void, length_11: Signed, items_11: Ptr(GcArray(Bool)), start_11: Signed, src_8: Ptr(GcArray(Bool)), dst_8: Ptr(GcArray(Bool)), width_8: Signed, lo_3: Signed, mid_1: Signed, hi_0: Signed):
    v_25: Void = direct_call(graph _ll_merge__array_Bool_array_Bool_Signed_Signed_Signed_None, src_8, dst_8, lo_3, mid_1, hi_0, None)  # line 310
    --> block8(l_12, lt_12, length_11, items_11, start_11, src_8, dst_8, width_8, hi_0)
block13(l_13: Ptr(GcArray(Bool)), lt_13: Void, length_12: Signed, items_12: Ptr(GcArray(Bool)), start_12: Signed):
    v_26: Signed = int_add(start_12, 16)  # line 291
    v_27: Bool = int_gt(v_26, length_12)  # line 292
    v_28: Bool = same_as(v_27)  # line 292
    switch v_28
    False --> block14(l_13, lt_13, length_12, items_12, start_12, v_26)
    True --> block14(l_13, lt_13, length_12, items_12, start_12, length_12)
block14(l_14: Ptr(GcArray(Bool)), lt_14: Void, length_13: Signed, items_13: Ptr(GcArray(Bool)), start_13: Signed, end_0: Signed):
    v_29: Void = direct_call(graph _ll_insertion_sort__array_Bool_Signed_Signed_None, items_13, start_13, end_0, None)  # line 294
    --> block1(l_14, lt_14, length_13, items_13, end_0)

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

graph _ll_insertion_sort__array_Bool_Signed_Signed_None(items_0: Ptr(GcArray(Bool)), start_0: Signed, end_0: Signed, lt_0: Void)  # rlist.py:247
block0(items_0: Ptr(GcArray(Bool)), start_0: Signed, end_0: Signed, lt_0: Void):
    v_0: Signed = int_add(start_0, 1)  # line 249
    --> block1(items_0, start_0, end_0, lt_0, v_0)
block1(items_1: Ptr(GcArray(Bool)), start_1: Signed, end_1: Signed, lt_1: Void, i_0: Signed):
    v_1: Bool = int_lt(i_0, end_1)  # line 250
    v_2: Bool = same_as(v_1)  # line 250
    switch v_2
    False --> return(None)
    True --> block2(items_1, start_1, end_1, lt_1, i_0)
block2(items_2: Ptr(GcArray(Bool)), start_2: Signed, end_2: Signed, lt_2: Void, i_1: Signed):
    v_3: Bool = getarrayitem(items_2, i_1)  # line 251
    --> block3(items_2, start_2, end_2, lt_2, i_1, v_3, i_1)
block3(items_3: Ptr(GcArray(Bool)), start_3: Signed, end_3: Signed, lt_3: Void, i_2: Signed, x_0: Bool, j_0: Signed):
    v_4: Bool = int_gt(j_0, start_3)  # line 253
    v_5: Bool = same_as(v_4)  # line 253
    switch v_5
    False --> block4(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
    True --> block5(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
block4(items_4: Ptr(GcArray(Bool)), start_4: Signed, end_4: Signed, lt_4: Void, i_3: Signed, x_1: Bool, j_1: Signed):
    v_6: Void = setarrayitem(items_4, j_1, x_1)  # line 256
    v_7: Signed = int_add(i_3, 1)  # line 257
    --> block1(items_4, start_4, end_4, lt_4, v_7)
block5(items_5: Ptr(GcArray(Bool)), start_5: Signed, end_5: Signed, lt_5: Void, i_4: Signed, x_2: Bool, j_2: Signed):
    v_8: Signed = int_sub(j_2, 1)  # line 253
    v_9: Bool = getarrayitem(items_5, v_8)  # line 253
    v_10: Bool = direct_call(graph ll_less__None_Bool_Bool, None, x_2, v_9)  # line 253
    v_11: Bool = same_as(v_10)  # line 253
    switch v_11
    False --> block4(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
    True --> block6(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
block6(items_6: Ptr(GcArray(Bool)), start_6: Signed, end_6: Signed, lt_6: Void, i_5: Signed, x_3: Bool, j_3: Signed):
    v_12: Signed = int_sub(j_3, 1)  # line 254
    v_13: Bool = getarrayitem(items_6, v_12)  # line 254
    v_14: Void = setarrayitem(items_6, j_3, v_13)  # line 254
    v_15: Signed = int_sub(j_3, 1)  # line 255
    --> block3(items_6, start_6, end_6, lt_6, i_5, x_3, v_15)

graph _ll_merge__array_Bool_array_Bool_Signed_Signed_Signed_None(src_0: Ptr(GcArray(Bool)), dst_0: Ptr(GcArray(Bool)), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void)  # rlist.py:260
block0(src_0: Ptr(GcArray(Bool)), dst_0: Ptr(GcArray(Bool)), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void):
    --> block1(src_0, dst_0, lo_0, mid_0, hi_0, lt_0, lo_0, mid_0, lo_0)
block1(src_1: Ptr(GcArray(Bool)), dst_1: Ptr(GcArray(Bool)), lo_1: Signed, mid_1: Signed, hi_1: Signed, lt_1: Void, i_0: Signed, j_0: Signed, k_0: Signed):
    v_0: Bool = int_lt(i_0, mid_1)  # line 265
    v_1: Bool = same_as(v_0)  # line 265
    switch v_1
    False --> block2(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
    True --> block6(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
block2(src_2: Ptr(GcArray(Bool)), dst_2: Ptr(GcArray(Bool)), lo_2: Signed, mid_2: Signed, hi_2: Signed, lt_2: Void, i_1: Signed, j_1: Signed, k_1: Signed):
    v_2: Bool = int_lt(i_1, mid_2)  # line 273
    v_3: Bool = same_as(v_2)  # line 273
    switch v_3
    False --> block3(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
    True --> block5(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
block3(src_3: Ptr(GcArray(Bool)), dst_3: Ptr(GcArray(Bool)), lo_3: Signed, mid_3: Signed, hi_3: Signed, lt_3: Void, i_2: Signed, j_2: Signed, k_2: Signed):
    v_4: Bool = int_lt(j_2, hi_3)  # line 277
    v_5: Bool = same_as(v_4)  # line 277
    switch v_5
    False --> return(None)
    True --> block4(src_3, dst_3, lo_3, mid_3, hi_3, lt_3, i_2, j_2, k_2)
block4(src_4: Ptr(GcArray(Bool)), dst_4: Ptr(GcArray(Bool)), lo_4: Signed, mid_4: Signed, hi_4: Signed, lt_4: Void, i_3: Signed, j_3: Signed, k_3: Signed):
    v_6: Bool = getarrayitem(src_4, j_3)  # line 278
    v_7: Void = setarrayitem(dst_4, k_3, v_6)  # line 278
    v_8: Signed = int_add(j_3, 1)  # line 279
    v_9: Signed = int_add(k_3, 1)  # line 280
    --> block3(src_4, dst_4, lo_4, mid_4, hi_4, lt_4, i_3, v_8, v_9)
block5(src_5: Ptr(GcArray(Bool)), dst_5: Ptr(GcArray(Bool)), lo_5: Signed, mid_5: Signed, hi_5: Signed, lt_5: Void, i_4: Signed, j_4: Signed, k_4: Signed):
    v_10: Bool = getarrayitem(src_5, i_4)  # line 274
    v_11: Void = setarrayitem(dst_5, k_4, v_10)  # line 274
    v_12: Signed = int_add(i_4, 1)  # line 275
    v_13: Signed = int_add(k_4, 1)  # line 276
    --> block2(src_5, dst_5, lo_5, mid_5, hi_5, lt_5, v_12, j_4, v_13)
block6(src_6: Ptr(GcArray(Bool)), dst_6: Ptr(GcArray(Bool)), lo_6: Signed, mid_6: Signed, hi_6: Signed, lt_6: Void, i_5: Signed, j_5: Signed, k_5: Signed):
    v_14: Bool = int_lt(j_5, hi_6)  # line 265
    v_15: Bool = same_as(v_14)  # line 265
    switch v_15
    False --> block2(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
    True --> block7(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
block7(src_7: Ptr(GcArray(Bool)), dst_7: Ptr(GcArray(Bool)), lo_7: Signed, mid_7: Signed, hi_7: Signed, lt_7: Void, i_6: Signed, j_6: Signed, k_6: Signed):
    v_16: Bool = getarrayitem(src_7, j_6)  # line 266
    v_17: Bool = getarrayitem(src_7, i_6)  # line 266
    v_18: Bool = direct_call(graph ll_less__None_Bool_Bool, None, v_16, v_17)  # line 266
    v_19: Bool = same_as(v_18)  # line 266
    switch v_19
    False --> block8(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
    True --> block10(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
block8(src_8: Ptr(GcArray(Bool)), dst_8: Ptr(GcArray(Bool)), lo_8: Signed, mid_8: Signed, hi_8: Signed, lt_8: Void, i_7: Signed, j_7: Signed, k_7: Signed):
    v_20: Bool = getarrayitem(src_8, i_7)  # line 270
    v_21: Void = setarrayitem(dst_8, k_7, v_20)  # line 270
    v_22: Signed = int_add(i_7, 1)  # line 271
    --> block9(src_8, dst_8, lo_8, mid_8, hi_8, lt_8, v_22, j_7, k_7)
block9(src_9: Ptr(GcArray(Bool)), dst_9: Ptr(GcArray(Bool)), lo_9: Signed, mid_9: Signed, hi_9: Signed, lt_9: Void, i_8: Signed, j_8: Signed, k_8: Signed):
    v_23: Signed = int_add(k_8, 1)  # line 272
    --> block1(src_9, dst_9, lo_9, mid_9, hi_9, lt_9, i_8, j_8, v_23)
block10(src_10: Ptr(GcArray(Bool)), dst_10: Ptr(GcArray(Bool)), lo_10: Signed, mid_10: Signed, hi_10: Signed, lt_10: Void, i_9: Signed, j_9: Signed, k_9: Signed):
    v_24: Bool = getarrayitem(src_10, j_9)  # line 267
    v_25: Void = setarrayitem(dst_10, k_9, v_24)  # line 267
    v_26: Signed = int_add(j_9, 1)  # line 268
    --> block9(src_10, dst_10, lo_10, mid_10, hi_10, lt_10, i_9, v_26, k_9)

graph ll_less__None_Bool_Bool(lt_0: Void, x_0: Bool, y_0: Bool)  # rlist.py:236
block0(lt_0: Void, x_0: Bool, y_0: Bool):
    v_0: Bool = same_as(True)  # line 237
    v_1: Bool = same_as(v_0)  # line 237
    --> block1(x_0, y_0)
block1(x_1: Bool, y_1: Bool):
    v_2: Signed = cast_bool_to_int(x_1)  # line 238
    v_3: Signed = cast_bool_to_int(y_1)  # line 238
    v_4: Bool = int_lt(v_2, v_3)  # line 238
    --> return(v_4)

graph ll_join__rpy_str_array_rpy_str(sep_0: Ptr(rpy_str), l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rstr.py:615
block0(sep_0: Ptr(rpy_str), l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, l_0)  # line 617
    v_1: Signed = direct_call(graph ll_len__array_rpy_str, l_0)  # line 618
    v_2: Bool = int_eq(v_1, 0)  # line 619
    v_3: Bool = same_as(v_2)  # line 619
    switch v_3
    False --> block1(sep_0, l_0, v_0, v_1)
    True --> block9()
block1(sep_1: Ptr(rpy_str), l_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_0: Signed):
    v_4: Ptr(rpy_str) = same_as(sep_1)  # line 621
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 621
    v_6: Signed = int_sub(num_0, 1)  # line 621
    v_7: Signed = int_mul(v_5, v_6)  # line 621
    --> block2(sep_1, l_1, items_0, num_0, v_7, 0)
block2(sep_2: Ptr(rpy_str), l_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_1: Signed, total_0: Signed, i_0: Signed):
    v_8: Bool = int_lt(i_0, num_1)  # line 623
    v_9: Bool = same_as(v_8)  # line 623
    switch v_9
    False --> block3(sep_2, l_2, items_1, num_1, total_0)
    True --> block8(sep_2, l_2, items_1, num_1, total_0, i_0)
block3(sep_3: Ptr(rpy_str), l_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_2: Signed, total_1: Signed):
    v_10: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, total_1)  # line 626
    --> block4(sep_3, l_3, items_2, num_2, total_1, 0, v_10, 0)
block4(sep_4: Ptr(rpy_str), l_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_3: Signed, total_2: Signed, i_1: Signed, res_0: Ptr(rpy_str), pos_0: Signed):
    v_11: Bool = int_lt(i_1, num_3)  # line 629
    v_12: Bool = same_as(v_11)  # line 629
    switch v_12
    False --> return(res_0)
    True --> block5(sep_4, l_4, items_3, num_3, total_2, i_1, res_0, pos_0)
block5(sep_5: Ptr(rpy_str), l_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_4: Signed, total_3: Signed, i_2: Signed, res_1: Ptr(rpy_str), pos_1: Signed):
    v_13: Bool = int_gt(i_2, 0)  # line 630
    v_14: Bool = same_as(v_13)  # line 630
    switch v_14
    False --> block6(sep_5, l_5, items_4, num_4, total_3, i_2, res_1, pos_1)
    True --> block7(sep_5, l_5, items_4, num_4, total_3, i_2, res_1, pos_1)
block6(sep_6: Ptr(rpy_str), l_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_5: Signed, total_4: Signed, i_3: Signed, res_2: Ptr(rpy_str), pos_2: Signed):
    v_15: Ptr(rpy_str) = getarrayitem(items_5, i_3)  # line 633
    v_16: Ptr(rpy_str) = same_as(v_15)  # line 634
    v_17: Signed = getinteriorarraysize(v_16, 'chars')  # line 634
    v_18: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_2, pos_2, v_15, 0, v_17)  # line 634
    v_19: Ptr(rpy_str) = same_as(v_15)  # line 635
    v_20: Signed = getinteriorarraysize(v_19, 'chars')  # line 635
    v_21: Signed = int_add(pos_2, v_20)  # line 635
    v_22: Signed = int_add(i_3, 1)  # line 636
    --> block4(sep_6, l_6, items_5, num_5, total_4, v_22, res_2, v_21)
block7(sep_7: Ptr(rpy_str), l_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_6: Signed, total_5: Signed, i_4: Signed, res_3: Ptr(rpy_str), pos_3: Signed):
    v_23: Ptr(rpy_str) = same_as(sep_7)  # line 631
    v_24: Signed = getinteriorarraysize(v_23, 'chars')  # line 631
    v_25: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_3, pos_3, sep_7, 0, v_24)  # line 631
    v_26: Ptr(rpy_str) = same_as(sep_7)  # line 632
    v_27: Signed = getinteriorarraysize(v_26, 'chars')  # line 632
    v_28: Signed = int_add(pos_3, v_27)  # line 632
    --> block6(sep_7, l_7, items_6, num_6, total_5, i_4, res_3, v_28)
block8(sep_8: Ptr(rpy_str), l_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), num_7: Signed, total_6: Signed, i_5: Signed):
    v_29: Ptr(rpy_str) = getarrayitem(items_7, i_5)  # line 624
    v_30: Ptr(rpy_str) = same_as(v_29)  # line 624
    v_31: Signed = getinteriorarraysize(v_30, 'chars')  # line 624
    v_32: Signed = int_add(total_6, v_31)  # line 624
    v_33: Signed = int_add(i_5, 1)  # line 625
    --> block2(sep_8, l_8, items_7, num_7, v_32, v_33)
block9():
    v_34: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, 0)  # line 620
    --> return(v_34)

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

graph ll_newlist__array_tuple2_rpy_str_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))) = malloc_varsize(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_sort__array_tuple2_rpy_str_Signed_ll_lt_tuple(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_0: Void)  # rlist.py:283
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_0: Void):
    v_0: Signed = direct_call(graph ll_len__array_tuple2_rpy_str_Signed, l_0)  # line 287
    v_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))) = direct_call(graph ll_items__array_tuple2_rpy_str_Signed, l_0)  # line 288
    --> block1(l_0, lt_0, v_0, v_1, 0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_1: Void, length_0: Signed, items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_0: Signed):
    v_2: Bool = int_lt(start_0, length_0)  # line 290
    v_3: Bool = same_as(v_2)  # line 290
    switch v_3
    False --> block2(l_1, lt_1, length_0, items_0, start_0)
    True --> block13(l_1, lt_1, length_0, items_0, start_0)
block2(l_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_2: Void, length_1: Signed, items_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_1: Signed):
    v_4: Bool = int_le(length_1, 16)  # line 296
    v_5: Bool = same_as(v_4)  # line 296
    switch v_5
    False --> block3(l_2, lt_2, length_1, items_1, start_1)
    True --> return(None)
block3(l_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_3: Void, length_2: Signed, items_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_2: Signed):
    v_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))) = malloc_varsize(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed })), 'gc', length_2)  # line 299
    --> block4(l_3, lt_3, length_2, items_2, start_2, items_2, v_6, 16)
block4(l_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_4: Void, length_3: Signed, items_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_3: Signed, src_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), width_0: Signed):
    v_7: Bool = int_lt(width_0, length_3)  # line 301
    v_8: Bool = same_as(v_7)  # line 301
    switch v_8
    False --> block5(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0)
    True --> block8(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0, 0)
block5(l_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_5: Void, length_4: Signed, items_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_4: Signed, src_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), width_1: Signed):
    v_9: Bool = ptr_ne(src_1, items_4)  # line 316
    v_10: Bool = same_as(v_9)  # line 316
    switch v_10
    False --> return(None)
    True --> block6(l_5, lt_5, length_4, items_4, start_4, src_1, dst_1, width_1, 0)
block6(l_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_6: Void, length_5: Signed, items_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_5: Signed, src_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), width_2: Signed, i_0: Signed):
    v_11: Bool = int_lt(i_0, length_5)  # line 318
    v_12: Bool = same_as(v_11)  # line 318
    switch v_12
    False --> return(None)
    True --> block7(l_6, lt_6, length_5, items_5, start_5, src_2, dst_2, width_2, i_0)
block7(l_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_7: Void, length_6: Signed, items_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_6: Signed, src_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), width_3: Signed, i_1: Signed):
    v_13: Ptr(tuple2) = getarrayitem(src_3, i_1)  # line 319
    v_14: Void = setarrayitem(items_6, i_1, v_13)  # line 319
    v_15: Signed = int_add(i_1, 1)  # line 320
    --> block6(l_7, lt_7, length_6, items_6, start_6, src_3, dst_3, width_3, v_15)
block8(l_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_8: Void, length_7: Signed, items_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_7: Signed, src_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), width_4: Signed, lo_0: Signed):
    v_16: Bool = int_lt(lo_0, length_7)  # line 303
    v_17: Bool = same_as(v_16)  # line 303
    switch v_17
    False --> block9(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4)
    True --> block10(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4, lo_0)
block9(l_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_9: Void, length_8: Signed, items_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_8: Signed, src_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), width_5: Signed):
    v_18: Signed = int_mul(width_5, 2)  # line 315
    --> block4(l_9, lt_9, length_8, items_8, start_8, dst_5, src_5, v_18)
block10(l_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_10: Void, length_9: Signed, items_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_9: Signed, src_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), width_6: Signed, lo_1: Signed):
    v_19: Signed = int_add(lo_1, width_6)  # line 304
    v_20: Bool = int_gt(v_19, length_9)  # line 305
    v_21: Bool = same_as(v_20)  # line 305
    switch v_21
    False --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, v_19)
    True --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, length_9)
block11(l_11: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_11: Void, length_10: Signed, items_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_10: Signed, src_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), width_7: Signed, lo_2: Signed, mid_0: Signed):
    v_22: Signed = int_add(mid_0, width_7)  # line 307
    v_23: Bool = int_gt(v_22, length_10)  # line 308
    v_24: Bool = same_as(v_23)  # line 308
    switch v_24
    False --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, v_22)
    True --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, length_10)
block12(l_12: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_12: Void, length_11: Signed, items_11: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_11: Signed, src_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), width_8: Signed, lo_3: Signed, mid_1: Signed, hi_0: Signed):
    v_25: Void = direct_call(graph _ll_merge__array_tuple2_rpy_str_Signed_array_tuple2_rpy_str_Signed_Signed_Signed_Signed_ll_lt_tuple, src_8, dst_8, lo_3, mid_1, hi_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple, Function = <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, UniqueName = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple })  # line 310
    --> block8(l_12, lt_12, length_11, items_11, start_11, src_8, dst_8, width_8, hi_0)
block13(l_13: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_13: Void, length_12: Signed, items_12: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_12: Signed):
    v_26: Signed = int_add(start_12, 16)  # line 291
    v_27: Bool = int_gt(v_26, length_12)  # line 292
    v_28: Bool = same_as(v_27)  # line 292
    switch v_28
    False --> block14(l_13, lt_13, length_12, items_12, start_12, v_26)
    True --> block14(l_13, lt_13, length_12, items_12, start_12, length_12)
block14(l_14: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lt_14: Void, length_13: Signed, items_13: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_13: Signed, end_0: Signed):
    v_29: Void = direct_call(graph _ll_insertion_sort__array_tuple2_rpy_str_Signed_Signed_Signed_ll_lt_tuple, items_13, start_13, end_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple, Function = <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, UniqueName = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple })  # line 294
    --> block1(l_14, lt_14, length_13, items_13, end_0)

graph ll_len__array_tuple2_rpy_str_Signed(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_tuple2_rpy_str_Signed(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph _ll_insertion_sort__array_tuple2_rpy_str_Signed_Signed_Signed_ll_lt_tuple(items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_0: Signed, end_0: Signed, lt_0: Void)  # rlist.py:247
block0(items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_0: Signed, end_0: Signed, lt_0: Void):
    v_0: Signed = int_add(start_0, 1)  # line 249
    --> block1(items_0, start_0, end_0, lt_0, v_0)
block1(items_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_1: Signed, end_1: Signed, lt_1: Void, i_0: Signed):
    v_1: Bool = int_lt(i_0, end_1)  # line 250
    v_2: Bool = same_as(v_1)  # line 250
    switch v_2
    False --> return(None)
    True --> block2(items_1, start_1, end_1, lt_1, i_0)
block2(items_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_2: Signed, end_2: Signed, lt_2: Void, i_1: Signed):
    v_3: Ptr(tuple2) = getarrayitem(items_2, i_1)  # line 251
    --> block3(items_2, start_2, end_2, lt_2, i_1, v_3, i_1)
block3(items_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_3: Signed, end_3: Signed, lt_3: Void, i_2: Signed, x_0: Ptr(tuple2), j_0: Signed):
    v_4: Bool = int_gt(j_0, start_3)  # line 253
    v_5: Bool = same_as(v_4)  # line 253
    switch v_5
    False --> block4(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
    True --> block5(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
block4(items_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_4: Signed, end_4: Signed, lt_4: Void, i_3: Signed, x_1: Ptr(tuple2), j_1: Signed):
    v_6: Void = setarrayitem(items_4, j_1, x_1)  # line 256
    v_7: Signed = int_add(i_3, 1)  # line 257
    --> block1(items_4, start_4, end_4, lt_4, v_7)
block5(items_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_5: Signed, end_5: Signed, lt_5: Void, i_4: Signed, x_2: Ptr(tuple2), j_2: Signed):
    v_8: Signed = int_sub(j_2, 1)  # line 253
    v_9: Ptr(tuple2) = getarrayitem(items_5, v_8)  # line 253
    v_10: Bool = direct_call(graph ll_less__ll_lt_tuple_tuple2_rpy_str_Signed_tuple2_rpy_str_Signed, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple, Function = <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, UniqueName = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple }, x_2, v_9)  # line 253
    v_11: Bool = same_as(v_10)  # line 253
    switch v_11
    False --> block4(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
    True --> block6(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
block6(items_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), start_6: Signed, end_6: Signed, lt_6: Void, i_5: Signed, x_3: Ptr(tuple2), j_3: Signed):
    v_12: Signed = int_sub(j_3, 1)  # line 254
    v_13: Ptr(tuple2) = getarrayitem(items_6, v_12)  # line 254
    v_14: Void = setarrayitem(items_6, j_3, v_13)  # line 254
    v_15: Signed = int_sub(j_3, 1)  # line 255
    --> block3(items_6, start_6, end_6, lt_6, i_5, x_3, v_15)

graph _ll_merge__array_tuple2_rpy_str_Signed_array_tuple2_rpy_str_Signed_Signed_Signed_Signed_ll_lt_tuple(src_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void)  # rlist.py:260
block0(src_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void):
    --> block1(src_0, dst_0, lo_0, mid_0, hi_0, lt_0, lo_0, mid_0, lo_0)
block1(src_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lo_1: Signed, mid_1: Signed, hi_1: Signed, lt_1: Void, i_0: Signed, j_0: Signed, k_0: Signed):
    v_0: Bool = int_lt(i_0, mid_1)  # line 265
    v_1: Bool = same_as(v_0)  # line 265
    switch v_1
    False --> block2(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
    True --> block6(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
block2(src_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lo_2: Signed, mid_2: Signed, hi_2: Signed, lt_2: Void, i_1: Signed, j_1: Signed, k_1: Signed):
    v_2: Bool = int_lt(i_1, mid_2)  # line 273
    v_3: Bool = same_as(v_2)  # line 273
    switch v_3
    False --> block3(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
    True --> block5(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
block3(src_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lo_3: Signed, mid_3: Signed, hi_3: Signed, lt_3: Void, i_2: Signed, j_2: Signed, k_2: Signed):
    v_4: Bool = int_lt(j_2, hi_3)  # line 277
    v_5: Bool = same_as(v_4)  # line 277
    switch v_5
    False --> return(None)
    True --> block4(src_3, dst_3, lo_3, mid_3, hi_3, lt_3, i_2, j_2, k_2)
block4(src_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lo_4: Signed, mid_4: Signed, hi_4: Signed, lt_4: Void, i_3: Signed, j_3: Signed, k_3: Signed):
    v_6: Ptr(tuple2) = getarrayitem(src_4, j_3)  # line 278
    v_7: Void = setarrayitem(dst_4, k_3, v_6)  # line 278
    v_8: Signed = int_add(j_3, 1)  # line 279
    v_9: Signed = int_add(k_3, 1)  # line 280
    --> block3(src_4, dst_4, lo_4, mid_4, hi_4, lt_4, i_3, v_8, v_9)
block5(src_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lo_5: Signed, mid_5: Signed, hi_5: Signed, lt_5: Void, i_4: Signed, j_4: Signed, k_4: Signed):
    v_10: Ptr(tuple2) = getarrayitem(src_5, i_4)  # line 274
    v_11: Void = setarrayitem(dst_5, k_4, v_10)  # line 274
    v_12: Signed = int_add(i_4, 1)  # line 275
    v_13: Signed = int_add(k_4, 1)  # line 276
    --> block2(src_5, dst_5, lo_5, mid_5, hi_5, lt_5, v_12, j_4, v_13)
block6(src_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lo_6: Signed, mid_6: Signed, hi_6: Signed, lt_6: Void, i_5: Signed, j_5: Signed, k_5: Signed):
    v_14: Bool = int_lt(j_5, hi_6)  # line 265
    v_15: Bool = same_as(v_14)  # line 265
    switch v_15
    False --> block2(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
    True --> block7(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
block7(src_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lo_7: Signed, mid_7: Signed, hi_7: Signed, lt_7: Void, i_6: Signed, j_6: Signed, k_6: Signed):
    v_16: Ptr(tuple2) = getarrayitem(src_7, j_6)  # line 266
    v_17: Ptr(tuple2) = getarrayitem(src_7, i_6)  # line 266
    v_18: Bool = direct_call(graph ll_less__ll_lt_tuple_tuple2_rpy_str_Signed_tuple2_rpy_str_Signed, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple, Function = <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, UniqueName = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple }, v_16, v_17)  # line 266
    v_19: Bool = same_as(v_18)  # line 266
    switch v_19
    False --> block8(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
    True --> block10(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
block8(src_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lo_8: Signed, mid_8: Signed, hi_8: Signed, lt_8: Void, i_7: Signed, j_7: Signed, k_7: Signed):
    v_20: Ptr(tuple2) = getarrayitem(src_8, i_7)  # line 270
    v_21: Void = setarrayitem(dst_8, k_7, v_20)  # line 270
    v_22: Signed = int_add(i_7, 1)  # line 271
    --> block9(src_8, dst_8, lo_8, mid_8, hi_8, lt_8, v_22, j_7, k_7)
block9(src_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lo_9: Signed, mid_9: Signed, hi_9: Signed, lt_9: Void, i_8: Signed, j_8: Signed, k_8: Signed):
    v_23: Signed = int_add(k_8, 1)  # line 272
    --> block1(src_9, dst_9, lo_9, mid_9, hi_9, lt_9, i_8, j_8, v_23)
block10(src_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), dst_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), lo_10: Signed, mid_10: Signed, hi_10: Signed, lt_10: Void, i_9: Signed, j_9: Signed, k_9: Signed):
    v_24: Ptr(tuple2) = getarrayitem(src_10, j_9)  # line 267
    v_25: Void = setarrayitem(dst_10, k_9, v_24)  # line 267
    v_26: Signed = int_add(j_9, 1)  # line 268
    --> block9(src_10, dst_10, lo_10, mid_10, hi_10, lt_10, i_9, v_26, k_9)

graph ll_less__ll_lt_tuple_tuple2_rpy_str_Signed_tuple2_rpy_str_Signed(lt_0: Void, x_0: Ptr(tuple2), y_0: Ptr(tuple2))  # rlist.py:236
block0(lt_0: Void, x_0: Ptr(tuple2), y_0: Ptr(tuple2)):
    v_0: Bool = same_as(False)  # line 237
    v_1: Bool = same_as(v_0)  # line 237
    --> block1(lt_0, x_0, y_0)
block1(lt_1: Void, x_1: Ptr(tuple2), y_1: Ptr(tuple2)):
    v_2: Bool = direct_call(graph gen_lt.<locals>.ll_lt_tuple__tuple2_rpy_str_Signed_tuple2_rpy_str_Signed, x_1, y_1)  # line 239
    --> return(v_2)

graph gen_lt.<locals>.ll_lt_tuple__tuple2_rpy_str_Signed_tuple2_rpy_str_Signed(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2))  # rtuple.py:52
block0(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2)):
    v_0: Ptr(rpy_str) = getfield(t1_0, 'item0')  # line 54
    v_1: Ptr(rpy_str) = getfield(t2_0, 'item0')  # line 55
    v_2: Bool = direct_call(graph ll_keyeq__ll_streq_rpy_str_rpy_str, <function rpython.rtyper.rstr.ll_streq>, v_0, v_1)  # line 56
    v_3: Bool = same_as(v_2)  # line 56
    switch v_3
    False --> block1(v_0, v_1)
    True --> block2(t1_0, t2_0)
block1(x_0: Ptr(rpy_str), y_0: Ptr(rpy_str)):
    v_4: Bool = direct_call(graph ll_less__ll_strlt_rpy_str_rpy_str, <function rpython.rtyper.rstr.ll_strlt>, x_0, y_0)  # line 57
    --> return(v_4)
block2(t1_1: Ptr(tuple2), t2_1: Ptr(tuple2)):
    v_5: Signed = getfield(t1_1, 'item1')  # line 54
    v_6: Signed = getfield(t2_1, 'item1')  # line 55
    v_7: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_5, v_6)  # line 56
    v_8: Bool = same_as(v_7)  # line 56
    switch v_8
    False --> block3(v_5, v_6)
    True --> return(False)
block3(x_1: Signed, y_1: Signed):
    v_9: Bool = direct_call(graph ll_less__None_Signed_Signed, None, x_1, y_1)  # line 57
    --> return(v_9)

graph ll_keyeq__ll_streq_rpy_str_rpy_str(eq_0: Void, key1_0: Ptr(rpy_str), key2_0: Ptr(rpy_str))  # rordereddict.py:54
block0(eq_0: Void, key1_0: Ptr(rpy_str), key2_0: Ptr(rpy_str)):
    v_0: Bool = same_as(False)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(eq_0, key1_0, key2_0)
block1(eq_1: Void, key1_1: Ptr(rpy_str), key2_1: Ptr(rpy_str)):
    v_2: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, key1_1, key2_1)  # line 57
    --> return(v_2)

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

graph ll_keyeq__None_Signed_Signed(eq_0: Void, key1_0: Signed, key2_0: Signed)  # rordereddict.py:54
block0(eq_0: Void, key1_0: Signed, key2_0: Signed):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: Signed, key2_1: Signed):
    v_2: Bool = int_eq(key1_1, key2_1)  # line 56
    --> return(v_2)

graph ll_newlist__array_tuple2_tuple2_Signed_UniChar_Float_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))) = malloc_varsize(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_sort__array_tuple2_tuple2_Signed_UniChar_Float_ll_lt_tuple#2(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_0: Void)  # rlist.py:283
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_0: Void):
    v_0: Signed = direct_call(graph ll_len__array_tuple2_tuple2_Signed_UniChar_Float, l_0)  # line 287
    v_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))) = direct_call(graph ll_items__array_tuple2_tuple2_Signed_UniChar_Float, l_0)  # line 288
    --> block1(l_0, lt_0, v_0, v_1, 0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_1: Void, length_0: Signed, items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_0: Signed):
    v_2: Bool = int_lt(start_0, length_0)  # line 290
    v_3: Bool = same_as(v_2)  # line 290
    switch v_3
    False --> block2(l_1, lt_1, length_0, items_0, start_0)
    True --> block13(l_1, lt_1, length_0, items_0, start_0)
block2(l_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_2: Void, length_1: Signed, items_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_1: Signed):
    v_4: Bool = int_le(length_1, 16)  # line 296
    v_5: Bool = same_as(v_4)  # line 296
    switch v_5
    False --> block3(l_2, lt_2, length_1, items_1, start_1)
    True --> return(None)
block3(l_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_3: Void, length_2: Signed, items_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_2: Signed):
    v_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))) = malloc_varsize(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float })), 'gc', length_2)  # line 299
    --> block4(l_3, lt_3, length_2, items_2, start_2, items_2, v_6, 16)
block4(l_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_4: Void, length_3: Signed, items_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_3: Signed, src_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), width_0: Signed):
    v_7: Bool = int_lt(width_0, length_3)  # line 301
    v_8: Bool = same_as(v_7)  # line 301
    switch v_8
    False --> block5(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0)
    True --> block8(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0, 0)
block5(l_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_5: Void, length_4: Signed, items_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_4: Signed, src_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), width_1: Signed):
    v_9: Bool = ptr_ne(src_1, items_4)  # line 316
    v_10: Bool = same_as(v_9)  # line 316
    switch v_10
    False --> return(None)
    True --> block6(l_5, lt_5, length_4, items_4, start_4, src_1, dst_1, width_1, 0)
block6(l_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_6: Void, length_5: Signed, items_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_5: Signed, src_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), width_2: Signed, i_0: Signed):
    v_11: Bool = int_lt(i_0, length_5)  # line 318
    v_12: Bool = same_as(v_11)  # line 318
    switch v_12
    False --> return(None)
    True --> block7(l_6, lt_6, length_5, items_5, start_5, src_2, dst_2, width_2, i_0)
block7(l_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_7: Void, length_6: Signed, items_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_6: Signed, src_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), width_3: Signed, i_1: Signed):
    v_13: Ptr(tuple2) = getarrayitem(src_3, i_1)  # line 319
    v_14: Void = setarrayitem(items_6, i_1, v_13)  # line 319
    v_15: Signed = int_add(i_1, 1)  # line 320
    --> block6(l_7, lt_7, length_6, items_6, start_6, src_3, dst_3, width_3, v_15)
block8(l_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_8: Void, length_7: Signed, items_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_7: Signed, src_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), width_4: Signed, lo_0: Signed):
    v_16: Bool = int_lt(lo_0, length_7)  # line 303
    v_17: Bool = same_as(v_16)  # line 303
    switch v_17
    False --> block9(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4)
    True --> block10(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4, lo_0)
block9(l_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_9: Void, length_8: Signed, items_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_8: Signed, src_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), width_5: Signed):
    v_18: Signed = int_mul(width_5, 2)  # line 315
    --> block4(l_9, lt_9, length_8, items_8, start_8, dst_5, src_5, v_18)
block10(l_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_10: Void, length_9: Signed, items_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_9: Signed, src_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), width_6: Signed, lo_1: Signed):
    v_19: Signed = int_add(lo_1, width_6)  # line 304
    v_20: Bool = int_gt(v_19, length_9)  # line 305
    v_21: Bool = same_as(v_20)  # line 305
    switch v_21
    False --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, v_19)
    True --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, length_9)
block11(l_11: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_11: Void, length_10: Signed, items_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_10: Signed, src_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), width_7: Signed, lo_2: Signed, mid_0: Signed):
    v_22: Signed = int_add(mid_0, width_7)  # line 307
    v_23: Bool = int_gt(v_22, length_10)  # line 308
    v_24: Bool = same_as(v_23)  # line 308
    switch v_24
    False --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, v_22)
    True --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, length_10)
block12(l_12: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_12: Void, length_11: Signed, items_11: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_11: Signed, src_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), width_8: Signed, lo_3: Signed, mid_1: Signed, hi_0: Signed):
    v_25: Void = direct_call(graph _ll_merge__array_tuple2_tuple2_Signed_UniChar_Float_array_tuple2_tuple2_Signed_UniChar_Float_Signed_Signed_Signed_ll_lt_tuple#2, src_8, dst_8, lo_3, mid_1, hi_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#2, Function = <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, UniqueName = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#2 })  # line 310
    --> block8(l_12, lt_12, length_11, items_11, start_11, src_8, dst_8, width_8, hi_0)
block13(l_13: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_13: Void, length_12: Signed, items_12: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_12: Signed):
    v_26: Signed = int_add(start_12, 16)  # line 291
    v_27: Bool = int_gt(v_26, length_12)  # line 292
    v_28: Bool = same_as(v_27)  # line 292
    switch v_28
    False --> block14(l_13, lt_13, length_12, items_12, start_12, v_26)
    True --> block14(l_13, lt_13, length_12, items_12, start_12, length_12)
block14(l_14: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lt_14: Void, length_13: Signed, items_13: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_13: Signed, end_0: Signed):
    v_29: Void = direct_call(graph _ll_insertion_sort__array_tuple2_tuple2_Signed_UniChar_Float_Signed_Signed_ll_lt_tuple#2, items_13, start_13, end_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#2, Function = <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, UniqueName = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#2 })  # line 294
    --> block1(l_14, lt_14, length_13, items_13, end_0)

graph ll_len__array_tuple2_tuple2_Signed_UniChar_Float(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_tuple2_tuple2_Signed_UniChar_Float(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph _ll_insertion_sort__array_tuple2_tuple2_Signed_UniChar_Float_Signed_Signed_ll_lt_tuple#2(items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_0: Signed, end_0: Signed, lt_0: Void)  # rlist.py:247
block0(items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_0: Signed, end_0: Signed, lt_0: Void):
    v_0: Signed = int_add(start_0, 1)  # line 249
    --> block1(items_0, start_0, end_0, lt_0, v_0)
block1(items_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_1: Signed, end_1: Signed, lt_1: Void, i_0: Signed):
    v_1: Bool = int_lt(i_0, end_1)  # line 250
    v_2: Bool = same_as(v_1)  # line 250
    switch v_2
    False --> return(None)
    True --> block2(items_1, start_1, end_1, lt_1, i_0)
block2(items_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_2: Signed, end_2: Signed, lt_2: Void, i_1: Signed):
    v_3: Ptr(tuple2) = getarrayitem(items_2, i_1)  # line 251
    --> block3(items_2, start_2, end_2, lt_2, i_1, v_3, i_1)
block3(items_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_3: Signed, end_3: Signed, lt_3: Void, i_2: Signed, x_0: Ptr(tuple2), j_0: Signed):
    v_4: Bool = int_gt(j_0, start_3)  # line 253
    v_5: Bool = same_as(v_4)  # line 253
    switch v_5
    False --> block4(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
    True --> block5(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
block4(items_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_4: Signed, end_4: Signed, lt_4: Void, i_3: Signed, x_1: Ptr(tuple2), j_1: Signed):
    v_6: Void = setarrayitem(items_4, j_1, x_1)  # line 256
    v_7: Signed = int_add(i_3, 1)  # line 257
    --> block1(items_4, start_4, end_4, lt_4, v_7)
block5(items_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_5: Signed, end_5: Signed, lt_5: Void, i_4: Signed, x_2: Ptr(tuple2), j_2: Signed):
    v_8: Signed = int_sub(j_2, 1)  # line 253
    v_9: Ptr(tuple2) = getarrayitem(items_5, v_8)  # line 253
    v_10: Bool = direct_call(graph ll_less__ll_lt_tuple#2_tuple2_tuple2_Signed_UniChar_Float_tuple2_tuple2_Signed_UniChar_Float, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#2, Function = <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, UniqueName = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#2 }, x_2, v_9)  # line 253
    v_11: Bool = same_as(v_10)  # line 253
    switch v_11
    False --> block4(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
    True --> block6(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
block6(items_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), start_6: Signed, end_6: Signed, lt_6: Void, i_5: Signed, x_3: Ptr(tuple2), j_3: Signed):
    v_12: Signed = int_sub(j_3, 1)  # line 254
    v_13: Ptr(tuple2) = getarrayitem(items_6, v_12)  # line 254
    v_14: Void = setarrayitem(items_6, j_3, v_13)  # line 254
    v_15: Signed = int_sub(j_3, 1)  # line 255
    --> block3(items_6, start_6, end_6, lt_6, i_5, x_3, v_15)

graph _ll_merge__array_tuple2_tuple2_Signed_UniChar_Float_array_tuple2_tuple2_Signed_UniChar_Float_Signed_Signed_Signed_ll_lt_tuple#2(src_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void)  # rlist.py:260
block0(src_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void):
    --> block1(src_0, dst_0, lo_0, mid_0, hi_0, lt_0, lo_0, mid_0, lo_0)
block1(src_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lo_1: Signed, mid_1: Signed, hi_1: Signed, lt_1: Void, i_0: Signed, j_0: Signed, k_0: Signed):
    v_0: Bool = int_lt(i_0, mid_1)  # line 265
    v_1: Bool = same_as(v_0)  # line 265
    switch v_1
    False --> block2(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
    True --> block6(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
block2(src_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lo_2: Signed, mid_2: Signed, hi_2: Signed, lt_2: Void, i_1: Signed, j_1: Signed, k_1: Signed):
    v_2: Bool = int_lt(i_1, mid_2)  # line 273
    v_3: Bool = same_as(v_2)  # line 273
    switch v_3
    False --> block3(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
    True --> block5(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
block3(src_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lo_3: Signed, mid_3: Signed, hi_3: Signed, lt_3: Void, i_2: Signed, j_2: Signed, k_2: Signed):
    v_4: Bool = int_lt(j_2, hi_3)  # line 277
    v_5: Bool = same_as(v_4)  # line 277
    switch v_5
    False --> return(None)
    True --> block4(src_3, dst_3, lo_3, mid_3, hi_3, lt_3, i_2, j_2, k_2)
block4(src_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lo_4: Signed, mid_4: Signed, hi_4: Signed, lt_4: Void, i_3: Signed, j_3: Signed, k_3: Signed):
    v_6: Ptr(tuple2) = getarrayitem(src_4, j_3)  # line 278
    v_7: Void = setarrayitem(dst_4, k_3, v_6)  # line 278
    v_8: Signed = int_add(j_3, 1)  # line 279
    v_9: Signed = int_add(k_3, 1)  # line 280
    --> block3(src_4, dst_4, lo_4, mid_4, hi_4, lt_4, i_3, v_8, v_9)
block5(src_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lo_5: Signed, mid_5: Signed, hi_5: Signed, lt_5: Void, i_4: Signed, j_4: Signed, k_4: Signed):
    v_10: Ptr(tuple2) = getarrayitem(src_5, i_4)  # line 274
    v_11: Void = setarrayitem(dst_5, k_4, v_10)  # line 274
    v_12: Signed = int_add(i_4, 1)  # line 275
    v_13: Signed = int_add(k_4, 1)  # line 276
    --> block2(src_5, dst_5, lo_5, mid_5, hi_5, lt_5, v_12, j_4, v_13)
block6(src_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lo_6: Signed, mid_6: Signed, hi_6: Signed, lt_6: Void, i_5: Signed, j_5: Signed, k_5: Signed):
    v_14: Bool = int_lt(j_5, hi_6)  # line 265
    v_15: Bool = same_as(v_14)  # line 265
    switch v_15
    False --> block2(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
    True --> block7(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
block7(src_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lo_7: Signed, mid_7: Signed, hi_7: Signed, lt_7: Void, i_6: Signed, j_6: Signed, k_6: Signed):
    v_16: Ptr(tuple2) = getarrayitem(src_7, j_6)  # line 266
    v_17: Ptr(tuple2) = getarrayitem(src_7, i_6)  # line 266
    v_18: Bool = direct_call(graph ll_less__ll_lt_tuple#2_tuple2_tuple2_Signed_UniChar_Float_tuple2_tuple2_Signed_UniChar_Float, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#2, Function = <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, UniqueName = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#2 }, v_16, v_17)  # line 266
    v_19: Bool = same_as(v_18)  # line 266
    switch v_19
    False --> block8(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
    True --> block10(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
block8(src_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lo_8: Signed, mid_8: Signed, hi_8: Signed, lt_8: Void, i_7: Signed, j_7: Signed, k_7: Signed):
    v_20: Ptr(tuple2) = getarrayitem(src_8, i_7)  # line 270
    v_21: Void = setarrayitem(dst_8, k_7, v_20)  # line 270
    v_22: Signed = int_add(i_7, 1)  # line 271
    --> block9(src_8, dst_8, lo_8, mid_8, hi_8, lt_8, v_22, j_7, k_7)
block9(src_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lo_9: Signed, mid_9: Signed, hi_9: Signed, lt_9: Void, i_8: Signed, j_8: Signed, k_8: Signed):
    v_23: Signed = int_add(k_8, 1)  # line 272
    --> block1(src_9, dst_9, lo_9, mid_9, hi_9, lt_9, i_8, j_8, v_23)
block10(src_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), dst_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), lo_10: Signed, mid_10: Signed, hi_10: Signed, lt_10: Void, i_9: Signed, j_9: Signed, k_9: Signed):
    v_24: Ptr(tuple2) = getarrayitem(src_10, j_9)  # line 267
    v_25: Void = setarrayitem(dst_10, k_9, v_24)  # line 267
    v_26: Signed = int_add(j_9, 1)  # line 268
    --> block9(src_10, dst_10, lo_10, mid_10, hi_10, lt_10, i_9, v_26, k_9)

graph ll_less__ll_lt_tuple#2_tuple2_tuple2_Signed_UniChar_Float_tuple2_tuple2_Signed_UniChar_Float(lt_0: Void, x_0: Ptr(tuple2), y_0: Ptr(tuple2))  # rlist.py:236
block0(lt_0: Void, x_0: Ptr(tuple2), y_0: Ptr(tuple2)):
    v_0: Bool = same_as(False)  # line 237
    v_1: Bool = same_as(v_0)  # line 237
    --> block1(lt_0, x_0, y_0)
block1(lt_1: Void, x_1: Ptr(tuple2), y_1: Ptr(tuple2)):
    v_2: Bool = direct_call(graph gen_lt.<locals>.ll_lt_tuple__tuple2_tuple2_Signed_UniChar_Float_tuple2_tuple2_Signed_UniChar_Float, x_1, y_1)  # line 239
    --> return(v_2)

graph gen_lt.<locals>.ll_lt_tuple__tuple2_tuple2_Signed_UniChar_Float_tuple2_tuple2_Signed_UniChar_Float(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2))  # rtuple.py:52
block0(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2)):
    v_0: Ptr(tuple2) = getfield(t1_0, 'item0')  # line 54
    v_1: Ptr(tuple2) = getfield(t2_0, 'item0')  # line 55
    v_2: Bool = direct_call(graph ll_keyeq__ll_eq_tuple_tuple2_Signed_UniChar_tuple2_Signed_UniChar, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, v_0, v_1)  # line 56
    v_3: Bool = same_as(v_2)  # line 56
    switch v_3
    False --> block1(v_0, v_1)
    True --> block2(t1_0, t2_0)
block1(x_0: Ptr(tuple2), y_0: Ptr(tuple2)):
    v_4: Bool = direct_call(graph ll_less__ll_lt_tuple#3_tuple2_Signed_UniChar_tuple2_Signed_UniChar, <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, x_0, y_0)  # line 57
    --> return(v_4)
block2(t1_1: Ptr(tuple2), t2_1: Ptr(tuple2)):
    v_5: Float = getfield(t1_1, 'item1')  # line 54
    v_6: Float = getfield(t2_1, 'item1')  # line 55
    v_7: Bool = direct_call(graph ll_keyeq__None_Float_Float, None, v_5, v_6)  # line 56
    v_8: Bool = same_as(v_7)  # line 56
    switch v_8
    False --> block3(v_5, v_6)
    True --> return(False)
block3(x_1: Float, y_1: Float):
    v_9: Bool = direct_call(graph ll_less__None_Float_Float, None, x_1, y_1)  # line 57
    --> return(v_9)

graph ll_keyeq__ll_eq_tuple_tuple2_Signed_UniChar_tuple2_Signed_UniChar(eq_0: Void, key1_0: Ptr(tuple2), key2_0: Ptr(tuple2))  # rordereddict.py:54
block0(eq_0: Void, key1_0: Ptr(tuple2), key2_0: Ptr(tuple2)):
    v_0: Bool = same_as(False)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(eq_0, key1_0, key2_0)
block1(eq_1: Void, key1_1: Ptr(tuple2), key2_1: Ptr(tuple2)):
    v_2: Bool = direct_call(graph gen_eq.<locals>.ll_eq_tuple__tuple2_Signed_UniChar_tuple2_Signed_UniChar, key1_1, key2_1)  # line 57
    --> return(v_2)

graph gen_eq.<locals>.ll_eq_tuple__tuple2_Signed_UniChar_tuple2_Signed_UniChar(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2))  # rtuple.py:38
block0(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2)):
    v_0: Signed = getfield(t1_0, 'item0')  # line 40
    v_1: Signed = getfield(t2_0, 'item0')  # line 40
    v_2: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_0, v_1)  # line 40
    v_3: Bool = same_as(v_2)  # line 40
    switch v_3
    False --> return(False)
    True --> block1(t1_0, t2_0)
block1(t1_1: Ptr(tuple2), t2_1: Ptr(tuple2)):
    v_4: UniChar = getfield(t1_1, 'item1')  # line 40
    v_5: UniChar = getfield(t2_1, 'item1')  # line 40
    v_6: Bool = direct_call(graph ll_keyeq__None_UniChar_UniChar, None, v_4, v_5)  # line 40
    v_7: Bool = same_as(v_6)  # line 40
    switch v_7
    False --> return(False)
    True --> return(True)

graph ll_keyeq__None_UniChar_UniChar(eq_0: Void, key1_0: UniChar, key2_0: UniChar)  # rordereddict.py:54
block0(eq_0: Void, key1_0: UniChar, key2_0: UniChar):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: UniChar, key2_1: UniChar):
    v_2: Bool = unichar_eq(key1_1, key2_1)  # line 56
    --> return(v_2)

graph ll_less__ll_lt_tuple#3_tuple2_Signed_UniChar_tuple2_Signed_UniChar(lt_0: Void, x_0: Ptr(tuple2), y_0: Ptr(tuple2))  # rlist.py:236
block0(lt_0: Void, x_0: Ptr(tuple2), y_0: Ptr(tuple2)):
    v_0: Bool = same_as(False)  # line 237
    v_1: Bool = same_as(v_0)  # line 237
    --> block1(lt_0, x_0, y_0)
block1(lt_1: Void, x_1: Ptr(tuple2), y_1: Ptr(tuple2)):
    v_2: Bool = direct_call(graph gen_lt.<locals>.ll_lt_tuple__tuple2_Signed_UniChar_tuple2_Signed_UniChar, x_1, y_1)  # line 239
    --> return(v_2)

graph gen_lt.<locals>.ll_lt_tuple__tuple2_Signed_UniChar_tuple2_Signed_UniChar(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2))  # rtuple.py:52
block0(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2)):
    v_0: Signed = getfield(t1_0, 'item0')  # line 54
    v_1: Signed = getfield(t2_0, 'item0')  # line 55
    v_2: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_0, v_1)  # line 56
    v_3: Bool = same_as(v_2)  # line 56
    switch v_3
    False --> block1(v_0, v_1)
    True --> block2(t1_0, t2_0)
block1(x_0: Signed, y_0: Signed):
    v_4: Bool = direct_call(graph ll_less__None_Signed_Signed, None, x_0, y_0)  # line 57
    --> return(v_4)
block2(t1_1: Ptr(tuple2), t2_1: Ptr(tuple2)):
    v_5: UniChar = getfield(t1_1, 'item1')  # line 54
    v_6: UniChar = getfield(t2_1, 'item1')  # line 55
    v_7: Bool = direct_call(graph ll_keyeq__None_UniChar_UniChar, None, v_5, v_6)  # line 56
    v_8: Bool = same_as(v_7)  # line 56
    switch v_8
    False --> block3(v_5, v_6)
    True --> return(False)
block3(x_1: UniChar, y_1: UniChar):
    v_9: Bool = direct_call(graph ll_less__None_UniChar_UniChar, None, x_1, y_1)  # line 57
    --> return(v_9)

graph ll_keyeq__None_Float_Float(eq_0: Void, key1_0: Float, key2_0: Float)  # rordereddict.py:54
block0(eq_0: Void, key1_0: Float, key2_0: Float):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: Float, key2_1: Float):
    v_2: Bool = float_eq(key1_1, key2_1)  # line 56
    --> return(v_2)

graph ll_newlist__list_array_tuple2_Signed_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(False)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(list) = malloc(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) }, 'gc')  # line 40
    v_3: Void = setfield(v_2, 'length', length_1)  # line 41
    v_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) = malloc_varsize(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed })), 'gc', length_1)  # line 42
    v_5: Void = setfield(v_2, 'items', v_4)  # line 42
    --> return(v_2)

graph ll_append__list_array_tuple2_Signed_Signed_tuple2_Signed_Signed(l_0: Ptr(list), newitem_0: Ptr(tuple2))  # rlist.py:429
block0(l_0: Ptr(list), newitem_0: Ptr(tuple2)):
    v_0: Signed = getfield(l_0, 'length')  # line 430
    v_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) = getfield(l_0, 'items')  # line 431
    v_2: Signed = getarraysize(v_1)  # line 431
    v_3: Bool = int_lt(v_0, v_2)  # line 431
    v_4: Bool = same_as(v_3)  # line 431
    switch v_4
    False --> block1(l_0, newitem_0, v_0)
    True --> block3(l_0, newitem_0, v_0)
block1(l_1: Ptr(list), newitem_1: Ptr(tuple2), length_0: Signed):
    v_5: Signed = int_add(length_0, 1)  # line 434
    v_6: Void = direct_call(graph _ll_list_resize__list_array_tuple2_Signed_Signed_Signed, l_1, v_5)  # line 434
    --> block2(l_1, newitem_1, length_0)
block2(l_2: Ptr(list), newitem_2: Ptr(tuple2), length_1: Signed):
    v_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) = getfield(l_2, 'items')  # line 435
    v_8: Void = setarrayitem(v_7, length_1, newitem_2)  # line 435
    --> return(None)
block3(l_3: Ptr(list), newitem_3: Ptr(tuple2), length_2: Signed):
    v_9: Signed = int_add(length_2, 1)  # line 432
    v_10: Void = setfield(l_3, 'length', v_9)  # line 432
    --> block2(l_3, newitem_3, length_2)

graph _ll_list_resize__list_array_tuple2_Signed_Signed_Signed(l_0: Ptr(list), newsize_0: Signed)  # rlist.py:406
block0(l_0: Ptr(list), newsize_0: Signed):
    v_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) = getfield(l_0, 'items')  # line 408
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
    v_12: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) = getfield(l_4, 'items')  # line 416
    v_13: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) = malloc_varsize(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed })), 'gc', new_allocated_0)  # line 417
    v_14: Signed = getfield(l_4, 'length')  # line 418
    v_15: Bool = int_lt(newsize_4, v_14)  # line 419
    v_16: Bool = same_as(v_15)  # line 419
    switch v_16
    False --> block5(l_4, newsize_4, allocated_3, new_allocated_0, v_12, v_13, v_14, 0)
    True --> block5(l_4, newsize_4, allocated_3, new_allocated_0, v_12, v_13, newsize_4, 0)
block5(l_5: Ptr(list), newsize_5: Signed, allocated_4: Signed, new_allocated_1: Signed, items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), newitems_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), keep_0: Signed, i_0: Signed):
    v_17: Bool = int_lt(i_0, keep_0)  # line 422
    v_18: Bool = same_as(v_17)  # line 422
    switch v_18
    False --> block6(l_5, newsize_5, newitems_0)
    True --> block7(l_5, newsize_5, allocated_4, new_allocated_1, items_0, newitems_0, keep_0, i_0)
block6(l_6: Ptr(list), newsize_6: Signed, newitems_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed })))):
    v_19: Void = setfield(l_6, 'items', newitems_1)  # line 425
    v_20: Void = setfield(l_6, 'length', newsize_6)  # line 426
    --> return(None)
block7(l_7: Ptr(list), newsize_7: Signed, allocated_5: Signed, new_allocated_2: Signed, items_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), newitems_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), keep_1: Signed, i_1: Signed):
    v_21: Ptr(tuple2) = getarrayitem(items_1, i_1)  # line 423
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

graph ll_sort__list_array_tuple2_Signed_Signed_ll_lt_tuple#4(l_0: Ptr(list), lt_0: Void)  # rlist.py:283
block0(l_0: Ptr(list), lt_0: Void):
    v_0: Signed = direct_call(graph ll_len__list_array_tuple2_Signed_Signed, l_0)  # line 287
    v_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) = direct_call(graph ll_items__list_array_tuple2_Signed_Signed, l_0)  # line 288
    --> block1(l_0, lt_0, v_0, v_1, 0)
block1(l_1: Ptr(list), lt_1: Void, length_0: Signed, items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_0: Signed):
    v_2: Bool = int_lt(start_0, length_0)  # line 290
    v_3: Bool = same_as(v_2)  # line 290
    switch v_3
    False --> block2(l_1, lt_1, length_0, items_0, start_0)
    True --> block13(l_1, lt_1, length_0, items_0, start_0)
block2(l_2: Ptr(list), lt_2: Void, length_1: Signed, items_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_1: Signed):
    v_4: Bool = int_le(length_1, 16)  # line 296
    v_5: Bool = same_as(v_4)  # line 296
    switch v_5
    False --> block3(l_2, lt_2, length_1, items_1, start_1)
    True --> return(None)
block3(l_3: Ptr(list), lt_3: Void, length_2: Signed, items_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_2: Signed):
    v_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) = malloc_varsize(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed })), 'gc', length_2)  # line 299
    --> block4(l_3, lt_3, length_2, items_2, start_2, items_2, v_6, 16)
block4(l_4: Ptr(list), lt_4: Void, length_3: Signed, items_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_3: Signed, src_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), width_0: Signed):
    v_7: Bool = int_lt(width_0, length_3)  # line 301
    v_8: Bool = same_as(v_7)  # line 301
    switch v_8
    False --> block5(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0)
    True --> block8(l_4, lt_4, length_3, items_3, start_3, src_0, dst_0, width_0, 0)
block5(l_5: Ptr(list), lt_5: Void, length_4: Signed, items_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_4: Signed, src_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), width_1: Signed):
    v_9: Bool = ptr_ne(src_1, items_4)  # line 316
    v_10: Bool = same_as(v_9)  # line 316
    switch v_10
    False --> return(None)
    True --> block6(l_5, lt_5, length_4, items_4, start_4, src_1, dst_1, width_1, 0)
block6(l_6: Ptr(list), lt_6: Void, length_5: Signed, items_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_5: Signed, src_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), width_2: Signed, i_0: Signed):
    v_11: Bool = int_lt(i_0, length_5)  # line 318
    v_12: Bool = same_as(v_11)  # line 318
    switch v_12
    False --> return(None)
    True --> block7(l_6, lt_6, length_5, items_5, start_5, src_2, dst_2, width_2, i_0)
block7(l_7: Ptr(list), lt_7: Void, length_6: Signed, items_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_6: Signed, src_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), width_3: Signed, i_1: Signed):
    v_13: Ptr(tuple2) = getarrayitem(src_3, i_1)  # line 319
    v_14: Void = setarrayitem(items_6, i_1, v_13)  # line 319
    v_15: Signed = int_add(i_1, 1)  # line 320
    --> block6(l_7, lt_7, length_6, items_6, start_6, src_3, dst_3, width_3, v_15)
block8(l_8: Ptr(list), lt_8: Void, length_7: Signed, items_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_7: Signed, src_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), width_4: Signed, lo_0: Signed):
    v_16: Bool = int_lt(lo_0, length_7)  # line 303
    v_17: Bool = same_as(v_16)  # line 303
    switch v_17
    False --> block9(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4)
    True --> block10(l_8, lt_8, length_7, items_7, start_7, src_4, dst_4, width_4, lo_0)
block9(l_9: Ptr(list), lt_9: Void, length_8: Signed, items_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_8: Signed, src_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), width_5: Signed):
    v_18: Signed = int_mul(width_5, 2)  # line 315
    --> block4(l_9, lt_9, length_8, items_8, start_8, dst_5, src_5, v_18)
block10(l_10: Ptr(list), lt_10: Void, length_9: Signed, items_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_9: Signed, src_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), width_6: Signed, lo_1: Signed):
    v_19: Signed = int_add(lo_1, width_6)  # line 304
    v_20: Bool = int_gt(v_19, length_9)  # line 305
    v_21: Bool = same_as(v_20)  # line 305
    switch v_21
    False --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, v_19)
    True --> block11(l_10, lt_10, length_9, items_9, start_9, src_6, dst_6, width_6, lo_1, length_9)
block11(l_11: Ptr(list), lt_11: Void, length_10: Signed, items_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_10: Signed, src_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), width_7: Signed, lo_2: Signed, mid_0: Signed):
    v_22: Signed = int_add(mid_0, width_7)  # line 307
    v_23: Bool = int_gt(v_22, length_10)  # line 308
    v_24: Bool = same_as(v_23)  # line 308
    switch v_24
    False --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, v_22)
    True --> block12(l_11, lt_11, length_10, items_10, start_10, src_7, dst_7, width_7, lo_2, mid_0, length_10)
block12(l_12: Ptr(list), lt_12: Void, length_11: Signed, items_11: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_11: Signed, src_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), width_8: Signed, lo_3: Signed, mid_1: Signed, hi_0: Signed):
    v_25: Void = direct_call(graph _ll_merge__array_tuple2_Signed_Signed_array_tuple2_Signed_Signed_Signed_Signed_Signed_ll_lt_tuple#4, src_8, dst_8, lo_3, mid_1, hi_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#4, Function = <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, UniqueName = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#4 })  # line 310
    --> block8(l_12, lt_12, length_11, items_11, start_11, src_8, dst_8, width_8, hi_0)
block13(l_13: Ptr(list), lt_13: Void, length_12: Signed, items_12: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_12: Signed):
    v_26: Signed = int_add(start_12, 16)  # line 291
    v_27: Bool = int_gt(v_26, length_12)  # line 292
    v_28: Bool = same_as(v_27)  # line 292
    switch v_28
    False --> block14(l_13, lt_13, length_12, items_12, start_12, v_26)
    True --> block14(l_13, lt_13, length_12, items_12, start_12, length_12)
block14(l_14: Ptr(list), lt_14: Void, length_13: Signed, items_13: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_13: Signed, end_0: Signed):
    v_29: Void = direct_call(graph _ll_insertion_sort__array_tuple2_Signed_Signed_Signed_Signed_ll_lt_tuple#4, items_13, start_13, end_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#4, Function = <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, UniqueName = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#4 })  # line 294
    --> block1(l_14, lt_14, length_13, items_13, end_0)

graph ll_len__list_array_tuple2_Signed_Signed(l_0: Ptr(list))  # rlist.py:31
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Signed = getfield(l_1, 'length')  # line 34
    --> return(v_2)

graph ll_items__list_array_tuple2_Signed_Signed(l_0: Ptr(list))  # rlist.py:25
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) = getfield(l_1, 'items')  # line 28
    --> return(v_2)

graph _ll_insertion_sort__array_tuple2_Signed_Signed_Signed_Signed_ll_lt_tuple#4(items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_0: Signed, end_0: Signed, lt_0: Void)  # rlist.py:247
block0(items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_0: Signed, end_0: Signed, lt_0: Void):
    v_0: Signed = int_add(start_0, 1)  # line 249
    --> block1(items_0, start_0, end_0, lt_0, v_0)
block1(items_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_1: Signed, end_1: Signed, lt_1: Void, i_0: Signed):
    v_1: Bool = int_lt(i_0, end_1)  # line 250
    v_2: Bool = same_as(v_1)  # line 250
    switch v_2
    False --> return(None)
    True --> block2(items_1, start_1, end_1, lt_1, i_0)
block2(items_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_2: Signed, end_2: Signed, lt_2: Void, i_1: Signed):
    v_3: Ptr(tuple2) = getarrayitem(items_2, i_1)  # line 251
    --> block3(items_2, start_2, end_2, lt_2, i_1, v_3, i_1)
block3(items_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_3: Signed, end_3: Signed, lt_3: Void, i_2: Signed, x_0: Ptr(tuple2), j_0: Signed):
    v_4: Bool = int_gt(j_0, start_3)  # line 253
    v_5: Bool = same_as(v_4)  # line 253
    switch v_5
    False --> block4(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
    True --> block5(items_3, start_3, end_3, lt_3, i_2, x_0, j_0)
block4(items_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_4: Signed, end_4: Signed, lt_4: Void, i_3: Signed, x_1: Ptr(tuple2), j_1: Signed):
    v_6: Void = setarrayitem(items_4, j_1, x_1)  # line 256
    v_7: Signed = int_add(i_3, 1)  # line 257
    --> block1(items_4, start_4, end_4, lt_4, v_7)
block5(items_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_5: Signed, end_5: Signed, lt_5: Void, i_4: Signed, x_2: Ptr(tuple2), j_2: Signed):
    v_8: Signed = int_sub(j_2, 1)  # line 253
    v_9: Ptr(tuple2) = getarrayitem(items_5, v_8)  # line 253
    v_10: Bool = direct_call(graph ll_less__ll_lt_tuple#4_tuple2_Signed_Signed_tuple2_Signed_Signed, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#4, Function = <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, UniqueName = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#4 }, x_2, v_9)  # line 253
    v_11: Bool = same_as(v_10)  # line 253
    switch v_11
    False --> block4(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
    True --> block6(items_5, start_5, end_5, lt_5, i_4, x_2, j_2)
block6(items_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), start_6: Signed, end_6: Signed, lt_6: Void, i_5: Signed, x_3: Ptr(tuple2), j_3: Signed):
    v_12: Signed = int_sub(j_3, 1)  # line 254
    v_13: Ptr(tuple2) = getarrayitem(items_6, v_12)  # line 254
    v_14: Void = setarrayitem(items_6, j_3, v_13)  # line 254
    v_15: Signed = int_sub(j_3, 1)  # line 255
    --> block3(items_6, start_6, end_6, lt_6, i_5, x_3, v_15)

graph _ll_merge__array_tuple2_Signed_Signed_array_tuple2_Signed_Signed_Signed_Signed_Signed_ll_lt_tuple#4(src_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void)  # rlist.py:260
block0(src_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), lo_0: Signed, mid_0: Signed, hi_0: Signed, lt_0: Void):
    --> block1(src_0, dst_0, lo_0, mid_0, hi_0, lt_0, lo_0, mid_0, lo_0)
block1(src_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), lo_1: Signed, mid_1: Signed, hi_1: Signed, lt_1: Void, i_0: Signed, j_0: Signed, k_0: Signed):
    v_0: Bool = int_lt(i_0, mid_1)  # line 265
    v_1: Bool = same_as(v_0)  # line 265
    switch v_1
    False --> block2(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
    True --> block6(src_1, dst_1, lo_1, mid_1, hi_1, lt_1, i_0, j_0, k_0)
block2(src_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), lo_2: Signed, mid_2: Signed, hi_2: Signed, lt_2: Void, i_1: Signed, j_1: Signed, k_1: Signed):
    v_2: Bool = int_lt(i_1, mid_2)  # line 273
    v_3: Bool = same_as(v_2)  # line 273
    switch v_3
    False --> block3(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
    True --> block5(src_2, dst_2, lo_2, mid_2, hi_2, lt_2, i_1, j_1, k_1)
block3(src_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), lo_3: Signed, mid_3: Signed, hi_3: Signed, lt_3: Void, i_2: Signed, j_2: Signed, k_2: Signed):
    v_4: Bool = int_lt(j_2, hi_3)  # line 277
    v_5: Bool = same_as(v_4)  # line 277
    switch v_5
    False --> return(None)
    True --> block4(src_3, dst_3, lo_3, mid_3, hi_3, lt_3, i_2, j_2, k_2)
block4(src_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), lo_4: Signed, mid_4: Signed, hi_4: Signed, lt_4: Void, i_3: Signed, j_3: Signed, k_3: Signed):
    v_6: Ptr(tuple2) = getarrayitem(src_4, j_3)  # line 278
    v_7: Void = setarrayitem(dst_4, k_3, v_6)  # line 278
    v_8: Signed = int_add(j_3, 1)  # line 279
    v_9: Signed = int_add(k_3, 1)  # line 280
    --> block3(src_4, dst_4, lo_4, mid_4, hi_4, lt_4, i_3, v_8, v_9)
block5(src_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), lo_5: Signed, mid_5: Signed, hi_5: Signed, lt_5: Void, i_4: Signed, j_4: Signed, k_4: Signed):
    v_10: Ptr(tuple2) = getarrayitem(src_5, i_4)  # line 274
    v_11: Void = setarrayitem(dst_5, k_4, v_10)  # line 274
    v_12: Signed = int_add(i_4, 1)  # line 275
    v_13: Signed = int_add(k_4, 1)  # line 276
    --> block2(src_5, dst_5, lo_5, mid_5, hi_5, lt_5, v_12, j_4, v_13)
block6(src_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), lo_6: Signed, mid_6: Signed, hi_6: Signed, lt_6: Void, i_5: Signed, j_5: Signed, k_5: Signed):
    v_14: Bool = int_lt(j_5, hi_6)  # line 265
    v_15: Bool = same_as(v_14)  # line 265
    switch v_15
    False --> block2(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
    True --> block7(src_6, dst_6, lo_6, mid_6, hi_6, lt_6, i_5, j_5, k_5)
block7(src_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), lo_7: Signed, mid_7: Signed, hi_7: Signed, lt_7: Void, i_6: Signed, j_6: Signed, k_6: Signed):
    v_16: Ptr(tuple2) = getarrayitem(src_7, j_6)  # line 266
    v_17: Ptr(tuple2) = getarrayitem(src_7, i_6)  # line 266
    v_18: Bool = direct_call(graph ll_less__ll_lt_tuple#4_tuple2_Signed_Signed_tuple2_Signed_Signed, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#4, Function = <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, UniqueName = rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple#4 }, v_16, v_17)  # line 266
    v_19: Bool = same_as(v_18)  # line 266
    switch v_19
    False --> block8(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
    True --> block10(src_7, dst_7, lo_7, mid_7, hi_7, lt_7, i_6, j_6, k_6)
block8(src_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), lo_8: Signed, mid_8: Signed, hi_8: Signed, lt_8: Void, i_7: Signed, j_7: Signed, k_7: Signed):
    v_20: Ptr(tuple2) = getarrayitem(src_8, i_7)  # line 270
    v_21: Void = setarrayitem(dst_8, k_7, v_20)  # line 270
    v_22: Signed = int_add(i_7, 1)  # line 271
    --> block9(src_8, dst_8, lo_8, mid_8, hi_8, lt_8, v_22, j_7, k_7)
block9(src_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), lo_9: Signed, mid_9: Signed, hi_9: Signed, lt_9: Void, i_8: Signed, j_8: Signed, k_8: Signed):
    v_23: Signed = int_add(k_8, 1)  # line 272
    --> block1(src_9, dst_9, lo_9, mid_9, hi_9, lt_9, i_8, j_8, v_23)
block10(src_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), dst_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))), lo_10: Signed, mid_10: Signed, hi_10: Signed, lt_10: Void, i_9: Signed, j_9: Signed, k_9: Signed):
    v_24: Ptr(tuple2) = getarrayitem(src_10, j_9)  # line 267
    v_25: Void = setarrayitem(dst_10, k_9, v_24)  # line 267
    v_26: Signed = int_add(j_9, 1)  # line 268
    --> block9(src_10, dst_10, lo_10, mid_10, hi_10, lt_10, i_9, v_26, k_9)

graph ll_less__ll_lt_tuple#4_tuple2_Signed_Signed_tuple2_Signed_Signed(lt_0: Void, x_0: Ptr(tuple2), y_0: Ptr(tuple2))  # rlist.py:236
block0(lt_0: Void, x_0: Ptr(tuple2), y_0: Ptr(tuple2)):
    v_0: Bool = same_as(False)  # line 237
    v_1: Bool = same_as(v_0)  # line 237
    --> block1(lt_0, x_0, y_0)
block1(lt_1: Void, x_1: Ptr(tuple2), y_1: Ptr(tuple2)):
    v_2: Bool = direct_call(graph gen_lt.<locals>.ll_lt_tuple__tuple2_Signed_Signed_tuple2_Signed_Signed, x_1, y_1)  # line 239
    --> return(v_2)

graph gen_lt.<locals>.ll_lt_tuple__tuple2_Signed_Signed_tuple2_Signed_Signed(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2))  # rtuple.py:52
block0(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2)):
    v_0: Signed = getfield(t1_0, 'item0')  # line 54
    v_1: Signed = getfield(t2_0, 'item0')  # line 55
    v_2: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_0, v_1)  # line 56
    v_3: Bool = same_as(v_2)  # line 56
    switch v_3
    False --> block1(v_0, v_1)
    True --> block2(t1_0, t2_0)
block1(x_0: Signed, y_0: Signed):
    v_4: Bool = direct_call(graph ll_less__None_Signed_Signed, None, x_0, y_0)  # line 57
    --> return(v_4)
block2(t1_1: Ptr(tuple2), t2_1: Ptr(tuple2)):
    v_5: Signed = getfield(t1_1, 'item1')  # line 54
    v_6: Signed = getfield(t2_1, 'item1')  # line 55
    v_7: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_5, v_6)  # line 56
    v_8: Bool = same_as(v_7)  # line 56
    switch v_8
    False --> block3(v_5, v_6)
    True --> return(False)
block3(x_1: Signed, y_1: Signed):
    v_9: Bool = direct_call(graph ll_less__None_Signed_Signed, None, x_1, y_1)  # line 57
    --> return(v_9)

graph ll_getitem_nonneg__list_array_tuple2_Signed_Signed_Signed(l_0: Ptr(list), index_0: Signed)  # rlist.py:67
block0(l_0: Ptr(list), index_0: Signed):
    v_0: Signed = direct_call(graph ll_len__list_array_tuple2_Signed_Signed, l_0)  # line 68
    v_1: Bool = int_ge(index_0, v_0)  # line 68
    v_2: Bool = same_as(v_1)  # line 68
    switch v_2
    False --> block1(l_0, index_0)
    True --> block2()
block1(l_1: Ptr(list), index_1: Signed):
    v_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) = direct_call(graph ll_items__list_array_tuple2_Signed_Signed, l_1)  # line 70
    v_4: Ptr(tuple2) = getarrayitem(v_3, index_1)  # line 70
    --> return(v_4)
block2():
    v_5: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 69
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_7: Void = setfield(v_6, 'typeptr', vtable IndexError [4, 5))  # line 69
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 69
    --> raise(v_9, v_5)

graph ll_getitem__list_array_tuple2_Signed_Signed_Signed(l_0: Ptr(list), index_0: Signed)  # rlist.py:59
block0(l_0: Ptr(list), index_0: Signed):
    v_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Signed }))) = direct_call(graph ll_items__list_array_tuple2_Signed_Signed, l_0)  # line 60
    v_1: Signed = direct_call(graph ll_len__list_array_tuple2_Signed_Signed, l_0)  # line 60
    v_2: Signed = direct_call(graph _ll_index__Signed_Signed, index_0, v_1)  # line 60
    v_3: Ptr(tuple2) = getarrayitem(v_0, v_2)  # line 60
    --> return(v_3)

graph ll_listiter__listiter_array_tuple2_rpy_str_Signed_array_tuple2_rpy_str_Signed(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_tuple2_rpy_str_Signed(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_tuple2_rpy_str_Signed, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed })))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))) = direct_call(graph ll_items__array_tuple2_rpy_str_Signed, l_0)  # line 391
    v_8: Ptr(tuple2) = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [7, 8))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_join_strs__Signed_array_rpy_str(count_0: Signed, items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rstr.py:976
block0(count_0: Signed, items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    --> block1(count_0, items_0, 0, 0)
block1(count_1: Signed, items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), total_0: Signed, i_0: Signed):
    v_0: Bool = int_lt(i_0, count_1)  # line 980
    v_1: Bool = same_as(v_0)  # line 980
    switch v_1
    False --> block2(count_1, items_1, total_0)
    True --> block5(count_1, items_1, total_0, i_0)
block2(count_2: Signed, items_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), total_1: Signed):
    v_2: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, total_1)  # line 983
    --> block3(count_2, items_2, total_1, 0, v_2, 0)
block3(count_3: Signed, items_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), total_2: Signed, i_1: Signed, res_0: Ptr(rpy_str), pos_0: Signed):
    v_3: Bool = int_lt(i_1, count_3)  # line 986
    v_4: Bool = same_as(v_3)  # line 986
    switch v_4
    False --> return(res_0)
    True --> block4(count_3, items_3, total_2, i_1, res_0, pos_0)
block4(count_4: Signed, items_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), total_3: Signed, i_2: Signed, res_1: Ptr(rpy_str), pos_1: Signed):
    v_5: Ptr(rpy_str) = getarrayitem(items_4, i_2)  # line 987
    v_6: Ptr(rpy_str) = same_as(v_5)  # line 988
    v_7: Signed = getinteriorarraysize(v_6, 'chars')  # line 988
    v_8: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_1, pos_1, v_5, 0, v_7)  # line 988
    v_9: Ptr(rpy_str) = same_as(v_5)  # line 989
    v_10: Signed = getinteriorarraysize(v_9, 'chars')  # line 989
    v_11: Signed = int_add(pos_1, v_10)  # line 989
    v_12: Signed = int_add(i_2, 1)  # line 990
    --> block3(count_4, items_4, total_3, v_12, res_1, v_11)
block5(count_5: Signed, items_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), total_4: Signed, i_3: Signed):
    v_13: Ptr(rpy_str) = getarrayitem(items_5, i_3)  # line 981
    v_14: Ptr(rpy_str) = same_as(v_13)  # line 981
    v_15: Signed = getinteriorarraysize(v_14, 'chars')  # line 981
    v_16: Signed = int_add(total_4, v_15)  # line 981
    v_17: Signed = int_add(i_3, 1)  # line 982
    --> block1(count_5, items_5, v_16, v_17)

graph ll_listiter__listiter_array_tuple2_tuple2_Signed_UniChar_Float_array_tuple2_tuple2_Signed_UniChar_Float(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_tuple2_tuple2_Signed_UniChar_Float(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_tuple2_tuple2_Signed_UniChar_Float, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float })))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Float }))) = direct_call(graph ll_items__array_tuple2_tuple2_Signed_UniChar_Float, l_0)  # line 391
    v_8: Ptr(tuple2) = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [7, 8))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)
