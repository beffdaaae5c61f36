graph main(n_0: Signed)  # percent_format_ints_and_strs.py:20
block0(n_0: Signed):
    v_0: Signed = int_mul(n_0, 1000003)  # line 21
    v_1: Bool = int_eq(n_0, 12345)  # line 22
    v_2: Bool = same_as(v_1)  # line 22
    switch v_2
    False --> block1(n_0, v_0)
    True --> block1(n_0, -9223372036854775808)
block1(n_1: Signed, m_0: Signed):
    v_3: Unsigned = cast_int_to_uint(m_0)  # line 24
    v_4: Unsigned = same_as(v_3)  # line 24
    v_5: Unsigned = same_as(3)  # line 24
    v_6: Unsigned = uint_mul(v_4, v_5)  # line 24
    v_7: Ptr(tuple12) = malloc(GcStruct tuple12 immutable { item0: Signed, item1: Signed, item2: Signed, item3: Signed, item4: Signed, item5: Signed, item6: Signed, item7: Signed, item8: Signed, item9: Signed, item10: Signed, item11: Signed }, 'gc')  # line 26
    v_8: Void = setfield(v_7, 'item0', n_1)  # line 26
    v_9: Void = setfield(v_7, 'item1', n_1)  # line 26
    v_10: Void = setfield(v_7, 'item2', n_1)  # line 26
    v_11: Void = setfield(v_7, 'item3', n_1)  # line 26
    v_12: Void = setfield(v_7, 'item4', n_1)  # line 26
    v_13: Void = setfield(v_7, 'item5', n_1)  # line 26
    v_14: Void = setfield(v_7, 'item6', n_1)  # line 26
    v_15: Void = setfield(v_7, 'item7', n_1)  # line 26
    v_16: Void = setfield(v_7, 'item8', n_1)  # line 26
    v_17: Void = setfield(v_7, 'item9', n_1)  # line 26
    v_18: Void = setfield(v_7, 'item10', n_1)  # line 26
    v_19: Void = setfield(v_7, 'item11', n_1)  # line 26
    v_20: Signed = getfield(v_7, 'item0')  # line 26
    v_21: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_20)  # line 26
    v_22: Signed = getfield(v_7, 'item1')  # line 26
    v_23: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_22)  # line 26
    v_24: Signed = getfield(v_7, 'item2')  # line 26
    v_25: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_24, 100, 0, 5, -1)  # line 26
    v_26: Signed = getfield(v_7, 'item3')  # line 26
    v_27: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_26, 100, 1, 5, -1)  # line 26
    v_28: Signed = getfield(v_7, 'item4')  # line 26
    v_29: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_28, 100, 16, 5, -1)  # line 26
    v_30: Signed = getfield(v_7, 'item5')  # line 26
    v_31: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_30, 100, 2, 0, -1)  # line 26
    v_32: Signed = getfield(v_7, 'item6')  # line 26
    v_33: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_32, 100, 4, 0, -1)  # line 26
    v_34: Signed = getfield(v_7, 'item7')  # line 26
    v_35: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_34, 100, 18, 5, -1)  # line 26
    v_36: Signed = getfield(v_7, 'item8')  # line 26
    v_37: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_36, 100, 3, 6, -1)  # line 26
    v_38: Signed = getfield(v_7, 'item9')  # line 26
    v_39: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_38, 100, 0, 0, 3)  # line 26
    v_40: Signed = getfield(v_7, 'item10')  # line 26
    v_41: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_40, 100, 0, 7, 3)  # line 26
    v_42: Signed = getfield(v_7, 'item11')  # line 26
    v_43: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_42, 100, 17, 7, -1)  # line 26
    v_44: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 24)  # line 26
    v_45: Void = setarrayitem(v_44, 0, v_21)  # line 26
    v_46: Void = setarrayitem(v_44, 1, '|')  # line 26
    v_47: Void = setarrayitem(v_44, 2, v_23)  # line 26
    v_48: Void = setarrayitem(v_44, 3, '|')  # line 26
    v_49: Void = setarrayitem(v_44, 4, v_25)  # line 26
    v_50: Void = setarrayitem(v_44, 5, '|')  # line 26
    v_51: Void = setarrayitem(v_44, 6, v_27)  # line 26
    v_52: Void = setarrayitem(v_44, 7, '|')  # line 26
    v_53: Void = setarrayitem(v_44, 8, v_29)  # line 26
    v_54: Void = setarrayitem(v_44, 9, '|')  # line 26
    v_55: Void = setarrayitem(v_44, 10, v_31)  # line 26
    v_56: Void = setarrayitem(v_44, 11, '|')  # line 26
    v_57: Void = setarrayitem(v_44, 12, v_33)  # line 26
    v_58: Void = setarrayitem(v_44, 13, '|')  # line 26
    v_59: Void = setarrayitem(v_44, 14, v_35)  # line 26
    v_60: Void = setarrayitem(v_44, 15, '|')  # line 26
    v_61: Void = setarrayitem(v_44, 16, v_37)  # line 26
    v_62: Void = setarrayitem(v_44, 17, '|')  # line 26
    v_63: Void = setarrayitem(v_44, 18, v_39)  # line 26
    v_64: Void = setarrayitem(v_44, 19, '|')  # line 26
    v_65: Void = setarrayitem(v_44, 20, v_41)  # line 26
    v_66: Void = setarrayitem(v_44, 21, '|')  # line 26
    v_67: Void = setarrayitem(v_44, 22, v_43)  # line 26
    v_68: Void = setarrayitem(v_44, 23, '|')  # line 26
    v_69: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 24, v_44)  # line 26
    v_70: Ptr(tuple13) = malloc(GcStruct tuple13 immutable { item0: Signed, item1: Signed, item2: Signed, item3: Signed, item4: Signed, item5: Signed, item6: Signed, item7: Signed, item8: Signed, item9: Signed, item10: Signed, item11: Signed, item12: Signed }, 'gc')  # line 27
    v_71: Void = setfield(v_70, 'item0', m_0)  # line 27
    v_72: Void = setfield(v_70, 'item1', m_0)  # line 27
    v_73: Void = setfield(v_70, 'item2', m_0)  # line 27
    v_74: Void = setfield(v_70, 'item3', m_0)  # line 27
    v_75: Void = setfield(v_70, 'item4', m_0)  # line 27
    v_76: Void = setfield(v_70, 'item5', m_0)  # line 27
    v_77: Void = setfield(v_70, 'item6', m_0)  # line 27
    v_78: Void = setfield(v_70, 'item7', m_0)  # line 27
    v_79: Void = setfield(v_70, 'item8', m_0)  # line 27
    v_80: Void = setfield(v_70, 'item9', m_0)  # line 27
    v_81: Void = setfield(v_70, 'item10', m_0)  # line 27
    v_82: Void = setfield(v_70, 'item11', m_0)  # line 27
    v_83: Void = setfield(v_70, 'item12', m_0)  # line 27
    v_84: Signed = getfield(v_70, 'item0')  # line 27
    v_85: Ptr(rpy_str) = direct_call(graph ll_int2hex__Signed_Bool, v_84, False)  # line 27
    v_86: Signed = getfield(v_70, 'item1')  # line 27
    v_87: Ptr(rpy_str) = direct_call(graph ll_int2hex__Signed_Bool, v_86, True)  # line 27
    v_88: Signed = getfield(v_70, 'item2')  # line 27
    v_89: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_88, 111, 0, 0, -1)  # line 27
    v_90: Signed = getfield(v_70, 'item3')  # line 27
    v_91: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_90, 120, 8, 0, -1)  # line 27
    v_92: Signed = getfield(v_70, 'item4')  # line 27
    v_93: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_92, 88, 8, 0, -1)  # line 27
    v_94: Signed = getfield(v_70, 'item5')  # line 27
    v_95: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_94, 111, 8, 0, -1)  # line 27
    v_96: Signed = getfield(v_70, 'item6')  # line 27
    v_97: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_96, 120, 16, 8, -1)  # line 27
    v_98: Signed = getfield(v_70, 'item7')  # line 27
    v_99: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_98, 120, 24, 8, -1)  # line 27
    v_100: Signed = getfield(v_70, 'item8')  # line 27
    v_101: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_100, 111, 9, 8, -1)  # line 27
    v_102: Signed = getfield(v_70, 'item9')  # line 27
    v_103: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_102, 120, 2, 0, -1)  # line 27
    v_104: Signed = getfield(v_70, 'item10')  # line 27
    v_105: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_104, 88, 4, 0, -1)  # line 27
    v_106: Signed = getfield(v_70, 'item11')  # line 27
    v_107: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_106, 120, 0, 0, 4)  # line 27
    v_108: Signed = getfield(v_70, 'item12')  # line 27
    v_109: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_108, 120, 8, 0, 4)  # line 27
    v_110: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 26)  # line 27
    v_111: Void = setarrayitem(v_110, 0, v_85)  # line 27
    v_112: Void = setarrayitem(v_110, 1, '|')  # line 27
    v_113: Void = setarrayitem(v_110, 2, v_87)  # line 27
    v_114: Void = setarrayitem(v_110, 3, '|')  # line 27
    v_115: Void = setarrayitem(v_110, 4, v_89)  # line 27
    v_116: Void = setarrayitem(v_110, 5, '|')  # line 27
    v_117: Void = setarrayitem(v_110, 6, v_91)  # line 27
    v_118: Void = setarrayitem(v_110, 7, '|')  # line 27
    v_119: Void = setarrayitem(v_110, 8, v_93)  # line 27
    v_120: Void = setarrayitem(v_110, 9, '|')  # line 27
    v_121: Void = setarrayitem(v_110, 10, v_95)  # line 27
    v_122: Void = setarrayitem(v_110, 11, '|')  # line 27
    v_123: Void = setarrayitem(v_110, 12, v_97)  # line 27
    v_124: Void = setarrayitem(v_110, 13, '|')  # line 27
    v_125: Void = setarrayitem(v_110, 14, v_99)  # line 27
    v_126: Void = setarrayitem(v_110, 15, '|')  # line 27
    v_127: Void = setarrayitem(v_110, 16, v_101)  # line 27
    v_128: Void = setarrayitem(v_110, 17, '|')  # line 27
    v_129: Void = setarrayitem(v_110, 18, v_103)  # line 27
    v_130: Void = setarrayitem(v_110, 19, '|')  # line 27
    v_131: Void = setarrayitem(v_110, 20, v_105)  # line 27
    v_132: Void = setarrayitem(v_110, 21, '|')  # line 27
    v_133: Void = setarrayitem(v_110, 22, v_107)  # line 27
    v_134: Void = setarrayitem(v_110, 23, '|')  # line 27
    v_135: Void = setarrayitem(v_110, 24, v_109)  # line 27
    v_136: Void = setarrayitem(v_110, 25, '|')  # line 27
    v_137: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 26, v_110)  # line 27
    v_138: Ptr(tuple6) = malloc(GcStruct tuple6 immutable { item0: Unsigned, item1: Unsigned, item2: Unsigned, item3: Unsigned, item4: Unsigned, item5: Unsigned }, 'gc')  # line 28
    v_139: Void = setfield(v_138, 'item0', v_6)  # line 28
    v_140: Void = setfield(v_138, 'item1', v_6)  # line 28
    v_141: Void = setfield(v_138, 'item2', v_6)  # line 28
    v_142: Void = setfield(v_138, 'item3', v_6)  # line 28
    v_143: Void = setfield(v_138, 'item4', v_6)  # line 28
    v_144: Void = setfield(v_138, 'item5', v_6)  # line 28
    v_145: Unsigned = getfield(v_138, 'item0')  # line 28
    v_146: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_145, 100, 0, 0, -1)  # line 28
    v_147: Unsigned = getfield(v_138, 'item1')  # line 28
    v_148: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_147, 120, 0, 0, -1)  # line 28
    v_149: Unsigned = getfield(v_138, 'item2')  # line 28
    v_150: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_149, 100, 0, 0, -1)  # line 28
    v_151: Unsigned = getfield(v_138, 'item3')  # line 28
    v_152: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_151, 100, 0, 10, -1)  # line 28
    v_153: Unsigned = getfield(v_138, 'item4')  # line 28
    v_154: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_153, 111, 1, 3, -1)  # line 28
    v_155: Unsigned = getfield(v_138, 'item5')  # line 28
    v_156: Ptr(rpy_str) = direct_call(graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed, v_155, 88, 8, 0, -1)  # line 28
    v_157: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 11)  # line 28
    v_158: Void = setarrayitem(v_157, 0, v_146)  # line 28
    v_159: Void = setarrayitem(v_157, 1, ' ')  # line 28
    v_160: Void = setarrayitem(v_157, 2, v_148)  # line 28
    v_161: Void = setarrayitem(v_157, 3, ' ')  # line 28
    v_162: Void = setarrayitem(v_157, 4, v_150)  # line 28
    v_163: Void = setarrayitem(v_157, 5, ' ')  # line 28
    v_164: Void = setarrayitem(v_157, 6, v_152)  # line 28
    v_165: Void = setarrayitem(v_157, 7, ' ')  # line 28
    v_166: Void = setarrayitem(v_157, 8, v_154)  # line 28
    v_167: Void = setarrayitem(v_157, 9, ' ')  # line 28
    v_168: Void = setarrayitem(v_157, 10, v_156)  # line 28
    v_169: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 11, v_157)  # line 28
    v_170: Bool = int_gt(n_1, 0)  # line 29
    v_171: Bool = int_lt(n_1, 0)  # line 29
    v_172: Bool = int_gt(n_1, 0)  # line 29
    v_173: Bool = int_eq(n_1, 1)  # line 29
    v_174: Bool = int_eq(n_1, 1)  # line 29
    v_175: Bool = int_gt(n_1, 2)  # line 29
    v_176: Bool = int_gt(n_1, 2)  # line 29
    v_177: Bool = int_lt(n_1, 3)  # line 29
    v_178: Ptr(rpy_str) = direct_call(graph ll_bool2str__Bool, v_177)  # line 29
    v_179: Ptr(rpy_str) = same_as(v_178)  # line 29
    v_180: Ptr(tuple8) = malloc(GcStruct tuple8 immutable { item0: Bool, item1: Bool, item2: Bool, item3: Bool, item4: Bool, item5: Bool, item6: Bool, item7: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 29
    v_181: Void = setfield(v_180, 'item0', v_170)  # line 29
    v_182: Void = setfield(v_180, 'item1', v_171)  # line 29
    v_183: Void = setfield(v_180, 'item2', v_172)  # line 29
    v_184: Void = setfield(v_180, 'item3', v_173)  # line 29
    v_185: Void = setfield(v_180, 'item4', v_174)  # line 29
    v_186: Void = setfield(v_180, 'item5', v_175)  # line 29
    v_187: Void = setfield(v_180, 'item6', v_176)  # line 29
    v_188: Void = setfield(v_180, 'item7', v_179)  # line 29
    v_189: Bool = getfield(v_180, 'item0')  # line 29
    v_190: Ptr(rpy_str) = direct_call(graph ll_bool2str__Bool, v_189)  # line 29
    v_191: Bool = getfield(v_180, 'item1')  # line 29
    v_192: Ptr(rpy_str) = direct_call(graph ll_bool2str__Bool, v_191)  # line 29
    v_193: Bool = getfield(v_180, 'item2')  # line 29
    v_194: Signed = cast_bool_to_int(v_193)  # line 29
    v_195: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_194)  # line 29
    v_196: Bool = getfield(v_180, 'item3')  # line 29
    v_197: Ptr(rpy_str) = direct_call(graph ll_bool2str__Bool, v_196)  # line 29
    v_198: Ptr(rpy_str) = direct_call(graph ll_format_str__rpy_str_Signed_Signed_Bool, v_197, 5, -1, False)  # line 29
    v_199: Bool = getfield(v_180, 'item4')  # line 29
    v_200: Ptr(rpy_str) = direct_call(graph ll_bool2str__Bool, v_199)  # line 29
    v_201: Ptr(rpy_str) = direct_call(graph ll_format_str__rpy_str_Signed_Signed_Bool, v_200, 6, -1, True)  # line 29
    v_202: Bool = getfield(v_180, 'item5')  # line 29
    v_203: Signed = cast_bool_to_int(v_202)  # line 29
    v_204: Ptr(rpy_str) = direct_call(graph ll_int2hex__Signed_Bool, v_203, False)  # line 29
    v_205: Bool = getfield(v_180, 'item6')  # line 29
    v_206: Signed = cast_bool_to_int(v_205)  # line 29
    v_207: Ptr(rpy_str) = direct_call(graph ll_format_int__Signed_Signed_Signed_Signed_Signed, v_206, 100, 16, 5, -1)  # line 29
    v_208: Ptr(rpy_str) = getfield(v_180, 'item7')  # line 29
    v_209: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 15)  # line 29
    v_210: Void = setarrayitem(v_209, 0, v_190)  # line 29
    v_211: Void = setarrayitem(v_209, 1, '|')  # line 29
    v_212: Void = setarrayitem(v_209, 2, v_192)  # line 29
    v_213: Void = setarrayitem(v_209, 3, '|')  # line 29
    v_214: Void = setarrayitem(v_209, 4, v_195)  # line 29
    v_215: Void = setarrayitem(v_209, 5, '|')  # line 29
    v_216: Void = setarrayitem(v_209, 6, v_198)  # line 29
    v_217: Void = setarrayitem(v_209, 7, '|')  # line 29
    v_218: Void = setarrayitem(v_209, 8, v_201)  # line 29
    v_219: Void = setarrayitem(v_209, 9, '|')  # line 29
    v_220: Void = setarrayitem(v_209, 10, v_204)  # line 29
    v_221: Void = setarrayitem(v_209, 11, '|')  # line 29
    v_222: Void = setarrayitem(v_209, 12, v_207)  # line 29
    v_223: Void = setarrayitem(v_209, 13, '|')  # line 29
    v_224: Void = setarrayitem(v_209, 14, v_208)  # line 29
    v_225: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 15, v_209)  # line 29
    v_226: Ptr(rpy_str) = direct_call(graph word, n_1)  # line 30
    v_227: Ptr(rpy_str) = direct_call(graph word, n_1)  # line 30
    v_228: Ptr(rpy_str) = direct_call(graph word, n_1)  # line 30
    v_229: Ptr(rpy_str) = direct_call(graph word, n_1)  # line 30
    v_230: Ptr(rpy_str) = direct_call(graph word, n_1)  # line 30
    v_231: Ptr(rpy_str) = direct_call(graph word, n_1)  # line 30
    v_232: Signed = int_mod(n_1, 26)  # line 30
    v_233: Bool = int_ne(v_232, 0)  # line 30
    v_234: Signed = int_xor(v_232, 26)  # line 30
    v_235: Bool = int_lt(v_234, 0)  # line 30
    v_236: Signed = cast_bool_to_int(v_233)  # line 30
    v_237: Signed = cast_bool_to_int(v_235)  # line 30
    v_238: Signed = int_and(v_236, v_237)  # line 30
    v_239: Signed = int_mul(v_238, 26)  # line 30
    v_240: Signed = int_add(v_232, v_239)  # line 30
    v_241: Signed = int_add(65, v_240)  # line 30
    v_242: Signed = int_mod(n_1, 3)  # line 30
    v_243: Bool = int_ne(v_242, 0)  # line 30
    v_244: Signed = int_xor(v_242, 3)  # line 30
    v_245: Bool = int_lt(v_244, 0)  # line 30
    v_246: Signed = cast_bool_to_int(v_243)  # line 30
    v_247: Signed = cast_bool_to_int(v_245)  # line 30
    v_248: Signed = int_and(v_246, v_247)  # line 30
    v_249: Signed = int_mul(v_248, 3)  # line 30
    v_250: Signed = int_add(v_242, v_249)  # line 30
    v_251: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, 'xyz', v_250)  # line 30
    v_252: Signed = int_mod(n_1, 90)  # line 30
    v_253: Bool = int_ne(v_252, 0)  # line 30
    v_254: Signed = int_xor(v_252, 90)  # line 30
    v_255: Bool = int_lt(v_254, 0)  # line 30
    v_256: Signed = cast_bool_to_int(v_253)  # line 30
    v_257: Signed = cast_bool_to_int(v_255)  # line 30
    v_258: Signed = int_and(v_256, v_257)  # line 30
    v_259: Signed = int_mul(v_258, 90)  # line 30
    v_260: Signed = int_add(v_252, v_259)  # line 30
    v_261: Signed = int_add(32, v_260)  # line 30
    v_262: Ptr(tuple10) = malloc(GcStruct tuple10 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item2: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item3: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item4: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item5: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item6: Signed, item7: UniChar, item8: Signed, item9: Signed }, 'gc')  # line 30
    v_263: Void = setfield(v_262, 'item0', v_226)  # line 30
    v_264: Void = setfield(v_262, 'item1', v_227)  # line 30
    v_265: Void = setfield(v_262, 'item2', v_228)  # line 30
    v_266: Void = setfield(v_262, 'item3', v_229)  # line 30
    v_267: Void = setfield(v_262, 'item4', v_230)  # line 30
    v_268: Void = setfield(v_262, 'item5', v_231)  # line 30
    v_269: Void = setfield(v_262, 'item6', v_241)  # line 30
    v_270: Void = setfield(v_262, 'item7', v_251)  # line 30
    v_271: Void = setfield(v_262, 'item8', v_261)  # line 30
    v_272: Void = setfield(v_262, 'item9', 128512)  # line 30
    v_273: Ptr(rpy_str) = getfield(v_262, 'item0')  # line 30
    v_274: Ptr(rpy_str) = getfield(v_262, 'item1')  # line 30
    v_275: Ptr(rpy_str) = str_repr(v_274)  # line 30
    v_276: Ptr(rpy_str) = getfield(v_262, 'item2')  # line 30
    v_277: Ptr(rpy_str) = direct_call(graph ll_format_str__rpy_str_Signed_Signed_Bool, v_276, 5, -1, False)  # line 30
    v_278: Ptr(rpy_str) = getfield(v_262, 'item3')  # line 30
    v_279: Ptr(rpy_str) = direct_call(graph ll_format_str__rpy_str_Signed_Signed_Bool, v_278, 5, -1, True)  # line 30
    v_280: Ptr(rpy_str) = getfield(v_262, 'item4')  # line 30
    v_281: Ptr(rpy_str) = direct_call(graph ll_format_str__rpy_str_Signed_Signed_Bool, v_280, 0, 2, False)  # line 30
    v_282: Ptr(rpy_str) = getfield(v_262, 'item5')  # line 30
    v_283: Ptr(rpy_str) = str_repr(v_282)  # line 30
    v_284: Ptr(rpy_str) = direct_call(graph ll_format_str__rpy_str_Signed_Signed_Bool, v_283, 6, 1, False)  # line 30
    v_285: Signed = getfield(v_262, 'item6')  # line 30
    v_286: UniChar = direct_call(graph ll_format_chr__Signed, v_285)  # line 30
    v_287: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_286)  # line 30
    v_288: UniChar = getfield(v_262, 'item7')  # line 30
    v_289: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_288)  # line 30
    v_290: Ptr(rpy_str) = direct_call(graph ll_format_str__rpy_str_Signed_Signed_Bool, v_289, 3, -1, False)  # line 30
    v_291: Signed = getfield(v_262, 'item8')  # line 30
    v_292: UniChar = direct_call(graph ll_format_chr__Signed, v_291)  # line 30
    v_293: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_292)  # line 30
    v_294: Ptr(rpy_str) = direct_call(graph ll_format_str__rpy_str_Signed_Signed_Bool, v_293, 3, -1, True)  # line 30
    v_295: Signed = getfield(v_262, 'item9')  # line 30
    v_296: UniChar = direct_call(graph ll_format_chr__Signed, v_295)  # line 30
    v_297: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_296)  # line 30
    v_298: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 19)  # line 30
    v_299: Void = setarrayitem(v_298, 0, v_273)  # line 30
    v_300: Void = setarrayitem(v_298, 1, '|')  # line 30
    v_301: Void = setarrayitem(v_298, 2, v_275)  # line 30
    v_302: Void = setarrayitem(v_298, 3, '|')  # line 30
    v_303: Void = setarrayitem(v_298, 4, v_277)  # line 30
    v_304: Void = setarrayitem(v_298, 5, '|')  # line 30
    v_305: Void = setarrayitem(v_298, 6, v_279)  # line 30
    v_306: Void = setarrayitem(v_298, 7, '|')  # line 30
    v_307: Void = setarrayitem(v_298, 8, v_281)  # line 30
    v_308: Void = setarrayitem(v_298, 9, '|')  # line 30
    v_309: Void = setarrayitem(v_298, 10, v_284)  # line 30
    v_310: Void = setarrayitem(v_298, 11, '|')  # line 30
    v_311: Void = setarrayitem(v_298, 12, v_287)  # line 30
    v_312: Void = setarrayitem(v_298, 13, '|')  # line 30
    v_313: Void = setarrayitem(v_298, 14, v_290)  # line 30
    v_314: Void = setarrayitem(v_298, 15, '|')  # line 30
    v_315: Void = setarrayitem(v_298, 16, v_294)  # line 30
    v_316: Void = setarrayitem(v_298, 17, '|')  # line 30
    v_317: Void = setarrayitem(v_298, 18, v_297)  # line 30
    v_318: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 19, v_298)  # line 30
    v_319: Signed = int_neg(n_1)  # line 31
    v_320: Signed = int_neg(n_1)  # line 31
    v_321: Ptr(tuple7) = malloc(GcStruct tuple7 immutable { item0: Signed, item1: Signed, item2: Signed, item3: Signed, item4: Signed, item5: Signed, item6: Signed }, 'gc')  # line 31
    v_322: Void = setfield(v_321, 'item0', n_1)  # line 31
    v_323: Void = setfield(v_321, 'item1', n_1)  # line 31
    v_324: Void = setfield(v_321, 'item2', m_0)  # line 31
    v_325: Void = setfield(v_321, 'item3', v_319)  # line 31
    v_326: Void = setfield(v_321, 'item4', v_320)  # line 31
    v_327: Void = setfield(v_321, 'item5', m_0)  # line 31
    v_328: Void = setfield(v_321, 'item6', n_1)  # line 31
    v_329: Signed = getfield(v_321, 'item0')  # line 31
    v_330: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_329)  # line 31
    v_331: Signed = getfield(v_321, 'item1')  # line 31
    v_332: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_331)  # line 31
    v_333: Signed = getfield(v_321, 'item2')  # line 31
    v_334: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_333)  # line 31
    v_335: Signed = getfield(v_321, 'item3')  # line 31
    v_336: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_335)  # line 31
    v_337: Signed = getfield(v_321, 'item4')  # line 31
    v_338: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_337)  # line 31
    v_339: Ptr(rpy_str) = direct_call(graph ll_format_str__rpy_str_Signed_Signed_Bool, v_338, 5, -1, False)  # line 31
    v_340: Signed = getfield(v_321, 'item5')  # line 31
    v_341: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_340)  # line 31
    v_342: Ptr(rpy_str) = direct_call(graph ll_format_str__rpy_str_Signed_Signed_Bool, v_341, 0, 2, False)  # line 31
    v_343: Signed = getfield(v_321, 'item6')  # line 31
    v_344: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_343)  # line 31
    v_345: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 14)  # line 31
    v_346: Void = setarrayitem(v_345, 0, v_330)  # line 31
    v_347: Void = setarrayitem(v_345, 1, ' ')  # line 31
    v_348: Void = setarrayitem(v_345, 2, v_332)  # line 31
    v_349: Void = setarrayitem(v_345, 3, ' ')  # line 31
    v_350: Void = setarrayitem(v_345, 4, v_334)  # line 31
    v_351: Void = setarrayitem(v_345, 5, ' ')  # line 31
    v_352: Void = setarrayitem(v_345, 6, v_336)  # line 31
    v_353: Void = setarrayitem(v_345, 7, ' ')  # line 31
    v_354: Void = setarrayitem(v_345, 8, v_339)  # line 31
    v_355: Void = setarrayitem(v_345, 9, '|')  # line 31
    v_356: Void = setarrayitem(v_345, 10, v_342)  # line 31
    v_357: Void = setarrayitem(v_345, 11, '|%|%')  # line 31
    v_358: Void = setarrayitem(v_345, 12, v_344)  # line 31
    v_359: Void = setarrayitem(v_345, 13, '%')  # line 31
    v_360: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 14, v_345)  # line 31
    v_361: Ptr(rpy_str) = direct_call(graph word, n_1)  # line 32
    v_362: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_361, '!')  # line 32
    v_363: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, v_362, 0)  # line 32
    v_364: Ptr(tuple3) = malloc(GcStruct tuple3 immutable { item0: UniChar, item1: UniChar, item2: UniChar }, 'gc')  # line 32
    v_365: Void = setfield(v_364, 'item0', v_363)  # line 32
    v_366: Void = setfield(v_364, 'item1', 233)  # line 32
    v_367: Void = setfield(v_364, 'item2', 122)  # line 32
    v_368: UniChar = getfield(v_364, 'item0')  # line 32
    v_369: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_368)  # line 32
    v_370: UniChar = getfield(v_364, 'item1')  # line 32
    v_371: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_370)  # line 32
    v_372: UniChar = getfield(v_364, 'item2')  # line 32
    v_373: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_372)  # line 32
    v_374: Ptr(rpy_str) = direct_call(graph ll_format_str__rpy_str_Signed_Signed_Bool, v_373, 4, -1, True)  # line 32
    v_375: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 5)  # line 32
    v_376: Void = setarrayitem(v_375, 0, v_369)  # line 32
    v_377: Void = setarrayitem(v_375, 1, v_371)  # line 32
    v_378: Void = setarrayitem(v_375, 2, '|')  # line 32
    v_379: Void = setarrayitem(v_375, 3, v_374)  # line 32
    v_380: Void = setarrayitem(v_375, 4, '|')  # line 32
    v_381: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 5, v_375)  # line 32
    v_382: Signed = int_abs(n_1)  # line 33
    v_383: Signed = int_mod(v_382, 256)  # line 33
    v_384: Bool = int_ne(v_383, 0)  # line 33
    v_385: Signed = int_xor(v_383, 256)  # line 33
    v_386: Bool = int_lt(v_385, 0)  # line 33
    v_387: Signed = cast_bool_to_int(v_384)  # line 33
    v_388: Signed = cast_bool_to_int(v_386)  # line 33
    v_389: Signed = int_and(v_387, v_388)  # line 33
    v_390: Signed = int_mul(v_389, 256)  # line 33
    v_391: Signed = int_add(v_383, v_390)  # line 33
    v_392: Signed = int_mul(v_391, 4096)  # line 33
    v_393: Signed = int_abs(n_1)  # line 33
    v_394: Signed = int_sub(1114111, v_393)  # line 33
    v_395: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: Signed }, 'gc')  # line 33
    v_396: Void = setfield(v_395, 'item0', v_392)  # line 33
    v_397: Void = setfield(v_395, 'item1', v_394)  # line 33
    v_398: Signed = getfield(v_395, 'item0')  # line 33
    v_399: UniChar = direct_call(graph ll_format_chr__Signed, v_398)  # line 33
    v_400: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_399)  # line 33
    v_401: Signed = getfield(v_395, 'item1')  # line 33
    v_402: UniChar = direct_call(graph ll_format_chr__Signed, v_401)  # line 33
    v_403: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_402)  # line 33
    v_404: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 2)  # line 33
    v_405: Void = setarrayitem(v_404, 0, v_400)  # line 33
    v_406: Void = setarrayitem(v_404, 1, v_403)  # line 33
    v_407: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 2, v_404)  # line 33
    v_408: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 8)  # line 25
    v_409: Void = setarrayitem(v_408, 0, v_69)  # line 25
    v_410: Void = setarrayitem(v_408, 1, v_137)  # line 25
    v_411: Void = setarrayitem(v_408, 2, v_169)  # line 25
    v_412: Void = setarrayitem(v_408, 3, v_225)  # line 25
    v_413: Void = setarrayitem(v_408, 4, v_318)  # line 25
    v_414: Void = setarrayitem(v_408, 5, v_360)  # line 25
    v_415: Void = setarrayitem(v_408, 6, v_381)  # line 25
    v_416: Void = setarrayitem(v_408, 7, v_407)  # line 25
    v_417: UniChar = same_as(10)  # line 35
    v_418: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_417)  # line 35
    v_419: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_array_rpy_str, v_418, v_408)  # line 35
    --> return(v_419)

graph word(n_0: Signed)  # percent_format_ints_and_strs.py:6
block0(n_0: Signed):
    v_0: Bool = int_eq(n_0, 1)  # line 7
    v_1: Bool = same_as(v_0)  # line 7
    switch v_1
    False --> block1(n_0)
    True --> return('it\'s')
block1(n_1: Signed):
    v_2: Bool = int_eq(n_1, 2)  # line 9
    v_3: Bool = same_as(v_2)  # line 9
    switch v_3
    False --> block2(n_1)
    True --> return('say "hi"')
block2(n_2: Signed):
    v_4: Bool = int_eq(n_2, 3)  # line 11
    v_5: Bool = same_as(v_4)  # line 11
    switch v_5
    False --> block3(n_2)
    True --> return('both \' and "')
block3(n_3: Signed):
    v_6: Bool = int_eq(n_3, 7)  # line 13
    v_7: Bool = same_as(v_6)  # line 13
    switch v_7
    False --> block4(n_3)
    True --> return('tab\x09new\x0aline\\ \x7f \x01 \xe9 \u20ac \u200b \U0001f600')
block4(n_4: Signed):
    v_8: Bool = int_eq(n_4, 12)  # line 15
    v_9: Bool = same_as(v_8)  # line 15
    switch v_9
    False --> block5(n_4)
    True --> return('')
block5(n_5: Signed):
    v_10: Signed = int_mod(n_5, 5)  # line 17
    v_11: Bool = int_ne(v_10, 0)  # line 17
    v_12: Signed = int_xor(v_10, 5)  # line 17
    v_13: Bool = int_lt(v_12, 0)  # line 17
    v_14: Signed = cast_bool_to_int(v_11)  # line 17
    v_15: Signed = cast_bool_to_int(v_13)  # line 17
    v_16: Signed = int_and(v_14, v_15)  # line 17
    v_17: Signed = int_mul(v_16, 5)  # line 17
    v_18: Signed = int_add(v_10, v_17)  # line 17
    v_19: Ptr(rpy_str) = direct_call(graph ll_char_mul__UniChar_Signed, 119, v_18)  # line 17
    --> return(v_19)

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

graph ll_format_int__Signed_Signed_Signed_Signed_Signed(n_0: Signed, conversion_0: Signed, flags_0: Signed, width_0: Signed, precision_0: Signed)  # rstr.py:1004
block0(n_0: Signed, conversion_0: Signed, flags_0: Signed, width_0: Signed, precision_0: Signed):
    v_0: Bool = int_lt(n_0, 0)  # line 1006
    v_1: Bool = same_as(v_0)  # line 1007
    switch v_1
    False --> block1(n_0, conversion_0, flags_0, width_0, precision_0, v_0)
    True --> block3(n_0, conversion_0, flags_0, width_0, precision_0, v_0)
block1(n_1: Signed, conversion_1: Signed, flags_1: Signed, width_1: Signed, precision_1: Signed, negative_0: Bool):
    v_2: Unsigned = cast_int_to_uint(n_1)  # line 1007
    v_3: Unsigned = same_as(v_2)  # line 1007
    --> block2(conversion_1, flags_1, width_1, precision_1, negative_0, v_3)
block2(conversion_2: Signed, flags_2: Signed, width_2: Signed, precision_2: Signed, negative_1: Bool, v_4: Unsigned):
    v_5: Ptr(rpy_str) = direct_call(graph _format_number__Bool_Unsigned_Signed_Signed_Signed_Signed, negative_1, v_4, conversion_2, flags_2, width_2, precision_2)  # line 1008
    --> return(v_5)
block3(n_2: Signed, conversion_3: Signed, flags_3: Signed, width_3: Signed, precision_3: Signed, negative_2: Bool):
    v_6: Unsigned = same_as(0)  # line 1007
    v_7: Unsigned = cast_int_to_uint(n_2)  # line 1007
    v_8: Unsigned = same_as(v_7)  # line 1007
    v_9: Unsigned = uint_sub(v_6, v_8)  # line 1007
    --> block2(conversion_3, flags_3, width_3, precision_3, negative_2, v_9)

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
    switch v_16
    False --> block7(negative_6, u_6, conversion_6, flags_6, width_6, precision_6, base_5, digits_2, v_15, zeros_0)
    True --> block9(negative_6, u_6, conversion_6, flags_6, width_6, precision_6, base_5, digits_2, v_15, zeros_0, 45)
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

graph ll_int2hex__Signed_Bool(n_0: Signed, upper_0: Bool)  # rstr.py:853
block0(n_0: Signed, upper_0: Bool):
    v_0: Bool = int_eq(n_0, 0)  # line 855
    v_1: Bool = same_as(v_0)  # line 855
    switch v_1
    False --> block1(n_0, upper_0)
    True --> block18()
block1(n_1: Signed, upper_1: Bool):
    v_2: Bool = int_lt(n_1, 0)  # line 857
    v_3: Bool = same_as(v_2)  # line 858
    switch v_3
    False --> block2(n_1, upper_1, v_2)
    True --> block17(n_1, upper_1, v_2)
block2(n_2: Signed, upper_2: Bool, negative_0: Bool):
    v_4: Unsigned = cast_int_to_uint(n_2)  # line 858
    v_5: Unsigned = same_as(v_4)  # line 858
    --> block3(n_2, upper_2, negative_0, v_5, 0, v_5)
block3(n_3: Signed, upper_3: Bool, negative_1: Bool, u_0: Unsigned, length_0: Signed, v_6: Unsigned):
    v_7: Unsigned = same_as(0)  # line 861
    v_8: Bool = uint_ne(v_6, v_7)  # line 861
    v_9: Bool = same_as(v_8)  # line 861
    switch v_9
    False --> block4(n_3, upper_3, negative_1, u_0, length_0, v_6)
    True --> block16(n_3, upper_3, negative_1, u_0, length_0, v_6)
block4(n_4: Signed, upper_4: Bool, negative_2: Bool, u_1: Unsigned, length_1: Signed, v_10: Unsigned):
    v_11: Bool = same_as(negative_2)  # line 864
    switch v_11
    False --> block5(n_4, upper_4, negative_2, u_1, length_1, v_10)
    True --> block15(n_4, upper_4, negative_2, u_1, length_1, v_10)
block5(n_5: Signed, upper_5: Bool, negative_3: Bool, u_2: Unsigned, length_2: Signed, v_12: Unsigned):
    v_13: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, length_2)  # line 866
    v_14: Signed = int_sub(length_2, 1)  # line 867
    --> block6(n_5, upper_5, negative_3, u_2, length_2, v_12, v_13, v_14)
block6(n_6: Signed, upper_6: Bool, negative_4: Bool, u_3: Unsigned, length_3: Signed, v_15: Unsigned, res_0: Ptr(rpy_str), pos_0: Signed):
    v_16: Unsigned = same_as(0)  # line 868
    v_17: Bool = uint_ne(u_3, v_16)  # line 868
    v_18: Bool = same_as(v_17)  # line 868
    switch v_18
    False --> block7(negative_4, res_0)
    True --> block9(n_6, upper_6, negative_4, u_3, length_3, v_15, res_0, pos_0)
block7(negative_5: Bool, res_1: Ptr(rpy_str)):
    v_19: Bool = same_as(negative_5)  # line 878
    switch v_19
    False --> return(res_1)
    True --> block8(res_1)
block8(res_2: Ptr(rpy_str)):
    v_20: Ptr(rpy_str) = same_as(res_2)  # line 879
    v_21: Void = setinteriorfield(v_20, 'chars', 0, 45)  # line 879
    --> return(res_2)
block9(n_7: Signed, upper_7: Bool, negative_6: Bool, u_4: Unsigned, length_4: Signed, v_22: Unsigned, res_3: Ptr(rpy_str), pos_1: Signed):
    v_23: Unsigned = same_as(15)  # line 869
    v_24: Unsigned = uint_and(u_4, v_23)  # line 869
    v_25: Signed = cast_uint_to_int(v_24)  # line 869
    v_26: Signed = same_as(v_25)  # line 869
    v_27: Bool = int_lt(v_26, 10)  # line 870
    v_28: Bool = same_as(v_27)  # line 870
    switch v_28
    False --> block10(n_7, upper_7, negative_6, u_4, length_4, v_22, res_3, pos_1, v_26)
    True --> block14(n_7, upper_7, negative_6, u_4, length_4, v_22, res_3, pos_1, v_26)
block10(n_8: Signed, upper_8: Bool, negative_7: Bool, u_5: Unsigned, length_5: Signed, v_29: Unsigned, res_4: Ptr(rpy_str), pos_2: Signed, d_0: Signed):
    v_30: Bool = same_as(upper_8)  # line 872
    switch v_30
    False --> block11(n_8, upper_8, negative_7, u_5, length_5, v_29, res_4, pos_2, d_0)
    True --> block13(n_8, upper_8, negative_7, u_5, length_5, v_29, res_4, pos_2, d_0)
block11(n_9: Signed, upper_9: Bool, negative_8: Bool, u_6: Unsigned, length_6: Signed, v_31: Unsigned, res_5: Ptr(rpy_str), pos_3: Signed, d_1: Signed):
    v_32: Signed = int_add(87, d_1)  # line 875
    v_33: UniChar = cast_int_to_unichar(v_32)  # line 875
    v_34: Ptr(rpy_str) = same_as(res_5)  # line 875
    v_35: Void = setinteriorfield(v_34, 'chars', pos_3, v_33)  # line 875
    --> block12(n_9, upper_9, negative_8, u_6, length_6, v_31, res_5, pos_3)
block12(n_10: Signed, upper_10: Bool, negative_9: Bool, u_7: Unsigned, length_7: Signed, v_36: Unsigned, res_6: Ptr(rpy_str), pos_4: Signed):
    v_37: Unsigned = uint_rshift(u_7, 4)  # line 876
    v_38: Signed = int_sub(pos_4, 1)  # line 877
    --> block6(n_10, upper_10, negative_9, v_37, length_7, v_36, res_6, v_38)
block13(n_11: Signed, upper_11: Bool, negative_10: Bool, u_8: Unsigned, length_8: Signed, v_39: Unsigned, res_7: Ptr(rpy_str), pos_5: Signed, d_2: Signed):
    v_40: Signed = int_add(55, d_2)  # line 873
    v_41: UniChar = cast_int_to_unichar(v_40)  # line 873
    v_42: Ptr(rpy_str) = same_as(res_7)  # line 873
    v_43: Void = setinteriorfield(v_42, 'chars', pos_5, v_41)  # line 873
    --> block12(n_11, upper_11, negative_10, u_8, length_8, v_39, res_7, pos_5)
block14(n_12: Signed, upper_12: Bool, negative_11: Bool, u_9: Unsigned, length_9: Signed, v_44: Unsigned, res_8: Ptr(rpy_str), pos_6: Signed, d_3: Signed):
    v_45: Signed = int_add(48, d_3)  # line 871
    v_46: UniChar = cast_int_to_unichar(v_45)  # line 871
    v_47: Ptr(rpy_str) = same_as(res_8)  # line 871
    v_48: Void = setinteriorfield(v_47, 'chars', pos_6, v_46)  # line 871
    --> block12(n_12, upper_12, negative_11, u_9, length_9, v_44, res_8, pos_6)
block15(n_13: Signed, upper_13: Bool, negative_12: Bool, u_10: Unsigned, length_10: Signed, v_49: Unsigned):
    v_50: Signed = int_add(length_10, 1)  # line 865
    --> block5(n_13, upper_13, negative_12, u_10, v_50, v_49)
block16(n_14: Signed, upper_14: Bool, negative_13: Bool, u_11: Unsigned, length_11: Signed, v_51: Unsigned):
    v_52: Signed = int_add(length_11, 1)  # line 862
    v_53: Unsigned = uint_rshift(v_51, 4)  # line 863
    --> block3(n_14, upper_14, negative_13, u_11, v_52, v_53)
block17(n_15: Signed, upper_15: Bool, negative_14: Bool):
    v_54: Unsigned = same_as(0)  # line 858
    v_55: Unsigned = cast_int_to_uint(n_15)  # line 858
    v_56: Unsigned = same_as(v_55)  # line 858
    v_57: Unsigned = uint_sub(v_54, v_56)  # line 858
    --> block3(n_15, upper_15, negative_14, v_57, 0, v_57)
block18():
    v_58: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, 48)  # line 856
    --> return(v_58)

graph ll_format_uint__Unsigned_Signed_Signed_Signed_Signed(u_0: Unsigned, conversion_0: Signed, flags_0: Signed, width_0: Signed, precision_0: Signed)  # rstr.py:1011
block0(u_0: Unsigned, conversion_0: Signed, flags_0: Signed, width_0: Signed, precision_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph _format_number__Bool_Unsigned_Signed_Signed_Signed_Signed, False, u_0, conversion_0, flags_0, width_0, precision_0)  # line 1012
    --> return(v_0)

graph ll_bool2str__Bool(b_0: Bool)  # rstr.py:63
block0(b_0: Bool):
    v_0: Bool = same_as(b_0)  # line 64
    switch v_0
    False --> return('False')
    True --> return('True')

graph ll_format_str__rpy_str_Signed_Signed_Bool(s_0: Ptr(rpy_str), width_0: Signed, precision_0: Signed, left_0: Bool)  # rstr.py:1088
block0(s_0: Ptr(rpy_str), width_0: Signed, precision_0: Signed, left_0: Bool):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 1091
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 1091
    v_2: Bool = int_ge(precision_0, 0)  # line 1092
    v_3: Bool = same_as(v_2)  # line 1092
    switch v_3
    False --> block1(s_0, width_0, left_0, v_1)
    True --> block7(s_0, width_0, precision_0, left_0, v_1)
block1(s_1: Ptr(rpy_str), width_1: Signed, left_1: Bool, length_0: Signed):
    v_4: Bool = int_gt(width_1, length_0)  # line 1095
    v_5: Bool = same_as(v_4)  # line 1095
    switch v_5
    False --> block2(s_1, left_1, length_0, 0)
    True --> block6(s_1, width_1, left_1, length_0)
block2(s_2: Ptr(rpy_str), left_2: Bool, length_1: Signed, pad_0: Signed):
    v_6: Signed = int_add(length_1, pad_0)  # line 1097
    v_7: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, v_6)  # line 1097
    v_8: Bool = same_as(left_2)  # line 1099
    switch v_8
    False --> block3(s_2, left_2, length_1, pad_0, v_7)
    True --> block4(s_2, left_2, length_1, pad_0, v_7, 0)
block3(s_3: Ptr(rpy_str), left_3: Bool, length_2: Signed, pad_1: Signed, res_0: Ptr(rpy_str)):
    v_9: Signed = direct_call(graph _fill__rpy_str_Signed_Signed_UniChar, res_0, 0, pad_1, 32)  # line 1100
    --> block4(s_3, left_3, length_2, pad_1, res_0, v_9)
block4(s_4: Ptr(rpy_str), left_4: Bool, length_3: Signed, pad_2: Signed, res_1: Ptr(rpy_str), start_0: Signed):
    v_10: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_1, start_0, s_4, 0, length_3)  # line 1101
    v_11: Bool = same_as(left_4)  # line 1102
    switch v_11
    False --> return(res_1)
    True --> block5(length_3, pad_2, res_1)
block5(length_4: Signed, pad_3: Signed, res_2: Ptr(rpy_str)):
    v_12: Signed = direct_call(graph _fill__rpy_str_Signed_Signed_UniChar, res_2, length_4, pad_3, 32)  # line 1103
    --> return(res_2)
block6(s_5: Ptr(rpy_str), width_2: Signed, left_5: Bool, length_5: Signed):
    v_13: Signed = int_sub(width_2, length_5)  # line 1096
    --> block2(s_5, left_5, length_5, v_13)
block7(s_6: Ptr(rpy_str), width_3: Signed, precision_1: Signed, left_6: Bool, length_6: Signed):
    v_14: Bool = int_gt(length_6, precision_1)  # line 1092
    v_15: Bool = same_as(v_14)  # line 1092
    switch v_15
    False --> block1(s_6, width_3, left_6, length_6)
    True --> block1(s_6, width_3, left_6, precision_1)

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
    v_12: Void = setfield(v_11, 'typeptr', vtable IndexError [4, 5))  # line 52
    v_13: Ptr(BaseException) = cast_pointer(v_10)  # line 52
    v_14: Ptr(object_vtable) = getfield(v_13, 'typeptr')  # line 52
    --> raise(v_14, v_10)
block5(s_4: Ptr(rpy_str), index_4: Signed, length_2: Signed):
    v_15: Signed = int_add(index_4, length_2)  # line 50
    --> block1(s_4, v_15, length_2)

graph ll_format_chr__Signed(code_0: Signed)  # rstr.py:1107
block0(code_0: Signed):
    v_0: Bool = int_lt(code_0, 0)  # line 1109
    v_1: Bool = same_as(v_0)  # line 1109
    switch v_1
    False --> block1(code_0)
    True --> block3()
block1(code_1: Signed):
    v_2: Bool = int_gt(code_1, 1114111)  # line 1109
    v_3: Bool = same_as(v_2)  # line 1109
    switch v_3
    False --> block2(code_1)
    True --> block3()
block2(code_2: Signed):
    v_4: UniChar = cast_int_to_unichar(code_2)  # line 1111
    --> return(v_4)
block3():
    v_5: Ptr(OverflowError) = malloc(GcStruct OverflowError { super: GcStruct ArithmeticError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 1110
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 1110
    v_7: Void = setfield(v_6, 'typeptr', vtable OverflowError [9, 10))  # line 1110
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 1110
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 1110
    --> raise(v_9, v_5)

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

graph ll_char_mul__UniChar_Signed(ch_0: UniChar, times_0: Signed)  # rstr.py:965
block0(ch_0: UniChar, times_0: Signed):
    v_0: Bool = int_lt(times_0, 0)  # line 966
    v_1: Bool = same_as(v_0)  # line 966
    switch v_1
    False --> block1(ch_0, times_0)
    True --> block1(ch_0, 0)
block1(ch_1: UniChar, times_1: Signed):
    v_2: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, times_1)  # line 968
    --> block2(ch_1, times_1, v_2, 0)
block2(ch_2: UniChar, times_2: Signed, res_0: Ptr(rpy_str), i_0: Signed):
    v_3: Bool = int_lt(i_0, times_2)  # line 970
    v_4: Bool = same_as(v_3)  # line 970
    switch v_4
    False --> return(res_0)
    True --> block3(ch_2, times_2, res_0, i_0)
block3(ch_3: UniChar, times_3: Signed, res_1: Ptr(rpy_str), i_1: Signed):
    v_5: Ptr(rpy_str) = same_as(res_1)  # line 971
    v_6: Void = setinteriorfield(v_5, 'chars', i_1, ch_3)  # line 971
    v_7: Signed = int_add(i_1, 1)  # line 972
    --> block2(ch_3, times_3, res_1, v_7)
