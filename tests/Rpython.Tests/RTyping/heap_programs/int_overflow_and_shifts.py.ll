graph main(n_0: Signed)  # int_overflow_and_shifts.py:49
block0(n_0: Signed):
    v_0: Signed = int_mul(n_0, 715827883)  # line 50
    v_1: Bool = int_eq(n_0, 100)  # line 51
    v_2: Bool = same_as(v_1)  # line 51
    switch v_2
    False --> block1(n_0, v_0)
    True --> block3(n_0, 9223372036854775807)
block1(n_1: Signed, a_0: Signed):
    v_3: Bool = int_eq(n_1, 12345)  # line 53
    v_4: Bool = same_as(v_3)  # line 53
    switch v_4
    False --> block2(n_1, a_0)
    True --> block3(n_1, -9223372036854775808)
block2(n_2: Signed, a_1: Signed):
    v_5: Bool = int_eq(n_2, 12)  # line 55
    v_6: Bool = same_as(v_5)  # line 55
    switch v_6
    False --> block3(n_2, a_1)
    True --> block3(n_2, 3037000499)
block3(n_3: Signed, a_2: Signed):
    v_7: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 57
    v_8: Signed = int_neg(n_3)  # line 58
    v_9: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 10)  # line 58
    v_10: Void = setarrayitem(v_9, 0, n_3)  # line 58
    v_11: Void = setarrayitem(v_9, 1, -1)  # line 58
    v_12: Void = setarrayitem(v_9, 2, 1)  # line 58
    v_13: Void = setarrayitem(v_9, 3, 2)  # line 58
    v_14: Void = setarrayitem(v_9, 4, 0)  # line 58
    v_15: Void = setarrayitem(v_9, 5, 9223372036854775807)  # line 58
    v_16: Void = setarrayitem(v_9, 6, -9223372036854775808)  # line 58
    v_17: Void = setarrayitem(v_9, 7, 62)  # line 58
    v_18: Void = setarrayitem(v_9, 8, 64)  # line 58
    v_19: Void = setarrayitem(v_9, 9, v_8)  # line 58
    v_20: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_Signed_array_Signed, Ptr(GcStruct listiter { list: Ptr(GcArray(Signed)), index: Signed }), v_9)  # line 58
    --> block4(n_3, a_2, v_7, v_20)
block4(n_4: Signed, a_3: Signed, parts_0: Ptr(list), iter15_0: Ptr(listiter)):
    v_21: Signed = direct_call(graph ll_listnext__listiter_array_Signed, iter15_0)  # line 58
    no exception --> block5(v_21, iter15_0, n_4, a_3, parts_0)
    StopIteration --> block14(n_4, a_3, parts_0, iter15_0)
block5(item_0: Signed, iter15_1: Ptr(listiter), n_5: Signed, a_4: Signed, parts_1: Ptr(list)):
    v_22: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 59
    v_23: Ptr(GcArray(Signed)) = same_as(None)  # line 60
    v_24: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, 9)  # line 60
    --> block6(n_5, a_4, parts_1, item_0, v_22, iter15_1, v_24)
block6(n_6: Signed, a_5: Signed, parts_2: Ptr(list), b_0: Signed, row_0: Ptr(list), iter15_2: Ptr(listiter), iter18_0: Ptr(rangeiter)):
    v_25: Signed = direct_call(graph ll_rangenext__rangeiter, iter18_0)  # line 60
    no exception --> block7(v_25, iter15_2, iter18_0, n_6, a_5, parts_2, b_0, row_0)
    StopIteration --> block13(n_6, a_5, parts_2, row_0, iter15_2)
block7(item_1: Signed, iter15_3: Ptr(listiter), iter18_1: Ptr(rangeiter), n_7: Signed, a_6: Signed, parts_3: Ptr(list), b_1: Signed, row_1: Ptr(list)):
    v_26: Bool = int_eq(item_1, 5)  # line 62
    v_27: Bool = same_as(v_26)  # line 62
    switch v_27
    False --> block8(n_7, a_6, parts_3, b_1, row_1, item_1, iter15_3, iter18_1)
    True --> block12(n_7, a_6, parts_3, b_1, row_1, item_1, iter15_3, iter18_1)
block8(n_8: Signed, a_7: Signed, parts_4: Ptr(list), b_2: Signed, row_2: Ptr(list), op_0: Signed, iter15_4: Ptr(listiter), iter18_2: Ptr(rangeiter)):
    v_28: Bool = int_eq(op_0, 8)  # line 62
    v_29: Bool = same_as(v_28)  # line 62
    switch v_29
    False --> block9(n_8, a_7, parts_4, b_2, row_2, op_0, iter15_4, iter18_2)
    True --> block10(n_8, a_7, parts_4, b_2, row_2, op_0, iter15_4, iter18_2)
block9(n_9: Signed, a_8: Signed, parts_5: Ptr(list), b_3: Signed, row_3: Ptr(list), op_1: Signed, iter15_5: Ptr(listiter), iter18_3: Ptr(rangeiter)):
    v_30: Ptr(list) = same_as(row_3)  # line 64
    v_31: Ptr(rpy_str) = direct_call(graph checked, op_1, a_8, b_3)  # line 64
    v_32: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_30, v_31)  # line 64
    --> block6(n_9, a_8, parts_5, b_3, row_3, iter15_5, iter18_3)
block10(n_10: Signed, a_9: Signed, parts_6: Ptr(list), b_4: Signed, row_4: Ptr(list), op_2: Signed, iter15_6: Ptr(listiter), iter18_4: Ptr(rangeiter)):
    v_33: Bool = int_lt(b_4, 0)  # line 62
    v_34: Bool = same_as(v_33)  # line 62
    switch v_34
    False --> block11(n_10, a_9, parts_6, b_4, row_4, op_2, iter15_6, iter18_4)
    True --> block6(n_10, a_9, parts_6, b_4, row_4, iter15_6, iter18_4)
block11(n_11: Signed, a_10: Signed, parts_7: Ptr(list), b_5: Signed, row_5: Ptr(list), op_3: Signed, iter15_7: Ptr(listiter), iter18_5: Ptr(rangeiter)):
    v_35: Bool = int_gt(b_5, 64)  # line 62
    v_36: Bool = same_as(v_35)  # line 62
    switch v_36
    False --> block9(n_11, a_10, parts_7, b_5, row_5, op_3, iter15_7, iter18_5)
    True --> block6(n_11, a_10, parts_7, b_5, row_5, iter15_7, iter18_5)
block12(n_12: Signed, a_11: Signed, parts_8: Ptr(list), b_6: Signed, row_6: Ptr(list), op_4: Signed, iter15_8: Ptr(listiter), iter18_6: Ptr(rangeiter)):
    v_37: Bool = int_gt(b_6, 1000)  # line 62
    v_38: Bool = same_as(v_37)  # line 62
    switch v_38
    False --> block8(n_12, a_11, parts_8, b_6, row_6, op_4, iter15_8, iter18_6)
    True --> block6(n_12, a_11, parts_8, b_6, row_6, iter15_8, iter18_6)
block13(n_13: Signed, a_12: Signed, parts_9: Ptr(list), row_7: Ptr(list), iter15_9: Ptr(listiter)):
    v_39: Ptr(list) = same_as(parts_9)  # line 65
    v_40: UniChar = same_as(32)  # line 65
    v_41: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_40)  # line 65
    v_42: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_41, row_7)  # line 65
    v_43: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_39, v_42)  # line 65
    --> block4(n_13, a_12, parts_9, iter15_9)
block14(n_14: Signed, a_13: Signed, parts_10: Ptr(list), iter15_10: Ptr(listiter)):
    v_44: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 9)  # line 66
    v_45: Void = setarrayitem(v_44, 0, 0)  # line 66
    v_46: Void = setarrayitem(v_44, 1, 1)  # line 66
    v_47: Void = setarrayitem(v_44, 2, 31)  # line 66
    v_48: Void = setarrayitem(v_44, 3, 63)  # line 66
    v_49: Void = setarrayitem(v_44, 4, 64)  # line 66
    v_50: Void = setarrayitem(v_44, 5, 65)  # line 66
    v_51: Void = setarrayitem(v_44, 6, 1000)  # line 66
    v_52: Void = setarrayitem(v_44, 7, -1)  # line 66
    v_53: Void = setarrayitem(v_44, 8, n_14)  # line 66
    v_54: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_Signed_array_Signed, Ptr(GcStruct listiter { list: Ptr(GcArray(Signed)), index: Signed }), v_44)  # line 66
    --> block15(n_14, a_13, parts_10, iter15_10, v_54)
block15(n_15: Signed, a_14: Signed, parts_11: Ptr(list), iter15_11: Ptr(listiter), iter43_0: Ptr(listiter)):
    v_55: Signed = direct_call(graph ll_listnext__listiter_array_Signed, iter43_0)  # line 66
    no exception --> block16(v_55, iter15_11, iter43_0, n_15, a_14, parts_11)
    StopIteration --> block17(n_15, a_14, parts_11)
block16(item_2: Signed, iter15_12: Ptr(listiter), iter43_1: Ptr(listiter), n_16: Signed, a_15: Signed, parts_12: Ptr(list)):
    v_56: Ptr(list) = same_as(parts_12)  # line 67
    v_57: Ptr(rpy_str) = direct_call(graph shifted, a_15, item_2)  # line 67
    v_58: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_57, ' ')  # line 67
    v_59: Ptr(rpy_str) = direct_call(graph shifted, n_16, item_2)  # line 67
    v_60: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_58, v_59)  # line 67
    v_61: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_56, v_60)  # line 67
    --> block15(n_16, a_15, parts_12, iter15_12, iter43_1)
block17(n_17: Signed, a_16: Signed, parts_13: Ptr(list)):
    v_62: Ptr(list) = same_as(parts_13)  # line 68
    v_63: UniChar = same_as(32)  # line 68
    v_64: Ptr(rpy_str) = direct_call(graph power, n_17, 0)  # line 68
    v_65: Ptr(rpy_str) = direct_call(graph power, n_17, 3)  # line 68
    v_66: Ptr(rpy_str) = direct_call(graph power, 2, 62)  # line 68
    v_67: Ptr(rpy_str) = direct_call(graph power, -2, 63)  # line 68
    v_68: Signed = int_abs(n_17)  # line 68
    v_69: Ptr(rpy_str) = direct_call(graph power, -1, v_68)  # line 68
    v_70: Ptr(rpy_str) = direct_call(graph power, 7, 22)  # line 68
    v_71: Ptr(rpy_str) = direct_call(graph power, n_17, 2)  # line 68
    v_72: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 7)  # line 68
    v_73: Void = setarrayitem(v_72, 0, v_64)  # line 68
    v_74: Void = setarrayitem(v_72, 1, v_65)  # line 68
    v_75: Void = setarrayitem(v_72, 2, v_66)  # line 68
    v_76: Void = setarrayitem(v_72, 3, v_67)  # line 68
    v_77: Void = setarrayitem(v_72, 4, v_69)  # line 68
    v_78: Void = setarrayitem(v_72, 5, v_70)  # line 68
    v_79: Void = setarrayitem(v_72, 6, v_71)  # line 68
    v_80: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_63)  # line 68
    v_81: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_array_rpy_str, v_80, v_72)  # line 68
    v_82: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_62, v_81)  # line 68
    v_83: Unsigned = cast_int_to_uint(a_16)  # line 69
    v_84: Unsigned = same_as(v_83)  # line 69
    v_85: Unsigned = cast_int_to_uint(n_17)  # line 70
    v_86: Unsigned = same_as(v_85)  # line 70
    v_87: Unsigned = same_as(5)  # line 70
    v_88: Unsigned = uint_sub(v_86, v_87)  # line 70
    v_89: Ptr(list) = same_as(parts_13)  # line 71
    v_90: Unsigned = uint_add(v_84, v_88)  # line 71
    v_91: Unsigned = uint_sub(v_84, v_88)  # line 71
    v_92: Unsigned = uint_mul(v_84, v_88)  # line 71
    v_93: Unsigned = same_as(1)  # line 71
    v_94: Unsigned = uint_or(v_88, v_93)  # line 71
    v_95: Unsigned = uint_floordiv_zer(v_84, v_94)  # line 71
    v_96: Unsigned = same_as(1)  # line 71
    v_97: Unsigned = uint_or(v_88, v_96)  # line 71
    v_98: Unsigned = uint_mod_zer(v_84, v_97)  # line 71
    v_99: Unsigned = uint_rshift(v_84, 3)  # line 71
    v_100: Unsigned = uint_lshift(v_88, 7)  # line 71
    v_101: Bool = uint_lt(v_84, v_88)  # line 71
    v_102: Ptr(rpy_str) = direct_call(graph ll_bool2str__Bool, v_101)  # line 71
    v_103: Ptr(rpy_str) = same_as(v_102)  # line 71
    v_104: Bool = uint_ge(v_84, v_88)  # line 71
    v_105: Ptr(rpy_str) = direct_call(graph ll_bool2str__Bool, v_104)  # line 71
    v_106: Ptr(rpy_str) = same_as(v_105)  # line 71
    v_107: Ptr(tuple9) = malloc(GcStruct tuple9 immutable { item0: Unsigned, item1: Unsigned, item2: Unsigned, item3: Unsigned, item4: Unsigned, item5: Unsigned, item6: Unsigned, item7: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item8: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 71
    v_108: Void = setfield(v_107, 'item0', v_90)  # line 71
    v_109: Void = setfield(v_107, 'item1', v_91)  # line 71
    v_110: Void = setfield(v_107, 'item2', v_92)  # line 71
    v_111: Void = setfield(v_107, 'item3', v_95)  # line 71
    v_112: Void = setfield(v_107, 'item4', v_98)  # line 71
    v_113: Void = setfield(v_107, 'item5', v_99)  # line 71
    v_114: Void = setfield(v_107, 'item6', v_100)  # line 71
    v_115: Void = setfield(v_107, 'item7', v_103)  # line 71
    v_116: Void = setfield(v_107, 'item8', v_106)  # line 71
    v_117: Unsigned = getfield(v_107, 'item0')  # line 71
    v_118: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_117, 100, 0, 0, -1)  # line 71
    v_119: Unsigned = getfield(v_107, 'item1')  # line 71
    v_120: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_119, 100, 0, 0, -1)  # line 71
    v_121: Unsigned = getfield(v_107, 'item2')  # line 71
    v_122: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_121, 100, 0, 0, -1)  # line 71
    v_123: Unsigned = getfield(v_107, 'item3')  # line 71
    v_124: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_123, 100, 0, 0, -1)  # line 71
    v_125: Unsigned = getfield(v_107, 'item4')  # line 71
    v_126: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_125, 100, 0, 0, -1)  # line 71
    v_127: Unsigned = getfield(v_107, 'item5')  # line 71
    v_128: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_127, 100, 0, 0, -1)  # line 71
    v_129: Unsigned = getfield(v_107, 'item6')  # line 71
    v_130: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_129, 100, 0, 0, -1)  # line 71
    v_131: Ptr(rpy_str) = getfield(v_107, 'item7')  # line 71
    v_132: Ptr(rpy_str) = getfield(v_107, 'item8')  # line 71
    v_133: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 17)  # line 71
    v_134: Void = setarrayitem(v_133, 0, v_118)  # line 71
    v_135: Void = setarrayitem(v_133, 1, ' ')  # line 71
    v_136: Void = setarrayitem(v_133, 2, v_120)  # line 71
    v_137: Void = setarrayitem(v_133, 3, ' ')  # line 71
    v_138: Void = setarrayitem(v_133, 4, v_122)  # line 71
    v_139: Void = setarrayitem(v_133, 5, ' ')  # line 71
    v_140: Void = setarrayitem(v_133, 6, v_124)  # line 71
    v_141: Void = setarrayitem(v_133, 7, ' ')  # line 71
    v_142: Void = setarrayitem(v_133, 8, v_126)  # line 71
    v_143: Void = setarrayitem(v_133, 9, ' ')  # line 71
    v_144: Void = setarrayitem(v_133, 10, v_128)  # line 71
    v_145: Void = setarrayitem(v_133, 11, ' ')  # line 71
    v_146: Void = setarrayitem(v_133, 12, v_130)  # line 71
    v_147: Void = setarrayitem(v_133, 13, ' ')  # line 71
    v_148: Void = setarrayitem(v_133, 14, v_131)  # line 71
    v_149: Void = setarrayitem(v_133, 15, ' ')  # line 71
    v_150: Void = setarrayitem(v_133, 16, v_132)  # line 71
    v_151: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 17, v_133)  # line 71
    v_152: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_89, v_151)  # line 71
    v_153: Ptr(list) = same_as(parts_13)  # line 72
    v_154: Unsigned = uint_mul(v_84, v_88)  # line 72
    v_155: Signed = cast_uint_to_int(v_154)  # line 72
    v_156: Signed = same_as(v_155)  # line 72
    v_157: Signed = cast_uint_to_int(v_88)  # line 72
    v_158: Signed = same_as(v_157)  # line 72
    v_159: Unsigned = same_as(9223372036854775807)  # line 72
    v_160: Unsigned = uint_add(v_84, v_159)  # line 72
    v_161: Signed = cast_uint_to_int(v_160)  # line 72
    v_162: Signed = same_as(v_161)  # line 72
    v_163: Signed = int_abs(n_17)  # line 72
    v_164: Unsigned = uint_sub(0, v_88)  # line 72
    v_165: Unsigned = uint_invert(v_88)  # line 72
    v_166: Ptr(tuple6) = malloc(GcStruct tuple6 immutable { item0: Signed, item1: Signed, item2: Signed, item3: Signed, item4: Unsigned, item5: Unsigned }, 'gc')  # line 72
    v_167: Void = setfield(v_166, 'item0', v_156)  # line 72
    v_168: Void = setfield(v_166, 'item1', v_158)  # line 72
    v_169: Void = setfield(v_166, 'item2', v_162)  # line 72
    v_170: Void = setfield(v_166, 'item3', v_163)  # line 72
    v_171: Void = setfield(v_166, 'item4', v_164)  # line 72
    v_172: Void = setfield(v_166, 'item5', v_165)  # line 72
    v_173: Signed = getfield(v_166, 'item0')  # line 72
    v_174: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_173)  # line 72
    v_175: Signed = getfield(v_166, 'item1')  # line 72
    v_176: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_175)  # line 72
    v_177: Signed = getfield(v_166, 'item2')  # line 72
    v_178: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_177)  # line 72
    v_179: Signed = getfield(v_166, 'item3')  # line 72
    v_180: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_179)  # line 72
    v_181: Unsigned = getfield(v_166, 'item4')  # line 72
    v_182: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_181, 100, 0, 0, -1)  # line 72
    v_183: Unsigned = getfield(v_166, 'item5')  # line 72
    v_184: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_183, 100, 0, 0, -1)  # line 72
    v_185: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 11)  # line 72
    v_186: Void = setarrayitem(v_185, 0, v_174)  # line 72
    v_187: Void = setarrayitem(v_185, 1, ' ')  # line 72
    v_188: Void = setarrayitem(v_185, 2, v_176)  # line 72
    v_189: Void = setarrayitem(v_185, 3, ' ')  # line 72
    v_190: Void = setarrayitem(v_185, 4, v_178)  # line 72
    v_191: Void = setarrayitem(v_185, 5, ' ')  # line 72
    v_192: Void = setarrayitem(v_185, 6, v_180)  # line 72
    v_193: Void = setarrayitem(v_185, 7, ' ')  # line 72
    v_194: Void = setarrayitem(v_185, 8, v_182)  # line 72
    v_195: Void = setarrayitem(v_185, 9, ' ')  # line 72
    v_196: Void = setarrayitem(v_185, 10, v_184)  # line 72
    v_197: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 11, v_185)  # line 72
    v_198: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_153, v_197)  # line 72
    v_199: Ptr(list) = same_as(parts_13)  # line 73
    v_200: Signed = direct_call(graph ll_min__Signed_Signed, a_16, n_17)  # line 73
    v_201: Signed = direct_call(graph ll_max__Signed_Signed, a_16, n_17)  # line 73
    v_202: Signed = direct_call(graph ll_max__Signed_Signed, v_201, 3)  # line 73
    v_203: Signed = direct_call(graph ll_min__Signed_Signed, n_17, 5)  # line 73
    v_204: Signed = direct_call(graph ll_min__Signed_Signed, v_203, -2)  # line 73
    v_205: Signed = int_abs(n_17)  # line 73
    v_206: Signed = direct_call(graph ll_max__Signed_Signed, v_205, 7)  # line 73
    v_207: Ptr(tuple4) = malloc(GcStruct tuple4 immutable { item0: Signed, item1: Signed, item2: Signed, item3: Signed }, 'gc')  # line 73
    v_208: Void = setfield(v_207, 'item0', v_200)  # line 73
    v_209: Void = setfield(v_207, 'item1', v_202)  # line 73
    v_210: Void = setfield(v_207, 'item2', v_204)  # line 73
    v_211: Void = setfield(v_207, 'item3', v_206)  # line 73
    v_212: Signed = getfield(v_207, 'item0')  # line 73
    v_213: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_212)  # line 73
    v_214: Signed = getfield(v_207, 'item1')  # line 73
    v_215: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_214)  # line 73
    v_216: Signed = getfield(v_207, 'item2')  # line 73
    v_217: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_216)  # line 73
    v_218: Signed = getfield(v_207, 'item3')  # line 73
    v_219: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_218)  # line 73
    v_220: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 7)  # line 73
    v_221: Void = setarrayitem(v_220, 0, v_213)  # line 73
    v_222: Void = setarrayitem(v_220, 1, ' ')  # line 73
    v_223: Void = setarrayitem(v_220, 2, v_215)  # line 73
    v_224: Void = setarrayitem(v_220, 3, ' ')  # line 73
    v_225: Void = setarrayitem(v_220, 4, v_217)  # line 73
    v_226: Void = setarrayitem(v_220, 5, ' ')  # line 73
    v_227: Void = setarrayitem(v_220, 6, v_219)  # line 73
    v_228: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 7, v_220)  # line 73
    v_229: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_199, v_228)  # line 73
    v_230: UniChar = same_as(10)  # line 74
    v_231: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_230)  # line 74
    v_232: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_231, parts_13)  # line 74
    --> return(v_232)

graph shifted(a_0: Signed, b_0: Signed)  # int_overflow_and_shifts.py:38
block0(a_0: Signed, b_0: Signed):
    v_0: Signed = direct_call(graph ll_int_rshift__Signed_Signed, a_0, b_0)  # line 40
    no exception --> block1(v_0, a_0, b_0)
    Exception --> block4(last_exception_0, last_exc_value_0)
block1(t3_0: Signed, a_1: Signed, b_1: Signed):
    v_1: Signed = direct_call(graph ll_int_lshift__Signed_Signed, a_1, b_1)  # line 40
    no exception --> block2(t3_0, v_1)
    Exception --> block4(last_exception_1, last_exc_value_1)
block2(t4_0: Signed, t8_0: Signed):
    v_2: Signed = same_as(t8_0)  # line 40
    no exception --> block3(v_2, t4_0)
    Exception --> block4(last_exception_2, last_exc_value_2)
block3(t10_0: Signed, t4_1: Signed):
    v_3: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: Signed }, 'gc')  # line 40
    v_4: Void = setfield(v_3, 'item0', t4_1)  # line 40
    v_5: Void = setfield(v_3, 'item1', t10_0)  # line 40
    v_6: Signed = getfield(v_3, 'item0')  # line 40
    v_7: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_6)  # line 40
    v_8: Signed = getfield(v_3, 'item1')  # line 40
    v_9: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_8)  # line 40
    v_10: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 3)  # line 40
    v_11: Void = setarrayitem(v_10, 0, v_7)  # line 40
    v_12: Void = setarrayitem(v_10, 1, ' ')  # line 40
    v_13: Void = setarrayitem(v_10, 2, v_9)  # line 40
    v_14: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 3, v_10)  # line 40
    no exception --> return(v_14)
    Exception --> block4(last_exception_3, last_exc_value_3)
block4(v_15: Ptr(object_vtable), v_16: Ptr(Exception)):
    v_17: Ptr(BaseException) = cast_pointer(v_16)  # line 41
    v_18: Ptr(object_vtable) = getfield(v_17, 'typeptr')  # line 41
    v_19: Signed = getfield(v_18, 'subclassrange_min')  # line 41
    v_20: Bool = int_between(3, v_19, 4)  # line 41
    v_21: Bool = same_as(v_20)  # line 41
    v_22: Bool = same_as(v_21)  # line 41
    switch v_22
    False --> raise(v_15, v_16)
    True --> return('ValueError')

graph power(a_0: Signed, b_0: Signed)  # int_overflow_and_shifts.py:45
block0(a_0: Signed, b_0: Signed):
    v_0: Signed = direct_call(graph ll_int_pow__Signed_Signed, a_0, b_0)  # line 46
    v_1: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_0)  # line 46
    v_2: Ptr(rpy_str) = same_as(v_1)  # line 46
    --> return(v_2)

graph checked(op_0: Signed, a_0: Signed, b_0: Signed)  # int_overflow_and_shifts.py:11
block0(op_0: Signed, a_0: Signed, b_0: Signed):
    v_0: Bool = int_eq(op_0, 0)  # line 13
    v_1: Bool = same_as(v_0)  # line 13
    switch v_1
    False --> block1(op_0, a_0, b_0)
    True --> block32(a_0, b_0)
block1(op_1: Signed, a_1: Signed, b_1: Signed):
    v_2: Bool = int_eq(op_1, 1)  # line 15
    v_3: Bool = same_as(v_2)  # line 15
    switch v_3
    False --> block2(op_1, a_1, b_1)
    True --> block30(a_1, b_1)
block2(op_2: Signed, a_2: Signed, b_2: Signed):
    v_4: Bool = int_eq(op_2, 2)  # line 17
    v_5: Bool = same_as(v_4)  # line 17
    switch v_5
    False --> block3(op_2, a_2, b_2)
    True --> block28(a_2, b_2)
block3(op_3: Signed, a_3: Signed, b_3: Signed):
    v_6: Bool = int_eq(op_3, 3)  # line 19
    v_7: Bool = same_as(v_6)  # line 19
    switch v_7
    False --> block4(op_3, a_3, b_3)
    True --> block25(a_3, b_3)
block4(op_4: Signed, a_4: Signed, b_4: Signed):
    v_8: Bool = int_eq(op_4, 4)  # line 21
    v_9: Bool = same_as(v_8)  # line 21
    switch v_9
    False --> block5(op_4, a_4, b_4)
    True --> block22(a_4, b_4)
block5(op_5: Signed, a_5: Signed, b_5: Signed):
    v_10: Bool = int_eq(op_5, 5)  # line 23
    v_11: Bool = same_as(v_10)  # line 23
    switch v_11
    False --> block6(op_5, a_5, b_5)
    True --> block19(a_5, b_5)
block6(op_6: Signed, a_6: Signed, b_6: Signed):
    v_12: Bool = int_eq(op_6, 6)  # line 25
    v_13: Bool = same_as(v_12)  # line 25
    switch v_13
    False --> block7(op_6, a_6, b_6)
    True --> block17(a_6)
block7(op_7: Signed, a_7: Signed, b_7: Signed):
    v_14: Bool = int_eq(op_7, 7)  # line 27
    v_15: Bool = same_as(v_14)  # line 27
    switch v_15
    False --> block8(a_7, b_7)
    True --> block14(a_7)
block8(a_8: Signed, b_8: Signed):
    v_16: Signed = direct_call(graph ll_int_pow_ovf__Signed_Signed, a_8, b_8)  # line 29
    no exception --> block9(v_16)
    Exception --> block11(last_exception_0, last_exc_value_0)
block9(t78_0: Signed):
    v_17: Signed = same_as(t78_0)  # line 29
    no exception --> block10(v_17)
    Exception --> block11(last_exception_1, last_exc_value_1)
block10(t80_0: Signed):
    v_18: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t80_0)  # line 29
    v_19: Ptr(rpy_str) = same_as(v_18)  # line 29
    no exception --> return(v_19)
    Exception --> block11(last_exception_2, last_exc_value_2)
block11(v_20: Ptr(object_vtable), v_21: Ptr(Exception)):
    v_22: Ptr(BaseException) = cast_pointer(v_21)  # line 30
    v_23: Ptr(object_vtable) = getfield(v_22, 'typeptr')  # line 30
    v_24: Signed = getfield(v_23, 'subclassrange_min')  # line 30
    v_25: Bool = int_between(5, v_24, 6)  # line 30
    v_26: Bool = same_as(v_25)  # line 30
    v_27: Bool = same_as(v_26)  # line 30
    switch v_27
    False --> block12(v_20, v_21)
    True --> return('OverflowError')
block12(t83_0: Ptr(object_vtable), t84_0: Ptr(Exception)):
    v_28: Ptr(BaseException) = cast_pointer(t84_0)  # line 32
    v_29: Ptr(object_vtable) = getfield(v_28, 'typeptr')  # line 32
    v_30: Signed = getfield(v_29, 'subclassrange_min')  # line 32
    v_31: Bool = int_between(6, v_30, 7)  # line 32
    v_32: Bool = same_as(v_31)  # line 32
    v_33: Bool = same_as(v_32)  # line 32
    switch v_33
    False --> block13(t83_0, t84_0)
    True --> return('ZeroDivisionError')
block13(t83_1: Ptr(object_vtable), t84_1: Ptr(Exception)):
    v_34: Ptr(BaseException) = cast_pointer(t84_1)  # line 34
    v_35: Ptr(object_vtable) = getfield(v_34, 'typeptr')  # line 34
    v_36: Signed = getfield(v_35, 'subclassrange_min')  # line 34
    v_37: Bool = int_between(3, v_36, 4)  # line 34
    v_38: Bool = same_as(v_37)  # line 34
    v_39: Bool = same_as(v_38)  # line 34
    switch v_39
    False --> raise(t83_1, t84_1)
    True --> return('ValueError')
block14(a_9: Signed):
    v_40: Signed = int_abs_ovf(a_9)  # line 28
    no exception --> block15(v_40)
    Exception --> block11(last_exception_3, last_exc_value_3)
block15(t69_0: Signed):
    v_41: Signed = same_as(t69_0)  # line 28
    no exception --> block16(v_41)
    Exception --> block11(last_exception_4, last_exc_value_4)
block16(t71_0: Signed):
    v_42: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t71_0)  # line 28
    v_43: Ptr(rpy_str) = same_as(v_42)  # line 28
    no exception --> return(v_43)
    Exception --> block11(last_exception_5, last_exc_value_5)
block17(a_10: Signed):
    v_44: Signed = int_neg_ovf(a_10)  # line 26
    v_45: Signed = same_as(v_44)  # line 26
    no exception --> block18(v_45)
    Exception --> block11(last_exception_6, last_exc_value_6)
block18(t61_0: Signed):
    v_46: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t61_0)  # line 26
    v_47: Ptr(rpy_str) = same_as(v_46)  # line 26
    no exception --> return(v_47)
    Exception --> block11(last_exception_7, last_exc_value_7)
block19(a_11: Signed, b_9: Signed):
    v_48: Signed = direct_call(graph ll_int_lshift_ovf__Signed_Signed, a_11, b_9)  # line 24
    no exception --> block20(v_48)
    Exception --> block11(last_exception_8, last_exc_value_8)
block20(t52_0: Signed):
    v_49: Signed = same_as(t52_0)  # line 24
    no exception --> block21(v_49)
    Exception --> block11(last_exception_9, last_exc_value_9)
block21(t54_0: Signed):
    v_50: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t54_0)  # line 24
    v_51: Ptr(rpy_str) = same_as(v_50)  # line 24
    no exception --> return(v_51)
    Exception --> block11(last_exception_10, last_exc_value_10)
block22(a_12: Signed, b_10: Signed):
    v_52: Signed = int_mod_zer(a_12, b_10)  # line 22
    v_53: Bool = int_ne(v_52, 0)  # line 22
    v_54: Signed = int_xor(v_52, b_10)  # line 22
    v_55: Bool = int_lt(v_54, 0)  # line 22
    v_56: Signed = cast_bool_to_int(v_53)  # line 22
    v_57: Signed = cast_bool_to_int(v_55)  # line 22
    v_58: Signed = int_and(v_56, v_57)  # line 22
    v_59: Signed = int_mul(v_58, b_10)  # line 22
    v_60: Signed = int_add(v_52, v_59)  # line 22
    no exception --> block23(v_60)
    Exception --> block11(last_exception_11, last_exc_value_11)
block23(t42_0: Signed):
    v_61: Signed = same_as(t42_0)  # line 22
    no exception --> block24(v_61)
    Exception --> block11(last_exception_12, last_exc_value_12)
block24(t44_0: Signed):
    v_62: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t44_0)  # line 22
    v_63: Ptr(rpy_str) = same_as(v_62)  # line 22
    no exception --> return(v_63)
    Exception --> block11(last_exception_13, last_exc_value_13)
block25(a_13: Signed, b_11: Signed):
    v_64: Signed = int_floordiv_ovf_zer(a_13, b_11)  # line 20
    v_65: Signed = int_mod(a_13, b_11)  # line 20
    v_66: Bool = int_ne(v_65, 0)  # line 20
    v_67: Signed = int_xor(v_65, b_11)  # line 20
    v_68: Bool = int_lt(v_67, 0)  # line 20
    v_69: Signed = cast_bool_to_int(v_66)  # line 20
    v_70: Signed = cast_bool_to_int(v_68)  # line 20
    v_71: Signed = int_and(v_69, v_70)  # line 20
    v_72: Signed = int_sub(v_64, v_71)  # line 20
    no exception --> block26(v_72)
    Exception --> block11(last_exception_14, last_exc_value_14)
block26(t32_0: Signed):
    v_73: Signed = same_as(t32_0)  # line 20
    no exception --> block27(v_73)
    Exception --> block11(last_exception_15, last_exc_value_15)
block27(t34_0: Signed):
    v_74: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t34_0)  # line 20
    v_75: Ptr(rpy_str) = same_as(v_74)  # line 20
    no exception --> return(v_75)
    Exception --> block11(last_exception_16, last_exc_value_16)
block28(a_14: Signed, b_12: Signed):
    v_76: Signed = int_mul_ovf(a_14, b_12)  # line 18
    v_77: Signed = same_as(v_76)  # line 18
    no exception --> block29(v_77)
    Exception --> block11(last_exception_17, last_exc_value_17)
block29(t24_0: Signed):
    v_78: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t24_0)  # line 18
    v_79: Ptr(rpy_str) = same_as(v_78)  # line 18
    no exception --> return(v_79)
    Exception --> block11(last_exception_18, last_exc_value_18)
block30(a_15: Signed, b_13: Signed):
    v_80: Signed = int_sub_ovf(a_15, b_13)  # line 16
    v_81: Signed = same_as(v_80)  # line 16
    no exception --> block31(v_81)
    Exception --> block11(last_exception_19, last_exc_value_19)
block31(t15_0: Signed):
    v_82: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t15_0)  # line 16
    v_83: Ptr(rpy_str) = same_as(v_82)  # line 16
    no exception --> return(v_83)
    Exception --> block11(last_exception_20, last_exc_value_20)
block32(a_16: Signed, b_14: Signed):
    v_84: Signed = int_add_ovf(a_16, b_14)  # line 14
    v_85: Signed = same_as(v_84)  # line 14
    no exception --> block33(v_85)
    Exception --> block11(last_exception_21, last_exc_value_21)
block33(t6_0: Signed):
    v_86: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t6_0)  # line 14
    v_87: Ptr(rpy_str) = same_as(v_86)  # line 14
    no exception --> return(v_87)
    Exception --> block11(last_exception_22, last_exc_value_22)

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

graph ll_newlist__array_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', length_1)  # line 39
    --> return(v_2)

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
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [10, 11))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__array_Signed(l_0: Ptr(GcArray(Signed)))  # rlist.py:31
block0(l_0: Ptr(GcArray(Signed))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Signed))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_Signed(l_0: Ptr(GcArray(Signed)))  # rlist.py:25
block0(l_0: Ptr(GcArray(Signed))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

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
    v_14: Void = setfield(v_13, 'typeptr', vtable StopIteration [10, 11))  # line 377
    v_15: Ptr(BaseException) = cast_pointer(v_12)  # line 377
    v_16: Ptr(object_vtable) = getfield(v_15, 'typeptr')  # line 377
    --> raise(v_16, v_12)

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

graph ll_newlist__array_rpy_str_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', length_1)  # line 39
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

graph ll_bool2str__Bool(b_0: Bool)  # rstr.py:63
block0(b_0: Bool):
    v_0: Bool = same_as(b_0)  # line 64
    switch v_0
    False --> return('False')
    True --> return('True')

graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed(u_0: Unsigned, conversion_0: Signed, flags_0: Signed, width_0: Signed, precision_0: Signed)  # rstr.py:1011
block0(u_0: Unsigned, conversion_0: Signed, flags_0: Signed, width_0: Signed, precision_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph _format_number__Bool_Unsigned_Signed_Signed_Signed_Signed, False, u_0, conversion_0, flags_0, width_0, precision_0)  # line 1012
    --> return(v_0)

graph _format_number__Bool_Unsigned_Signed_Signed_Signed_Signed(negative_0: Bool, u_0: Unsigned, conversion_0: Signed, flags_0: Signed, width_0: Signed, precision_0: Signed)  # rstr.py:1015
block0(negative_0: Bool, u_0: Unsigned, conversion_0: Signed, flags_0: Signed, width_0: Signed, precision_0: Signed):
    v_0: Unsigned = same_as(10)  # line 1020
    v_1: Bool = int_eq(conversion_0, 120)  # line 1021
    v_2: Bool = same_as(v_1)  # line 1021
    switch v_2
    False --> block1(negative_0, u_0, conversion_0, flags_0, width_0, precision_0, v_0)
    True --> block38(negative_0, u_0, conversion_0, flags_0, width_0, precision_0)
block1(negative_1: Bool, u_1: Unsigned, conversion_1: Signed, flags_1: Signed, width_1: Signed, precision_1: Signed, base_0: Unsigned):
    v_3: Bool = int_eq(conversion_1, 88)  # line 1021
    v_4: Bool = same_as(v_3)  # line 1021
    switch v_4
    False --> block2(negative_1, u_1, conversion_1, flags_1, width_1, precision_1, base_0)
    True --> block38(negative_1, u_1, conversion_1, flags_1, width_1, precision_1)
block2(negative_2: Bool, u_2: Unsigned, conversion_2: Signed, flags_2: Signed, width_2: Signed, precision_2: Signed, base_1: Unsigned):
    v_5: Bool = int_eq(conversion_2, 111)  # line 1023
    v_6: Bool = same_as(v_5)  # line 1023
    switch v_6
    False --> block3(negative_2, u_2, conversion_2, flags_2, width_2, precision_2, base_1)
    True --> block37(negative_2, u_2, conversion_2, flags_2, width_2, precision_2)
block3(negative_3: Bool, u_3: Unsigned, conversion_3: Signed, flags_3: Signed, width_3: Signed, precision_3: Signed, base_2: Unsigned):
    v_7: Unsigned = uint_floordiv_zer(u_3, base_2)  # line 1026
    --> block4(negative_3, u_3, conversion_3, flags_3, width_3, precision_3, base_2, 1, v_7)
block4(negative_4: Bool, u_4: Unsigned, conversion_4: Signed, flags_4: Signed, width_4: Signed, precision_4: Signed, base_3: Unsigned, digits_0: Signed, v_8: Unsigned):
    v_9: Unsigned = same_as(0)  # line 1027
    v_10: Bool = uint_ne(v_8, v_9)  # line 1027
    v_11: Bool = same_as(v_10)  # line 1027
    switch v_11
    False --> block5(negative_4, u_4, conversion_4, flags_4, width_4, precision_4, base_3, digits_0, v_8)
    True --> block36(negative_4, u_4, conversion_4, flags_4, width_4, precision_4, base_3, digits_0, v_8)
block5(negative_5: Bool, u_5: Unsigned, conversion_5: Signed, flags_5: Signed, width_5: Signed, precision_5: Signed, base_4: Unsigned, digits_1: Signed, v_12: Unsigned):
    v_13: Bool = int_gt(precision_5, digits_1)  # line 1031
    v_14: Bool = same_as(v_13)  # line 1031
    switch v_14
    False --> block6(negative_5, u_5, conversion_5, flags_5, width_5, precision_5, base_4, digits_1, v_12, 0)
    True --> block35(negative_5, u_5, conversion_5, flags_5, width_5, precision_5, base_4, digits_1, v_12)
block6(negative_6: Bool, u_6: Unsigned, conversion_6: Signed, flags_6: Signed, width_6: Signed, precision_6: Signed, base_5: Unsigned, digits_2: Signed, v_15: Unsigned, zeros_0: Signed):
    v_16: Bool = same_as(negative_6)  # line 1034
    --> block7(negative_6, u_6, conversion_6, flags_6, width_6, precision_6, base_5, digits_2, v_15, zeros_0)
block7(negative_7: Bool, u_7: Unsigned, conversion_7: Signed, flags_7: Signed, width_7: Signed, precision_7: Signed, base_6: Unsigned, digits_3: Signed, v_17: Unsigned, zeros_1: Signed):
    v_18: Signed = int_and(flags_7, 2)  # line 1036
    v_19: Bool = int_is_true(v_18)  # line 1036
    switch v_19
    False --> block8(negative_7, u_7, conversion_7, flags_7, width_7, precision_7, base_6, digits_3, v_17, zeros_1)
    True --> block9(negative_7, u_7, conversion_7, flags_7, width_7, precision_7, base_6, digits_3, v_17, zeros_1, 43)
block8(negative_8: Bool, u_8: Unsigned, conversion_8: Signed, flags_8: Signed, width_8: Signed, precision_8: Signed, base_7: Unsigned, digits_4: Signed, v_20: Unsigned, zeros_2: Signed):
    v_21: Signed = int_and(flags_8, 4)  # line 1038
    v_22: Bool = int_is_true(v_21)  # line 1038
    switch v_22
    False --> block9(negative_8, u_8, conversion_8, flags_8, width_8, precision_8, base_7, digits_4, v_20, zeros_2, 0)
    True --> block9(negative_8, u_8, conversion_8, flags_8, width_8, precision_8, base_7, digits_4, v_20, zeros_2, 32)
block9(negative_9: Bool, u_9: Unsigned, conversion_9: Signed, flags_9: Signed, width_9: Signed, precision_9: Signed, base_8: Unsigned, digits_5: Signed, v_23: Unsigned, zeros_3: Signed, sign_0: Signed):
    v_24: Signed = int_and(flags_9, 8)  # line 1041
    v_25: Bool = int_is_true(v_24)  # line 1041
    switch v_25
    False --> block10(negative_9, u_9, conversion_9, flags_9, width_9, precision_9, base_8, digits_5, v_23, zeros_3, sign_0, 0)
    True --> block34(negative_9, u_9, conversion_9, flags_9, width_9, precision_9, base_8, digits_5, v_23, zeros_3, sign_0)
block10(negative_10: Bool, u_10: Unsigned, conversion_10: Signed, flags_10: Signed, width_10: Signed, precision_10: Signed, base_9: Unsigned, digits_6: Signed, v_26: Unsigned, zeros_4: Signed, sign_1: Signed, prefix_0: Signed):
    v_27: Signed = int_add(prefix_0, zeros_4)  # line 1043
    v_28: Signed = int_add(v_27, digits_6)  # line 1043
    v_29: Bool = int_ne(sign_1, 0)  # line 1044
    v_30: Bool = same_as(v_29)  # line 1044
    switch v_30
    False --> block11(negative_10, u_10, conversion_10, flags_10, width_10, precision_10, base_9, digits_6, v_26, zeros_4, sign_1, prefix_0, v_28)
    True --> block33(negative_10, u_10, conversion_10, flags_10, width_10, precision_10, base_9, digits_6, v_26, zeros_4, sign_1, prefix_0, v_28)
block11(negative_11: Bool, u_11: Unsigned, conversion_11: Signed, flags_11: Signed, width_11: Signed, precision_11: Signed, base_10: Unsigned, digits_7: Signed, v_31: Unsigned, zeros_5: Signed, sign_2: Signed, prefix_1: Signed, length_0: Signed):
    v_32: Bool = int_gt(width_11, length_0)  # line 1047
    v_33: Bool = same_as(v_32)  # line 1047
    switch v_33
    False --> block12(negative_11, u_11, conversion_11, flags_11, width_11, precision_11, base_10, digits_7, v_31, zeros_5, sign_2, prefix_1, length_0, 0)
    True --> block32(negative_11, u_11, conversion_11, flags_11, width_11, precision_11, base_10, digits_7, v_31, zeros_5, sign_2, prefix_1, length_0)
block12(negative_12: Bool, u_12: Unsigned, conversion_12: Signed, flags_12: Signed, width_12: Signed, precision_12: Signed, base_11: Unsigned, digits_8: Signed, v_34: Unsigned, zeros_6: Signed, sign_3: Signed, prefix_2: Signed, length_1: Signed, pad_0: Signed):
    v_35: Signed = int_add(length_1, pad_0)  # line 1049
    v_36: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, v_35)  # line 1049
    v_37: Signed = int_and(flags_12, 1)  # line 1051
    v_38: Bool = int_is_true(v_37)  # line 1051
    switch v_38
    False --> block13(negative_12, u_12, conversion_12, flags_12, width_12, precision_12, base_11, digits_8, v_34, zeros_6, sign_3, prefix_2, length_1, pad_0, v_36)
    True --> block15(negative_12, u_12, conversion_12, flags_12, width_12, precision_12, base_11, digits_8, v_34, zeros_6, sign_3, prefix_2, length_1, pad_0, v_36, 0)
block13(negative_13: Bool, u_13: Unsigned, conversion_13: Signed, flags_13: Signed, width_13: Signed, precision_13: Signed, base_12: Unsigned, digits_9: Signed, v_39: Unsigned, zeros_7: Signed, sign_4: Signed, prefix_3: Signed, length_2: Signed, pad_1: Signed, res_0: Ptr(rpy_str)):
    v_40: Signed = int_and(flags_13, 16)  # line 1051
    v_41: Bool = int_is_true(v_40)  # line 1051
    switch v_41
    False --> block14(negative_13, u_13, conversion_13, flags_13, width_13, precision_13, base_12, digits_9, v_39, zeros_7, sign_4, prefix_3, length_2, pad_1, res_0)
    True --> block15(negative_13, u_13, conversion_13, flags_13, width_13, precision_13, base_12, digits_9, v_39, zeros_7, sign_4, prefix_3, length_2, pad_1, res_0, 0)
block14(negative_14: Bool, u_14: Unsigned, conversion_14: Signed, flags_14: Signed, width_14: Signed, precision_14: Signed, base_13: Unsigned, digits_10: Signed, v_42: Unsigned, zeros_8: Signed, sign_5: Signed, prefix_4: Signed, length_3: Signed, pad_2: Signed, res_1: Ptr(rpy_str)):
    v_43: Signed = direct_call(graph _fill__rpy_str_Signed_Signed_UniChar, res_1, 0, pad_2, 32)  # line 1052
    --> block15(negative_14, u_14, conversion_14, flags_14, width_14, precision_14, base_13, digits_10, v_42, zeros_8, sign_5, prefix_4, length_3, pad_2, res_1, v_43)
block15(negative_15: Bool, u_15: Unsigned, conversion_15: Signed, flags_15: Signed, width_15: Signed, precision_15: Signed, base_14: Unsigned, digits_11: Signed, v_44: Unsigned, zeros_9: Signed, sign_6: Signed, prefix_5: Signed, length_4: Signed, pad_3: Signed, res_2: Ptr(rpy_str), pos_0: Signed):
    v_45: Bool = int_ne(sign_6, 0)  # line 1053
    v_46: Bool = same_as(v_45)  # line 1053
    switch v_46
    False --> block16(negative_15, u_15, conversion_15, flags_15, width_15, precision_15, base_14, digits_11, v_44, zeros_9, sign_6, prefix_5, length_4, pad_3, res_2, pos_0)
    True --> block31(negative_15, u_15, conversion_15, flags_15, width_15, precision_15, base_14, digits_11, v_44, zeros_9, sign_6, prefix_5, length_4, pad_3, res_2, pos_0)
block16(negative_16: Bool, u_16: Unsigned, conversion_16: Signed, flags_16: Signed, width_16: Signed, precision_16: Signed, base_15: Unsigned, digits_12: Signed, v_47: Unsigned, zeros_10: Signed, sign_7: Signed, prefix_6: Signed, length_5: Signed, pad_4: Signed, res_3: Ptr(rpy_str), pos_1: Signed):
    v_48: Bool = int_ne(prefix_6, 0)  # line 1056
    v_49: Bool = same_as(v_48)  # line 1056
    switch v_49
    False --> block17(negative_16, u_16, conversion_16, flags_16, width_16, precision_16, base_15, digits_12, v_47, zeros_10, sign_7, prefix_6, length_5, pad_4, res_3, pos_1)
    True --> block30(negative_16, u_16, conversion_16, flags_16, width_16, precision_16, base_15, digits_12, v_47, zeros_10, sign_7, prefix_6, length_5, pad_4, res_3, pos_1)
block17(negative_17: Bool, u_17: Unsigned, conversion_17: Signed, flags_17: Signed, width_17: Signed, precision_17: Signed, base_16: Unsigned, digits_13: Signed, v_50: Unsigned, zeros_11: Signed, sign_8: Signed, prefix_7: Signed, length_6: Signed, pad_5: Signed, res_4: Ptr(rpy_str), pos_2: Signed):
    v_51: Signed = int_and(flags_17, 1)  # line 1060
    v_52: Bool = int_is_true(v_51)  # line 1060
    switch v_52
    False --> block18(negative_17, u_17, conversion_17, flags_17, width_17, precision_17, base_16, digits_13, v_50, zeros_11, sign_8, prefix_7, length_6, pad_5, res_4, pos_2)
    True --> block19(negative_17, u_17, conversion_17, flags_17, width_17, precision_17, base_16, digits_13, v_50, zeros_11, sign_8, prefix_7, length_6, pad_5, res_4, pos_2)
block18(negative_18: Bool, u_18: Unsigned, conversion_18: Signed, flags_18: Signed, width_18: Signed, precision_18: Signed, base_17: Unsigned, digits_14: Signed, v_53: Unsigned, zeros_12: Signed, sign_9: Signed, prefix_8: Signed, length_7: Signed, pad_6: Signed, res_5: Ptr(rpy_str), pos_3: Signed):
    v_54: Signed = int_and(flags_18, 16)  # line 1060
    v_55: Bool = int_is_true(v_54)  # line 1060
    switch v_55
    False --> block19(negative_18, u_18, conversion_18, flags_18, width_18, precision_18, base_17, digits_14, v_53, zeros_12, sign_9, prefix_8, length_7, pad_6, res_5, pos_3)
    True --> block29(negative_18, u_18, conversion_18, flags_18, width_18, precision_18, base_17, digits_14, v_53, zeros_12, sign_9, prefix_8, length_7, pad_6, res_5, pos_3)
block19(negative_19: Bool, u_19: Unsigned, conversion_19: Signed, flags_19: Signed, width_19: Signed, precision_19: Signed, base_18: Unsigned, digits_15: Signed, v_56: Unsigned, zeros_13: Signed, sign_10: Signed, prefix_9: Signed, length_8: Signed, pad_7: Signed, res_6: Ptr(rpy_str), pos_4: Signed):
    v_57: Signed = direct_call(graph _fill__rpy_str_Signed_Signed_UniChar, res_6, pos_4, zeros_13, 48)  # line 1062
    v_58: Signed = int_add(v_57, digits_15)  # line 1063
    v_59: Signed = int_sub(v_58, 1)  # line 1064
    --> block20(negative_19, u_19, conversion_19, flags_19, width_19, precision_19, base_18, digits_15, v_56, zeros_13, sign_10, prefix_9, length_8, pad_7, res_6, v_59, v_58)
block20(negative_20: Bool, u_20: Unsigned, conversion_20: Signed, flags_20: Signed, width_20: Signed, precision_20: Signed, base_19: Unsigned, digits_16: Signed, v_60: Unsigned, zeros_14: Signed, sign_11: Signed, prefix_10: Signed, length_9: Signed, pad_8: Signed, res_7: Ptr(rpy_str), pos_5: Signed, end_0: Signed):
    v_61: Signed = int_sub(end_0, digits_16)  # line 1065
    v_62: Bool = int_ge(pos_5, v_61)  # line 1065
    v_63: Bool = same_as(v_62)  # line 1065
    switch v_63
    False --> block21(flags_20, pad_8, res_7, end_0)
    True --> block23(negative_20, u_20, conversion_20, flags_20, width_20, precision_20, base_19, digits_16, v_60, zeros_14, sign_11, prefix_10, length_9, pad_8, res_7, pos_5, end_0)
block21(flags_21: Signed, pad_9: Signed, res_8: Ptr(rpy_str), end_1: Signed):
    v_64: Signed = int_and(flags_21, 1)  # line 1075
    v_65: Bool = int_is_true(v_64)  # line 1075
    switch v_65
    False --> return(res_8)
    True --> block22(pad_9, res_8, end_1)
block22(pad_10: Signed, res_9: Ptr(rpy_str), end_2: Signed):
    v_66: Signed = direct_call(graph _fill__rpy_str_Signed_Signed_UniChar, res_9, end_2, pad_10, 32)  # line 1076
    --> return(res_9)
block23(negative_21: Bool, u_21: Unsigned, conversion_21: Signed, flags_22: Signed, width_21: Signed, precision_21: Signed, base_20: Unsigned, digits_17: Signed, v_67: Unsigned, zeros_15: Signed, sign_12: Signed, prefix_11: Signed, length_10: Signed, pad_11: Signed, res_10: Ptr(rpy_str), pos_6: Signed, end_3: Signed):
    v_68: Unsigned = uint_mod_zer(u_21, base_20)  # line 1066
    v_69: Signed = cast_uint_to_int(v_68)  # line 1066
    v_70: Signed = same_as(v_69)  # line 1066
    v_71: Bool = int_lt(v_70, 10)  # line 1067
    v_72: Bool = same_as(v_71)  # line 1067
    switch v_72
    False --> block24(negative_21, u_21, conversion_21, flags_22, width_21, precision_21, base_20, digits_17, v_67, zeros_15, sign_12, prefix_11, length_10, pad_11, res_10, pos_6, end_3, v_70)
    True --> block28(negative_21, u_21, conversion_21, flags_22, width_21, precision_21, base_20, digits_17, v_67, zeros_15, sign_12, prefix_11, length_10, pad_11, res_10, pos_6, end_3, v_70)
block24(negative_22: Bool, u_22: Unsigned, conversion_22: Signed, flags_23: Signed, width_22: Signed, precision_22: Signed, base_21: Unsigned, digits_18: Signed, v_73: Unsigned, zeros_16: Signed, sign_13: Signed, prefix_12: Signed, length_11: Signed, pad_12: Signed, res_11: Ptr(rpy_str), pos_7: Signed, end_4: Signed, d_0: Signed):
    v_74: Bool = int_eq(conversion_22, 88)  # line 1069
    v_75: Bool = same_as(v_74)  # line 1069
    switch v_75
    False --> block25(negative_22, u_22, conversion_22, flags_23, width_22, precision_22, base_21, digits_18, v_73, zeros_16, sign_13, prefix_12, length_11, pad_12, res_11, pos_7, end_4, d_0)
    True --> block27(negative_22, u_22, conversion_22, flags_23, width_22, precision_22, base_21, digits_18, v_73, zeros_16, sign_13, prefix_12, length_11, pad_12, res_11, pos_7, end_4, d_0)
block25(negative_23: Bool, u_23: Unsigned, conversion_23: Signed, flags_24: Signed, width_23: Signed, precision_23: Signed, base_22: Unsigned, digits_19: Signed, v_76: Unsigned, zeros_17: Signed, sign_14: Signed, prefix_13: Signed, length_12: Signed, pad_13: Signed, res_12: Ptr(rpy_str), pos_8: Signed, end_5: Signed, d_1: Signed):
    v_77: Signed = int_add(87, d_1)  # line 1072
    v_78: UniChar = cast_int_to_unichar(v_77)  # line 1072
    v_79: Ptr(rpy_str) = same_as(res_12)  # line 1072
    v_80: Void = setinteriorfield(v_79, 'chars', pos_8, v_78)  # line 1072
    --> block26(negative_23, u_23, conversion_23, flags_24, width_23, precision_23, base_22, digits_19, v_76, zeros_17, sign_14, prefix_13, length_12, pad_13, res_12, pos_8, end_5)
block26(negative_24: Bool, u_24: Unsigned, conversion_24: Signed, flags_25: Signed, width_24: Signed, precision_24: Signed, base_23: Unsigned, digits_20: Signed, v_81: Unsigned, zeros_18: Signed, sign_15: Signed, prefix_14: Signed, length_13: Signed, pad_14: Signed, res_13: Ptr(rpy_str), pos_9: Signed, end_6: Signed):
    v_82: Unsigned = uint_floordiv_zer(u_24, base_23)  # line 1073
    v_83: Signed = int_sub(pos_9, 1)  # line 1074
    --> block20(negative_24, v_82, conversion_24, flags_25, width_24, precision_24, base_23, digits_20, v_81, zeros_18, sign_15, prefix_14, length_13, pad_14, res_13, v_83, end_6)
block27(negative_25: Bool, u_25: Unsigned, conversion_25: Signed, flags_26: Signed, width_25: Signed, precision_25: Signed, base_24: Unsigned, digits_21: Signed, v_84: Unsigned, zeros_19: Signed, sign_16: Signed, prefix_15: Signed, length_14: Signed, pad_15: Signed, res_14: Ptr(rpy_str), pos_10: Signed, end_7: Signed, d_2: Signed):
    v_85: Signed = int_add(55, d_2)  # line 1070
    v_86: UniChar = cast_int_to_unichar(v_85)  # line 1070
    v_87: Ptr(rpy_str) = same_as(res_14)  # line 1070
    v_88: Void = setinteriorfield(v_87, 'chars', pos_10, v_86)  # line 1070
    --> block26(negative_25, u_25, conversion_25, flags_26, width_25, precision_25, base_24, digits_21, v_84, zeros_19, sign_16, prefix_15, length_14, pad_15, res_14, pos_10, end_7)
block28(negative_26: Bool, u_26: Unsigned, conversion_26: Signed, flags_27: Signed, width_26: Signed, precision_26: Signed, base_25: Unsigned, digits_22: Signed, v_89: Unsigned, zeros_20: Signed, sign_17: Signed, prefix_16: Signed, length_15: Signed, pad_16: Signed, res_15: Ptr(rpy_str), pos_11: Signed, end_8: Signed, d_3: Signed):
    v_90: Signed = int_add(48, d_3)  # line 1068
    v_91: UniChar = cast_int_to_unichar(v_90)  # line 1068
    v_92: Ptr(rpy_str) = same_as(res_15)  # line 1068
    v_93: Void = setinteriorfield(v_92, 'chars', pos_11, v_91)  # line 1068
    --> block26(negative_26, u_26, conversion_26, flags_27, width_26, precision_26, base_25, digits_22, v_89, zeros_20, sign_17, prefix_16, length_15, pad_16, res_15, pos_11, end_8)
block29(negative_27: Bool, u_27: Unsigned, conversion_27: Signed, flags_28: Signed, width_27: Signed, precision_27: Signed, base_26: Unsigned, digits_23: Signed, v_94: Unsigned, zeros_21: Signed, sign_18: Signed, prefix_17: Signed, length_16: Signed, pad_17: Signed, res_16: Ptr(rpy_str), pos_12: Signed):
    v_95: Signed = direct_call(graph _fill__rpy_str_Signed_Signed_UniChar, res_16, pos_12, pad_17, 48)  # line 1061
    --> block19(negative_27, u_27, conversion_27, flags_28, width_27, precision_27, base_26, digits_23, v_94, zeros_21, sign_18, prefix_17, length_16, pad_17, res_16, v_95)
block30(negative_28: Bool, u_28: Unsigned, conversion_28: Signed, flags_29: Signed, width_28: Signed, precision_28: Signed, base_27: Unsigned, digits_24: Signed, v_96: Unsigned, zeros_22: Signed, sign_19: Signed, prefix_18: Signed, length_17: Signed, pad_18: Signed, res_17: Ptr(rpy_str), pos_13: Signed):
    v_97: Ptr(rpy_str) = same_as(res_17)  # line 1057
    v_98: Void = setinteriorfield(v_97, 'chars', pos_13, 48)  # line 1057
    v_99: UniChar = cast_int_to_unichar(conversion_28)  # line 1058
    v_100: Ptr(rpy_str) = same_as(res_17)  # line 1058
    v_101: Signed = int_add(pos_13, 1)  # line 1058
    v_102: Void = setinteriorfield(v_100, 'chars', v_101, v_99)  # line 1058
    v_103: Signed = int_add(pos_13, 2)  # line 1059
    --> block17(negative_28, u_28, conversion_28, flags_29, width_28, precision_28, base_27, digits_24, v_96, zeros_22, sign_19, prefix_18, length_17, pad_18, res_17, v_103)
block31(negative_29: Bool, u_29: Unsigned, conversion_29: Signed, flags_30: Signed, width_29: Signed, precision_29: Signed, base_28: Unsigned, digits_25: Signed, v_104: Unsigned, zeros_23: Signed, sign_20: Signed, prefix_19: Signed, length_18: Signed, pad_19: Signed, res_18: Ptr(rpy_str), pos_14: Signed):
    v_105: UniChar = cast_int_to_unichar(sign_20)  # line 1054
    v_106: Ptr(rpy_str) = same_as(res_18)  # line 1054
    v_107: Void = setinteriorfield(v_106, 'chars', pos_14, v_105)  # line 1054
    v_108: Signed = int_add(pos_14, 1)  # line 1055
    --> block16(negative_29, u_29, conversion_29, flags_30, width_29, precision_29, base_28, digits_25, v_104, zeros_23, sign_20, prefix_19, length_18, pad_19, res_18, v_108)
block32(negative_30: Bool, u_30: Unsigned, conversion_30: Signed, flags_31: Signed, width_30: Signed, precision_30: Signed, base_29: Unsigned, digits_26: Signed, v_109: Unsigned, zeros_24: Signed, sign_21: Signed, prefix_20: Signed, length_19: Signed):
    v_110: Signed = int_sub(width_30, length_19)  # line 1048
    --> block12(negative_30, u_30, conversion_30, flags_31, width_30, precision_30, base_29, digits_26, v_109, zeros_24, sign_21, prefix_20, length_19, v_110)
block33(negative_31: Bool, u_31: Unsigned, conversion_31: Signed, flags_32: Signed, width_31: Signed, precision_31: Signed, base_30: Unsigned, digits_27: Signed, v_111: Unsigned, zeros_25: Signed, sign_22: Signed, prefix_21: Signed, length_20: Signed):
    v_112: Signed = int_add(length_20, 1)  # line 1045
    --> block11(negative_31, u_31, conversion_31, flags_32, width_31, precision_31, base_30, digits_27, v_111, zeros_25, sign_22, prefix_21, v_112)
block34(negative_32: Bool, u_32: Unsigned, conversion_32: Signed, flags_33: Signed, width_32: Signed, precision_32: Signed, base_31: Unsigned, digits_28: Signed, v_113: Unsigned, zeros_26: Signed, sign_23: Signed):
    v_114: Unsigned = same_as(10)  # line 1041
    v_115: Bool = uint_ne(base_31, v_114)  # line 1041
    v_116: Bool = same_as(v_115)  # line 1041
    switch v_116
    False --> block10(negative_32, u_32, conversion_32, flags_33, width_32, precision_32, base_31, digits_28, v_113, zeros_26, sign_23, 0)
    True --> block10(negative_32, u_32, conversion_32, flags_33, width_32, precision_32, base_31, digits_28, v_113, zeros_26, sign_23, 2)
block35(negative_33: Bool, u_33: Unsigned, conversion_33: Signed, flags_34: Signed, width_33: Signed, precision_33: Signed, base_32: Unsigned, digits_29: Signed, v_117: Unsigned):
    v_118: Signed = int_sub(precision_33, digits_29)  # line 1032
    --> block6(negative_33, u_33, conversion_33, flags_34, width_33, precision_33, base_32, digits_29, v_117, v_118)
block36(negative_34: Bool, u_34: Unsigned, conversion_34: Signed, flags_35: Signed, width_34: Signed, precision_34: Signed, base_33: Unsigned, digits_30: Signed, v_119: Unsigned):
    v_120: Signed = int_add(digits_30, 1)  # line 1028
    v_121: Unsigned = uint_floordiv_zer(v_119, base_33)  # line 1029
    --> block4(negative_34, u_34, conversion_34, flags_35, width_34, precision_34, base_33, v_120, v_121)
block37(negative_35: Bool, u_35: Unsigned, conversion_35: Signed, flags_36: Signed, width_35: Signed, precision_35: Signed):
    v_122: Unsigned = same_as(8)  # line 1024
    --> block3(negative_35, u_35, conversion_35, flags_36, width_35, precision_35, v_122)
block38(negative_36: Bool, u_36: Unsigned, conversion_36: Signed, flags_37: Signed, width_36: Signed, precision_36: Signed):
    v_123: Unsigned = same_as(16)  # line 1022
    --> block3(negative_36, u_36, conversion_36, flags_37, width_36, precision_36, v_123)

graph _fill__rpy_str_Signed_Signed_UniChar(res_0: Ptr(rpy_str), pos_0: Signed, count_0: Signed, ch_0: UniChar)  # rstr.py:1080
block0(res_0: Ptr(rpy_str), pos_0: Signed, count_0: Signed, ch_0: UniChar):
    --> block1(res_0, pos_0, count_0, ch_0, 0)
block1(res_1: Ptr(rpy_str), pos_1: Signed, count_1: Signed, ch_1: UniChar, i_0: Signed):
    v_0: Bool = int_lt(i_0, count_1)  # line 1082
    v_1: Bool = same_as(v_0)  # line 1082
    switch v_1
    False --> block2(pos_1, count_1)
    True --> block3(res_1, pos_1, count_1, ch_1, i_0)
block2(pos_2: Signed, count_2: Signed):
    v_2: Signed = int_add(pos_2, count_2)  # line 1085
    --> return(v_2)
block3(res_2: Ptr(rpy_str), pos_3: Signed, count_3: Signed, ch_2: UniChar, i_1: Signed):
    v_3: Ptr(rpy_str) = same_as(res_2)  # line 1083
    v_4: Signed = int_add(pos_3, i_1)  # line 1083
    v_5: Void = setinteriorfield(v_3, 'chars', v_4, ch_2)  # line 1083
    v_6: Signed = int_add(i_1, 1)  # line 1084
    --> block1(res_2, pos_3, count_3, ch_2, v_6)

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

graph ll_min__Signed_Signed(a_0: Signed, b_0: Signed)  # rint.py:89
block0(a_0: Signed, b_0: Signed):
    v_0: Bool = int_lt(b_0, a_0)  # line 90
    v_1: Bool = same_as(v_0)  # line 90
    switch v_1
    False --> return(a_0)
    True --> return(b_0)

graph ll_max__Signed_Signed(a_0: Signed, b_0: Signed)  # rint.py:95
block0(a_0: Signed, b_0: Signed):
    v_0: Bool = int_gt(b_0, a_0)  # line 96
    v_1: Bool = same_as(v_0)  # line 96
    switch v_1
    False --> return(a_0)
    True --> return(b_0)

graph ll_int_rshift__Signed_Signed(x_0: Signed, y_0: Signed)  # rint.py:39
block0(x_0: Signed, y_0: Signed):
    v_0: Bool = int_lt(y_0, 0)  # line 40
    v_1: Bool = same_as(v_0)  # line 40
    switch v_1
    False --> block1(x_0, y_0)
    True --> block3()
block1(x_1: Signed, y_1: Signed):
    v_2: Bool = int_ge(y_1, 64)  # line 42
    v_3: Bool = same_as(v_2)  # line 42
    switch v_3
    False --> block2(x_1, y_1)
    True --> block2(x_1, 63)
block2(x_2: Signed, y_2: Signed):
    v_4: Signed = int_rshift(x_2, y_2)  # line 44
    --> return(v_4)
block3():
    v_5: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 41
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 41
    v_7: Void = setfield(v_6, 'typeptr', vtable ValueError [3, 4))  # line 41
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 41
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 41
    --> raise(v_9, v_5)

graph ll_int_lshift__Signed_Signed(x_0: Signed, y_0: Signed)  # rint.py:21
block0(x_0: Signed, y_0: Signed):
    v_0: Bool = int_lt(y_0, 0)  # line 22
    v_1: Bool = same_as(v_0)  # line 22
    switch v_1
    False --> block1(x_0, y_0)
    True --> block3()
block1(x_1: Signed, y_1: Signed):
    v_2: Bool = int_ge(y_1, 64)  # line 24
    v_3: Bool = same_as(v_2)  # line 24
    switch v_3
    False --> block2(x_1, y_1)
    True --> return(0)
block2(x_2: Signed, y_2: Signed):
    v_4: Signed = int_lshift(x_2, y_2)  # line 26
    --> return(v_4)
block3():
    v_5: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 23
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 23
    v_7: Void = setfield(v_6, 'typeptr', vtable ValueError [3, 4))  # line 23
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 23
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 23
    --> raise(v_9, v_5)

graph ll_int_pow__Signed_Signed(x_0: Signed, y_0: Signed)  # rint.py:63
block0(x_0: Signed, y_0: Signed):
    v_0: Bool = int_lt(y_0, 0)  # line 64
    v_1: Bool = same_as(v_0)  # line 64
    switch v_1
    False --> block1(x_0, y_0, 1)
    True --> block5()
block1(x_1: Signed, y_1: Signed, result_0: Signed):
    v_2: Bool = int_gt(y_1, 0)  # line 67
    v_3: Bool = same_as(v_2)  # line 67
    switch v_3
    False --> return(result_0)
    True --> block2(x_1, y_1, result_0)
block2(x_2: Signed, y_2: Signed, result_1: Signed):
    v_4: Signed = int_and(y_2, 1)  # line 68
    v_5: Bool = int_is_true(v_4)  # line 68
    switch v_5
    False --> block3(x_2, y_2, result_1)
    True --> block4(x_2, y_2, result_1)
block3(x_3: Signed, y_3: Signed, result_2: Signed):
    v_6: Signed = int_rshift(y_3, 1)  # line 70
    v_7: Signed = int_mul(x_3, x_3)  # line 71
    --> block1(v_7, v_6, result_2)
block4(x_4: Signed, y_4: Signed, result_3: Signed):
    v_8: Signed = int_mul(result_3, x_4)  # line 69
    --> block3(x_4, y_4, v_8)
block5():
    v_9: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 65
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 65
    v_11: Void = setfield(v_10, 'typeptr', vtable ValueError [3, 4))  # line 65
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 65
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 65
    --> raise(v_13, v_9)

graph ll_int_pow_ovf__Signed_Signed(x_0: Signed, y_0: Signed)  # rint.py:75
block0(x_0: Signed, y_0: Signed):
    v_0: Bool = int_lt(y_0, 0)  # line 77
    v_1: Bool = same_as(v_0)  # line 77
    switch v_1
    False --> block1(x_0, y_0, 1)
    True --> block6()
block1(x_1: Signed, y_1: Signed, result_0: Signed):
    v_2: Bool = int_gt(y_1, 0)  # line 80
    v_3: Bool = same_as(v_2)  # line 80
    switch v_3
    False --> return(result_0)
    True --> block2(x_1, y_1, result_0)
block2(x_2: Signed, y_2: Signed, result_1: Signed):
    v_4: Signed = int_and(y_2, 1)  # line 81
    v_5: Bool = int_is_true(v_4)  # line 81
    switch v_5
    False --> block3(x_2, y_2, result_1)
    True --> block5(x_2, y_2, result_1)
block3(x_3: Signed, y_3: Signed, result_2: Signed):
    v_6: Signed = int_rshift(y_3, 1)  # line 83
    v_7: Bool = int_gt(v_6, 0)  # line 84
    v_8: Bool = same_as(v_7)  # line 84
    switch v_8
    False --> block1(x_3, v_6, result_2)
    True --> block4(x_3, v_6, result_2)
block4(x_4: Signed, y_4: Signed, result_3: Signed):
    v_9: Signed = int_mul_ovf(x_4, x_4)  # line 85
    v_10: Signed = same_as(v_9)  # line 85
    --> block1(v_10, y_4, result_3)
block5(x_5: Signed, y_5: Signed, result_4: Signed):
    v_11: Signed = int_mul_ovf(result_4, x_5)  # line 82
    v_12: Signed = same_as(v_11)  # line 82
    --> block3(x_5, y_5, v_12)
block6():
    v_13: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 78
    v_14: Ptr(BaseException) = cast_pointer(v_13)  # line 78
    v_15: Void = setfield(v_14, 'typeptr', vtable ValueError [3, 4))  # line 78
    v_16: Ptr(BaseException) = cast_pointer(v_13)  # line 78
    v_17: Ptr(object_vtable) = getfield(v_16, 'typeptr')  # line 78
    --> raise(v_17, v_13)

graph ll_int_lshift_ovf__Signed_Signed(x_0: Signed, y_0: Signed)  # rint.py:29
block0(x_0: Signed, y_0: Signed):
    v_0: Bool = int_lt(y_0, 0)  # line 30
    v_1: Bool = same_as(v_0)  # line 30
    switch v_1
    False --> block1(x_0, y_0)
    True --> block6()
block1(x_1: Signed, y_1: Signed):
    v_2: Bool = int_ge(y_1, 64)  # line 32
    v_3: Bool = same_as(v_2)  # line 32
    switch v_3
    False --> block2(x_1, y_1)
    True --> block3(x_1)
block2(x_2: Signed, y_2: Signed):
    v_4: Signed = int_lshift_ovf(x_2, y_2)  # line 36
    v_5: Signed = same_as(v_4)  # line 36
    --> return(v_5)
block3(x_3: Signed):
    v_6: Bool = int_eq(x_3, 0)  # line 33
    v_7: Bool = same_as(v_6)  # line 33
    switch v_7
    False --> block4()
    True --> return(0)
block4():
    v_8: Ptr(OverflowError) = malloc(GcStruct OverflowError { super: GcStruct ArithmeticError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 35
    v_9: Ptr(BaseException) = cast_pointer(v_8)  # line 35
    v_10: Void = setfield(v_9, 'typeptr', vtable OverflowError [5, 6))  # line 35
    v_11: Ptr(BaseException) = cast_pointer(v_8)  # line 35
    v_12: Ptr(object_vtable) = getfield(v_11, 'typeptr')  # line 35
    --> block5(v_12, v_8)
block5(v_13: Ptr(object_vtable), v_14: Ptr(OverflowError)):
    v_15: Ptr(Exception) = cast_pointer(v_14)  # line 35
    --> raise(v_13, v_15)
block6():
    v_16: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 31
    v_17: Ptr(BaseException) = cast_pointer(v_16)  # line 31
    v_18: Void = setfield(v_17, 'typeptr', vtable ValueError [3, 4))  # line 31
    v_19: Ptr(BaseException) = cast_pointer(v_16)  # line 31
    v_20: Ptr(object_vtable) = getfield(v_19, 'typeptr')  # line 31
    --> block7(v_20, v_16)
block7(v_21: Ptr(object_vtable), v_22: Ptr(ValueError)):
    v_23: Ptr(Exception) = cast_pointer(v_22)  # line 31
    --> raise(v_21, v_23)
