graph main(n_0: Signed)  # float_math_and_conversions.py:64
block0(n_0: Signed):
    v_0: Float = cast_int_to_float(n_0)  # line 65
    v_1: Float = float_truediv(v_0, 4.0)  # line 65
    v_2: Bool = int_eq(n_0, 100)  # line 66
    v_3: Bool = same_as(v_2)  # line 66
    switch v_3
    False --> block1(n_0, v_1)
    True --> block15(n_0)
block1(n_1: Signed, x_0: Float):
    v_4: Bool = int_eq(n_1, 12345)  # line 68
    v_5: Bool = same_as(v_4)  # line 68
    switch v_5
    False --> block2(n_1, x_0)
    True --> block4(n_1, -1e+18)
block2(n_2: Signed, x_1: Float):
    v_6: Bool = int_eq(n_2, 7)  # line 70
    v_7: Bool = same_as(v_6)  # line 70
    switch v_7
    False --> block3(n_2, x_1)
    True --> block14(n_2)
block3(n_3: Signed, x_2: Float):
    v_8: Bool = int_eq(n_3, 12)  # line 72
    v_9: Bool = same_as(v_8)  # line 72
    switch v_9
    False --> block4(n_3, x_2)
    True --> block4(n_3, -0.0)
block4(n_4: Signed, x_3: Float):
    v_10: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 74
    v_11: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 13)  # line 75
    v_12: Void = setarrayitem(v_11, 0, 'sqrt')  # line 75
    v_13: Void = setarrayitem(v_11, 1, 'exp')  # line 75
    v_14: Void = setarrayitem(v_11, 2, 'log')  # line 75
    v_15: Void = setarrayitem(v_11, 3, 'log10')  # line 75
    v_16: Void = setarrayitem(v_11, 4, 'sin')  # line 75
    v_17: Void = setarrayitem(v_11, 5, 'cos')  # line 75
    v_18: Void = setarrayitem(v_11, 6, 'tan')  # line 75
    v_19: Void = setarrayitem(v_11, 7, 'atan')  # line 75
    v_20: Void = setarrayitem(v_11, 8, 'fabs')  # line 75
    v_21: Void = setarrayitem(v_11, 9, 'floor')  # line 75
    v_22: Void = setarrayitem(v_11, 10, 'ceil')  # line 75
    v_23: Void = setarrayitem(v_11, 11, 'int')  # line 75
    v_24: Void = setarrayitem(v_11, 12, 'isnan')  # line 75
    v_25: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), v_11)  # line 75
    --> block5(n_4, x_3, v_10, v_25)
block5(n_5: Signed, x_4: Float, parts_0: Ptr(list), iter25_0: Ptr(listiter)):
    v_26: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, iter25_0)  # line 75
    no exception --> block6(v_26, iter25_0, n_5, x_4, parts_0)
    StopIteration --> block7(n_5, x_4, parts_0, iter25_0)
block6(item_0: Ptr(rpy_str), iter25_1: Ptr(listiter), n_6: Signed, x_5: Float, parts_1: Ptr(list)):
    v_27: Ptr(list) = same_as(parts_1)  # line 76
    v_28: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, item_0, ' ')  # line 76
    v_29: Ptr(rpy_str) = direct_call(graph unary, item_0, x_5)  # line 76
    v_30: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_28, v_29)  # line 76
    v_31: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_27, v_30)  # line 76
    --> block5(n_6, x_5, parts_1, iter25_1)
block7(n_7: Signed, x_6: Float, parts_2: Ptr(list), iter25_2: Ptr(listiter)):
    v_32: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 5)  # line 77
    v_33: Void = setarrayitem(v_32, 0, 'pow')  # line 77
    v_34: Void = setarrayitem(v_32, 1, 'fmod')  # line 77
    v_35: Void = setarrayitem(v_32, 2, 'atan2')  # line 77
    v_36: Void = setarrayitem(v_32, 3, 'hypot')  # line 77
    v_37: Void = setarrayitem(v_32, 4, 'copysign')  # line 77
    v_38: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), v_32)  # line 77
    --> block8(n_7, x_6, parts_2, iter25_2, v_38)
block8(n_8: Signed, x_7: Float, parts_3: Ptr(list), iter25_3: Ptr(listiter), iter40_0: Ptr(listiter)):
    v_39: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, iter40_0)  # line 77
    no exception --> block9(v_39, iter25_3, iter40_0, n_8, x_7, parts_3)
    StopIteration --> block10(n_8, x_7, parts_3, iter25_3, iter40_0)
block9(item_1: Ptr(rpy_str), iter25_4: Ptr(listiter), iter40_1: Ptr(listiter), n_9: Signed, x_8: Float, parts_4: Ptr(list)):
    v_40: Ptr(list) = same_as(parts_4)  # line 78
    v_41: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, item_1, ' ')  # line 78
    v_42: Ptr(rpy_str) = direct_call(graph binary, item_1, x_8, 2.5)  # line 78
    v_43: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_41, v_42)  # line 78
    v_44: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_43, ' ')  # line 78
    v_45: Ptr(rpy_str) = direct_call(graph binary, item_1, -1.5, x_8)  # line 78
    v_46: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_44, v_45)  # line 78
    v_47: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_46, ' ')  # line 78
    v_48: Ptr(rpy_str) = direct_call(graph binary, item_1, x_8, 0.0)  # line 78
    v_49: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_47, v_48)  # line 78
    v_50: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_40, v_49)  # line 78
    --> block8(n_9, x_8, parts_4, iter25_4, iter40_1)
block10(n_10: Signed, x_9: Float, parts_5: Ptr(list), iter25_5: Ptr(listiter), iter40_2: Ptr(listiter)):
    v_51: Ptr(list) = same_as(parts_5)  # line 79
    v_52: Float = cast_int_to_float(n_10)  # line 79
    v_53: Float = float_mul(3.141592653589793, v_52)  # line 79
    v_54: Ptr(rpy_str) = float_repr(v_53)  # line 79
    v_55: Ptr(rpy_str) = same_as(v_54)  # line 79
    v_56: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_55, ' ')  # line 79
    v_57: Ptr(rpy_str) = float_repr(2.718281828459045)  # line 79
    v_58: Ptr(rpy_str) = same_as(v_57)  # line 79
    v_59: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_56, v_58)  # line 79
    v_60: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_59, ' ')  # line 79
    v_61: Ptr(rpy_str) = float_repr(-3.141592653589793)  # line 79
    v_62: Ptr(rpy_str) = same_as(v_61)  # line 79
    v_63: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_60, v_62)  # line 79
    v_64: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_51, v_63)  # line 79
    v_65: Ptr(list) = same_as(parts_5)  # line 80
    v_66: Float = math_copysign(1.0, nan)  # line 80
    v_67: Ptr(rpy_str) = float_repr(v_66)  # line 80
    v_68: Ptr(rpy_str) = same_as(v_67)  # line 80
    v_69: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_68, ' ')  # line 80
    v_70: Float = math_copysign(1.0, nan)  # line 80
    v_71: Ptr(rpy_str) = float_repr(v_70)  # line 80
    v_72: Ptr(rpy_str) = same_as(v_71)  # line 80
    v_73: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_69, v_72)  # line 80
    v_74: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_73, ' ')  # line 80
    v_75: Bool = math_isnan(nan)  # line 80
    v_76: Ptr(rpy_str) = direct_call(graph ll_bool2str__Bool, v_75)  # line 80
    v_77: Ptr(rpy_str) = same_as(v_76)  # line 80
    v_78: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_74, v_77)  # line 80
    v_79: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_78, ' ')  # line 80
    v_80: Ptr(rpy_str) = float_repr(inf)  # line 80
    v_81: Ptr(rpy_str) = same_as(v_80)  # line 80
    v_82: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_79, v_81)  # line 80
    v_83: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_82, ' ')  # line 80
    v_84: Bool = float_lt(-inf, x_9)  # line 80
    v_85: Ptr(rpy_str) = direct_call(graph ll_bool2str__Bool, v_84)  # line 80
    v_86: Ptr(rpy_str) = same_as(v_85)  # line 80
    v_87: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_83, v_86)  # line 80
    v_88: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_87, ' ')  # line 80
    v_89: Ptr(rpy_str) = float_repr(6.283185307179586)  # line 80
    v_90: Ptr(rpy_str) = same_as(v_89)  # line 80
    v_91: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_88, v_90)  # line 80
    v_92: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_65, v_91)  # line 80
    v_93: Ptr(list) = same_as(parts_5)  # line 81
    v_94: Float = float_abs(x_9)  # line 81
    v_95: Ptr(rpy_str) = float_repr(v_94)  # line 81
    v_96: Ptr(rpy_str) = same_as(v_95)  # line 81
    v_97: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_96, ' ')  # line 81
    v_98: Float = direct_call(graph ll_max__Float_Float, x_9, 1.5)  # line 81
    v_99: Ptr(rpy_str) = float_repr(v_98)  # line 81
    v_100: Ptr(rpy_str) = same_as(v_99)  # line 81
    v_101: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_97, v_100)  # line 81
    v_102: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_101, ' ')  # line 81
    v_103: Float = direct_call(graph ll_min__Float_Float, x_9, -0.0)  # line 81
    v_104: Float = direct_call(graph ll_min__Float_Float, v_103, 0.0)  # line 81
    v_105: Ptr(rpy_str) = float_repr(v_104)  # line 81
    v_106: Ptr(rpy_str) = same_as(v_105)  # line 81
    v_107: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_102, v_106)  # line 81
    v_108: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_107, ' ')  # line 81
    v_109: Float = cast_int_to_float(n_10)  # line 81
    v_110: Float = float_mul(v_109, 1.0)  # line 81
    v_111: Float = direct_call(graph ll_max__Float_Float, v_110, 2.5)  # line 81
    v_112: Float = direct_call(graph ll_max__Float_Float, v_111, -1.0)  # line 81
    v_113: Ptr(rpy_str) = float_repr(v_112)  # line 81
    v_114: Ptr(rpy_str) = same_as(v_113)  # line 81
    v_115: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_108, v_114)  # line 81
    v_116: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_115, ' ')  # line 81
    v_117: Signed = direct_call(graph ll_min__Signed_Signed, n_10, 3)  # line 81
    v_118: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_117)  # line 81
    v_119: Ptr(rpy_str) = same_as(v_118)  # line 81
    v_120: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_116, v_119)  # line 81
    v_121: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_93, v_120)  # line 81
    v_122: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_10)  # line 82
    v_123: Ptr(rpy_str) = same_as(v_122)  # line 82
    v_124: Ptr(rpy_str) = float_repr(x_9)  # line 82
    v_125: Ptr(rpy_str) = same_as(v_124)  # line 82
    v_126: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 12)  # line 82
    v_127: Void = setarrayitem(v_126, 0, '1.5')  # line 82
    v_128: Void = setarrayitem(v_126, 1, ' -2e3 ')  # line 82
    v_129: Void = setarrayitem(v_126, 2, 'inf')  # line 82
    v_130: Void = setarrayitem(v_126, 3, '-Infinity')  # line 82
    v_131: Void = setarrayitem(v_126, 4, 'nan')  # line 82
    v_132: Void = setarrayitem(v_126, 5, '1_000.5')  # line 82
    v_133: Void = setarrayitem(v_126, 6, '')  # line 82
    v_134: Void = setarrayitem(v_126, 7, 'abc')  # line 82
    v_135: Void = setarrayitem(v_126, 8, '1e400')  # line 82
    v_136: Void = setarrayitem(v_126, 9, '0x10')  # line 82
    v_137: Void = setarrayitem(v_126, 10, v_123)  # line 82
    v_138: Void = setarrayitem(v_126, 11, v_125)  # line 82
    v_139: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), v_126)  # line 83
    --> block11(n_10, x_9, parts_5, v_126, v_139, iter25_5, iter40_2)
block11(n_11: Signed, x_10: Float, parts_6: Ptr(list), texts_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), iter190_0: Ptr(listiter), iter25_6: Ptr(listiter), iter40_3: Ptr(listiter)):
    v_140: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, iter190_0)  # line 83
    no exception --> block12(v_140, iter190_0, iter25_6, iter40_3, n_11, x_10, parts_6, texts_0)
    StopIteration --> block13(parts_6)
block12(item_2: Ptr(rpy_str), iter190_1: Ptr(listiter), iter25_7: Ptr(listiter), iter40_4: Ptr(listiter), n_12: Signed, x_11: Float, parts_7: Ptr(list), texts_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_141: Ptr(list) = same_as(parts_7)  # line 84
    v_142: Ptr(rpy_str) = direct_call(graph parse, item_2)  # line 84
    v_143: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_141, v_142)  # line 84
    --> block11(n_12, x_11, parts_7, texts_1, iter190_1, iter25_7, iter40_4)
block13(parts_8: Ptr(list)):
    v_144: UniChar = same_as(10)  # line 85
    v_145: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_144)  # line 85
    v_146: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_145, parts_8)  # line 85
    --> return(v_146)
block14(n_13: Signed):
    v_147: Float = float_from_str('-inf')  # line 71
    --> block4(n_13, v_147)
block15(n_14: Signed):
    v_148: Float = float_from_str('nan')  # line 67
    --> block4(n_14, v_148)

graph unary(name_0: Ptr(rpy_str), x_0: Float)  # float_math_and_conversions.py:7
block0(name_0: Ptr(rpy_str), x_0: Float):
    v_0: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_0, 'sqrt')  # line 9
    v_1: Bool = same_as(v_0)  # line 9
    switch v_1
    False --> block1(name_0, x_0)
    True --> block41(x_0)
block1(name_1: Ptr(rpy_str), x_1: Float):
    v_2: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_1, 'exp')  # line 11
    v_3: Bool = same_as(v_2)  # line 11
    switch v_3
    False --> block2(name_1, x_1)
    True --> block39(x_1)
block2(name_2: Ptr(rpy_str), x_2: Float):
    v_4: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_2, 'log')  # line 13
    v_5: Bool = same_as(v_4)  # line 13
    switch v_5
    False --> block3(name_2, x_2)
    True --> block37(x_2)
block3(name_3: Ptr(rpy_str), x_3: Float):
    v_6: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_3, 'log10')  # line 15
    v_7: Bool = same_as(v_6)  # line 15
    switch v_7
    False --> block4(name_3, x_3)
    True --> block35(x_3)
block4(name_4: Ptr(rpy_str), x_4: Float):
    v_8: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_4, 'sin')  # line 17
    v_9: Bool = same_as(v_8)  # line 17
    switch v_9
    False --> block5(name_4, x_4)
    True --> block33(x_4)
block5(name_5: Ptr(rpy_str), x_5: Float):
    v_10: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_5, 'cos')  # line 19
    v_11: Bool = same_as(v_10)  # line 19
    switch v_11
    False --> block6(name_5, x_5)
    True --> block31(x_5)
block6(name_6: Ptr(rpy_str), x_6: Float):
    v_12: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_6, 'tan')  # line 21
    v_13: Bool = same_as(v_12)  # line 21
    switch v_13
    False --> block7(name_6, x_6)
    True --> block29(x_6)
block7(name_7: Ptr(rpy_str), x_7: Float):
    v_14: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_7, 'atan')  # line 23
    v_15: Bool = same_as(v_14)  # line 23
    switch v_15
    False --> block8(name_7, x_7)
    True --> block27(x_7)
block8(name_8: Ptr(rpy_str), x_8: Float):
    v_16: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_8, 'fabs')  # line 25
    v_17: Bool = same_as(v_16)  # line 25
    switch v_17
    False --> block9(name_8, x_8)
    True --> block25(x_8)
block9(name_9: Ptr(rpy_str), x_9: Float):
    v_18: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_9, 'floor')  # line 27
    v_19: Bool = same_as(v_18)  # line 27
    switch v_19
    False --> block10(name_9, x_9)
    True --> block23(x_9)
block10(name_10: Ptr(rpy_str), x_10: Float):
    v_20: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_10, 'ceil')  # line 29
    v_21: Bool = same_as(v_20)  # line 29
    switch v_21
    False --> block11(name_10, x_10)
    True --> block21(x_10)
block11(name_11: Ptr(rpy_str), x_11: Float):
    v_22: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_11, 'int')  # line 31
    v_23: Bool = same_as(v_22)  # line 31
    switch v_23
    False --> block12(x_11)
    True --> block19(x_11)
block12(x_12: Float):
    v_24: Bool = math_isnan(x_12)  # line 33
    no exception --> block13(v_24, x_12)
    Exception --> block17(last_exception_0, last_exc_value_0)
block13(t87_0: Bool, x_13: Float):
    v_25: Ptr(rpy_str) = direct_call(graph ll_bool2str__Bool, t87_0)  # line 33
    v_26: Ptr(rpy_str) = same_as(v_25)  # line 33
    no exception --> block14(v_26, x_13)
    Exception --> block17(last_exception_1, last_exc_value_1)
block14(t89_0: Ptr(rpy_str), x_14: Float):
    v_27: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, t89_0, '/')  # line 33
    v_28: Bool = math_isinf(x_14)  # line 33
    no exception --> block15(v_27, v_28)
    Exception --> block17(last_exception_2, last_exc_value_2)
block15(t92_0: Ptr(rpy_str), t96_0: Bool):
    v_29: Ptr(rpy_str) = direct_call(graph ll_bool2str__Bool, t96_0)  # line 33
    v_30: Ptr(rpy_str) = same_as(v_29)  # line 33
    no exception --> block16(t92_0, v_30)
    Exception --> block17(last_exception_3, last_exc_value_3)
block16(t92_1: Ptr(rpy_str), t98_0: Ptr(rpy_str)):
    v_31: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, t92_1, t98_0)  # line 33
    --> return(v_31)
block17(v_32: Ptr(object_vtable), v_33: Ptr(Exception)):
    v_34: Ptr(BaseException) = cast_pointer(v_33)  # line 34
    v_35: Ptr(object_vtable) = getfield(v_34, 'typeptr')  # line 34
    v_36: Signed = getfield(v_35, 'subclassrange_min')  # line 34
    v_37: Bool = int_between(3, v_36, 4)  # line 34
    v_38: Bool = same_as(v_37)  # line 34
    v_39: Bool = same_as(v_38)  # line 34
    switch v_39
    False --> block18(v_32, v_33)
    True --> return('ValueError')
block18(t100_0: Ptr(object_vtable), t101_0: Ptr(Exception)):
    v_40: Ptr(BaseException) = cast_pointer(t101_0)  # line 36
    v_41: Ptr(object_vtable) = getfield(v_40, 'typeptr')  # line 36
    v_42: Signed = getfield(v_41, 'subclassrange_min')  # line 36
    v_43: Bool = int_between(5, v_42, 6)  # line 36
    v_44: Bool = same_as(v_43)  # line 36
    v_45: Bool = same_as(v_44)  # line 36
    switch v_45
    False --> raise(t100_0, t101_0)
    True --> return('OverflowError')
block19(x_15: Float):
    v_46: Signed = cast_float_to_int_checked(x_15)  # line 32
    no exception --> block20(v_46)
    Exception --> block17(last_exception_4, last_exc_value_4)
block20(t81_0: Signed):
    v_47: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t81_0)  # line 32
    v_48: Ptr(rpy_str) = same_as(v_47)  # line 32
    no exception --> return(v_48)
    Exception --> block17(last_exception_5, last_exc_value_5)
block21(x_16: Float):
    v_49: Float = math_ceil(x_16)  # line 30
    v_50: Signed = cast_float_to_int_checked(v_49)  # line 30
    no exception --> block22(v_50)
    Exception --> block17(last_exception_6, last_exc_value_6)
block22(t74_0: Signed):
    v_51: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t74_0)  # line 30
    v_52: Ptr(rpy_str) = same_as(v_51)  # line 30
    no exception --> return(v_52)
    Exception --> block17(last_exception_7, last_exc_value_7)
block23(x_17: Float):
    v_53: Float = math_floor(x_17)  # line 28
    v_54: Signed = cast_float_to_int_checked(v_53)  # line 28
    no exception --> block24(v_54)
    Exception --> block17(last_exception_8, last_exc_value_8)
block24(t67_0: Signed):
    v_55: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t67_0)  # line 28
    v_56: Ptr(rpy_str) = same_as(v_55)  # line 28
    no exception --> return(v_56)
    Exception --> block17(last_exception_9, last_exc_value_9)
block25(x_18: Float):
    v_57: Float = float_abs(x_18)  # line 26
    no exception --> block26(v_57)
    Exception --> block17(last_exception_10, last_exc_value_10)
block26(t60_0: Float):
    v_58: Ptr(rpy_str) = float_repr(t60_0)  # line 26
    v_59: Ptr(rpy_str) = same_as(v_58)  # line 26
    no exception --> return(v_59)
    Exception --> block17(last_exception_11, last_exc_value_11)
block27(x_19: Float):
    v_60: Float = math_atan(x_19)  # line 24
    no exception --> block28(v_60)
    Exception --> block17(last_exception_12, last_exc_value_12)
block28(t53_0: Float):
    v_61: Ptr(rpy_str) = float_repr(t53_0)  # line 24
    v_62: Ptr(rpy_str) = same_as(v_61)  # line 24
    no exception --> return(v_62)
    Exception --> block17(last_exception_13, last_exc_value_13)
block29(x_20: Float):
    v_63: Float = math_tan(x_20)  # line 22
    no exception --> block30(v_63)
    Exception --> block17(last_exception_14, last_exc_value_14)
block30(t46_0: Float):
    v_64: Ptr(rpy_str) = float_repr(t46_0)  # line 22
    v_65: Ptr(rpy_str) = same_as(v_64)  # line 22
    no exception --> return(v_65)
    Exception --> block17(last_exception_15, last_exc_value_15)
block31(x_21: Float):
    v_66: Float = math_cos(x_21)  # line 20
    no exception --> block32(v_66)
    Exception --> block17(last_exception_16, last_exc_value_16)
block32(t39_0: Float):
    v_67: Ptr(rpy_str) = float_repr(t39_0)  # line 20
    v_68: Ptr(rpy_str) = same_as(v_67)  # line 20
    no exception --> return(v_68)
    Exception --> block17(last_exception_17, last_exc_value_17)
block33(x_22: Float):
    v_69: Float = math_sin(x_22)  # line 18
    no exception --> block34(v_69)
    Exception --> block17(last_exception_18, last_exc_value_18)
block34(t32_0: Float):
    v_70: Ptr(rpy_str) = float_repr(t32_0)  # line 18
    v_71: Ptr(rpy_str) = same_as(v_70)  # line 18
    no exception --> return(v_71)
    Exception --> block17(last_exception_19, last_exc_value_19)
block35(x_23: Float):
    v_72: Float = math_log10(x_23)  # line 16
    no exception --> block36(v_72)
    Exception --> block17(last_exception_20, last_exc_value_20)
block36(t25_0: Float):
    v_73: Ptr(rpy_str) = float_repr(t25_0)  # line 16
    v_74: Ptr(rpy_str) = same_as(v_73)  # line 16
    no exception --> return(v_74)
    Exception --> block17(last_exception_21, last_exc_value_21)
block37(x_24: Float):
    v_75: Float = math_log(x_24)  # line 14
    no exception --> block38(v_75)
    Exception --> block17(last_exception_22, last_exc_value_22)
block38(t18_0: Float):
    v_76: Ptr(rpy_str) = float_repr(t18_0)  # line 14
    v_77: Ptr(rpy_str) = same_as(v_76)  # line 14
    no exception --> return(v_77)
    Exception --> block17(last_exception_23, last_exc_value_23)
block39(x_25: Float):
    v_78: Float = math_exp(x_25)  # line 12
    no exception --> block40(v_78)
    Exception --> block17(last_exception_24, last_exc_value_24)
block40(t11_0: Float):
    v_79: Ptr(rpy_str) = float_repr(t11_0)  # line 12
    v_80: Ptr(rpy_str) = same_as(v_79)  # line 12
    no exception --> return(v_80)
    Exception --> block17(last_exception_25, last_exc_value_25)
block41(x_26: Float):
    v_81: Float = math_sqrt(x_26)  # line 10
    no exception --> block42(v_81)
    Exception --> block17(last_exception_26, last_exc_value_26)
block42(t4_0: Float):
    v_82: Ptr(rpy_str) = float_repr(t4_0)  # line 10
    v_83: Ptr(rpy_str) = same_as(v_82)  # line 10
    no exception --> return(v_83)
    Exception --> block17(last_exception_27, last_exc_value_27)

graph binary(name_0: Ptr(rpy_str), x_0: Float, y_0: Float)  # float_math_and_conversions.py:40
block0(name_0: Ptr(rpy_str), x_0: Float, y_0: Float):
    v_0: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_0, 'pow')  # line 42
    v_1: Bool = same_as(v_0)  # line 42
    switch v_1
    False --> block1(name_0, x_0, y_0)
    True --> block14(x_0, y_0)
block1(name_1: Ptr(rpy_str), x_1: Float, y_1: Float):
    v_2: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_1, 'fmod')  # line 44
    v_3: Bool = same_as(v_2)  # line 44
    switch v_3
    False --> block2(name_1, x_1, y_1)
    True --> block12(x_1, y_1)
block2(name_2: Ptr(rpy_str), x_2: Float, y_2: Float):
    v_4: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_2, 'atan2')  # line 46
    v_5: Bool = same_as(v_4)  # line 46
    switch v_5
    False --> block3(name_2, x_2, y_2)
    True --> block10(x_2, y_2)
block3(name_3: Ptr(rpy_str), x_3: Float, y_3: Float):
    v_6: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, name_3, 'hypot')  # line 48
    v_7: Bool = same_as(v_6)  # line 48
    switch v_7
    False --> block4(x_3, y_3)
    True --> block8(x_3, y_3)
block4(x_4: Float, y_4: Float):
    v_8: Float = math_copysign(x_4, y_4)  # line 50
    no exception --> block5(v_8)
    Exception --> block6(last_exception_0, last_exc_value_0)
block5(t36_0: Float):
    v_9: Ptr(rpy_str) = float_repr(t36_0)  # line 50
    v_10: Ptr(rpy_str) = same_as(v_9)  # line 50
    no exception --> return(v_10)
    Exception --> block6(last_exception_1, last_exc_value_1)
block6(v_11: Ptr(object_vtable), v_12: Ptr(Exception)):
    v_13: Ptr(BaseException) = cast_pointer(v_12)  # line 51
    v_14: Ptr(object_vtable) = getfield(v_13, 'typeptr')  # line 51
    v_15: Signed = getfield(v_14, 'subclassrange_min')  # line 51
    v_16: Bool = int_between(3, v_15, 4)  # line 51
    v_17: Bool = same_as(v_16)  # line 51
    v_18: Bool = same_as(v_17)  # line 51
    switch v_18
    False --> block7(v_11, v_12)
    True --> return('ValueError')
block7(t39_0: Ptr(object_vtable), t40_0: Ptr(Exception)):
    v_19: Ptr(BaseException) = cast_pointer(t40_0)  # line 53
    v_20: Ptr(object_vtable) = getfield(v_19, 'typeptr')  # line 53
    v_21: Signed = getfield(v_20, 'subclassrange_min')  # line 53
    v_22: Bool = int_between(5, v_21, 6)  # line 53
    v_23: Bool = same_as(v_22)  # line 53
    v_24: Bool = same_as(v_23)  # line 53
    switch v_24
    False --> raise(t39_0, t40_0)
    True --> return('OverflowError')
block8(x_5: Float, y_5: Float):
    v_25: Float = math_hypot(x_5, y_5)  # line 49
    no exception --> block9(v_25)
    Exception --> block6(last_exception_2, last_exc_value_2)
block9(t29_0: Float):
    v_26: Ptr(rpy_str) = float_repr(t29_0)  # line 49
    v_27: Ptr(rpy_str) = same_as(v_26)  # line 49
    no exception --> return(v_27)
    Exception --> block6(last_exception_3, last_exc_value_3)
block10(x_6: Float, y_6: Float):
    v_28: Float = math_atan2(x_6, y_6)  # line 47
    no exception --> block11(v_28)
    Exception --> block6(last_exception_4, last_exc_value_4)
block11(t21_0: Float):
    v_29: Ptr(rpy_str) = float_repr(t21_0)  # line 47
    v_30: Ptr(rpy_str) = same_as(v_29)  # line 47
    no exception --> return(v_30)
    Exception --> block6(last_exception_5, last_exc_value_5)
block12(x_7: Float, y_7: Float):
    v_31: Float = math_fmod(x_7, y_7)  # line 45
    no exception --> block13(v_31)
    Exception --> block6(last_exception_6, last_exc_value_6)
block13(t13_0: Float):
    v_32: Ptr(rpy_str) = float_repr(t13_0)  # line 45
    v_33: Ptr(rpy_str) = same_as(v_32)  # line 45
    no exception --> return(v_33)
    Exception --> block6(last_exception_7, last_exc_value_7)
block14(x_8: Float, y_8: Float):
    v_34: Float = math_pow(x_8, y_8)  # line 43
    no exception --> block15(v_34)
    Exception --> block6(last_exception_8, last_exc_value_8)
block15(t5_0: Float):
    v_35: Ptr(rpy_str) = float_repr(t5_0)  # line 43
    v_36: Ptr(rpy_str) = same_as(v_35)  # line 43
    no exception --> return(v_36)
    Exception --> block6(last_exception_9, last_exc_value_9)

graph parse(text_0: Ptr(rpy_str))  # float_math_and_conversions.py:57
block0(text_0: Ptr(rpy_str)):
    v_0: Float = float_from_str(text_0)  # line 59
    no exception --> block1(v_0)
    Exception --> block2(last_exception_0, last_exc_value_0)
block1(t3_0: Float):
    v_1: Ptr(rpy_str) = float_repr(t3_0)  # line 59
    v_2: Ptr(rpy_str) = same_as(v_1)  # line 59
    no exception --> return(v_2)
    Exception --> block2(last_exception_1, last_exc_value_1)
block2(v_3: Ptr(object_vtable), v_4: Ptr(Exception)):
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 60
    v_6: Ptr(object_vtable) = getfield(v_5, 'typeptr')  # line 60
    v_7: Signed = getfield(v_6, 'subclassrange_min')  # line 60
    v_8: Bool = int_between(3, v_7, 4)  # line 60
    v_9: Bool = same_as(v_8)  # line 60
    v_10: Bool = same_as(v_9)  # line 60
    switch v_10
    False --> raise(v_3, v_4)
    True --> return('ValueError')

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

graph ll_newlist__array_rpy_str_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', length_1)  # line 39
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
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [10, 11))  # line 389
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

graph ll_bool2str__Bool(b_0: Bool)  # rstr.py:63
block0(b_0: Bool):
    v_0: Bool = same_as(b_0)  # line 64
    switch v_0
    False --> return('False')
    True --> return('True')

graph ll_max__Float_Float(a_0: Float, b_0: Float)  # rint.py:95
block0(a_0: Float, b_0: Float):
    v_0: Bool = float_gt(b_0, a_0)  # line 96
    v_1: Bool = same_as(v_0)  # line 96
    switch v_1
    False --> return(a_0)
    True --> return(b_0)

graph ll_min__Float_Float(a_0: Float, b_0: Float)  # rint.py:89
block0(a_0: Float, b_0: Float):
    v_0: Bool = float_lt(b_0, a_0)  # line 90
    v_1: Bool = same_as(v_0)  # line 90
    switch v_1
    False --> return(a_0)
    True --> return(b_0)

graph ll_min__Signed_Signed(a_0: Signed, b_0: Signed)  # rint.py:89
block0(a_0: Signed, b_0: Signed):
    v_0: Bool = int_lt(b_0, a_0)  # line 90
    v_1: Bool = same_as(v_0)  # line 90
    switch v_1
    False --> return(a_0)
    True --> return(b_0)

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
