graph main(n_0: Signed)  # bytes_and_codecs.py:57
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph encoding, n_0)  # line 58
    v_1: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_0, '\x0a')  # line 58
    v_2: Ptr(rpy_str) = direct_call(graph decoding, n_0)  # line 58
    v_3: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_1, v_2)  # line 58
    v_4: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_3, '\x0a')  # line 58
    v_5: Ptr(rpy_str) = direct_call(graph operations, n_0)  # line 58
    v_6: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_4, v_5)  # line 58
    --> return(v_6)

graph encoding(n_0: Signed)  # bytes_and_codecs.py:11
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 12
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 12
    v_2: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, '\u20ac', v_1)  # line 12
    v_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 6)  # line 12
    v_4: Void = setarrayitem(v_3, 0, '')  # line 12
    v_5: Void = setarrayitem(v_3, 1, 'abc')  # line 12
    v_6: Void = setarrayitem(v_3, 2, 'caf\xe9')  # line 12
    v_7: Void = setarrayitem(v_3, 3, v_2)  # line 12
    v_8: Void = setarrayitem(v_3, 4, '\U0001f600')  # line 12
    v_9: Void = setarrayitem(v_3, 5, '\u0800\u07ff\uffff\U00010000\U0010ffff')  # line 12
    v_10: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 13
    v_11: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), v_3)  # line 14
    --> block1(n_0, v_3, v_10, v_11)
block1(n_1: Signed, texts_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), out_0: Ptr(list), iter10_0: Ptr(listiter)):
    v_12: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, iter10_0)  # line 14
    no exception --> block2(v_12, iter10_0, n_1, texts_0, out_0)
    StopIteration --> block3(n_1, out_0)
block2(item_0: Ptr(rpy_str), iter10_1: Ptr(listiter), n_2: Signed, texts_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), out_1: Ptr(list)):
    v_13: Ptr(rpy_str) = same_as(item_0)  # line 15
    v_14: Ptr(rpy_bytes) = direct_call(graph ll_encode_utf8__rpy_str, v_13)  # line 15
    v_15: Ptr(list) = same_as(out_1)  # line 16
    v_16: Signed = direct_call(graph ll_strlen__rpy_bytes, v_14)  # line 16
    v_17: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_16)  # line 16
    v_18: Ptr(rpy_str) = same_as(v_17)  # line 16
    v_19: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_18, ':')  # line 16
    v_20: Ptr(rpy_str) = direct_call(graph hexes, v_14)  # line 16
    v_21: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_19, v_20)  # line 16
    v_22: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_21, ':')  # line 16
    v_23: Ptr(rpy_bytes) = same_as(v_14)  # line 16
    v_24: Ptr(rpy_str) = direct_call(graph ll_decode_utf8__rpy_bytes, v_23)  # line 16
    v_25: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, v_24, item_0)  # line 16
    v_26: Signed = cast_bool_to_int(v_25)  # line 16
    v_27: Signed = same_as(v_26)  # line 16
    v_28: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_27)  # line 16
    v_29: Ptr(rpy_str) = same_as(v_28)  # line 16
    v_30: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_22, v_29)  # line 16
    v_31: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_15, v_30)  # line 16
    --> block1(n_2, texts_1, out_1, iter10_1)
block3(n_3: Signed, out_2: Ptr(list)):
    v_32: Signed = int_mod(n_3, 2)  # line 18
    v_33: Bool = int_ne(v_32, 0)  # line 18
    v_34: Signed = int_xor(v_32, 2)  # line 18
    v_35: Bool = int_lt(v_34, 0)  # line 18
    v_36: Signed = cast_bool_to_int(v_33)  # line 18
    v_37: Signed = cast_bool_to_int(v_35)  # line 18
    v_38: Signed = int_and(v_36, v_37)  # line 18
    v_39: Signed = int_mul(v_38, 2)  # line 18
    v_40: Signed = int_add(v_32, v_39)  # line 18
    no exception --> block4(v_40, n_3, out_2)
    Exception --> block9(out_2, last_exception_0, last_exc_value_0)
block4(t39_0: Signed, n_4: Signed, out_3: Ptr(list)):
    v_41: Signed = int_add(55296, t39_0)  # line 18
    v_42: UniChar = direct_call(graph ll_chr__Signed, v_41)  # line 18
    no exception --> block5(v_42, n_4, out_3)
    Exception --> block9(out_3, last_exception_1, last_exc_value_1)
block5(t42_0: UniChar, n_5: Signed, out_4: Ptr(list)):
    v_43: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, t42_0)  # line 18
    v_44: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'x', v_43)  # line 18
    v_45: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_5)  # line 18
    v_46: Ptr(rpy_str) = same_as(v_45)  # line 18
    no exception --> block6(v_44, v_46, out_4)
    Exception --> block9(out_4, last_exception_2, last_exc_value_2)
block6(t44_0: Ptr(rpy_str), t47_0: Ptr(rpy_str), out_5: Ptr(list)):
    v_47: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, t44_0, t47_0)  # line 18
    v_48: Ptr(rpy_str) = same_as(v_47)  # line 18
    v_49: Ptr(rpy_bytes) = direct_call(graph ll_encode_utf8__rpy_str, v_48)  # line 18
    no exception --> block7(out_5)
    Exception --> block9(out_5, last_exception_3, last_exc_value_3)
block7(out_6: Ptr(list)):
    v_50: Ptr(list) = same_as(out_6)  # line 19
    v_51: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_50, 'encoded')  # line 19
    no exception --> block8(out_6)
    Exception --> block9(out_6, last_exception_4, last_exc_value_4)
block8(out_7: Ptr(list)):
    v_52: UniChar = same_as(124)  # line 22
    v_53: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_52)  # line 22
    v_54: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_53, out_7)  # line 22
    --> return(v_54)
block9(out_8: Ptr(list), v_55: Ptr(object_vtable), v_56: Ptr(Exception)):
    v_57: Ptr(BaseException) = cast_pointer(v_56)  # line 20
    v_58: Ptr(object_vtable) = getfield(v_57, 'typeptr')  # line 20
    v_59: Signed = getfield(v_58, 'subclassrange_min')  # line 20
    v_60: Bool = int_between(5, v_59, 6)  # line 20
    v_61: Bool = same_as(v_60)  # line 20
    v_62: Bool = same_as(v_61)  # line 20
    switch v_62
    False --> raise(v_55, v_56)
    True --> block10(out_8)
block10(out_9: Ptr(list)):
    v_63: Ptr(list) = same_as(out_9)  # line 21
    v_64: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_63, 'UnicodeEncodeError')  # line 21
    --> block8(out_9)

graph hexes(b_0: Ptr(rpy_bytes))  # bytes_and_codecs.py:7
block0(b_0: Ptr(rpy_bytes)):
    v_0: UniChar = same_as(32)  # line 8
    v_1: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 8
    v_2: Ptr(striter) = direct_call(graph ll_striter__striter_rpy_bytes, Ptr(GcStruct striter { string: Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }), index: Signed }), b_0)  # line 8
    --> block1(b_0, v_2, v_0, v_1)
block1(b_1: Ptr(rpy_bytes), iter2_0: Ptr(striter), t0_0: UniChar, t1_0: Ptr(list)):
    v_3: Signed = direct_call(graph ll_strnext__striter, iter2_0)  # line 8
    no exception --> block2(v_3, iter2_0, t0_0, t1_0, b_1)
    StopIteration --> block3(t0_0, t1_0)
block2(item_0: Signed, iter2_1: Ptr(striter), t0_1: UniChar, t1_1: Ptr(list), b_2: Ptr(rpy_bytes)):
    v_4: Ptr(list) = same_as(t1_1)  # line 8
    v_5: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, item_0)  # line 8
    v_6: Ptr(rpy_str) = same_as(v_5)  # line 8
    v_7: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_4, v_6)  # line 8
    --> block1(b_2, iter2_1, t0_1, t1_1)
block3(t0_2: UniChar, t1_2: Ptr(list)):
    v_8: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, t0_2)  # line 8
    v_9: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_8, t1_2)  # line 8
    --> return(v_9)

graph decoding(n_0: Signed)  # bytes_and_codecs.py:34
block0(n_0: Signed):
    v_0: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }))) = direct_call(graph ll_newlist__array_rpy_bytes_Signed, Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }))), 14)  # line 35
    v_1: Void = setarrayitem(v_0, 0, <rpy_bytes>)  # line 35
    v_2: Void = setarrayitem(v_0, 1, <rpy_bytes>)  # line 35
    v_3: Void = setarrayitem(v_0, 2, <rpy_bytes>)  # line 35
    v_4: Void = setarrayitem(v_0, 3, <rpy_bytes>)  # line 35
    v_5: Void = setarrayitem(v_0, 4, <rpy_bytes>)  # line 35
    v_6: Void = setarrayitem(v_0, 5, <rpy_bytes>)  # line 35
    v_7: Void = setarrayitem(v_0, 6, <rpy_bytes>)  # line 35
    v_8: Void = setarrayitem(v_0, 7, <rpy_bytes>)  # line 35
    v_9: Void = setarrayitem(v_0, 8, <rpy_bytes>)  # line 35
    v_10: Void = setarrayitem(v_0, 9, <rpy_bytes>)  # line 35
    v_11: Void = setarrayitem(v_0, 10, <rpy_bytes>)  # line 35
    v_12: Void = setarrayitem(v_0, 11, <rpy_bytes>)  # line 35
    v_13: Void = setarrayitem(v_0, 12, <rpy_bytes>)  # line 35
    v_14: Void = setarrayitem(v_0, 13, <rpy_bytes>)  # line 35
    v_15: UniChar = same_as(124)  # line 37
    v_16: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 37
    v_17: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_bytes_array_rpy_bytes, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }))), index: Signed }), v_0)  # line 37
    --> block1(n_0, v_0, v_17, v_15, v_16)
block1(n_1: Signed, samples_0: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }))), iter16_0: Ptr(listiter), t14_0: UniChar, t15_0: Ptr(list)):
    v_18: Ptr(rpy_bytes) = direct_call(graph ll_listnext__listiter_array_rpy_bytes, iter16_0)  # line 37
    no exception --> block2(v_18, iter16_0, t14_0, t15_0, n_1, samples_0)
    StopIteration --> block3(n_1, t14_0, t15_0)
block2(item_0: Ptr(rpy_bytes), iter16_1: Ptr(listiter), t14_1: UniChar, t15_1: Ptr(list), n_2: Signed, samples_1: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) })))):
    v_19: Ptr(list) = same_as(t15_1)  # line 37
    v_20: Ptr(rpy_str) = direct_call(graph decode_all, item_0)  # line 37
    v_21: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_19, v_20)  # line 37
    --> block1(n_2, samples_1, iter16_1, t14_1, t15_1)
block3(n_3: Signed, t14_2: UniChar, t15_2: Ptr(list)):
    v_22: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, t14_2)  # line 37
    v_23: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_22, t15_2)  # line 37
    v_24: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_23, '|')  # line 37
    v_25: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_3)  # line 37
    v_26: Ptr(rpy_str) = same_as(v_25)  # line 37
    v_27: Ptr(rpy_str) = same_as(v_26)  # line 37
    v_28: Ptr(rpy_bytes) = direct_call(graph ll_encode_utf8__rpy_str, v_27)  # line 37
    v_29: Ptr(rpy_bytes) = direct_call(graph ll_strconcat__rpy_bytes_rpy_bytes, v_28, <rpy_bytes>)  # line 37
    v_30: Ptr(rpy_str) = direct_call(graph decode_all, v_29)  # line 37
    v_31: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, v_24, v_30)  # line 37
    --> return(v_31)

graph decode_all(data_0: Ptr(rpy_bytes))  # bytes_and_codecs.py:25
block0(data_0: Ptr(rpy_bytes)):
    v_0: Ptr(rpy_bytes) = same_as(data_0)  # line 26
    v_1: Ptr(rpy_str) = direct_call(graph ll_decode_utf8_replace__rpy_bytes, v_0)  # line 26
    v_2: Ptr(rpy_bytes) = same_as(data_0)  # line 26
    v_3: Ptr(rpy_str) = direct_call(graph ll_decode_utf8_ignore__rpy_bytes, v_2)  # line 26
    v_4: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 2)  # line 26
    v_5: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(v_4, 'items')  # line 26
    v_6: Void = setarrayitem(v_5, 0, v_1)  # line 26
    v_7: Void = setarrayitem(v_5, 1, v_3)  # line 26
    v_8: Ptr(list) = same_as(v_4)  # line 28
    v_9: Ptr(rpy_bytes) = same_as(data_0)  # line 28
    v_10: Ptr(rpy_str) = direct_call(graph ll_decode_utf8__rpy_bytes, v_9)  # line 28
    no exception --> block1(v_10, v_8, v_4)
    Exception --> block3(v_4, last_exception_0, last_exc_value_0)
block1(t10_0: Ptr(rpy_str), t8_0: Ptr(list), out_0: Ptr(list)):
    v_11: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, t8_0, t10_0)  # line 28
    no exception --> block2(out_0)
    Exception --> block3(out_0, last_exception_1, last_exc_value_1)
block2(out_1: Ptr(list)):
    v_12: UniChar = same_as(47)  # line 31
    v_13: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_12)  # line 31
    v_14: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_13, out_1)  # line 31
    --> return(v_14)
block3(out_2: Ptr(list), v_15: Ptr(object_vtable), v_16: Ptr(Exception)):
    v_17: Ptr(BaseException) = cast_pointer(v_16)  # line 29
    v_18: Ptr(object_vtable) = getfield(v_17, 'typeptr')  # line 29
    v_19: Signed = getfield(v_18, 'subclassrange_min')  # line 29
    v_20: Bool = int_between(6, v_19, 7)  # line 29
    v_21: Bool = same_as(v_20)  # line 29
    v_22: Bool = same_as(v_21)  # line 29
    switch v_22
    False --> raise(v_15, v_16)
    True --> block4(out_2)
block4(out_3: Ptr(list)):
    v_23: Ptr(list) = same_as(out_3)  # line 30
    v_24: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_23, 'UnicodeDecodeError')  # line 30
    --> block2(out_3)

graph operations(n_0: Signed)  # bytes_and_codecs.py:40
block0(n_0: Signed):
    v_0: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 41
    v_1: Ptr(rpy_str) = same_as(v_0)  # line 41
    v_2: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'h\xe9llo', v_1)  # line 41
    v_3: Ptr(rpy_str) = same_as(v_2)  # line 41
    v_4: Ptr(rpy_bytes) = direct_call(graph ll_encode_utf8__rpy_str, v_3)  # line 41
    v_5: Signed = direct_call(graph ll_stritem__rpy_bytes_Signed, v_4, 0)  # line 42
    v_6: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_5)  # line 42
    v_7: Ptr(rpy_str) = same_as(v_6)  # line 42
    v_8: Signed = direct_call(graph ll_stritem__rpy_bytes_Signed, v_4, 1)  # line 42
    v_9: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_8)  # line 42
    v_10: Ptr(rpy_str) = same_as(v_9)  # line 42
    v_11: Signed = direct_call(graph ll_stritem__rpy_bytes_Signed, v_4, -1)  # line 42
    v_12: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_11)  # line 42
    v_13: Ptr(rpy_str) = same_as(v_12)  # line 42
    v_14: Signed = direct_call(graph ll_strlen__rpy_bytes, v_4)  # line 42
    v_15: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_14)  # line 42
    v_16: Ptr(rpy_str) = same_as(v_15)  # line 42
    v_17: Ptr(rpy_bytes) = direct_call(graph ll_strslice__rpy_bytes_Signed_Signed, v_4, 1, 3)  # line 42
    v_18: Ptr(rpy_str) = direct_call(graph hexes, v_17)  # line 42
    v_19: Ptr(rpy_bytes) = direct_call(graph ll_strslice__rpy_bytes_Signed_Signed, v_4, -2, 9223372036854775807)  # line 42
    v_20: Ptr(rpy_str) = direct_call(graph hexes, v_19)  # line 42
    v_21: Ptr(rpy_bytes) = direct_call(graph ll_strslice__rpy_bytes_Signed_Signed, v_4, 5, 2)  # line 42
    v_22: Ptr(rpy_str) = direct_call(graph hexes, v_21)  # line 42
    v_23: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 7)  # line 42
    v_24: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = getfield(v_23, 'items')  # line 42
    v_25: Void = setarrayitem(v_24, 0, v_7)  # line 42
    v_26: Void = setarrayitem(v_24, 1, v_10)  # line 42
    v_27: Void = setarrayitem(v_24, 2, v_13)  # line 42
    v_28: Void = setarrayitem(v_24, 3, v_16)  # line 42
    v_29: Void = setarrayitem(v_24, 4, v_18)  # line 42
    v_30: Void = setarrayitem(v_24, 5, v_20)  # line 42
    v_31: Void = setarrayitem(v_24, 6, v_22)  # line 42
    v_32: Ptr(list) = same_as(v_23)  # line 44
    v_33: Signed = direct_call(graph ll_stritem__rpy_bytes_Signed, v_4, n_0)  # line 44
    no exception --> block1(v_32, v_33, n_0, v_4, v_23)
    Exception --> block10(n_0, v_4, v_23, last_exception_0, last_exc_value_0)
block1(t43_0: Ptr(list), t47_0: Signed, n_1: Signed, data_0: Ptr(rpy_bytes), parts_0: Ptr(list)):
    v_34: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t47_0)  # line 44
    v_35: Ptr(rpy_str) = same_as(v_34)  # line 44
    no exception --> block2(t43_0, v_35, n_1, data_0, parts_0)
    Exception --> block10(n_1, data_0, parts_0, last_exception_1, last_exc_value_1)
block2(t43_1: Ptr(list), t49_0: Ptr(rpy_str), n_2: Signed, data_1: Ptr(rpy_bytes), parts_1: Ptr(list)):
    v_36: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, t43_1, t49_0)  # line 44
    no exception --> block3(n_2, data_1, parts_1)
    Exception --> block10(n_2, data_1, parts_1, last_exception_2, last_exc_value_2)
block3(n_3: Signed, data_2: Ptr(rpy_bytes), parts_2: Ptr(list)):
    v_37: Ptr(rpy_bytes) = direct_call(graph ll_strconcat__rpy_bytes_rpy_bytes, data_2, <rpy_bytes>)  # line 48
    v_38: UniChar = same_as(252)  # line 48
    v_39: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_38)  # line 48
    v_40: Ptr(rpy_bytes) = direct_call(graph ll_encode_utf8__rpy_str, v_39)  # line 48
    v_41: Ptr(rpy_bytes) = direct_call(graph ll_strconcat__rpy_bytes_rpy_bytes, v_37, v_40)  # line 48
    v_42: Ptr(striter) = direct_call(graph ll_striter__striter_rpy_bytes, Ptr(GcStruct striter { string: Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }), index: Signed }), v_41)  # line 48
    --> block4(n_3, data_2, parts_2, 0, v_42)
block4(n_4: Signed, data_3: Ptr(rpy_bytes), parts_3: Ptr(list), total_0: Signed, iter61_0: Ptr(striter)):
    v_43: Signed = direct_call(graph ll_strnext__striter, iter61_0)  # line 48
    no exception --> block5(v_43, iter61_0, n_4, data_3, parts_3, total_0)
    StopIteration --> block6(n_4, data_3, parts_3, total_0, iter61_0)
block5(item_0: Signed, iter61_1: Ptr(striter), n_5: Signed, data_4: Ptr(rpy_bytes), parts_4: Ptr(list), total_1: Signed):
    v_44: Signed = int_mul(total_1, 31)  # line 49
    v_45: Signed = int_mod(v_44, 65521)  # line 49
    v_46: Bool = int_ne(v_45, 0)  # line 49
    v_47: Signed = int_xor(v_45, 65521)  # line 49
    v_48: Bool = int_lt(v_47, 0)  # line 49
    v_49: Signed = cast_bool_to_int(v_46)  # line 49
    v_50: Signed = cast_bool_to_int(v_48)  # line 49
    v_51: Signed = int_and(v_49, v_50)  # line 49
    v_52: Signed = int_mul(v_51, 65521)  # line 49
    v_53: Signed = int_add(v_45, v_52)  # line 49
    v_54: Signed = int_add(v_53, item_0)  # line 49
    --> block4(n_5, data_4, parts_4, v_54, iter61_1)
block6(n_6: Signed, data_5: Ptr(rpy_bytes), parts_5: Ptr(list), total_2: Signed, iter61_2: Ptr(striter)):
    v_55: Ptr(list) = same_as(parts_5)  # line 50
    v_56: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, total_2)  # line 50
    v_57: Ptr(rpy_str) = same_as(v_56)  # line 50
    v_58: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_55, v_57)  # line 50
    v_59: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_6)  # line 51
    v_60: Ptr(rpy_str) = same_as(v_59)  # line 51
    v_61: Ptr(rpy_str) = same_as(v_60)  # line 51
    v_62: Ptr(rpy_bytes) = direct_call(graph ll_encode_utf8__rpy_str, v_61)  # line 51
    v_63: Ptr(list) = same_as(parts_5)  # line 53
    v_64: Ptr(rpy_str) = same_as('')  # line 53
    v_65: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 53
    v_66: Bool = direct_call(graph ll_streq__rpy_bytes_rpy_bytes, v_62, <rpy_bytes>)  # line 53
    v_67: Bool = direct_call(graph ll_streq__rpy_bytes_rpy_bytes, v_62, <rpy_bytes>)  # line 53
    v_68: Bool = bool_not(v_67)  # line 53
    v_69: Signed = direct_call(graph ll_strcmp__rpy_bytes_rpy_bytes, v_62, <rpy_bytes>)  # line 53
    v_70: Bool = int_lt(v_69, 0)  # line 53
    v_71: Signed = direct_call(graph ll_strcmp__rpy_bytes_rpy_bytes, v_62, <rpy_bytes>)  # line 53
    v_72: Bool = int_le(v_71, 0)  # line 53
    v_73: Signed = direct_call(graph ll_strcmp__rpy_bytes_rpy_bytes, v_62, <rpy_bytes>)  # line 53
    v_74: Bool = int_gt(v_73, 0)  # line 53
    v_75: Signed = direct_call(graph ll_strcmp__rpy_bytes_rpy_bytes, v_62, <rpy_bytes>)  # line 53
    v_76: Bool = int_ge(v_75, 0)  # line 53
    v_77: Bool = direct_call(graph ll_str_is_true__rpy_bytes, v_62)  # line 53
    v_78: Bool = direct_call(graph ll_str_is_true__rpy_bytes, <rpy_bytes>)  # line 53
    v_79: Ptr(rpy_bytes) = direct_call(graph ll_strslice__rpy_bytes_Signed_Signed, v_62, 0, 0)  # line 53
    v_80: Bool = direct_call(graph ll_streq__rpy_bytes_rpy_bytes, <rpy_bytes>, v_79)  # line 53
    v_81: Ptr(GcArray(Bool)) = direct_call(graph ll_newlist__array_Bool_Signed, Ptr(GcArray(Bool)), 9)  # line 53
    v_82: Void = setarrayitem(v_81, 0, v_66)  # line 53
    v_83: Void = setarrayitem(v_81, 1, v_68)  # line 53
    v_84: Void = setarrayitem(v_81, 2, v_70)  # line 53
    v_85: Void = setarrayitem(v_81, 3, v_72)  # line 53
    v_86: Void = setarrayitem(v_81, 4, v_74)  # line 53
    v_87: Void = setarrayitem(v_81, 5, v_76)  # line 53
    v_88: Void = setarrayitem(v_81, 6, v_77)  # line 53
    v_89: Void = setarrayitem(v_81, 7, v_78)  # line 53
    v_90: Void = setarrayitem(v_81, 8, v_80)  # line 53
    v_91: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_Bool_array_Bool, Ptr(GcStruct listiter { list: Ptr(GcArray(Bool)), index: Signed }), v_81)  # line 53
    --> block7(n_6, data_5, parts_5, total_2, v_62, v_91, iter61_2, v_63, v_64, v_65)
block7(n_7: Signed, data_6: Ptr(rpy_bytes), parts_6: Ptr(list), total_3: Signed, a_0: Ptr(rpy_bytes), iter101_0: Ptr(listiter), iter61_3: Ptr(striter), t75_0: Ptr(list), t76_0: Ptr(rpy_str), t77_0: Ptr(list)):
    v_92: Bool = direct_call(graph ll_listnext__listiter_array_Bool, iter101_0)  # line 53
    no exception --> block8(v_92, iter101_0, iter61_3, t75_0, t76_0, t77_0, n_7, data_6, parts_6, total_3, a_0)
    StopIteration --> block9(parts_6, t75_0, t76_0, t77_0)
block8(item_1: Bool, iter101_1: Ptr(listiter), iter61_4: Ptr(striter), t75_1: Ptr(list), t76_1: Ptr(rpy_str), t77_1: Ptr(list), n_8: Signed, data_7: Ptr(rpy_bytes), parts_7: Ptr(list), total_4: Signed, a_1: Ptr(rpy_bytes)):
    v_93: Ptr(list) = same_as(t77_1)  # line 53
    v_94: Signed = cast_bool_to_int(item_1)  # line 53
    v_95: Signed = same_as(v_94)  # line 53
    v_96: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_95)  # line 53
    v_97: Ptr(rpy_str) = same_as(v_96)  # line 53
    v_98: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_93, v_97)  # line 53
    --> block7(n_8, data_7, parts_7, total_4, a_1, iter101_1, iter61_4, t75_1, t76_1, t77_1)
block9(parts_8: Ptr(list), t75_2: Ptr(list), t76_2: Ptr(rpy_str), t77_2: Ptr(list)):
    v_99: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, t76_2, t77_2)  # line 53
    v_100: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, t75_2, v_99)  # line 53
    v_101: UniChar = same_as(32)  # line 54
    v_102: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_101)  # line 54
    v_103: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_102, parts_8)  # line 54
    --> return(v_103)
block10(n_9: Signed, data_8: Ptr(rpy_bytes), parts_9: Ptr(list), v_104: Ptr(object_vtable), v_105: Ptr(Exception)):
    v_106: Ptr(BaseException) = cast_pointer(v_105)  # line 45
    v_107: Ptr(object_vtable) = getfield(v_106, 'typeptr')  # line 45
    v_108: Signed = getfield(v_107, 'subclassrange_min')  # line 45
    v_109: Bool = int_between(8, v_108, 9)  # line 45
    v_110: Bool = same_as(v_109)  # line 45
    v_111: Bool = same_as(v_110)  # line 45
    switch v_111
    False --> raise(v_104, v_105)
    True --> block11(n_9, data_8, parts_9)
block11(n_10: Signed, data_9: Ptr(rpy_bytes), parts_10: Ptr(list)):
    v_112: Ptr(list) = same_as(parts_10)  # line 46
    v_113: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_112, 'IndexError')  # line 46
    --> block3(n_10, data_9, parts_10)

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

graph ll_encode_utf8__rpy_str(s_0: Ptr(rpy_str))  # rbytes.py:33
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 34
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 34
    --> block1(s_0, v_1, 0, 0)
block1(s_1: Ptr(rpy_str), length_0: Signed, size_0: Signed, i_0: Signed):
    v_2: Bool = int_lt(i_0, length_0)  # line 37
    v_3: Bool = same_as(v_2)  # line 37
    switch v_3
    False --> block2(s_1, length_0, size_0)
    True --> block12(s_1, length_0, size_0, i_0)
block2(s_2: Ptr(rpy_str), length_1: Signed, size_1: Signed):
    v_4: Ptr(rpy_bytes) = malloc_varsize(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }, 'gc', size_1)  # line 40
    --> block3(s_2, length_1, size_1, 0, v_4, 0)
block3(s_3: Ptr(rpy_str), length_2: Signed, size_2: Signed, i_1: Signed, b_0: Ptr(rpy_bytes), pos_0: Signed):
    v_5: Bool = int_lt(i_1, length_2)  # line 43
    v_6: Bool = same_as(v_5)  # line 43
    switch v_6
    False --> return(b_0)
    True --> block4(s_3, length_2, size_2, i_1, b_0, pos_0)
block4(s_4: Ptr(rpy_str), length_3: Signed, size_3: Signed, i_2: Signed, b_1: Ptr(rpy_bytes), pos_1: Signed):
    v_7: Ptr(rpy_str) = same_as(s_4)  # line 44
    v_8: UniChar = getinteriorfield(v_7, 'chars', i_2)  # line 44
    v_9: Signed = cast_unichar_to_int(v_8)  # line 44
    v_10: Bool = int_lt(v_9, 128)  # line 45
    v_11: Bool = same_as(v_10)  # line 45
    switch v_11
    False --> block5(s_4, length_3, size_3, i_2, b_1, pos_1, v_9)
    True --> block11(s_4, length_3, size_3, i_2, b_1, pos_1, v_9)
block5(s_5: Ptr(rpy_str), length_4: Signed, size_4: Signed, i_3: Signed, b_2: Ptr(rpy_bytes), pos_2: Signed, code_0: Signed):
    v_12: Bool = int_lt(code_0, 2048)  # line 48
    v_13: Bool = same_as(v_12)  # line 48
    switch v_13
    False --> block6(s_5, length_4, size_4, i_3, b_2, pos_2, code_0)
    True --> block10(s_5, length_4, size_4, i_3, b_2, pos_2, code_0)
block6(s_6: Ptr(rpy_str), length_5: Signed, size_5: Signed, i_4: Signed, b_3: Ptr(rpy_bytes), pos_3: Signed, code_1: Signed):
    v_14: Bool = int_lt(code_1, 65536)  # line 52
    v_15: Bool = same_as(v_14)  # line 52
    switch v_15
    False --> block7(s_6, length_5, size_5, i_4, b_3, pos_3, code_1)
    True --> block9(s_6, length_5, size_5, i_4, b_3, pos_3, code_1)
block7(s_7: Ptr(rpy_str), length_6: Signed, size_6: Signed, i_5: Signed, b_4: Ptr(rpy_bytes), pos_4: Signed, code_2: Signed):
    v_16: Signed = int_rshift(code_2, 18)  # line 58
    v_17: Signed = int_or(240, v_16)  # line 58
    v_18: Ptr(rpy_bytes) = same_as(b_4)  # line 58
    v_19: Char = cast_int_to_char(v_17)  # line 58
    v_20: Void = setinteriorfield(v_18, 'chars', pos_4, v_19)  # line 58
    v_21: Signed = int_rshift(code_2, 12)  # line 59
    v_22: Signed = int_and(v_21, 63)  # line 59
    v_23: Signed = int_or(128, v_22)  # line 59
    v_24: Ptr(rpy_bytes) = same_as(b_4)  # line 59
    v_25: Signed = int_add(pos_4, 1)  # line 59
    v_26: Char = cast_int_to_char(v_23)  # line 59
    v_27: Void = setinteriorfield(v_24, 'chars', v_25, v_26)  # line 59
    v_28: Signed = int_rshift(code_2, 6)  # line 60
    v_29: Signed = int_and(v_28, 63)  # line 60
    v_30: Signed = int_or(128, v_29)  # line 60
    v_31: Ptr(rpy_bytes) = same_as(b_4)  # line 60
    v_32: Signed = int_add(pos_4, 2)  # line 60
    v_33: Char = cast_int_to_char(v_30)  # line 60
    v_34: Void = setinteriorfield(v_31, 'chars', v_32, v_33)  # line 60
    v_35: Signed = int_and(code_2, 63)  # line 61
    v_36: Signed = int_or(128, v_35)  # line 61
    v_37: Ptr(rpy_bytes) = same_as(b_4)  # line 61
    v_38: Signed = int_add(pos_4, 3)  # line 61
    v_39: Char = cast_int_to_char(v_36)  # line 61
    v_40: Void = setinteriorfield(v_37, 'chars', v_38, v_39)  # line 61
    v_41: Signed = int_add(pos_4, 4)  # line 62
    --> block8(s_7, length_6, size_6, i_5, b_4, v_41)
block8(s_8: Ptr(rpy_str), length_7: Signed, size_7: Signed, i_6: Signed, b_5: Ptr(rpy_bytes), pos_5: Signed):
    v_42: Signed = int_add(i_6, 1)  # line 63
    --> block3(s_8, length_7, size_7, v_42, b_5, pos_5)
block9(s_9: Ptr(rpy_str), length_8: Signed, size_8: Signed, i_7: Signed, b_6: Ptr(rpy_bytes), pos_6: Signed, code_3: Signed):
    v_43: Signed = int_rshift(code_3, 12)  # line 53
    v_44: Signed = int_or(224, v_43)  # line 53
    v_45: Ptr(rpy_bytes) = same_as(b_6)  # line 53
    v_46: Char = cast_int_to_char(v_44)  # line 53
    v_47: Void = setinteriorfield(v_45, 'chars', pos_6, v_46)  # line 53
    v_48: Signed = int_rshift(code_3, 6)  # line 54
    v_49: Signed = int_and(v_48, 63)  # line 54
    v_50: Signed = int_or(128, v_49)  # line 54
    v_51: Ptr(rpy_bytes) = same_as(b_6)  # line 54
    v_52: Signed = int_add(pos_6, 1)  # line 54
    v_53: Char = cast_int_to_char(v_50)  # line 54
    v_54: Void = setinteriorfield(v_51, 'chars', v_52, v_53)  # line 54
    v_55: Signed = int_and(code_3, 63)  # line 55
    v_56: Signed = int_or(128, v_55)  # line 55
    v_57: Ptr(rpy_bytes) = same_as(b_6)  # line 55
    v_58: Signed = int_add(pos_6, 2)  # line 55
    v_59: Char = cast_int_to_char(v_56)  # line 55
    v_60: Void = setinteriorfield(v_57, 'chars', v_58, v_59)  # line 55
    v_61: Signed = int_add(pos_6, 3)  # line 56
    --> block8(s_9, length_8, size_8, i_7, b_6, v_61)
block10(s_10: Ptr(rpy_str), length_9: Signed, size_9: Signed, i_8: Signed, b_7: Ptr(rpy_bytes), pos_7: Signed, code_4: Signed):
    v_62: Signed = int_rshift(code_4, 6)  # line 49
    v_63: Signed = int_or(192, v_62)  # line 49
    v_64: Ptr(rpy_bytes) = same_as(b_7)  # line 49
    v_65: Char = cast_int_to_char(v_63)  # line 49
    v_66: Void = setinteriorfield(v_64, 'chars', pos_7, v_65)  # line 49
    v_67: Signed = int_and(code_4, 63)  # line 50
    v_68: Signed = int_or(128, v_67)  # line 50
    v_69: Ptr(rpy_bytes) = same_as(b_7)  # line 50
    v_70: Signed = int_add(pos_7, 1)  # line 50
    v_71: Char = cast_int_to_char(v_68)  # line 50
    v_72: Void = setinteriorfield(v_69, 'chars', v_70, v_71)  # line 50
    v_73: Signed = int_add(pos_7, 2)  # line 51
    --> block8(s_10, length_9, size_9, i_8, b_7, v_73)
block11(s_11: Ptr(rpy_str), length_10: Signed, size_10: Signed, i_9: Signed, b_8: Ptr(rpy_bytes), pos_8: Signed, code_5: Signed):
    v_74: Ptr(rpy_bytes) = same_as(b_8)  # line 46
    v_75: Char = cast_int_to_char(code_5)  # line 46
    v_76: Void = setinteriorfield(v_74, 'chars', pos_8, v_75)  # line 46
    v_77: Signed = int_add(pos_8, 1)  # line 47
    --> block8(s_11, length_10, size_10, i_9, b_8, v_77)
block12(s_12: Ptr(rpy_str), length_11: Signed, size_11: Signed, i_10: Signed):
    v_78: Ptr(rpy_str) = same_as(s_12)  # line 38
    v_79: UniChar = getinteriorfield(v_78, 'chars', i_10)  # line 38
    v_80: Signed = cast_unichar_to_int(v_79)  # line 38
    v_81: Signed = direct_call(graph _utf8_size__Signed, v_80)  # line 38
    v_82: Signed = int_add(size_11, v_81)  # line 38
    v_83: Signed = int_add(i_10, 1)  # line 39
    --> block1(s_12, length_11, v_82, v_83)

graph _utf8_size__Signed(code_0: Signed)  # rbytes.py:21
block0(code_0: Signed):
    v_0: Bool = int_lt(code_0, 128)  # line 22
    v_1: Bool = same_as(v_0)  # line 22
    switch v_1
    False --> block1(code_0)
    True --> return(1)
block1(code_1: Signed):
    v_2: Bool = int_lt(code_1, 2048)  # line 24
    v_3: Bool = same_as(v_2)  # line 24
    switch v_3
    False --> block2(code_1)
    True --> return(2)
block2(code_2: Signed):
    v_4: Bool = int_lt(code_2, 65536)  # line 26
    v_5: Bool = same_as(v_4)  # line 26
    switch v_5
    False --> return(4)
    True --> block3(code_2)
block3(code_3: Signed):
    v_6: Bool = int_le(55296, code_3)  # line 27
    v_7: Bool = same_as(v_6)  # line 27
    switch v_7
    False --> block4(v_6)
    True --> block6(code_3)
block4(v_8: Bool):
    v_9: Bool = same_as(v_8)  # line 27
    switch v_9
    False --> return(3)
    True --> block5()
block5():
    v_10: Ptr(UnicodeEncodeError) = malloc(GcStruct UnicodeEncodeError { super: GcStruct UnicodeError { super: GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } } }, 'gc')  # line 28
    v_11: Ptr(BaseException) = cast_pointer(v_10)  # line 28
    v_12: Void = setfield(v_11, 'typeptr', vtable UnicodeEncodeError [5, 6))  # line 28
    v_13: Ptr(BaseException) = cast_pointer(v_10)  # line 28
    v_14: Ptr(object_vtable) = getfield(v_13, 'typeptr')  # line 28
    --> raise(v_14, v_10)
block6(t5_0: Signed):
    v_15: Bool = int_le(t5_0, 57343)  # line 27
    --> block4(v_15)

graph ll_strlen__rpy_bytes(s_0: Ptr(rpy_bytes))  # rstr.py:39
block0(s_0: Ptr(rpy_bytes)):
    v_0: Ptr(rpy_bytes) = same_as(s_0)  # line 40
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 40
    --> return(v_1)

graph ll_decode_utf8__rpy_bytes(b_0: Ptr(rpy_bytes))  # rbytes.py:123
block0(b_0: Ptr(rpy_bytes)):
    v_0: Ptr(rpy_str) = direct_call(graph _decode_utf8__rpy_bytes_Signed, b_0, 0)  # line 124
    --> return(v_0)

graph _decode_utf8__rpy_bytes_Signed(b_0: Ptr(rpy_bytes), errors_0: Signed)  # rbytes.py:67
block0(b_0: Ptr(rpy_bytes), errors_0: Signed):
    v_0: Ptr(rpy_bytes) = same_as(b_0)  # line 68
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 68
    v_2: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, v_1)  # line 69
    --> block1(b_0, errors_0, v_1, v_2, 0, 0)
block1(b_1: Ptr(rpy_bytes), errors_1: Signed, length_0: Signed, res_0: Ptr(rpy_str), n_0: Signed, i_0: Signed):
    v_3: Bool = int_lt(i_0, length_0)  # line 72
    v_4: Bool = same_as(v_3)  # line 72
    switch v_4
    False --> block2(res_0, n_0)
    True --> block3(b_1, errors_1, length_0, res_0, n_0, i_0)
block2(res_1: Ptr(rpy_str), n_1: Signed):
    v_5: Ptr(rpy_str) = direct_call(graph ll_strslice__rpy_str_Signed_Signed, res_1, 0, n_1)  # line 120
    --> return(v_5)
block3(b_2: Ptr(rpy_bytes), errors_2: Signed, length_1: Signed, res_2: Ptr(rpy_str), n_2: Signed, i_1: Signed):
    v_6: Ptr(rpy_bytes) = same_as(b_2)  # line 73
    v_7: Char = getinteriorfield(v_6, 'chars', i_1)  # line 73
    v_8: Signed = cast_char_to_int(v_7)  # line 73
    v_9: Bool = int_lt(v_8, 128)  # line 74
    v_10: Bool = same_as(v_9)  # line 74
    switch v_10
    False --> block4(b_2, errors_2, length_1, res_2, n_2, i_1, v_8)
    True --> block29(b_2, errors_2, length_1, res_2, n_2, i_1, v_8)
block4(b_3: Ptr(rpy_bytes), errors_3: Signed, length_2: Signed, res_3: Ptr(rpy_str), n_3: Signed, i_2: Signed, first_0: Signed):
    v_11: Bool = int_lt(first_0, 194)  # line 79
    v_12: Bool = same_as(v_11)  # line 79
    switch v_12
    False --> block5(b_3, errors_3, length_2, res_3, n_3, i_2, first_0)
    True --> block9(b_3, errors_3, length_2, res_3, n_3, i_2, first_0, 0, 0, 0)
block5(b_4: Ptr(rpy_bytes), errors_4: Signed, length_3: Signed, res_4: Ptr(rpy_str), n_4: Signed, i_3: Signed, first_1: Signed):
    v_13: Bool = int_gt(first_1, 244)  # line 79
    v_14: Bool = same_as(v_13)  # line 79
    switch v_14
    False --> block6(b_4, errors_4, length_3, res_4, n_4, i_3, first_1)
    True --> block9(b_4, errors_4, length_3, res_4, n_4, i_3, first_1, 0, 0, 0)
block6(b_5: Ptr(rpy_bytes), errors_5: Signed, length_4: Signed, res_5: Ptr(rpy_str), n_5: Signed, i_4: Signed, first_2: Signed):
    v_15: Bool = int_lt(first_2, 224)  # line 82
    v_16: Bool = same_as(v_15)  # line 82
    switch v_16
    False --> block7(b_5, errors_5, length_4, res_5, n_5, i_4, first_2)
    True --> block28(b_5, errors_5, length_4, res_5, n_5, i_4, first_2)
block7(b_6: Ptr(rpy_bytes), errors_6: Signed, length_5: Signed, res_6: Ptr(rpy_str), n_6: Signed, i_5: Signed, first_3: Signed):
    v_17: Bool = int_lt(first_3, 240)  # line 85
    v_18: Bool = same_as(v_17)  # line 85
    switch v_18
    False --> block8(b_6, errors_6, length_5, res_6, n_6, i_5, first_3)
    True --> block27(b_6, errors_6, length_5, res_6, n_6, i_5, first_3)
block8(b_7: Ptr(rpy_bytes), errors_7: Signed, length_6: Signed, res_7: Ptr(rpy_str), n_7: Signed, i_6: Signed, first_4: Signed):
    v_19: Signed = int_and(first_4, 7)  # line 90
    --> block9(b_7, errors_7, length_6, res_7, n_7, i_6, first_4, 3, v_19, 0)
block9(b_8: Ptr(rpy_bytes), errors_8: Signed, length_7: Signed, res_8: Ptr(rpy_str), n_8: Signed, i_7: Signed, first_5: Signed, need_0: Signed, code_0: Signed, k_0: Signed):
    v_20: Bool = int_lt(k_0, need_0)  # line 92
    v_21: Bool = same_as(v_20)  # line 92
    switch v_21
    False --> block10(b_8, errors_8, length_7, res_8, n_8, i_7, need_0, code_0, k_0)
    True --> block18(b_8, errors_8, length_7, res_8, n_8, i_7, first_5, need_0, code_0, k_0)
block10(b_9: Ptr(rpy_bytes), errors_9: Signed, length_8: Signed, res_9: Ptr(rpy_str), n_9: Signed, i_8: Signed, need_1: Signed, code_1: Signed, k_1: Signed):
    v_22: Bool = int_gt(need_1, 0)  # line 111
    v_23: Bool = same_as(v_22)  # line 111
    switch v_23
    False --> block11(b_9, errors_9, length_8, res_9, n_9, i_8, k_1)
    True --> block16(b_9, errors_9, length_8, res_9, n_9, i_8, need_1, code_1, k_1)
block11(b_10: Ptr(rpy_bytes), errors_10: Signed, length_9: Signed, res_10: Ptr(rpy_str), n_10: Signed, i_9: Signed, k_2: Signed):
    v_24: Bool = int_eq(errors_10, 0)  # line 114
    v_25: Bool = same_as(v_24)  # line 114
    switch v_25
    False --> block12(b_10, errors_10, length_9, res_10, n_10, i_9, k_2)
    True --> block15()
block12(b_11: Ptr(rpy_bytes), errors_11: Signed, length_10: Signed, res_11: Ptr(rpy_str), n_11: Signed, i_10: Signed, k_3: Signed):
    v_26: Bool = int_eq(errors_11, 1)  # line 116
    v_27: Bool = same_as(v_26)  # line 116
    switch v_27
    False --> block13(b_11, errors_11, length_10, res_11, n_11, i_10, k_3)
    True --> block14(b_11, errors_11, length_10, res_11, n_11, i_10, k_3)
block13(b_12: Ptr(rpy_bytes), errors_12: Signed, length_11: Signed, res_12: Ptr(rpy_str), n_12: Signed, i_11: Signed, k_4: Signed):
    v_28: Signed = int_add(k_4, 1)  # line 119
    v_29: Signed = int_add(i_11, v_28)  # line 119
    --> block1(b_12, errors_12, length_11, res_12, n_12, v_29)
block14(b_13: Ptr(rpy_bytes), errors_13: Signed, length_12: Signed, res_13: Ptr(rpy_str), n_13: Signed, i_12: Signed, k_5: Signed):
    v_30: Ptr(rpy_str) = same_as(res_13)  # line 117
    v_31: Void = setinteriorfield(v_30, 'chars', n_13, 65533)  # line 117
    v_32: Signed = int_add(n_13, 1)  # line 118
    --> block13(b_13, errors_13, length_12, res_13, v_32, i_12, k_5)
block15():
    v_33: Ptr(UnicodeDecodeError) = malloc(GcStruct UnicodeDecodeError { super: GcStruct UnicodeError { super: GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } } }, 'gc')  # line 115
    v_34: Ptr(BaseException) = cast_pointer(v_33)  # line 115
    v_35: Void = setfield(v_34, 'typeptr', vtable UnicodeDecodeError [6, 7))  # line 115
    v_36: Ptr(BaseException) = cast_pointer(v_33)  # line 115
    v_37: Ptr(object_vtable) = getfield(v_36, 'typeptr')  # line 115
    --> raise(v_37, v_33)
block16(b_14: Ptr(rpy_bytes), errors_14: Signed, length_13: Signed, res_14: Ptr(rpy_str), n_14: Signed, i_13: Signed, need_2: Signed, code_2: Signed, k_6: Signed):
    v_38: Bool = int_eq(k_6, need_2)  # line 111
    v_39: Bool = same_as(v_38)  # line 111
    switch v_39
    False --> block11(b_14, errors_14, length_13, res_14, n_14, i_13, k_6)
    True --> block17(b_14, errors_14, length_13, res_14, n_14, i_13, code_2, k_6)
block17(b_15: Ptr(rpy_bytes), errors_15: Signed, length_14: Signed, res_15: Ptr(rpy_str), n_15: Signed, i_14: Signed, code_3: Signed, k_7: Signed):
    v_40: UniChar = cast_int_to_unichar(code_3)  # line 112
    v_41: Ptr(rpy_str) = same_as(res_15)  # line 112
    v_42: Void = setinteriorfield(v_41, 'chars', n_15, v_40)  # line 112
    v_43: Signed = int_add(n_15, 1)  # line 113
    --> block13(b_15, errors_15, length_14, res_15, v_43, i_14, k_7)
block18(b_16: Ptr(rpy_bytes), errors_16: Signed, length_15: Signed, res_16: Ptr(rpy_str), n_16: Signed, i_15: Signed, first_6: Signed, need_3: Signed, code_4: Signed, k_8: Signed):
    v_44: Signed = int_add(i_15, 1)  # line 92
    v_45: Signed = int_add(v_44, k_8)  # line 92
    v_46: Bool = int_lt(v_45, length_15)  # line 92
    v_47: Bool = same_as(v_46)  # line 92
    switch v_47
    False --> block10(b_16, errors_16, length_15, res_16, n_16, i_15, need_3, code_4, k_8)
    True --> block19(b_16, errors_16, length_15, res_16, n_16, i_15, first_6, need_3, code_4, k_8)
block19(b_17: Ptr(rpy_bytes), errors_17: Signed, length_16: Signed, res_17: Ptr(rpy_str), n_17: Signed, i_16: Signed, first_7: Signed, need_4: Signed, code_5: Signed, k_9: Signed):
    v_48: Ptr(rpy_bytes) = same_as(b_17)  # line 93
    v_49: Signed = int_add(i_16, 1)  # line 93
    v_50: Signed = int_add(v_49, k_9)  # line 93
    v_51: Char = getinteriorfield(v_48, 'chars', v_50)  # line 93
    v_52: Signed = cast_char_to_int(v_51)  # line 93
    v_53: Bool = int_eq(k_9, 0)  # line 98
    v_54: Bool = same_as(v_53)  # line 98
    switch v_54
    False --> block20(b_17, errors_17, length_16, res_17, n_17, i_16, first_7, need_4, code_5, k_9, v_52, 128, 191)
    True --> block23(b_17, errors_17, length_16, res_17, n_17, i_16, first_7, need_4, code_5, k_9, v_52)
block20(b_18: Ptr(rpy_bytes), errors_18: Signed, length_17: Signed, res_18: Ptr(rpy_str), n_18: Signed, i_17: Signed, first_8: Signed, need_5: Signed, code_6: Signed, k_10: Signed, byte_0: Signed, low_0: Signed, high_0: Signed):
    v_55: Bool = int_lt(byte_0, low_0)  # line 107
    v_56: Bool = same_as(v_55)  # line 107
    switch v_56
    False --> block21(b_18, errors_18, length_17, res_18, n_18, i_17, first_8, need_5, code_6, k_10, byte_0, high_0)
    True --> block10(b_18, errors_18, length_17, res_18, n_18, i_17, need_5, code_6, k_10)
block21(b_19: Ptr(rpy_bytes), errors_19: Signed, length_18: Signed, res_19: Ptr(rpy_str), n_19: Signed, i_18: Signed, first_9: Signed, need_6: Signed, code_7: Signed, k_11: Signed, byte_1: Signed, high_1: Signed):
    v_57: Bool = int_gt(byte_1, high_1)  # line 107
    v_58: Bool = same_as(v_57)  # line 107
    switch v_58
    False --> block22(b_19, errors_19, length_18, res_19, n_19, i_18, first_9, need_6, code_7, k_11, byte_1)
    True --> block10(b_19, errors_19, length_18, res_19, n_19, i_18, need_6, code_7, k_11)
block22(b_20: Ptr(rpy_bytes), errors_20: Signed, length_19: Signed, res_20: Ptr(rpy_str), n_20: Signed, i_19: Signed, first_10: Signed, need_7: Signed, code_8: Signed, k_12: Signed, byte_2: Signed):
    v_59: Signed = int_lshift(code_8, 6)  # line 109
    v_60: Signed = int_and(byte_2, 63)  # line 109
    v_61: Signed = int_or(v_59, v_60)  # line 109
    v_62: Signed = int_add(k_12, 1)  # line 110
    --> block9(b_20, errors_20, length_19, res_20, n_20, i_19, first_10, need_7, v_61, v_62)
block23(b_21: Ptr(rpy_bytes), errors_21: Signed, length_20: Signed, res_21: Ptr(rpy_str), n_21: Signed, i_20: Signed, first_11: Signed, need_8: Signed, code_9: Signed, k_13: Signed, byte_3: Signed):
    v_63: Bool = int_eq(first_11, 224)  # line 99
    v_64: Bool = same_as(v_63)  # line 99
    switch v_64
    False --> block24(b_21, errors_21, length_20, res_21, n_21, i_20, first_11, need_8, code_9, k_13, byte_3)
    True --> block20(b_21, errors_21, length_20, res_21, n_21, i_20, first_11, need_8, code_9, k_13, byte_3, 160, 191)
block24(b_22: Ptr(rpy_bytes), errors_22: Signed, length_21: Signed, res_22: Ptr(rpy_str), n_22: Signed, i_21: Signed, first_12: Signed, need_9: Signed, code_10: Signed, k_14: Signed, byte_4: Signed):
    v_65: Bool = int_eq(first_12, 237)  # line 101
    v_66: Bool = same_as(v_65)  # line 101
    switch v_66
    False --> block25(b_22, errors_22, length_21, res_22, n_22, i_21, first_12, need_9, code_10, k_14, byte_4)
    True --> block20(b_22, errors_22, length_21, res_22, n_22, i_21, first_12, need_9, code_10, k_14, byte_4, 128, 159)
block25(b_23: Ptr(rpy_bytes), errors_23: Signed, length_22: Signed, res_23: Ptr(rpy_str), n_23: Signed, i_22: Signed, first_13: Signed, need_10: Signed, code_11: Signed, k_15: Signed, byte_5: Signed):
    v_67: Bool = int_eq(first_13, 240)  # line 103
    v_68: Bool = same_as(v_67)  # line 103
    switch v_68
    False --> block26(b_23, errors_23, length_22, res_23, n_23, i_22, first_13, need_10, code_11, k_15, byte_5)
    True --> block20(b_23, errors_23, length_22, res_23, n_23, i_22, first_13, need_10, code_11, k_15, byte_5, 144, 191)
block26(b_24: Ptr(rpy_bytes), errors_24: Signed, length_23: Signed, res_24: Ptr(rpy_str), n_24: Signed, i_23: Signed, first_14: Signed, need_11: Signed, code_12: Signed, k_16: Signed, byte_6: Signed):
    v_69: Bool = int_eq(first_14, 244)  # line 105
    v_70: Bool = same_as(v_69)  # line 105
    switch v_70
    False --> block20(b_24, errors_24, length_23, res_24, n_24, i_23, first_14, need_11, code_12, k_16, byte_6, 128, 191)
    True --> block20(b_24, errors_24, length_23, res_24, n_24, i_23, first_14, need_11, code_12, k_16, byte_6, 128, 143)
block27(b_25: Ptr(rpy_bytes), errors_25: Signed, length_24: Signed, res_25: Ptr(rpy_str), n_25: Signed, i_24: Signed, first_15: Signed):
    v_71: Signed = int_and(first_15, 15)  # line 87
    --> block9(b_25, errors_25, length_24, res_25, n_25, i_24, first_15, 2, v_71, 0)
block28(b_26: Ptr(rpy_bytes), errors_26: Signed, length_25: Signed, res_26: Ptr(rpy_str), n_26: Signed, i_25: Signed, first_16: Signed):
    v_72: Signed = int_and(first_16, 31)  # line 84
    --> block9(b_26, errors_26, length_25, res_26, n_26, i_25, first_16, 1, v_72, 0)
block29(b_27: Ptr(rpy_bytes), errors_27: Signed, length_26: Signed, res_27: Ptr(rpy_str), n_27: Signed, i_26: Signed, first_17: Signed):
    v_73: UniChar = cast_int_to_unichar(first_17)  # line 75
    v_74: Ptr(rpy_str) = same_as(res_27)  # line 75
    v_75: Void = setinteriorfield(v_74, 'chars', n_27, v_73)  # line 75
    v_76: Signed = int_add(n_27, 1)  # line 76
    v_77: Signed = int_add(i_26, 1)  # line 77
    --> block1(b_27, errors_27, length_26, res_27, v_76, v_77)

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
    v_7: Void = setfield(v_6, 'typeptr', vtable ValueError [3, 7))  # line 59
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 59
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 59
    --> raise(v_9, v_5)

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

graph ll_striter__striter_rpy_bytes(ITER_0: Void, s_0: Ptr(rpy_bytes))  # rstr.py:809
block0(ITER_0: Void, s_0: Ptr(rpy_bytes)):
    v_0: Ptr(striter) = malloc(GcStruct striter { string: Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }), index: Signed }, 'gc')  # line 810
    v_1: Void = setfield(v_0, 'string', s_0)  # line 811
    v_2: Void = setfield(v_0, 'index', 0)  # line 812
    --> return(v_0)

graph ll_strnext__striter(it_0: Ptr(striter))  # rstr.py:816
block0(it_0: Ptr(striter)):
    v_0: Signed = getfield(it_0, 'index')  # line 817
    v_1: Ptr(rpy_bytes) = getfield(it_0, 'string')  # line 818
    v_2: Ptr(rpy_bytes) = same_as(v_1)  # line 819
    v_3: Signed = getinteriorarraysize(v_2, 'chars')  # line 819
    v_4: Bool = int_ge(v_0, v_3)  # line 819
    v_5: Bool = same_as(v_4)  # line 819
    switch v_5
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(striter), index_0: Signed, s_0: Ptr(rpy_bytes)):
    v_6: Signed = int_add(index_0, 1)  # line 821
    v_7: Void = setfield(it_1, 'index', v_6)  # line 821
    v_8: Ptr(rpy_bytes) = same_as(s_0)  # line 822
    v_9: Char = getinteriorfield(v_8, 'chars', index_0)  # line 822
    v_10: Signed = cast_char_to_int(v_9)  # line 822
    --> return(v_10)
block2():
    v_11: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 820
    v_12: Ptr(BaseException) = cast_pointer(v_11)  # line 820
    v_13: Void = setfield(v_12, 'typeptr', vtable StopIteration [10, 11))  # line 820
    v_14: Ptr(BaseException) = cast_pointer(v_11)  # line 820
    v_15: Ptr(object_vtable) = getfield(v_14, 'typeptr')  # line 820
    --> raise(v_15, v_11)

graph ll_newlist__array_rpy_bytes_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_listiter__listiter_array_rpy_bytes_array_rpy_bytes(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_rpy_bytes(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }))) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_rpy_bytes, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) })))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }))) = direct_call(graph ll_items__array_rpy_bytes, l_0)  # line 391
    v_8: Ptr(rpy_bytes) = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [10, 11))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__array_rpy_bytes(l_0: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_rpy_bytes(l_0: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_strconcat__rpy_bytes_rpy_bytes(s1_0: Ptr(rpy_bytes), s2_0: Ptr(rpy_bytes))  # rstr.py:180
block0(s1_0: Ptr(rpy_bytes), s2_0: Ptr(rpy_bytes)):
    v_0: Ptr(rpy_bytes) = same_as(s1_0)  # line 181
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 181
    v_2: Ptr(rpy_bytes) = same_as(s2_0)  # line 182
    v_3: Signed = getinteriorarraysize(v_2, 'chars')  # line 182
    v_4: Signed = int_add(v_1, v_3)  # line 183
    v_5: Ptr(rpy_bytes) = direct_call(graph _malloc_like__rpy_bytes_Signed, s1_0, v_4)  # line 183
    v_6: Void = direct_call(graph _copy__rpy_bytes_Signed_rpy_bytes_Signed_Signed, v_5, 0, s1_0, 0, v_1)  # line 184
    v_7: Void = direct_call(graph _copy__rpy_bytes_Signed_rpy_bytes_Signed_Signed, v_5, v_1, s2_0, 0, v_3)  # line 185
    --> return(v_5)

graph _malloc_like__rpy_bytes_Signed(s_0: Ptr(rpy_bytes), length_0: Signed)  # rstr.py:34
block0(s_0: Ptr(rpy_bytes), length_0: Signed):
    v_0: Ptr(rpy_bytes) = malloc_varsize(GcStruct rpy_bytes { hash: Signed, chars: Array(Char, immutable) }, 'gc', length_0)  # line 36
    --> return(v_0)

graph _copy__rpy_bytes_Signed_rpy_bytes_Signed_Signed(dst_0: Ptr(rpy_bytes), dststart_0: Signed, src_0: Ptr(rpy_bytes), srcstart_0: Signed, length_0: Signed)  # rstr.py:173
block0(dst_0: Ptr(rpy_bytes), dststart_0: Signed, src_0: Ptr(rpy_bytes), srcstart_0: Signed, length_0: Signed):
    --> block1(dst_0, dststart_0, src_0, srcstart_0, length_0, 0)
block1(dst_1: Ptr(rpy_bytes), dststart_1: Signed, src_1: Ptr(rpy_bytes), srcstart_1: Signed, length_1: Signed, i_0: Signed):
    v_0: Bool = int_lt(i_0, length_1)  # line 175
    v_1: Bool = same_as(v_0)  # line 175
    switch v_1
    False --> return(None)
    True --> block2(dst_1, dststart_1, src_1, srcstart_1, length_1, i_0)
block2(dst_2: Ptr(rpy_bytes), dststart_2: Signed, src_2: Ptr(rpy_bytes), srcstart_2: Signed, length_2: Signed, i_1: Signed):
    v_2: Ptr(rpy_bytes) = same_as(src_2)  # line 176
    v_3: Signed = int_add(srcstart_2, i_1)  # line 176
    v_4: Char = getinteriorfield(v_2, 'chars', v_3)  # line 176
    v_5: Signed = cast_char_to_int(v_4)  # line 176
    v_6: Ptr(rpy_bytes) = same_as(dst_2)  # line 176
    v_7: Signed = int_add(dststart_2, i_1)  # line 176
    v_8: Char = cast_int_to_char(v_5)  # line 176
    v_9: Void = setinteriorfield(v_6, 'chars', v_7, v_8)  # line 176
    v_10: Signed = int_add(i_1, 1)  # line 177
    --> block1(dst_2, dststart_2, src_2, srcstart_2, length_2, v_10)

graph ll_decode_utf8_replace__rpy_bytes(b_0: Ptr(rpy_bytes))  # rbytes.py:127
block0(b_0: Ptr(rpy_bytes)):
    v_0: Ptr(rpy_str) = direct_call(graph _decode_utf8__rpy_bytes_Signed, b_0, 1)  # line 128
    --> return(v_0)

graph ll_decode_utf8_ignore__rpy_bytes(b_0: Ptr(rpy_bytes))  # rbytes.py:131
block0(b_0: Ptr(rpy_bytes)):
    v_0: Ptr(rpy_str) = direct_call(graph _decode_utf8__rpy_bytes_Signed, b_0, 2)  # line 132
    --> return(v_0)

graph ll_stritem__rpy_bytes_Signed(s_0: Ptr(rpy_bytes), index_0: Signed)  # rstr.py:47
block0(s_0: Ptr(rpy_bytes), index_0: Signed):
    v_0: Ptr(rpy_bytes) = same_as(s_0)  # line 48
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 48
    v_2: Bool = int_lt(index_0, 0)  # line 49
    v_3: Bool = same_as(v_2)  # line 49
    switch v_3
    False --> block1(s_0, index_0, v_1)
    True --> block5(s_0, index_0, v_1)
block1(s_1: Ptr(rpy_bytes), index_1: Signed, length_0: Signed):
    v_4: Bool = int_lt(index_1, 0)  # line 51
    v_5: Bool = same_as(v_4)  # line 51
    switch v_5
    False --> block2(s_1, index_1, length_0)
    True --> block4()
block2(s_2: Ptr(rpy_bytes), index_2: Signed, length_1: Signed):
    v_6: Bool = int_ge(index_2, length_1)  # line 51
    v_7: Bool = same_as(v_6)  # line 51
    switch v_7
    False --> block3(s_2, index_2)
    True --> block4()
block3(s_3: Ptr(rpy_bytes), index_3: Signed):
    v_8: Ptr(rpy_bytes) = same_as(s_3)  # line 53
    v_9: Char = getinteriorfield(v_8, 'chars', index_3)  # line 53
    v_10: Signed = cast_char_to_int(v_9)  # line 53
    --> return(v_10)
block4():
    v_11: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 52
    v_12: Ptr(BaseException) = cast_pointer(v_11)  # line 52
    v_13: Void = setfield(v_12, 'typeptr', vtable IndexError [8, 9))  # line 52
    v_14: Ptr(BaseException) = cast_pointer(v_11)  # line 52
    v_15: Ptr(object_vtable) = getfield(v_14, 'typeptr')  # line 52
    --> raise(v_15, v_11)
block5(s_4: Ptr(rpy_bytes), index_4: Signed, length_2: Signed):
    v_16: Signed = int_add(index_4, length_2)  # line 50
    --> block1(s_4, v_16, length_2)

graph ll_strslice__rpy_bytes_Signed_Signed(s_0: Ptr(rpy_bytes), start_0: Signed, stop_0: Signed)  # rstr.py:221
block0(s_0: Ptr(rpy_bytes), start_0: Signed, stop_0: Signed):
    v_0: Ptr(rpy_bytes) = same_as(s_0)  # line 222
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 222
    v_2: Signed = direct_call(graph _bound__Signed_Signed, start_0, v_1)  # line 223
    v_3: Signed = direct_call(graph _bound__Signed_Signed, stop_0, v_1)  # line 224
    v_4: Bool = int_le(v_3, v_2)  # line 225
    v_5: Bool = same_as(v_4)  # line 225
    switch v_5
    False --> block1(s_0, v_2, v_3, v_1)
    True --> block4(s_0)
block1(s_1: Ptr(rpy_bytes), start_1: Signed, stop_1: Signed, length_0: Signed):
    v_6: Bool = int_eq(start_1, 0)  # line 227
    v_7: Bool = same_as(v_6)  # line 227
    switch v_7
    False --> block2(s_1, start_1, stop_1)
    True --> block3(s_1, start_1, stop_1, length_0)
block2(s_2: Ptr(rpy_bytes), start_2: Signed, stop_2: Signed):
    v_8: Signed = int_sub(stop_2, start_2)  # line 229
    v_9: Ptr(rpy_bytes) = direct_call(graph _malloc_like__rpy_bytes_Signed, s_2, v_8)  # line 229
    v_10: Signed = int_sub(stop_2, start_2)  # line 230
    v_11: Void = direct_call(graph _copy__rpy_bytes_Signed_rpy_bytes_Signed_Signed, v_9, 0, s_2, start_2, v_10)  # line 230
    --> return(v_9)
block3(s_3: Ptr(rpy_bytes), start_3: Signed, stop_3: Signed, length_1: Signed):
    v_12: Bool = int_eq(stop_3, length_1)  # line 227
    v_13: Bool = same_as(v_12)  # line 227
    switch v_13
    False --> block2(s_3, start_3, stop_3)
    True --> return(s_3)
block4(s_4: Ptr(rpy_bytes)):
    v_14: Ptr(rpy_bytes) = direct_call(graph _malloc_like__rpy_bytes_Signed, s_4, 0)  # line 226
    --> return(v_14)

graph ll_streq__rpy_bytes_rpy_bytes(s1_0: Ptr(rpy_bytes), s2_0: Ptr(rpy_bytes))  # rstr.py:102
block0(s1_0: Ptr(rpy_bytes), s2_0: Ptr(rpy_bytes)):
    v_0: Bool = ptr_eq(s1_0, s2_0)  # line 103
    v_1: Bool = same_as(v_0)  # line 103
    switch v_1
    False --> block1(s1_0, s2_0)
    True --> return(True)
block1(s1_1: Ptr(rpy_bytes), s2_1: Ptr(rpy_bytes)):
    v_2: Bool = ptr_nonzero(s1_1)  # line 105
    switch v_2
    False --> return(False)
    True --> block2(s1_1, s2_1)
block2(s1_2: Ptr(rpy_bytes), s2_2: Ptr(rpy_bytes)):
    v_3: Bool = ptr_nonzero(s2_2)  # line 105
    switch v_3
    False --> return(False)
    True --> block3(s1_2, s2_2)
block3(s1_3: Ptr(rpy_bytes), s2_3: Ptr(rpy_bytes)):
    v_4: Ptr(rpy_bytes) = same_as(s1_3)  # line 107
    v_5: Signed = getinteriorarraysize(v_4, 'chars')  # line 107
    v_6: Ptr(rpy_bytes) = same_as(s2_3)  # line 108
    v_7: Signed = getinteriorarraysize(v_6, 'chars')  # line 108
    v_8: Bool = int_ne(v_7, v_5)  # line 108
    v_9: Bool = same_as(v_8)  # line 108
    switch v_9
    False --> block4(s1_3, s2_3, v_5, 0)
    True --> return(False)
block4(s1_4: Ptr(rpy_bytes), s2_4: Ptr(rpy_bytes), length_0: Signed, i_0: Signed):
    v_10: Bool = int_lt(i_0, length_0)  # line 111
    v_11: Bool = same_as(v_10)  # line 111
    switch v_11
    False --> return(True)
    True --> block5(s1_4, s2_4, length_0, i_0)
block5(s1_5: Ptr(rpy_bytes), s2_5: Ptr(rpy_bytes), length_1: Signed, i_1: Signed):
    v_12: Ptr(rpy_bytes) = same_as(s1_5)  # line 112
    v_13: Char = getinteriorfield(v_12, 'chars', i_1)  # line 112
    v_14: Signed = cast_char_to_int(v_13)  # line 112
    v_15: Ptr(rpy_bytes) = same_as(s2_5)  # line 112
    v_16: Char = getinteriorfield(v_15, 'chars', i_1)  # line 112
    v_17: Signed = cast_char_to_int(v_16)  # line 112
    v_18: Bool = int_ne(v_14, v_17)  # line 112
    v_19: Bool = same_as(v_18)  # line 112
    switch v_19
    False --> block6(s1_5, s2_5, length_1, i_1)
    True --> return(False)
block6(s1_6: Ptr(rpy_bytes), s2_6: Ptr(rpy_bytes), length_2: Signed, i_2: Signed):
    v_20: Signed = int_add(i_2, 1)  # line 114
    --> block4(s1_6, s2_6, length_2, v_20)

graph ll_strcmp__rpy_bytes_rpy_bytes(s1_0: Ptr(rpy_bytes), s2_0: Ptr(rpy_bytes))  # rstr.py:127
block0(s1_0: Ptr(rpy_bytes), s2_0: Ptr(rpy_bytes)):
    v_0: Ptr(rpy_bytes) = same_as(s1_0)  # line 129
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 129
    v_2: Ptr(rpy_bytes) = same_as(s2_0)  # line 130
    v_3: Signed = getinteriorarraysize(v_2, 'chars')  # line 130
    v_4: Bool = int_lt(v_1, v_3)  # line 131
    v_5: Bool = same_as(v_4)  # line 131
    switch v_5
    False --> block1(s1_0, s2_0, v_1, v_3, v_3, 0)
    True --> block1(s1_0, s2_0, v_1, v_3, v_1, 0)
block1(s1_1: Ptr(rpy_bytes), s2_1: Ptr(rpy_bytes), len1_0: Signed, len2_0: Signed, n_0: Signed, i_0: Signed):
    v_6: Bool = int_lt(i_0, n_0)  # line 133
    v_7: Bool = same_as(v_6)  # line 133
    switch v_7
    False --> block2(len1_0, len2_0)
    True --> block3(s1_1, s2_1, len1_0, len2_0, n_0, i_0)
block2(len1_1: Signed, len2_1: Signed):
    v_8: Signed = int_sub(len1_1, len2_1)  # line 141
    --> return(v_8)
block3(s1_2: Ptr(rpy_bytes), s2_2: Ptr(rpy_bytes), len1_2: Signed, len2_2: Signed, n_1: Signed, i_1: Signed):
    v_9: Ptr(rpy_bytes) = same_as(s1_2)  # line 134
    v_10: Char = getinteriorfield(v_9, 'chars', i_1)  # line 134
    v_11: Signed = cast_char_to_int(v_10)  # line 134
    v_12: Ptr(rpy_bytes) = same_as(s2_2)  # line 135
    v_13: Char = getinteriorfield(v_12, 'chars', i_1)  # line 135
    v_14: Signed = cast_char_to_int(v_13)  # line 135
    v_15: Bool = int_ne(v_11, v_14)  # line 136
    v_16: Bool = same_as(v_15)  # line 136
    switch v_16
    False --> block4(s1_2, s2_2, len1_2, len2_2, n_1, i_1)
    True --> block5(v_11, v_14)
block4(s1_3: Ptr(rpy_bytes), s2_3: Ptr(rpy_bytes), len1_3: Signed, len2_3: Signed, n_2: Signed, i_2: Signed):
    v_17: Signed = int_add(i_2, 1)  # line 140
    --> block1(s1_3, s2_3, len1_3, len2_3, n_2, v_17)
block5(c1_0: Signed, c2_0: Signed):
    v_18: Bool = int_lt(c1_0, c2_0)  # line 137
    v_19: Bool = same_as(v_18)  # line 137
    switch v_19
    False --> return(1)
    True --> return(-1)

graph ll_str_is_true__rpy_bytes(s_0: Ptr(rpy_bytes))  # rstr.py:43
block0(s_0: Ptr(rpy_bytes)):
    v_0: Bool = ptr_nonzero(s_0)  # line 44
    v_1: Bool = same_as(v_0)  # line 44
    switch v_1
    False --> return(v_0)
    True --> block1(s_0)
block1(s_1: Ptr(rpy_bytes)):
    v_2: Ptr(rpy_bytes) = same_as(s_1)  # line 44
    v_3: Signed = getinteriorarraysize(v_2, 'chars')  # line 44
    v_4: Bool = int_ne(v_3, 0)  # line 44
    --> return(v_4)

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
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [10, 11))  # line 389
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
