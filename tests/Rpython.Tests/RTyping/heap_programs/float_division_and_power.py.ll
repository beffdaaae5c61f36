graph main(n_0: Signed)  # float_division_and_power.py:43
block0(n_0: Signed):
    v_0: Float = cast_int_to_float(n_0)  # line 44
    v_1: Float = float_mul(v_0, 0.75)  # line 44
    v_2: Bool = int_eq(n_0, 100)  # line 45
    v_3: Bool = same_as(v_2)  # line 45
    switch v_3
    False --> block1(n_0, v_1)
    True --> block3(n_0, -0.0)
block1(n_1: Signed, x_0: Float):
    v_4: Bool = int_eq(n_1, 12345)  # line 47
    v_5: Bool = same_as(v_4)  # line 47
    switch v_5
    False --> block2(n_1, x_0)
    True --> block7(n_1)
block2(n_2: Signed, x_1: Float):
    v_6: Bool = int_eq(n_2, 3)  # line 49
    v_7: Bool = same_as(v_6)  # line 49
    switch v_7
    False --> block3(n_2, x_1)
    True --> block3(n_2, 1e+308)
block3(n_3: Signed, x_2: Float):
    v_8: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 51
    v_9: Ptr(GcArray(Float)) = direct_call(graph divisors, n_3)  # line 52
    v_10: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_Float_array_Float, Ptr(GcStruct listiter { list: Ptr(GcArray(Float)), index: Signed }), v_9)  # line 52
    --> block4(n_3, x_2, v_8, v_10)
block4(n_4: Signed, x_3: Float, parts_0: Ptr(list), iter9_0: Ptr(listiter)):
    v_11: Float = direct_call(graph ll_listnext__listiter_array_Float, iter9_0)  # line 52
    no exception --> block5(v_11, iter9_0, n_4, x_3, parts_0)
    StopIteration --> block6(n_4, x_3, parts_0)
block5(item_0: Float, iter9_1: Ptr(listiter), n_5: Signed, x_4: Float, parts_1: Ptr(list)):
    v_12: Ptr(list) = same_as(parts_1)  # line 53
    v_13: Ptr(rpy_str) = float_repr(item_0)  # line 53
    v_14: Ptr(rpy_str) = same_as(v_13)  # line 53
    v_15: Ptr(rpy_str) = direct_call(graph true_div, x_4, item_0)  # line 53
    v_16: Ptr(rpy_str) = direct_call(graph floor_div, x_4, item_0)  # line 53
    v_17: Ptr(rpy_str) = direct_call(graph modulo, x_4, item_0)  # line 53
    v_18: Float = float_abs(x_4)  # line 53
    v_19: Ptr(rpy_str) = direct_call(graph power, v_18, item_0)  # line 53
    v_20: Ptr(rpy_str) = direct_call(graph power, item_0, 3.0)  # line 53
    v_21: Ptr(tuple6) = malloc(GcStruct tuple6 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item3: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item4: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item5: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 53
    v_22: Void = setfield(v_21, 'item0', v_14)  # line 53
    v_23: Void = setfield(v_21, 'item1', v_15)  # line 53
    v_24: Void = setfield(v_21, 'item2', v_16)  # line 53
    v_25: Void = setfield(v_21, 'item3', v_17)  # line 53
    v_26: Void = setfield(v_21, 'item4', v_19)  # line 53
    v_27: Void = setfield(v_21, 'item5', v_20)  # line 53
    v_28: Ptr(rpy_str) = getfield(v_21, 'item0')  # line 53
    v_29: Ptr(rpy_str) = getfield(v_21, 'item1')  # line 53
    v_30: Ptr(rpy_str) = getfield(v_21, 'item2')  # line 53
    v_31: Ptr(rpy_str) = getfield(v_21, 'item3')  # line 53
    v_32: Ptr(rpy_str) = getfield(v_21, 'item4')  # line 53
    v_33: Ptr(rpy_str) = getfield(v_21, 'item5')  # line 53
    v_34: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 11)  # line 53
    v_35: Void = setarrayitem(v_34, 0, v_28)  # line 53
    v_36: Void = setarrayitem(v_34, 1, ': ')  # line 53
    v_37: Void = setarrayitem(v_34, 2, v_29)  # line 53
    v_38: Void = setarrayitem(v_34, 3, ' ')  # line 53
    v_39: Void = setarrayitem(v_34, 4, v_30)  # line 53
    v_40: Void = setarrayitem(v_34, 5, ' ')  # line 53
    v_41: Void = setarrayitem(v_34, 6, v_31)  # line 53
    v_42: Void = setarrayitem(v_34, 7, ' ')  # line 53
    v_43: Void = setarrayitem(v_34, 8, v_32)  # line 53
    v_44: Void = setarrayitem(v_34, 9, ' ')  # line 53
    v_45: Void = setarrayitem(v_34, 10, v_33)  # line 53
    v_46: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 11, v_34)  # line 53
    v_47: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_12, v_46)  # line 53
    --> block4(n_5, x_4, parts_1, iter9_1)
block6(n_6: Signed, x_5: Float, parts_2: Ptr(list)):
    v_48: Ptr(list) = same_as(parts_2)  # line 55
    v_49: Float = float_truediv(x_5, 4.0)  # line 55
    v_50: Ptr(rpy_str) = float_repr(v_49)  # line 55
    v_51: Ptr(rpy_str) = same_as(v_50)  # line 55
    v_52: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_51, ' ')  # line 55
    v_53: Float = float_floordiv(x_5, 2.5)  # line 55
    v_54: Ptr(rpy_str) = float_repr(v_53)  # line 55
    v_55: Ptr(rpy_str) = same_as(v_54)  # line 55
    v_56: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_52, v_55)  # line 55
    v_57: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_56, ' ')  # line 55
    v_58: Float = float_mod(x_5, -2.5)  # line 55
    v_59: Ptr(rpy_str) = float_repr(v_58)  # line 55
    v_60: Ptr(rpy_str) = same_as(v_59)  # line 55
    v_61: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_57, v_60)  # line 55
    v_62: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_61, ' ')  # line 55
    v_63: Float = cast_int_to_float(n_6)  # line 55
    v_64: Float = float_truediv(v_63, 8.0)  # line 55
    v_65: Ptr(rpy_str) = float_repr(v_64)  # line 55
    v_66: Ptr(rpy_str) = same_as(v_65)  # line 55
    v_67: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_62, v_66)  # line 55
    v_68: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_67, ' ')  # line 55
    v_69: Float = cast_int_to_float(n_6)  # line 55
    v_70: Float = float_mul(v_69, 0.5)  # line 55
    v_71: Float = float_add(v_70, 0.25)  # line 55
    v_72: Float = float_floordiv_zer(7.0, v_71)  # line 55
    v_73: Ptr(rpy_str) = float_repr(v_72)  # line 55
    v_74: Ptr(rpy_str) = same_as(v_73)  # line 55
    v_75: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_68, v_74)  # line 55
    v_76: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_48, v_75)  # line 55
    v_77: Ptr(list) = same_as(parts_2)  # line 56
    v_78: Float = cast_int_to_float(n_6)  # line 56
    v_79: Ptr(rpy_str) = direct_call(graph true_div, v_78, 7.0)  # line 56
    v_80: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_79, ' ')  # line 56
    v_81: Float = cast_int_to_float(n_6)  # line 56
    v_82: Ptr(rpy_str) = direct_call(graph true_div, 7.0, v_81)  # line 56
    v_83: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_80, v_82)  # line 56
    v_84: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_83, ' ')  # line 56
    v_85: Float = cast_int_to_float(n_6)  # line 56
    v_86: Ptr(rpy_str) = direct_call(graph floor_div, x_5, v_85)  # line 56
    v_87: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_84, v_86)  # line 56
    v_88: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_87, ' ')  # line 56
    v_89: Float = cast_int_to_float(n_6)  # line 56
    v_90: Ptr(rpy_str) = direct_call(graph modulo, v_89, x_5)  # line 56
    v_91: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_88, v_90)  # line 56
    v_92: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_91, ' ')  # line 56
    v_93: Float = cast_int_to_float(n_6)  # line 56
    v_94: Ptr(rpy_str) = direct_call(graph floor_div, v_93, 2.5)  # line 56
    v_95: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_92, v_94)  # line 56
    v_96: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_95, ' ')  # line 56
    v_97: Signed = int_neg(n_6)  # line 56
    v_98: Float = cast_int_to_float(v_97)  # line 56
    v_99: Ptr(rpy_str) = direct_call(graph modulo, v_98, 0.75)  # line 56
    v_100: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_96, v_99)  # line 56
    v_101: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_77, v_100)  # line 56
    v_102: Ptr(list) = same_as(parts_2)  # line 57
    v_103: Float = cast_int_to_float(n_6)  # line 57
    v_104: Float = float_mul(v_103, 1.0)  # line 57
    v_105: Ptr(rpy_str) = direct_call(graph power, 2.0, v_104)  # line 57
    v_106: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_105, ' ')  # line 57
    v_107: Ptr(rpy_str) = direct_call(graph power, x_5, -2.0)  # line 57
    v_108: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_106, v_107)  # line 57
    v_109: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_108, ' ')  # line 57
    v_110: Float = cast_int_to_float(n_6)  # line 57
    v_111: Float = float_mul(v_110, 1.0)  # line 57
    v_112: Ptr(rpy_str) = direct_call(graph power, v_111, -1.0)  # line 57
    v_113: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_109, v_112)  # line 57
    v_114: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_113, ' ')  # line 57
    v_115: Float = cast_int_to_float(n_6)  # line 57
    v_116: Float = float_pow(v_115, 2.0)  # line 57
    v_117: Ptr(rpy_str) = float_repr(v_116)  # line 57
    v_118: Ptr(rpy_str) = same_as(v_117)  # line 57
    v_119: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_114, v_118)  # line 57
    v_120: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_119, ' ')  # line 57
    v_121: Float = cast_int_to_float(n_6)  # line 57
    v_122: Float = float_mul(v_121, 1.0)  # line 57
    v_123: Ptr(rpy_str) = direct_call(graph power, -1.0, v_122)  # line 57
    v_124: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_120, v_123)  # line 57
    v_125: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_102, v_124)  # line 57
    v_126: UniChar = same_as(10)  # line 58
    v_127: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_126)  # line 58
    v_128: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_127, parts_2)  # line 58
    --> return(v_128)
block7(n_7: Signed):
    v_129: Float = float_from_str('-inf')  # line 48
    --> block3(n_7, v_129)

graph divisors(n_0: Signed)  # float_division_and_power.py:38
block0(n_0: Signed):
    v_0: Float = float_from_str('inf')  # line 39
    v_1: Float = float_neg(v_0)  # line 40
    v_2: Float = float_from_str('nan')  # line 40
    v_3: Ptr(GcArray(Float)) = direct_call(graph ll_newlist__array_Float_Signed, Ptr(GcArray(Float)), 13)  # line 40
    v_4: Void = setarrayitem(v_3, 0, 2.0)  # line 40
    v_5: Void = setarrayitem(v_3, 1, -2.0)  # line 40
    v_6: Void = setarrayitem(v_3, 2, 0.75)  # line 40
    v_7: Void = setarrayitem(v_3, 3, -0.1)  # line 40
    v_8: Void = setarrayitem(v_3, 4, 0.0)  # line 40
    v_9: Void = setarrayitem(v_3, 5, -0.0)  # line 40
    v_10: Void = setarrayitem(v_3, 6, 1e+308)  # line 40
    v_11: Void = setarrayitem(v_3, 7, -5e-324)  # line 40
    v_12: Void = setarrayitem(v_3, 8, v_0)  # line 40
    v_13: Void = setarrayitem(v_3, 9, v_1)  # line 40
    v_14: Void = setarrayitem(v_3, 10, v_2)  # line 40
    v_15: Void = setarrayitem(v_3, 11, 3.0)  # line 40
    v_16: Void = setarrayitem(v_3, 12, -7.0)  # line 40
    --> return(v_3)

graph true_div(a_0: Float, b_0: Float)  # float_division_and_power.py:6
block0(a_0: Float, b_0: Float):
    v_0: Float = float_truediv_zer(a_0, b_0)  # line 8
    no exception --> block1(v_0)
    Exception --> block2(last_exception_0, last_exc_value_0)
block1(t3_0: Float):
    v_1: Ptr(rpy_str) = float_repr(t3_0)  # line 8
    v_2: Ptr(rpy_str) = same_as(v_1)  # line 8
    no exception --> return(v_2)
    Exception --> block2(last_exception_1, last_exc_value_1)
block2(v_3: Ptr(object_vtable), v_4: Ptr(Exception)):
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 9
    v_6: Ptr(object_vtable) = getfield(v_5, 'typeptr')  # line 9
    v_7: Signed = getfield(v_6, 'subclassrange_min')  # line 9
    v_8: Bool = int_between(4, v_7, 5)  # line 9
    v_9: Bool = same_as(v_8)  # line 9
    v_10: Bool = same_as(v_9)  # line 9
    switch v_10
    False --> raise(v_3, v_4)
    True --> return('ZeroDivisionError')

graph floor_div(a_0: Float, b_0: Float)  # float_division_and_power.py:13
block0(a_0: Float, b_0: Float):
    v_0: Float = float_floordiv_zer(a_0, b_0)  # line 15
    no exception --> block1(v_0)
    Exception --> block2(last_exception_0, last_exc_value_0)
block1(t3_0: Float):
    v_1: Ptr(rpy_str) = float_repr(t3_0)  # line 15
    v_2: Ptr(rpy_str) = same_as(v_1)  # line 15
    no exception --> return(v_2)
    Exception --> block2(last_exception_1, last_exc_value_1)
block2(v_3: Ptr(object_vtable), v_4: Ptr(Exception)):
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 16
    v_6: Ptr(object_vtable) = getfield(v_5, 'typeptr')  # line 16
    v_7: Signed = getfield(v_6, 'subclassrange_min')  # line 16
    v_8: Bool = int_between(4, v_7, 5)  # line 16
    v_9: Bool = same_as(v_8)  # line 16
    v_10: Bool = same_as(v_9)  # line 16
    switch v_10
    False --> raise(v_3, v_4)
    True --> return('ZeroDivisionError')

graph modulo(a_0: Float, b_0: Float)  # float_division_and_power.py:20
block0(a_0: Float, b_0: Float):
    v_0: Float = float_mod_zer(a_0, b_0)  # line 22
    no exception --> block1(v_0)
    Exception --> block2(last_exception_0, last_exc_value_0)
block1(t3_0: Float):
    v_1: Ptr(rpy_str) = float_repr(t3_0)  # line 22
    v_2: Ptr(rpy_str) = same_as(v_1)  # line 22
    no exception --> return(v_2)
    Exception --> block2(last_exception_1, last_exc_value_1)
block2(v_3: Ptr(object_vtable), v_4: Ptr(Exception)):
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 23
    v_6: Ptr(object_vtable) = getfield(v_5, 'typeptr')  # line 23
    v_7: Signed = getfield(v_6, 'subclassrange_min')  # line 23
    v_8: Bool = int_between(4, v_7, 5)  # line 23
    v_9: Bool = same_as(v_8)  # line 23
    v_10: Bool = same_as(v_9)  # line 23
    switch v_10
    False --> raise(v_3, v_4)
    True --> return('ZeroDivisionError')

graph power(a_0: Float, b_0: Float)  # float_division_and_power.py:27
block0(a_0: Float, b_0: Float):
    v_0: Float = float_pow(a_0, b_0)  # line 29
    no exception --> block1(v_0)
    Exception --> block2(last_exception_0, last_exc_value_0)
block1(t3_0: Float):
    v_1: Ptr(rpy_str) = float_repr(t3_0)  # line 29
    v_2: Ptr(rpy_str) = same_as(v_1)  # line 29
    no exception --> return(v_2)
    Exception --> block2(last_exception_1, last_exc_value_1)
block2(v_3: Ptr(object_vtable), v_4: Ptr(Exception)):
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 30
    v_6: Ptr(object_vtable) = getfield(v_5, 'typeptr')  # line 30
    v_7: Signed = getfield(v_6, 'subclassrange_min')  # line 30
    v_8: Bool = int_between(4, v_7, 5)  # line 30
    v_9: Bool = same_as(v_8)  # line 30
    v_10: Bool = same_as(v_9)  # line 30
    switch v_10
    False --> block3(v_3, v_4)
    True --> return('ZeroDivisionError')
block3(t6_0: Ptr(object_vtable), t7_0: Ptr(Exception)):
    v_11: Ptr(BaseException) = cast_pointer(t7_0)  # line 32
    v_12: Ptr(object_vtable) = getfield(v_11, 'typeptr')  # line 32
    v_13: Signed = getfield(v_12, 'subclassrange_min')  # line 32
    v_14: Bool = int_between(6, v_13, 7)  # line 32
    v_15: Bool = same_as(v_14)  # line 32
    v_16: Bool = same_as(v_15)  # line 32
    switch v_16
    False --> block4(t6_0, t7_0)
    True --> return('ValueError')
block4(t6_1: Ptr(object_vtable), t7_1: Ptr(Exception)):
    v_17: Ptr(BaseException) = cast_pointer(t7_1)  # line 34
    v_18: Ptr(object_vtable) = getfield(v_17, 'typeptr')  # line 34
    v_19: Signed = getfield(v_18, 'subclassrange_min')  # line 34
    v_20: Bool = int_between(5, v_19, 6)  # line 34
    v_21: Bool = same_as(v_20)  # line 34
    v_22: Bool = same_as(v_21)  # line 34
    switch v_22
    False --> raise(t6_1, t7_1)
    True --> return('OverflowError')

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
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [10, 11))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

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

graph mallocstr__Signed(length_0: Signed)  # rstr.py:30
block0(length_0: Signed):
    v_0: Ptr(rpy_str) = malloc_varsize(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }, 'gc', length_0)  # line 31
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

graph ll_chr2str__UniChar(ch_0: UniChar)  # rstr.py:69
block0(ch_0: UniChar):
    v_0: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, 1)  # line 70
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 71
    v_2: Void = setinteriorfield(v_1, 'chars', 0, ch_0)  # line 71
    --> return(v_0)

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
