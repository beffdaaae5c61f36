graph main(n_0: Signed)  # str_methods.py:81
block0(n_0: Signed):
    v_0: UniChar = same_as(10)  # line 82
    v_1: Ptr(rpy_str) = direct_call(graph splitting, n_0)  # line 82
    v_2: Ptr(rpy_str) = direct_call(graph searching, n_0)  # line 82
    v_3: Ptr(rpy_str) = direct_call(graph changing, n_0)  # line 82
    v_4: Ptr(rpy_str) = direct_call(graph indexing, n_0)  # line 82
    v_5: Ptr(rpy_str) = direct_call(graph comparing, n_0)  # line 82
    v_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 5)  # line 82
    v_7: Void = setarrayitem(v_6, 0, v_1)  # line 82
    v_8: Void = setarrayitem(v_6, 1, v_2)  # line 82
    v_9: Void = setarrayitem(v_6, 2, v_3)  # line 82
    v_10: Void = setarrayitem(v_6, 3, v_4)  # line 82
    v_11: Void = setarrayitem(v_6, 4, v_5)  # line 82
    v_12: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_0)  # line 82
    v_13: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_array_rpy_str, v_12, v_6)  # line 82
    --> return(v_13)

graph splitting(n_0: Signed)  # str_methods.py:12
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 13
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 13
    v_2: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, '  a b\x09c  ', v_1)  # line 13
    v_3: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_2, '  ')  # line 13
    v_4: Ptr(rpy_str) = same_as(v_3)  # line 14
    v_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split_whitespace__array_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_4, -1)  # line 14
    v_6: Ptr(rpy_str) = direct_call(graph show, v_5)  # line 14
    v_7: Ptr(rpy_str) = same_as(v_3)  # line 14
    v_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split_whitespace__array_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_7, 1)  # line 14
    v_9: Ptr(rpy_str) = direct_call(graph show, v_8)  # line 14
    v_10: Ptr(rpy_str) = same_as(v_3)  # line 14
    v_11: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_rsplit_whitespace__array_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_10, -1)  # line 14
    v_12: Ptr(rpy_str) = direct_call(graph show, v_11)  # line 14
    v_13: Ptr(rpy_str) = same_as(v_3)  # line 14
    v_14: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_rsplit_whitespace__array_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_13, 1)  # line 14
    v_15: Ptr(rpy_str) = direct_call(graph show, v_14)  # line 14
    v_16: Ptr(rpy_str) = same_as(v_3)  # line 14
    v_17: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split_whitespace__array_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_16, 0)  # line 14
    v_18: Ptr(rpy_str) = direct_call(graph show, v_17)  # line 14
    v_19: Ptr(rpy_str) = same_as(v_3)  # line 14
    v_20: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_rsplit_whitespace__array_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_19, 0)  # line 14
    v_21: Ptr(rpy_str) = direct_call(graph show, v_20)  # line 14
    v_22: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 6)  # line 14
    v_23: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(v_22, 'items')  # line 14
    v_24: Void = setarrayitem(v_23, 0, v_6)  # line 14
    v_25: Void = setarrayitem(v_23, 1, v_9)  # line 14
    v_26: Void = setarrayitem(v_23, 2, v_12)  # line 14
    v_27: Void = setarrayitem(v_23, 3, v_15)  # line 14
    v_28: Void = setarrayitem(v_23, 4, v_18)  # line 14
    v_29: Void = setarrayitem(v_23, 5, v_21)  # line 14
    v_30: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 15
    v_31: Ptr(rpy_str) = same_as(v_30)  # line 15
    v_32: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'x,,y,', v_31)  # line 15
    v_33: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_32, ',z')  # line 15
    v_34: Ptr(rpy_str) = same_as(v_33)  # line 16
    v_35: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_34, ',', -1)  # line 16
    v_36: Ptr(rpy_str) = direct_call(graph show, v_35)  # line 16
    v_37: Ptr(rpy_str) = same_as(v_33)  # line 16
    v_38: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_rsplit__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_37, ',', -1)  # line 16
    v_39: Ptr(rpy_str) = direct_call(graph show, v_38)  # line 16
    v_40: Ptr(rpy_str) = same_as(v_33)  # line 16
    v_41: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_40, ',', 2)  # line 16
    v_42: Ptr(rpy_str) = direct_call(graph show, v_41)  # line 16
    v_43: Ptr(rpy_str) = same_as(v_33)  # line 16
    v_44: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_rsplit__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_43, ',', 2)  # line 16
    v_45: Ptr(rpy_str) = direct_call(graph show, v_44)  # line 16
    v_46: Ptr(rpy_str) = same_as(v_33)  # line 16
    v_47: Signed = int_mod(n_0, 4)  # line 16
    v_48: Bool = int_ne(v_47, 0)  # line 16
    v_49: Signed = int_xor(v_47, 4)  # line 16
    v_50: Bool = int_lt(v_49, 0)  # line 16
    v_51: Signed = cast_bool_to_int(v_48)  # line 16
    v_52: Signed = cast_bool_to_int(v_50)  # line 16
    v_53: Signed = int_and(v_51, v_52)  # line 16
    v_54: Signed = int_mul(v_53, 4)  # line 16
    v_55: Signed = int_add(v_47, v_54)  # line 16
    v_56: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_rsplit__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_46, ',', v_55)  # line 16
    v_57: Ptr(rpy_str) = direct_call(graph show, v_56)  # line 16
    v_58: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 5)  # line 16
    v_59: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(v_58, 'items')  # line 16
    v_60: Void = setarrayitem(v_59, 0, v_36)  # line 16
    v_61: Void = setarrayitem(v_59, 1, v_39)  # line 16
    v_62: Void = setarrayitem(v_59, 2, v_42)  # line 16
    v_63: Void = setarrayitem(v_59, 3, v_45)  # line 16
    v_64: Void = setarrayitem(v_59, 4, v_57)  # line 16
    v_65: Void = direct_call(graph ll_extend__list_array_rpy_str_list_array_rpy_str, v_22, v_58)  # line 16
    v_66: Ptr(list) = same_as(v_22)  # line 16
    v_67: Ptr(rpy_str) = same_as('aaaa')  # line 17
    v_68: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_67, 'aa', -1)  # line 17
    v_69: Ptr(rpy_str) = direct_call(graph show, v_68)  # line 17
    v_70: Ptr(rpy_str) = same_as('aaa')  # line 17
    v_71: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_rsplit__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_70, 'aa', -1)  # line 17
    v_72: Ptr(rpy_str) = direct_call(graph show, v_71)  # line 17
    v_73: Ptr(rpy_str) = same_as('')  # line 17
    v_74: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_73, ',', -1)  # line 17
    v_75: Ptr(rpy_str) = direct_call(graph show, v_74)  # line 17
    v_76: Ptr(rpy_str) = same_as('')  # line 17
    v_77: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split_whitespace__array_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_76, -1)  # line 17
    v_78: Ptr(rpy_str) = direct_call(graph show, v_77)  # line 17
    v_79: Ptr(rpy_str) = same_as('   ')  # line 17
    v_80: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_rsplit_whitespace__array_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_79, -1)  # line 17
    v_81: Ptr(rpy_str) = direct_call(graph show, v_80)  # line 17
    v_82: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 5)  # line 17
    v_83: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(v_82, 'items')  # line 17
    v_84: Void = setarrayitem(v_83, 0, v_69)  # line 17
    v_85: Void = setarrayitem(v_83, 1, v_72)  # line 17
    v_86: Void = setarrayitem(v_83, 2, v_75)  # line 17
    v_87: Void = setarrayitem(v_83, 3, v_78)  # line 17
    v_88: Void = setarrayitem(v_83, 4, v_81)  # line 17
    v_89: Void = direct_call(graph ll_extend__list_array_rpy_str_list_array_rpy_str, v_66, v_82)  # line 17
    v_90: Ptr(list) = same_as(v_66)  # line 17
    v_91: Ptr(rpy_str) = same_as(v_33)  # line 19
    v_92: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_91, '', -1)  # line 19
    no exception --> block1(v_3, v_90, v_33)
    Exception --> block2(v_3, v_90, v_33, last_exception_0, last_exc_value_0)
block1(s_0: Ptr(rpy_str), out_0: Ptr(list), t_0: Ptr(rpy_str)):
    v_93: Ptr(list) = same_as(out_0)  # line 22
    v_94: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), t_0, ',', 1)  # line 22
    v_95: Ptr(rpy_str) = direct_call(graph show, v_94)  # line 22
    v_96: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_rsplit__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), t_0, ',', 1)  # line 22
    v_97: Ptr(rpy_str) = direct_call(graph show, v_96)  # line 22
    v_98: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_95, v_97)  # line 22
    v_99: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split_whitespace__array_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), s_0, -1)  # line 22
    v_100: Ptr(rpy_str) = direct_call(graph show, v_99)  # line 22
    v_101: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_98, v_100)  # line 22
    v_102: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_93, v_101)  # line 22
    v_103: UniChar = same_as(32)  # line 23
    v_104: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_103)  # line 23
    v_105: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_104, out_0)  # line 23
    --> return(v_105)
block2(s_1: Ptr(rpy_str), out_1: Ptr(list), t_1: Ptr(rpy_str), v_106: Ptr(object_vtable), v_107: Ptr(Exception)):
    v_108: Ptr(BaseException) = cast_pointer(v_107)  # line 20
    v_109: Ptr(object_vtable) = getfield(v_108, 'typeptr')  # line 20
    v_110: Signed = getfield(v_109, 'subclassrange_min')  # line 20
    v_111: Bool = int_between(3, v_110, 4)  # line 20
    v_112: Bool = same_as(v_111)  # line 20
    v_113: Bool = same_as(v_112)  # line 20
    switch v_113
    False --> raise(v_106, v_107)
    True --> block3(s_1, out_1, t_1)
block3(s_2: Ptr(rpy_str), out_2: Ptr(list), t_2: Ptr(rpy_str)):
    v_114: Ptr(list) = same_as(out_2)  # line 21
    v_115: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_114, 'ValueError')  # line 21
    --> block1(s_2, out_2, t_2)

graph show(parts_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # str_methods.py:8
block0(parts_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: UniChar = same_as(124)  # line 9
    v_1: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_0)  # line 9
    v_2: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_array_rpy_str, v_1, parts_0)  # line 9
    v_3: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, '[', v_2)  # line 9
    v_4: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_3, ']')  # line 9
    --> return(v_4)

graph searching(n_0: Signed)  # str_methods.py:26
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 27
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 27
    v_2: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'abcabc', v_1)  # line 27
    v_3: Ptr(rpy_str) = same_as(v_2)  # line 28
    v_4: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, v_3, 'bc', 0, 9223372036854775807)  # line 28
    v_5: Ptr(rpy_str) = same_as(v_2)  # line 28
    v_6: Signed = direct_call(graph ll_rfind__rpy_str_rpy_str_Signed_Signed, v_5, 'bc', 0, 9223372036854775807)  # line 28
    v_7: Ptr(rpy_str) = same_as(v_2)  # line 28
    v_8: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, v_7, 'bc', 2, 9223372036854775807)  # line 28
    v_9: Ptr(rpy_str) = same_as(v_2)  # line 28
    v_10: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, v_9, 'bc', -3, 9223372036854775807)  # line 28
    v_11: Ptr(rpy_str) = same_as(v_2)  # line 28
    v_12: Signed = direct_call(graph ll_rfind__rpy_str_rpy_str_Signed_Signed, v_11, 'bc', 0, 4)  # line 28
    v_13: Ptr(rpy_str) = same_as(v_2)  # line 28
    v_14: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, v_13, 'zz', 0, 9223372036854775807)  # line 28
    v_15: Ptr(rpy_str) = same_as(v_2)  # line 29
    v_16: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, v_15, '', 0, 9223372036854775807)  # line 29
    v_17: Ptr(rpy_str) = same_as(v_2)  # line 29
    v_18: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, v_17, '', 100, 9223372036854775807)  # line 29
    v_19: Ptr(rpy_str) = same_as(v_2)  # line 29
    v_20: Signed = direct_call(graph ll_strlen__rpy_str, v_2)  # line 29
    v_21: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, v_19, '', v_20, 9223372036854775807)  # line 29
    v_22: Ptr(rpy_str) = same_as(v_2)  # line 29
    v_23: Signed = direct_call(graph ll_rfind__rpy_str_rpy_str_Signed_Signed, v_22, '', 0, 9223372036854775807)  # line 29
    v_24: Ptr(rpy_str) = same_as(v_2)  # line 29
    v_25: Signed = direct_call(graph ll_count__rpy_str_rpy_str_Signed_Signed, v_24, 'bc', 0, 9223372036854775807)  # line 29
    v_26: Ptr(rpy_str) = same_as(v_2)  # line 29
    v_27: Signed = direct_call(graph ll_count__rpy_str_rpy_str_Signed_Signed, v_26, '', 0, 9223372036854775807)  # line 29
    v_28: Ptr(rpy_str) = same_as(v_2)  # line 29
    v_29: Signed = direct_call(graph ll_count__rpy_str_rpy_str_Signed_Signed, v_28, '', 3, 5)  # line 29
    v_30: Ptr(rpy_str) = same_as(v_2)  # line 30
    v_31: Signed = direct_call(graph ll_count__rpy_str_rpy_str_Signed_Signed, v_30, '', 100, 9223372036854775807)  # line 30
    v_32: Ptr(rpy_str) = same_as(v_2)  # line 30
    v_33: Signed = direct_call(graph ll_find_char__rpy_str_UniChar_Signed_Signed, v_32, 99, 0, 9223372036854775807)  # line 30
    v_34: Ptr(rpy_str) = same_as(v_2)  # line 30
    v_35: Signed = direct_call(graph ll_find_char__rpy_str_UniChar_Signed_Signed, v_34, 99, n_0, 9223372036854775807)  # line 30
    v_36: Ptr(rpy_str) = same_as(v_2)  # line 30
    v_37: Signed = direct_call(graph ll_count__rpy_str_rpy_str_Signed_Signed, v_36, 'b', 1, -1)  # line 30
    v_38: Ptr(rpy_str) = same_as(v_2)  # line 30
    v_39: Signed = direct_call(graph ll_find_char__rpy_str_UniChar_Signed_Signed, v_38, 97, -100, 9223372036854775807)  # line 30
    v_40: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 18)  # line 28
    v_41: Ptr(GcArray(Signed)) = getfield(v_40, 'items')  # line 28
    v_42: Void = setarrayitem(v_41, 0, v_4)  # line 28
    v_43: Void = setarrayitem(v_41, 1, v_6)  # line 28
    v_44: Void = setarrayitem(v_41, 2, v_8)  # line 28
    v_45: Void = setarrayitem(v_41, 3, v_10)  # line 28
    v_46: Void = setarrayitem(v_41, 4, v_12)  # line 28
    v_47: Void = setarrayitem(v_41, 5, v_14)  # line 28
    v_48: Void = setarrayitem(v_41, 6, v_16)  # line 28
    v_49: Void = setarrayitem(v_41, 7, v_18)  # line 28
    v_50: Void = setarrayitem(v_41, 8, v_21)  # line 28
    v_51: Void = setarrayitem(v_41, 9, v_23)  # line 28
    v_52: Void = setarrayitem(v_41, 10, v_25)  # line 28
    v_53: Void = setarrayitem(v_41, 11, v_27)  # line 28
    v_54: Void = setarrayitem(v_41, 12, v_29)  # line 28
    v_55: Void = setarrayitem(v_41, 13, v_31)  # line 28
    v_56: Void = setarrayitem(v_41, 14, v_33)  # line 28
    v_57: Void = setarrayitem(v_41, 15, v_35)  # line 28
    v_58: Void = setarrayitem(v_41, 16, v_37)  # line 28
    v_59: Void = setarrayitem(v_41, 17, v_39)  # line 28
    v_60: Ptr(rpy_str) = same_as(v_2)  # line 31
    v_61: Bool = direct_call(graph ll_startswith__rpy_str_rpy_str_Signed_Signed, v_60, 'abc', 0, 9223372036854775807)  # line 31
    v_62: Ptr(rpy_str) = same_as(v_2)  # line 31
    v_63: Bool = direct_call(graph ll_startswith__rpy_str_rpy_str_Signed_Signed, v_62, 'bc', 1, 9223372036854775807)  # line 31
    v_64: Ptr(rpy_str) = same_as(v_2)  # line 31
    v_65: Bool = direct_call(graph ll_startswith__rpy_str_rpy_str_Signed_Signed, v_64, 'bc', 1, 2)  # line 31
    v_66: Ptr(rpy_str) = same_as(v_2)  # line 31
    v_67: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 31
    v_68: Ptr(rpy_str) = same_as(v_67)  # line 31
    v_69: Bool = direct_call(graph ll_endswith__rpy_str_rpy_str_Signed_Signed, v_66, v_68, 0, 9223372036854775807)  # line 31
    v_70: Ptr(rpy_str) = same_as(v_2)  # line 31
    v_71: Bool = direct_call(graph ll_endswith__rpy_str_rpy_str_Signed_Signed, v_70, 'abc', 0, 6)  # line 31
    v_72: Ptr(rpy_str) = same_as(v_2)  # line 32
    v_73: Bool = direct_call(graph ll_startswith__rpy_str_rpy_str_Signed_Signed, v_72, '', 0, 9223372036854775807)  # line 32
    v_74: Ptr(rpy_str) = same_as(v_2)  # line 32
    v_75: Bool = direct_call(graph ll_startswith__rpy_str_rpy_str_Signed_Signed, v_74, '', 100, 9223372036854775807)  # line 32
    v_76: Ptr(rpy_str) = same_as(v_2)  # line 32
    v_77: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 32
    v_78: Ptr(rpy_str) = same_as(v_77)  # line 32
    v_79: Signed = direct_call(graph ll_strlen__rpy_str, v_78)  # line 32
    v_80: Signed = int_neg(v_79)  # line 32
    v_81: Bool = direct_call(graph ll_endswith__rpy_str_rpy_str_Signed_Signed, v_76, 'c', -100, v_80)  # line 32
    v_82: Bool = direct_call(graph ll_contains_str__rpy_str_rpy_str, v_2, 'ca')  # line 32
    v_83: Bool = direct_call(graph ll_contains_str__rpy_str_rpy_str, v_2, '')  # line 32
    v_84: Bool = direct_call(graph ll_contains_char__rpy_str_UniChar, v_2, 120)  # line 32
    v_85: Bool = direct_call(graph ll_contains_char__rpy_str_UniChar, v_2, 98)  # line 32
    v_86: Ptr(list) = direct_call(graph ll_newlist__list_array_Bool_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Bool)) }), 12)  # line 31
    v_87: Ptr(GcArray(Bool)) = getfield(v_86, 'items')  # line 31
    v_88: Void = setarrayitem(v_87, 0, v_61)  # line 31
    v_89: Void = setarrayitem(v_87, 1, v_63)  # line 31
    v_90: Void = setarrayitem(v_87, 2, v_65)  # line 31
    v_91: Void = setarrayitem(v_87, 3, v_69)  # line 31
    v_92: Void = setarrayitem(v_87, 4, v_71)  # line 31
    v_93: Void = setarrayitem(v_87, 5, v_73)  # line 31
    v_94: Void = setarrayitem(v_87, 6, v_75)  # line 31
    v_95: Void = setarrayitem(v_87, 7, v_81)  # line 31
    v_96: Void = setarrayitem(v_87, 8, v_82)  # line 31
    v_97: Void = setarrayitem(v_87, 9, v_83)  # line 31
    v_98: Void = setarrayitem(v_87, 10, v_84)  # line 31
    v_99: Void = setarrayitem(v_87, 11, v_85)  # line 31
    v_100: Ptr(list) = same_as(v_40)  # line 33
    v_101: Signed = direct_call(graph ll_find_char__rpy_str_UniChar_Signed_Signed, v_2, 99, 3, 9223372036854775807)  # line 33
    v_102: Signed = direct_call(graph ll_rfind__rpy_str_rpy_str_Signed_Signed, v_2, 'a', 0, 9223372036854775807)  # line 33
    v_103: Signed = int_mul(v_102, 100)  # line 33
    v_104: Signed = int_add(v_101, v_103)  # line 33
    v_105: Signed = direct_call(graph ll_count__rpy_str_rpy_str_Signed_Signed, v_2, 'abc', 0, 9223372036854775807)  # line 33
    v_106: Signed = int_mul(v_105, 10000)  # line 33
    v_107: Signed = int_add(v_104, v_106)  # line 33
    v_108: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_100, v_107)  # line 33
    v_109: Ptr(rpy_str) = same_as(v_2)  # line 34
    v_110: Signed = direct_call(graph ll_index__rpy_str_rpy_str_Signed_Signed, v_109, 'c', 0, 9223372036854775807)  # line 34
    v_111: Ptr(rpy_str) = same_as(v_2)  # line 34
    v_112: Signed = direct_call(graph ll_rindex__rpy_str_rpy_str_Signed_Signed, v_111, 'c', 0, 9223372036854775807)  # line 34
    v_113: Ptr(rpy_str) = same_as(v_2)  # line 34
    v_114: Signed = direct_call(graph ll_index__rpy_str_rpy_str_Signed_Signed, v_113, 'ab', 1, 9223372036854775807)  # line 34
    v_115: Ptr(rpy_str) = same_as(v_2)  # line 34
    v_116: Signed = direct_call(graph ll_rindex__rpy_str_rpy_str_Signed_Signed, v_115, '', 2, 9223372036854775807)  # line 34
    v_117: Ptr(rpy_str) = same_as(v_2)  # line 34
    v_118: Signed = direct_call(graph ll_strlen__rpy_str, v_2)  # line 34
    v_119: Signed = int_sub(1, v_118)  # line 34
    v_120: Signed = direct_call(graph ll_index__rpy_str_rpy_str_Signed_Signed, v_117, 'c', v_119, 4)  # line 34
    v_121: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 5)  # line 34
    v_122: Ptr(GcArray(Signed)) = getfield(v_121, 'items')  # line 34
    v_123: Void = setarrayitem(v_122, 0, v_110)  # line 34
    v_124: Void = setarrayitem(v_122, 1, v_112)  # line 34
    v_125: Void = setarrayitem(v_122, 2, v_114)  # line 34
    v_126: Void = setarrayitem(v_122, 3, v_116)  # line 34
    v_127: Void = setarrayitem(v_122, 4, v_120)  # line 34
    v_128: Void = direct_call(graph ll_extend__list_array_Signed_list_array_Signed, v_40, v_121)  # line 34
    v_129: Ptr(list) = same_as(v_40)  # line 34
    v_130: Ptr(list) = same_as(v_129)  # line 36
    v_131: Ptr(rpy_str) = same_as(v_2)  # line 36
    v_132: Signed = direct_call(graph ll_index__rpy_str_rpy_str_Signed_Signed, v_131, 'abc', 4, 9223372036854775807)  # line 36
    no exception --> block1(v_130, v_132, n_0, v_2, v_129, v_86)
    Exception --> block16(n_0, v_2, v_129, v_86, last_exception_0, last_exc_value_0)
block1(t164_0: Ptr(list), t168_0: Signed, n_1: Signed, s_0: Ptr(rpy_str), nums_0: Ptr(list), flags_0: Ptr(list)):
    v_133: Void = direct_call(graph ll_append__list_array_Signed_Signed, t164_0, t168_0)  # line 36
    no exception --> block2(n_1, s_0, nums_0, flags_0)
    Exception --> block16(n_1, s_0, nums_0, flags_0, last_exception_1, last_exc_value_1)
block2(n_2: Signed, s_1: Ptr(rpy_str), nums_1: Ptr(list), flags_1: Ptr(list)):
    v_134: Ptr(list) = same_as(nums_1)  # line 40
    v_135: Ptr(rpy_str) = same_as(s_1)  # line 40
    v_136: Signed = direct_call(graph ll_rindex__rpy_str_rpy_str_Signed_Signed, v_135, 'z', 0, 9223372036854775807)  # line 40
    no exception --> block3(v_134, v_136, n_2, s_1, nums_1, flags_1)
    Exception --> block14(n_2, s_1, nums_1, flags_1, last_exception_2, last_exc_value_2)
block3(t175_0: Ptr(list), t178_0: Signed, n_3: Signed, s_2: Ptr(rpy_str), nums_2: Ptr(list), flags_2: Ptr(list)):
    v_137: Void = direct_call(graph ll_append__list_array_Signed_Signed, t175_0, t178_0)  # line 40
    no exception --> block4(n_3, s_2, nums_2, flags_2)
    Exception --> block14(n_3, s_2, nums_2, flags_2, last_exception_3, last_exc_value_3)
block4(n_4: Signed, s_3: Ptr(rpy_str), nums_3: Ptr(list), flags_3: Ptr(list)):
    v_138: Ptr(list) = same_as(flags_3)  # line 43
    v_139: Bool = direct_call(graph ll_startswith__rpy_str_rpy_str_Signed_Signed, s_3, 'ab', 0, 9223372036854775807)  # line 43
    v_140: Bool = same_as(v_139)  # line 43
    switch v_140
    False --> block5(n_4, s_3, nums_3, flags_3, v_138, v_139)
    True --> block13(v_138, n_4, s_3, nums_3, flags_3)
block5(n_5: Signed, s_4: Ptr(rpy_str), nums_4: Ptr(list), flags_4: Ptr(list), t185_0: Ptr(list), v_141: Bool):
    v_142: Void = direct_call(graph ll_append__list_array_Bool_Bool, t185_0, v_141)  # line 43
    v_143: UniChar = same_as(44)  # line 44
    v_144: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 44
    v_145: Ptr(listiter) = direct_call(graph ll_listiter__listiter_list_array_Signed_list_array_Signed, Ptr(GcStruct listiter { list: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), index: Signed }), nums_4)  # line 44
    --> block6(n_5, s_4, nums_4, flags_4, v_145, v_143, v_144)
block6(n_6: Signed, s_5: Ptr(rpy_str), nums_5: Ptr(list), flags_5: Ptr(list), iter198_0: Ptr(listiter), t196_0: UniChar, t197_0: Ptr(list)):
    v_146: Signed = direct_call(graph ll_listnext__listiter_list_array_Signed, iter198_0)  # line 44
    no exception --> block7(v_146, iter198_0, t196_0, t197_0, n_6, s_5, nums_5, flags_5)
    StopIteration --> block8(n_6, s_5, nums_5, flags_5, iter198_0, t196_0, t197_0)
block7(item_0: Signed, iter198_1: Ptr(listiter), t196_1: UniChar, t197_1: Ptr(list), n_7: Signed, s_6: Ptr(rpy_str), nums_6: Ptr(list), flags_6: Ptr(list)):
    v_147: Ptr(list) = same_as(t197_1)  # line 44
    v_148: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, item_0)  # line 44
    v_149: Ptr(rpy_str) = same_as(v_148)  # line 44
    v_150: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_147, v_149)  # line 44
    --> block6(n_7, s_6, nums_6, flags_6, iter198_1, t196_1, t197_1)
block8(n_8: Signed, s_7: Ptr(rpy_str), nums_7: Ptr(list), flags_7: Ptr(list), iter198_2: Ptr(listiter), t196_2: UniChar, t197_2: Ptr(list)):
    v_151: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, t196_2)  # line 44
    v_152: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_151, t197_2)  # line 44
    v_153: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_152, ' ')  # line 44
    v_154: Ptr(rpy_str) = same_as('')  # line 44
    v_155: Ptr(list) = direct_call(graph ll_newlist__list_array_UniChar_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(UniChar)) }), 0)  # line 44
    v_156: Ptr(listiter) = direct_call(graph ll_listiter__listiter_list_array_Bool_list_array_Bool, Ptr(GcStruct listiter { list: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Bool)) }), index: Signed }), flags_7)  # line 44
    --> block9(n_8, s_7, nums_7, flags_7, iter198_2, v_156, v_153, v_154, v_155)
block9(n_9: Signed, s_8: Ptr(rpy_str), nums_8: Ptr(list), flags_8: Ptr(list), iter198_3: Ptr(listiter), iter209_0: Ptr(listiter), t206_0: Ptr(rpy_str), t207_0: Ptr(rpy_str), t208_0: Ptr(list)):
    v_157: Bool = direct_call(graph ll_listnext__listiter_list_array_Bool, iter209_0)  # line 44
    no exception --> block10(v_157, iter198_3, iter209_0, t206_0, t207_0, t208_0, n_9, s_8, nums_8, flags_8)
    StopIteration --> block12(t206_0, t207_0, t208_0)
block10(item_1: Bool, iter198_4: Ptr(listiter), iter209_1: Ptr(listiter), t206_1: Ptr(rpy_str), t207_1: Ptr(rpy_str), t208_1: Ptr(list), n_10: Signed, s_9: Ptr(rpy_str), nums_9: Ptr(list), flags_9: Ptr(list)):
    v_158: Ptr(list) = same_as(t208_1)  # line 44
    v_159: Bool = same_as(item_1)  # line 44
    switch v_159
    False --> block11(n_10, s_9, nums_9, flags_9, iter198_4, iter209_1, t206_1, t207_1, t208_1, v_158, 70)
    True --> block11(n_10, s_9, nums_9, flags_9, iter198_4, iter209_1, t206_1, t207_1, t208_1, v_158, 84)
block11(n_11: Signed, s_10: Ptr(rpy_str), nums_10: Ptr(list), flags_10: Ptr(list), iter198_5: Ptr(listiter), iter209_2: Ptr(listiter), t206_2: Ptr(rpy_str), t207_2: Ptr(rpy_str), t208_2: Ptr(list), t210_0: Ptr(list), v_160: UniChar):
    v_161: Void = direct_call(graph ll_append__list_array_UniChar_UniChar, t210_0, v_160)  # line 44
    --> block9(n_11, s_10, nums_10, flags_10, iter198_5, iter209_2, t206_2, t207_2, t208_2)
block12(t206_3: Ptr(rpy_str), t207_3: Ptr(rpy_str), t208_3: Ptr(list)):
    v_162: Ptr(rpy_str) = direct_call(graph ll_join_chars__rpy_str_list_array_UniChar, t207_3, t208_3)  # line 44
    v_163: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, t206_3, v_162)  # line 44
    --> return(v_163)
block13(t185_1: Ptr(list), n_12: Signed, s_11: Ptr(rpy_str), nums_11: Ptr(list), flags_11: Ptr(list)):
    v_164: Bool = direct_call(graph ll_endswith__rpy_str_rpy_str_Signed_Signed, s_11, 'ab', 0, 9223372036854775807)  # line 43
    v_165: Bool = same_as(v_164)  # line 43
    switch v_165
    False --> block5(n_12, s_11, nums_11, flags_11, t185_1, True)
    True --> block5(n_12, s_11, nums_11, flags_11, t185_1, False)
block14(n_13: Signed, s_12: Ptr(rpy_str), nums_12: Ptr(list), flags_12: Ptr(list), v_166: Ptr(object_vtable), v_167: Ptr(Exception)):
    v_168: Ptr(BaseException) = cast_pointer(v_167)  # line 41
    v_169: Ptr(object_vtable) = getfield(v_168, 'typeptr')  # line 41
    v_170: Signed = getfield(v_169, 'subclassrange_min')  # line 41
    v_171: Bool = int_between(3, v_170, 4)  # line 41
    v_172: Bool = same_as(v_171)  # line 41
    v_173: Bool = same_as(v_172)  # line 41
    switch v_173
    False --> raise(v_166, v_167)
    True --> block15(n_13, s_12, nums_12, flags_12)
block15(n_14: Signed, s_13: Ptr(rpy_str), nums_13: Ptr(list), flags_13: Ptr(list)):
    v_174: Ptr(list) = same_as(nums_13)  # line 42
    v_175: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_174, -20)  # line 42
    --> block4(n_14, s_13, nums_13, flags_13)
block16(n_15: Signed, s_14: Ptr(rpy_str), nums_14: Ptr(list), flags_14: Ptr(list), v_176: Ptr(object_vtable), v_177: Ptr(Exception)):
    v_178: Ptr(BaseException) = cast_pointer(v_177)  # line 37
    v_179: Ptr(object_vtable) = getfield(v_178, 'typeptr')  # line 37
    v_180: Signed = getfield(v_179, 'subclassrange_min')  # line 37
    v_181: Bool = int_between(3, v_180, 4)  # line 37
    v_182: Bool = same_as(v_181)  # line 37
    v_183: Bool = same_as(v_182)  # line 37
    switch v_183
    False --> raise(v_176, v_177)
    True --> block17(n_15, s_14, nums_14, flags_14)
block17(n_16: Signed, s_15: Ptr(rpy_str), nums_15: Ptr(list), flags_15: Ptr(list)):
    v_184: Ptr(list) = same_as(nums_15)  # line 38
    v_185: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_184, -10)  # line 38
    --> block2(n_16, s_15, nums_15, flags_15)

graph changing(n_0: Signed)  # str_methods.py:47
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 48
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 48
    v_2: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, '--', v_1)  # line 48
    v_3: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_2, '--')  # line 48
    v_4: Ptr(rpy_str) = same_as(v_3)  # line 49
    v_5: Ptr(rpy_str) = direct_call(graph ll_strip_chars__rpy_str_rpy_str_Bool_Bool, v_4, '-', True, True)  # line 49
    v_6: Ptr(rpy_str) = same_as(v_3)  # line 49
    v_7: Ptr(rpy_str) = direct_call(graph ll_strip_chars__rpy_str_rpy_str_Bool_Bool, v_6, '-', True, False)  # line 49
    v_8: Ptr(rpy_str) = same_as(v_3)  # line 49
    v_9: Ptr(rpy_str) = direct_call(graph ll_strip_chars__rpy_str_rpy_str_Bool_Bool, v_8, '-', False, True)  # line 49
    v_10: Ptr(rpy_str) = same_as(v_3)  # line 49
    v_11: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 49
    v_12: Ptr(rpy_str) = same_as(v_11)  # line 49
    v_13: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, '-', v_12)  # line 49
    v_14: Ptr(rpy_str) = direct_call(graph ll_strip_chars__rpy_str_rpy_str_Bool_Bool, v_10, v_13, True, True)  # line 49
    v_15: Ptr(rpy_str) = same_as('  x \x0a')  # line 49
    v_16: Ptr(rpy_str) = direct_call(graph ll_strip__rpy_str_Bool_Bool, v_15, True, True)  # line 49
    v_17: Ptr(rpy_str) = same_as('xyx')  # line 49
    v_18: Ptr(rpy_str) = direct_call(graph ll_strip_chars__rpy_str_rpy_str_Bool_Bool, v_17, 'xy', True, True)  # line 49
    v_19: Ptr(rpy_str) = same_as(v_3)  # line 49
    v_20: Ptr(rpy_str) = direct_call(graph ll_strip_chars__rpy_str_rpy_str_Bool_Bool, v_19, '', True, True)  # line 49
    v_21: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 7)  # line 49
    v_22: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(v_21, 'items')  # line 49
    v_23: Void = setarrayitem(v_22, 0, v_5)  # line 49
    v_24: Void = setarrayitem(v_22, 1, v_7)  # line 49
    v_25: Void = setarrayitem(v_22, 2, v_9)  # line 49
    v_26: Void = setarrayitem(v_22, 3, v_14)  # line 49
    v_27: Void = setarrayitem(v_22, 4, v_16)  # line 49
    v_28: Void = setarrayitem(v_22, 5, v_18)  # line 49
    v_29: Void = setarrayitem(v_22, 6, v_20)  # line 49
    v_30: Ptr(rpy_str) = same_as('abcabc')  # line 50
    v_31: Ptr(rpy_str) = direct_call(graph ll_replace__rpy_str_rpy_str_rpy_str_Signed, v_30, 'b', 'XY', -1)  # line 50
    v_32: Ptr(rpy_str) = same_as('abcabc')  # line 50
    v_33: Ptr(rpy_str) = direct_call(graph ll_replace__rpy_str_rpy_str_rpy_str_Signed, v_32, 'b', '', 1)  # line 50
    v_34: Ptr(rpy_str) = same_as('abc')  # line 50
    v_35: Ptr(rpy_str) = direct_call(graph ll_replace__rpy_str_rpy_str_rpy_str_Signed, v_34, '', '-', -1)  # line 50
    v_36: Ptr(rpy_str) = same_as('abc')  # line 50
    v_37: Ptr(rpy_str) = direct_call(graph ll_replace__rpy_str_rpy_str_rpy_str_Signed, v_36, '', '-', 2)  # line 50
    v_38: Ptr(rpy_str) = same_as('aaa')  # line 51
    v_39: Ptr(rpy_str) = direct_call(graph ll_replace__rpy_str_rpy_str_rpy_str_Signed, v_38, 'aa', 'b', -1)  # line 51
    v_40: Ptr(rpy_str) = same_as(v_3)  # line 51
    v_41: Ptr(rpy_str) = direct_call(graph ll_replace__rpy_str_rpy_str_rpy_str_Signed, v_40, '-', '+', n_0)  # line 51
    v_42: Ptr(rpy_str) = same_as('')  # line 51
    v_43: Ptr(rpy_str) = direct_call(graph ll_replace__rpy_str_rpy_str_rpy_str_Signed, v_42, '', 'x', -1)  # line 51
    v_44: Ptr(rpy_str) = direct_call(graph ll_replace__rpy_str_rpy_str_rpy_str_Signed, 'a.b.c', '.', '::', -1)  # line 51
    v_45: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 8)  # line 50
    v_46: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(v_45, 'items')  # line 50
    v_47: Void = setarrayitem(v_46, 0, v_31)  # line 50
    v_48: Void = setarrayitem(v_46, 1, v_33)  # line 50
    v_49: Void = setarrayitem(v_46, 2, v_35)  # line 50
    v_50: Void = setarrayitem(v_46, 3, v_37)  # line 50
    v_51: Void = setarrayitem(v_46, 4, v_39)  # line 50
    v_52: Void = setarrayitem(v_46, 5, v_41)  # line 50
    v_53: Void = setarrayitem(v_46, 6, v_43)  # line 50
    v_54: Void = setarrayitem(v_46, 7, v_44)  # line 50
    v_55: Void = direct_call(graph ll_extend__list_array_rpy_str_list_array_rpy_str, v_21, v_45)  # line 50
    v_56: Ptr(list) = same_as(v_21)  # line 50
    v_57: UniChar = same_as(45)  # line 52
    v_58: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 52
    v_59: Ptr(rpy_str) = same_as(v_58)  # line 52
    v_60: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 3)  # line 52
    v_61: Void = setarrayitem(v_60, 0, 'a')  # line 52
    v_62: Void = setarrayitem(v_60, 1, v_59)  # line 52
    v_63: Void = setarrayitem(v_60, 2, '')  # line 52
    v_64: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_57)  # line 52
    v_65: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_array_rpy_str, v_64, v_60)  # line 52
    v_66: Ptr(rpy_str) = same_as('')  # line 52
    v_67: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 52
    v_68: Ptr(rpy_str) = same_as(v_67)  # line 52
    v_69: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 1)  # line 52
    v_70: Void = setarrayitem(v_69, 0, v_68)  # line 52
    v_71: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_slice__array_rpy_str_array_rpy_str_Signed_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_69, 1, 9223372036854775807)  # line 52
    v_72: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_array_rpy_str, v_66, v_71)  # line 52
    v_73: Ptr(rpy_str) = same_as(', ')  # line 52
    v_74: Ptr(GcArray(UniChar)) = direct_call(graph ll_newlist__array_UniChar_Signed, Ptr(GcArray(UniChar)), 1)  # line 52
    v_75: Void = setarrayitem(v_74, 0, 120)  # line 52
    v_76: Ptr(rpy_str) = direct_call(graph ll_join_chars__rpy_str_array_UniChar, v_73, v_74)  # line 52
    v_77: UniChar = same_as(43)  # line 52
    v_78: Ptr(list) = direct_call(graph ll_newlist__list_array_UniChar_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(UniChar)) }), 0)  # line 52
    v_79: Ptr(striter) = direct_call(graph ll_striter__striter_rpy_str, Ptr(GcStruct striter { string: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), index: Signed }), 'xyz')  # line 52
    --> block1(n_0, v_3, v_56, v_79, v_56, v_65, v_72, v_76, v_77, v_78)
block1(n_1: Signed, s_0: Ptr(rpy_str), out_0: Ptr(list), iter92_0: Ptr(striter), t68_0: Ptr(list), t76_0: Ptr(rpy_str), t85_0: Ptr(rpy_str), t89_0: Ptr(rpy_str), t90_0: UniChar, t91_0: Ptr(list)):
    v_80: UniChar = direct_call(graph ll_strnext__striter, iter92_0)  # line 52
    no exception --> block2(v_80, iter92_0, t68_0, t76_0, t85_0, t89_0, t90_0, t91_0, n_1, s_0, out_0)
    StopIteration --> block3(t68_0, t76_0, t85_0, t89_0, t90_0, t91_0)
block2(item_0: UniChar, iter92_1: Ptr(striter), t68_1: Ptr(list), t76_1: Ptr(rpy_str), t85_1: Ptr(rpy_str), t89_1: Ptr(rpy_str), t90_1: UniChar, t91_1: Ptr(list), n_2: Signed, s_1: Ptr(rpy_str), out_1: Ptr(list)):
    v_81: Ptr(list) = same_as(t91_1)  # line 52
    v_82: Void = direct_call(graph ll_append__list_array_UniChar_UniChar, v_81, item_0)  # line 52
    --> block1(n_2, s_1, out_1, iter92_1, t68_1, t76_1, t85_1, t89_1, t90_1, t91_1)
block3(t68_2: Ptr(list), t76_2: Ptr(rpy_str), t85_2: Ptr(rpy_str), t89_2: Ptr(rpy_str), t90_2: UniChar, t91_2: Ptr(list)):
    v_83: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, t90_2)  # line 52
    v_84: Ptr(rpy_str) = direct_call(graph ll_join_chars__rpy_str_list_array_UniChar, v_83, t91_2)  # line 52
    v_85: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 4)  # line 52
    v_86: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(v_85, 'items')  # line 52
    v_87: Void = setarrayitem(v_86, 0, t76_2)  # line 52
    v_88: Void = setarrayitem(v_86, 1, t85_2)  # line 52
    v_89: Void = setarrayitem(v_86, 2, t89_2)  # line 52
    v_90: Void = setarrayitem(v_86, 3, v_84)  # line 52
    v_91: Void = direct_call(graph ll_extend__list_array_rpy_str_list_array_rpy_str, t68_2, v_85)  # line 52
    v_92: Ptr(list) = same_as(t68_2)  # line 52
    v_93: UniChar = same_as(124)  # line 53
    v_94: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_93)  # line 53
    v_95: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_94, v_92)  # line 53
    --> return(v_95)

graph indexing(n_0: Signed)  # str_methods.py:56
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 57
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 57
    v_2: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'h\xe9llo', v_1)  # line 57
    v_3: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, v_2, 1, 3)  # line 58
    v_4: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, v_2, -3, 9223372036854775807)  # line 58
    v_5: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, v_2, 0, -2)  # line 58
    v_6: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, v_2, -100, 2)  # line 58
    v_7: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, v_2, 3, 100)  # line 58
    v_8: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, v_2, 4, 1)  # line 58
    v_9: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, v_2, n_0, 9223372036854775807)  # line 58
    v_10: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, v_2, 0, n_0)  # line 58
    v_11: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, v_2, -1)  # line 58
    v_12: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, v_2, 0)  # line 58
    v_13: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_11)  # line 58
    v_14: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_12)  # line 58
    v_15: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_13, v_14)  # line 58
    v_16: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 9)  # line 58
    v_17: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(v_16, 'items')  # line 58
    v_18: Void = setarrayitem(v_17, 0, v_3)  # line 58
    v_19: Void = setarrayitem(v_17, 1, v_4)  # line 58
    v_20: Void = setarrayitem(v_17, 2, v_5)  # line 58
    v_21: Void = setarrayitem(v_17, 3, v_6)  # line 58
    v_22: Void = setarrayitem(v_17, 4, v_7)  # line 58
    v_23: Void = setarrayitem(v_17, 5, v_8)  # line 58
    v_24: Void = setarrayitem(v_17, 6, v_9)  # line 58
    v_25: Void = setarrayitem(v_17, 7, v_10)  # line 58
    v_26: Void = setarrayitem(v_17, 8, v_15)  # line 58
    v_27: Ptr(list) = same_as(v_16)  # line 60
    v_28: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, v_2, n_0)  # line 60
    no exception --> block1(v_27, v_28, n_0, v_2, v_16)
    Exception --> block7(n_0, v_2, v_16, last_exception_0, last_exc_value_0)
block1(t43_0: Ptr(list), t46_0: UniChar, n_1: Signed, s_0: Ptr(rpy_str), out_0: Ptr(list)):
    v_29: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, t46_0)  # line 60
    v_30: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, t43_0, v_29)  # line 60
    no exception --> block2(n_1, s_0, out_0)
    Exception --> block7(n_1, s_0, out_0, last_exception_1, last_exc_value_1)
block2(n_2: Signed, s_1: Ptr(rpy_str), out_1: Ptr(list)):
    v_31: Ptr(list) = same_as(out_1)  # line 64
    v_32: Signed = int_neg(n_2)  # line 64
    v_33: Signed = int_sub(v_32, 10)  # line 64
    v_34: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, s_1, v_33)  # line 64
    no exception --> block3(v_31, v_34, out_1)
    Exception --> block5(out_1, last_exception_2, last_exc_value_2)
block3(t53_0: Ptr(list), t58_0: UniChar, out_2: Ptr(list)):
    v_35: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, t58_0)  # line 64
    v_36: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, t53_0, v_35)  # line 64
    no exception --> block4(out_2)
    Exception --> block5(out_2, last_exception_3, last_exc_value_3)
block4(out_3: Ptr(list)):
    v_37: UniChar = same_as(124)  # line 67
    v_38: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_37)  # line 67
    v_39: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_38, out_3)  # line 67
    --> return(v_39)
block5(out_4: Ptr(list), v_40: Ptr(object_vtable), v_41: Ptr(Exception)):
    v_42: Ptr(BaseException) = cast_pointer(v_41)  # line 65
    v_43: Ptr(object_vtable) = getfield(v_42, 'typeptr')  # line 65
    v_44: Signed = getfield(v_43, 'subclassrange_min')  # line 65
    v_45: Bool = int_between(5, v_44, 6)  # line 65
    v_46: Bool = same_as(v_45)  # line 65
    v_47: Bool = same_as(v_46)  # line 65
    switch v_47
    False --> raise(v_40, v_41)
    True --> block6(out_4)
block6(out_5: Ptr(list)):
    v_48: Ptr(list) = same_as(out_5)  # line 66
    v_49: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_48, 'IndexError')  # line 66
    --> block4(out_5)
block7(n_3: Signed, s_2: Ptr(rpy_str), out_6: Ptr(list), v_50: Ptr(object_vtable), v_51: Ptr(Exception)):
    v_52: Ptr(BaseException) = cast_pointer(v_51)  # line 61
    v_53: Ptr(object_vtable) = getfield(v_52, 'typeptr')  # line 61
    v_54: Signed = getfield(v_53, 'subclassrange_min')  # line 61
    v_55: Bool = int_between(5, v_54, 6)  # line 61
    v_56: Bool = same_as(v_55)  # line 61
    v_57: Bool = same_as(v_56)  # line 61
    switch v_57
    False --> raise(v_50, v_51)
    True --> block8(n_3, s_2, out_6)
block8(n_4: Signed, s_3: Ptr(rpy_str), out_7: Ptr(list)):
    v_58: Ptr(list) = same_as(out_7)  # line 62
    v_59: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_58, 'IndexError')  # line 62
    --> block2(n_4, s_3, out_7)

graph comparing(n_0: Signed)  # str_methods.py:70
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 71
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 71
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 8)  # line 71
    v_3: Void = setarrayitem(v_2, 0, 'b')  # line 71
    v_4: Void = setarrayitem(v_2, 1, 'ab')  # line 71
    v_5: Void = setarrayitem(v_2, 2, 'abc')  # line 71
    v_6: Void = setarrayitem(v_2, 3, '')  # line 71
    v_7: Void = setarrayitem(v_2, 4, v_1)  # line 71
    v_8: Void = setarrayitem(v_2, 5, '\xe9')  # line 71
    v_9: Void = setarrayitem(v_2, 6, '\U0001f600')  # line 71
    v_10: Void = setarrayitem(v_2, 7, 'a')  # line 71
    v_11: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 72
    v_12: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), v_2)  # line 73
    --> block1(n_0, v_2, v_11, v_12)
block1(n_1: Signed, words_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), bits_0: Ptr(list), iter10_0: Ptr(listiter)):
    v_13: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, iter10_0)  # line 73
    no exception --> block2(v_13, iter10_0, n_1, words_0, bits_0)
    StopIteration --> block5(n_1, bits_0)
block2(item_0: Ptr(rpy_str), iter10_1: Ptr(listiter), n_2: Signed, words_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), bits_1: Ptr(list)):
    v_14: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), words_1)  # line 74
    --> block3(n_2, words_1, bits_1, item_0, iter10_1, v_14)
block3(n_3: Signed, words_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), bits_2: Ptr(list), a_0: Ptr(rpy_str), iter10_2: Ptr(listiter), iter11_0: Ptr(listiter)):
    v_15: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, iter11_0)  # line 74
    no exception --> block4(v_15, iter10_2, iter11_0, n_3, words_2, bits_2, a_0)
    StopIteration --> block1(n_3, words_2, bits_2, iter10_2)
block4(item_1: Ptr(rpy_str), iter10_3: Ptr(listiter), iter11_1: Ptr(listiter), n_4: Signed, words_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), bits_3: Ptr(list), a_1: Ptr(rpy_str)):
    v_16: Ptr(list) = same_as(bits_3)  # line 75
    v_17: Signed = direct_call(graph ll_strcmp__rpy_str_rpy_str, a_1, item_1)  # line 75
    v_18: Bool = int_lt(v_17, 0)  # line 75
    v_19: Signed = cast_bool_to_int(v_18)  # line 75
    v_20: Signed = same_as(v_19)  # line 75
    v_21: Signed = direct_call(graph ll_strcmp__rpy_str_rpy_str, a_1, item_1)  # line 75
    v_22: Bool = int_le(v_21, 0)  # line 75
    v_23: Signed = cast_bool_to_int(v_22)  # line 75
    v_24: Signed = same_as(v_23)  # line 75
    v_25: Signed = int_mul(2, v_24)  # line 75
    v_26: Signed = int_add(v_20, v_25)  # line 75
    v_27: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, a_1, item_1)  # line 75
    v_28: Signed = cast_bool_to_int(v_27)  # line 75
    v_29: Signed = same_as(v_28)  # line 75
    v_30: Signed = int_mul(4, v_29)  # line 75
    v_31: Signed = int_add(v_26, v_30)  # line 75
    v_32: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, a_1, item_1)  # line 75
    v_33: Bool = bool_not(v_32)  # line 75
    v_34: Signed = cast_bool_to_int(v_33)  # line 75
    v_35: Signed = same_as(v_34)  # line 75
    v_36: Signed = int_mul(8, v_35)  # line 75
    v_37: Signed = int_add(v_31, v_36)  # line 75
    v_38: Signed = direct_call(graph ll_strcmp__rpy_str_rpy_str, a_1, item_1)  # line 75
    v_39: Bool = int_gt(v_38, 0)  # line 75
    v_40: Signed = cast_bool_to_int(v_39)  # line 75
    v_41: Signed = same_as(v_40)  # line 75
    v_42: Signed = int_mul(16, v_41)  # line 75
    v_43: Signed = int_add(v_37, v_42)  # line 75
    v_44: Signed = direct_call(graph ll_strcmp__rpy_str_rpy_str, a_1, item_1)  # line 75
    v_45: Bool = int_ge(v_44, 0)  # line 75
    v_46: Signed = cast_bool_to_int(v_45)  # line 75
    v_47: Signed = same_as(v_46)  # line 75
    v_48: Signed = int_mul(32, v_47)  # line 75
    v_49: Signed = int_add(v_43, v_48)  # line 75
    v_50: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_49)  # line 75
    v_51: Ptr(rpy_str) = same_as(v_50)  # line 75
    v_52: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_16, v_51)  # line 75
    --> block3(n_4, words_3, bits_3, a_1, iter10_3, iter11_1)
block5(n_5: Signed, bits_4: Ptr(list)):
    v_53: Signed = int_mod(n_5, 3)  # line 76
    v_54: Bool = int_ne(v_53, 0)  # line 76
    v_55: Signed = int_xor(v_53, 3)  # line 76
    v_56: Bool = int_lt(v_55, 0)  # line 76
    v_57: Signed = cast_bool_to_int(v_54)  # line 76
    v_58: Signed = cast_bool_to_int(v_56)  # line 76
    v_59: Signed = int_and(v_57, v_58)  # line 76
    v_60: Signed = int_mul(v_59, 3)  # line 76
    v_61: Signed = int_add(v_53, v_60)  # line 76
    v_62: UniChar = direct_call(graph ll_stritem__rpy_str_Signed, 'abc', v_61)  # line 76
    v_63: Ptr(list) = same_as(bits_4)  # line 77
    v_64: Signed = cast_unichar_to_int(v_62)  # line 77
    v_65: Signed = cast_unichar_to_int(98)  # line 77
    v_66: Bool = int_lt(v_64, v_65)  # line 77
    v_67: Signed = cast_bool_to_int(v_66)  # line 77
    v_68: Signed = same_as(v_67)  # line 77
    v_69: Bool = unichar_eq(v_62, 98)  # line 77
    v_70: Signed = cast_bool_to_int(v_69)  # line 77
    v_71: Signed = same_as(v_70)  # line 77
    v_72: Signed = int_mul(2, v_71)  # line 77
    v_73: Signed = int_add(v_68, v_72)  # line 77
    v_74: Bool = direct_call(graph ll_contains_char__rpy_str_UniChar, 'abc', v_62)  # line 77
    v_75: Signed = cast_bool_to_int(v_74)  # line 77
    v_76: Signed = same_as(v_75)  # line 77
    v_77: Signed = int_mul(4, v_76)  # line 77
    v_78: Signed = int_add(v_73, v_77)  # line 77
    v_79: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_62)  # line 77
    v_80: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'a', v_79)  # line 77
    v_81: Bool = direct_call(graph ll_contains_str__rpy_str_rpy_str, 'xab', v_80)  # line 77
    v_82: Signed = cast_bool_to_int(v_81)  # line 77
    v_83: Signed = same_as(v_82)  # line 77
    v_84: Signed = int_mul(8, v_83)  # line 77
    v_85: Signed = int_add(v_78, v_84)  # line 77
    v_86: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_85)  # line 77
    v_87: Ptr(rpy_str) = same_as(v_86)  # line 77
    v_88: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_63, v_87)  # line 77
    v_89: UniChar = same_as(46)  # line 78
    v_90: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_89)  # line 78
    v_91: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_90, bits_4)  # line 78
    --> return(v_91)

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

graph mallocstr__Signed(length_0: Signed)  # rstr.py:30
block0(length_0: Signed):
    v_0: Ptr(rpy_str) = malloc_varsize(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }, 'gc', length_0)  # line 31
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

graph ll_split_whitespace__array_rpy_str_rpy_str_Signed(LIST_0: Void, s_0: Ptr(rpy_str), maxsplit_0: Signed)  # rstr.py:795
block0(LIST_0: Void, s_0: Ptr(rpy_str), maxsplit_0: Signed):
    v_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = same_as(None)  # line 796
    v_1: Signed = direct_call(graph _split_whitespace__rpy_str_Signed_array_rpy_str, s_0, maxsplit_0, v_0)  # line 796
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_1)  # line 796
    v_3: Signed = direct_call(graph _split_whitespace__rpy_str_Signed_array_rpy_str, s_0, maxsplit_0, v_2)  # line 797
    --> return(v_2)

graph _split_whitespace__rpy_str_Signed_array_rpy_str(s_0: Ptr(rpy_str), maxsplit_0: Signed, res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rstr.py:734
block0(s_0: Ptr(rpy_str), maxsplit_0: Signed, res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 737
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 737
    --> block1(s_0, maxsplit_0, res_0, v_1, 0, 0)
block1(s_1: Ptr(rpy_str), maxsplit_1: Signed, res_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_0: Signed, n_0: Signed, i_0: Signed):
    v_2: Bool = int_lt(maxsplit_1, 0)  # line 740
    v_3: Bool = same_as(v_2)  # line 740
    switch v_3
    False --> block2(s_1, maxsplit_1, res_1, length_0, n_0, i_0)
    True --> block8(s_1, maxsplit_1, res_1, length_0, n_0, i_0)
block2(s_2: Ptr(rpy_str), maxsplit_2: Signed, res_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_1: Signed, n_1: Signed, i_1: Signed):
    v_4: Bool = int_lt(n_1, maxsplit_2)  # line 740
    v_5: Bool = same_as(v_4)  # line 740
    switch v_5
    False --> block3(s_2, maxsplit_2, res_2, length_1, n_1, i_1)
    True --> block8(s_2, maxsplit_2, res_2, length_1, n_1, i_1)
block3(s_3: Ptr(rpy_str), maxsplit_3: Signed, res_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_2: Signed, n_2: Signed, i_2: Signed):
    v_6: Bool = int_lt(i_2, length_2)  # line 750
    v_7: Bool = same_as(v_6)  # line 750
    switch v_7
    False --> block4(s_3, res_3, length_2, n_2, i_2)
    True --> block6(s_3, maxsplit_3, res_3, length_2, n_2, i_2)
block4(s_4: Ptr(rpy_str), res_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_3: Signed, n_3: Signed, i_3: Signed):
    v_8: Bool = int_lt(i_3, length_3)  # line 752
    v_9: Bool = same_as(v_8)  # line 752
    switch v_9
    False --> return(n_3)
    True --> block5(s_4, res_4, length_3, n_3, i_3)
block5(s_5: Ptr(rpy_str), res_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_4: Signed, n_4: Signed, i_4: Signed):
    v_10: Signed = direct_call(graph _piece__array_rpy_str_Signed_rpy_str_Signed_Signed, res_5, n_4, s_5, i_4, length_4)  # line 753
    --> return(v_10)
block6(s_6: Ptr(rpy_str), maxsplit_4: Signed, res_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_5: Signed, n_5: Signed, i_5: Signed):
    v_11: Ptr(rpy_str) = same_as(s_6)  # line 750
    v_12: UniChar = getinteriorfield(v_11, 'chars', i_5)  # line 750
    v_13: Bool = direct_call(graph ll_char_isspace__UniChar, v_12)  # line 750
    v_14: Bool = same_as(v_13)  # line 750
    switch v_14
    False --> block4(s_6, res_6, length_5, n_5, i_5)
    True --> block7(s_6, maxsplit_4, res_6, length_5, n_5, i_5)
block7(s_7: Ptr(rpy_str), maxsplit_5: Signed, res_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_6: Signed, n_6: Signed, i_6: Signed):
    v_15: Signed = int_add(i_6, 1)  # line 751
    --> block3(s_7, maxsplit_5, res_7, length_6, n_6, v_15)
block8(s_8: Ptr(rpy_str), maxsplit_6: Signed, res_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_7: Signed, n_7: Signed, i_7: Signed):
    v_16: Bool = int_lt(i_7, length_7)  # line 741
    v_17: Bool = same_as(v_16)  # line 741
    switch v_17
    False --> block9(s_8, maxsplit_6, res_8, length_7, n_7, i_7)
    True --> block15(s_8, maxsplit_6, res_8, length_7, n_7, i_7)
block9(s_9: Ptr(rpy_str), maxsplit_7: Signed, res_9: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_8: Signed, n_8: Signed, i_8: Signed):
    v_18: Bool = int_eq(i_8, length_8)  # line 743
    v_19: Bool = same_as(v_18)  # line 743
    switch v_19
    False --> block10(s_9, maxsplit_7, res_9, length_8, n_8, i_8)
    True --> return(n_8)
block10(s_10: Ptr(rpy_str), maxsplit_8: Signed, res_10: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_9: Signed, n_9: Signed, i_9: Signed):
    v_20: Signed = int_add(i_9, 1)  # line 746
    --> block11(s_10, maxsplit_8, res_10, length_9, n_9, v_20, i_9)
block11(s_11: Ptr(rpy_str), maxsplit_9: Signed, res_11: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_10: Signed, n_10: Signed, i_10: Signed, j_0: Signed):
    v_21: Bool = int_lt(i_10, length_10)  # line 747
    v_22: Bool = same_as(v_21)  # line 747
    switch v_22
    False --> block12(s_11, maxsplit_9, res_11, length_10, n_10, i_10, j_0)
    True --> block13(s_11, maxsplit_9, res_11, length_10, n_10, i_10, j_0)
block12(s_12: Ptr(rpy_str), maxsplit_10: Signed, res_12: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_11: Signed, n_11: Signed, i_11: Signed, j_1: Signed):
    v_23: Signed = direct_call(graph _piece__array_rpy_str_Signed_rpy_str_Signed_Signed, res_12, n_11, s_12, j_1, i_11)  # line 749
    --> block1(s_12, maxsplit_10, res_12, length_11, v_23, i_11)
block13(s_13: Ptr(rpy_str), maxsplit_11: Signed, res_13: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_12: Signed, n_12: Signed, i_12: Signed, j_2: Signed):
    v_24: Ptr(rpy_str) = same_as(s_13)  # line 747
    v_25: UniChar = getinteriorfield(v_24, 'chars', i_12)  # line 747
    v_26: Bool = direct_call(graph ll_char_isspace__UniChar, v_25)  # line 747
    v_27: Bool = same_as(v_26)  # line 747
    switch v_27
    False --> block14(s_13, maxsplit_11, res_13, length_12, n_12, i_12, j_2)
    True --> block12(s_13, maxsplit_11, res_13, length_12, n_12, i_12, j_2)
block14(s_14: Ptr(rpy_str), maxsplit_12: Signed, res_14: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_13: Signed, n_13: Signed, i_13: Signed, j_3: Signed):
    v_28: Signed = int_add(i_13, 1)  # line 748
    --> block11(s_14, maxsplit_12, res_14, length_13, n_13, v_28, j_3)
block15(s_15: Ptr(rpy_str), maxsplit_13: Signed, res_15: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_14: Signed, n_14: Signed, i_14: Signed):
    v_29: Ptr(rpy_str) = same_as(s_15)  # line 741
    v_30: UniChar = getinteriorfield(v_29, 'chars', i_14)  # line 741
    v_31: Bool = direct_call(graph ll_char_isspace__UniChar, v_30)  # line 741
    v_32: Bool = same_as(v_31)  # line 741
    switch v_32
    False --> block9(s_15, maxsplit_13, res_15, length_14, n_14, i_14)
    True --> block16(s_15, maxsplit_13, res_15, length_14, n_14, i_14)
block16(s_16: Ptr(rpy_str), maxsplit_14: Signed, res_16: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_15: Signed, n_15: Signed, i_15: Signed):
    v_33: Signed = int_add(i_15, 1)  # line 742
    --> block8(s_16, maxsplit_14, res_16, length_15, n_15, v_33)

graph ll_char_isspace__UniChar(ch_0: UniChar)  # rstr.py:341
block0(ch_0: UniChar):
    v_0: Bool = unichar_isspace(ch_0)  # line 342
    --> return(v_0)

graph _piece__array_rpy_str_Signed_rpy_str_Signed_Signed(res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), n_0: Signed, s_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rstr.py:694
block0(res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), n_0: Signed, s_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Bool = ptr_nonzero(res_0)  # line 697
    switch v_0
    False --> block1(n_0)
    True --> block2(res_0, n_0, s_0, start_0, end_0)
block1(n_1: Signed):
    v_1: Signed = int_add(n_1, 1)  # line 699
    --> return(v_1)
block2(res_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), n_2: Signed, s_1: Ptr(rpy_str), start_1: Signed, end_1: Signed):
    v_2: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, s_1, start_1, end_1)  # line 698
    v_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, res_1)  # line 698
    v_4: Void = setarrayitem(v_3, n_2, v_2)  # line 698
    --> block1(n_2)

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

graph ll_rsplit_whitespace__array_rpy_str_rpy_str_Signed(LIST_0: Void, s_0: Ptr(rpy_str), maxsplit_0: Signed)  # rstr.py:801
block0(LIST_0: Void, s_0: Ptr(rpy_str), maxsplit_0: Signed):
    v_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = same_as(None)  # line 802
    v_1: Signed = direct_call(graph _rsplit_whitespace__rpy_str_Signed_array_rpy_str, s_0, maxsplit_0, v_0)  # line 802
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_1)  # line 802
    v_3: Signed = direct_call(graph _rsplit_whitespace__rpy_str_Signed_array_rpy_str, s_0, maxsplit_0, v_2)  # line 803
    --> return(v_2)

graph _rsplit_whitespace__rpy_str_Signed_array_rpy_str(s_0: Ptr(rpy_str), maxsplit_0: Signed, res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rstr.py:757
block0(s_0: Ptr(rpy_str), maxsplit_0: Signed, res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 759
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 759
    v_2: Signed = int_sub(v_1, 1)  # line 759
    --> block1(s_0, maxsplit_0, res_0, v_2, 0)
block1(s_1: Ptr(rpy_str), maxsplit_1: Signed, res_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_0: Signed, n_0: Signed):
    v_3: Bool = int_lt(maxsplit_1, 0)  # line 761
    v_4: Bool = same_as(v_3)  # line 761
    switch v_4
    False --> block2(s_1, maxsplit_1, res_1, i_0, n_0)
    True --> block8(s_1, maxsplit_1, res_1, i_0, n_0)
block2(s_2: Ptr(rpy_str), maxsplit_2: Signed, res_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_1: Signed, n_1: Signed):
    v_5: Bool = int_lt(n_1, maxsplit_2)  # line 761
    v_6: Bool = same_as(v_5)  # line 761
    switch v_6
    False --> block3(s_2, maxsplit_2, res_2, i_1, n_1)
    True --> block8(s_2, maxsplit_2, res_2, i_1, n_1)
block3(s_3: Ptr(rpy_str), maxsplit_3: Signed, res_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_2: Signed, n_2: Signed):
    v_7: Bool = int_ge(i_2, 0)  # line 771
    v_8: Bool = same_as(v_7)  # line 771
    switch v_8
    False --> block4(s_3, res_3, i_2, n_2)
    True --> block6(s_3, maxsplit_3, res_3, i_2, n_2)
block4(s_4: Ptr(rpy_str), res_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_3: Signed, n_3: Signed):
    v_9: Bool = int_ge(i_3, 0)  # line 773
    v_10: Bool = same_as(v_9)  # line 773
    switch v_10
    False --> return(n_3)
    True --> block5(s_4, res_4, i_3, n_3)
block5(s_5: Ptr(rpy_str), res_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_4: Signed, n_4: Signed):
    v_11: Signed = int_add(i_4, 1)  # line 774
    v_12: Signed = direct_call(graph _rpiece__array_rpy_str_Signed_rpy_str_Signed_Signed, res_5, n_4, s_5, 0, v_11)  # line 774
    --> return(v_12)
block6(s_6: Ptr(rpy_str), maxsplit_4: Signed, res_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_5: Signed, n_5: Signed):
    v_13: Ptr(rpy_str) = same_as(s_6)  # line 771
    v_14: UniChar = getinteriorfield(v_13, 'chars', i_5)  # line 771
    v_15: Bool = direct_call(graph ll_char_isspace__UniChar, v_14)  # line 771
    v_16: Bool = same_as(v_15)  # line 771
    switch v_16
    False --> block4(s_6, res_6, i_5, n_5)
    True --> block7(s_6, maxsplit_4, res_6, i_5, n_5)
block7(s_7: Ptr(rpy_str), maxsplit_5: Signed, res_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_6: Signed, n_6: Signed):
    v_17: Signed = int_sub(i_6, 1)  # line 772
    --> block3(s_7, maxsplit_5, res_7, v_17, n_6)
block8(s_8: Ptr(rpy_str), maxsplit_6: Signed, res_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_7: Signed, n_7: Signed):
    v_18: Bool = int_ge(i_7, 0)  # line 762
    v_19: Bool = same_as(v_18)  # line 762
    switch v_19
    False --> block9(s_8, maxsplit_6, res_8, i_7, n_7)
    True --> block15(s_8, maxsplit_6, res_8, i_7, n_7)
block9(s_9: Ptr(rpy_str), maxsplit_7: Signed, res_9: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_8: Signed, n_8: Signed):
    v_20: Bool = int_lt(i_8, 0)  # line 764
    v_21: Bool = same_as(v_20)  # line 764
    switch v_21
    False --> block10(s_9, maxsplit_7, res_9, i_8, n_8)
    True --> return(n_8)
block10(s_10: Ptr(rpy_str), maxsplit_8: Signed, res_10: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_9: Signed, n_9: Signed):
    v_22: Signed = int_sub(i_9, 1)  # line 767
    --> block11(s_10, maxsplit_8, res_10, v_22, n_9, i_9)
block11(s_11: Ptr(rpy_str), maxsplit_9: Signed, res_11: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_10: Signed, n_10: Signed, j_0: Signed):
    v_23: Bool = int_ge(i_10, 0)  # line 768
    v_24: Bool = same_as(v_23)  # line 768
    switch v_24
    False --> block12(s_11, maxsplit_9, res_11, i_10, n_10, j_0)
    True --> block13(s_11, maxsplit_9, res_11, i_10, n_10, j_0)
block12(s_12: Ptr(rpy_str), maxsplit_10: Signed, res_12: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_11: Signed, n_11: Signed, j_1: Signed):
    v_25: Signed = int_add(i_11, 1)  # line 770
    v_26: Signed = int_add(j_1, 1)  # line 770
    v_27: Signed = direct_call(graph _rpiece__array_rpy_str_Signed_rpy_str_Signed_Signed, res_12, n_11, s_12, v_25, v_26)  # line 770
    --> block1(s_12, maxsplit_10, res_12, i_11, v_27)
block13(s_13: Ptr(rpy_str), maxsplit_11: Signed, res_13: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_12: Signed, n_12: Signed, j_2: Signed):
    v_28: Ptr(rpy_str) = same_as(s_13)  # line 768
    v_29: UniChar = getinteriorfield(v_28, 'chars', i_12)  # line 768
    v_30: Bool = direct_call(graph ll_char_isspace__UniChar, v_29)  # line 768
    v_31: Bool = same_as(v_30)  # line 768
    switch v_31
    False --> block14(s_13, maxsplit_11, res_13, i_12, n_12, j_2)
    True --> block12(s_13, maxsplit_11, res_13, i_12, n_12, j_2)
block14(s_14: Ptr(rpy_str), maxsplit_12: Signed, res_14: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_13: Signed, n_13: Signed, j_3: Signed):
    v_32: Signed = int_sub(i_13, 1)  # line 769
    --> block11(s_14, maxsplit_12, res_14, v_32, n_13, j_3)
block15(s_15: Ptr(rpy_str), maxsplit_13: Signed, res_15: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_14: Signed, n_14: Signed):
    v_33: Ptr(rpy_str) = same_as(s_15)  # line 762
    v_34: UniChar = getinteriorfield(v_33, 'chars', i_14)  # line 762
    v_35: Bool = direct_call(graph ll_char_isspace__UniChar, v_34)  # line 762
    v_36: Bool = same_as(v_35)  # line 762
    switch v_36
    False --> block9(s_15, maxsplit_13, res_15, i_14, n_14)
    True --> block16(s_15, maxsplit_13, res_15, i_14, n_14)
block16(s_16: Ptr(rpy_str), maxsplit_14: Signed, res_16: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_15: Signed, n_15: Signed):
    v_37: Signed = int_sub(i_15, 1)  # line 763
    --> block8(s_16, maxsplit_14, res_16, v_37, n_15)

graph _rpiece__array_rpy_str_Signed_rpy_str_Signed_Signed(res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), n_0: Signed, s_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rstr.py:702
block0(res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), n_0: Signed, s_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Bool = ptr_nonzero(res_0)  # line 704
    switch v_0
    False --> block1(n_0)
    True --> block2(res_0, n_0, s_0, start_0, end_0)
block1(n_1: Signed):
    v_1: Signed = int_add(n_1, 1)  # line 706
    --> return(v_1)
block2(res_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), n_2: Signed, s_1: Ptr(rpy_str), start_1: Signed, end_1: Signed):
    v_2: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, s_1, start_1, end_1)  # line 705
    v_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, res_1)  # line 705
    v_4: Signed = direct_call(graph ll_len__array_rpy_str, res_1)  # line 705
    v_5: Signed = int_sub(v_4, 1)  # line 705
    v_6: Signed = int_sub(v_5, n_2)  # line 705
    v_7: Void = setarrayitem(v_3, v_6, v_2)  # line 705
    --> block1(n_2)

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

graph ll_split__array_rpy_str_rpy_str_rpy_str_Signed(LIST_0: Void, s_0: Ptr(rpy_str), sep_0: Ptr(rpy_str), maxsplit_0: Signed)  # rstr.py:778
block0(LIST_0: Void, s_0: Ptr(rpy_str), sep_0: Ptr(rpy_str), maxsplit_0: Signed):
    v_0: Ptr(rpy_str) = same_as(sep_0)  # line 780
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 780
    v_2: Bool = int_eq(v_1, 0)  # line 780
    v_3: Bool = same_as(v_2)  # line 780
    switch v_3
    False --> block1(LIST_0, s_0, sep_0, maxsplit_0)
    True --> block2()
block1(LIST_1: Void, s_1: Ptr(rpy_str), sep_1: Ptr(rpy_str), maxsplit_1: Signed):
    v_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = same_as(None)  # line 782
    v_5: Signed = direct_call(graph _split__rpy_str_rpy_str_Signed_array_rpy_str, s_1, sep_1, maxsplit_1, v_4)  # line 782
    v_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_5)  # line 782
    v_7: Signed = direct_call(graph _split__rpy_str_rpy_str_Signed_array_rpy_str, s_1, sep_1, maxsplit_1, v_6)  # line 783
    --> return(v_6)
block2():
    v_8: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 781
    v_9: Ptr(BaseException) = cast_pointer(v_8)  # line 781
    v_10: Void = setfield(v_9, 'typeptr', vtable ValueError [3, 4))  # line 781
    v_11: Ptr(BaseException) = cast_pointer(v_8)  # line 781
    v_12: Ptr(object_vtable) = getfield(v_11, 'typeptr')  # line 781
    --> raise(v_12, v_8)

graph _split__rpy_str_rpy_str_Signed_array_rpy_str(s_0: Ptr(rpy_str), sep_0: Ptr(rpy_str), maxsplit_0: Signed, res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rstr.py:709
block0(s_0: Ptr(rpy_str), sep_0: Ptr(rpy_str), maxsplit_0: Signed, res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 710
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 710
    --> block1(s_0, sep_0, maxsplit_0, res_0, v_1, 0, 0)
block1(s_1: Ptr(rpy_str), sep_1: Ptr(rpy_str), maxsplit_1: Signed, res_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_0: Signed, n_0: Signed, start_0: Signed):
    v_2: Bool = int_lt(maxsplit_1, 0)  # line 713
    v_3: Bool = same_as(v_2)  # line 713
    switch v_3
    False --> block2(s_1, sep_1, maxsplit_1, res_1, length_0, n_0, start_0)
    True --> block4(s_1, sep_1, maxsplit_1, res_1, length_0, n_0, start_0)
block2(s_2: Ptr(rpy_str), sep_2: Ptr(rpy_str), maxsplit_2: Signed, res_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_1: Signed, n_1: Signed, start_1: Signed):
    v_4: Bool = int_lt(n_1, maxsplit_2)  # line 713
    v_5: Bool = same_as(v_4)  # line 713
    switch v_5
    False --> block3(s_2, res_2, length_1, n_1, start_1)
    True --> block4(s_2, sep_2, maxsplit_2, res_2, length_1, n_1, start_1)
block3(s_3: Ptr(rpy_str), res_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_2: Signed, n_2: Signed, start_2: Signed):
    v_6: Signed = direct_call(graph _piece__array_rpy_str_Signed_rpy_str_Signed_Signed, res_3, n_2, s_3, start_2, length_2)  # line 719
    --> return(v_6)
block4(s_4: Ptr(rpy_str), sep_3: Ptr(rpy_str), maxsplit_3: Signed, res_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_3: Signed, n_3: Signed, start_3: Signed):
    v_7: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, s_4, sep_3, start_3, length_3)  # line 714
    v_8: Bool = int_lt(v_7, 0)  # line 715
    v_9: Bool = same_as(v_8)  # line 715
    switch v_9
    False --> block5(s_4, sep_3, maxsplit_3, res_4, length_3, n_3, start_3, v_7)
    True --> block3(s_4, res_4, length_3, n_3, start_3)
block5(s_5: Ptr(rpy_str), sep_4: Ptr(rpy_str), maxsplit_4: Signed, res_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), length_4: Signed, n_4: Signed, start_4: Signed, found_0: Signed):
    v_10: Signed = direct_call(graph _piece__array_rpy_str_Signed_rpy_str_Signed_Signed, res_5, n_4, s_5, start_4, found_0)  # line 717
    v_11: Ptr(rpy_str) = same_as(sep_4)  # line 718
    v_12: Signed = getinteriorarraysize(v_11, 'chars')  # line 718
    v_13: Signed = int_add(found_0, v_12)  # line 718
    --> block1(s_5, sep_4, maxsplit_4, res_5, length_4, v_10, v_13)

graph ll_find__rpy_str_rpy_str_Signed_Signed(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rstr.py:257
block0(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 258
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 258
    v_2: Signed = direct_call(graph _start__Signed_Signed, start_0, v_1)  # line 259
    v_3: Signed = direct_call(graph _bound__Signed_Signed, end_0, v_1)  # line 260
    --> block1(s_0, sub_0, v_2, v_3, v_1, v_2)
block1(s_1: Ptr(rpy_str), sub_1: Ptr(rpy_str), start_1: Signed, end_1: Signed, length_0: Signed, i_0: Signed):
    v_4: Ptr(rpy_str) = same_as(sub_1)  # line 262
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 262
    v_6: Signed = int_add(i_0, v_5)  # line 262
    v_7: Bool = int_le(v_6, end_1)  # line 262
    v_8: Bool = same_as(v_7)  # line 262
    switch v_8
    False --> return(-1)
    True --> block2(s_1, sub_1, start_1, end_1, length_0, i_0)
block2(s_2: Ptr(rpy_str), sub_2: Ptr(rpy_str), start_2: Signed, end_2: Signed, length_1: Signed, i_1: Signed):
    v_9: Bool = direct_call(graph _matches_at__rpy_str_rpy_str_Signed, s_2, sub_2, i_1)  # line 263
    v_10: Bool = same_as(v_9)  # line 263
    switch v_10
    False --> block3(s_2, sub_2, start_2, end_2, length_1, i_1)
    True --> return(i_1)
block3(s_3: Ptr(rpy_str), sub_3: Ptr(rpy_str), start_3: Signed, end_3: Signed, length_2: Signed, i_2: Signed):
    v_11: Signed = int_add(i_2, 1)  # line 265
    --> block1(s_3, sub_3, start_3, end_3, length_2, v_11)

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

graph ll_rsplit__array_rpy_str_rpy_str_rpy_str_Signed(LIST_0: Void, s_0: Ptr(rpy_str), sep_0: Ptr(rpy_str), maxsplit_0: Signed)  # rstr.py:787
block0(LIST_0: Void, s_0: Ptr(rpy_str), sep_0: Ptr(rpy_str), maxsplit_0: Signed):
    v_0: Ptr(rpy_str) = same_as(sep_0)  # line 788
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 788
    v_2: Bool = int_eq(v_1, 0)  # line 788
    v_3: Bool = same_as(v_2)  # line 788
    switch v_3
    False --> block1(LIST_0, s_0, sep_0, maxsplit_0)
    True --> block2()
block1(LIST_1: Void, s_1: Ptr(rpy_str), sep_1: Ptr(rpy_str), maxsplit_1: Signed):
    v_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = same_as(None)  # line 790
    v_5: Signed = direct_call(graph _rsplit__rpy_str_rpy_str_Signed_array_rpy_str, s_1, sep_1, maxsplit_1, v_4)  # line 790
    v_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_5)  # line 790
    v_7: Signed = direct_call(graph _rsplit__rpy_str_rpy_str_Signed_array_rpy_str, s_1, sep_1, maxsplit_1, v_6)  # line 791
    --> return(v_6)
block2():
    v_8: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 789
    v_9: Ptr(BaseException) = cast_pointer(v_8)  # line 789
    v_10: Void = setfield(v_9, 'typeptr', vtable ValueError [3, 4))  # line 789
    v_11: Ptr(BaseException) = cast_pointer(v_8)  # line 789
    v_12: Ptr(object_vtable) = getfield(v_11, 'typeptr')  # line 789
    --> raise(v_12, v_8)

graph _rsplit__rpy_str_rpy_str_Signed_array_rpy_str(s_0: Ptr(rpy_str), sep_0: Ptr(rpy_str), maxsplit_0: Signed, res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rstr.py:722
block0(s_0: Ptr(rpy_str), sep_0: Ptr(rpy_str), maxsplit_0: Signed, res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 723
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 723
    --> block1(s_0, sep_0, maxsplit_0, res_0, v_1, 0)
block1(s_1: Ptr(rpy_str), sep_1: Ptr(rpy_str), maxsplit_1: Signed, res_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), end_0: Signed, n_0: Signed):
    v_2: Bool = int_lt(maxsplit_1, 0)  # line 725
    v_3: Bool = same_as(v_2)  # line 725
    switch v_3
    False --> block2(s_1, sep_1, maxsplit_1, res_1, end_0, n_0)
    True --> block4(s_1, sep_1, maxsplit_1, res_1, end_0, n_0)
block2(s_2: Ptr(rpy_str), sep_2: Ptr(rpy_str), maxsplit_2: Signed, res_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), end_1: Signed, n_1: Signed):
    v_4: Bool = int_lt(n_1, maxsplit_2)  # line 725
    v_5: Bool = same_as(v_4)  # line 725
    switch v_5
    False --> block3(s_2, res_2, end_1, n_1)
    True --> block4(s_2, sep_2, maxsplit_2, res_2, end_1, n_1)
block3(s_3: Ptr(rpy_str), res_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), end_2: Signed, n_2: Signed):
    v_6: Signed = direct_call(graph _rpiece__array_rpy_str_Signed_rpy_str_Signed_Signed, res_3, n_2, s_3, 0, end_2)  # line 731
    --> return(v_6)
block4(s_4: Ptr(rpy_str), sep_3: Ptr(rpy_str), maxsplit_3: Signed, res_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), end_3: Signed, n_3: Signed):
    v_7: Signed = direct_call(graph ll_rfind__rpy_str_rpy_str_Signed_Signed, s_4, sep_3, 0, end_3)  # line 726
    v_8: Bool = int_lt(v_7, 0)  # line 727
    v_9: Bool = same_as(v_8)  # line 727
    switch v_9
    False --> block5(s_4, sep_3, maxsplit_3, res_4, end_3, n_3, v_7)
    True --> block3(s_4, res_4, end_3, n_3)
block5(s_5: Ptr(rpy_str), sep_4: Ptr(rpy_str), maxsplit_4: Signed, res_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), end_4: Signed, n_4: Signed, found_0: Signed):
    v_10: Ptr(rpy_str) = same_as(sep_4)  # line 729
    v_11: Signed = getinteriorarraysize(v_10, 'chars')  # line 729
    v_12: Signed = int_add(found_0, v_11)  # line 729
    v_13: Signed = direct_call(graph _rpiece__array_rpy_str_Signed_rpy_str_Signed_Signed, res_5, n_4, s_5, v_12, end_4)  # line 729
    --> block1(s_5, sep_4, maxsplit_4, res_5, found_0, v_13)

graph ll_rfind__rpy_str_rpy_str_Signed_Signed(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rstr.py:269
block0(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 270
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 270
    v_2: Signed = direct_call(graph _start__Signed_Signed, start_0, v_1)  # line 271
    v_3: Signed = direct_call(graph _bound__Signed_Signed, end_0, v_1)  # line 272
    v_4: Ptr(rpy_str) = same_as(sub_0)  # line 273
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 273
    v_6: Signed = int_sub(v_3, v_5)  # line 273
    --> block1(s_0, sub_0, v_2, v_3, v_1, v_6)
block1(s_1: Ptr(rpy_str), sub_1: Ptr(rpy_str), start_1: Signed, end_1: Signed, length_0: Signed, i_0: Signed):
    v_7: Bool = int_ge(i_0, start_1)  # line 274
    v_8: Bool = same_as(v_7)  # line 274
    switch v_8
    False --> return(-1)
    True --> block2(s_1, sub_1, start_1, end_1, length_0, i_0)
block2(s_2: Ptr(rpy_str), sub_2: Ptr(rpy_str), start_2: Signed, end_2: Signed, length_1: Signed, i_1: Signed):
    v_9: Bool = direct_call(graph _matches_at__rpy_str_rpy_str_Signed, s_2, sub_2, i_1)  # line 275
    v_10: Bool = same_as(v_9)  # line 275
    switch v_10
    False --> block3(s_2, sub_2, start_2, end_2, length_1, i_1)
    True --> return(i_1)
block3(s_3: Ptr(rpy_str), sub_3: Ptr(rpy_str), start_3: Signed, end_3: Signed, length_2: Signed, i_2: Signed):
    v_11: Signed = int_sub(i_2, 1)  # line 277
    --> block1(s_3, sub_3, start_3, end_3, length_2, v_11)

graph ll_extend__list_array_rpy_str_list_array_rpy_str(l1_0: Ptr(list), l2_0: Ptr(list))  # rlist.py:476
block0(l1_0: Ptr(list), l2_0: Ptr(list)):
    v_0: Signed = getfield(l1_0, 'length')  # line 477
    v_1: Signed = direct_call(graph ll_len__list_array_rpy_str, l2_0)  # line 478
    v_2: Signed = int_add(v_0, v_1)  # line 479
    v_3: Void = direct_call(graph _ll_list_resize__list_array_rpy_str_Signed, l1_0, v_2)  # line 479
    v_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(l1_0, 'items')  # line 480
    v_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__list_array_rpy_str, l2_0)  # line 481
    --> block1(l1_0, l2_0, v_0, v_1, v_4, v_5, 0)
block1(l1_1: Ptr(list), l2_1: Ptr(list), len1_0: Signed, len2_0: Signed, items1_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items2_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_0: Signed):
    v_6: Bool = int_lt(i_0, len2_0)  # line 483
    v_7: Bool = same_as(v_6)  # line 483
    switch v_7
    False --> return(None)
    True --> block2(l1_1, l2_1, len1_0, len2_0, items1_0, items2_0, i_0)
block2(l1_2: Ptr(list), l2_2: Ptr(list), len1_1: Signed, len2_1: Signed, items1_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items2_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_1: Signed):
    v_8: Ptr(rpy_str) = getarrayitem(items2_1, i_1)  # line 484
    v_9: Signed = int_add(len1_1, i_1)  # line 484
    v_10: Void = setarrayitem(items1_1, v_9, v_8)  # line 484
    v_11: Signed = int_add(i_1, 1)  # line 485
    --> block1(l1_2, l2_2, len1_1, len2_1, items1_1, items2_1, v_11)

graph ll_len__list_array_rpy_str(l_0: Ptr(list))  # rlist.py:31
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Signed = getfield(l_1, 'length')  # line 34
    --> return(v_2)

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

graph ll_items__list_array_rpy_str(l_0: Ptr(list))  # rlist.py:25
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(l_1, 'items')  # line 28
    --> return(v_2)

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

graph ll_strlen__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:39
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 40
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 40
    --> return(v_1)

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

graph ll_startswith__rpy_str_rpy_str_Signed_Signed(s_0: Ptr(rpy_str), prefix_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rstr.py:331
block0(s_0: Ptr(rpy_str), prefix_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Bool = direct_call(graph _tailmatch__rpy_str_rpy_str_Signed_Signed_Bool, s_0, prefix_0, start_0, end_0, False)  # line 332
    --> return(v_0)

graph _tailmatch__rpy_str_rpy_str_Signed_Signed_Bool(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed, atend_0: Bool)  # rstr.py:319
block0(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed, atend_0: Bool):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 321
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 321
    v_2: Signed = direct_call(graph _start__Signed_Signed, start_0, v_1)  # line 322
    v_3: Signed = direct_call(graph _bound__Signed_Signed, end_0, v_1)  # line 323
    v_4: Ptr(rpy_str) = same_as(sub_0)  # line 323
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 323
    v_6: Signed = int_sub(v_3, v_5)  # line 323
    v_7: Bool = int_lt(v_6, v_2)  # line 324
    v_8: Bool = same_as(v_7)  # line 324
    switch v_8
    False --> block1(s_0, sub_0, v_2, v_6, atend_0)
    True --> return(False)
block1(s_1: Ptr(rpy_str), sub_1: Ptr(rpy_str), start_1: Signed, end_1: Signed, atend_1: Bool):
    v_9: Bool = same_as(atend_1)  # line 326
    switch v_9
    False --> block2(s_1, sub_1, start_1)
    True --> block3(s_1, sub_1, end_1)
block2(s_2: Ptr(rpy_str), sub_2: Ptr(rpy_str), start_2: Signed):
    v_10: Bool = direct_call(graph _matches_at__rpy_str_rpy_str_Signed, s_2, sub_2, start_2)  # line 328
    --> return(v_10)
block3(s_3: Ptr(rpy_str), sub_3: Ptr(rpy_str), end_2: Signed):
    v_11: Bool = direct_call(graph _matches_at__rpy_str_rpy_str_Signed, s_3, sub_3, end_2)  # line 327
    --> return(v_11)

graph ll_endswith__rpy_str_rpy_str_Signed_Signed(s_0: Ptr(rpy_str), suffix_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rstr.py:335
block0(s_0: Ptr(rpy_str), suffix_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Bool = direct_call(graph _tailmatch__rpy_str_rpy_str_Signed_Signed_Bool, s_0, suffix_0, start_0, end_0, True)  # line 336
    --> return(v_0)

graph ll_contains_str__rpy_str_rpy_str(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str))  # rstr.py:315
block0(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 316
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 316
    v_2: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, s_0, sub_0, 0, v_1)  # line 316
    v_3: Bool = int_ge(v_2, 0)  # line 316
    --> return(v_3)

graph ll_contains_char__rpy_str_UniChar(s_0: Ptr(rpy_str), ch_0: UniChar)  # rstr.py:244
block0(s_0: Ptr(rpy_str), ch_0: UniChar):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 245
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 245
    v_2: Signed = direct_call(graph ll_find_char__rpy_str_UniChar_Signed_Signed, s_0, ch_0, 0, v_1)  # line 245
    v_3: Bool = int_ge(v_2, 0)  # line 245
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

graph ll_index__rpy_str_rpy_str_Signed_Signed(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rstr.py:281
block0(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, s_0, sub_0, start_0, end_0)  # line 283
    v_1: Bool = int_lt(v_0, 0)  # line 284
    v_2: Bool = same_as(v_1)  # line 284
    switch v_2
    False --> return(v_0)
    True --> block1()
block1():
    v_3: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 285
    v_4: Ptr(BaseException) = cast_pointer(v_3)  # line 285
    v_5: Void = setfield(v_4, 'typeptr', vtable ValueError [3, 4))  # line 285
    v_6: Ptr(BaseException) = cast_pointer(v_3)  # line 285
    v_7: Ptr(object_vtable) = getfield(v_6, 'typeptr')  # line 285
    --> raise(v_7, v_3)

graph ll_rindex__rpy_str_rpy_str_Signed_Signed(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed)  # rstr.py:289
block0(s_0: Ptr(rpy_str), sub_0: Ptr(rpy_str), start_0: Signed, end_0: Signed):
    v_0: Signed = direct_call(graph ll_rfind__rpy_str_rpy_str_Signed_Signed, s_0, sub_0, start_0, end_0)  # line 290
    v_1: Bool = int_lt(v_0, 0)  # line 291
    v_2: Bool = same_as(v_1)  # line 291
    switch v_2
    False --> return(v_0)
    True --> block1()
block1():
    v_3: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 292
    v_4: Ptr(BaseException) = cast_pointer(v_3)  # line 292
    v_5: Void = setfield(v_4, 'typeptr', vtable ValueError [3, 4))  # line 292
    v_6: Ptr(BaseException) = cast_pointer(v_3)  # line 292
    v_7: Ptr(object_vtable) = getfield(v_6, 'typeptr')  # line 292
    --> raise(v_7, v_3)

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

graph ll_len__list_array_Bool(l_0: Ptr(list))  # rlist.py:31
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Signed = getfield(l_1, 'length')  # line 34
    --> return(v_2)

graph ll_items__list_array_Bool(l_0: Ptr(list))  # rlist.py:25
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Ptr(GcArray(Bool)) = getfield(l_1, 'items')  # line 28
    --> return(v_2)

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

graph ll_strip_chars__rpy_str_rpy_str_Bool_Bool(s_0: Ptr(rpy_str), chars_0: Ptr(rpy_str), left_0: Bool, right_0: Bool)  # rstr.py:603
block0(s_0: Ptr(rpy_str), chars_0: Ptr(rpy_str), left_0: Bool, right_0: Bool):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 605
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 605
    v_2: Bool = same_as(left_0)  # line 606
    switch v_2
    False --> block1(s_0, chars_0, left_0, right_0, 0, v_1)
    True --> block6(s_0, chars_0, left_0, right_0, 0, v_1)
block1(s_1: Ptr(rpy_str), chars_1: Ptr(rpy_str), left_1: Bool, right_1: Bool, lpos_0: Signed, rpos_0: Signed):
    v_3: Bool = same_as(right_1)  # line 609
    switch v_3
    False --> block2(s_1, lpos_0, rpos_0)
    True --> block3(s_1, chars_1, left_1, right_1, lpos_0, rpos_0)
block2(s_2: Ptr(rpy_str), lpos_1: Signed, rpos_1: Signed):
    v_4: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, s_2, lpos_1, rpos_1)  # line 612
    --> return(v_4)
block3(s_3: Ptr(rpy_str), chars_2: Ptr(rpy_str), left_2: Bool, right_2: Bool, lpos_2: Signed, rpos_2: Signed):
    v_5: Bool = int_gt(rpos_2, lpos_2)  # line 610
    v_6: Bool = same_as(v_5)  # line 610
    switch v_6
    False --> block2(s_3, lpos_2, rpos_2)
    True --> block4(s_3, chars_2, left_2, right_2, lpos_2, rpos_2)
block4(s_4: Ptr(rpy_str), chars_3: Ptr(rpy_str), left_3: Bool, right_3: Bool, lpos_3: Signed, rpos_3: Signed):
    v_7: Ptr(rpy_str) = same_as(s_4)  # line 610
    v_8: Signed = int_sub(rpos_3, 1)  # line 610
    v_9: UniChar = getinteriorfield(v_7, 'chars', v_8)  # line 610
    v_10: Bool = direct_call(graph ll_contains_char__rpy_str_UniChar, chars_3, v_9)  # line 610
    v_11: Bool = same_as(v_10)  # line 610
    switch v_11
    False --> block2(s_4, lpos_3, rpos_3)
    True --> block5(s_4, chars_3, left_3, right_3, lpos_3, rpos_3)
block5(s_5: Ptr(rpy_str), chars_4: Ptr(rpy_str), left_4: Bool, right_4: Bool, lpos_4: Signed, rpos_4: Signed):
    v_12: Signed = int_sub(rpos_4, 1)  # line 611
    --> block3(s_5, chars_4, left_4, right_4, lpos_4, v_12)
block6(s_6: Ptr(rpy_str), chars_5: Ptr(rpy_str), left_5: Bool, right_5: Bool, lpos_5: Signed, rpos_5: Signed):
    v_13: Bool = int_lt(lpos_5, rpos_5)  # line 607
    v_14: Bool = same_as(v_13)  # line 607
    switch v_14
    False --> block1(s_6, chars_5, left_5, right_5, lpos_5, rpos_5)
    True --> block7(s_6, chars_5, left_5, right_5, lpos_5, rpos_5)
block7(s_7: Ptr(rpy_str), chars_6: Ptr(rpy_str), left_6: Bool, right_6: Bool, lpos_6: Signed, rpos_6: Signed):
    v_15: Ptr(rpy_str) = same_as(s_7)  # line 607
    v_16: UniChar = getinteriorfield(v_15, 'chars', lpos_6)  # line 607
    v_17: Bool = direct_call(graph ll_contains_char__rpy_str_UniChar, chars_6, v_16)  # line 607
    v_18: Bool = same_as(v_17)  # line 607
    switch v_18
    False --> block1(s_7, chars_6, left_6, right_6, lpos_6, rpos_6)
    True --> block8(s_7, chars_6, left_6, right_6, lpos_6, rpos_6)
block8(s_8: Ptr(rpy_str), chars_7: Ptr(rpy_str), left_7: Bool, right_7: Bool, lpos_7: Signed, rpos_7: Signed):
    v_19: Signed = int_add(lpos_7, 1)  # line 608
    --> block6(s_8, chars_7, left_7, right_7, v_19, rpos_7)

graph ll_strip__rpy_str_Bool_Bool(s_0: Ptr(rpy_str), left_0: Bool, right_0: Bool)  # rstr.py:591
block0(s_0: Ptr(rpy_str), left_0: Bool, right_0: Bool):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 593
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 593
    v_2: Bool = same_as(left_0)  # line 594
    switch v_2
    False --> block1(s_0, left_0, right_0, 0, v_1)
    True --> block6(s_0, left_0, right_0, 0, v_1)
block1(s_1: Ptr(rpy_str), left_1: Bool, right_1: Bool, lpos_0: Signed, rpos_0: Signed):
    v_3: Bool = same_as(right_1)  # line 597
    switch v_3
    False --> block2(s_1, lpos_0, rpos_0)
    True --> block3(s_1, left_1, right_1, lpos_0, rpos_0)
block2(s_2: Ptr(rpy_str), lpos_1: Signed, rpos_1: Signed):
    v_4: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, s_2, lpos_1, rpos_1)  # line 600
    --> return(v_4)
block3(s_3: Ptr(rpy_str), left_2: Bool, right_2: Bool, lpos_2: Signed, rpos_2: Signed):
    v_5: Bool = int_gt(rpos_2, lpos_2)  # line 598
    v_6: Bool = same_as(v_5)  # line 598
    switch v_6
    False --> block2(s_3, lpos_2, rpos_2)
    True --> block4(s_3, left_2, right_2, lpos_2, rpos_2)
block4(s_4: Ptr(rpy_str), left_3: Bool, right_3: Bool, lpos_3: Signed, rpos_3: Signed):
    v_7: Ptr(rpy_str) = same_as(s_4)  # line 598
    v_8: Signed = int_sub(rpos_3, 1)  # line 598
    v_9: UniChar = getinteriorfield(v_7, 'chars', v_8)  # line 598
    v_10: Bool = direct_call(graph ll_char_isspace__UniChar, v_9)  # line 598
    v_11: Bool = same_as(v_10)  # line 598
    switch v_11
    False --> block2(s_4, lpos_3, rpos_3)
    True --> block5(s_4, left_3, right_3, lpos_3, rpos_3)
block5(s_5: Ptr(rpy_str), left_4: Bool, right_4: Bool, lpos_4: Signed, rpos_4: Signed):
    v_12: Signed = int_sub(rpos_4, 1)  # line 599
    --> block3(s_5, left_4, right_4, lpos_4, v_12)
block6(s_6: Ptr(rpy_str), left_5: Bool, right_5: Bool, lpos_5: Signed, rpos_5: Signed):
    v_13: Bool = int_lt(lpos_5, rpos_5)  # line 595
    v_14: Bool = same_as(v_13)  # line 595
    switch v_14
    False --> block1(s_6, left_5, right_5, lpos_5, rpos_5)
    True --> block7(s_6, left_5, right_5, lpos_5, rpos_5)
block7(s_7: Ptr(rpy_str), left_6: Bool, right_6: Bool, lpos_6: Signed, rpos_6: Signed):
    v_15: Ptr(rpy_str) = same_as(s_7)  # line 595
    v_16: UniChar = getinteriorfield(v_15, 'chars', lpos_6)  # line 595
    v_17: Bool = direct_call(graph ll_char_isspace__UniChar, v_16)  # line 595
    v_18: Bool = same_as(v_17)  # line 595
    switch v_18
    False --> block1(s_7, left_6, right_6, lpos_6, rpos_6)
    True --> block8(s_7, left_6, right_6, lpos_6, rpos_6)
block8(s_8: Ptr(rpy_str), left_7: Bool, right_7: Bool, lpos_7: Signed, rpos_7: Signed):
    v_19: Signed = int_add(lpos_7, 1)  # line 596
    --> block6(s_8, left_7, right_7, v_19, rpos_7)

graph ll_replace__rpy_str_rpy_str_rpy_str_Signed(s_0: Ptr(rpy_str), old_0: Ptr(rpy_str), new_0: Ptr(rpy_str), maxcount_0: Signed)  # rstr.py:660
block0(s_0: Ptr(rpy_str), old_0: Ptr(rpy_str), new_0: Ptr(rpy_str), maxcount_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 663
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 663
    v_2: Ptr(rpy_str) = same_as(old_0)  # line 664
    v_3: Signed = getinteriorarraysize(v_2, 'chars')  # line 664
    v_4: Signed = direct_call(graph ll_count__rpy_str_rpy_str_Signed_Signed, s_0, old_0, 0, v_1)  # line 665
    v_5: Bool = int_ge(maxcount_0, 0)  # line 666
    v_6: Bool = same_as(v_5)  # line 666
    switch v_6
    False --> block1(s_0, old_0, new_0, maxcount_0, v_1, v_3, v_4)
    True --> block11(s_0, old_0, new_0, maxcount_0, v_1, v_3, v_4)
block1(s_1: Ptr(rpy_str), old_1: Ptr(rpy_str), new_1: Ptr(rpy_str), maxcount_1: Signed, length_0: Signed, oldlen_0: Signed, count_0: Signed):
    v_7: Bool = int_eq(count_0, 0)  # line 668
    v_8: Bool = same_as(v_7)  # line 668
    switch v_8
    False --> block2(s_1, old_1, new_1, maxcount_1, length_0, oldlen_0, count_0)
    True --> return(s_1)
block2(s_2: Ptr(rpy_str), old_2: Ptr(rpy_str), new_2: Ptr(rpy_str), maxcount_2: Signed, length_1: Signed, oldlen_1: Signed, count_1: Signed):
    v_9: Ptr(rpy_str) = same_as(new_2)  # line 670
    v_10: Signed = getinteriorarraysize(v_9, 'chars')  # line 670
    v_11: Signed = int_sub(v_10, oldlen_1)  # line 670
    v_12: Signed = int_mul(count_1, v_11)  # line 670
    v_13: Signed = int_add(length_1, v_12)  # line 670
    v_14: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, v_13)  # line 670
    --> block3(s_2, old_2, new_2, maxcount_2, length_1, oldlen_1, count_1, v_14, 0, 0, 0)
block3(s_3: Ptr(rpy_str), old_3: Ptr(rpy_str), new_3: Ptr(rpy_str), maxcount_3: Signed, length_2: Signed, oldlen_2: Signed, count_2: Signed, res_0: Ptr(rpy_str), pos_0: Signed, i_0: Signed, done_0: Signed):
    v_15: Bool = int_lt(done_0, count_2)  # line 674
    v_16: Bool = same_as(v_15)  # line 674
    switch v_16
    False --> block4(s_3, length_2, res_0, pos_0, i_0)
    True --> block6(s_3, old_3, new_3, maxcount_3, length_2, oldlen_2, count_2, res_0, pos_0, i_0, done_0)
block4(s_4: Ptr(rpy_str), length_3: Signed, res_1: Ptr(rpy_str), pos_1: Signed, i_1: Signed):
    v_17: Bool = int_lt(i_1, length_3)  # line 689
    v_18: Bool = same_as(v_17)  # line 689
    switch v_18
    False --> return(res_1)
    True --> block5(s_4, length_3, res_1, pos_1, i_1)
block5(s_5: Ptr(rpy_str), length_4: Signed, res_2: Ptr(rpy_str), pos_2: Signed, i_2: Signed):
    v_19: Signed = int_sub(length_4, i_2)  # line 690
    v_20: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_2, pos_2, s_5, i_2, v_19)  # line 690
    --> return(res_2)
block6(s_6: Ptr(rpy_str), old_4: Ptr(rpy_str), new_4: Ptr(rpy_str), maxcount_4: Signed, length_5: Signed, oldlen_3: Signed, count_3: Signed, res_3: Ptr(rpy_str), pos_3: Signed, i_3: Signed, done_1: Signed):
    v_21: Signed = direct_call(graph ll_find__rpy_str_rpy_str_Signed_Signed, s_6, old_4, i_3, length_5)  # line 675
    v_22: Signed = int_sub(v_21, i_3)  # line 676
    v_23: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_3, pos_3, s_6, i_3, v_22)  # line 676
    v_24: Signed = int_sub(v_21, i_3)  # line 677
    v_25: Signed = int_add(pos_3, v_24)  # line 677
    v_26: Ptr(rpy_str) = same_as(new_4)  # line 678
    v_27: Signed = getinteriorarraysize(v_26, 'chars')  # line 678
    v_28: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_3, v_25, new_4, 0, v_27)  # line 678
    v_29: Ptr(rpy_str) = same_as(new_4)  # line 679
    v_30: Signed = getinteriorarraysize(v_29, 'chars')  # line 679
    v_31: Signed = int_add(v_25, v_30)  # line 679
    v_32: Signed = int_add(done_1, 1)  # line 680
    v_33: Bool = int_eq(oldlen_3, 0)  # line 681
    v_34: Bool = same_as(v_33)  # line 681
    switch v_34
    False --> block7(s_6, old_4, new_4, maxcount_4, length_5, oldlen_3, count_3, res_3, v_31, v_32, v_21)
    True --> block8(s_6, old_4, new_4, maxcount_4, length_5, oldlen_3, count_3, res_3, v_31, v_32, v_21)
block7(s_7: Ptr(rpy_str), old_5: Ptr(rpy_str), new_5: Ptr(rpy_str), maxcount_5: Signed, length_6: Signed, oldlen_4: Signed, count_4: Signed, res_4: Ptr(rpy_str), pos_4: Signed, done_2: Signed, found_0: Signed):
    v_35: Signed = int_add(found_0, oldlen_4)  # line 688
    --> block3(s_7, old_5, new_5, maxcount_5, length_6, oldlen_4, count_4, res_4, pos_4, v_35, done_2)
block8(s_8: Ptr(rpy_str), old_6: Ptr(rpy_str), new_6: Ptr(rpy_str), maxcount_6: Signed, length_7: Signed, oldlen_5: Signed, count_5: Signed, res_5: Ptr(rpy_str), pos_5: Signed, done_3: Signed, found_1: Signed):
    v_36: Bool = int_lt(found_1, length_7)  # line 683
    v_37: Bool = same_as(v_36)  # line 683
    switch v_37
    False --> block9(s_8, old_6, new_6, maxcount_6, length_7, oldlen_5, count_5, res_5, pos_5, done_3, found_1)
    True --> block10(s_8, old_6, new_6, maxcount_6, length_7, oldlen_5, count_5, res_5, pos_5, done_3, found_1)
block9(s_9: Ptr(rpy_str), old_7: Ptr(rpy_str), new_7: Ptr(rpy_str), maxcount_7: Signed, length_8: Signed, oldlen_6: Signed, count_6: Signed, res_6: Ptr(rpy_str), pos_6: Signed, done_4: Signed, found_2: Signed):
    v_38: Signed = int_add(found_2, 1)  # line 686
    --> block3(s_9, old_7, new_7, maxcount_7, length_8, oldlen_6, count_6, res_6, pos_6, v_38, done_4)
block10(s_10: Ptr(rpy_str), old_8: Ptr(rpy_str), new_8: Ptr(rpy_str), maxcount_8: Signed, length_9: Signed, oldlen_7: Signed, count_7: Signed, res_7: Ptr(rpy_str), pos_7: Signed, done_5: Signed, found_3: Signed):
    v_39: Ptr(rpy_str) = same_as(s_10)  # line 684
    v_40: UniChar = getinteriorfield(v_39, 'chars', found_3)  # line 684
    v_41: Ptr(rpy_str) = same_as(res_7)  # line 684
    v_42: Void = setinteriorfield(v_41, 'chars', pos_7, v_40)  # line 684
    v_43: Signed = int_add(pos_7, 1)  # line 685
    --> block9(s_10, old_8, new_8, maxcount_8, length_9, oldlen_7, count_7, res_7, v_43, done_5, found_3)
block11(s_11: Ptr(rpy_str), old_9: Ptr(rpy_str), new_9: Ptr(rpy_str), maxcount_9: Signed, length_10: Signed, oldlen_8: Signed, count_8: Signed):
    v_44: Bool = int_gt(count_8, maxcount_9)  # line 666
    v_45: Bool = same_as(v_44)  # line 666
    switch v_45
    False --> block1(s_11, old_9, new_9, maxcount_9, length_10, oldlen_8, count_8)
    True --> block1(s_11, old_9, new_9, maxcount_9, length_10, oldlen_8, maxcount_9)

graph ll_slice__array_rpy_str_array_rpy_str_Signed_Signed(LIST_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_0: Signed, stop_0: Signed)  # rlist.py:90
block0(LIST_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_0: Signed, stop_0: Signed):
    v_0: Signed = direct_call(graph ll_len__array_rpy_str, l_0)  # line 91
    v_1: Signed = direct_call(graph _ll_bounds__Signed_Signed, start_0, v_0)  # line 92
    v_2: Signed = direct_call(graph _ll_bounds__Signed_Signed, stop_0, v_0)  # line 93
    v_3: Bool = int_lt(v_2, v_1)  # line 94
    v_4: Bool = same_as(v_3)  # line 94
    switch v_4
    False --> block1(LIST_0, l_0, v_1, v_2, v_0)
    True --> block1(LIST_0, l_0, v_1, v_1, v_0)
block1(LIST_1: Void, l_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_1: Signed, stop_1: Signed, length_0: Signed):
    v_5: Signed = int_sub(stop_1, start_1)  # line 96
    v_6: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_5)  # line 96
    v_7: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, l_1)  # line 97
    v_8: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, v_6)  # line 98
    --> block2(LIST_1, l_1, start_1, stop_1, length_0, v_6, v_7, v_8, 0)
block2(LIST_2: Void, l_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_2: Signed, stop_2: Signed, length_1: Signed, res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), newitems_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_0: Signed):
    v_9: Signed = int_sub(stop_2, start_2)  # line 100
    v_10: Bool = int_lt(i_0, v_9)  # line 100
    v_11: Bool = same_as(v_10)  # line 100
    switch v_11
    False --> return(res_0)
    True --> block3(LIST_2, l_2, start_2, stop_2, length_1, res_0, items_0, newitems_0, i_0)
block3(LIST_3: Void, l_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), start_3: Signed, stop_3: Signed, length_2: Signed, res_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), newitems_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), i_1: Signed):
    v_12: Signed = int_add(start_3, i_1)  # line 101
    v_13: Ptr(rpy_str) = getarrayitem(items_1, v_12)  # line 101
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

graph ll_newlist__array_UniChar_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(UniChar)) = malloc_varsize(GcArray(UniChar), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_join_chars__rpy_str_array_UniChar(sep_0: Ptr(rpy_str), l_0: Ptr(GcArray(UniChar)))  # rstr.py:640
block0(sep_0: Ptr(rpy_str), l_0: Ptr(GcArray(UniChar))):
    v_0: Ptr(GcArray(UniChar)) = direct_call(graph ll_items__array_UniChar, l_0)  # line 642
    v_1: Signed = direct_call(graph ll_len__array_UniChar, l_0)  # line 643
    v_2: Bool = int_eq(v_1, 0)  # line 644
    v_3: Bool = same_as(v_2)  # line 644
    switch v_3
    False --> block1(sep_0, l_0, v_0, v_1)
    True --> block6()
block1(sep_1: Ptr(rpy_str), l_1: Ptr(GcArray(UniChar)), items_0: Ptr(GcArray(UniChar)), num_0: Signed):
    v_4: Ptr(rpy_str) = same_as(sep_1)  # line 646
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 646
    v_6: Signed = int_sub(num_0, 1)  # line 647
    v_7: Signed = int_mul(v_5, v_6)  # line 647
    v_8: Signed = int_add(num_0, v_7)  # line 647
    v_9: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, v_8)  # line 647
    --> block2(sep_1, l_1, items_0, num_0, v_5, v_9, 0, 0)
block2(sep_2: Ptr(rpy_str), l_2: Ptr(GcArray(UniChar)), items_1: Ptr(GcArray(UniChar)), num_1: Signed, seplen_0: Signed, res_0: Ptr(rpy_str), pos_0: Signed, i_0: Signed):
    v_10: Bool = int_lt(i_0, num_1)  # line 650
    v_11: Bool = same_as(v_10)  # line 650
    switch v_11
    False --> return(res_0)
    True --> block3(sep_2, l_2, items_1, num_1, seplen_0, res_0, pos_0, i_0)
block3(sep_3: Ptr(rpy_str), l_3: Ptr(GcArray(UniChar)), items_2: Ptr(GcArray(UniChar)), num_2: Signed, seplen_1: Signed, res_1: Ptr(rpy_str), pos_1: Signed, i_1: Signed):
    v_12: Bool = int_gt(i_1, 0)  # line 651
    v_13: Bool = same_as(v_12)  # line 651
    switch v_13
    False --> block4(sep_3, l_3, items_2, num_2, seplen_1, res_1, pos_1, i_1)
    True --> block5(sep_3, l_3, items_2, num_2, seplen_1, res_1, pos_1, i_1)
block4(sep_4: Ptr(rpy_str), l_4: Ptr(GcArray(UniChar)), items_3: Ptr(GcArray(UniChar)), num_3: Signed, seplen_2: Signed, res_2: Ptr(rpy_str), pos_2: Signed, i_2: Signed):
    v_14: UniChar = getarrayitem(items_3, i_2)  # line 654
    v_15: Ptr(rpy_str) = same_as(res_2)  # line 654
    v_16: Void = setinteriorfield(v_15, 'chars', pos_2, v_14)  # line 654
    v_17: Signed = int_add(pos_2, 1)  # line 655
    v_18: Signed = int_add(i_2, 1)  # line 656
    --> block2(sep_4, l_4, items_3, num_3, seplen_2, res_2, v_17, v_18)
block5(sep_5: Ptr(rpy_str), l_5: Ptr(GcArray(UniChar)), items_4: Ptr(GcArray(UniChar)), num_4: Signed, seplen_3: Signed, res_3: Ptr(rpy_str), pos_3: Signed, i_3: Signed):
    v_19: Void = direct_call(graph _copy__rpy_str_Signed_rpy_str_Signed_Signed, res_3, pos_3, sep_5, 0, seplen_3)  # line 652
    v_20: Signed = int_add(pos_3, seplen_3)  # line 653
    --> block4(sep_5, l_5, items_4, num_4, seplen_3, res_3, v_20, i_3)
block6():
    v_21: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, 0)  # line 645
    --> return(v_21)

graph ll_items__array_UniChar(l_0: Ptr(GcArray(UniChar)))  # rlist.py:25
block0(l_0: Ptr(GcArray(UniChar))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_len__array_UniChar(l_0: Ptr(GcArray(UniChar)))  # rlist.py:31
block0(l_0: Ptr(GcArray(UniChar))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(UniChar))):
    v_2: Signed = getarraysize(l_1)  # line 33
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
