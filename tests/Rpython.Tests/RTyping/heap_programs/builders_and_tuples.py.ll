graph main(n_0: Signed)  # builders_and_tuples.py:70
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph building, n_0)  # line 71
    v_1: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_0, '\x0a')  # line 71
    v_2: Ptr(rpy_str) = direct_call(graph ordering, n_0)  # line 71
    v_3: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_1, v_2)  # line 71
    v_4: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_3, '\x0a')  # line 71
    v_5: Ptr(rpy_str) = direct_call(graph membership, n_0)  # line 71
    v_6: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_4, v_5)  # line 71
    v_7: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_6, '\x0a')  # line 71
    v_8: Ptr(rpy_str) = direct_call(graph hashing, n_0)  # line 71
    v_9: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_7, v_8)  # line 71
    --> return(v_9)

graph building(n_0: Signed)  # builders_and_tuples.py:9
block0(n_0: Signed):
    v_0: Ptr(stringbuilder) = direct_call(graph ll_newbuilder__stringbuilder_Signed, Ptr(GcStruct stringbuilder { length: Signed, buf: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), 16)  # line 10
    v_1: Ptr(stringbuilder) = same_as(v_0)  # line 11
    v_2: Ptr(rpy_str) = direct_call(graph ll_build__stringbuilder, v_1)  # line 11
    v_3: Ptr(stringbuilder) = same_as(v_0)  # line 12
    v_4: Void = direct_call(graph ll_append__stringbuilder_rpy_str, v_3, 'ab')  # line 12
    v_5: Ptr(stringbuilder) = same_as(v_0)  # line 13
    v_6: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 13
    v_7: Ptr(rpy_str) = same_as(v_6)  # line 13
    v_8: Void = direct_call(graph ll_append__stringbuilder_rpy_str, v_5, v_7)  # line 13
    v_9: Ptr(stringbuilder) = same_as(v_0)  # line 14
    v_10: Void = direct_call(graph ll_append_char__stringbuilder_UniChar, v_9, 233)  # line 14
    v_11: Ptr(stringbuilder) = same_as(v_0)  # line 15
    v_12: Signed = int_mod(n_0, 5)  # line 15
    v_13: Bool = int_ne(v_12, 0)  # line 15
    v_14: Signed = int_xor(v_12, 5)  # line 15
    v_15: Bool = int_lt(v_14, 0)  # line 15
    v_16: Signed = cast_bool_to_int(v_13)  # line 15
    v_17: Signed = cast_bool_to_int(v_15)  # line 15
    v_18: Signed = int_and(v_16, v_17)  # line 15
    v_19: Signed = int_mul(v_18, 5)  # line 15
    v_20: Signed = int_add(v_12, v_19)  # line 15
    v_21: Void = direct_call(graph ll_append_multiple_char__stringbuilder_UniChar_Signed, v_11, 45, v_20)  # line 15
    v_22: Ptr(stringbuilder) = same_as(v_0)  # line 16
    v_23: Void = direct_call(graph ll_append_multiple_char__stringbuilder_UniChar_Signed, v_22, 120, -3)  # line 16
    v_24: Ptr(stringbuilder) = same_as(v_0)  # line 17
    v_25: Void = direct_call(graph ll_append_slice__stringbuilder_rpy_str_Signed_Signed, v_24, '0123456789', 2, 5)  # line 17
    v_26: Ptr(stringbuilder) = same_as(v_0)  # line 19
    v_27: Void = direct_call(graph ll_append_slice__stringbuilder_rpy_str_Signed_Signed, v_26, '0123456789', 5, 11)  # line 19
    no exception --> block1(n_0, v_0, v_2)
    Exception --> block8(n_0, v_0, v_2, last_exception_0, last_exc_value_0)
block1(n_1: Signed, b_0: Ptr(stringbuilder), first_0: Ptr(rpy_str)):
    v_28: Ptr(stringbuilder) = same_as(b_0)  # line 22
    v_29: Ptr(rpy_str) = direct_call(graph ll_build__stringbuilder, v_28)  # line 22
    v_30: Ptr(stringbuilder) = same_as(b_0)  # line 23
    v_31: Signed = direct_call(graph ll_getlength__stringbuilder, v_30)  # line 23
    v_32: Signed = int_mod(n_1, 50)  # line 24
    v_33: Bool = int_ne(v_32, 0)  # line 24
    v_34: Signed = int_xor(v_32, 50)  # line 24
    v_35: Bool = int_lt(v_34, 0)  # line 24
    v_36: Signed = cast_bool_to_int(v_33)  # line 24
    v_37: Signed = cast_bool_to_int(v_35)  # line 24
    v_38: Signed = int_and(v_36, v_37)  # line 24
    v_39: Signed = int_mul(v_38, 50)  # line 24
    v_40: Signed = int_add(v_32, v_39)  # line 24
    v_41: Ptr(GcArray(Signed)) = same_as(None)  # line 24
    v_42: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, v_40)  # line 24
    --> block2(n_1, b_0, first_0, v_29, v_31, v_42)
block2(n_2: Signed, b_1: Ptr(stringbuilder), first_1: Ptr(rpy_str), middle_0: Ptr(rpy_str), length_0: Signed, iter37_0: Ptr(rangeiter)):
    v_43: Signed = direct_call(graph ll_rangenext__rangeiter, iter37_0)  # line 24
    no exception --> block3(v_43, iter37_0, n_2, b_1, first_1, middle_0, length_0)
    StopIteration --> block4(n_2, b_1, first_1, middle_0, length_0, iter37_0)
block3(item_0: Signed, iter37_1: Ptr(rangeiter), n_3: Signed, b_2: Ptr(stringbuilder), first_2: Ptr(rpy_str), middle_1: Ptr(rpy_str), length_1: Signed):
    v_44: Ptr(stringbuilder) = same_as(b_2)  # line 25
    v_45: Signed = int_mod(item_0, 26)  # line 25
    v_46: Bool = int_ne(v_45, 0)  # line 25
    v_47: Signed = int_xor(v_45, 26)  # line 25
    v_48: Bool = int_lt(v_47, 0)  # line 25
    v_49: Signed = cast_bool_to_int(v_46)  # line 25
    v_50: Signed = cast_bool_to_int(v_48)  # line 25
    v_51: Signed = int_and(v_49, v_50)  # line 25
    v_52: Signed = int_mul(v_51, 26)  # line 25
    v_53: Signed = int_add(v_45, v_52)  # line 25
    v_54: Signed = int_add(65, v_53)  # line 25
    v_55: UniChar = direct_call(graph ll_chr__Signed, v_54)  # line 25
    v_56: Void = direct_call(graph ll_append_char__stringbuilder_UniChar, v_44, v_55)  # line 25
    --> block2(n_3, b_2, first_2, middle_1, length_1, iter37_1)
block4(n_4: Signed, b_3: Ptr(stringbuilder), first_3: Ptr(rpy_str), middle_2: Ptr(rpy_str), length_2: Signed, iter37_2: Ptr(rangeiter)):
    v_57: Ptr(stringbuilder) = direct_call(graph ll_newbuilder__stringbuilder_Signed, Ptr(GcStruct stringbuilder { length: Signed, buf: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), 2)  # line 26
    v_58: Ptr(GcArray(Signed)) = same_as(None)  # line 27
    v_59: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, 40)  # line 27
    --> block5(n_4, b_3, first_3, middle_2, length_2, v_57, iter37_2, v_59)
block5(n_5: Signed, b_4: Ptr(stringbuilder), first_4: Ptr(rpy_str), middle_3: Ptr(rpy_str), length_3: Signed, small_0: Ptr(stringbuilder), iter37_3: Ptr(rangeiter), iter50_0: Ptr(rangeiter)):
    v_60: Signed = direct_call(graph ll_rangenext__rangeiter, iter50_0)  # line 27
    no exception --> block6(iter37_3, iter50_0, n_5, b_4, first_4, middle_3, length_3, small_0)
    StopIteration --> block7(b_4, first_4, middle_3, length_3, small_0)
block6(iter37_4: Ptr(rangeiter), iter50_1: Ptr(rangeiter), n_6: Signed, b_5: Ptr(stringbuilder), first_5: Ptr(rpy_str), middle_4: Ptr(rpy_str), length_4: Signed, small_1: Ptr(stringbuilder)):
    v_61: Ptr(stringbuilder) = same_as(small_1)  # line 28
    v_62: Void = direct_call(graph ll_append_multiple_char__stringbuilder_UniChar_Signed, v_61, 128512, 1)  # line 28
    --> block5(n_6, b_5, first_5, middle_4, length_4, small_1, iter37_4, iter50_1)
block7(b_6: Ptr(stringbuilder), first_6: Ptr(rpy_str), middle_5: Ptr(rpy_str), length_5: Signed, small_2: Ptr(stringbuilder)):
    v_63: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, '[', first_6)  # line 29
    v_64: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_63, '] [')  # line 29
    v_65: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_64, middle_5)  # line 29
    v_66: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_65, '] ')  # line 29
    v_67: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, length_5)  # line 29
    v_68: Ptr(rpy_str) = same_as(v_67)  # line 29
    v_69: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_66, v_68)  # line 29
    v_70: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_69, ' [')  # line 29
    v_71: Ptr(stringbuilder) = same_as(b_6)  # line 29
    v_72: Ptr(rpy_str) = direct_call(graph ll_build__stringbuilder, v_71)  # line 29
    v_73: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_70, v_72)  # line 29
    v_74: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_73, '] ')  # line 29
    v_75: Ptr(stringbuilder) = same_as(b_6)  # line 29
    v_76: Signed = direct_call(graph ll_getlength__stringbuilder, v_75)  # line 29
    v_77: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_76)  # line 29
    v_78: Ptr(rpy_str) = same_as(v_77)  # line 29
    v_79: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_74, v_78)  # line 29
    v_80: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_79, ' ')  # line 29
    v_81: Ptr(stringbuilder) = same_as(small_2)  # line 29
    v_82: Ptr(rpy_str) = direct_call(graph ll_build__stringbuilder, v_81)  # line 29
    v_83: Signed = direct_call(graph ll_strlen__rpy_str, v_82)  # line 29
    v_84: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_83)  # line 29
    v_85: Ptr(rpy_str) = same_as(v_84)  # line 29
    v_86: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_80, v_85)  # line 29
    --> return(v_86)
block8(n_7: Signed, b_7: Ptr(stringbuilder), first_7: Ptr(rpy_str), v_87: Ptr(object_vtable), v_88: Ptr(Exception)):
    v_89: Ptr(BaseException) = cast_pointer(v_88)  # line 20
    v_90: Ptr(object_vtable) = getfield(v_89, 'typeptr')  # line 20
    v_91: Signed = getfield(v_90, 'subclassrange_min')  # line 20
    v_92: Bool = int_between(3, v_91, 4)  # line 20
    v_93: Bool = same_as(v_92)  # line 20
    v_94: Bool = same_as(v_93)  # line 20
    switch v_94
    False --> raise(v_87, v_88)
    True --> block9(n_7, b_7, first_7)
block9(n_8: Signed, b_8: Ptr(stringbuilder), first_8: Ptr(rpy_str)):
    v_95: Ptr(stringbuilder) = same_as(b_8)  # line 21
    v_96: Void = direct_call(graph ll_append_char__stringbuilder_UniChar, v_95, 33)  # line 21
    --> block1(n_8, b_8, first_8)

graph ordering(n_0: Signed)  # builders_and_tuples.py:36
block0(n_0: Signed):
    v_0: Signed = int_mod(n_0, 3)  # line 37
    v_1: Bool = int_ne(v_0, 0)  # line 37
    v_2: Signed = int_xor(v_0, 3)  # line 37
    v_3: Bool = int_lt(v_2, 0)  # line 37
    v_4: Signed = cast_bool_to_int(v_1)  # line 37
    v_5: Signed = cast_bool_to_int(v_3)  # line 37
    v_6: Signed = int_and(v_4, v_5)  # line 37
    v_7: Signed = int_mul(v_6, 3)  # line 37
    v_8: Signed = int_add(v_0, v_7)  # line 37
    v_9: Ptr(tuple3) = direct_call(graph make, v_8, 'b', 1.5)  # line 37
    v_10: Ptr(tuple3) = direct_call(graph make, 1, 'a', 2.0)  # line 37
    v_11: Ptr(tuple3) = direct_call(graph make, 1, 'a', -1.0)  # line 37
    v_12: Signed = int_mod(n_0, 3)  # line 37
    v_13: Bool = int_ne(v_12, 0)  # line 37
    v_14: Signed = int_xor(v_12, 3)  # line 37
    v_15: Bool = int_lt(v_14, 0)  # line 37
    v_16: Signed = cast_bool_to_int(v_13)  # line 37
    v_17: Signed = cast_bool_to_int(v_15)  # line 37
    v_18: Signed = int_and(v_16, v_17)  # line 37
    v_19: Signed = int_mul(v_18, 3)  # line 37
    v_20: Signed = int_add(v_12, v_19)  # line 37
    v_21: Ptr(tuple3) = direct_call(graph make, v_20, 'b', 1.5)  # line 37
    v_22: Ptr(tuple3) = direct_call(graph make, 2, '', 0.0)  # line 37
    v_23: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))) = direct_call(graph ll_newlist__array_tuple3_Signed_rpy_str_Float_Signed, Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))), 5)  # line 37
    v_24: Void = setarrayitem(v_23, 0, v_9)  # line 37
    v_25: Void = setarrayitem(v_23, 1, v_10)  # line 37
    v_26: Void = setarrayitem(v_23, 2, v_11)  # line 37
    v_27: Void = setarrayitem(v_23, 3, v_21)  # line 37
    v_28: Void = setarrayitem(v_23, 4, v_22)  # line 37
    v_29: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 38
    v_30: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_tuple3_Signed_rpy_str_Float_array_tuple3_Signed_rpy_str_Float, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))), index: Signed }), v_23)  # line 39
    --> block1(n_0, v_23, v_29, v_30)
block1(n_1: Signed, ts_0: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))), bits_0: Ptr(list), iter29_0: Ptr(listiter)):
    v_31: Ptr(tuple3) = direct_call(graph ll_listnext__listiter_array_tuple3_Signed_rpy_str_Float, iter29_0)  # line 39
    no exception --> block2(v_31, iter29_0, n_1, ts_0, bits_0)
    StopIteration --> block5(n_1, bits_0)
block2(item_0: Ptr(tuple3), iter29_1: Ptr(listiter), n_2: Signed, ts_1: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))), bits_1: Ptr(list)):
    v_32: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_tuple3_Signed_rpy_str_Float_array_tuple3_Signed_rpy_str_Float, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))), index: Signed }), ts_1)  # line 40
    --> block3(n_2, ts_1, bits_1, item_0, iter29_1, v_32)
block3(n_3: Signed, ts_2: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))), bits_2: Ptr(list), x_0: Ptr(tuple3), iter29_2: Ptr(listiter), iter30_0: Ptr(listiter)):
    v_33: Ptr(tuple3) = direct_call(graph ll_listnext__listiter_array_tuple3_Signed_rpy_str_Float, iter30_0)  # line 40
    no exception --> block4(v_33, iter29_2, iter30_0, n_3, ts_2, bits_2, x_0)
    StopIteration --> block1(n_3, ts_2, bits_2, iter29_2)
block4(item_1: Ptr(tuple3), iter29_3: Ptr(listiter), iter30_1: Ptr(listiter), n_4: Signed, ts_3: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))), bits_3: Ptr(list), x_1: Ptr(tuple3)):
    v_34: Ptr(list) = same_as(bits_3)  # line 41
    v_35: Bool = direct_call(graph gen_lt.<locals>.ll_lt_tuple__tuple3_Signed_rpy_str_Float_tuple3_Signed_rpy_str_Float, x_1, item_1)  # line 41
    v_36: Signed = cast_bool_to_int(v_35)  # line 41
    v_37: Signed = same_as(v_36)  # line 41
    v_38: Bool = direct_call(graph gen_lt.<locals>.ll_lt_tuple__tuple3_Signed_rpy_str_Float_tuple3_Signed_rpy_str_Float, x_1, item_1)  # line 41
    v_39: Signed = cast_bool_to_int(v_38)  # line 41
    v_40: Signed = same_as(v_39)  # line 41
    v_41: Signed = int_mul(2, v_40)  # line 41
    v_42: Signed = int_add(v_37, v_41)  # line 41
    v_43: Bool = direct_call(graph gen_eq.<locals>.ll_eq_tuple__tuple3_Signed_rpy_str_Float_tuple3_Signed_rpy_str_Float, x_1, item_1)  # line 41
    v_44: Signed = cast_bool_to_int(v_43)  # line 41
    v_45: Signed = same_as(v_44)  # line 41
    v_46: Signed = int_mul(4, v_45)  # line 41
    v_47: Signed = int_add(v_42, v_46)  # line 41
    v_48: Bool = direct_call(graph gen_eq.<locals>.ll_eq_tuple__tuple3_Signed_rpy_str_Float_tuple3_Signed_rpy_str_Float, x_1, item_1)  # line 41
    v_49: Bool = bool_not(v_48)  # line 41
    v_50: Signed = cast_bool_to_int(v_49)  # line 41
    v_51: Signed = same_as(v_50)  # line 41
    v_52: Signed = int_mul(8, v_51)  # line 41
    v_53: Signed = int_add(v_47, v_52)  # line 41
    v_54: Bool = direct_call(graph gen_lt.<locals>.ll_lt_tuple__tuple3_Signed_rpy_str_Float_tuple3_Signed_rpy_str_Float, item_1, x_1)  # line 41
    v_55: Signed = cast_bool_to_int(v_54)  # line 41
    v_56: Signed = same_as(v_55)  # line 41
    v_57: Signed = int_mul(16, v_56)  # line 41
    v_58: Signed = int_add(v_53, v_57)  # line 41
    v_59: Bool = direct_call(graph gen_lt.<locals>.ll_lt_tuple__tuple3_Signed_rpy_str_Float_tuple3_Signed_rpy_str_Float, item_1, x_1)  # line 41
    v_60: Signed = cast_bool_to_int(v_59)  # line 41
    v_61: Signed = same_as(v_60)  # line 41
    v_62: Signed = int_mul(32, v_61)  # line 41
    v_63: Signed = int_add(v_58, v_62)  # line 41
    v_64: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_63)  # line 41
    v_65: Ptr(rpy_str) = same_as(v_64)  # line 41
    v_66: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_34, v_65)  # line 41
    --> block3(n_4, ts_3, bits_3, x_1, iter29_3, iter30_1)
block5(n_5: Signed, bits_4: Ptr(list)):
    v_67: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 42
    v_68: Void = setfield(v_67, 'item0', n_5)  # line 42
    v_69: Void = setfield(v_67, 'item1', 120)  # line 42
    v_70: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }, 'gc')  # line 42
    v_71: Void = setfield(v_70, 'item0', v_67)  # line 42
    v_72: Void = setfield(v_70, 'item1', 1)  # line 42
    v_73: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 42
    v_74: Void = setfield(v_73, 'item0', n_5)  # line 42
    v_75: Void = setfield(v_73, 'item1', 119)  # line 42
    v_76: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }, 'gc')  # line 42
    v_77: Void = setfield(v_76, 'item0', v_73)  # line 42
    v_78: Void = setfield(v_76, 'item1', 2)  # line 42
    v_79: Signed = int_sub(n_5, 1)  # line 42
    v_80: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 42
    v_81: Void = setfield(v_80, 'item0', v_79)  # line 42
    v_82: Void = setfield(v_80, 'item1', 122)  # line 42
    v_83: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }, 'gc')  # line 42
    v_84: Void = setfield(v_83, 'item0', v_80)  # line 42
    v_85: Void = setfield(v_83, 'item1', 3)  # line 42
    v_86: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }))) = direct_call(graph ll_newlist__array_tuple2_tuple2_Signed_UniChar_Signed_Signed, Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }))), 3)  # line 42
    v_87: Void = setarrayitem(v_86, 0, v_70)  # line 42
    v_88: Void = setarrayitem(v_86, 1, v_76)  # line 42
    v_89: Void = setarrayitem(v_86, 2, v_83)  # line 42
    v_90: Ptr(list) = same_as(bits_4)  # line 43
    v_91: Ptr(tuple2) = direct_call(graph ll_getitem_nonneg__array_tuple2_tuple2_Signed_UniChar_Signed_Signed, v_86, 0)  # line 43
    v_92: Ptr(tuple2) = direct_call(graph ll_getitem_nonneg__array_tuple2_tuple2_Signed_UniChar_Signed_Signed, v_86, 1)  # line 43
    v_93: Bool = direct_call(graph gen_lt.<locals>.ll_lt_tuple__tuple2_tuple2_Signed_UniChar_Signed_tuple2_tuple2_Signed_UniChar_Signed, v_92, v_91)  # line 43
    v_94: Signed = cast_bool_to_int(v_93)  # line 43
    v_95: Signed = same_as(v_94)  # line 43
    v_96: Ptr(tuple2) = direct_call(graph ll_getitem_nonneg__array_tuple2_tuple2_Signed_UniChar_Signed_Signed, v_86, 2)  # line 43
    v_97: Ptr(tuple2) = direct_call(graph ll_getitem_nonneg__array_tuple2_tuple2_Signed_UniChar_Signed_Signed, v_86, 1)  # line 43
    v_98: Bool = direct_call(graph gen_lt.<locals>.ll_lt_tuple__tuple2_tuple2_Signed_UniChar_Signed_tuple2_tuple2_Signed_UniChar_Signed, v_96, v_97)  # line 43
    v_99: Signed = cast_bool_to_int(v_98)  # line 43
    v_100: Signed = same_as(v_99)  # line 43
    v_101: Signed = int_mul(2, v_100)  # line 43
    v_102: Signed = int_add(v_95, v_101)  # line 43
    v_103: Ptr(tuple2) = direct_call(graph ll_getitem_nonneg__array_tuple2_tuple2_Signed_UniChar_Signed_Signed, v_86, 0)  # line 43
    v_104: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 43
    v_105: Void = setfield(v_104, 'item0', n_5)  # line 43
    v_106: Void = setfield(v_104, 'item1', 120)  # line 43
    v_107: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }, 'gc')  # line 43
    v_108: Void = setfield(v_107, 'item0', v_104)  # line 43
    v_109: Void = setfield(v_107, 'item1', 1)  # line 43
    v_110: Bool = direct_call(graph gen_eq.<locals>.ll_eq_tuple__tuple2_tuple2_Signed_UniChar_Signed_tuple2_tuple2_Signed_UniChar_Signed, v_103, v_107)  # line 43
    v_111: Signed = cast_bool_to_int(v_110)  # line 43
    v_112: Signed = same_as(v_111)  # line 43
    v_113: Signed = int_mul(4, v_112)  # line 43
    v_114: Signed = int_add(v_102, v_113)  # line 43
    v_115: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_114)  # line 43
    v_116: Ptr(rpy_str) = same_as(v_115)  # line 43
    v_117: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_90, v_116)  # line 43
    v_118: UniChar = same_as(46)  # line 44
    v_119: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_118)  # line 44
    v_120: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_119, bits_4)  # line 44
    --> return(v_120)

graph make(a_0: Signed, s_0: Ptr(rpy_str), f_0: Float)  # builders_and_tuples.py:32
block0(a_0: Signed, s_0: Ptr(rpy_str), f_0: Float):
    v_0: Ptr(tuple3) = malloc(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }, 'gc')  # line 33
    v_1: Void = setfield(v_0, 'item0', a_0)  # line 33
    v_2: Void = setfield(v_0, 'item1', s_0)  # line 33
    v_3: Void = setfield(v_0, 'item2', f_0)  # line 33
    --> return(v_0)

graph membership(n_0: Signed)  # builders_and_tuples.py:47
block0(n_0: Signed):
    v_0: Signed = int_mod(n_0, 5)  # line 48
    v_1: Bool = int_ne(v_0, 0)  # line 48
    v_2: Signed = int_xor(v_0, 5)  # line 48
    v_3: Bool = int_lt(v_2, 0)  # line 48
    v_4: Signed = cast_bool_to_int(v_1)  # line 48
    v_5: Signed = cast_bool_to_int(v_3)  # line 48
    v_6: Signed = int_and(v_4, v_5)  # line 48
    v_7: Signed = int_mul(v_6, 5)  # line 48
    v_8: Signed = int_add(v_0, v_7)  # line 48
    v_9: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, 'xyz+-', v_8)  # line 48
    v_10: Bool = int_gt(n_0, 5)  # line 49
    v_11: Bool = same_as(v_10)  # line 49
    switch v_11
    False --> block1(n_0, v_9, '+')
    True --> block1(n_0, v_9, '**')
block1(n_1: Signed, c_0: UniChar, v_12: Ptr(rpy_str)):
    v_13: Bool = direct_call(graph gen_contains.<locals>.ll_contains_tuple__tuple5_Signed_Signed_Signed_Signed_Signed_Signed, <tuple5>, n_1)  # line 50
    v_14: Signed = int_mod(n_1, 3)  # line 50
    v_15: Bool = int_ne(v_14, 0)  # line 50
    v_16: Signed = int_xor(v_14, 3)  # line 50
    v_17: Bool = int_lt(v_16, 0)  # line 50
    v_18: Signed = cast_bool_to_int(v_15)  # line 50
    v_19: Signed = cast_bool_to_int(v_17)  # line 50
    v_20: Signed = int_and(v_18, v_19)  # line 50
    v_21: Signed = int_mul(v_20, 3)  # line 50
    v_22: Signed = int_add(v_14, v_21)  # line 50
    v_23: Bool = direct_call(graph gen_contains.<locals>.ll_contains_tuple__tuple2_Signed_Signed_Signed, <tuple2>, v_22)  # line 50
    v_24: Bool = direct_call(graph gen_contains.<locals>.ll_contains_tuple__tuple2_UniChar_UniChar_UniChar, <tuple2>, c_0)  # line 50
    v_25: Bool = direct_call(graph ll_contains_char__rpy_str_UniChar, '+-', c_0)  # line 50
    v_26: Bool = direct_call(graph gen_contains.<locals>.ll_contains_tuple__tuple3_UniChar_UniChar_rpy_str_rpy_str, <tuple3>, v_12)  # line 50
    v_27: Bool = direct_call(graph gen_contains.<locals>.ll_contains_tuple__tuple2_UniChar_rpy_str_rpy_str, <tuple2>, v_12)  # line 50
    v_28: Bool = direct_call(graph gen_contains.<locals>.ll_contains_tuple__tuple2_UniChar_rpy_str_UniChar, <tuple2>, c_0)  # line 51
    v_29: Bool = direct_call(graph gen_contains.<locals>.ll_contains_tuple__tuple2_Signed_Signed_Float, <tuple2>, 2.0)  # line 51
    v_30: Ptr(tuple3) = direct_call(graph make, 1, 'a', 2.0)  # line 51
    v_31: Ptr(tuple3) = direct_call(graph make, 1, 'a', 2.0)  # line 51
    v_32: Bool = direct_call(graph gen_eq.<locals>.ll_eq_tuple__tuple3_Signed_rpy_str_Float_tuple3_Signed_rpy_str_Float, v_30, v_31)  # line 51
    v_33: Ptr(tuple3) = direct_call(graph make, 1, 'a', 2.0)  # line 51
    v_34: Ptr(tuple3) = direct_call(graph make, 1, 'a', 2.5)  # line 51
    v_35: Bool = direct_call(graph gen_eq.<locals>.ll_eq_tuple__tuple3_Signed_rpy_str_Float_tuple3_Signed_rpy_str_Float, v_33, v_34)  # line 51
    v_36: Bool = bool_not(v_35)  # line 51
    v_37: Bool = same_as(False)  # line 52
    v_38: Ptr(tuple1) = malloc(GcStruct tuple1 immutable { item0: Signed }, 'gc')  # line 52
    v_39: Void = setfield(v_38, 'item0', n_1)  # line 52
    v_40: Bool = same_as(True)  # line 52
    v_41: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 52
    v_42: Void = setfield(v_41, 'item0', n_1)  # line 52
    v_43: Void = setfield(v_41, 'item1', 115)  # line 52
    v_44: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 52
    v_45: Void = setfield(v_44, 'item0', n_1)  # line 52
    v_46: Void = setfield(v_44, 'item1', 115)  # line 52
    v_47: Bool = direct_call(graph gen_eq.<locals>.ll_eq_tuple__tuple2_Signed_UniChar_tuple2_Signed_UniChar, v_41, v_44)  # line 52
    v_48: Ptr(list) = direct_call(graph ll_newlist__list_array_Bool_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Bool)) }), 13)  # line 50
    v_49: Ptr(GcArray(Bool)) = getfield(v_48, 'items')  # line 50
    v_50: Void = setarrayitem(v_49, 0, v_13)  # line 50
    v_51: Void = setarrayitem(v_49, 1, v_23)  # line 50
    v_52: Void = setarrayitem(v_49, 2, v_24)  # line 50
    v_53: Void = setarrayitem(v_49, 3, v_25)  # line 50
    v_54: Void = setarrayitem(v_49, 4, v_26)  # line 50
    v_55: Void = setarrayitem(v_49, 5, v_27)  # line 50
    v_56: Void = setarrayitem(v_49, 6, v_28)  # line 50
    v_57: Void = setarrayitem(v_49, 7, v_29)  # line 50
    v_58: Void = setarrayitem(v_49, 8, v_32)  # line 50
    v_59: Void = setarrayitem(v_49, 9, v_36)  # line 50
    v_60: Void = setarrayitem(v_49, 10, v_37)  # line 50
    v_61: Void = setarrayitem(v_49, 11, v_40)  # line 50
    v_62: Void = setarrayitem(v_49, 12, v_47)  # line 50
    v_63: Bool = int_gt(n_1, 2)  # line 53
    v_64: Bool = same_as(v_63)  # line 53
    switch v_64
    False --> block2(n_1, c_0, v_12, v_48, None)
    True --> block9(n_1, c_0, v_12, v_48)
block2(n_2: Signed, c_1: UniChar, op_0: Ptr(rpy_str), checks_0: Ptr(list), v_65: Ptr(rpy_str)):
    v_66: Bool = int_lt(n_2, 0)  # line 54
    v_67: Bool = same_as(v_66)  # line 54
    switch v_67
    False --> block3(n_2, c_1, op_0, checks_0, v_65, None)
    True --> block8(n_2, c_1, op_0, checks_0, v_65)
block3(n_3: Signed, c_2: UniChar, op_1: Ptr(rpy_str), checks_1: Ptr(list), maybe_0: Ptr(rpy_str), v_68: Ptr(GcArray(Signed))):
    v_69: Bool = ptr_iszero(maybe_0)  # line 55
    v_70: Bool = ptr_nonzero(maybe_0)  # line 55
    v_71: Bool = ptr_iszero(v_68)  # line 55
    v_72: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_3)  # line 55
    v_73: Ptr(rpy_str) = same_as(v_72)  # line 55
    v_74: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, v_73, 1, 9223372036854775807)  # line 55
    v_75: Bool = direct_call(graph ll_str_is_true__rpy_str, v_74)  # line 55
    v_76: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 1)  # line 55
    v_77: Void = setarrayitem(v_76, 0, n_3)  # line 55
    v_78: Signed = int_mod(n_3, 2)  # line 55
    v_79: Bool = int_ne(v_78, 0)  # line 55
    v_80: Signed = int_xor(v_78, 2)  # line 55
    v_81: Bool = int_lt(v_80, 0)  # line 55
    v_82: Signed = cast_bool_to_int(v_79)  # line 55
    v_83: Signed = cast_bool_to_int(v_81)  # line 55
    v_84: Signed = int_and(v_82, v_83)  # line 55
    v_85: Signed = int_mul(v_84, 2)  # line 55
    v_86: Signed = int_add(v_78, v_85)  # line 55
    v_87: Ptr(GcArray(Signed)) = direct_call(graph ll_slice__array_Signed_array_Signed_Signed_Signed, Ptr(GcArray(Signed)), v_76, v_86, 9223372036854775807)  # line 55
    v_88: Bool = direct_call(graph ll_is_true__array_Signed, v_87)  # line 55
    v_89: Bool = same_as(False)  # line 55
    v_90: Ptr(list) = direct_call(graph ll_newlist__list_array_Bool_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Bool)) }), 6)  # line 55
    v_91: Ptr(GcArray(Bool)) = getfield(v_90, 'items')  # line 55
    v_92: Void = setarrayitem(v_91, 0, v_69)  # line 55
    v_93: Void = setarrayitem(v_91, 1, v_70)  # line 55
    v_94: Void = setarrayitem(v_91, 2, v_71)  # line 55
    v_95: Void = setarrayitem(v_91, 3, v_75)  # line 55
    v_96: Void = setarrayitem(v_91, 4, v_88)  # line 55
    v_97: Void = setarrayitem(v_91, 5, v_89)  # line 55
    v_98: Void = direct_call(graph ll_extend__list_array_Bool_list_array_Bool, checks_1, v_90)  # line 55
    v_99: Ptr(list) = same_as(checks_1)  # line 55
    v_100: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 56
    v_101: Void = setfield(v_100, 'item0', n_3)  # line 56
    v_102: Void = setfield(v_100, 'item1', 97)  # line 56
    v_103: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_3)  # line 56
    v_104: Ptr(rpy_str) = same_as(v_103)  # line 56
    v_105: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'b', v_104)  # line 56
    v_106: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Float, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 56
    v_107: Void = setfield(v_106, 'item0', 2.5)  # line 56
    v_108: Void = setfield(v_106, 'item1', v_105)  # line 56
    v_109: Ptr(tuple4) = malloc(GcStruct tuple4 immutable { item0: Signed, item1: UniChar, item2: Float, item3: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 56
    v_110: Signed = getfield(v_100, 'item0')  # line 56
    v_111: Void = setfield(v_109, 'item0', v_110)  # line 56
    v_112: UniChar = getfield(v_100, 'item1')  # line 56
    v_113: Void = setfield(v_109, 'item1', v_112)  # line 56
    v_114: Float = getfield(v_106, 'item0')  # line 56
    v_115: Void = setfield(v_109, 'item2', v_114)  # line 56
    v_116: Ptr(rpy_str) = getfield(v_106, 'item1')  # line 56
    v_117: Void = setfield(v_109, 'item3', v_116)  # line 56
    v_118: Ptr(list) = same_as(v_99)  # line 57
    v_119: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_3)  # line 57
    v_120: Ptr(rpy_str) = same_as(v_119)  # line 57
    v_121: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'b', v_120)  # line 57
    v_122: Ptr(tuple4) = malloc(GcStruct tuple4 immutable { item0: Signed, item1: UniChar, item2: Float, item3: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 57
    v_123: Void = setfield(v_122, 'item0', n_3)  # line 57
    v_124: Void = setfield(v_122, 'item1', 97)  # line 57
    v_125: Void = setfield(v_122, 'item2', 2.5)  # line 57
    v_126: Void = setfield(v_122, 'item3', v_121)  # line 57
    v_127: Bool = direct_call(graph gen_eq.<locals>.ll_eq_tuple__tuple4_Signed_UniChar_Float_rpy_str_tuple4_Signed_UniChar_Float_rpy_str, v_109, v_122)  # line 57
    v_128: Void = direct_call(graph ll_append__list_array_Bool_Bool, v_118, v_127)  # line 57
    v_129: Ptr(list) = same_as(v_99)  # line 58
    v_130: Float = getfield(v_109, 'item2')  # line 58
    v_131: Bool = float_eq(v_130, 2.5)  # line 58
    v_132: Void = direct_call(graph ll_append__list_array_Bool_Bool, v_129, v_131)  # line 58
    v_133: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_3)  # line 59
    v_134: Ptr(rpy_str) = same_as(v_133)  # line 59
    v_135: Ptr(rpy_str) = direct_call(graph ll_strmax__rpy_str_rpy_str, 'pear', 'apple')  # line 59
    v_136: Ptr(rpy_str) = direct_call(graph ll_strmax__rpy_str_rpy_str, v_135, v_134)  # line 59
    v_137: UniChar = direct_call(graph ll_char_min__UniChar_UniChar, 98, 97)  # line 59
    v_138: UniChar = direct_call(graph ll_char_min__UniChar_UniChar, v_137, 99)  # line 59
    v_139: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_3)  # line 59
    v_140: Ptr(rpy_str) = same_as(v_139)  # line 59
    v_141: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'z', v_140)  # line 59
    v_142: Ptr(rpy_str) = direct_call(graph ll_strmin__rpy_str_rpy_str, 'zz', v_141)  # line 59
    v_143: Ptr(rpy_str) = direct_call(graph ll_strmax__rpy_str_rpy_str, 'x', 'xy')  # line 59
    v_144: Signed = int_mod(n_3, 3)  # line 59
    v_145: Bool = int_ne(v_144, 0)  # line 59
    v_146: Signed = int_xor(v_144, 3)  # line 59
    v_147: Bool = int_lt(v_146, 0)  # line 59
    v_148: Signed = cast_bool_to_int(v_145)  # line 59
    v_149: Signed = cast_bool_to_int(v_147)  # line 59
    v_150: Signed = int_and(v_148, v_149)  # line 59
    v_151: Signed = int_mul(v_150, 3)  # line 59
    v_152: Signed = int_add(v_144, v_151)  # line 59
    v_153: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, 'abc', v_152)  # line 59
    v_154: UniChar = direct_call(graph ll_char_min__UniChar_UniChar, v_153, 98)  # line 59
    v_155: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 5)  # line 59
    v_156: Void = setarrayitem(v_155, 0, v_136)  # line 59
    v_157: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_138)  # line 59
    v_158: Void = setarrayitem(v_155, 1, v_157)  # line 59
    v_159: Void = setarrayitem(v_155, 2, v_142)  # line 59
    v_160: Void = setarrayitem(v_155, 3, v_143)  # line 59
    v_161: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_154)  # line 59
    v_162: Void = setarrayitem(v_155, 4, v_161)  # line 59
    v_163: Ptr(rpy_str) = same_as('')  # line 60
    v_164: Ptr(list) = direct_call(graph ll_newlist__list_array_UniChar_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(UniChar)) }), 0)  # line 60
    v_165: Ptr(listiter) = direct_call(graph ll_listiter__listiter_list_array_Bool_list_array_Bool, Ptr(GcStruct listiter { list: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Bool)) }), index: Signed }), v_99)  # line 60
    --> block4(n_3, c_2, op_1, v_99, maybe_0, v_68, v_109, v_155, v_165, v_163, v_164)
block4(n_4: Signed, c_3: UniChar, op_2: Ptr(rpy_str), checks_2: Ptr(list), maybe_1: Ptr(rpy_str), items_0: Ptr(GcArray(Signed)), joined_0: Ptr(tuple4), words_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), iter169_0: Ptr(listiter), t167_0: Ptr(rpy_str), t168_0: Ptr(list)):
    v_166: Bool = direct_call(graph ll_listnext__listiter_list_array_Bool, iter169_0)  # line 60
    no exception --> block5(v_166, iter169_0, t167_0, t168_0, n_4, c_3, op_2, checks_2, maybe_1, items_0, joined_0, words_0)
    StopIteration --> block7(words_0, t167_0, t168_0)
block5(item_0: Bool, iter169_1: Ptr(listiter), t167_1: Ptr(rpy_str), t168_1: Ptr(list), n_5: Signed, c_4: UniChar, op_3: Ptr(rpy_str), checks_3: Ptr(list), maybe_2: Ptr(rpy_str), items_1: Ptr(GcArray(Signed)), joined_1: Ptr(tuple4), words_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_167: Ptr(list) = same_as(t168_1)  # line 60
    v_168: Bool = same_as(item_0)  # line 60
    switch v_168
    False --> block6(n_5, c_4, op_3, checks_3, maybe_2, items_1, joined_1, words_1, iter169_1, t167_1, t168_1, v_167, 70)
    True --> block6(n_5, c_4, op_3, checks_3, maybe_2, items_1, joined_1, words_1, iter169_1, t167_1, t168_1, v_167, 84)
block6(n_6: Signed, c_5: UniChar, op_4: Ptr(rpy_str), checks_4: Ptr(list), maybe_3: Ptr(rpy_str), items_2: Ptr(GcArray(Signed)), joined_2: Ptr(tuple4), words_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), iter169_2: Ptr(listiter), t167_2: Ptr(rpy_str), t168_2: Ptr(list), t170_0: Ptr(list), v_169: UniChar):
    v_170: Void = direct_call(graph ll_append__list_array_UniChar_UniChar, t170_0, v_169)  # line 60
    --> block4(n_6, c_5, op_4, checks_4, maybe_3, items_2, joined_2, words_2, iter169_2, t167_2, t168_2)
block7(words_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), t167_3: Ptr(rpy_str), t168_3: Ptr(list)):
    v_171: Ptr(rpy_str) = direct_call(graph ll_join_chars__rpy_str_list_array_UniChar, t167_3, t168_3)  # line 60
    v_172: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_171, ' ')  # line 60
    v_173: UniChar = same_as(44)  # line 60
    v_174: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_173)  # line 60
    v_175: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_array_rpy_str, v_174, words_3)  # line 60
    v_176: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_172, v_175)  # line 60
    --> return(v_176)
block8(n_7: Signed, c_6: UniChar, op_5: Ptr(rpy_str), checks_5: Ptr(list), maybe_4: Ptr(rpy_str)):
    v_177: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 1)  # line 54
    v_178: Void = setarrayitem(v_177, 0, n_7)  # line 54
    --> block3(n_7, c_6, op_5, checks_5, maybe_4, v_177)
block9(n_8: Signed, c_7: UniChar, op_6: Ptr(rpy_str), checks_6: Ptr(list)):
    v_179: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_8)  # line 53
    v_180: Ptr(rpy_str) = same_as(v_179)  # line 53
    v_181: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 's', v_180)  # line 53
    --> block2(n_8, c_7, op_6, checks_6, v_181)

graph hashing(n_0: Signed)  # builders_and_tuples.py:63
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 65
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 65
    v_2: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'abc', v_1)  # line 65
    v_3: Signed = direct_call(graph ll_strhash__rpy_str, v_2)  # line 65
    v_4: Signed = direct_call(graph ll_strhash__rpy_str, '')  # line 65
    v_5: Signed = direct_call(graph ll_char_hash__UniChar, 120)  # line 65
    v_6: Signed = int_mod(n_0, 3)  # line 65
    v_7: Bool = int_ne(v_6, 0)  # line 65
    v_8: Signed = int_xor(v_6, 3)  # line 65
    v_9: Bool = int_lt(v_8, 0)  # line 65
    v_10: Signed = cast_bool_to_int(v_7)  # line 65
    v_11: Signed = cast_bool_to_int(v_9)  # line 65
    v_12: Signed = int_and(v_10, v_11)  # line 65
    v_13: Signed = int_mul(v_12, 3)  # line 65
    v_14: Signed = int_add(v_6, v_13)  # line 65
    v_15: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, 'xyz', v_14)  # line 65
    v_16: Signed = direct_call(graph ll_char_hash__UniChar, v_15)  # line 65
    v_17: Signed = direct_call(graph ll_char_hash__UniChar, 128512)  # line 65
    v_18: Signed = same_as(n_0)  # line 66
    v_19: Bool = int_gt(n_0, 0)  # line 66
    v_20: Signed = direct_call(graph ll_hash_bool__Bool, v_19)  # line 66
    v_21: Signed = same_as(0)  # line 66
    v_22: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: Bool }, 'gc')  # line 66
    v_23: Void = setfield(v_22, 'item0', n_0)  # line 66
    v_24: Void = setfield(v_22, 'item1', True)  # line 66
    v_25: Ptr(tuple3) = malloc(GcStruct tuple3 immutable { item0: Signed, item1: UniChar, item2: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Bool }) }, 'gc')  # line 66
    v_26: Void = setfield(v_25, 'item0', n_0)  # line 66
    v_27: Void = setfield(v_25, 'item1', 104)  # line 66
    v_28: Void = setfield(v_25, 'item2', v_22)  # line 66
    v_29: Signed = direct_call(graph gen_hash.<locals>.ll_hash_tuple__tuple3_Signed_UniChar_tuple2_Signed_Bool, v_25)  # line 66
    v_30: Ptr(tuple3) = malloc(GcStruct tuple3 immutable { item0: UniChar, item1: UniChar, item2: Signed }, 'gc')  # line 66
    v_31: Void = setfield(v_30, 'item0', 97)  # line 66
    v_32: Void = setfield(v_30, 'item1', 98)  # line 66
    v_33: Void = setfield(v_30, 'item2', n_0)  # line 66
    v_34: Signed = direct_call(graph gen_hash.<locals>.ll_hash_tuple__tuple3_UniChar_UniChar_Signed, v_30)  # line 66
    v_35: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 10)  # line 65
    v_36: Void = setarrayitem(v_35, 0, v_3)  # line 65
    v_37: Void = setarrayitem(v_35, 1, v_4)  # line 65
    v_38: Void = setarrayitem(v_35, 2, v_5)  # line 65
    v_39: Void = setarrayitem(v_35, 3, v_16)  # line 65
    v_40: Void = setarrayitem(v_35, 4, v_17)  # line 65
    v_41: Void = setarrayitem(v_35, 5, v_18)  # line 65
    v_42: Void = setarrayitem(v_35, 6, v_20)  # line 65
    v_43: Void = setarrayitem(v_35, 7, v_21)  # line 65
    v_44: Void = setarrayitem(v_35, 8, v_29)  # line 65
    v_45: Void = setarrayitem(v_35, 9, v_34)  # line 65
    v_46: UniChar = same_as(44)  # line 67
    v_47: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 67
    v_48: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_Signed_array_Signed, Ptr(GcStruct listiter { list: Ptr(GcArray(Signed)), index: Signed }), v_35)  # line 67
    --> block1(n_0, v_35, v_48, v_46, v_47)
block1(n_1: Signed, values_0: Ptr(GcArray(Signed)), iter51_0: Ptr(listiter), t49_0: UniChar, t50_0: Ptr(list)):
    v_49: Signed = direct_call(graph ll_listnext__listiter_array_Signed, iter51_0)  # line 67
    no exception --> block2(v_49, iter51_0, t49_0, t50_0, n_1, values_0)
    StopIteration --> block3(t49_0, t50_0)
block2(item_0: Signed, iter51_1: Ptr(listiter), t49_1: UniChar, t50_1: Ptr(list), n_2: Signed, values_1: Ptr(GcArray(Signed))):
    v_50: Ptr(list) = same_as(t50_1)  # line 67
    v_51: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, item_0)  # line 67
    v_52: Ptr(rpy_str) = same_as(v_51)  # line 67
    v_53: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_50, v_52)  # line 67
    --> block1(n_2, values_1, iter51_1, t49_1, t50_1)
block3(t49_2: UniChar, t50_2: Ptr(list)):
    v_54: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, t49_2)  # line 67
    v_55: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_54, t50_2)  # line 67
    --> return(v_55)

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

graph ll_newbuilder__stringbuilder_Signed(BUILDER_0: Void, init_size_0: Signed)  # rbuilder.py:16
block0(BUILDER_0: Void, init_size_0: Signed):
    v_0: Bool = int_lt(init_size_0, 0)  # line 18
    v_1: Bool = same_as(v_0)  # line 18
    switch v_1
    False --> block1(BUILDER_0, init_size_0)
    True --> block2()
block1(BUILDER_1: Void, init_size_1: Signed):
    v_2: Ptr(stringbuilder) = malloc(GcStruct stringbuilder { length: Signed, buf: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 20
    v_3: Void = setfield(v_2, 'length', 0)  # line 21
    v_4: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, init_size_1)  # line 22
    v_5: Void = setfield(v_2, 'buf', v_4)  # line 22
    --> return(v_2)
block2():
    v_6: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 19
    v_7: Ptr(BaseException) = cast_pointer(v_6)  # line 19
    v_8: Void = setfield(v_7, 'typeptr', vtable ValueError [3, 4))  # line 19
    v_9: Ptr(BaseException) = cast_pointer(v_6)  # line 19
    v_10: Ptr(object_vtable) = getfield(v_9, 'typeptr')  # line 19
    --> raise(v_10, v_6)

graph mallocstr__Signed(length_0: Signed)  # rstr.py:30
block0(length_0: Signed):
    v_0: Ptr(rpy_str) = malloc_varsize(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }, 'gc', length_0)  # line 31
    --> return(v_0)

graph ll_build__stringbuilder(b_0: Ptr(stringbuilder))  # rbuilder.py:70
block0(b_0: Ptr(stringbuilder)):
    v_0: Ptr(rpy_str) = getfield(b_0, 'buf')  # line 71
    v_1: Signed = getfield(b_0, 'length')  # line 71
    v_2: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, v_0, 0, v_1)  # line 71
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

graph ll_append__stringbuilder_rpy_str(b_0: Ptr(stringbuilder), s_0: Ptr(rpy_str))  # rbuilder.py:37
block0(b_0: Ptr(stringbuilder), s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 38
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 38
    v_2: Void = direct_call(graph _ll_room__stringbuilder_Signed, b_0, v_1)  # line 39
    v_3: Ptr(rpy_str) = getfield(b_0, 'buf')  # line 40
    v_4: Signed = getfield(b_0, 'length')  # line 40
    v_5: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, v_3, v_4, s_0, 0, v_1)  # line 40
    v_6: Signed = getfield(b_0, 'length')  # line 41
    v_7: Signed = int_add(v_6, v_1)  # line 41
    v_8: Void = setfield(b_0, 'length', v_7)  # line 41
    --> return(None)

graph _ll_room__stringbuilder_Signed(b_0: Ptr(stringbuilder), needed_0: Signed)  # rbuilder.py:26
block0(b_0: Ptr(stringbuilder), needed_0: Signed):
    v_0: Signed = getfield(b_0, 'length')  # line 28
    v_1: Signed = int_add(v_0, needed_0)  # line 29
    v_2: Ptr(rpy_str) = getfield(b_0, 'buf')  # line 29
    v_3: Ptr(rpy_str) = same_as(v_2)  # line 29
    v_4: Signed = getinteriorarraysize(v_3, 'chars')  # line 29
    v_5: Bool = int_le(v_1, v_4)  # line 29
    v_6: Bool = same_as(v_5)  # line 29
    switch v_6
    False --> block1(b_0, needed_0, v_0)
    True --> return(None)
block1(b_1: Ptr(stringbuilder), needed_1: Signed, length_0: Signed):
    v_7: Ptr(rpy_str) = getfield(b_1, 'buf')  # line 31
    v_8: Ptr(rpy_str) = same_as(v_7)  # line 31
    v_9: Signed = getinteriorarraysize(v_8, 'chars')  # line 31
    v_10: Signed = int_mul(v_9, 2)  # line 31
    v_11: Signed = int_add(v_10, needed_1)  # line 31
    v_12: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, v_11)  # line 32
    v_13: Ptr(rpy_str) = getfield(b_1, 'buf')  # line 33
    v_14: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, v_12, 0, v_13, 0, length_0)  # line 33
    v_15: Void = setfield(b_1, 'buf', v_12)  # line 34
    --> return(None)

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

graph ll_append_char__stringbuilder_UniChar(b_0: Ptr(stringbuilder), ch_0: UniChar)  # rbuilder.py:44
block0(b_0: Ptr(stringbuilder), ch_0: UniChar):
    v_0: Void = direct_call(graph _ll_room__stringbuilder_Signed, b_0, 1)  # line 45
    v_1: Ptr(rpy_str) = getfield(b_0, 'buf')  # line 46
    v_2: Ptr(rpy_str) = same_as(v_1)  # line 46
    v_3: Signed = getfield(b_0, 'length')  # line 46
    v_4: Void = setinteriorfield(v_2, 'chars', v_3, ch_0)  # line 46
    v_5: Signed = getfield(b_0, 'length')  # line 47
    v_6: Signed = int_add(v_5, 1)  # line 47
    v_7: Void = setfield(b_0, 'length', v_6)  # line 47
    --> return(None)

graph ll_append_multiple_char__stringbuilder_UniChar_Signed(b_0: Ptr(stringbuilder), ch_0: UniChar, times_0: Signed)  # rbuilder.py:59
block0(b_0: Ptr(stringbuilder), ch_0: UniChar, times_0: Signed):
    v_0: Bool = int_le(times_0, 0)  # line 60
    v_1: Bool = same_as(v_0)  # line 60
    switch v_1
    False --> block1(b_0, ch_0, times_0)
    True --> return(None)
block1(b_1: Ptr(stringbuilder), ch_1: UniChar, times_1: Signed):
    v_2: Void = direct_call(graph _ll_room__stringbuilder_Signed, b_1, times_1)  # line 62
    --> block2(b_1, ch_1, times_1, 0)
block2(b_2: Ptr(stringbuilder), ch_2: UniChar, times_2: Signed, i_0: Signed):
    v_3: Bool = int_lt(i_0, times_2)  # line 64
    v_4: Bool = same_as(v_3)  # line 64
    switch v_4
    False --> block3(b_2, times_2)
    True --> block4(b_2, ch_2, times_2, i_0)
block3(b_3: Ptr(stringbuilder), times_3: Signed):
    v_5: Signed = getfield(b_3, 'length')  # line 67
    v_6: Signed = int_add(v_5, times_3)  # line 67
    v_7: Void = setfield(b_3, 'length', v_6)  # line 67
    --> return(None)
block4(b_4: Ptr(stringbuilder), ch_3: UniChar, times_4: Signed, i_1: Signed):
    v_8: Ptr(rpy_str) = getfield(b_4, 'buf')  # line 65
    v_9: Ptr(rpy_str) = same_as(v_8)  # line 65
    v_10: Signed = getfield(b_4, 'length')  # line 65
    v_11: Signed = int_add(v_10, i_1)  # line 65
    v_12: Void = setinteriorfield(v_9, 'chars', v_11, ch_3)  # line 65
    v_13: Signed = int_add(i_1, 1)  # line 66
    --> block2(b_4, ch_3, times_4, v_13)

graph ll_append_slice__stringbuilder_rpy_str_Signed_Signed(b_0: Ptr(stringbuilder), s_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rbuilder.py:50
block0(b_0: Ptr(stringbuilder), s_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Bool = int_lt(start_0, 0)  # line 52
    v_1: Bool = same_as(v_0)  # line 52
    switch v_1
    False --> block1(b_0, s_0, start_0, end_0)
    True --> block4()
block1(b_1: Ptr(stringbuilder), s_1: Ptr(rpy_str), start_1: Signed, end_1: Signed):
    v_2: Bool = int_gt(start_1, end_1)  # line 52
    v_3: Bool = same_as(v_2)  # line 52
    switch v_3
    False --> block2(b_1, s_1, start_1, end_1)
    True --> block4()
block2(b_2: Ptr(stringbuilder), s_2: Ptr(rpy_str), start_2: Signed, end_2: Signed):
    v_4: Ptr(rpy_str) = same_as(s_2)  # line 52
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 52
    v_6: Bool = int_gt(end_2, v_5)  # line 52
    v_7: Bool = same_as(v_6)  # line 52
    switch v_7
    False --> block3(b_2, s_2, start_2, end_2)
    True --> block4()
block3(b_3: Ptr(stringbuilder), s_3: Ptr(rpy_str), start_3: Signed, end_3: Signed):
    v_8: Signed = int_sub(end_3, start_3)  # line 54
    v_9: Void = direct_call(graph _ll_room__stringbuilder_Signed, b_3, v_8)  # line 54
    v_10: Ptr(rpy_str) = getfield(b_3, 'buf')  # line 55
    v_11: Signed = getfield(b_3, 'length')  # line 55
    v_12: Signed = int_sub(end_3, start_3)  # line 55
    v_13: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, v_10, v_11, s_3, start_3, v_12)  # line 55
    v_14: Signed = getfield(b_3, 'length')  # line 56
    v_15: Signed = int_sub(end_3, start_3)  # line 56
    v_16: Signed = int_add(v_14, v_15)  # line 56
    v_17: Void = setfield(b_3, 'length', v_16)  # line 56
    --> return(None)
block4():
    v_18: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 53
    v_19: Ptr(BaseException) = cast_pointer(v_18)  # line 53
    v_20: Void = setfield(v_19, 'typeptr', vtable ValueError [3, 4))  # line 53
    v_21: Ptr(BaseException) = cast_pointer(v_18)  # line 53
    v_22: Ptr(object_vtable) = getfield(v_21, 'typeptr')  # line 53
    --> raise(v_22, v_18)

graph ll_getlength__stringbuilder(b_0: Ptr(stringbuilder))  # rbuilder.py:74
block0(b_0: Ptr(stringbuilder)):
    v_0: Signed = getfield(b_0, 'length')  # line 75
    --> return(v_0)

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

graph ll_newlist__array_tuple3_Signed_rpy_str_Float_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))) = malloc_varsize(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float })), 'gc', length_1)  # line 39
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

graph ll_listiter__listiter_array_tuple3_Signed_rpy_str_Float_array_tuple3_Signed_rpy_str_Float(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_tuple3_Signed_rpy_str_Float(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_tuple3_Signed_rpy_str_Float, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float })))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))) = direct_call(graph ll_items__array_tuple3_Signed_rpy_str_Float, l_0)  # line 391
    v_8: Ptr(tuple3) = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [7, 8))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__array_tuple3_Signed_rpy_str_Float(l_0: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_tuple3_Signed_rpy_str_Float(l_0: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple3 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Float })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph gen_lt.<locals>.ll_lt_tuple__tuple3_Signed_rpy_str_Float_tuple3_Signed_rpy_str_Float(t1_0: Ptr(tuple3), t2_0: Ptr(tuple3))  # rtuple.py:52
block0(t1_0: Ptr(tuple3), t2_0: Ptr(tuple3)):
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
block2(t1_1: Ptr(tuple3), t2_1: Ptr(tuple3)):
    v_5: Ptr(rpy_str) = getfield(t1_1, 'item1')  # line 54
    v_6: Ptr(rpy_str) = getfield(t2_1, 'item1')  # line 55
    v_7: Bool = direct_call(graph ll_keyeq__ll_streq_rpy_str_rpy_str, <function rpython.rtyper.rstr.ll_streq>, v_5, v_6)  # line 56
    v_8: Bool = same_as(v_7)  # line 56
    switch v_8
    False --> block3(v_5, v_6)
    True --> block4(t1_1, t2_1)
block3(x_1: Ptr(rpy_str), y_1: Ptr(rpy_str)):
    v_9: Bool = direct_call(graph ll_less__ll_strlt_rpy_str_rpy_str, <function rpython.rtyper.rstr.ll_strlt>, x_1, y_1)  # line 57
    --> return(v_9)
block4(t1_2: Ptr(tuple3), t2_2: Ptr(tuple3)):
    v_10: Float = getfield(t1_2, 'item2')  # line 54
    v_11: Float = getfield(t2_2, 'item2')  # line 55
    v_12: Bool = direct_call(graph ll_keyeq__None_Float_Float, None, v_10, v_11)  # line 56
    v_13: Bool = same_as(v_12)  # line 56
    switch v_13
    False --> block5(v_10, v_11)
    True --> return(False)
block5(x_2: Float, y_2: Float):
    v_14: Bool = direct_call(graph ll_less__None_Float_Float, None, x_2, y_2)  # line 57
    --> return(v_14)

graph ll_keyeq__None_Signed_Signed(eq_0: Void, key1_0: Signed, key2_0: Signed)  # rordereddict.py:54
block0(eq_0: Void, key1_0: Signed, key2_0: Signed):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: Signed, key2_1: Signed):
    v_2: Bool = int_eq(key1_1, key2_1)  # line 56
    --> return(v_2)

graph ll_less__None_Signed_Signed(lt_0: Void, x_0: Signed, y_0: Signed)  # rlist.py:236
block0(lt_0: Void, x_0: Signed, y_0: Signed):
    v_0: Bool = same_as(True)  # line 237
    v_1: Bool = same_as(v_0)  # line 237
    --> block1(x_0, y_0)
block1(x_1: Signed, y_1: Signed):
    v_2: Bool = int_lt(x_1, y_1)  # line 238
    --> return(v_2)

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

graph ll_less__ll_strlt_rpy_str_rpy_str(lt_0: Void, x_0: Ptr(rpy_str), y_0: Ptr(rpy_str))  # rlist.py:236
block0(lt_0: Void, x_0: Ptr(rpy_str), y_0: Ptr(rpy_str)):
    v_0: Bool = same_as(False)  # line 237
    v_1: Bool = same_as(v_0)  # line 237
    --> block1(lt_0, x_0, y_0)
block1(lt_1: Void, x_1: Ptr(rpy_str), y_1: Ptr(rpy_str)):
    v_2: Bool = direct_call(graph ll_strlt__rpy_str_rpy_str, x_1, y_1)  # line 239
    --> return(v_2)

graph ll_keyeq__None_Float_Float(eq_0: Void, key1_0: Float, key2_0: Float)  # rordereddict.py:54
block0(eq_0: Void, key1_0: Float, key2_0: Float):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: Float, key2_1: Float):
    v_2: Bool = float_eq(key1_1, key2_1)  # line 56
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

graph ll_less__None_Float_Float(lt_0: Void, x_0: Float, y_0: Float)  # rlist.py:236
block0(lt_0: Void, x_0: Float, y_0: Float):
    v_0: Bool = same_as(True)  # line 237
    v_1: Bool = same_as(v_0)  # line 237
    --> block1(x_0, y_0)
block1(x_1: Float, y_1: Float):
    v_2: Bool = float_lt(x_1, y_1)  # line 238
    --> return(v_2)

graph gen_lt.<locals>.ll_lt_tuple__tuple3_Signed_rpy_str_Float_tuple3_Signed_rpy_str_Float(t1_0: Ptr(tuple3), t2_0: Ptr(tuple3))  # rtuple.py:52
block0(t1_0: Ptr(tuple3), t2_0: Ptr(tuple3)):
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
block2(t1_1: Ptr(tuple3), t2_1: Ptr(tuple3)):
    v_5: Ptr(rpy_str) = getfield(t1_1, 'item1')  # line 54
    v_6: Ptr(rpy_str) = getfield(t2_1, 'item1')  # line 55
    v_7: Bool = direct_call(graph ll_keyeq__ll_streq_rpy_str_rpy_str, <function rpython.rtyper.rstr.ll_streq>, v_5, v_6)  # line 56
    v_8: Bool = same_as(v_7)  # line 56
    switch v_8
    False --> block3(v_5, v_6)
    True --> block4(t1_1, t2_1)
block3(x_1: Ptr(rpy_str), y_1: Ptr(rpy_str)):
    v_9: Bool = direct_call(graph ll_less__ll_strlt_rpy_str_rpy_str, <function rpython.rtyper.rstr.ll_strlt>, x_1, y_1)  # line 57
    --> return(v_9)
block4(t1_2: Ptr(tuple3), t2_2: Ptr(tuple3)):
    v_10: Float = getfield(t1_2, 'item2')  # line 54
    v_11: Float = getfield(t2_2, 'item2')  # line 55
    v_12: Bool = direct_call(graph ll_keyeq__None_Float_Float, None, v_10, v_11)  # line 56
    v_13: Bool = same_as(v_12)  # line 56
    switch v_13
    False --> block5(v_10, v_11)
    True --> return(True)
block5(x_2: Float, y_2: Float):
    v_14: Bool = direct_call(graph ll_less__None_Float_Float, None, x_2, y_2)  # line 57
    --> return(v_14)

graph gen_eq.<locals>.ll_eq_tuple__tuple3_Signed_rpy_str_Float_tuple3_Signed_rpy_str_Float(t1_0: Ptr(tuple3), t2_0: Ptr(tuple3))  # rtuple.py:38
block0(t1_0: Ptr(tuple3), t2_0: Ptr(tuple3)):
    v_0: Signed = getfield(t1_0, 'item0')  # line 40
    v_1: Signed = getfield(t2_0, 'item0')  # line 40
    v_2: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_0, v_1)  # line 40
    v_3: Bool = same_as(v_2)  # line 40
    switch v_3
    False --> return(False)
    True --> block1(t1_0, t2_0)
block1(t1_1: Ptr(tuple3), t2_1: Ptr(tuple3)):
    v_4: Ptr(rpy_str) = getfield(t1_1, 'item1')  # line 40
    v_5: Ptr(rpy_str) = getfield(t2_1, 'item1')  # line 40
    v_6: Bool = direct_call(graph ll_keyeq__ll_streq_rpy_str_rpy_str, <function rpython.rtyper.rstr.ll_streq>, v_4, v_5)  # line 40
    v_7: Bool = same_as(v_6)  # line 40
    switch v_7
    False --> return(False)
    True --> block2(t1_1, t2_1)
block2(t1_2: Ptr(tuple3), t2_2: Ptr(tuple3)):
    v_8: Float = getfield(t1_2, 'item2')  # line 40
    v_9: Float = getfield(t2_2, 'item2')  # line 40
    v_10: Bool = direct_call(graph ll_keyeq__None_Float_Float, None, v_8, v_9)  # line 40
    v_11: Bool = same_as(v_10)  # line 40
    switch v_11
    False --> return(False)
    True --> return(True)

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

graph ll_newlist__array_tuple2_tuple2_Signed_UniChar_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }))) = malloc_varsize(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_getitem_nonneg__array_tuple2_tuple2_Signed_UniChar_Signed_Signed(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }))), index_0: Signed)  # rlist.py:67
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }))), index_0: Signed):
    v_0: Signed = direct_call(graph ll_len__array_tuple2_tuple2_Signed_UniChar_Signed, l_0)  # line 68
    v_1: Bool = int_ge(index_0, v_0)  # line 68
    v_2: Bool = same_as(v_1)  # line 68
    switch v_2
    False --> block1(l_0, index_0)
    True --> block2()
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }))), index_1: Signed):
    v_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }))) = direct_call(graph ll_items__array_tuple2_tuple2_Signed_UniChar_Signed, l_1)  # line 70
    v_4: Ptr(tuple2) = getarrayitem(v_3, index_1)  # line 70
    --> return(v_4)
block2():
    v_5: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 69
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_7: Void = setfield(v_6, 'typeptr', vtable IndexError [5, 6))  # line 69
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 69
    --> raise(v_9, v_5)

graph ll_len__array_tuple2_tuple2_Signed_UniChar_Signed(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_tuple2_tuple2_Signed_UniChar_Signed(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), item1: Signed })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph gen_lt.<locals>.ll_lt_tuple__tuple2_tuple2_Signed_UniChar_Signed_tuple2_tuple2_Signed_UniChar_Signed(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2))  # rtuple.py:52
block0(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2)):
    v_0: Ptr(tuple2) = getfield(t1_0, 'item0')  # line 54
    v_1: Ptr(tuple2) = getfield(t2_0, 'item0')  # line 55
    v_2: Bool = direct_call(graph ll_keyeq__ll_eq_tuple#2_tuple2_Signed_UniChar_tuple2_Signed_UniChar, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, v_0, v_1)  # line 56
    v_3: Bool = same_as(v_2)  # line 56
    switch v_3
    False --> block1(v_0, v_1)
    True --> block2(t1_0, t2_0)
block1(x_0: Ptr(tuple2), y_0: Ptr(tuple2)):
    v_4: Bool = direct_call(graph ll_less__ll_lt_tuple#4_tuple2_Signed_UniChar_tuple2_Signed_UniChar, <function rpython.rtyper.rtuple.gen_lt.<locals>.ll_lt_tuple>, x_0, y_0)  # line 57
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

graph ll_keyeq__ll_eq_tuple#2_tuple2_Signed_UniChar_tuple2_Signed_UniChar(eq_0: Void, key1_0: Ptr(tuple2), key2_0: Ptr(tuple2))  # rordereddict.py:54
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

graph ll_less__ll_lt_tuple#4_tuple2_Signed_UniChar_tuple2_Signed_UniChar(lt_0: Void, x_0: Ptr(tuple2), y_0: Ptr(tuple2))  # rlist.py:236
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

graph gen_eq.<locals>.ll_eq_tuple__tuple2_tuple2_Signed_UniChar_Signed_tuple2_tuple2_Signed_UniChar_Signed(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2))  # rtuple.py:38
block0(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2)):
    v_0: Ptr(tuple2) = getfield(t1_0, 'item0')  # line 40
    v_1: Ptr(tuple2) = getfield(t2_0, 'item0')  # line 40
    v_2: Bool = direct_call(graph ll_keyeq__ll_eq_tuple#2_tuple2_Signed_UniChar_tuple2_Signed_UniChar, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, v_0, v_1)  # line 40
    v_3: Bool = same_as(v_2)  # line 40
    switch v_3
    False --> return(False)
    True --> block1(t1_0, t2_0)
block1(t1_1: Ptr(tuple2), t2_1: Ptr(tuple2)):
    v_4: Signed = getfield(t1_1, 'item1')  # line 40
    v_5: Signed = getfield(t2_1, 'item1')  # line 40
    v_6: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_4, v_5)  # line 40
    v_7: Bool = same_as(v_6)  # line 40
    switch v_7
    False --> return(False)
    True --> return(True)

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

graph gen_contains.<locals>.ll_contains_tuple__tuple5_Signed_Signed_Signed_Signed_Signed_Signed(t_0: Ptr(tuple5), x_0: Signed)  # rtuple.py:68
block0(t_0: Ptr(tuple5), x_0: Signed):
    v_0: Signed = getfield(t_0, 'item0')  # line 70
    v_1: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_0, x_0)  # line 70
    v_2: Bool = same_as(v_1)  # line 70
    switch v_2
    False --> block1(t_0, x_0)
    True --> return(True)
block1(t_1: Ptr(tuple5), x_1: Signed):
    v_3: Signed = getfield(t_1, 'item1')  # line 70
    v_4: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_3, x_1)  # line 70
    v_5: Bool = same_as(v_4)  # line 70
    switch v_5
    False --> block2(t_1, x_1)
    True --> return(True)
block2(t_2: Ptr(tuple5), x_2: Signed):
    v_6: Signed = getfield(t_2, 'item2')  # line 70
    v_7: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_6, x_2)  # line 70
    v_8: Bool = same_as(v_7)  # line 70
    switch v_8
    False --> block3(t_2, x_2)
    True --> return(True)
block3(t_3: Ptr(tuple5), x_3: Signed):
    v_9: Signed = getfield(t_3, 'item3')  # line 70
    v_10: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_9, x_3)  # line 70
    v_11: Bool = same_as(v_10)  # line 70
    switch v_11
    False --> block4(t_3, x_3)
    True --> return(True)
block4(t_4: Ptr(tuple5), x_4: Signed):
    v_12: Signed = getfield(t_4, 'item4')  # line 70
    v_13: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_12, x_4)  # line 70
    v_14: Bool = same_as(v_13)  # line 70
    switch v_14
    False --> return(False)
    True --> return(True)

graph gen_contains.<locals>.ll_contains_tuple__tuple2_Signed_Signed_Signed(t_0: Ptr(tuple2), x_0: Signed)  # rtuple.py:68
block0(t_0: Ptr(tuple2), x_0: Signed):
    v_0: Signed = getfield(t_0, 'item0')  # line 70
    v_1: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_0, x_0)  # line 70
    v_2: Bool = same_as(v_1)  # line 70
    switch v_2
    False --> block1(t_0, x_0)
    True --> return(True)
block1(t_1: Ptr(tuple2), x_1: Signed):
    v_3: Signed = getfield(t_1, 'item1')  # line 70
    v_4: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_3, x_1)  # line 70
    v_5: Bool = same_as(v_4)  # line 70
    switch v_5
    False --> return(False)
    True --> return(True)

graph gen_contains.<locals>.ll_contains_tuple__tuple2_UniChar_UniChar_UniChar(t_0: Ptr(tuple2), x_0: UniChar)  # rtuple.py:68
block0(t_0: Ptr(tuple2), x_0: UniChar):
    v_0: UniChar = getfield(t_0, 'item0')  # line 70
    v_1: Bool = direct_call(graph ll_keyeq__None_UniChar_UniChar, None, v_0, x_0)  # line 70
    v_2: Bool = same_as(v_1)  # line 70
    switch v_2
    False --> block1(t_0, x_0)
    True --> return(True)
block1(t_1: Ptr(tuple2), x_1: UniChar):
    v_3: UniChar = getfield(t_1, 'item1')  # line 70
    v_4: Bool = direct_call(graph ll_keyeq__None_UniChar_UniChar, None, v_3, x_1)  # line 70
    v_5: Bool = same_as(v_4)  # line 70
    switch v_5
    False --> return(False)
    True --> return(True)

graph ll_contains_char__rpy_str_UniChar(s_0: Ptr(rpy_str), ch_0: UniChar)  # rstr.py:244
block0(s_0: Ptr(rpy_str), ch_0: UniChar):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 245
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 245
    v_2: Signed = direct_call(graph ll_find_char__rpy_str_UniChar_Signed_Signed, s_0, ch_0, 0, v_1)  # line 245
    v_3: Bool = int_ge(v_2, 0)  # line 245
    --> return(v_3)

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

graph _start__Signed_Signed(index_0: Signed, length_0: Signed)  # rstr.py:212
block0(index_0: Signed, length_0: Signed):
    v_0: Bool = int_lt(index_0, 0)  # line 214
    v_1: Bool = same_as(v_0)  # line 214
    --> return(index_0)

graph gen_contains.<locals>.ll_contains_tuple__tuple3_UniChar_UniChar_rpy_str_rpy_str(t_0: Ptr(tuple3), x_0: Ptr(rpy_str))  # rtuple.py:68
block0(t_0: Ptr(tuple3), x_0: Ptr(rpy_str)):
    v_0: UniChar = getfield(t_0, 'item0')  # line 70
    v_1: Bool = direct_call(graph ll_keyeq__ll_char_eq_str_UniChar_rpy_str, <function rpython.rtyper.rstr.ll_char_eq_str>, v_0, x_0)  # line 70
    v_2: Bool = same_as(v_1)  # line 70
    switch v_2
    False --> block1(t_0, x_0)
    True --> return(True)
block1(t_1: Ptr(tuple3), x_1: Ptr(rpy_str)):
    v_3: UniChar = getfield(t_1, 'item1')  # line 70
    v_4: Bool = direct_call(graph ll_keyeq__ll_char_eq_str_UniChar_rpy_str, <function rpython.rtyper.rstr.ll_char_eq_str>, v_3, x_1)  # line 70
    v_5: Bool = same_as(v_4)  # line 70
    switch v_5
    False --> block2(t_1, x_1)
    True --> return(True)
block2(t_2: Ptr(tuple3), x_2: Ptr(rpy_str)):
    v_6: Ptr(rpy_str) = getfield(t_2, 'item2')  # line 70
    v_7: Bool = direct_call(graph ll_keyeq__ll_streq_rpy_str_rpy_str, <function rpython.rtyper.rstr.ll_streq>, v_6, x_2)  # line 70
    v_8: Bool = same_as(v_7)  # line 70
    switch v_8
    False --> return(False)
    True --> return(True)

graph ll_keyeq__ll_char_eq_str_UniChar_rpy_str(eq_0: Void, key1_0: UniChar, key2_0: Ptr(rpy_str))  # rordereddict.py:54
block0(eq_0: Void, key1_0: UniChar, key2_0: Ptr(rpy_str)):
    v_0: Bool = same_as(False)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(eq_0, key1_0, key2_0)
block1(eq_1: Void, key1_1: UniChar, key2_1: Ptr(rpy_str)):
    v_2: Bool = direct_call(graph ll_char_eq_str__UniChar_rpy_str, key1_1, key2_1)  # line 57
    --> return(v_2)

graph ll_char_eq_str__UniChar_rpy_str(ch_0: UniChar, s_0: Ptr(rpy_str))  # rstr.py:118
block0(ch_0: UniChar, s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 120
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 120
    v_2: Bool = int_eq(v_1, 1)  # line 120
    v_3: Bool = same_as(v_2)  # line 120
    switch v_3
    False --> return(v_2)
    True --> block1(ch_0, s_0)
block1(ch_1: UniChar, s_1: Ptr(rpy_str)):
    v_4: Ptr(rpy_str) = same_as(s_1)  # line 120
    v_5: UniChar = getinteriorfield(v_4, 'chars', 0)  # line 120
    v_6: Bool = unichar_eq(v_5, ch_1)  # line 120
    --> return(v_6)

graph gen_contains.<locals>.ll_contains_tuple__tuple2_UniChar_rpy_str_rpy_str(t_0: Ptr(tuple2), x_0: Ptr(rpy_str))  # rtuple.py:68
block0(t_0: Ptr(tuple2), x_0: Ptr(rpy_str)):
    v_0: UniChar = getfield(t_0, 'item0')  # line 70
    v_1: Bool = direct_call(graph ll_keyeq__ll_char_eq_str_UniChar_rpy_str, <function rpython.rtyper.rstr.ll_char_eq_str>, v_0, x_0)  # line 70
    v_2: Bool = same_as(v_1)  # line 70
    switch v_2
    False --> block1(t_0, x_0)
    True --> return(True)
block1(t_1: Ptr(tuple2), x_1: Ptr(rpy_str)):
    v_3: Ptr(rpy_str) = getfield(t_1, 'item1')  # line 70
    v_4: Bool = direct_call(graph ll_keyeq__ll_streq_rpy_str_rpy_str, <function rpython.rtyper.rstr.ll_streq>, v_3, x_1)  # line 70
    v_5: Bool = same_as(v_4)  # line 70
    switch v_5
    False --> return(False)
    True --> return(True)

graph gen_contains.<locals>.ll_contains_tuple__tuple2_UniChar_rpy_str_UniChar(t_0: Ptr(tuple2), x_0: UniChar)  # rtuple.py:68
block0(t_0: Ptr(tuple2), x_0: UniChar):
    v_0: UniChar = getfield(t_0, 'item0')  # line 70
    v_1: Bool = direct_call(graph ll_keyeq__None_UniChar_UniChar, None, v_0, x_0)  # line 70
    v_2: Bool = same_as(v_1)  # line 70
    switch v_2
    False --> block1(t_0, x_0)
    True --> return(True)
block1(t_1: Ptr(tuple2), x_1: UniChar):
    v_3: Ptr(rpy_str) = getfield(t_1, 'item1')  # line 70
    v_4: Bool = direct_call(graph ll_keyeq__ll_str_eq_char_rpy_str_UniChar, <function rpython.rtyper.rstr.ll_str_eq_char>, v_3, x_1)  # line 70
    v_5: Bool = same_as(v_4)  # line 70
    switch v_5
    False --> return(False)
    True --> return(True)

graph ll_keyeq__ll_str_eq_char_rpy_str_UniChar(eq_0: Void, key1_0: Ptr(rpy_str), key2_0: UniChar)  # rordereddict.py:54
block0(eq_0: Void, key1_0: Ptr(rpy_str), key2_0: UniChar):
    v_0: Bool = same_as(False)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(eq_0, key1_0, key2_0)
block1(eq_1: Void, key1_1: Ptr(rpy_str), key2_1: UniChar):
    v_2: Bool = direct_call(graph ll_str_eq_char__rpy_str_UniChar, key1_1, key2_1)  # line 57
    --> return(v_2)

graph ll_str_eq_char__rpy_str_UniChar(s_0: Ptr(rpy_str), ch_0: UniChar)  # rstr.py:123
block0(s_0: Ptr(rpy_str), ch_0: UniChar):
    v_0: Bool = direct_call(graph ll_char_eq_str__UniChar_rpy_str, ch_0, s_0)  # line 124
    --> return(v_0)

graph gen_contains.<locals>.ll_contains_tuple__tuple2_Signed_Signed_Float(t_0: Ptr(tuple2), x_0: Float)  # rtuple.py:68
block0(t_0: Ptr(tuple2), x_0: Float):
    v_0: Signed = getfield(t_0, 'item0')  # line 70
    v_1: Bool = direct_call(graph ll_keyeq__None_Signed_Float, None, v_0, x_0)  # line 70
    v_2: Bool = same_as(v_1)  # line 70
    switch v_2
    False --> block1(t_0, x_0)
    True --> return(True)
block1(t_1: Ptr(tuple2), x_1: Float):
    v_3: Signed = getfield(t_1, 'item1')  # line 70
    v_4: Bool = direct_call(graph ll_keyeq__None_Signed_Float, None, v_3, x_1)  # line 70
    v_5: Bool = same_as(v_4)  # line 70
    switch v_5
    False --> return(False)
    True --> return(True)

graph ll_keyeq__None_Signed_Float(eq_0: Void, key1_0: Signed, key2_0: Float)  # rordereddict.py:54
block0(eq_0: Void, key1_0: Signed, key2_0: Float):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: Signed, key2_1: Float):
    v_2: Float = cast_int_to_float(key1_1)  # line 56
    v_3: Bool = float_eq(v_2, key2_1)  # line 56
    --> return(v_3)

graph ll_newlist__list_array_Bool_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(False)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(list) = malloc(GcStruct list { length: Signed, items: Ptr(GcArray(Bool)) }, 'gc')  # line 40
    v_3: Void = setfield(v_2, 'length', length_1)  # line 41
    v_4: Ptr(GcArray(Bool)) = malloc_varsize(GcArray(Bool), 'gc', length_1)  # line 42
    v_5: Void = setfield(v_2, 'items', v_4)  # line 42
    --> return(v_2)

graph ll_str_is_true__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:43
block0(s_0: Ptr(rpy_str)):
    v_0: Bool = ptr_nonzero(s_0)  # line 44
    v_1: Bool = same_as(v_0)  # line 44
    switch v_1
    False --> return(v_0)
    True --> block1(s_0)
block1(s_1: Ptr(rpy_str)):
    v_2: Ptr(rpy_str) = same_as(s_1)  # line 44
    v_3: Signed = getinteriorarraysize(v_2, 'chars')  # line 44
    v_4: Bool = int_ne(v_3, 0)  # line 44
    --> return(v_4)

graph ll_newlist__array_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_slice__array_Signed_array_Signed_Signed_Signed(LIST_0: Void, l_0: Ptr(GcArray(Signed)), start_0: Signed, stop_0: Signed)  # rlist.py:90
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
    v_6: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), v_5)  # line 96
    v_7: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l_1)  # line 97
    v_8: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, v_6)  # line 98
    --> block2(LIST_1, l_1, start_1, stop_1, length_0, v_6, v_7, v_8, 0)
block2(LIST_2: Void, l_2: Ptr(GcArray(Signed)), start_2: Signed, stop_2: Signed, length_1: Signed, res_0: Ptr(GcArray(Signed)), items_0: Ptr(GcArray(Signed)), newitems_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_9: Signed = int_sub(stop_2, start_2)  # line 100
    v_10: Bool = int_lt(i_0, v_9)  # line 100
    v_11: Bool = same_as(v_10)  # line 100
    switch v_11
    False --> return(res_0)
    True --> block3(LIST_2, l_2, start_2, stop_2, length_1, res_0, items_0, newitems_0, i_0)
block3(LIST_3: Void, l_3: Ptr(GcArray(Signed)), start_3: Signed, stop_3: Signed, length_2: Signed, res_1: Ptr(GcArray(Signed)), items_1: Ptr(GcArray(Signed)), newitems_1: Ptr(GcArray(Signed)), i_1: Signed):
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

graph ll_items__array_Signed(l_0: Ptr(GcArray(Signed)))  # rlist.py:25
block0(l_0: Ptr(GcArray(Signed))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_is_true__array_Signed(l_0: Ptr(GcArray(Signed)))  # rlist.py:46
block0(l_0: Ptr(GcArray(Signed))):
    v_0: Bool = ptr_nonzero(l_0)  # line 47
    v_1: Bool = same_as(v_0)  # line 47
    switch v_1
    False --> return(v_0)
    True --> block1(l_0)
block1(l_1: Ptr(GcArray(Signed))):
    v_2: Signed = direct_call(graph ll_len__array_Signed, l_1)  # line 47
    v_3: Bool = int_ne(v_2, 0)  # line 47
    --> return(v_3)

graph ll_extend__list_array_Bool_list_array_Bool(l1_0: Ptr(list), l2_0: Ptr(list))  # rlist.py:476
block0(l1_0: Ptr(list), l2_0: Ptr(list)):
    v_0: Signed = getfield(l1_0, 'length')  # line 477
    v_1: Signed = direct_call(graph ll_len__list_array_Bool, l2_0)  # line 478
    v_2: Signed = int_add(v_0, v_1)  # line 479
    v_3: Void = direct_call(graph _ll_list_resize__list_array_Bool_Signed, l1_0, v_2)  # line 479
    v_4: Ptr(GcArray(Bool)) = getfield(l1_0, 'items')  # line 480
    v_5: Ptr(GcArray(Bool)) = direct_call(graph ll_items__list_array_Bool, l2_0)  # line 481
    --> block1(l1_0, l2_0, v_0, v_1, v_4, v_5, 0)
block1(l1_1: Ptr(list), l2_1: Ptr(list), len1_0: Signed, len2_0: Signed, items1_0: Ptr(GcArray(Bool)), items2_0: Ptr(GcArray(Bool)), i_0: Signed):
    v_6: Bool = int_lt(i_0, len2_0)  # line 483
    v_7: Bool = same_as(v_6)  # line 483
    switch v_7
    False --> return(None)
    True --> block2(l1_1, l2_1, len1_0, len2_0, items1_0, items2_0, i_0)
block2(l1_2: Ptr(list), l2_2: Ptr(list), len1_1: Signed, len2_1: Signed, items1_1: Ptr(GcArray(Bool)), items2_1: Ptr(GcArray(Bool)), i_1: Signed):
    v_8: Bool = getarrayitem(items2_1, i_1)  # line 484
    v_9: Signed = int_add(len1_1, i_1)  # line 484
    v_10: Void = setarrayitem(items1_1, v_9, v_8)  # line 484
    v_11: Signed = int_add(i_1, 1)  # line 485
    --> block1(l1_2, l2_2, len1_1, len2_1, items1_1, items2_1, v_11)

graph ll_len__list_array_Bool(l_0: Ptr(list))  # rlist.py:31
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Signed = getfield(l_1, 'length')  # line 34
    --> return(v_2)

graph _ll_list_resize__list_array_Bool_Signed(l_0: Ptr(list), newsize_0: Signed)  # rlist.py:406
block0(l_0: Ptr(list), newsize_0: Signed):
    v_0: Ptr(GcArray(Bool)) = getfield(l_0, 'items')  # line 408
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
    v_12: Ptr(GcArray(Bool)) = getfield(l_4, 'items')  # line 416
    v_13: Ptr(GcArray(Bool)) = malloc_varsize(GcArray(Bool), 'gc', new_allocated_0)  # line 417
    v_14: Signed = getfield(l_4, 'length')  # line 418
    v_15: Bool = int_lt(newsize_4, v_14)  # line 419
    v_16: Bool = same_as(v_15)  # line 419
    switch v_16
    False --> block5(l_4, newsize_4, allocated_3, new_allocated_0, v_12, v_13, v_14, 0)
    True --> block5(l_4, newsize_4, allocated_3, new_allocated_0, v_12, v_13, newsize_4, 0)
block5(l_5: Ptr(list), newsize_5: Signed, allocated_4: Signed, new_allocated_1: Signed, items_0: Ptr(GcArray(Bool)), newitems_0: Ptr(GcArray(Bool)), keep_0: Signed, i_0: Signed):
    v_17: Bool = int_lt(i_0, keep_0)  # line 422
    v_18: Bool = same_as(v_17)  # line 422
    switch v_18
    False --> block6(l_5, newsize_5, newitems_0)
    True --> block7(l_5, newsize_5, allocated_4, new_allocated_1, items_0, newitems_0, keep_0, i_0)
block6(l_6: Ptr(list), newsize_6: Signed, newitems_1: Ptr(GcArray(Bool))):
    v_19: Void = setfield(l_6, 'items', newitems_1)  # line 425
    v_20: Void = setfield(l_6, 'length', newsize_6)  # line 426
    --> return(None)
block7(l_7: Ptr(list), newsize_7: Signed, allocated_5: Signed, new_allocated_2: Signed, items_1: Ptr(GcArray(Bool)), newitems_2: Ptr(GcArray(Bool)), keep_1: Signed, i_1: Signed):
    v_21: Bool = getarrayitem(items_1, i_1)  # line 423
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

graph ll_items__list_array_Bool(l_0: Ptr(list))  # rlist.py:25
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Ptr(GcArray(Bool)) = getfield(l_1, 'items')  # line 28
    --> return(v_2)

graph gen_eq.<locals>.ll_eq_tuple__tuple4_Signed_UniChar_Float_rpy_str_tuple4_Signed_UniChar_Float_rpy_str(t1_0: Ptr(tuple4), t2_0: Ptr(tuple4))  # rtuple.py:38
block0(t1_0: Ptr(tuple4), t2_0: Ptr(tuple4)):
    v_0: Signed = getfield(t1_0, 'item0')  # line 40
    v_1: Signed = getfield(t2_0, 'item0')  # line 40
    v_2: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_0, v_1)  # line 40
    v_3: Bool = same_as(v_2)  # line 40
    switch v_3
    False --> return(False)
    True --> block1(t1_0, t2_0)
block1(t1_1: Ptr(tuple4), t2_1: Ptr(tuple4)):
    v_4: UniChar = getfield(t1_1, 'item1')  # line 40
    v_5: UniChar = getfield(t2_1, 'item1')  # line 40
    v_6: Bool = direct_call(graph ll_keyeq__None_UniChar_UniChar, None, v_4, v_5)  # line 40
    v_7: Bool = same_as(v_6)  # line 40
    switch v_7
    False --> return(False)
    True --> block2(t1_1, t2_1)
block2(t1_2: Ptr(tuple4), t2_2: Ptr(tuple4)):
    v_8: Float = getfield(t1_2, 'item2')  # line 40
    v_9: Float = getfield(t2_2, 'item2')  # line 40
    v_10: Bool = direct_call(graph ll_keyeq__None_Float_Float, None, v_8, v_9)  # line 40
    v_11: Bool = same_as(v_10)  # line 40
    switch v_11
    False --> return(False)
    True --> block3(t1_2, t2_2)
block3(t1_3: Ptr(tuple4), t2_3: Ptr(tuple4)):
    v_12: Ptr(rpy_str) = getfield(t1_3, 'item3')  # line 40
    v_13: Ptr(rpy_str) = getfield(t2_3, 'item3')  # line 40
    v_14: Bool = direct_call(graph ll_keyeq__ll_streq_rpy_str_rpy_str, <function rpython.rtyper.rstr.ll_streq>, v_12, v_13)  # line 40
    v_15: Bool = same_as(v_14)  # line 40
    switch v_15
    False --> return(False)
    True --> return(True)

graph ll_append__list_array_Bool_Bool(l_0: Ptr(list), newitem_0: Bool)  # rlist.py:429
block0(l_0: Ptr(list), newitem_0: Bool):
    v_0: Signed = getfield(l_0, 'length')  # line 430
    v_1: Ptr(GcArray(Bool)) = getfield(l_0, 'items')  # line 431
    v_2: Signed = getarraysize(v_1)  # line 431
    v_3: Bool = int_lt(v_0, v_2)  # line 431
    v_4: Bool = same_as(v_3)  # line 431
    switch v_4
    False --> block1(l_0, newitem_0, v_0)
    True --> block3(l_0, newitem_0, v_0)
block1(l_1: Ptr(list), newitem_1: Bool, length_0: Signed):
    v_5: Signed = int_add(length_0, 1)  # line 434
    v_6: Void = direct_call(graph _ll_list_resize__list_array_Bool_Signed, l_1, v_5)  # line 434
    --> block2(l_1, newitem_1, length_0)
block2(l_2: Ptr(list), newitem_2: Bool, length_1: Signed):
    v_7: Ptr(GcArray(Bool)) = getfield(l_2, 'items')  # line 435
    v_8: Void = setarrayitem(v_7, length_1, newitem_2)  # line 435
    --> return(None)
block3(l_3: Ptr(list), newitem_3: Bool, length_2: Signed):
    v_9: Signed = int_add(length_2, 1)  # line 432
    v_10: Void = setfield(l_3, 'length', v_9)  # line 432
    --> block2(l_3, newitem_3, length_2)

graph ll_strmax__rpy_str_rpy_str(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str))  # rstr.py:155
block0(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str)):
    v_0: Signed = direct_call(graph ll_strcmp__rpy_str_rpy_str, s2_0, s1_0)  # line 156
    v_1: Bool = int_gt(v_0, 0)  # line 156
    v_2: Bool = same_as(v_1)  # line 156
    switch v_2
    False --> return(s1_0)
    True --> return(s2_0)

graph ll_char_min__UniChar_UniChar(c1_0: UniChar, c2_0: UniChar)  # rstr.py:161
block0(c1_0: UniChar, c2_0: UniChar):
    v_0: Signed = cast_unichar_to_int(c2_0)  # line 162
    v_1: Signed = cast_unichar_to_int(c1_0)  # line 162
    v_2: Bool = int_lt(v_0, v_1)  # line 162
    v_3: Bool = same_as(v_2)  # line 162
    switch v_3
    False --> return(c1_0)
    True --> return(c2_0)

graph ll_strmin__rpy_str_rpy_str(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str))  # rstr.py:148
block0(s1_0: Ptr(rpy_str), s2_0: Ptr(rpy_str)):
    v_0: Signed = direct_call(graph ll_strcmp__rpy_str_rpy_str, s2_0, s1_0)  # line 150
    v_1: Bool = int_lt(v_0, 0)  # line 150
    v_2: Bool = same_as(v_1)  # line 150
    switch v_2
    False --> return(s1_0)
    True --> return(s2_0)

graph ll_newlist__array_rpy_str_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', length_1)  # line 39
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

graph ll_listiter__listiter_list_array_Bool_list_array_Bool(ITER_0: Void, l_0: Ptr(list))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(list)):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Bool)) }), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_list_array_Bool(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(list) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__list_array_Bool, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(list)):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Bool)) = direct_call(graph ll_items__list_array_Bool, l_0)  # line 391
    v_8: Bool = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [7, 8))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

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

graph ll_items__array_rpy_str(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_len__array_rpy_str(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_strhash__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:75
block0(s_0: Ptr(rpy_str)):
    v_0: Bool = ptr_nonzero(s_0)  # line 79
    switch v_0
    False --> return(0)
    True --> block1(s_0)
block1(s_1: Ptr(rpy_str)):
    v_1: Signed = getfield(s_1, 'hash')  # line 81
    v_2: Bool = int_eq(v_1, 0)  # line 82
    v_3: Bool = same_as(v_2)  # line 82
    switch v_3
    False --> return(v_1)
    True --> block2(s_1, v_1)
block2(s_2: Ptr(rpy_str), x_0: Signed):
    v_4: Ptr(rpy_str) = same_as(s_2)  # line 83
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 83
    v_6: Bool = int_eq(v_5, 0)  # line 84
    v_7: Bool = same_as(v_6)  # line 84
    switch v_7
    False --> block3(s_2, x_0, v_5)
    True --> return(-1)
block3(s_3: Ptr(rpy_str), x_1: Signed, length_0: Signed):
    v_8: Ptr(rpy_str) = same_as(s_3)  # line 86
    v_9: UniChar = getinteriorfield(v_8, 'chars', 0)  # line 86
    v_10: Signed = cast_unichar_to_int(v_9)  # line 86
    v_11: Unsigned = cast_int_to_uint(v_10)  # line 86
    v_12: Unsigned = same_as(v_11)  # line 86
    v_13: Unsigned = uint_lshift(v_12, 7)  # line 86
    --> block4(s_3, x_1, length_0, v_13, 0)
block4(s_4: Ptr(rpy_str), x_2: Signed, length_1: Signed, h_0: Unsigned, i_0: Signed):
    v_14: Bool = int_lt(i_0, length_1)  # line 88
    v_15: Bool = same_as(v_14)  # line 88
    switch v_15
    False --> block5(s_4, length_1, h_0)
    True --> block6(s_4, x_2, length_1, h_0, i_0)
block5(s_5: Ptr(rpy_str), length_2: Signed, h_1: Unsigned):
    v_16: Unsigned = cast_int_to_uint(length_2)  # line 91
    v_17: Unsigned = same_as(v_16)  # line 91
    v_18: Unsigned = uint_xor(h_1, v_17)  # line 91
    v_19: Signed = cast_uint_to_int(v_18)  # line 91
    v_20: Signed = same_as(v_19)  # line 91
    v_21: Void = setfield(s_5, 'hash', v_20)  # line 92
    --> return(v_20)
block6(s_6: Ptr(rpy_str), x_3: Signed, length_3: Signed, h_2: Unsigned, i_1: Signed):
    v_22: Unsigned = same_as(1000003)  # line 89
    v_23: Unsigned = uint_mul(v_22, h_2)  # line 89
    v_24: Ptr(rpy_str) = same_as(s_6)  # line 89
    v_25: UniChar = getinteriorfield(v_24, 'chars', i_1)  # line 89
    v_26: Signed = cast_unichar_to_int(v_25)  # line 89
    v_27: Unsigned = cast_int_to_uint(v_26)  # line 89
    v_28: Unsigned = same_as(v_27)  # line 89
    v_29: Unsigned = uint_xor(v_23, v_28)  # line 89
    v_30: Signed = int_add(i_1, 1)  # line 90
    --> block4(s_6, x_3, length_3, v_29, v_30)

graph ll_char_hash__UniChar(ch_0: UniChar)  # rstr.py:96
block0(ch_0: UniChar):
    v_0: Signed = cast_unichar_to_int(ch_0)  # line 98
    v_1: Unsigned = cast_int_to_uint(v_0)  # line 98
    v_2: Unsigned = same_as(v_1)  # line 98
    v_3: Unsigned = same_as(1000003)  # line 99
    v_4: Unsigned = uint_lshift(v_2, 7)  # line 99
    v_5: Unsigned = uint_mul(v_3, v_4)  # line 99
    v_6: Unsigned = uint_xor(v_5, v_2)  # line 99
    v_7: Unsigned = same_as(1)  # line 99
    v_8: Unsigned = uint_xor(v_6, v_7)  # line 99
    v_9: Signed = cast_uint_to_int(v_8)  # line 99
    v_10: Signed = same_as(v_9)  # line 99
    --> return(v_10)

graph ll_hash_bool__Bool(b_0: Bool)  # rordereddict.py:60
block0(b_0: Bool):
    v_0: Bool = same_as(b_0)  # line 61
    switch v_0
    False --> return(0)
    True --> return(1)

graph gen_hash.<locals>.ll_hash_tuple__tuple3_Signed_UniChar_tuple2_Signed_Bool(t_0: Ptr(tuple3))  # rtuple.py:26
block0(t_0: Ptr(tuple3)):
    v_0: Unsigned = same_as(3430008)  # line 27
    v_1: Unsigned = same_as(1000003)  # line 29
    v_2: Unsigned = uint_mul(v_1, v_0)  # line 29
    v_3: Signed = getfield(t_0, 'item0')  # line 29
    v_4: Signed = direct_call(graph ll_keyhash__None_Signed, None, v_3)  # line 29
    v_5: Unsigned = cast_int_to_uint(v_4)  # line 29
    v_6: Unsigned = same_as(v_5)  # line 29
    v_7: Unsigned = uint_xor(v_2, v_6)  # line 29
    v_8: Unsigned = same_as(1000003)  # line 29
    v_9: Unsigned = uint_mul(v_8, v_7)  # line 29
    v_10: UniChar = getfield(t_0, 'item1')  # line 29
    v_11: Signed = direct_call(graph ll_keyhash__ll_char_hash_UniChar, <function rpython.rtyper.rstr.ll_char_hash>, v_10)  # line 29
    v_12: Unsigned = cast_int_to_uint(v_11)  # line 29
    v_13: Unsigned = same_as(v_12)  # line 29
    v_14: Unsigned = uint_xor(v_9, v_13)  # line 29
    v_15: Unsigned = same_as(1000003)  # line 29
    v_16: Unsigned = uint_mul(v_15, v_14)  # line 29
    v_17: Ptr(tuple2) = getfield(t_0, 'item2')  # line 29
    v_18: Signed = direct_call(graph ll_keyhash__ll_hash_tuple#2_tuple2_Signed_Bool, <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, v_17)  # line 29
    v_19: Unsigned = cast_int_to_uint(v_18)  # line 29
    v_20: Unsigned = same_as(v_19)  # line 29
    v_21: Unsigned = uint_xor(v_16, v_20)  # line 29
    v_22: Signed = cast_uint_to_int(v_21)  # line 30
    v_23: Signed = same_as(v_22)  # line 30
    --> return(v_23)

graph ll_keyhash__None_Signed(hash_0: Void, key_0: Signed)  # rordereddict.py:48
block0(hash_0: Void, key_0: Signed):
    v_0: Bool = same_as(True)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> return(key_0)

graph ll_keyhash__ll_char_hash_UniChar(hash_0: Void, key_0: UniChar)  # rordereddict.py:48
block0(hash_0: Void, key_0: UniChar):
    v_0: Bool = same_as(False)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> block1(hash_0, key_0)
block1(hash_1: Void, key_1: UniChar):
    v_2: Signed = direct_call(graph ll_char_hash__UniChar, key_1)  # line 51
    --> return(v_2)

graph ll_keyhash__ll_hash_tuple#2_tuple2_Signed_Bool(hash_0: Void, key_0: Ptr(tuple2))  # rordereddict.py:48
block0(hash_0: Void, key_0: Ptr(tuple2)):
    v_0: Bool = same_as(False)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> block1(hash_0, key_0)
block1(hash_1: Void, key_1: Ptr(tuple2)):
    v_2: Signed = direct_call(graph gen_hash.<locals>.ll_hash_tuple__tuple2_Signed_Bool, key_1)  # line 51
    --> return(v_2)

graph gen_hash.<locals>.ll_hash_tuple__tuple2_Signed_Bool(t_0: Ptr(tuple2))  # rtuple.py:26
block0(t_0: Ptr(tuple2)):
    v_0: Unsigned = same_as(3430008)  # line 27
    v_1: Unsigned = same_as(1000003)  # line 29
    v_2: Unsigned = uint_mul(v_1, v_0)  # line 29
    v_3: Signed = getfield(t_0, 'item0')  # line 29
    v_4: Signed = direct_call(graph ll_keyhash__None_Signed, None, v_3)  # line 29
    v_5: Unsigned = cast_int_to_uint(v_4)  # line 29
    v_6: Unsigned = same_as(v_5)  # line 29
    v_7: Unsigned = uint_xor(v_2, v_6)  # line 29
    v_8: Unsigned = same_as(1000003)  # line 29
    v_9: Unsigned = uint_mul(v_8, v_7)  # line 29
    v_10: Bool = getfield(t_0, 'item1')  # line 29
    v_11: Signed = direct_call(graph ll_keyhash__ll_hash_bool_Bool, <function rpython.rtyper.rordereddict.ll_hash_bool>, v_10)  # line 29
    v_12: Unsigned = cast_int_to_uint(v_11)  # line 29
    v_13: Unsigned = same_as(v_12)  # line 29
    v_14: Unsigned = uint_xor(v_9, v_13)  # line 29
    v_15: Signed = cast_uint_to_int(v_14)  # line 30
    v_16: Signed = same_as(v_15)  # line 30
    --> return(v_16)

graph ll_keyhash__ll_hash_bool_Bool(hash_0: Void, key_0: Bool)  # rordereddict.py:48
block0(hash_0: Void, key_0: Bool):
    v_0: Bool = same_as(False)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> block1(hash_0, key_0)
block1(hash_1: Void, key_1: Bool):
    v_2: Signed = direct_call(graph ll_hash_bool__Bool, key_1)  # line 51
    --> return(v_2)

graph gen_hash.<locals>.ll_hash_tuple__tuple3_UniChar_UniChar_Signed(t_0: Ptr(tuple3))  # rtuple.py:26
block0(t_0: Ptr(tuple3)):
    v_0: Unsigned = same_as(3430008)  # line 27
    v_1: Unsigned = same_as(1000003)  # line 29
    v_2: Unsigned = uint_mul(v_1, v_0)  # line 29
    v_3: UniChar = getfield(t_0, 'item0')  # line 29
    v_4: Signed = direct_call(graph ll_keyhash__ll_char_hash_UniChar, <function rpython.rtyper.rstr.ll_char_hash>, v_3)  # line 29
    v_5: Unsigned = cast_int_to_uint(v_4)  # line 29
    v_6: Unsigned = same_as(v_5)  # line 29
    v_7: Unsigned = uint_xor(v_2, v_6)  # line 29
    v_8: Unsigned = same_as(1000003)  # line 29
    v_9: Unsigned = uint_mul(v_8, v_7)  # line 29
    v_10: UniChar = getfield(t_0, 'item1')  # line 29
    v_11: Signed = direct_call(graph ll_keyhash__ll_char_hash_UniChar, <function rpython.rtyper.rstr.ll_char_hash>, v_10)  # line 29
    v_12: Unsigned = cast_int_to_uint(v_11)  # line 29
    v_13: Unsigned = same_as(v_12)  # line 29
    v_14: Unsigned = uint_xor(v_9, v_13)  # line 29
    v_15: Unsigned = same_as(1000003)  # line 29
    v_16: Unsigned = uint_mul(v_15, v_14)  # line 29
    v_17: Signed = getfield(t_0, 'item2')  # line 29
    v_18: Signed = direct_call(graph ll_keyhash__None_Signed, None, v_17)  # line 29
    v_19: Unsigned = cast_int_to_uint(v_18)  # line 29
    v_20: Unsigned = same_as(v_19)  # line 29
    v_21: Unsigned = uint_xor(v_16, v_20)  # line 29
    v_22: Signed = cast_uint_to_int(v_21)  # line 30
    v_23: Signed = same_as(v_22)  # line 30
    --> return(v_23)

graph ll_listiter__listiter_array_Signed_array_Signed(ITER_0: Void, l_0: Ptr(GcArray(Signed)))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Signed))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Signed)), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_Signed(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Signed)) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_Signed, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Signed))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l_0)  # line 391
    v_8: Signed = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [7, 8))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)
