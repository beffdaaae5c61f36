graph main(n_0: Signed)  # percent_format_floats.py:21
block0(n_0: Signed):
    v_0: Float = direct_call(graph value, n_0)  # line 22
    v_1: Ptr(rpy_str) = float_repr(v_0)  # line 24
    v_2: Ptr(rpy_str) = same_as(v_1)  # line 24
    v_3: Ptr(tuple7) = malloc(GcStruct tuple7 immutable { item0: Float, item1: Float, item2: Float, item3: Float, item4: Float, item5: Float, item6: Float }, 'gc')  # line 25
    v_4: Void = setfield(v_3, 'item0', v_0)  # line 25
    v_5: Void = setfield(v_3, 'item1', v_0)  # line 25
    v_6: Void = setfield(v_3, 'item2', v_0)  # line 25
    v_7: Void = setfield(v_3, 'item3', v_0)  # line 25
    v_8: Void = setfield(v_3, 'item4', v_0)  # line 25
    v_9: Void = setfield(v_3, 'item5', v_0)  # line 25
    v_10: Void = setfield(v_3, 'item6', v_0)  # line 25
    v_11: Float = getfield(v_3, 'item0')  # line 25
    v_12: Ptr(rpy_str) = float_format(v_11, 102, -1, 0, 0)  # line 25
    v_13: Float = getfield(v_3, 'item1')  # line 25
    v_14: Ptr(rpy_str) = float_format(v_13, 102, 3, 0, 0)  # line 25
    v_15: Float = getfield(v_3, 'item2')  # line 25
    v_16: Ptr(rpy_str) = float_format(v_15, 101, -1, 0, 0)  # line 25
    v_17: Float = getfield(v_3, 'item3')  # line 25
    v_18: Ptr(rpy_str) = float_format(v_17, 103, -1, 0, 0)  # line 25
    v_19: Float = getfield(v_3, 'item4')  # line 25
    v_20: Ptr(rpy_str) = float_format(v_19, 102, 2, 0, 5)  # line 25
    v_21: Float = getfield(v_3, 'item5')  # line 25
    v_22: Ptr(rpy_str) = float_format(v_21, 101, 3, 1, 8)  # line 25
    v_23: Float = getfield(v_3, 'item6')  # line 25
    v_24: Ptr(rpy_str) = float_format(v_23, 103, -1, 2, 0)  # line 25
    v_25: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 13)  # line 25
    v_26: Void = setarrayitem(v_25, 0, v_12)  # line 25
    v_27: Void = setarrayitem(v_25, 1, '|')  # line 25
    v_28: Void = setarrayitem(v_25, 2, v_14)  # line 25
    v_29: Void = setarrayitem(v_25, 3, '|')  # line 25
    v_30: Void = setarrayitem(v_25, 4, v_16)  # line 25
    v_31: Void = setarrayitem(v_25, 5, '|')  # line 25
    v_32: Void = setarrayitem(v_25, 6, v_18)  # line 25
    v_33: Void = setarrayitem(v_25, 7, '|')  # line 25
    v_34: Void = setarrayitem(v_25, 8, v_20)  # line 25
    v_35: Void = setarrayitem(v_25, 9, '|')  # line 25
    v_36: Void = setarrayitem(v_25, 10, v_22)  # line 25
    v_37: Void = setarrayitem(v_25, 11, '|')  # line 25
    v_38: Void = setarrayitem(v_25, 12, v_24)  # line 25
    v_39: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 13, v_25)  # line 25
    v_40: Ptr(tuple8) = malloc(GcStruct tuple8 immutable { item0: Float, item1: Float, item2: Float, item3: Float, item4: Float, item5: Float, item6: Float, item7: Float }, 'gc')  # line 26
    v_41: Void = setfield(v_40, 'item0', v_0)  # line 26
    v_42: Void = setfield(v_40, 'item1', v_0)  # line 26
    v_43: Void = setfield(v_40, 'item2', v_0)  # line 26
    v_44: Void = setfield(v_40, 'item3', v_0)  # line 26
    v_45: Void = setfield(v_40, 'item4', v_0)  # line 26
    v_46: Void = setfield(v_40, 'item5', v_0)  # line 26
    v_47: Void = setfield(v_40, 'item6', v_0)  # line 26
    v_48: Void = setfield(v_40, 'item7', v_0)  # line 26
    v_49: Float = getfield(v_40, 'item0')  # line 26
    v_50: Ptr(rpy_str) = float_format(v_49, 102, 4, 0, 10)  # line 26
    v_51: Float = getfield(v_40, 'item1')  # line 26
    v_52: Ptr(rpy_str) = float_format(v_51, 102, 2, 1, 10)  # line 26
    v_53: Float = getfield(v_40, 'item2')  # line 26
    v_54: Ptr(rpy_str) = float_format(v_53, 102, 3, 16, 10)  # line 26
    v_55: Float = getfield(v_40, 'item3')  # line 26
    v_56: Ptr(rpy_str) = float_format(v_55, 101, 1, 2, 0)  # line 26
    v_57: Float = getfield(v_40, 'item4')  # line 26
    v_58: Ptr(rpy_str) = float_format(v_57, 102, -1, 4, 0)  # line 26
    v_59: Float = getfield(v_40, 'item5')  # line 26
    v_60: Ptr(rpy_str) = float_format(v_59, 102, 0, 8, 0)  # line 26
    v_61: Float = getfield(v_40, 'item6')  # line 26
    v_62: Ptr(rpy_str) = float_format(v_61, 103, -1, 8, 0)  # line 26
    v_63: Float = getfield(v_40, 'item7')  # line 26
    v_64: Ptr(rpy_str) = float_format(v_63, 101, 0, 0, 0)  # line 26
    v_65: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 17)  # line 26
    v_66: Void = setarrayitem(v_65, 0, '[')  # line 26
    v_67: Void = setarrayitem(v_65, 1, v_50)  # line 26
    v_68: Void = setarrayitem(v_65, 2, '] [')  # line 26
    v_69: Void = setarrayitem(v_65, 3, v_52)  # line 26
    v_70: Void = setarrayitem(v_65, 4, '] [')  # line 26
    v_71: Void = setarrayitem(v_65, 5, v_54)  # line 26
    v_72: Void = setarrayitem(v_65, 6, '] [')  # line 26
    v_73: Void = setarrayitem(v_65, 7, v_56)  # line 26
    v_74: Void = setarrayitem(v_65, 8, '] [')  # line 26
    v_75: Void = setarrayitem(v_65, 9, v_58)  # line 26
    v_76: Void = setarrayitem(v_65, 10, '] [')  # line 26
    v_77: Void = setarrayitem(v_65, 11, v_60)  # line 26
    v_78: Void = setarrayitem(v_65, 12, '] [')  # line 26
    v_79: Void = setarrayitem(v_65, 13, v_62)  # line 26
    v_80: Void = setarrayitem(v_65, 14, '] [')  # line 26
    v_81: Void = setarrayitem(v_65, 15, v_64)  # line 26
    v_82: Void = setarrayitem(v_65, 16, ']')  # line 26
    v_83: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 17, v_65)  # line 26
    v_84: Ptr(tuple8) = malloc(GcStruct tuple8 immutable { item0: Float, item1: Float, item2: Float, item3: Float, item4: Float, item5: Float, item6: Float, item7: Float }, 'gc')  # line 27
    v_85: Void = setfield(v_84, 'item0', v_0)  # line 27
    v_86: Void = setfield(v_84, 'item1', v_0)  # line 27
    v_87: Void = setfield(v_84, 'item2', v_0)  # line 27
    v_88: Void = setfield(v_84, 'item3', v_0)  # line 27
    v_89: Void = setfield(v_84, 'item4', v_0)  # line 27
    v_90: Void = setfield(v_84, 'item5', v_0)  # line 27
    v_91: Void = setfield(v_84, 'item6', v_0)  # line 27
    v_92: Void = setfield(v_84, 'item7', v_0)  # line 27
    v_93: Float = getfield(v_84, 'item0')  # line 27
    v_94: Ptr(rpy_str) = float_format(v_93, 69, -1, 0, 0)  # line 27
    v_95: Float = getfield(v_84, 'item1')  # line 27
    v_96: Ptr(rpy_str) = float_format(v_95, 71, -1, 0, 0)  # line 27
    v_97: Float = getfield(v_84, 'item2')  # line 27
    v_98: Ptr(rpy_str) = float_format(v_97, 70, -1, 0, 0)  # line 27
    v_99: Float = getfield(v_84, 'item3')  # line 27
    v_100: Ptr(rpy_str) = float_format(v_99, 103, 10, 0, 0)  # line 27
    v_101: Float = getfield(v_84, 'item4')  # line 27
    v_102: Ptr(rpy_str) = float_format(v_101, 103, 17, 0, 0)  # line 27
    v_103: Float = getfield(v_84, 'item5')  # line 27
    v_104: Ptr(rpy_str) = float_format(v_103, 103, 1, 0, 0)  # line 27
    v_105: Float = getfield(v_84, 'item6')  # line 27
    v_106: Ptr(rpy_str) = float_format(v_105, 102, 0, 0, 0)  # line 27
    v_107: Float = getfield(v_84, 'item7')  # line 27
    v_108: Ptr(rpy_str) = float_format(v_107, 102, 20, 0, 0)  # line 27
    v_109: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 15)  # line 27
    v_110: Void = setarrayitem(v_109, 0, v_94)  # line 27
    v_111: Void = setarrayitem(v_109, 1, ' ')  # line 27
    v_112: Void = setarrayitem(v_109, 2, v_96)  # line 27
    v_113: Void = setarrayitem(v_109, 3, ' ')  # line 27
    v_114: Void = setarrayitem(v_109, 4, v_98)  # line 27
    v_115: Void = setarrayitem(v_109, 5, ' ')  # line 27
    v_116: Void = setarrayitem(v_109, 6, v_100)  # line 27
    v_117: Void = setarrayitem(v_109, 7, ' ')  # line 27
    v_118: Void = setarrayitem(v_109, 8, v_102)  # line 27
    v_119: Void = setarrayitem(v_109, 9, ' ')  # line 27
    v_120: Void = setarrayitem(v_109, 10, v_104)  # line 27
    v_121: Void = setarrayitem(v_109, 11, ' ')  # line 27
    v_122: Void = setarrayitem(v_109, 12, v_106)  # line 27
    v_123: Void = setarrayitem(v_109, 13, ' ')  # line 27
    v_124: Void = setarrayitem(v_109, 14, v_108)  # line 27
    v_125: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 15, v_109)  # line 27
    v_126: Ptr(tuple6) = malloc(GcStruct tuple6 immutable { item0: Float, item1: Float, item2: Float, item3: Float, item4: Float, item5: Float }, 'gc')  # line 28
    v_127: Void = setfield(v_126, 'item0', v_0)  # line 28
    v_128: Void = setfield(v_126, 'item1', v_0)  # line 28
    v_129: Void = setfield(v_126, 'item2', v_0)  # line 28
    v_130: Void = setfield(v_126, 'item3', v_0)  # line 28
    v_131: Void = setfield(v_126, 'item4', v_0)  # line 28
    v_132: Void = setfield(v_126, 'item5', v_0)  # line 28
    v_133: Float = getfield(v_126, 'item0')  # line 28
    v_134: Ptr(rpy_str) = float_repr(v_133)  # line 28
    v_135: Float = getfield(v_126, 'item1')  # line 28
    v_136: Ptr(rpy_str) = float_repr(v_135)  # line 28
    v_137: Float = getfield(v_126, 'item2')  # line 28
    v_138: Ptr(rpy_str) = float_format(v_137, 115, -1, 0, 8)  # line 28
    v_139: Float = getfield(v_126, 'item3')  # line 28
    v_140: Ptr(rpy_str) = float_format(v_139, 114, -1, 1, 8)  # line 28
    v_141: Float = getfield(v_126, 'item4')  # line 28
    v_142: Ptr(rpy_str) = float_format(v_141, 115, 3, 0, 0)  # line 28
    v_143: Float = getfield(v_126, 'item5')  # line 28
    v_144: Ptr(rpy_str) = float_format(v_143, 115, 5, 0, 12)  # line 28
    v_145: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 12)  # line 28
    v_146: Void = setarrayitem(v_145, 0, v_134)  # line 28
    v_147: Void = setarrayitem(v_145, 1, '|')  # line 28
    v_148: Void = setarrayitem(v_145, 2, v_136)  # line 28
    v_149: Void = setarrayitem(v_145, 3, '|')  # line 28
    v_150: Void = setarrayitem(v_145, 4, v_138)  # line 28
    v_151: Void = setarrayitem(v_145, 5, '|')  # line 28
    v_152: Void = setarrayitem(v_145, 6, v_140)  # line 28
    v_153: Void = setarrayitem(v_145, 7, '|')  # line 28
    v_154: Void = setarrayitem(v_145, 8, v_142)  # line 28
    v_155: Void = setarrayitem(v_145, 9, '|')  # line 28
    v_156: Void = setarrayitem(v_145, 10, v_144)  # line 28
    v_157: Void = setarrayitem(v_145, 11, '|')  # line 28
    v_158: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 12, v_145)  # line 28
    v_159: Float = cast_int_to_float(n_0)  # line 29
    v_160: Float = float_mul(v_159, 0.5)  # line 29
    v_161: Ptr(tuple5) = malloc(GcStruct tuple5 immutable { item0: Signed, item1: Signed, item2: Signed, item3: Signed, item4: Float }, 'gc')  # line 29
    v_162: Void = setfield(v_161, 'item0', n_0)  # line 29
    v_163: Void = setfield(v_161, 'item1', n_0)  # line 29
    v_164: Void = setfield(v_161, 'item2', n_0)  # line 29
    v_165: Void = setfield(v_161, 'item3', n_0)  # line 29
    v_166: Void = setfield(v_161, 'item4', v_160)  # line 29
    v_167: Signed = getfield(v_161, 'item0')  # line 29
    v_168: Float = cast_int_to_float(v_167)  # line 29
    v_169: Ptr(rpy_str) = float_format(v_168, 102, -1, 0, 0)  # line 29
    v_170: Signed = getfield(v_161, 'item1')  # line 29
    v_171: Float = cast_int_to_float(v_170)  # line 29
    v_172: Ptr(rpy_str) = float_format(v_171, 101, -1, 0, 0)  # line 29
    v_173: Signed = getfield(v_161, 'item2')  # line 29
    v_174: Float = cast_int_to_float(v_173)  # line 29
    v_175: Ptr(rpy_str) = float_format(v_174, 103, -1, 0, 0)  # line 29
    v_176: Signed = getfield(v_161, 'item3')  # line 29
    v_177: Float = cast_int_to_float(v_176)  # line 29
    v_178: Ptr(rpy_str) = float_format(v_177, 102, 1, 0, 5)  # line 29
    v_179: Float = getfield(v_161, 'item4')  # line 29
    v_180: Ptr(rpy_str) = float_repr(v_179)  # line 29
    v_181: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 9)  # line 29
    v_182: Void = setarrayitem(v_181, 0, v_169)  # line 29
    v_183: Void = setarrayitem(v_181, 1, ' ')  # line 29
    v_184: Void = setarrayitem(v_181, 2, v_172)  # line 29
    v_185: Void = setarrayitem(v_181, 3, ' ')  # line 29
    v_186: Void = setarrayitem(v_181, 4, v_175)  # line 29
    v_187: Void = setarrayitem(v_181, 5, ' ')  # line 29
    v_188: Void = setarrayitem(v_181, 6, v_178)  # line 29
    v_189: Void = setarrayitem(v_181, 7, ' ')  # line 29
    v_190: Void = setarrayitem(v_181, 8, v_180)  # line 29
    v_191: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 9, v_181)  # line 29
    v_192: Float = cast_int_to_float(n_0)  # line 30
    v_193: Float = float_mul(v_192, 1.0)  # line 30
    v_194: Ptr(rpy_str) = float_format(v_193, 102, -1, 0, 3)  # line 30
    v_195: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 2)  # line 30
    v_196: Void = setarrayitem(v_195, 0, v_194)  # line 30
    v_197: Void = setarrayitem(v_195, 1, '%')  # line 30
    v_198: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 2, v_195)  # line 30
    v_199: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 7)  # line 23
    v_200: Void = setarrayitem(v_199, 0, v_2)  # line 23
    v_201: Void = setarrayitem(v_199, 1, v_39)  # line 23
    v_202: Void = setarrayitem(v_199, 2, v_83)  # line 23
    v_203: Void = setarrayitem(v_199, 3, v_125)  # line 23
    v_204: Void = setarrayitem(v_199, 4, v_158)  # line 23
    v_205: Void = setarrayitem(v_199, 5, v_191)  # line 23
    v_206: Void = setarrayitem(v_199, 6, v_198)  # line 23
    v_207: UniChar = same_as(10)  # line 32
    v_208: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_207)  # line 32
    v_209: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_array_rpy_str, v_208, v_199)  # line 32
    --> return(v_209)

graph value(n_0: Signed)  # percent_format_floats.py:5
block0(n_0: Signed):
    v_0: Bool = int_eq(n_0, 100)  # line 6
    v_1: Bool = same_as(v_0)  # line 6
    switch v_1
    False --> block1(n_0)
    True --> block8()
block1(n_1: Signed):
    v_2: Bool = int_eq(n_1, 12345)  # line 8
    v_3: Bool = same_as(v_2)  # line 8
    switch v_3
    False --> block2(n_1)
    True --> block7()
block2(n_2: Signed):
    v_4: Bool = int_eq(n_2, 12)  # line 10
    v_5: Bool = same_as(v_4)  # line 10
    switch v_5
    False --> block3(n_2)
    True --> return(-0.0)
block3(n_3: Signed):
    v_6: Bool = int_eq(n_3, 7)  # line 12
    v_7: Bool = same_as(v_6)  # line 12
    switch v_7
    False --> block4(n_3)
    True --> return(1e+22)
block4(n_4: Signed):
    v_8: Bool = int_eq(n_4, 3)  # line 14
    v_9: Bool = same_as(v_8)  # line 14
    switch v_9
    False --> block5(n_4)
    True --> return(2.675)
block5(n_5: Signed):
    v_10: Bool = int_eq(n_5, -7)  # line 16
    v_11: Bool = same_as(v_10)  # line 16
    switch v_11
    False --> block6(n_5)
    True --> return(-1.5e-07)
block6(n_6: Signed):
    v_12: Float = cast_int_to_float(n_6)  # line 18
    v_13: Float = float_truediv(v_12, 3.0)  # line 18
    --> return(v_13)
block7():
    v_14: Float = float_from_str('nan')  # line 9
    --> return(v_14)
block8():
    v_15: Float = float_from_str('inf')  # line 7
    --> return(v_15)

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

graph ll_newlist__array_rpy_str_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_chr2str__UniChar(ch_0: UniChar)  # rstr.py:69
block0(ch_0: UniChar):
    v_0: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, 1)  # line 70
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 71
    v_2: Void = setinteriorfield(v_1, 'chars', 0, ch_0)  # line 71
    --> return(v_0)

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
