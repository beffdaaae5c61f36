graph main(n_0: Signed)  # list_methods.py:103
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph searching, n_0)  # line 104
    v_1: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_0, '\x0a')  # line 104
    v_2: Ptr(rpy_str) = direct_call(graph equality, n_0)  # line 104
    v_3: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_1, v_2)  # line 104
    v_4: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_3, '\x0a')  # line 104
    v_5: Ptr(rpy_str) = direct_call(graph slicing, n_0)  # line 104
    v_6: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_4, v_5)  # line 104
    v_7: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_6, '\x0a')  # line 104
    v_8: Ptr(rpy_str) = direct_call(graph changing, n_0)  # line 104
    v_9: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_7, v_8)  # line 104
    v_10: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_9, '\x0a')  # line 104
    v_11: Signed = direct_call(graph enumerating, n_0)  # line 104
    v_12: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_11)  # line 104
    v_13: Ptr(rpy_str) = same_as(v_12)  # line 104
    v_14: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_10, v_13)  # line 104
    --> return(v_14)

graph searching(n_0: Signed)  # list_methods.py:19
block0(n_0: Signed):
    v_0: Signed = int_mod(n_0, 4)  # line 20
    v_1: Bool = int_ne(v_0, 0)  # line 20
    v_2: Signed = int_xor(v_0, 4)  # line 20
    v_3: Bool = int_lt(v_2, 0)  # line 20
    v_4: Signed = cast_bool_to_int(v_1)  # line 20
    v_5: Signed = cast_bool_to_int(v_3)  # line 20
    v_6: Signed = int_and(v_4, v_5)  # line 20
    v_7: Signed = int_mul(v_6, 4)  # line 20
    v_8: Signed = int_add(v_0, v_7)  # line 20
    v_9: Signed = int_mod(n_0, 4)  # line 20
    v_10: Bool = int_ne(v_9, 0)  # line 20
    v_11: Signed = int_xor(v_9, 4)  # line 20
    v_12: Bool = int_lt(v_11, 0)  # line 20
    v_13: Signed = cast_bool_to_int(v_10)  # line 20
    v_14: Signed = cast_bool_to_int(v_12)  # line 20
    v_15: Signed = int_and(v_13, v_14)  # line 20
    v_16: Signed = int_mul(v_15, 4)  # line 20
    v_17: Signed = int_add(v_9, v_16)  # line 20
    v_18: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 6)  # line 20
    v_19: Ptr(GcArray(Signed)) = getfield(v_18, 'items')  # line 20
    v_20: Void = setarrayitem(v_19, 0, v_8)  # line 20
    v_21: Void = setarrayitem(v_19, 1, 3)  # line 20
    v_22: Void = setarrayitem(v_19, 2, 1)  # line 20
    v_23: Void = setarrayitem(v_19, 3, v_17)  # line 20
    v_24: Void = setarrayitem(v_19, 4, 2)  # line 20
    v_25: Void = setarrayitem(v_19, 5, 3)  # line 20
    v_26: Ptr(list) = same_as(v_18)  # line 21
    v_27: Signed = direct_call(graph ll_index__list_array_Signed_Signed_None, v_26, 3, None)  # line 21
    v_28: Ptr(list) = same_as(v_18)  # line 21
    v_29: Signed = direct_call(graph ll_count__list_array_Signed_Signed_None, v_28, 3, None)  # line 21
    v_30: Ptr(list) = same_as(v_18)  # line 21
    v_31: Signed = int_mod(n_0, 4)  # line 21
    v_32: Bool = int_ne(v_31, 0)  # line 21
    v_33: Signed = int_xor(v_31, 4)  # line 21
    v_34: Bool = int_lt(v_33, 0)  # line 21
    v_35: Signed = cast_bool_to_int(v_32)  # line 21
    v_36: Signed = cast_bool_to_int(v_34)  # line 21
    v_37: Signed = int_and(v_35, v_36)  # line 21
    v_38: Signed = int_mul(v_37, 4)  # line 21
    v_39: Signed = int_add(v_31, v_38)  # line 21
    v_40: Signed = direct_call(graph ll_count__list_array_Signed_Signed_None, v_30, v_39, None)  # line 21
    v_41: Ptr(list) = same_as(v_18)  # line 21
    v_42: Signed = direct_call(graph ll_count__list_array_Signed_Signed_None, v_41, 99, None)  # line 21
    v_43: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 4)  # line 21
    v_44: Ptr(GcArray(Signed)) = getfield(v_43, 'items')  # line 21
    v_45: Void = setarrayitem(v_44, 0, v_27)  # line 21
    v_46: Void = setarrayitem(v_44, 1, v_29)  # line 21
    v_47: Void = setarrayitem(v_44, 2, v_40)  # line 21
    v_48: Void = setarrayitem(v_44, 3, v_42)  # line 21
    v_49: Ptr(list) = same_as(v_43)  # line 23
    v_50: Ptr(list) = same_as(v_18)  # line 23
    v_51: Signed = int_add(n_0, 100)  # line 23
    v_52: Signed = direct_call(graph ll_index__list_array_Signed_Signed_None, v_50, v_51, None)  # line 23
    no exception --> block1(v_49, v_52, n_0, v_18, v_43)
    Exception --> block14(n_0, v_18, v_43, last_exception_0, last_exc_value_0)
block1(t24_0: Ptr(list), t29_0: Signed, n_1: Signed, items_0: Ptr(list), out_0: Ptr(list)):
    v_53: Void = direct_call(graph ll_append__list_array_Signed_Signed, t24_0, t29_0)  # line 23
    no exception --> block2(n_1, items_0, out_0)
    Exception --> block14(n_1, items_0, out_0, last_exception_1, last_exc_value_1)
block2(n_2: Signed, items_1: Ptr(list), out_1: Ptr(list)):
    v_54: Ptr(list) = same_as(items_1)  # line 26
    v_55: Void = direct_call(graph ll_remove__list_array_Signed_Signed_None, v_54, 3, None)  # line 26
    v_56: Ptr(list) = same_as(items_1)  # line 28
    v_57: Void = direct_call(graph ll_remove__list_array_Signed_Signed_None, v_56, 77, None)  # line 28
    no exception --> block3(n_2, items_1, out_1)
    Exception --> block12(n_2, items_1, out_1, last_exception_2, last_exc_value_2)
block3(n_3: Signed, items_2: Ptr(list), out_2: Ptr(list)):
    v_58: Ptr(list) = same_as(out_2)  # line 31
    v_59: Signed = direct_call(graph ll_len__list_array_Signed, items_2)  # line 31
    v_60: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_58, v_59)  # line 31
    v_61: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_3)  # line 32
    v_62: Ptr(rpy_str) = same_as(v_61)  # line 32
    v_63: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 4)  # line 32
    v_64: Void = setarrayitem(v_63, 0, 'a')  # line 32
    v_65: Void = setarrayitem(v_63, 1, 'bc')  # line 32
    v_66: Void = setarrayitem(v_63, 2, v_62)  # line 32
    v_67: Void = setarrayitem(v_63, 3, 'bc')  # line 32
    v_68: Ptr(list) = same_as(out_2)  # line 33
    v_69: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = same_as(v_63)  # line 33
    v_70: Signed = direct_call(graph ll_index__array_rpy_str_rpy_str_ll_streq, v_69, 'bc', <function rpython.rtyper.rstr.ll_streq>)  # line 33
    v_71: Signed = int_mul(v_70, 10)  # line 33
    v_72: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = same_as(v_63)  # line 33
    v_73: Signed = direct_call(graph ll_count__array_rpy_str_rpy_str_ll_streq, v_72, 'bc', <function rpython.rtyper.rstr.ll_streq>)  # line 33
    v_74: Signed = int_add(v_71, v_73)  # line 33
    v_75: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_68, v_74)  # line 33
    v_76: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_3)  # line 34
    v_77: Ptr(rpy_str) = same_as(v_76)  # line 34
    v_78: Bool = direct_call(graph ll_contains__array_rpy_str_rpy_str_ll_streq, v_63, v_77, <function rpython.rtyper.rstr.ll_streq>)  # line 34
    v_79: Bool = same_as(v_78)  # line 34
    switch v_79
    False --> block4(n_3, items_2, out_2)
    True --> block9(n_3, items_2, out_2, v_63)
block4(n_4: Signed, items_3: Ptr(list), out_3: Ptr(list)):
    v_80: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 36
    v_81: Void = setfield(v_80, 'item0', n_4)  # line 36
    v_82: Void = setfield(v_80, 'item1', 121)  # line 36
    v_83: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))) = direct_call(graph ll_newlist__array_tuple2_Signed_UniChar_Signed, Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), 3)  # line 36
    v_84: Void = setarrayitem(v_83, 0, <tuple2>)  # line 36
    v_85: Void = setarrayitem(v_83, 1, v_80)  # line 36
    v_86: Void = setarrayitem(v_83, 2, <tuple2>)  # line 36
    v_87: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 37
    v_88: Void = setfield(v_87, 'item0', n_4)  # line 37
    v_89: Void = setfield(v_87, 'item1', 121)  # line 37
    v_90: Bool = direct_call(graph ll_contains__array_tuple2_Signed_UniChar_tuple2_Signed_UniChar_ll_eq_tuple, v_83, v_87, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 37
    v_91: Bool = same_as(v_90)  # line 37
    switch v_91
    False --> block5(n_4, items_3, out_3)
    True --> block6(n_4, items_3, out_3, v_83)
block5(n_5: Signed, items_4: Ptr(list), out_4: Ptr(list)):
    v_92: Ptr(list_methods.Box) = malloc(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }, 'gc')  # line 39
    v_93: Void = setfield(v_92, 'typeptr', vtable list_methods.Box [15, 17))  # line 39
    v_94: Void = direct_call(graph Box.__init__, v_92, n_5)  # line 39
    v_95: Ptr(list_methods.Box) = malloc(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }, 'gc')  # line 40
    v_96: Void = setfield(v_95, 'typeptr', vtable list_methods.Box [15, 17))  # line 40
    v_97: Void = direct_call(graph Box.__init__, v_95, n_5)  # line 40
    v_98: Ptr(list_methods.BigBox) = malloc(GcStruct list_methods.BigBox { super: GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed } }, 'gc')  # line 40
    v_99: Ptr(list_methods.Box) = cast_pointer(v_98)  # line 40
    v_100: Void = setfield(v_99, 'typeptr', vtable list_methods.BigBox [16, 17))  # line 40
    v_101: Ptr(list_methods.Box) = cast_pointer(v_98)  # line 40
    v_102: Void = direct_call(graph Box.__init__, v_101, n_5)  # line 40
    v_103: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))) = direct_call(graph ll_newlist__array_list_methods.Box_Signed, Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), 3)  # line 40
    v_104: Void = setarrayitem(v_103, 0, v_92)  # line 40
    v_105: Void = setarrayitem(v_103, 1, v_95)  # line 40
    v_106: Ptr(list_methods.Box) = cast_pointer(v_98)  # line 40
    v_107: Void = setarrayitem(v_103, 2, v_106)  # line 40
    v_108: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))) = same_as(v_103)  # line 41
    v_109: Ptr(list_methods.Box) = direct_call(graph ll_getitem_nonneg__array_list_methods.Box_Signed, v_103, 2)  # line 41
    v_110: Signed = direct_call(graph ll_index__array_list_methods.Box_list_methods.Box_None, v_108, v_109, None)  # line 41
    v_111: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))) = same_as(v_103)  # line 41
    v_112: Signed = direct_call(graph ll_count__array_list_methods.Box_list_methods.Box_None, v_111, v_92, None)  # line 41
    v_113: Ptr(list_methods.Box) = malloc(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }, 'gc')  # line 41
    v_114: Void = setfield(v_113, 'typeptr', vtable list_methods.Box [15, 17))  # line 41
    v_115: Void = direct_call(graph Box.__init__, v_113, n_5)  # line 41
    v_116: Bool = direct_call(graph ll_contains__array_list_methods.Box_list_methods.Box_None, v_103, v_113, None)  # line 41
    v_117: Signed = cast_bool_to_int(v_116)  # line 41
    v_118: Signed = same_as(v_117)  # line 41
    v_119: Ptr(list_methods.Box) = direct_call(graph ll_getitem_nonneg__array_list_methods.Box_Signed, v_103, 0)  # line 41
    v_120: Ptr(list_methods.Box) = direct_call(graph ll_getitem_nonneg__array_list_methods.Box_Signed, v_103, 1)  # line 41
    v_121: Bool = ptr_eq(v_119, v_120)  # line 41
    v_122: Signed = cast_bool_to_int(v_121)  # line 41
    v_123: Signed = same_as(v_122)  # line 41
    v_124: Ptr(list_methods.Box) = direct_call(graph ll_getitem_nonneg__array_list_methods.Box_Signed, v_103, 0)  # line 41
    v_125: Bool = ptr_eq(v_124, v_92)  # line 41
    v_126: Bool = bool_not(v_125)  # line 41
    v_127: Signed = cast_bool_to_int(v_126)  # line 41
    v_128: Signed = same_as(v_127)  # line 41
    v_129: Ptr(list_methods.Box) = direct_call(graph ll_getitem_nonneg__array_list_methods.Box_Signed, v_103, 2)  # line 41
    v_130: Bool = ptr_eq(v_129, v_92)  # line 41
    v_131: Signed = cast_bool_to_int(v_130)  # line 41
    v_132: Signed = same_as(v_131)  # line 41
    v_133: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 6)  # line 41
    v_134: Ptr(GcArray(Signed)) = getfield(v_133, 'items')  # line 41
    v_135: Void = setarrayitem(v_134, 0, v_110)  # line 41
    v_136: Void = setarrayitem(v_134, 1, v_112)  # line 41
    v_137: Void = setarrayitem(v_134, 2, v_118)  # line 41
    v_138: Void = setarrayitem(v_134, 3, v_123)  # line 41
    v_139: Void = setarrayitem(v_134, 4, v_128)  # line 41
    v_140: Void = setarrayitem(v_134, 5, v_132)  # line 41
    v_141: Void = direct_call(graph ll_extend__list_array_Signed_list_array_Signed, out_4, v_133)  # line 41
    v_142: Ptr(list) = same_as(out_4)  # line 41
    v_143: Ptr(rpy_str) = direct_call(graph text, v_142)  # line 42
    v_144: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_143, '|')  # line 42
    v_145: Ptr(rpy_str) = direct_call(graph text, items_4)  # line 42
    v_146: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_144, v_145)  # line 42
    --> return(v_146)
block6(n_6: Signed, items_5: Ptr(list), out_5: Ptr(list), pairs_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar })))):
    v_147: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 37
    v_148: Void = setfield(v_147, 'item0', n_6)  # line 37
    v_149: Void = setfield(v_147, 'item1', 113)  # line 37
    v_150: Bool = direct_call(graph ll_contains__array_tuple2_Signed_UniChar_tuple2_Signed_UniChar_ll_eq_tuple, pairs_0, v_147, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 37
    v_151: Bool = same_as(v_150)  # line 37
    switch v_151
    False --> block7(n_6, items_5, out_5, pairs_0, True)
    True --> block7(n_6, items_5, out_5, pairs_0, False)
block7(n_7: Signed, items_6: Ptr(list), out_6: Ptr(list), pairs_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), v_152: Bool):
    v_153: Bool = same_as(v_152)  # line 37
    switch v_153
    False --> block5(n_7, items_6, out_6)
    True --> block8(n_7, items_6, out_6, pairs_1)
block8(n_8: Signed, items_7: Ptr(list), out_7: Ptr(list), pairs_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar })))):
    v_154: Ptr(list) = same_as(out_7)  # line 38
    v_155: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))) = same_as(pairs_2)  # line 38
    v_156: Signed = direct_call(graph ll_index__array_tuple2_Signed_UniChar_tuple2_Signed_UniChar_ll_eq_tuple, v_155, <tuple2>, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 38
    v_157: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_154, v_156)  # line 38
    --> block5(n_8, items_7, out_7)
block9(n_9: Signed, items_8: Ptr(list), out_8: Ptr(list), words_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_158: Bool = direct_call(graph ll_contains__array_rpy_str_rpy_str_ll_streq, words_0, 'zz', <function rpython.rtyper.rstr.ll_streq>)  # line 34
    v_159: Bool = same_as(v_158)  # line 34
    switch v_159
    False --> block10(n_9, items_8, out_8, True)
    True --> block10(n_9, items_8, out_8, False)
block10(n_10: Signed, items_9: Ptr(list), out_9: Ptr(list), v_160: Bool):
    v_161: Bool = same_as(v_160)  # line 34
    switch v_161
    False --> block4(n_10, items_9, out_9)
    True --> block11(n_10, items_9, out_9)
block11(n_11: Signed, items_10: Ptr(list), out_10: Ptr(list)):
    v_162: Ptr(list) = same_as(out_10)  # line 35
    v_163: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_162, 1)  # line 35
    --> block4(n_11, items_10, out_10)
block12(n_12: Signed, items_11: Ptr(list), out_11: Ptr(list), v_164: Ptr(object_vtable), v_165: Ptr(Exception)):
    v_166: Ptr(BaseException) = cast_pointer(v_165)  # line 29
    v_167: Ptr(object_vtable) = getfield(v_166, 'typeptr')  # line 29
    v_168: Signed = getfield(v_167, 'subclassrange_min')  # line 29
    v_169: Bool = int_between(3, v_168, 4)  # line 29
    v_170: Bool = same_as(v_169)  # line 29
    v_171: Bool = same_as(v_170)  # line 29
    switch v_171
    False --> raise(v_164, v_165)
    True --> block13(n_12, items_11, out_11)
block13(n_13: Signed, items_12: Ptr(list), out_12: Ptr(list)):
    v_172: Ptr(list) = same_as(out_12)  # line 30
    v_173: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_172, -2)  # line 30
    --> block3(n_13, items_12, out_12)
block14(n_14: Signed, items_13: Ptr(list), out_13: Ptr(list), v_174: Ptr(object_vtable), v_175: Ptr(Exception)):
    v_176: Ptr(BaseException) = cast_pointer(v_175)  # line 24
    v_177: Ptr(object_vtable) = getfield(v_176, 'typeptr')  # line 24
    v_178: Signed = getfield(v_177, 'subclassrange_min')  # line 24
    v_179: Bool = int_between(3, v_178, 4)  # line 24
    v_180: Bool = same_as(v_179)  # line 24
    v_181: Bool = same_as(v_180)  # line 24
    switch v_181
    False --> raise(v_174, v_175)
    True --> block15(n_14, items_13, out_13)
block15(n_15: Signed, items_14: Ptr(list), out_14: Ptr(list)):
    v_182: Ptr(list) = same_as(out_14)  # line 25
    v_183: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_182, -1)  # line 25
    --> block2(n_15, items_14, out_14)

graph Box.__init__(self_0: Ptr(list_methods.Box), value_0: Signed)  # list_methods.py:7
block0(self_0: Ptr(list_methods.Box), value_0: Signed):
    v_0: Void = setfield(self_0, 'inst_value', value_0)  # line 8
    --> return(None)

graph text(items_0: Ptr(list))  # list_methods.py:15
block0(items_0: Ptr(list)):
    v_0: UniChar = same_as(44)  # line 16
    v_1: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 16
    v_2: Ptr(listiter) = direct_call(graph ll_listiter__listiter_list_array_Signed_list_array_Signed, Ptr(GcStruct listiter { list: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), index: Signed }), items_0)  # line 16
    --> block1(items_0, v_2, v_0, v_1)
block1(items_1: Ptr(list), iter2_0: Ptr(listiter), t0_0: UniChar, t1_0: Ptr(list)):
    v_3: Signed = direct_call(graph ll_listnext__listiter_list_array_Signed, iter2_0)  # line 16
    no exception --> block2(v_3, iter2_0, t0_0, t1_0, items_1)
    StopIteration --> block3(t0_0, t1_0)
block2(item_0: Signed, iter2_1: Ptr(listiter), t0_1: UniChar, t1_1: Ptr(list), items_2: Ptr(list)):
    v_4: Ptr(list) = same_as(t1_1)  # line 16
    v_5: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, item_0)  # line 16
    v_6: Ptr(rpy_str) = same_as(v_5)  # line 16
    v_7: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_4, v_6)  # line 16
    --> block1(items_2, iter2_1, t0_1, t1_1)
block3(t0_2: UniChar, t1_2: Ptr(list)):
    v_8: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, t0_2)  # line 16
    v_9: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_8, t1_2)  # line 16
    --> return(v_9)

graph equality(n_0: Signed)  # list_methods.py:45
block0(n_0: Signed):
    v_0: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 2)  # line 46
    v_1: Void = setarrayitem(v_0, 0, 1)  # line 46
    v_2: Void = setarrayitem(v_0, 1, 2)  # line 46
    v_3: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 1)  # line 46
    v_4: Void = setarrayitem(v_3, 0, n_0)  # line 46
    v_5: Ptr(GcArray(Ptr(GcArray(Signed)))) = direct_call(graph ll_newlist__array_array_Signed_Signed, Ptr(GcArray(Ptr(GcArray(Signed)))), 2)  # line 46
    v_6: Void = setarrayitem(v_5, 0, v_0)  # line 46
    v_7: Void = setarrayitem(v_5, 1, v_3)  # line 46
    v_8: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 2)  # line 47
    v_9: Void = setarrayitem(v_8, 0, 1)  # line 47
    v_10: Void = setarrayitem(v_8, 1, 2)  # line 47
    v_11: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 1)  # line 47
    v_12: Void = setarrayitem(v_11, 0, n_0)  # line 47
    v_13: Ptr(GcArray(Ptr(GcArray(Signed)))) = direct_call(graph ll_newlist__array_array_Signed_Signed, Ptr(GcArray(Ptr(GcArray(Signed)))), 2)  # line 47
    v_14: Void = setarrayitem(v_13, 0, v_8)  # line 47
    v_15: Void = setarrayitem(v_13, 1, v_11)  # line 47
    v_16: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 2)  # line 48
    v_17: Void = setarrayitem(v_16, 0, 1)  # line 48
    v_18: Void = setarrayitem(v_16, 1, 2)  # line 48
    v_19: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 2)  # line 48
    v_20: Void = setarrayitem(v_19, 0, n_0)  # line 48
    v_21: Void = setarrayitem(v_19, 1, 0)  # line 48
    v_22: Ptr(GcArray(Ptr(GcArray(Signed)))) = direct_call(graph ll_newlist__array_array_Signed_Signed, Ptr(GcArray(Ptr(GcArray(Signed)))), 2)  # line 48
    v_23: Void = setarrayitem(v_22, 0, v_16)  # line 48
    v_24: Void = setarrayitem(v_22, 1, v_19)  # line 48
    v_25: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 49
    v_26: Ptr(rpy_str) = same_as(v_25)  # line 49
    v_27: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'x', v_26)  # line 49
    v_28: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 2)  # line 49
    v_29: Void = setarrayitem(v_28, 0, v_27)  # line 49
    v_30: Void = setarrayitem(v_28, 1, 'y')  # line 49
    v_31: Bool = direct_call(graph ll_listeq__array_array_Signed_array_array_Signed_ll_listeq_items, v_5, v_13, <function rpython.rtyper.rlist.gen_listeq.<locals>.ll_listeq_items>)  # line 50
    v_32: Bool = direct_call(graph ll_listeq__array_array_Signed_array_array_Signed_ll_listeq_items, v_5, v_22, <function rpython.rtyper.rlist.gen_listeq.<locals>.ll_listeq_items>)  # line 50
    v_33: Bool = bool_not(v_32)  # line 50
    v_34: Bool = direct_call(graph ll_listeq__array_array_Signed_array_array_Signed_ll_listeq_items, v_5, v_22, <function rpython.rtyper.rlist.gen_listeq.<locals>.ll_listeq_items>)  # line 50
    v_35: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 50
    v_36: Ptr(rpy_str) = same_as(v_35)  # line 50
    v_37: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'x', v_36)  # line 50
    v_38: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 2)  # line 50
    v_39: Void = setarrayitem(v_38, 0, v_37)  # line 50
    v_40: Void = setarrayitem(v_38, 1, 'y')  # line 50
    v_41: Bool = direct_call(graph ll_listeq__array_rpy_str_array_rpy_str_ll_streq, v_28, v_38, <function rpython.rtyper.rstr.ll_streq>)  # line 50
    v_42: Ptr(GcArray(UniChar)) = direct_call(graph ll_newlist__array_UniChar_Signed, Ptr(GcArray(UniChar)), 1)  # line 50
    v_43: Void = setarrayitem(v_42, 0, 121)  # line 50
    v_44: Bool = direct_call(graph ll_listeq__array_rpy_str_array_UniChar_ll_str_eq_char, v_28, v_42, <function rpython.rtyper.rstr.ll_str_eq_char>)  # line 50
    v_45: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))) = direct_call(graph ll_newlist__array_tuple2_Signed_UniChar_Signed, Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), 1)  # line 50
    v_46: Void = setarrayitem(v_45, 0, <tuple2>)  # line 50
    v_47: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))) = direct_call(graph ll_newlist__array_tuple2_Signed_UniChar_Signed, Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), 1)  # line 50
    v_48: Void = setarrayitem(v_47, 0, <tuple2>)  # line 50
    v_49: Bool = direct_call(graph ll_listeq__array_tuple2_Signed_UniChar_array_tuple2_Signed_UniChar_ll_eq_tuple, v_45, v_47, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 50
    v_50: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))) = direct_call(graph ll_newlist__array_tuple2_Signed_UniChar_Signed, Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), 1)  # line 50
    v_51: Void = setarrayitem(v_50, 0, <tuple2>)  # line 50
    v_52: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))) = direct_call(graph ll_newlist__array_tuple2_Signed_UniChar_Signed, Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), 1)  # line 50
    v_53: Void = setarrayitem(v_52, 0, <tuple2>)  # line 50
    v_54: Bool = direct_call(graph ll_listeq__array_tuple2_Signed_UniChar_array_tuple2_Signed_UniChar_ll_eq_tuple, v_50, v_52, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 50
    v_55: Bool = bool_not(v_54)  # line 50
    v_56: Ptr(GcArray(Bool)) = direct_call(graph ll_newlist__array_Bool_Signed, Ptr(GcArray(Bool)), 7)  # line 50
    v_57: Void = setarrayitem(v_56, 0, v_31)  # line 50
    v_58: Void = setarrayitem(v_56, 1, v_33)  # line 50
    v_59: Void = setarrayitem(v_56, 2, v_34)  # line 50
    v_60: Void = setarrayitem(v_56, 3, v_41)  # line 50
    v_61: Void = setarrayitem(v_56, 4, v_44)  # line 50
    v_62: Void = setarrayitem(v_56, 5, v_49)  # line 50
    v_63: Void = setarrayitem(v_56, 6, v_55)  # line 50
    v_64: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 0)  # line 51
    v_65: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_Bool_array_Bool, Ptr(GcStruct listiter { list: Ptr(GcArray(Bool)), index: Signed }), v_56)  # line 51
    --> block1(n_0, v_5, v_13, v_22, v_28, v_56, v_65, v_64)
block1(n_1: Signed, a_0: Ptr(GcArray(Ptr(GcArray(Signed)))), b_0: Ptr(GcArray(Ptr(GcArray(Signed)))), c_0: Ptr(GcArray(Ptr(GcArray(Signed)))), strs_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), out_0: Ptr(GcArray(Bool)), iter57_0: Ptr(listiter), t56_0: Ptr(list)):
    v_66: Bool = direct_call(graph ll_listnext__listiter_array_Bool, iter57_0)  # line 51
    no exception --> block2(v_66, iter57_0, t56_0, n_1, a_0, b_0, c_0, strs_0, out_0)
    StopIteration --> block3(t56_0)
block2(item_0: Bool, iter57_1: Ptr(listiter), t56_1: Ptr(list), n_2: Signed, a_1: Ptr(GcArray(Ptr(GcArray(Signed)))), b_1: Ptr(GcArray(Ptr(GcArray(Signed)))), c_1: Ptr(GcArray(Ptr(GcArray(Signed)))), strs_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), out_1: Ptr(GcArray(Bool))):
    v_67: Ptr(list) = same_as(t56_1)  # line 51
    v_68: Signed = cast_bool_to_int(item_0)  # line 51
    v_69: Signed = same_as(v_68)  # line 51
    v_70: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_67, v_69)  # line 51
    --> block1(n_2, a_1, b_1, c_1, strs_1, out_1, iter57_1, t56_1)
block3(t56_2: Ptr(list)):
    v_71: Ptr(rpy_str) = direct_call(graph text, t56_2)  # line 51
    --> return(v_71)

graph slicing(n_0: Signed)  # list_methods.py:54
block0(n_0: Signed):
    v_0: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 0)  # line 55
    v_1: Ptr(GcArray(Signed)) = same_as(None)  # line 55
    v_2: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, 8)  # line 55
    --> block1(n_0, v_2, v_0)
block1(n_1: Signed, iter3_0: Ptr(rangeiter), t0_0: Ptr(list)):
    v_3: Signed = direct_call(graph ll_rangenext__rangeiter, iter3_0)  # line 55
    no exception --> block2(v_3, iter3_0, t0_0, n_1)
    StopIteration --> block3(n_1, iter3_0, t0_0)
block2(item_0: Signed, iter3_1: Ptr(rangeiter), t0_1: Ptr(list), n_2: Signed):
    v_4: Ptr(list) = same_as(t0_1)  # line 55
    v_5: Signed = int_mul(item_0, 10)  # line 55
    v_6: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_4, v_5)  # line 55
    --> block1(n_2, iter3_1, t0_1)
block3(n_3: Signed, iter3_2: Ptr(rangeiter), t0_2: Ptr(list)):
    v_7: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), t0_2, 2, 5)  # line 56
    v_8: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), t0_2, -3, 9223372036854775807)  # line 56
    v_9: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), t0_2, 0, -6)  # line 56
    v_10: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), t0_2, -100, 2)  # line 56
    v_11: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), t0_2, 5, 100)  # line 56
    v_12: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), t0_2, 6, 2)  # line 56
    v_13: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), t0_2, n_3, 9223372036854775807)  # line 56
    v_14: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), t0_2, 0, n_3)  # line 56
    v_15: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }))) = direct_call(graph ll_newlist__array_list_array_Signed_Signed, Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }))), 8)  # line 56
    v_16: Void = setarrayitem(v_15, 0, v_7)  # line 56
    v_17: Void = setarrayitem(v_15, 1, v_8)  # line 56
    v_18: Void = setarrayitem(v_15, 2, v_9)  # line 56
    v_19: Void = setarrayitem(v_15, 3, v_10)  # line 56
    v_20: Void = setarrayitem(v_15, 4, v_11)  # line 56
    v_21: Void = setarrayitem(v_15, 5, v_12)  # line 56
    v_22: Void = setarrayitem(v_15, 6, v_13)  # line 56
    v_23: Void = setarrayitem(v_15, 7, v_14)  # line 56
    v_24: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 57
    v_25: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_list_array_Signed_array_list_array_Signed, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }))), index: Signed }), v_15)  # line 57
    --> block4(n_3, t0_2, v_15, iter3_2, v_25, v_24)
block4(n_4: Signed, items_0: Ptr(list), parts_0: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }))), iter3_3: Ptr(rangeiter), iter41_0: Ptr(listiter), t40_0: Ptr(list)):
    v_26: Ptr(list) = direct_call(graph ll_listnext__listiter_array_list_array_Signed, iter41_0)  # line 57
    no exception --> block5(v_26, iter3_3, iter41_0, t40_0, n_4, items_0, parts_0)
    StopIteration --> block6(n_4, items_0, t40_0)
block5(item_1: Ptr(list), iter3_4: Ptr(rangeiter), iter41_1: Ptr(listiter), t40_1: Ptr(list), n_5: Signed, items_1: Ptr(list), parts_1: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) })))):
    v_27: Ptr(list) = same_as(t40_1)  # line 57
    v_28: Ptr(rpy_str) = direct_call(graph text, item_1)  # line 57
    v_29: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_27, v_28)  # line 57
    --> block4(n_5, items_1, parts_1, iter3_4, iter41_1, t40_1)
block6(n_6: Signed, items_2: Ptr(list), t40_2: Ptr(list)):
    v_30: Ptr(GcArray(Signed)) = direct_call(graph ll_slice__array_Signed_list_array_Signed_Signed_Signed, Ptr(GcArray(Signed)), items_2, 0, 3)  # line 58
    v_31: Ptr(GcArray(Signed)) = direct_call(graph ll_mul__array_Signed_array_Signed_Signed, Ptr(GcArray(Signed)), v_30, 2)  # line 58
    v_32: Ptr(GcArray(Signed)) = same_as(None)  # line 58
    v_33: Ptr(GcArray(Signed)) = direct_call(graph ll_alloc_and_set__array_Signed_Signed_Signed, Ptr(GcArray(Signed)), 3, n_6)  # line 58
    v_34: Ptr(GcArray(Signed)) = direct_call(graph ll_concat__array_Signed_array_Signed_array_Signed, Ptr(GcArray(Signed)), v_31, v_33)  # line 58
    v_35: Ptr(GcArray(Signed)) = direct_call(graph ll_slice__array_Signed_list_array_Signed_Signed_Signed, Ptr(GcArray(Signed)), items_2, 0, 2)  # line 58
    v_36: Ptr(GcArray(Signed)) = direct_call(graph ll_mul__array_Signed_array_Signed_Signed, Ptr(GcArray(Signed)), v_35, 0)  # line 58
    v_37: Ptr(GcArray(Signed)) = direct_call(graph ll_concat__array_Signed_array_Signed_array_Signed, Ptr(GcArray(Signed)), v_34, v_36)  # line 58
    v_38: Ptr(GcArray(Signed)) = same_as(None)  # line 58
    v_39: Signed = int_mod(n_6, 3)  # line 58
    v_40: Bool = int_ne(v_39, 0)  # line 58
    v_41: Signed = int_xor(v_39, 3)  # line 58
    v_42: Bool = int_lt(v_41, 0)  # line 58
    v_43: Signed = cast_bool_to_int(v_40)  # line 58
    v_44: Signed = cast_bool_to_int(v_42)  # line 58
    v_45: Signed = int_and(v_43, v_44)  # line 58
    v_46: Signed = int_mul(v_45, 3)  # line 58
    v_47: Signed = int_add(v_39, v_46)  # line 58
    v_48: Signed = int_sub(v_47, 1)  # line 58
    v_49: Ptr(GcArray(Signed)) = direct_call(graph ll_alloc_and_set__array_Signed_Signed_Signed, Ptr(GcArray(Signed)), v_48, 7)  # line 58
    v_50: Ptr(list) = direct_call(graph ll_concat__list_array_Signed_array_Signed_array_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), v_37, v_49)  # line 58
    v_51: Ptr(list) = same_as(t40_2)  # line 59
    v_52: Ptr(rpy_str) = direct_call(graph text, v_50)  # line 59
    v_53: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_51, v_52)  # line 59
    v_54: Ptr(list) = direct_call(graph ll_copy__list_array_Signed_list_array_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), items_2)  # line 60
    v_55: Void = direct_call(graph ll_delslice__list_array_Signed_Signed_Signed, v_54, 2, 4)  # line 61
    v_56: Void = direct_call(graph ll_delslice__list_array_Signed_Signed_Signed, v_54, -2, 9223372036854775807)  # line 62
    v_57: Void = direct_call(graph ll_delslice__list_array_Signed_Signed_Signed, v_54, 10, 20)  # line 63
    v_58: Signed = int_add(n_6, 1)  # line 64
    v_59: Void = direct_call(graph ll_delslice__list_array_Signed_Signed_Signed, v_54, n_6, v_58)  # line 64
    v_60: Ptr(list) = same_as(t40_2)  # line 65
    v_61: Ptr(rpy_str) = direct_call(graph text, v_54)  # line 65
    v_62: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_60, v_61)  # line 65
    v_63: UniChar = same_as(47)  # line 66
    v_64: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_63)  # line 66
    v_65: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_64, t40_2)  # line 66
    --> return(v_65)

graph changing(n_0: Signed)  # list_methods.py:69
block0(n_0: Signed):
    v_0: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 3)  # line 70
    v_1: Ptr(GcArray(Signed)) = getfield(v_0, 'items')  # line 70
    v_2: Void = setarrayitem(v_1, 0, 1)  # line 70
    v_3: Void = setarrayitem(v_1, 1, 2)  # line 70
    v_4: Void = setarrayitem(v_1, 2, 3)  # line 70
    v_5: Ptr(list) = same_as(v_0)  # line 71
    v_6: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 2)  # line 71
    v_7: Ptr(GcArray(Signed)) = getfield(v_6, 'items')  # line 71
    v_8: Void = setarrayitem(v_7, 0, 4)  # line 71
    v_9: Void = setarrayitem(v_7, 1, 5)  # line 71
    v_10: Void = direct_call(graph ll_extend__list_array_Signed_list_array_Signed, v_5, v_6)  # line 71
    v_11: Ptr(list) = same_as(v_0)  # line 72
    v_12: Void = direct_call(graph ll_extend__list_array_Signed_list_array_Signed, v_11, v_0)  # line 72
    v_13: Ptr(list) = same_as(v_0)  # line 73
    v_14: Void = direct_call(graph ll_insert__list_array_Signed_Signed_Signed, v_13, 0, -1)  # line 73
    v_15: Ptr(list) = same_as(v_0)  # line 74
    v_16: Void = direct_call(graph ll_insert__list_array_Signed_Signed_Signed, v_15, -1, 99)  # line 74
    v_17: Ptr(list) = same_as(v_0)  # line 75
    v_18: Void = direct_call(graph ll_insert__list_array_Signed_Signed_Signed, v_17, 100, 100)  # line 75
    v_19: Ptr(list) = same_as(v_0)  # line 76
    v_20: Void = direct_call(graph ll_insert__list_array_Signed_Signed_Signed, v_19, -100, -100)  # line 76
    v_21: Ptr(list) = same_as(v_0)  # line 77
    v_22: Signed = direct_call(graph ll_pop_default__list_array_Signed, v_21)  # line 77
    v_23: Ptr(list) = same_as(v_0)  # line 77
    v_24: Signed = direct_call(graph ll_pop__list_array_Signed_Signed, v_23, 0)  # line 77
    v_25: Ptr(list) = same_as(v_0)  # line 77
    v_26: Signed = direct_call(graph ll_pop__list_array_Signed_Signed, v_25, -2)  # line 77
    v_27: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 3)  # line 77
    v_28: Ptr(GcArray(Signed)) = getfield(v_27, 'items')  # line 77
    v_29: Void = setarrayitem(v_28, 0, v_22)  # line 77
    v_30: Void = setarrayitem(v_28, 1, v_24)  # line 77
    v_31: Void = setarrayitem(v_28, 2, v_26)  # line 77
    v_32: Ptr(list) = same_as(v_27)  # line 79
    v_33: Ptr(list) = same_as(v_0)  # line 79
    v_34: Signed = direct_call(graph ll_pop__list_array_Signed_Signed, v_33, n_0)  # line 79
    no exception --> block1(v_32, v_34, n_0, v_0, v_27)
    Exception --> block9(n_0, v_0, v_27, last_exception_0, last_exc_value_0)
block1(t29_0: Ptr(list), t32_0: Signed, n_1: Signed, items_0: Ptr(list), out_0: Ptr(list)):
    v_35: Void = direct_call(graph ll_append__list_array_Signed_Signed, t29_0, t32_0)  # line 79
    no exception --> block2(n_1, items_0, out_0)
    Exception --> block9(n_1, items_0, out_0, last_exception_1, last_exc_value_1)
block2(n_2: Signed, items_1: Ptr(list), out_1: Ptr(list)):
    v_36: Signed = int_mul(n_2, 3)  # line 83
    v_37: Void = direct_call(graph ll_setitem__list_array_Signed_Signed_Signed, items_1, v_36, 7)  # line 83
    no exception --> block3(n_2, items_1, out_1)
    Exception --> block7(n_2, items_1, out_1, last_exception_2, last_exc_value_2)
block3(n_3: Signed, items_2: Ptr(list), out_2: Ptr(list)):
    v_38: Signed = int_sub(n_3, 20)  # line 87
    v_39: Void = direct_call(graph ll_delitem__list_array_Signed_Signed, items_2, v_38)  # line 87
    no exception --> block4(items_2, out_2)
    Exception --> block5(items_2, out_2, last_exception_3, last_exc_value_3)
block4(items_3: Ptr(list), out_3: Ptr(list)):
    v_40: Ptr(list) = same_as(items_3)  # line 90
    v_41: Void = direct_call(graph ll_reverse__list_array_Signed, v_40)  # line 90
    v_42: Ptr(rpy_str) = direct_call(graph text, out_3)  # line 91
    v_43: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_42, '|')  # line 91
    v_44: Ptr(rpy_str) = direct_call(graph text, items_3)  # line 91
    v_45: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_43, v_44)  # line 91
    --> return(v_45)
block5(items_4: Ptr(list), out_4: Ptr(list), v_46: Ptr(object_vtable), v_47: Ptr(Exception)):
    v_48: Ptr(BaseException) = cast_pointer(v_47)  # line 88
    v_49: Ptr(object_vtable) = getfield(v_48, 'typeptr')  # line 88
    v_50: Signed = getfield(v_49, 'subclassrange_min')  # line 88
    v_51: Bool = int_between(5, v_50, 6)  # line 88
    v_52: Bool = same_as(v_51)  # line 88
    v_53: Bool = same_as(v_52)  # line 88
    switch v_53
    False --> raise(v_46, v_47)
    True --> block6(items_4, out_4)
block6(items_5: Ptr(list), out_5: Ptr(list)):
    v_54: Ptr(list) = same_as(out_5)  # line 89
    v_55: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_54, -7)  # line 89
    --> block4(items_5, out_5)
block7(n_4: Signed, items_6: Ptr(list), out_6: Ptr(list), v_56: Ptr(object_vtable), v_57: Ptr(Exception)):
    v_58: Ptr(BaseException) = cast_pointer(v_57)  # line 84
    v_59: Ptr(object_vtable) = getfield(v_58, 'typeptr')  # line 84
    v_60: Signed = getfield(v_59, 'subclassrange_min')  # line 84
    v_61: Bool = int_between(5, v_60, 6)  # line 84
    v_62: Bool = same_as(v_61)  # line 84
    v_63: Bool = same_as(v_62)  # line 84
    switch v_63
    False --> raise(v_56, v_57)
    True --> block8(n_4, items_6, out_6)
block8(n_5: Signed, items_7: Ptr(list), out_7: Ptr(list)):
    v_64: Ptr(list) = same_as(out_7)  # line 85
    v_65: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_64, -6)  # line 85
    --> block3(n_5, items_7, out_7)
block9(n_6: Signed, items_8: Ptr(list), out_8: Ptr(list), v_66: Ptr(object_vtable), v_67: Ptr(Exception)):
    v_68: Ptr(BaseException) = cast_pointer(v_67)  # line 80
    v_69: Ptr(object_vtable) = getfield(v_68, 'typeptr')  # line 80
    v_70: Signed = getfield(v_69, 'subclassrange_min')  # line 80
    v_71: Bool = int_between(5, v_70, 6)  # line 80
    v_72: Bool = same_as(v_71)  # line 80
    v_73: Bool = same_as(v_72)  # line 80
    switch v_73
    False --> raise(v_66, v_67)
    True --> block10(n_6, items_8, out_8)
block10(n_7: Signed, items_9: Ptr(list), out_9: Ptr(list)):
    v_74: Ptr(list) = same_as(out_9)  # line 81
    v_75: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_74, -5)  # line 81
    --> block2(n_7, items_9, out_9)

graph enumerating(n_0: Signed)  # list_methods.py:94
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 96
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 96
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 3)  # line 96
    v_3: Void = setarrayitem(v_2, 0, 'a')  # line 96
    v_4: Void = setarrayitem(v_2, 1, 'bb')  # line 96
    v_5: Void = setarrayitem(v_2, 2, v_1)  # line 96
    v_6: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), v_2)  # line 96
    v_7: Ptr(listiter) = same_as(v_6)  # line 96
    --> block1(n_0, 0, v_7)
block1(n_1: Signed, total_0: Signed, iter7_0: Ptr(listiter)):
    v_8: Ptr(tuple2) = direct_call(graph ll_enumnext__tuple2_Signed_rpy_str_listiter_array_rpy_str_ll_listnext, Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), iter7_0, <function rpython.rtyper.rlist.ll_listnext>)  # line 96
    no exception --> block2(v_8, iter7_0, n_1, total_0)
    StopIteration --> block3(n_1, total_0, iter7_0)
block2(item_0: Ptr(tuple2), iter7_1: Ptr(listiter), n_2: Signed, total_1: Signed):
    v_9: Signed = getfield(item_0, 'item0')  # line 96
    v_10: Ptr(rpy_str) = getfield(item_0, 'item1')  # line 96
    v_11: Signed = int_mul(total_1, 10)  # line 97
    v_12: Signed = direct_call(graph ll_strlen__rpy_str, v_10)  # line 97
    v_13: Signed = int_mul(v_9, v_12)  # line 97
    v_14: Signed = int_add(v_11, v_13)  # line 97
    --> block1(n_2, v_14, iter7_1)
block3(n_3: Signed, total_2: Signed, iter7_2: Ptr(listiter)):
    v_15: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_3)  # line 98
    v_16: Ptr(rpy_str) = same_as(v_15)  # line 98
    v_17: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'xy', v_16)  # line 98
    v_18: Ptr(striter) = direct_call(graph ll_striter__striter_rpy_str, Ptr(GcStruct striter { string: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), index: Signed }), v_17)  # line 98
    v_19: Ptr(striter) = same_as(v_18)  # line 98
    --> block4(n_3, total_2, v_19, iter7_2)
block4(n_4: Signed, total_3: Signed, iter25_0: Ptr(striter), iter7_3: Ptr(listiter)):
    v_20: Ptr(tuple2) = direct_call(graph ll_enumnext__tuple2_Signed_UniChar_striter_ll_strnext, Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }), iter25_0, <function rpython.rtyper.rstr.ll_strnext>)  # line 98
    no exception --> block5(v_20, iter25_0, iter7_3, n_4, total_3)
    StopIteration --> return(total_3)
block5(item_1: Ptr(tuple2), iter25_1: Ptr(striter), iter7_4: Ptr(listiter), n_5: Signed, total_4: Signed):
    v_21: Signed = getfield(item_1, 'item0')  # line 98
    v_22: UniChar = getfield(item_1, 'item1')  # line 98
    v_23: Signed = cast_unichar_to_int(v_22)  # line 99
    v_24: Signed = int_mul(v_21, v_23)  # line 99
    v_25: Signed = int_add(total_4, v_24)  # line 99
    --> block4(n_5, v_25, iter25_1, iter7_4)

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

graph ll_index__list_array_Signed_Signed_None(l_0: Ptr(list), x_0: Signed, eq_0: Void)  # rlist.py:182
block0(l_0: Ptr(list), x_0: Signed, eq_0: Void):
    v_0: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_0)  # line 183
    --> block1(l_0, x_0, eq_0, v_0, 0)
block1(l_1: Ptr(list), x_1: Signed, eq_1: Void, items_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_1: Signed = direct_call(graph ll_len__list_array_Signed, l_1)  # line 185
    v_2: Bool = int_lt(i_0, v_1)  # line 185
    v_3: Bool = same_as(v_2)  # line 185
    switch v_3
    False --> block2()
    True --> block3(l_1, x_1, eq_1, items_0, i_0)
block2():
    v_4: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 189
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 189
    v_6: Void = setfield(v_5, 'typeptr', vtable ValueError [3, 4))  # line 189
    v_7: Ptr(BaseException) = cast_pointer(v_4)  # line 189
    v_8: Ptr(object_vtable) = getfield(v_7, 'typeptr')  # line 189
    --> raise(v_8, v_4)
block3(l_2: Ptr(list), x_2: Signed, eq_2: Void, items_1: Ptr(GcArray(Signed)), i_1: Signed):
    v_9: Signed = getarrayitem(items_1, i_1)  # line 186
    v_10: Bool = direct_call(graph _ll_equal__None_Signed_Signed, None, v_9, x_2)  # line 186
    v_11: Bool = same_as(v_10)  # line 186
    switch v_11
    False --> block4(l_2, x_2, eq_2, items_1, i_1)
    True --> return(i_1)
block4(l_3: Ptr(list), x_3: Signed, eq_3: Void, items_2: Ptr(GcArray(Signed)), i_2: Signed):
    v_12: Signed = int_add(i_2, 1)  # line 188
    --> block1(l_3, x_3, eq_3, items_2, v_12)

graph ll_items__list_array_Signed(l_0: Ptr(list))  # rlist.py:25
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Ptr(GcArray(Signed)) = getfield(l_1, 'items')  # line 28
    --> return(v_2)

graph ll_len__list_array_Signed(l_0: Ptr(list))  # rlist.py:31
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Signed = getfield(l_1, 'length')  # line 34
    --> return(v_2)

graph _ll_equal__None_Signed_Signed(eq_0: Void, x_0: Signed, y_0: Signed)  # rlist.py:176
block0(eq_0: Void, x_0: Signed, y_0: Signed):
    v_0: Bool = same_as(True)  # line 177
    v_1: Bool = same_as(v_0)  # line 177
    --> block1(x_0, y_0)
block1(x_1: Signed, y_1: Signed):
    v_2: Bool = int_eq(x_1, y_1)  # line 178
    --> return(v_2)

graph ll_count__list_array_Signed_Signed_None(l_0: Ptr(list), x_0: Signed, eq_0: Void)  # rlist.py:202
block0(l_0: Ptr(list), x_0: Signed, eq_0: Void):
    v_0: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_0)  # line 203
    --> block1(l_0, x_0, eq_0, v_0, 0, 0)
block1(l_1: Ptr(list), x_1: Signed, eq_1: Void, items_0: Ptr(GcArray(Signed)), count_0: Signed, i_0: Signed):
    v_1: Signed = direct_call(graph ll_len__list_array_Signed, l_1)  # line 206
    v_2: Bool = int_lt(i_0, v_1)  # line 206
    v_3: Bool = same_as(v_2)  # line 206
    switch v_3
    False --> return(count_0)
    True --> block2(l_1, x_1, eq_1, items_0, count_0, i_0)
block2(l_2: Ptr(list), x_2: Signed, eq_2: Void, items_1: Ptr(GcArray(Signed)), count_1: Signed, i_1: Signed):
    v_4: Signed = getarrayitem(items_1, i_1)  # line 207
    v_5: Bool = direct_call(graph _ll_equal__None_Signed_Signed, None, v_4, x_2)  # line 207
    v_6: Bool = same_as(v_5)  # line 207
    switch v_6
    False --> block3(l_2, x_2, eq_2, items_1, count_1, i_1)
    True --> block4(l_2, x_2, eq_2, items_1, count_1, i_1)
block3(l_3: Ptr(list), x_3: Signed, eq_3: Void, items_2: Ptr(GcArray(Signed)), count_2: Signed, i_2: Signed):
    v_7: Signed = int_add(i_2, 1)  # line 209
    --> block1(l_3, x_3, eq_3, items_2, count_2, v_7)
block4(l_4: Ptr(list), x_4: Signed, eq_4: Void, items_3: Ptr(GcArray(Signed)), count_3: Signed, i_3: Signed):
    v_8: Signed = int_add(count_3, 1)  # line 208
    --> block3(l_4, x_4, eq_4, items_3, v_8, i_3)

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

graph ll_remove__list_array_Signed_Signed_None(l_0: Ptr(list), x_0: Signed, eq_0: Void)  # rlist.py:503
block0(l_0: Ptr(list), x_0: Signed, eq_0: Void):
    v_0: Signed = direct_call(graph ll_index__list_array_Signed_Signed_None, l_0, x_0, None)  # line 504
    v_1: Void = direct_call(graph ll_delitem__list_array_Signed_Signed, l_0, v_0)  # line 504
    --> return(None)

graph ll_delitem__list_array_Signed_Signed(l_0: Ptr(list), index_0: Signed)  # rlist.py:438
block0(l_0: Ptr(list), index_0: Signed):
    v_0: Signed = getfield(l_0, 'length')  # line 439
    v_1: Signed = direct_call(graph _ll_index__Signed_Signed, index_0, v_0)  # line 440
    v_2: Ptr(GcArray(Signed)) = getfield(l_0, 'items')  # line 441
    --> block1(l_0, index_0, v_0, v_1, v_2)
block1(l_1: Ptr(list), index_1: Signed, length_0: Signed, i_0: Signed, items_0: Ptr(GcArray(Signed))):
    v_3: Signed = int_sub(length_0, 1)  # line 442
    v_4: Bool = int_lt(i_0, v_3)  # line 442
    v_5: Bool = same_as(v_4)  # line 442
    switch v_5
    False --> block2(l_1, length_0)
    True --> block3(l_1, index_1, length_0, i_0, items_0)
block2(l_2: Ptr(list), length_1: Signed):
    v_6: Signed = int_sub(length_1, 1)  # line 445
    v_7: Void = direct_call(graph _ll_list_resize__list_array_Signed_Signed, l_2, v_6)  # line 445
    --> return(None)
block3(l_3: Ptr(list), index_2: Signed, length_2: Signed, i_1: Signed, items_1: Ptr(GcArray(Signed))):
    v_8: Signed = int_add(i_1, 1)  # line 443
    v_9: Signed = getarrayitem(items_1, v_8)  # line 443
    v_10: Void = setarrayitem(items_1, i_1, v_9)  # line 443
    v_11: Signed = int_add(i_1, 1)  # line 444
    --> block1(l_3, index_2, length_2, v_11, items_1)

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
    v_8: Void = setfield(v_7, 'typeptr', vtable IndexError [5, 6))  # line 55
    v_9: Ptr(BaseException) = cast_pointer(v_6)  # line 55
    v_10: Ptr(object_vtable) = getfield(v_9, 'typeptr')  # line 55
    --> raise(v_10, v_6)
block4(index_3: Signed, length_3: Signed):
    v_11: Signed = int_add(index_3, length_3)  # line 53
    --> block1(v_11, length_3)

graph ll_newlist__array_rpy_str_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_index__array_rpy_str_rpy_str_ll_streq(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_0: Ptr(rpy_str), eq_0: Void)  # rlist.py:182
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_0: Ptr(rpy_str), eq_0: Void):
    v_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, l_0)  # line 183
    --> block1(l_0, x_0, eq_0, v_0, 0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_1: Ptr(rpy_str), eq_1: Void, items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_0: Signed):
    v_1: Signed = direct_call(graph ll_len__array_rpy_str, l_1)  # line 185
    v_2: Bool = int_lt(i_0, v_1)  # line 185
    v_3: Bool = same_as(v_2)  # line 185
    switch v_3
    False --> block2()
    True --> block3(l_1, x_1, eq_1, items_0, i_0)
block2():
    v_4: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 189
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 189
    v_6: Void = setfield(v_5, 'typeptr', vtable ValueError [3, 4))  # line 189
    v_7: Ptr(BaseException) = cast_pointer(v_4)  # line 189
    v_8: Ptr(object_vtable) = getfield(v_7, 'typeptr')  # line 189
    --> raise(v_8, v_4)
block3(l_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_2: Ptr(rpy_str), eq_2: Void, items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_1: Signed):
    v_9: Ptr(rpy_str) = getarrayitem(items_1, i_1)  # line 186
    v_10: Bool = direct_call(graph _ll_equal__ll_streq_rpy_str_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, v_9, x_2)  # line 186
    v_11: Bool = same_as(v_10)  # line 186
    switch v_11
    False --> block4(l_2, x_2, eq_2, items_1, i_1)
    True --> return(i_1)
block4(l_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_3: Ptr(rpy_str), eq_3: Void, items_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_2: Signed):
    v_12: Signed = int_add(i_2, 1)  # line 188
    --> block1(l_3, x_3, eq_3, items_2, v_12)

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

graph _ll_equal__ll_streq_rpy_str_rpy_str(eq_0: Void, x_0: Ptr(rpy_str), y_0: Ptr(rpy_str))  # rlist.py:176
block0(eq_0: Void, x_0: Ptr(rpy_str), y_0: Ptr(rpy_str)):
    v_0: Bool = same_as(False)  # line 177
    v_1: Bool = same_as(v_0)  # line 177
    --> block1(eq_0, x_0, y_0)
block1(eq_1: Void, x_1: Ptr(rpy_str), y_1: Ptr(rpy_str)):
    v_2: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, x_1, y_1)  # line 179
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

graph ll_count__array_rpy_str_rpy_str_ll_streq(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_0: Ptr(rpy_str), eq_0: Void)  # rlist.py:202
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_0: Ptr(rpy_str), eq_0: Void):
    v_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, l_0)  # line 203
    --> block1(l_0, x_0, eq_0, v_0, 0, 0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_1: Ptr(rpy_str), eq_1: Void, items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), count_0: Signed, i_0: Signed):
    v_1: Signed = direct_call(graph ll_len__array_rpy_str, l_1)  # line 206
    v_2: Bool = int_lt(i_0, v_1)  # line 206
    v_3: Bool = same_as(v_2)  # line 206
    switch v_3
    False --> return(count_0)
    True --> block2(l_1, x_1, eq_1, items_0, count_0, i_0)
block2(l_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_2: Ptr(rpy_str), eq_2: Void, items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), count_1: Signed, i_1: Signed):
    v_4: Ptr(rpy_str) = getarrayitem(items_1, i_1)  # line 207
    v_5: Bool = direct_call(graph _ll_equal__ll_streq_rpy_str_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, v_4, x_2)  # line 207
    v_6: Bool = same_as(v_5)  # line 207
    switch v_6
    False --> block3(l_2, x_2, eq_2, items_1, count_1, i_1)
    True --> block4(l_2, x_2, eq_2, items_1, count_1, i_1)
block3(l_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_3: Ptr(rpy_str), eq_3: Void, items_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), count_2: Signed, i_2: Signed):
    v_7: Signed = int_add(i_2, 1)  # line 209
    --> block1(l_3, x_3, eq_3, items_2, count_2, v_7)
block4(l_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_4: Ptr(rpy_str), eq_4: Void, items_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), count_3: Signed, i_3: Signed):
    v_8: Signed = int_add(count_3, 1)  # line 208
    --> block3(l_4, x_4, eq_4, items_3, v_8, i_3)

graph ll_contains__array_rpy_str_rpy_str_ll_streq(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_0: Ptr(rpy_str), eq_0: Void)  # rlist.py:192
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_0: Ptr(rpy_str), eq_0: Void):
    v_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, l_0)  # line 193
    --> block1(l_0, x_0, eq_0, v_0, 0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_1: Ptr(rpy_str), eq_1: Void, items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_0: Signed):
    v_1: Signed = direct_call(graph ll_len__array_rpy_str, l_1)  # line 195
    v_2: Bool = int_lt(i_0, v_1)  # line 195
    v_3: Bool = same_as(v_2)  # line 195
    switch v_3
    False --> return(False)
    True --> block2(l_1, x_1, eq_1, items_0, i_0)
block2(l_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_2: Ptr(rpy_str), eq_2: Void, items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_1: Signed):
    v_4: Ptr(rpy_str) = getarrayitem(items_1, i_1)  # line 196
    v_5: Bool = direct_call(graph _ll_equal__ll_streq_rpy_str_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, v_4, x_2)  # line 196
    v_6: Bool = same_as(v_5)  # line 196
    switch v_6
    False --> block3(l_2, x_2, eq_2, items_1, i_1)
    True --> return(True)
block3(l_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), x_3: Ptr(rpy_str), eq_3: Void, items_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_2: Signed):
    v_7: Signed = int_add(i_2, 1)  # line 198
    --> block1(l_3, x_3, eq_3, items_2, v_7)

graph ll_newlist__array_tuple2_Signed_UniChar_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))) = malloc_varsize(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_contains__array_tuple2_Signed_UniChar_tuple2_Signed_UniChar_ll_eq_tuple(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), x_0: Ptr(tuple2), eq_0: Void)  # rlist.py:192
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), x_0: Ptr(tuple2), eq_0: Void):
    v_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))) = direct_call(graph ll_items__array_tuple2_Signed_UniChar, l_0)  # line 193
    --> block1(l_0, x_0, eq_0, v_0, 0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), x_1: Ptr(tuple2), eq_1: Void, items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), i_0: Signed):
    v_1: Signed = direct_call(graph ll_len__array_tuple2_Signed_UniChar, l_1)  # line 195
    v_2: Bool = int_lt(i_0, v_1)  # line 195
    v_3: Bool = same_as(v_2)  # line 195
    switch v_3
    False --> return(False)
    True --> block2(l_1, x_1, eq_1, items_0, i_0)
block2(l_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), x_2: Ptr(tuple2), eq_2: Void, items_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), i_1: Signed):
    v_4: Ptr(tuple2) = getarrayitem(items_1, i_1)  # line 196
    v_5: Bool = direct_call(graph _ll_equal__ll_eq_tuple_tuple2_Signed_UniChar_tuple2_Signed_UniChar, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple }, v_4, x_2)  # line 196
    v_6: Bool = same_as(v_5)  # line 196
    switch v_6
    False --> block3(l_2, x_2, eq_2, items_1, i_1)
    True --> return(True)
block3(l_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), x_3: Ptr(tuple2), eq_3: Void, items_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), i_2: Signed):
    v_7: Signed = int_add(i_2, 1)  # line 198
    --> block1(l_3, x_3, eq_3, items_2, v_7)

graph ll_items__array_tuple2_Signed_UniChar(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_len__array_tuple2_Signed_UniChar(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph _ll_equal__ll_eq_tuple_tuple2_Signed_UniChar_tuple2_Signed_UniChar(eq_0: Void, x_0: Ptr(tuple2), y_0: Ptr(tuple2))  # rlist.py:176
block0(eq_0: Void, x_0: Ptr(tuple2), y_0: Ptr(tuple2)):
    v_0: Bool = same_as(False)  # line 177
    v_1: Bool = same_as(v_0)  # line 177
    --> block1(eq_0, x_0, y_0)
block1(eq_1: Void, x_1: Ptr(tuple2), y_1: Ptr(tuple2)):
    v_2: Bool = direct_call(graph gen_eq.<locals>.ll_eq_tuple__tuple2_Signed_UniChar_tuple2_Signed_UniChar, x_1, y_1)  # line 179
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

graph ll_keyeq__None_Signed_Signed(eq_0: Void, key1_0: Signed, key2_0: Signed)  # rordereddict.py:54
block0(eq_0: Void, key1_0: Signed, key2_0: Signed):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: Signed, key2_1: Signed):
    v_2: Bool = int_eq(key1_1, key2_1)  # line 56
    --> return(v_2)

graph ll_keyeq__None_UniChar_UniChar(eq_0: Void, key1_0: UniChar, key2_0: UniChar)  # rordereddict.py:54
block0(eq_0: Void, key1_0: UniChar, key2_0: UniChar):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: UniChar, key2_1: UniChar):
    v_2: Bool = unichar_eq(key1_1, key2_1)  # line 56
    --> return(v_2)

graph ll_newlist__array_list_methods.Box_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))) = malloc_varsize(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_getitem_nonneg__array_list_methods.Box_Signed(l_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), index_0: Signed)  # rlist.py:67
block0(l_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), index_0: Signed):
    v_0: Signed = direct_call(graph ll_len__array_list_methods.Box, l_0)  # line 68
    v_1: Bool = int_ge(index_0, v_0)  # line 68
    v_2: Bool = same_as(v_1)  # line 68
    switch v_2
    False --> block1(l_0, index_0)
    True --> block2()
block1(l_1: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), index_1: Signed):
    v_3: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))) = direct_call(graph ll_items__array_list_methods.Box, l_1)  # line 70
    v_4: Ptr(list_methods.Box) = getarrayitem(v_3, index_1)  # line 70
    --> return(v_4)
block2():
    v_5: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 69
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_7: Void = setfield(v_6, 'typeptr', vtable IndexError [5, 6))  # line 69
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 69
    --> raise(v_9, v_5)

graph ll_len__array_list_methods.Box(l_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_list_methods.Box(l_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_index__array_list_methods.Box_list_methods.Box_None(l_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_0: Ptr(list_methods.Box), eq_0: Void)  # rlist.py:182
block0(l_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_0: Ptr(list_methods.Box), eq_0: Void):
    v_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))) = direct_call(graph ll_items__array_list_methods.Box, l_0)  # line 183
    --> block1(l_0, x_0, eq_0, v_0, 0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_1: Ptr(list_methods.Box), eq_1: Void, items_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), i_0: Signed):
    v_1: Signed = direct_call(graph ll_len__array_list_methods.Box, l_1)  # line 185
    v_2: Bool = int_lt(i_0, v_1)  # line 185
    v_3: Bool = same_as(v_2)  # line 185
    switch v_3
    False --> block2()
    True --> block3(l_1, x_1, eq_1, items_0, i_0)
block2():
    v_4: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 189
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 189
    v_6: Void = setfield(v_5, 'typeptr', vtable ValueError [3, 4))  # line 189
    v_7: Ptr(BaseException) = cast_pointer(v_4)  # line 189
    v_8: Ptr(object_vtable) = getfield(v_7, 'typeptr')  # line 189
    --> raise(v_8, v_4)
block3(l_2: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_2: Ptr(list_methods.Box), eq_2: Void, items_1: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), i_1: Signed):
    v_9: Ptr(list_methods.Box) = getarrayitem(items_1, i_1)  # line 186
    v_10: Bool = direct_call(graph _ll_equal__None_list_methods.Box_list_methods.Box, None, v_9, x_2)  # line 186
    v_11: Bool = same_as(v_10)  # line 186
    switch v_11
    False --> block4(l_2, x_2, eq_2, items_1, i_1)
    True --> return(i_1)
block4(l_3: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_3: Ptr(list_methods.Box), eq_3: Void, items_2: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), i_2: Signed):
    v_12: Signed = int_add(i_2, 1)  # line 188
    --> block1(l_3, x_3, eq_3, items_2, v_12)

graph _ll_equal__None_list_methods.Box_list_methods.Box(eq_0: Void, x_0: Ptr(list_methods.Box), y_0: Ptr(list_methods.Box))  # rlist.py:176
block0(eq_0: Void, x_0: Ptr(list_methods.Box), y_0: Ptr(list_methods.Box)):
    v_0: Bool = same_as(True)  # line 177
    v_1: Bool = same_as(v_0)  # line 177
    --> block1(x_0, y_0)
block1(x_1: Ptr(list_methods.Box), y_1: Ptr(list_methods.Box)):
    v_2: Bool = ptr_eq(x_1, y_1)  # line 178
    --> return(v_2)

graph ll_count__array_list_methods.Box_list_methods.Box_None(l_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_0: Ptr(list_methods.Box), eq_0: Void)  # rlist.py:202
block0(l_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_0: Ptr(list_methods.Box), eq_0: Void):
    v_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))) = direct_call(graph ll_items__array_list_methods.Box, l_0)  # line 203
    --> block1(l_0, x_0, eq_0, v_0, 0, 0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_1: Ptr(list_methods.Box), eq_1: Void, items_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), count_0: Signed, i_0: Signed):
    v_1: Signed = direct_call(graph ll_len__array_list_methods.Box, l_1)  # line 206
    v_2: Bool = int_lt(i_0, v_1)  # line 206
    v_3: Bool = same_as(v_2)  # line 206
    switch v_3
    False --> return(count_0)
    True --> block2(l_1, x_1, eq_1, items_0, count_0, i_0)
block2(l_2: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_2: Ptr(list_methods.Box), eq_2: Void, items_1: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), count_1: Signed, i_1: Signed):
    v_4: Ptr(list_methods.Box) = getarrayitem(items_1, i_1)  # line 207
    v_5: Bool = direct_call(graph _ll_equal__None_list_methods.Box_list_methods.Box, None, v_4, x_2)  # line 207
    v_6: Bool = same_as(v_5)  # line 207
    switch v_6
    False --> block3(l_2, x_2, eq_2, items_1, count_1, i_1)
    True --> block4(l_2, x_2, eq_2, items_1, count_1, i_1)
block3(l_3: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_3: Ptr(list_methods.Box), eq_3: Void, items_2: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), count_2: Signed, i_2: Signed):
    v_7: Signed = int_add(i_2, 1)  # line 209
    --> block1(l_3, x_3, eq_3, items_2, count_2, v_7)
block4(l_4: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_4: Ptr(list_methods.Box), eq_4: Void, items_3: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), count_3: Signed, i_3: Signed):
    v_8: Signed = int_add(count_3, 1)  # line 208
    --> block3(l_4, x_4, eq_4, items_3, v_8, i_3)

graph ll_contains__array_list_methods.Box_list_methods.Box_None(l_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_0: Ptr(list_methods.Box), eq_0: Void)  # rlist.py:192
block0(l_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_0: Ptr(list_methods.Box), eq_0: Void):
    v_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))) = direct_call(graph ll_items__array_list_methods.Box, l_0)  # line 193
    --> block1(l_0, x_0, eq_0, v_0, 0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_1: Ptr(list_methods.Box), eq_1: Void, items_0: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), i_0: Signed):
    v_1: Signed = direct_call(graph ll_len__array_list_methods.Box, l_1)  # line 195
    v_2: Bool = int_lt(i_0, v_1)  # line 195
    v_3: Bool = same_as(v_2)  # line 195
    switch v_3
    False --> return(False)
    True --> block2(l_1, x_1, eq_1, items_0, i_0)
block2(l_2: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_2: Ptr(list_methods.Box), eq_2: Void, items_1: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), i_1: Signed):
    v_4: Ptr(list_methods.Box) = getarrayitem(items_1, i_1)  # line 196
    v_5: Bool = direct_call(graph _ll_equal__None_list_methods.Box_list_methods.Box, None, v_4, x_2)  # line 196
    v_6: Bool = same_as(v_5)  # line 196
    switch v_6
    False --> block3(l_2, x_2, eq_2, items_1, i_1)
    True --> return(True)
block3(l_3: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), x_3: Ptr(list_methods.Box), eq_3: Void, items_2: Ptr(GcArray(Ptr(GcStruct list_methods.Box { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_value: Signed }))), i_2: Signed):
    v_7: Signed = int_add(i_2, 1)  # line 198
    --> block1(l_3, x_3, eq_3, items_2, v_7)

graph ll_extend__list_array_Signed_list_array_Signed(l1_0: Ptr(list), l2_0: Ptr(list))  # rlist.py:476
block0(l1_0: Ptr(list), l2_0: Ptr(list)):
    v_0: Signed = getfield(l1_0, 'length')  # line 477
    v_1: Signed = direct_call(graph ll_len__list_array_Signed, l2_0)  # line 478
    v_2: Signed = int_add(v_0, v_1)  # line 479
    v_3: Void = direct_call(graph _ll_list_resize__list_array_Signed_Signed, l1_0, v_2)  # line 479
    v_4: Ptr(GcArray(Signed)) = getfield(l1_0, 'items')  # line 480
    v_5: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l2_0)  # line 481
    --> block1(l1_0, l2_0, v_0, v_1, v_4, v_5, 0)
block1(l1_1: Ptr(list), l2_1: Ptr(list), len1_0: Signed, len2_0: Signed, items1_0: Ptr(GcArray(Signed)), items2_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_6: Bool = int_lt(i_0, len2_0)  # line 483
    v_7: Bool = same_as(v_6)  # line 483
    switch v_7
    False --> return(None)
    True --> block2(l1_1, l2_1, len1_0, len2_0, items1_0, items2_0, i_0)
block2(l1_2: Ptr(list), l2_2: Ptr(list), len1_1: Signed, len2_1: Signed, items1_1: Ptr(GcArray(Signed)), items2_1: Ptr(GcArray(Signed)), i_1: Signed):
    v_8: Signed = getarrayitem(items2_1, i_1)  # line 484
    v_9: Signed = int_add(len1_1, i_1)  # line 484
    v_10: Void = setarrayitem(items1_1, v_9, v_8)  # line 484
    v_11: Signed = int_add(i_1, 1)  # line 485
    --> block1(l1_2, l2_2, len1_1, len2_1, items1_1, items2_1, v_11)

graph ll_index__array_tuple2_Signed_UniChar_tuple2_Signed_UniChar_ll_eq_tuple(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), x_0: Ptr(tuple2), eq_0: Void)  # rlist.py:182
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), x_0: Ptr(tuple2), eq_0: Void):
    v_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))) = direct_call(graph ll_items__array_tuple2_Signed_UniChar, l_0)  # line 183
    --> block1(l_0, x_0, eq_0, v_0, 0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), x_1: Ptr(tuple2), eq_1: Void, items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), i_0: Signed):
    v_1: Signed = direct_call(graph ll_len__array_tuple2_Signed_UniChar, l_1)  # line 185
    v_2: Bool = int_lt(i_0, v_1)  # line 185
    v_3: Bool = same_as(v_2)  # line 185
    switch v_3
    False --> block2()
    True --> block3(l_1, x_1, eq_1, items_0, i_0)
block2():
    v_4: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 189
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 189
    v_6: Void = setfield(v_5, 'typeptr', vtable ValueError [3, 4))  # line 189
    v_7: Ptr(BaseException) = cast_pointer(v_4)  # line 189
    v_8: Ptr(object_vtable) = getfield(v_7, 'typeptr')  # line 189
    --> raise(v_8, v_4)
block3(l_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), x_2: Ptr(tuple2), eq_2: Void, items_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), i_1: Signed):
    v_9: Ptr(tuple2) = getarrayitem(items_1, i_1)  # line 186
    v_10: Bool = direct_call(graph _ll_equal__ll_eq_tuple_tuple2_Signed_UniChar_tuple2_Signed_UniChar, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple }, v_9, x_2)  # line 186
    v_11: Bool = same_as(v_10)  # line 186
    switch v_11
    False --> block4(l_2, x_2, eq_2, items_1, i_1)
    True --> return(i_1)
block4(l_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), x_3: Ptr(tuple2), eq_3: Void, items_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), i_2: Signed):
    v_12: Signed = int_add(i_2, 1)  # line 188
    --> block1(l_3, x_3, eq_3, items_2, v_12)

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

graph ll_newlist__array_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_newlist__array_array_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcArray(Signed)))) = malloc_varsize(GcArray(Ptr(GcArray(Signed))), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_listeq__array_array_Signed_array_array_Signed_ll_listeq_items(l1_0: Ptr(GcArray(Ptr(GcArray(Signed)))), l2_0: Ptr(GcArray(Ptr(GcArray(Signed)))), eq_0: Void)  # rlist.py:213
block0(l1_0: Ptr(GcArray(Ptr(GcArray(Signed)))), l2_0: Ptr(GcArray(Ptr(GcArray(Signed)))), eq_0: Void):
    v_0: Bool = ptr_nonzero(l1_0)  # line 214
    switch v_0
    False --> block1(l1_0, l2_0)
    True --> block4(l1_0, l2_0, eq_0)
block1(l1_1: Ptr(GcArray(Ptr(GcArray(Signed)))), l2_1: Ptr(GcArray(Ptr(GcArray(Signed))))):
    v_1: Bool = ptr_nonzero(l1_1)  # line 215
    switch v_1
    False --> block2(l2_1, True)
    True --> block2(l2_1, False)
block2(l2_2: Ptr(GcArray(Ptr(GcArray(Signed)))), v_2: Bool):
    v_3: Bool = same_as(v_2)  # line 215
    switch v_3
    False --> return(v_2)
    True --> block3(l2_2)
block3(l2_3: Ptr(GcArray(Ptr(GcArray(Signed))))):
    v_4: Bool = ptr_nonzero(l2_3)  # line 215
    switch v_4
    False --> return(True)
    True --> return(False)
block4(l1_2: Ptr(GcArray(Ptr(GcArray(Signed)))), l2_4: Ptr(GcArray(Ptr(GcArray(Signed)))), eq_1: Void):
    v_5: Bool = ptr_nonzero(l2_4)  # line 214
    switch v_5
    False --> block1(l1_2, l2_4)
    True --> block5(l1_2, l2_4, eq_1)
block5(l1_3: Ptr(GcArray(Ptr(GcArray(Signed)))), l2_5: Ptr(GcArray(Ptr(GcArray(Signed)))), eq_2: Void):
    v_6: Signed = direct_call(graph ll_len__array_array_Signed, l1_3)  # line 216
    v_7: Signed = direct_call(graph ll_len__array_array_Signed, l2_5)  # line 217
    v_8: Bool = int_ne(v_6, v_7)  # line 217
    v_9: Bool = same_as(v_8)  # line 217
    switch v_9
    False --> block6(l1_3, l2_5, eq_2, v_6)
    True --> return(False)
block6(l1_4: Ptr(GcArray(Ptr(GcArray(Signed)))), l2_6: Ptr(GcArray(Ptr(GcArray(Signed)))), eq_3: Void, length_0: Signed):
    v_10: Ptr(GcArray(Ptr(GcArray(Signed)))) = direct_call(graph ll_items__array_array_Signed, l1_4)  # line 219
    v_11: Ptr(GcArray(Ptr(GcArray(Signed)))) = direct_call(graph ll_items__array_array_Signed, l2_6)  # line 220
    --> block7(l1_4, l2_6, eq_3, length_0, v_10, v_11, 0)
block7(l1_5: Ptr(GcArray(Ptr(GcArray(Signed)))), l2_7: Ptr(GcArray(Ptr(GcArray(Signed)))), eq_4: Void, length_1: Signed, items1_0: Ptr(GcArray(Ptr(GcArray(Signed)))), items2_0: Ptr(GcArray(Ptr(GcArray(Signed)))), i_0: Signed):
    v_12: Bool = int_lt(i_0, length_1)  # line 222
    v_13: Bool = same_as(v_12)  # line 222
    switch v_13
    False --> return(True)
    True --> block8(l1_5, l2_7, eq_4, length_1, items1_0, items2_0, i_0)
block8(l1_6: Ptr(GcArray(Ptr(GcArray(Signed)))), l2_8: Ptr(GcArray(Ptr(GcArray(Signed)))), eq_5: Void, length_2: Signed, items1_1: Ptr(GcArray(Ptr(GcArray(Signed)))), items2_1: Ptr(GcArray(Ptr(GcArray(Signed)))), i_1: Signed):
    v_14: Ptr(GcArray(Signed)) = getarrayitem(items1_1, i_1)  # line 223
    v_15: Ptr(GcArray(Signed)) = getarrayitem(items2_1, i_1)  # line 223
    v_16: Bool = direct_call(graph _ll_equal__ll_listeq_items_array_Signed_array_Signed, FunctionDesc { Kind = Function, Name = rpython.rtyper.rlist.gen_listeq.<locals>.ll_listeq_items, Function = <function rpython.rtyper.rlist.gen_listeq.<locals>.ll_listeq_items>, UniqueName = rpython.rtyper.rlist.gen_listeq.<locals>.ll_listeq_items }, v_14, v_15)  # line 223
    v_17: Bool = same_as(v_16)  # line 223
    switch v_17
    False --> return(False)
    True --> block9(l1_6, l2_8, eq_5, length_2, items1_1, items2_1, i_1)
block9(l1_7: Ptr(GcArray(Ptr(GcArray(Signed)))), l2_9: Ptr(GcArray(Ptr(GcArray(Signed)))), eq_6: Void, length_3: Signed, items1_2: Ptr(GcArray(Ptr(GcArray(Signed)))), items2_2: Ptr(GcArray(Ptr(GcArray(Signed)))), i_2: Signed):
    v_18: Signed = int_add(i_2, 1)  # line 225
    --> block7(l1_7, l2_9, eq_6, length_3, items1_2, items2_2, v_18)

graph ll_len__array_array_Signed(l_0: Ptr(GcArray(Ptr(GcArray(Signed)))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcArray(Signed))))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcArray(Signed))))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_array_Signed(l_0: Ptr(GcArray(Ptr(GcArray(Signed)))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcArray(Signed))))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph _ll_equal__ll_listeq_items_array_Signed_array_Signed(eq_0: Void, x_0: Ptr(GcArray(Signed)), y_0: Ptr(GcArray(Signed)))  # rlist.py:176
block0(eq_0: Void, x_0: Ptr(GcArray(Signed)), y_0: Ptr(GcArray(Signed))):
    v_0: Bool = same_as(False)  # line 177
    v_1: Bool = same_as(v_0)  # line 177
    --> block1(eq_0, x_0, y_0)
block1(eq_1: Void, x_1: Ptr(GcArray(Signed)), y_1: Ptr(GcArray(Signed))):
    v_2: Bool = direct_call(graph gen_listeq.<locals>.ll_listeq_items__array_Signed_array_Signed, x_1, y_1)  # line 179
    --> return(v_2)

graph gen_listeq.<locals>.ll_listeq_items__array_Signed_array_Signed(l1_0: Ptr(GcArray(Signed)), l2_0: Ptr(GcArray(Signed)))  # rlist.py:231
block0(l1_0: Ptr(GcArray(Signed)), l2_0: Ptr(GcArray(Signed))):
    v_0: Bool = direct_call(graph ll_listeq__array_Signed_array_Signed_None, l1_0, l2_0, None)  # line 232
    --> return(v_0)

graph ll_listeq__array_Signed_array_Signed_None(l1_0: Ptr(GcArray(Signed)), l2_0: Ptr(GcArray(Signed)), eq_0: Void)  # rlist.py:213
block0(l1_0: Ptr(GcArray(Signed)), l2_0: Ptr(GcArray(Signed)), eq_0: Void):
    v_0: Bool = ptr_nonzero(l1_0)  # line 214
    switch v_0
    False --> block1(l1_0, l2_0)
    True --> block4(l1_0, l2_0, eq_0)
block1(l1_1: Ptr(GcArray(Signed)), l2_1: Ptr(GcArray(Signed))):
    v_1: Bool = ptr_nonzero(l1_1)  # line 215
    switch v_1
    False --> block2(l2_1, True)
    True --> block2(l2_1, False)
block2(l2_2: Ptr(GcArray(Signed)), v_2: Bool):
    v_3: Bool = same_as(v_2)  # line 215
    switch v_3
    False --> return(v_2)
    True --> block3(l2_2)
block3(l2_3: Ptr(GcArray(Signed))):
    v_4: Bool = ptr_nonzero(l2_3)  # line 215
    switch v_4
    False --> return(True)
    True --> return(False)
block4(l1_2: Ptr(GcArray(Signed)), l2_4: Ptr(GcArray(Signed)), eq_1: Void):
    v_5: Bool = ptr_nonzero(l2_4)  # line 214
    switch v_5
    False --> block1(l1_2, l2_4)
    True --> block5(l1_2, l2_4, eq_1)
block5(l1_3: Ptr(GcArray(Signed)), l2_5: Ptr(GcArray(Signed)), eq_2: Void):
    v_6: Signed = direct_call(graph ll_len__array_Signed, l1_3)  # line 216
    v_7: Signed = direct_call(graph ll_len__array_Signed, l2_5)  # line 217
    v_8: Bool = int_ne(v_6, v_7)  # line 217
    v_9: Bool = same_as(v_8)  # line 217
    switch v_9
    False --> block6(l1_3, l2_5, eq_2, v_6)
    True --> return(False)
block6(l1_4: Ptr(GcArray(Signed)), l2_6: Ptr(GcArray(Signed)), eq_3: Void, length_0: Signed):
    v_10: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l1_4)  # line 219
    v_11: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l2_6)  # line 220
    --> block7(l1_4, l2_6, eq_3, length_0, v_10, v_11, 0)
block7(l1_5: Ptr(GcArray(Signed)), l2_7: Ptr(GcArray(Signed)), eq_4: Void, length_1: Signed, items1_0: Ptr(GcArray(Signed)), items2_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_12: Bool = int_lt(i_0, length_1)  # line 222
    v_13: Bool = same_as(v_12)  # line 222
    switch v_13
    False --> return(True)
    True --> block8(l1_5, l2_7, eq_4, length_1, items1_0, items2_0, i_0)
block8(l1_6: Ptr(GcArray(Signed)), l2_8: Ptr(GcArray(Signed)), eq_5: Void, length_2: Signed, items1_1: Ptr(GcArray(Signed)), items2_1: Ptr(GcArray(Signed)), i_1: Signed):
    v_14: Signed = getarrayitem(items1_1, i_1)  # line 223
    v_15: Signed = getarrayitem(items2_1, i_1)  # line 223
    v_16: Bool = direct_call(graph _ll_equal__None_Signed_Signed, None, v_14, v_15)  # line 223
    v_17: Bool = same_as(v_16)  # line 223
    switch v_17
    False --> return(False)
    True --> block9(l1_6, l2_8, eq_5, length_2, items1_1, items2_1, i_1)
block9(l1_7: Ptr(GcArray(Signed)), l2_9: Ptr(GcArray(Signed)), eq_6: Void, length_3: Signed, items1_2: Ptr(GcArray(Signed)), items2_2: Ptr(GcArray(Signed)), i_2: Signed):
    v_18: Signed = int_add(i_2, 1)  # line 225
    --> block7(l1_7, l2_9, eq_6, length_3, items1_2, items2_2, v_18)

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

graph ll_listeq__array_rpy_str_array_rpy_str_ll_streq(l1_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), eq_0: Void)  # rlist.py:213
block0(l1_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), eq_0: Void):
    v_0: Bool = ptr_nonzero(l1_0)  # line 214
    switch v_0
    False --> block1(l1_0, l2_0)
    True --> block4(l1_0, l2_0, eq_0)
block1(l1_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_1: Bool = ptr_nonzero(l1_1)  # line 215
    switch v_1
    False --> block2(l2_1, True)
    True --> block2(l2_1, False)
block2(l2_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_2: Bool):
    v_3: Bool = same_as(v_2)  # line 215
    switch v_3
    False --> return(v_2)
    True --> block3(l2_2)
block3(l2_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_4: Bool = ptr_nonzero(l2_3)  # line 215
    switch v_4
    False --> return(True)
    True --> return(False)
block4(l1_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), eq_1: Void):
    v_5: Bool = ptr_nonzero(l2_4)  # line 214
    switch v_5
    False --> block1(l1_2, l2_4)
    True --> block5(l1_2, l2_4, eq_1)
block5(l1_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), eq_2: Void):
    v_6: Signed = direct_call(graph ll_len__array_rpy_str, l1_3)  # line 216
    v_7: Signed = direct_call(graph ll_len__array_rpy_str, l2_5)  # line 217
    v_8: Bool = int_ne(v_6, v_7)  # line 217
    v_9: Bool = same_as(v_8)  # line 217
    switch v_9
    False --> block6(l1_3, l2_5, eq_2, v_6)
    True --> return(False)
block6(l1_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), eq_3: Void, length_0: Signed):
    v_10: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, l1_4)  # line 219
    v_11: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, l2_6)  # line 220
    --> block7(l1_4, l2_6, eq_3, length_0, v_10, v_11, 0)
block7(l1_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), eq_4: Void, length_1: Signed, items1_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items2_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_0: Signed):
    v_12: Bool = int_lt(i_0, length_1)  # line 222
    v_13: Bool = same_as(v_12)  # line 222
    switch v_13
    False --> return(True)
    True --> block8(l1_5, l2_7, eq_4, length_1, items1_0, items2_0, i_0)
block8(l1_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), eq_5: Void, length_2: Signed, items1_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items2_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_1: Signed):
    v_14: Ptr(rpy_str) = getarrayitem(items1_1, i_1)  # line 223
    v_15: Ptr(rpy_str) = getarrayitem(items2_1, i_1)  # line 223
    v_16: Bool = direct_call(graph _ll_equal__ll_streq_rpy_str_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, v_14, v_15)  # line 223
    v_17: Bool = same_as(v_16)  # line 223
    switch v_17
    False --> return(False)
    True --> block9(l1_6, l2_8, eq_5, length_2, items1_1, items2_1, i_1)
block9(l1_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_9: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), eq_6: Void, length_3: Signed, items1_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items2_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_2: Signed):
    v_18: Signed = int_add(i_2, 1)  # line 225
    --> block7(l1_7, l2_9, eq_6, length_3, items1_2, items2_2, v_18)

graph ll_newlist__array_UniChar_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(UniChar)) = malloc_varsize(GcArray(UniChar), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_listeq__array_rpy_str_array_UniChar_ll_str_eq_char(l1_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_0: Ptr(GcArray(UniChar)), eq_0: Void)  # rlist.py:213
block0(l1_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_0: Ptr(GcArray(UniChar)), eq_0: Void):
    v_0: Bool = ptr_nonzero(l1_0)  # line 214
    switch v_0
    False --> block1(l1_0, l2_0)
    True --> block4(l1_0, l2_0, eq_0)
block1(l1_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_1: Ptr(GcArray(UniChar))):
    v_1: Bool = ptr_nonzero(l1_1)  # line 215
    switch v_1
    False --> block2(l2_1, True)
    True --> block2(l2_1, False)
block2(l2_2: Ptr(GcArray(UniChar)), v_2: Bool):
    v_3: Bool = same_as(v_2)  # line 215
    switch v_3
    False --> return(v_2)
    True --> block3(l2_2)
block3(l2_3: Ptr(GcArray(UniChar))):
    v_4: Bool = ptr_nonzero(l2_3)  # line 215
    switch v_4
    False --> return(True)
    True --> return(False)
block4(l1_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_4: Ptr(GcArray(UniChar)), eq_1: Void):
    v_5: Bool = ptr_nonzero(l2_4)  # line 214
    switch v_5
    False --> block1(l1_2, l2_4)
    True --> block5(l1_2, l2_4, eq_1)
block5(l1_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_5: Ptr(GcArray(UniChar)), eq_2: Void):
    v_6: Signed = direct_call(graph ll_len__array_rpy_str, l1_3)  # line 216
    v_7: Signed = direct_call(graph ll_len__array_UniChar, l2_5)  # line 217
    v_8: Bool = int_ne(v_6, v_7)  # line 217
    v_9: Bool = same_as(v_8)  # line 217
    switch v_9
    False --> block6(l1_3, l2_5, eq_2, v_6)
    True --> return(False)
block6(l1_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_6: Ptr(GcArray(UniChar)), eq_3: Void, length_0: Signed):
    v_10: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, l1_4)  # line 219
    v_11: Ptr(GcArray(UniChar)) = direct_call(graph ll_items__array_UniChar, l2_6)  # line 220
    --> block7(l1_4, l2_6, eq_3, length_0, v_10, v_11, 0)
block7(l1_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_7: Ptr(GcArray(UniChar)), eq_4: Void, length_1: Signed, items1_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items2_0: Ptr(GcArray(UniChar)), i_0: Signed):
    v_12: Bool = int_lt(i_0, length_1)  # line 222
    v_13: Bool = same_as(v_12)  # line 222
    switch v_13
    False --> return(True)
    True --> block8(l1_5, l2_7, eq_4, length_1, items1_0, items2_0, i_0)
block8(l1_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_8: Ptr(GcArray(UniChar)), eq_5: Void, length_2: Signed, items1_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items2_1: Ptr(GcArray(UniChar)), i_1: Signed):
    v_14: Ptr(rpy_str) = getarrayitem(items1_1, i_1)  # line 223
    v_15: UniChar = getarrayitem(items2_1, i_1)  # line 223
    v_16: Bool = direct_call(graph _ll_equal__ll_str_eq_char_rpy_str_UniChar, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_str_eq_char, Function = <function rpython.rtyper.rstr.ll_str_eq_char>, UniqueName = rpython.rtyper.rstr.ll_str_eq_char }, v_14, v_15)  # line 223
    v_17: Bool = same_as(v_16)  # line 223
    switch v_17
    False --> return(False)
    True --> block9(l1_6, l2_8, eq_5, length_2, items1_1, items2_1, i_1)
block9(l1_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), l2_9: Ptr(GcArray(UniChar)), eq_6: Void, length_3: Signed, items1_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items2_2: Ptr(GcArray(UniChar)), i_2: Signed):
    v_18: Signed = int_add(i_2, 1)  # line 225
    --> block7(l1_7, l2_9, eq_6, length_3, items1_2, items2_2, v_18)

graph ll_len__array_UniChar(l_0: Ptr(GcArray(UniChar)))  # rlist.py:31
block0(l_0: Ptr(GcArray(UniChar))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(UniChar))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_UniChar(l_0: Ptr(GcArray(UniChar)))  # rlist.py:25
block0(l_0: Ptr(GcArray(UniChar))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph _ll_equal__ll_str_eq_char_rpy_str_UniChar(eq_0: Void, x_0: Ptr(rpy_str), y_0: UniChar)  # rlist.py:176
block0(eq_0: Void, x_0: Ptr(rpy_str), y_0: UniChar):
    v_0: Bool = same_as(False)  # line 177
    v_1: Bool = same_as(v_0)  # line 177
    --> block1(eq_0, x_0, y_0)
block1(eq_1: Void, x_1: Ptr(rpy_str), y_1: UniChar):
    v_2: Bool = direct_call(graph ll_str_eq_char__rpy_str_UniChar, x_1, y_1)  # line 179
    --> return(v_2)

graph ll_str_eq_char__rpy_str_UniChar(s_0: Ptr(rpy_str), ch_0: UniChar)  # rstr.py:123
block0(s_0: Ptr(rpy_str), ch_0: UniChar):
    v_0: Bool = direct_call(graph ll_char_eq_str__UniChar_rpy_str, ch_0, s_0)  # line 124
    --> return(v_0)

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

graph ll_listeq__array_tuple2_Signed_UniChar_array_tuple2_Signed_UniChar_ll_eq_tuple(l1_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), l2_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), eq_0: Void)  # rlist.py:213
block0(l1_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), l2_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), eq_0: Void):
    v_0: Bool = ptr_nonzero(l1_0)  # line 214
    switch v_0
    False --> block1(l1_0, l2_0)
    True --> block4(l1_0, l2_0, eq_0)
block1(l1_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), l2_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar })))):
    v_1: Bool = ptr_nonzero(l1_1)  # line 215
    switch v_1
    False --> block2(l2_1, True)
    True --> block2(l2_1, False)
block2(l2_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), v_2: Bool):
    v_3: Bool = same_as(v_2)  # line 215
    switch v_3
    False --> return(v_2)
    True --> block3(l2_2)
block3(l2_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar })))):
    v_4: Bool = ptr_nonzero(l2_3)  # line 215
    switch v_4
    False --> return(True)
    True --> return(False)
block4(l1_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), l2_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), eq_1: Void):
    v_5: Bool = ptr_nonzero(l2_4)  # line 214
    switch v_5
    False --> block1(l1_2, l2_4)
    True --> block5(l1_2, l2_4, eq_1)
block5(l1_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), l2_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), eq_2: Void):
    v_6: Signed = direct_call(graph ll_len__array_tuple2_Signed_UniChar, l1_3)  # line 216
    v_7: Signed = direct_call(graph ll_len__array_tuple2_Signed_UniChar, l2_5)  # line 217
    v_8: Bool = int_ne(v_6, v_7)  # line 217
    v_9: Bool = same_as(v_8)  # line 217
    switch v_9
    False --> block6(l1_3, l2_5, eq_2, v_6)
    True --> return(False)
block6(l1_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), l2_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), eq_3: Void, length_0: Signed):
    v_10: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))) = direct_call(graph ll_items__array_tuple2_Signed_UniChar, l1_4)  # line 219
    v_11: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))) = direct_call(graph ll_items__array_tuple2_Signed_UniChar, l2_6)  # line 220
    --> block7(l1_4, l2_6, eq_3, length_0, v_10, v_11, 0)
block7(l1_5: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), l2_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), eq_4: Void, length_1: Signed, items1_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), items2_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), i_0: Signed):
    v_12: Bool = int_lt(i_0, length_1)  # line 222
    v_13: Bool = same_as(v_12)  # line 222
    switch v_13
    False --> return(True)
    True --> block8(l1_5, l2_7, eq_4, length_1, items1_0, items2_0, i_0)
block8(l1_6: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), l2_8: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), eq_5: Void, length_2: Signed, items1_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), items2_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), i_1: Signed):
    v_14: Ptr(tuple2) = getarrayitem(items1_1, i_1)  # line 223
    v_15: Ptr(tuple2) = getarrayitem(items2_1, i_1)  # line 223
    v_16: Bool = direct_call(graph _ll_equal__ll_eq_tuple_tuple2_Signed_UniChar_tuple2_Signed_UniChar, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple }, v_14, v_15)  # line 223
    v_17: Bool = same_as(v_16)  # line 223
    switch v_17
    False --> return(False)
    True --> block9(l1_6, l2_8, eq_5, length_2, items1_1, items2_1, i_1)
block9(l1_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), l2_9: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), eq_6: Void, length_3: Signed, items1_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), items2_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }))), i_2: Signed):
    v_18: Signed = int_add(i_2, 1)  # line 225
    --> block7(l1_7, l2_9, eq_6, length_3, items1_2, items2_2, v_18)

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

graph ll_newlist__array_list_array_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }))) = malloc_varsize(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_listiter__listiter_array_list_array_Signed_array_list_array_Signed(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_list_array_Signed(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }))) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_list_array_Signed, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) })))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }))) = direct_call(graph ll_items__array_list_array_Signed, l_0)  # line 391
    v_8: Ptr(list) = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [7, 8))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__array_list_array_Signed(l_0: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_list_array_Signed(l_0: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_slice__array_Signed_list_array_Signed_Signed_Signed(LIST_0: Void, l_0: Ptr(list), start_0: Signed, stop_0: Signed)  # rlist.py:90
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
    v_6: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), v_5)  # line 96
    v_7: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_1)  # line 97
    v_8: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, v_6)  # line 98
    --> block2(LIST_1, l_1, start_1, stop_1, length_0, v_6, v_7, v_8, 0)
block2(LIST_2: Void, l_2: Ptr(list), start_2: Signed, stop_2: Signed, length_1: Signed, res_0: Ptr(GcArray(Signed)), items_0: Ptr(GcArray(Signed)), newitems_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_9: Signed = int_sub(stop_2, start_2)  # line 100
    v_10: Bool = int_lt(i_0, v_9)  # line 100
    v_11: Bool = same_as(v_10)  # line 100
    switch v_11
    False --> return(res_0)
    True --> block3(LIST_2, l_2, start_2, stop_2, length_1, res_0, items_0, newitems_0, i_0)
block3(LIST_3: Void, l_3: Ptr(list), start_3: Signed, stop_3: Signed, length_2: Signed, res_1: Ptr(GcArray(Signed)), items_1: Ptr(GcArray(Signed)), newitems_1: Ptr(GcArray(Signed)), i_1: Signed):
    v_12: Signed = int_add(start_3, i_1)  # line 101
    v_13: Signed = getarrayitem(items_1, v_12)  # line 101
    v_14: Void = setarrayitem(newitems_1, i_1, v_13)  # line 101
    v_15: Signed = int_add(i_1, 1)  # line 102
    --> block2(LIST_3, l_3, start_3, stop_3, length_2, res_1, items_1, newitems_1, v_15)

graph ll_mul__array_Signed_array_Signed_Signed(LIST_0: Void, l_0: Ptr(GcArray(Signed)), times_0: Signed)  # rlist.py:128
block0(LIST_0: Void, l_0: Ptr(GcArray(Signed)), times_0: Signed):
    v_0: Signed = direct_call(graph ll_len__array_Signed, l_0)  # line 129
    v_1: Bool = int_lt(times_0, 0)  # line 130
    v_2: Bool = same_as(v_1)  # line 130
    switch v_2
    False --> block1(LIST_0, l_0, times_0, v_0)
    True --> block1(LIST_0, l_0, 0, v_0)
block1(LIST_1: Void, l_1: Ptr(GcArray(Signed)), times_1: Signed, length_0: Signed):
    v_3: Signed = int_mul(length_0, times_1)  # line 132
    v_4: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), v_3)  # line 132
    v_5: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, v_4)  # line 133
    v_6: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l_1)  # line 134
    --> block2(LIST_1, l_1, times_1, length_0, v_4, v_5, v_6, 0)
block2(LIST_2: Void, l_2: Ptr(GcArray(Signed)), times_2: Signed, length_1: Signed, res_0: Ptr(GcArray(Signed)), items_0: Ptr(GcArray(Signed)), source_0: Ptr(GcArray(Signed)), j_0: Signed):
    v_7: Bool = int_lt(j_0, times_2)  # line 136
    v_8: Bool = same_as(v_7)  # line 136
    switch v_8
    False --> return(res_0)
    True --> block3(LIST_2, l_2, times_2, length_1, res_0, items_0, source_0, j_0, 0)
block3(LIST_3: Void, l_3: Ptr(GcArray(Signed)), times_3: Signed, length_2: Signed, res_1: Ptr(GcArray(Signed)), items_1: Ptr(GcArray(Signed)), source_1: Ptr(GcArray(Signed)), j_1: Signed, i_0: Signed):
    v_9: Bool = int_lt(i_0, length_2)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> block4(LIST_3, l_3, times_3, length_2, res_1, items_1, source_1, j_1)
    True --> block5(LIST_3, l_3, times_3, length_2, res_1, items_1, source_1, j_1, i_0)
block4(LIST_4: Void, l_4: Ptr(GcArray(Signed)), times_4: Signed, length_3: Signed, res_2: Ptr(GcArray(Signed)), items_2: Ptr(GcArray(Signed)), source_2: Ptr(GcArray(Signed)), j_2: Signed):
    v_11: Signed = int_add(j_2, 1)  # line 141
    --> block2(LIST_4, l_4, times_4, length_3, res_2, items_2, source_2, v_11)
block5(LIST_5: Void, l_5: Ptr(GcArray(Signed)), times_5: Signed, length_4: Signed, res_3: Ptr(GcArray(Signed)), items_3: Ptr(GcArray(Signed)), source_3: Ptr(GcArray(Signed)), j_3: Signed, i_1: Signed):
    v_12: Signed = getarrayitem(source_3, i_1)  # line 139
    v_13: Signed = int_mul(j_3, length_4)  # line 139
    v_14: Signed = int_add(v_13, i_1)  # line 139
    v_15: Void = setarrayitem(items_3, v_14, v_12)  # line 139
    v_16: Signed = int_add(i_1, 1)  # line 140
    --> block3(LIST_5, l_5, times_5, length_4, res_3, items_3, source_3, j_3, v_16)

graph ll_alloc_and_set__array_Signed_Signed_Signed(LIST_0: Void, count_0: Signed, item_0: Signed)  # rlist.py:153
block0(LIST_0: Void, count_0: Signed, item_0: Signed):
    v_0: Ptr(GcArray(Signed)) = direct_call(graph ll_alloc_zeroed__array_Signed_Signed, Ptr(GcArray(Signed)), count_0)  # line 155
    v_1: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, v_0)  # line 156
    --> block1(LIST_0, count_0, item_0, v_0, v_1, 0)
block1(LIST_1: Void, count_1: Signed, item_1: Signed, res_0: Ptr(GcArray(Signed)), items_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_2: Bool = int_lt(i_0, count_1)  # line 158
    v_3: Bool = same_as(v_2)  # line 158
    switch v_3
    False --> return(res_0)
    True --> block2(LIST_1, count_1, item_1, res_0, items_0, i_0)
block2(LIST_2: Void, count_2: Signed, item_2: Signed, res_1: Ptr(GcArray(Signed)), items_1: Ptr(GcArray(Signed)), i_1: Signed):
    v_4: Void = setarrayitem(items_1, i_1, item_2)  # line 159
    v_5: Signed = int_add(i_1, 1)  # line 160
    --> block1(LIST_2, count_2, item_2, res_1, items_1, v_5)

graph ll_alloc_zeroed__array_Signed_Signed(LIST_0: Void, count_0: Signed)  # rlist.py:145
block0(LIST_0: Void, count_0: Signed):
    v_0: Bool = int_lt(count_0, 0)  # line 148
    v_1: Bool = same_as(v_0)  # line 148
    switch v_1
    False --> block1(LIST_0, count_0)
    True --> block1(LIST_0, 0)
block1(LIST_1: Void, count_1: Signed):
    v_2: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), count_1)  # line 150
    --> return(v_2)

graph ll_concat__array_Signed_array_Signed_array_Signed(LIST_0: Void, l1_0: Ptr(GcArray(Signed)), l2_0: Ptr(GcArray(Signed)))  # rlist.py:110
block0(LIST_0: Void, l1_0: Ptr(GcArray(Signed)), l2_0: Ptr(GcArray(Signed))):
    v_0: Signed = direct_call(graph ll_len__array_Signed, l1_0)  # line 111
    v_1: Signed = direct_call(graph ll_len__array_Signed, l2_0)  # line 112
    v_2: Signed = int_add(v_0, v_1)  # line 113
    v_3: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), v_2)  # line 113
    v_4: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, v_3)  # line 114
    v_5: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l1_0)  # line 115
    v_6: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l2_0)  # line 116
    --> block1(LIST_0, l1_0, l2_0, v_0, v_1, v_3, v_4, v_5, v_6, 0)
block1(LIST_1: Void, l1_1: Ptr(GcArray(Signed)), l2_1: Ptr(GcArray(Signed)), len1_0: Signed, len2_0: Signed, res_0: Ptr(GcArray(Signed)), items_0: Ptr(GcArray(Signed)), items1_0: Ptr(GcArray(Signed)), items2_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_7: Bool = int_lt(i_0, len1_0)  # line 118
    v_8: Bool = same_as(v_7)  # line 118
    switch v_8
    False --> block2(LIST_1, l1_1, l2_1, len1_0, len2_0, res_0, items_0, items1_0, items2_0, 0)
    True --> block4(LIST_1, l1_1, l2_1, len1_0, len2_0, res_0, items_0, items1_0, items2_0, i_0)
block2(LIST_2: Void, l1_2: Ptr(GcArray(Signed)), l2_2: Ptr(GcArray(Signed)), len1_1: Signed, len2_1: Signed, res_1: Ptr(GcArray(Signed)), items_1: Ptr(GcArray(Signed)), items1_1: Ptr(GcArray(Signed)), items2_1: Ptr(GcArray(Signed)), i_1: Signed):
    v_9: Bool = int_lt(i_1, len2_1)  # line 122
    v_10: Bool = same_as(v_9)  # line 122
    switch v_10
    False --> return(res_1)
    True --> block3(LIST_2, l1_2, l2_2, len1_1, len2_1, res_1, items_1, items1_1, items2_1, i_1)
block3(LIST_3: Void, l1_3: Ptr(GcArray(Signed)), l2_3: Ptr(GcArray(Signed)), len1_2: Signed, len2_2: Signed, res_2: Ptr(GcArray(Signed)), items_2: Ptr(GcArray(Signed)), items1_2: Ptr(GcArray(Signed)), items2_2: Ptr(GcArray(Signed)), i_2: Signed):
    v_11: Signed = getarrayitem(items2_2, i_2)  # line 123
    v_12: Signed = int_add(len1_2, i_2)  # line 123
    v_13: Void = setarrayitem(items_2, v_12, v_11)  # line 123
    v_14: Signed = int_add(i_2, 1)  # line 124
    --> block2(LIST_3, l1_3, l2_3, len1_2, len2_2, res_2, items_2, items1_2, items2_2, v_14)
block4(LIST_4: Void, l1_4: Ptr(GcArray(Signed)), l2_4: Ptr(GcArray(Signed)), len1_3: Signed, len2_3: Signed, res_3: Ptr(GcArray(Signed)), items_3: Ptr(GcArray(Signed)), items1_3: Ptr(GcArray(Signed)), items2_3: Ptr(GcArray(Signed)), i_3: Signed):
    v_15: Signed = getarrayitem(items1_3, i_3)  # line 119
    v_16: Void = setarrayitem(items_3, i_3, v_15)  # line 119
    v_17: Signed = int_add(i_3, 1)  # line 120
    --> block1(LIST_4, l1_4, l2_4, len1_3, len2_3, res_3, items_3, items1_3, items2_3, v_17)

graph ll_concat__list_array_Signed_array_Signed_array_Signed(LIST_0: Void, l1_0: Ptr(GcArray(Signed)), l2_0: Ptr(GcArray(Signed)))  # rlist.py:110
block0(LIST_0: Void, l1_0: Ptr(GcArray(Signed)), l2_0: Ptr(GcArray(Signed))):
    v_0: Signed = direct_call(graph ll_len__array_Signed, l1_0)  # line 111
    v_1: Signed = direct_call(graph ll_len__array_Signed, l2_0)  # line 112
    v_2: Signed = int_add(v_0, v_1)  # line 113
    v_3: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), v_2)  # line 113
    v_4: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, v_3)  # line 114
    v_5: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l1_0)  # line 115
    v_6: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l2_0)  # line 116
    --> block1(LIST_0, l1_0, l2_0, v_0, v_1, v_3, v_4, v_5, v_6, 0)
block1(LIST_1: Void, l1_1: Ptr(GcArray(Signed)), l2_1: Ptr(GcArray(Signed)), len1_0: Signed, len2_0: Signed, res_0: Ptr(list), items_0: Ptr(GcArray(Signed)), items1_0: Ptr(GcArray(Signed)), items2_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_7: Bool = int_lt(i_0, len1_0)  # line 118
    v_8: Bool = same_as(v_7)  # line 118
    switch v_8
    False --> block2(LIST_1, l1_1, l2_1, len1_0, len2_0, res_0, items_0, items1_0, items2_0, 0)
    True --> block4(LIST_1, l1_1, l2_1, len1_0, len2_0, res_0, items_0, items1_0, items2_0, i_0)
block2(LIST_2: Void, l1_2: Ptr(GcArray(Signed)), l2_2: Ptr(GcArray(Signed)), len1_1: Signed, len2_1: Signed, res_1: Ptr(list), items_1: Ptr(GcArray(Signed)), items1_1: Ptr(GcArray(Signed)), items2_1: Ptr(GcArray(Signed)), i_1: Signed):
    v_9: Bool = int_lt(i_1, len2_1)  # line 122
    v_10: Bool = same_as(v_9)  # line 122
    switch v_10
    False --> return(res_1)
    True --> block3(LIST_2, l1_2, l2_2, len1_1, len2_1, res_1, items_1, items1_1, items2_1, i_1)
block3(LIST_3: Void, l1_3: Ptr(GcArray(Signed)), l2_3: Ptr(GcArray(Signed)), len1_2: Signed, len2_2: Signed, res_2: Ptr(list), items_2: Ptr(GcArray(Signed)), items1_2: Ptr(GcArray(Signed)), items2_2: Ptr(GcArray(Signed)), i_2: Signed):
    v_11: Signed = getarrayitem(items2_2, i_2)  # line 123
    v_12: Signed = int_add(len1_2, i_2)  # line 123
    v_13: Void = setarrayitem(items_2, v_12, v_11)  # line 123
    v_14: Signed = int_add(i_2, 1)  # line 124
    --> block2(LIST_3, l1_3, l2_3, len1_2, len2_2, res_2, items_2, items1_2, items2_2, v_14)
block4(LIST_4: Void, l1_4: Ptr(GcArray(Signed)), l2_4: Ptr(GcArray(Signed)), len1_3: Signed, len2_3: Signed, res_3: Ptr(list), items_3: Ptr(GcArray(Signed)), items1_3: Ptr(GcArray(Signed)), items2_3: Ptr(GcArray(Signed)), i_3: Signed):
    v_15: Signed = getarrayitem(items1_3, i_3)  # line 119
    v_16: Void = setarrayitem(items_3, i_3, v_15)  # line 119
    v_17: Signed = int_add(i_3, 1)  # line 120
    --> block1(LIST_4, l1_4, l2_4, len1_3, len2_3, res_3, items_3, items1_3, items2_3, v_17)

graph ll_copy__list_array_Signed_list_array_Signed(LIST_0: Void, l_0: Ptr(list))  # rlist.py:106
block0(LIST_0: Void, l_0: Ptr(list)):
    v_0: Signed = direct_call(graph ll_len__list_array_Signed, l_0)  # line 107
    v_1: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), l_0, 0, v_0)  # line 107
    --> return(v_1)

graph ll_delslice__list_array_Signed_Signed_Signed(l_0: Ptr(list), start_0: Signed, stop_0: Signed)  # rlist.py:488
block0(l_0: Ptr(list), start_0: Signed, stop_0: Signed):
    v_0: Signed = getfield(l_0, 'length')  # line 489
    v_1: Signed = direct_call(graph _ll_bounds__Signed_Signed, start_0, v_0)  # line 490
    v_2: Signed = direct_call(graph _ll_bounds__Signed_Signed, stop_0, v_0)  # line 491
    v_3: Bool = int_le(v_2, v_1)  # line 492
    v_4: Bool = same_as(v_3)  # line 492
    switch v_4
    False --> block1(l_0, v_1, v_2, v_0)
    True --> return(None)
block1(l_1: Ptr(list), start_1: Signed, stop_1: Signed, length_0: Signed):
    v_5: Ptr(GcArray(Signed)) = getfield(l_1, 'items')  # line 494
    v_6: Signed = int_sub(stop_1, start_1)  # line 495
    --> block2(l_1, start_1, stop_1, length_0, v_5, v_6, start_1)
block2(l_2: Ptr(list), start_2: Signed, stop_2: Signed, length_1: Signed, items_0: Ptr(GcArray(Signed)), removed_0: Signed, i_0: Signed):
    v_7: Signed = int_sub(length_1, removed_0)  # line 497
    v_8: Bool = int_lt(i_0, v_7)  # line 497
    v_9: Bool = same_as(v_8)  # line 497
    switch v_9
    False --> block3(l_2, length_1, removed_0)
    True --> block4(l_2, start_2, stop_2, length_1, items_0, removed_0, i_0)
block3(l_3: Ptr(list), length_2: Signed, removed_1: Signed):
    v_10: Signed = int_sub(length_2, removed_1)  # line 500
    v_11: Void = direct_call(graph _ll_list_resize__list_array_Signed_Signed, l_3, v_10)  # line 500
    --> return(None)
block4(l_4: Ptr(list), start_3: Signed, stop_3: Signed, length_3: Signed, items_1: Ptr(GcArray(Signed)), removed_2: Signed, i_1: Signed):
    v_12: Signed = int_add(i_1, removed_2)  # line 498
    v_13: Signed = getarrayitem(items_1, v_12)  # line 498
    v_14: Void = setarrayitem(items_1, i_1, v_13)  # line 498
    v_15: Signed = int_add(i_1, 1)  # line 499
    --> block2(l_4, start_3, stop_3, length_3, items_1, removed_2, v_15)

graph ll_insert__list_array_Signed_Signed_Signed(l_0: Ptr(list), index_0: Signed, newitem_0: Signed)  # rlist.py:464
block0(l_0: Ptr(list), index_0: Signed, newitem_0: Signed):
    v_0: Signed = getfield(l_0, 'length')  # line 465
    v_1: Signed = direct_call(graph _ll_bounds__Signed_Signed, index_0, v_0)  # line 466
    v_2: Signed = int_add(v_0, 1)  # line 467
    v_3: Void = direct_call(graph _ll_list_resize__list_array_Signed_Signed, l_0, v_2)  # line 467
    v_4: Ptr(GcArray(Signed)) = getfield(l_0, 'items')  # line 468
    --> block1(l_0, v_1, newitem_0, v_0, v_4, v_0)
block1(l_1: Ptr(list), index_1: Signed, newitem_1: Signed, length_0: Signed, items_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_5: Bool = int_gt(i_0, index_1)  # line 470
    v_6: Bool = same_as(v_5)  # line 470
    switch v_6
    False --> block2(index_1, newitem_1, items_0)
    True --> block3(l_1, index_1, newitem_1, length_0, items_0, i_0)
block2(index_2: Signed, newitem_2: Signed, items_1: Ptr(GcArray(Signed))):
    v_7: Void = setarrayitem(items_1, index_2, newitem_2)  # line 473
    --> return(None)
block3(l_2: Ptr(list), index_3: Signed, newitem_3: Signed, length_1: Signed, items_2: Ptr(GcArray(Signed)), i_1: Signed):
    v_8: Signed = int_sub(i_1, 1)  # line 471
    v_9: Signed = getarrayitem(items_2, v_8)  # line 471
    v_10: Void = setarrayitem(items_2, i_1, v_9)  # line 471
    v_11: Signed = int_sub(i_1, 1)  # line 472
    --> block1(l_2, index_3, newitem_3, length_1, items_2, v_11)

graph ll_pop_default__list_array_Signed(l_0: Ptr(list))  # rlist.py:448
block0(l_0: Ptr(list)):
    v_0: Signed = getfield(l_0, 'length')  # line 449
    v_1: Bool = int_eq(v_0, 0)  # line 450
    v_2: Bool = same_as(v_1)  # line 450
    switch v_2
    False --> block1(l_0, v_0)
    True --> block2()
block1(l_1: Ptr(list), length_0: Signed):
    v_3: Ptr(GcArray(Signed)) = getfield(l_1, 'items')  # line 452
    v_4: Signed = int_sub(length_0, 1)  # line 452
    v_5: Signed = getarrayitem(v_3, v_4)  # line 452
    v_6: Signed = int_sub(length_0, 1)  # line 453
    v_7: Void = direct_call(graph _ll_list_resize__list_array_Signed_Signed, l_1, v_6)  # line 453
    --> return(v_5)
block2():
    v_8: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 451
    v_9: Ptr(BaseException) = cast_pointer(v_8)  # line 451
    v_10: Void = setfield(v_9, 'typeptr', vtable IndexError [5, 6))  # line 451
    v_11: Ptr(BaseException) = cast_pointer(v_8)  # line 451
    v_12: Ptr(object_vtable) = getfield(v_11, 'typeptr')  # line 451
    --> raise(v_12, v_8)

graph ll_pop__list_array_Signed_Signed(l_0: Ptr(list), index_0: Signed)  # rlist.py:457
block0(l_0: Ptr(list), index_0: Signed):
    v_0: Signed = getfield(l_0, 'length')  # line 458
    v_1: Signed = direct_call(graph _ll_index__Signed_Signed, index_0, v_0)  # line 458
    v_2: Ptr(GcArray(Signed)) = getfield(l_0, 'items')  # line 459
    v_3: Signed = getarrayitem(v_2, v_1)  # line 459
    v_4: Void = direct_call(graph ll_delitem__list_array_Signed_Signed, l_0, v_1)  # line 460
    --> return(v_3)

graph ll_setitem__list_array_Signed_Signed_Signed(l_0: Ptr(list), index_0: Signed, newitem_0: Signed)  # rlist.py:63
block0(l_0: Ptr(list), index_0: Signed, newitem_0: Signed):
    v_0: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_0)  # line 64
    v_1: Signed = direct_call(graph ll_len__list_array_Signed, l_0)  # line 64
    v_2: Signed = direct_call(graph _ll_index__Signed_Signed, index_0, v_1)  # line 64
    v_3: Void = setarrayitem(v_0, v_2, newitem_0)  # line 64
    --> return(None)

graph ll_reverse__list_array_Signed(l_0: Ptr(list))  # rlist.py:164
block0(l_0: Ptr(list)):
    v_0: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_0)  # line 165
    v_1: Signed = direct_call(graph ll_len__list_array_Signed, l_0)  # line 167
    v_2: Signed = int_sub(v_1, 1)  # line 167
    --> block1(l_0, v_0, 0, v_2)
block1(l_1: Ptr(list), items_0: Ptr(GcArray(Signed)), i_0: Signed, j_0: Signed):
    v_3: Bool = int_lt(i_0, j_0)  # line 168
    v_4: Bool = same_as(v_3)  # line 168
    switch v_4
    False --> return(None)
    True --> block2(l_1, items_0, i_0, j_0)
block2(l_2: Ptr(list), items_1: Ptr(GcArray(Signed)), i_1: Signed, j_1: Signed):
    v_5: Signed = getarrayitem(items_1, i_1)  # line 169
    v_6: Signed = getarrayitem(items_1, j_1)  # line 170
    v_7: Void = setarrayitem(items_1, i_1, v_6)  # line 170
    v_8: Void = setarrayitem(items_1, j_1, v_5)  # line 171
    v_9: Signed = int_add(i_1, 1)  # line 172
    v_10: Signed = int_sub(j_1, 1)  # line 173
    --> block1(l_2, items_1, v_9, v_10)

graph ll_listiter__listiter_array_rpy_str_array_rpy_str(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_enumnext__tuple2_Signed_rpy_str_listiter_array_rpy_str_ll_listnext(TUPLE_0: Void, it_0: Ptr(listiter), next_0: Void)  # rlist.py:394
block0(TUPLE_0: Void, it_0: Ptr(listiter), next_0: Void):
    v_0: Signed = getfield(it_0, 'index')  # line 397
    v_1: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 398
    v_2: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, it_0)  # line 399
    v_3: Void = setfield(v_1, 'item1', v_2)  # line 399
    v_4: Void = setfield(v_1, 'item0', v_0)  # line 400
    --> return(v_1)

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

graph ll_strlen__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:39
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 40
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 40
    --> return(v_1)

graph ll_striter__striter_rpy_str(ITER_0: Void, s_0: Ptr(rpy_str))  # rstr.py:809
block0(ITER_0: Void, s_0: Ptr(rpy_str)):
    v_0: Ptr(striter) = malloc(GcStruct striter { string: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), index: Signed }, 'gc')  # line 810
    v_1: Void = setfield(v_0, 'string', s_0)  # line 811
    v_2: Void = setfield(v_0, 'index', 0)  # line 812
    --> return(v_0)

graph ll_enumnext__tuple2_Signed_UniChar_striter_ll_strnext(TUPLE_0: Void, it_0: Ptr(striter), next_0: Void)  # rlist.py:394
block0(TUPLE_0: Void, it_0: Ptr(striter), next_0: Void):
    v_0: Signed = getfield(it_0, 'index')  # line 397
    v_1: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: UniChar }, 'gc')  # line 398
    v_2: UniChar = direct_call(graph ll_strnext__striter, it_0)  # line 399
    v_3: Void = setfield(v_1, 'item1', v_2)  # line 399
    v_4: Void = setfield(v_1, 'item0', v_0)  # line 400
    --> return(v_1)

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
