graph main(n_0: Signed)  # dict_lazy_index.py:86
block0(n_0: Signed):
    v_0: Ptr(GcArray(Signed)) = same_as(None)  # line 88
    v_1: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, 14)  # line 88
    --> block1(n_0, 0, v_1)
block1(n_1: Signed, total_0: Signed, iter2_0: Ptr(rangeiter)):
    v_2: Signed = direct_call(graph ll_rangenext__rangeiter, iter2_0)  # line 88
    no exception --> block2(v_2, iter2_0, n_1, total_0)
    StopIteration --> block3(n_1, total_0)
block2(item_0: Signed, iter2_1: Ptr(rangeiter), n_2: Signed, total_1: Signed):
    v_3: Signed = int_mul(total_1, 7)  # line 89
    v_4: Ptr(dicttable) = direct_call(graph build, n_2)  # line 89
    v_5: Signed = direct_call(graph probe, v_4, item_0)  # line 89
    v_6: Signed = int_add(v_3, v_5)  # line 89
    v_7: Signed = int_mod(v_6, 1000000007)  # line 89
    v_8: Bool = int_ne(v_7, 0)  # line 89
    v_9: Signed = int_xor(v_7, 1000000007)  # line 89
    v_10: Bool = int_lt(v_9, 0)  # line 89
    v_11: Signed = cast_bool_to_int(v_8)  # line 89
    v_12: Signed = cast_bool_to_int(v_10)  # line 89
    v_13: Signed = int_and(v_11, v_12)  # line 89
    v_14: Signed = int_mul(v_13, 1000000007)  # line 89
    v_15: Signed = int_add(v_7, v_14)  # line 89
    --> block1(n_2, v_15, iter2_1)
block3(n_3: Signed, total_2: Signed):
    v_16: Ptr(tuple2) = direct_call(graph identities, n_3)  # line 90
    v_17: Ptr(dicttable) = getfield(v_16, 'item0')  # line 90
    v_18: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))) = getfield(v_16, 'item1')  # line 90
    v_19: Signed = direct_call(graph probe_identities, v_17, v_18)  # line 91
    v_20: Signed = int_add(total_2, v_19)  # line 91
    --> return(v_20)

graph build(n_0: Signed)  # dict_lazy_index.py:10
block0(n_0: Signed):
    v_0: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_rpy_str_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 11
    v_1: Signed = int_mod(n_0, 5)  # line 12
    v_2: Bool = int_ne(v_1, 0)  # line 12
    v_3: Signed = int_xor(v_1, 5)  # line 12
    v_4: Bool = int_lt(v_3, 0)  # line 12
    v_5: Signed = cast_bool_to_int(v_2)  # line 12
    v_6: Signed = cast_bool_to_int(v_4)  # line 12
    v_7: Signed = int_and(v_5, v_6)  # line 12
    v_8: Signed = int_mul(v_7, 5)  # line 12
    v_9: Signed = int_add(v_1, v_8)  # line 12
    v_10: Signed = int_add(12, v_9)  # line 12
    v_11: Ptr(GcArray(Signed)) = same_as(None)  # line 12
    v_12: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, v_10)  # line 12
    --> block1(n_0, v_0, v_12)
block1(n_1: Signed, d_0: Ptr(dicttable), iter6_0: Ptr(rangeiter)):
    v_13: Signed = direct_call(graph ll_rangenext__rangeiter, iter6_0)  # line 12
    no exception --> block2(v_13, iter6_0, n_1, d_0)
    StopIteration --> return(d_0)
block2(item_0: Signed, iter6_1: Ptr(rangeiter), n_2: Signed, d_1: Ptr(dicttable)):
    v_14: Signed = int_add(item_0, n_2)  # line 13
    v_15: Signed = int_mul(item_0, 3)  # line 13
    v_16: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_15)  # line 13
    v_17: Ptr(rpy_str) = same_as(v_16)  # line 13
    v_18: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'w', v_17)  # line 13
    v_19: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, d_1, v_18, v_14, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 13
    --> block1(n_2, d_1, iter6_1)

graph identities(n_0: Signed)  # dict_lazy_index.py:68
block0(n_0: Signed):
    v_0: Ptr(dict_lazy_index.Word) = malloc(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }, 'gc')  # line 70
    v_1: Void = setfield(v_0, 'typeptr', vtable dict_lazy_index.Word [1, 2))  # line 70
    v_2: Void = direct_call(graph Word.__init__, v_0, 97)  # line 70
    v_3: Ptr(dict_lazy_index.Word) = malloc(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }, 'gc')  # line 70
    v_4: Void = setfield(v_3, 'typeptr', vtable dict_lazy_index.Word [1, 2))  # line 70
    v_5: Void = direct_call(graph Word.__init__, v_3, 98)  # line 70
    v_6: Ptr(dict_lazy_index.Word) = malloc(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }, 'gc')  # line 70
    v_7: Void = setfield(v_6, 'typeptr', vtable dict_lazy_index.Word [1, 2))  # line 70
    v_8: Void = direct_call(graph Word.__init__, v_6, 99)  # line 70
    v_9: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))) = direct_call(graph ll_newlist__array_dict_lazy_index.Word_Signed, Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))), 3)  # line 70
    v_10: Void = setarrayitem(v_9, 0, v_0)  # line 70
    v_11: Void = setarrayitem(v_9, 1, v_3)  # line 70
    v_12: Void = setarrayitem(v_9, 2, v_6)  # line 70
    v_13: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_dict_lazy_index.Word_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 71
    v_14: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_dict_lazy_index.Word_array_dict_lazy_index.Word, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))), index: Signed }), v_9)  # line 72
    --> block1(n_0, v_9, v_13, v_14)
block1(n_1: Signed, words_0: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))), d_0: Ptr(dicttable), iter9_0: Ptr(listiter)):
    v_15: Ptr(dict_lazy_index.Word) = direct_call(graph ll_listnext__listiter_array_dict_lazy_index.Word, iter9_0)  # line 72
    no exception --> block2(v_15, iter9_0, n_1, words_0, d_0)
    StopIteration --> block3(words_0, d_0)
block2(item_0: Ptr(dict_lazy_index.Word), iter9_1: Ptr(listiter), n_2: Signed, words_1: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))), d_1: Ptr(dicttable)):
    v_16: UniChar = getfield(item_0, 'inst_text')  # line 73
    v_17: Signed = same_as(1)  # line 73
    v_18: Signed = int_add(v_17, n_2)  # line 73
    v_19: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_Signed_ll_hash_identity_None, d_1, item_0, v_18, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 73
    --> block1(n_2, words_1, d_1, iter9_1)
block3(words_2: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))), d_2: Ptr(dicttable)):
    v_20: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) }), item1: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))) }, 'gc')  # line 74
    v_21: Void = setfield(v_20, 'item0', d_2)  # line 74
    v_22: Void = setfield(v_20, 'item1', words_2)  # line 74
    --> return(v_20)

graph Word.__init__(self_0: Ptr(dict_lazy_index.Word), text_0: UniChar)  # dict_lazy_index.py:6
block0(self_0: Ptr(dict_lazy_index.Word), text_0: UniChar):
    v_0: Void = setfield(self_0, 'inst_text', text_0)  # line 7
    --> return(None)

graph probe(d_0: Ptr(dicttable), which_0: Signed)  # dict_lazy_index.py:24
block0(d_0: Ptr(dicttable), which_0: Signed):
    v_0: Bool = int_eq(which_0, 0)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    switch v_1
    False --> block1(d_0, which_0)
    True --> block38(d_0, which_0)
block1(d_1: Ptr(dicttable), which_1: Signed):
    v_2: Bool = int_eq(which_1, 1)  # line 29
    v_3: Bool = same_as(v_2)  # line 29
    switch v_3
    False --> block2(d_1, which_1)
    True --> block37(d_1, which_1)
block2(d_2: Ptr(dicttable), which_2: Signed):
    v_4: Bool = int_eq(which_2, 2)  # line 31
    v_5: Bool = same_as(v_4)  # line 31
    switch v_5
    False --> block3(d_2, which_2)
    True --> block36(d_2, which_2)
block3(d_3: Ptr(dicttable), which_3: Signed):
    v_6: Bool = int_eq(which_3, 3)  # line 33
    v_7: Bool = same_as(v_6)  # line 33
    switch v_7
    False --> block4(d_3, which_3)
    True --> block32(d_3, which_3)
block4(d_4: Ptr(dicttable), which_4: Signed):
    v_8: Bool = int_eq(which_4, 4)  # line 36
    v_9: Bool = same_as(v_8)  # line 36
    switch v_9
    False --> block5(d_4, which_4)
    True --> block31(d_4, which_4)
block5(d_5: Ptr(dicttable), which_5: Signed):
    v_10: Bool = int_eq(which_5, 5)  # line 38
    v_11: Bool = same_as(v_10)  # line 38
    switch v_11
    False --> block6(d_5, which_5)
    True --> block30(d_5, which_5)
block6(d_6: Ptr(dicttable), which_6: Signed):
    v_12: Bool = int_eq(which_6, 6)  # line 40
    v_13: Bool = same_as(v_12)  # line 40
    switch v_13
    False --> block7(d_6, which_6)
    True --> block29(d_6, which_6)
block7(d_7: Ptr(dicttable), which_7: Signed):
    v_14: Bool = int_eq(which_7, 7)  # line 42
    v_15: Bool = same_as(v_14)  # line 42
    switch v_15
    False --> block8(d_7, which_7)
    True --> block28(d_7, which_7)
block8(d_8: Ptr(dicttable), which_8: Signed):
    v_16: Bool = int_eq(which_8, 8)  # line 45
    v_17: Bool = same_as(v_16)  # line 45
    switch v_17
    False --> block9(d_8, which_8)
    True --> block27(d_8, which_8)
block9(d_9: Ptr(dicttable), which_9: Signed):
    v_18: Bool = int_eq(which_9, 9)  # line 48
    v_19: Bool = same_as(v_18)  # line 48
    switch v_19
    False --> block10(d_9, which_9)
    True --> block26(d_9, which_9)
block10(d_10: Ptr(dicttable), which_10: Signed):
    v_20: Bool = int_eq(which_10, 10)  # line 52
    v_21: Bool = same_as(v_20)  # line 52
    switch v_21
    False --> block11(d_10, which_10)
    True --> block25(d_10, which_10)
block11(d_11: Ptr(dicttable), which_11: Signed):
    v_22: Bool = int_eq(which_11, 11)  # line 54
    v_23: Bool = same_as(v_22)  # line 54
    switch v_23
    False --> block12(d_11, which_11)
    True --> block24(d_11, which_11)
block12(d_12: Ptr(dicttable), which_12: Signed):
    v_24: Bool = int_eq(which_12, 12)  # line 56
    v_25: Bool = same_as(v_24)  # line 56
    switch v_25
    False --> block13(d_12, which_12)
    True --> block23(d_12, which_12)
block13(d_13: Ptr(dicttable), which_13: Signed):
    v_26: Bool = int_eq(which_13, 13)  # line 58
    v_27: Bool = same_as(v_26)  # line 58
    switch v_27
    False --> block14(d_13, which_13, 0)
    True --> block21(d_13, which_13)
block14(d_14: Ptr(dicttable), which_14: Signed, total_0: Signed):
    v_28: Ptr(GcArray(Signed)) = same_as(None)  # line 61
    v_29: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, 40)  # line 61
    --> block15(d_14, which_14, total_0, v_29)
block15(d_15: Ptr(dicttable), which_15: Signed, total_1: Signed, iter102_0: Ptr(rangeiter)):
    v_30: Signed = direct_call(graph ll_rangenext__rangeiter, iter102_0)  # line 61
    no exception --> block16(v_30, iter102_0, d_15, which_15, total_1)
    StopIteration --> block17(d_15, which_15, total_1, iter102_0)
block16(item_0: Signed, iter102_1: Ptr(rangeiter), d_16: Ptr(dicttable), which_16: Signed, total_2: Signed):
    v_31: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, item_0)  # line 62
    v_32: Ptr(rpy_str) = same_as(v_31)  # line 62
    v_33: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'k', v_32)  # line 62
    v_34: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, d_16, v_33, item_0, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 62
    --> block15(d_16, which_16, total_2, iter102_1)
block17(d_17: Ptr(dicttable), which_17: Signed, total_3: Signed, iter102_2: Ptr(rangeiter)):
    v_35: Ptr(GcArray(Signed)) = same_as(None)  # line 63
    v_36: Ptr(rangeiter) = direct_call(graph ll_rangeiter__rangeiter_Signed_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, 40, 3)  # line 63
    --> block18(d_17, which_17, total_3, iter102_2, v_36)
block18(d_18: Ptr(dicttable), which_18: Signed, total_4: Signed, iter102_3: Ptr(rangeiter), iter114_0: Ptr(rangeiter)):
    v_37: Signed = direct_call(graph ll_rangenext__rangeiter, iter114_0)  # line 63
    no exception --> block19(v_37, iter102_3, iter114_0, d_18, which_18, total_4)
    StopIteration --> block20(d_18, total_4)
block19(item_1: Signed, iter102_4: Ptr(rangeiter), iter114_1: Ptr(rangeiter), d_19: Ptr(dicttable), which_19: Signed, total_5: Signed):
    v_38: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, item_1)  # line 64
    v_39: Ptr(rpy_str) = same_as(v_38)  # line 64
    v_40: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'k', v_39)  # line 64
    v_41: Void = direct_call(graph ll_dict_delitem__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, d_19, v_40, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 64
    --> block18(d_19, which_19, total_5, iter102_4, iter114_1)
block20(d_20: Ptr(dicttable), total_6: Signed):
    v_42: Signed = direct_call(graph checksum, d_20)  # line 65
    v_43: Signed = int_add(total_6, v_42)  # line 65
    --> return(v_43)
block21(d_21: Ptr(dicttable), which_20: Signed):
    v_44: Bool = direct_call(graph ll_dict_is_true__dicttable_array_entry_rpy_str_Signed, d_21)  # line 59
    switch v_44
    False --> block14(d_21, which_20, 0)
    True --> block22(d_21, which_20)
block22(d_22: Ptr(dicttable), which_21: Signed):
    v_45: Signed = direct_call(graph ll_dict_len__dicttable_array_entry_rpy_str_Signed, d_22)  # line 60
    v_46: Signed = int_add(0, v_45)  # line 60
    --> block14(d_22, which_21, v_46)
block23(d_23: Ptr(dicttable), which_22: Signed):
    v_47: Ptr(dicttable) = same_as(d_23)  # line 57
    v_48: Void = direct_call(graph ll_dict_clear__dicttable_array_entry_rpy_str_Signed, v_47)  # line 57
    --> block14(d_23, which_22, 0)
block24(d_24: Ptr(dicttable), which_23: Signed):
    v_49: Ptr(dicttable) = same_as(d_24)  # line 55
    v_50: Signed = direct_call(graph ll_dict_get__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, v_49, 'w15', -1, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 55
    v_51: Ptr(dicttable) = same_as(d_24)  # line 55
    v_52: Signed = direct_call(graph ll_dict_get__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, v_51, 'nope', -1, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 55
    v_53: Signed = int_add(v_50, v_52)  # line 55
    v_54: Signed = int_add(0, v_53)  # line 55
    --> block14(d_24, which_23, v_54)
block25(d_25: Ptr(dicttable), which_24: Signed):
    v_55: Ptr(dicttable) = same_as(d_25)  # line 53
    v_56: Signed = direct_call(graph ll_dict_setdefault__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, v_55, 'w12', 0, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 53
    v_57: Ptr(dicttable) = same_as(d_25)  # line 53
    v_58: Signed = direct_call(graph ll_dict_setdefault__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, v_57, 'zz', 3, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 53
    v_59: Signed = int_add(v_56, v_58)  # line 53
    v_60: Signed = int_add(0, v_59)  # line 53
    --> block14(d_25, which_24, v_60)
block26(d_26: Ptr(dicttable), which_25: Signed):
    v_61: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_rpy_str_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 49
    v_62: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, v_61, 'x', 1, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 49
    v_63: Ptr(dicttable) = same_as(v_61)  # line 50
    v_64: Void = direct_call(graph ll_dict_update__dicttable_array_entry_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed_ll_strhash_ll_streq, v_63, d_26, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 50
    v_65: Signed = direct_call(graph checksum, v_61)  # line 51
    v_66: Signed = int_add(0, v_65)  # line 51
    --> block14(d_26, which_25, v_66)
block27(d_27: Ptr(dicttable), which_26: Signed):
    v_67: Ptr(dicttable) = same_as(d_27)  # line 46
    v_68: Ptr(dicttable) = direct_call(graph ll_dict_copy__dicttable_array_entry_rpy_str_Signed, v_67)  # line 46
    v_69: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, v_68, 'w0', 77, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 47
    --> block14(v_68, which_26, 0)
block28(d_28: Ptr(dicttable), which_27: Signed):
    v_70: Ptr(dicttable) = same_as(d_28)  # line 43
    v_71: Ptr(tuple2) = direct_call(graph ll_dict_popitem__tuple2_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed_ll_strhash, Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }), v_70, <function rpython.rtyper.rstr.ll_strhash>)  # line 43
    v_72: Ptr(rpy_str) = getfield(v_71, 'item0')  # line 43
    v_73: Signed = getfield(v_71, 'item1')  # line 43
    v_74: Signed = direct_call(graph ll_strlen__rpy_str, v_72)  # line 44
    v_75: Signed = int_add(v_74, v_73)  # line 44
    v_76: Signed = int_add(0, v_75)  # line 44
    --> block14(d_28, which_27, v_76)
block29(d_29: Ptr(dicttable), which_28: Signed):
    v_77: Ptr(dicttable) = same_as(d_29)  # line 41
    v_78: Signed = direct_call(graph ll_dict_pop__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, v_77, 'w6', <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 41
    v_79: Signed = int_add(0, v_78)  # line 41
    --> block14(d_29, which_28, v_79)
block30(d_30: Ptr(dicttable), which_29: Signed):
    v_80: Void = direct_call(graph ll_dict_delitem__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, d_30, 'w3', <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 39
    --> block14(d_30, which_29, 0)
block31(d_31: Ptr(dicttable), which_30: Signed):
    v_81: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, d_31, 'new', 5, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 37
    --> block14(d_31, which_30, 0)
block32(d_32: Ptr(dicttable), which_31: Signed):
    v_82: Bool = direct_call(graph ll_dict_contains__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, d_32, 'w9', <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 34
    v_83: Bool = same_as(v_82)  # line 34
    switch v_83
    False --> block14(d_32, which_31, 0)
    True --> block33(d_32, which_31)
block33(d_33: Ptr(dicttable), which_32: Signed):
    v_84: Bool = direct_call(graph ll_dict_contains__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, d_33, 'w10', <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 34
    v_85: Bool = same_as(v_84)  # line 34
    switch v_85
    False --> block34(d_33, which_32, True)
    True --> block34(d_33, which_32, False)
block34(d_34: Ptr(dicttable), which_33: Signed, v_86: Bool):
    v_87: Bool = same_as(v_86)  # line 34
    switch v_87
    False --> block14(d_34, which_33, 0)
    True --> block35(d_34, which_33)
block35(d_35: Ptr(dicttable), which_34: Signed):
    v_88: Signed = int_add(0, 1)  # line 35
    --> block14(d_35, which_34, v_88)
block36(d_36: Ptr(dicttable), which_35: Signed):
    v_89: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, d_36, 'w9', <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 32
    v_90: Signed = int_add(0, v_89)  # line 32
    --> block14(d_36, which_35, v_90)
block37(d_37: Ptr(dicttable), which_36: Signed):
    v_91: Ptr(dicttable) = same_as(d_37)  # line 30
    v_92: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_dict_keys__array_rpy_str_dicttable_array_entry_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_91)  # line 30
    v_93: Signed = direct_call(graph ll_len__array_rpy_str, v_92)  # line 30
    v_94: Ptr(dicttable) = same_as(d_37)  # line 30
    v_95: Ptr(GcArray(Signed)) = direct_call(graph ll_dict_values__array_Signed_dicttable_array_entry_rpy_str_Signed, Ptr(GcArray(Signed)), v_94)  # line 30
    v_96: Signed = direct_call(graph ll_len__array_Signed, v_95)  # line 30
    v_97: Signed = int_add(v_93, v_96)  # line 30
    v_98: Ptr(dicttable) = same_as(d_37)  # line 30
    v_99: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))) = direct_call(graph ll_dict_items__array_tuple2_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), v_98)  # line 30
    v_100: Signed = direct_call(graph ll_len__array_tuple2_rpy_str_Signed, v_99)  # line 30
    v_101: Signed = int_add(v_97, v_100)  # line 30
    v_102: Signed = int_add(0, v_101)  # line 30
    --> block14(d_37, which_36, v_102)
block38(d_38: Ptr(dicttable), which_37: Signed):
    v_103: Ptr(dictiter) = direct_call(graph ll_dictiter__dictiter_dicttable_array_entry_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed, Ptr(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }), d_38)  # line 27
    --> block39(d_38, which_37, 0, v_103)
block39(d_39: Ptr(dicttable), which_38: Signed, total_7: Signed, iter1_0: Ptr(dictiter)):
    v_104: Ptr(rpy_str) = direct_call(graph ll_dictnext__dictiter_dicttable_array_entry_rpy_str_Signed, iter1_0)  # line 27
    no exception --> block40(v_104, iter1_0, d_39, which_38, total_7)
    StopIteration --> block14(d_39, which_38, total_7)
block40(item_2: Ptr(rpy_str), iter1_1: Ptr(dictiter), d_40: Ptr(dicttable), which_39: Signed, total_8: Signed):
    v_105: Signed = direct_call(graph ll_strlen__rpy_str, item_2)  # line 28
    v_106: Signed = int_add(total_8, v_105)  # line 28
    --> block39(d_40, which_39, v_106, iter1_1)

graph probe_identities(d_0: Ptr(dicttable), words_0: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))))  # dict_lazy_index.py:77
block0(d_0: Ptr(dicttable), words_0: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar })))):
    v_0: Ptr(dict_lazy_index.Word) = direct_call(graph ll_getitem_nonneg__array_dict_lazy_index.Word_Signed, words_0, 1)  # line 78
    v_1: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_ll_hash_identity_None, d_0, v_0, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 78
    v_2: Signed = direct_call(graph ll_dict_len__dicttable_array_entry_dict_lazy_index.Word_Signed, d_0)  # line 78
    v_3: Signed = int_add(v_1, v_2)  # line 78
    v_4: Ptr(dict_lazy_index.Word) = direct_call(graph ll_getitem_nonneg__array_dict_lazy_index.Word_Signed, words_0, 0)  # line 79
    v_5: Void = direct_call(graph ll_dict_delitem__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_ll_hash_identity_None, d_0, v_4, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 79
    v_6: Ptr(dict_lazy_index.Word) = malloc(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }, 'gc')  # line 80
    v_7: Void = setfield(v_6, 'typeptr', vtable dict_lazy_index.Word [1, 2))  # line 80
    v_8: Void = direct_call(graph Word.__init__, v_6, 122)  # line 80
    v_9: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_Signed_ll_hash_identity_None, d_0, v_6, 9, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 80
    v_10: Ptr(dictiter) = direct_call(graph ll_dictiter__dictiter_dicttable_array_entry_dict_lazy_index.Word_Signed_dicttable_array_entry_dict_lazy_index.Word_Signed, Ptr(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }), d_0)  # line 81
    --> block1(d_0, words_0, v_3, v_10)
block1(d_1: Ptr(dicttable), words_1: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))), total_0: Signed, iter17_0: Ptr(dictiter)):
    v_11: Ptr(dict_lazy_index.Word) = direct_call(graph ll_dictnext__dictiter_dicttable_array_entry_dict_lazy_index.Word_Signed, iter17_0)  # line 81
    no exception --> block2(v_11, iter17_0, d_1, words_1, total_0)
    StopIteration --> return(total_0)
block2(item_0: Ptr(dict_lazy_index.Word), iter17_1: Ptr(dictiter), d_2: Ptr(dicttable), words_2: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))), total_1: Signed):
    v_12: Signed = int_mul(total_1, 3)  # line 82
    v_13: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_ll_hash_identity_None, d_2, item_0, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 82
    v_14: Signed = int_add(v_12, v_13)  # line 82
    --> block1(d_2, words_2, v_14, iter17_1)

graph checksum(d_0: Ptr(dicttable))  # dict_lazy_index.py:17
block0(d_0: Ptr(dicttable)):
    v_0: Signed = direct_call(graph ll_dict_len__dicttable_array_entry_rpy_str_Signed, d_0)  # line 18
    v_1: Ptr(dictiter) = direct_call(graph ll_dictiter__dictiter_dicttable_array_entry_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed, Ptr(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }), d_0)  # line 19
    --> block1(d_0, v_0, v_1)
block1(d_1: Ptr(dicttable), total_0: Signed, iter2_0: Ptr(dictiter)):
    v_2: Ptr(rpy_str) = direct_call(graph ll_dictnext__dictiter_dicttable_array_entry_rpy_str_Signed, iter2_0)  # line 19
    no exception --> block2(v_2, iter2_0, d_1, total_0)
    StopIteration --> return(total_0)
block2(item_0: Ptr(rpy_str), iter2_1: Ptr(dictiter), d_2: Ptr(dicttable), total_1: Signed):
    v_3: Signed = int_mul(total_1, 31)  # line 20
    v_4: Signed = direct_call(graph ll_strlen__rpy_str, item_0)  # line 20
    v_5: Signed = int_mul(v_4, 7)  # line 20
    v_6: Signed = int_add(v_3, v_5)  # line 20
    v_7: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, d_2, item_0, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 20
    v_8: Signed = int_add(v_6, v_7)  # line 20
    v_9: Signed = int_mod(v_8, 1000000007)  # line 20
    v_10: Bool = int_ne(v_9, 0)  # line 20
    v_11: Signed = int_xor(v_9, 1000000007)  # line 20
    v_12: Bool = int_lt(v_11, 0)  # line 20
    v_13: Signed = cast_bool_to_int(v_10)  # line 20
    v_14: Signed = cast_bool_to_int(v_12)  # line 20
    v_15: Signed = int_and(v_13, v_14)  # line 20
    v_16: Signed = int_mul(v_15, 1000000007)  # line 20
    v_17: Signed = int_add(v_9, v_16)  # line 20
    --> block1(d_2, v_17, iter2_1)

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
    v_14: Void = setfield(v_13, 'typeptr', vtable StopIteration [8, 9))  # line 377
    v_15: Ptr(BaseException) = cast_pointer(v_12)  # line 377
    v_16: Ptr(object_vtable) = getfield(v_15, 'typeptr')  # line 377
    --> raise(v_16, v_12)

graph ll_newdict__dicttable_array_entry_rpy_str_Signed(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_rpy_str_Signed_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_rpy_str_Signed_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

graph _ll_dict_store_clean__array_Signed_Signed_Signed(indexes_0: Ptr(GcArray(Signed)), hash_0: Signed, index_0: Signed)  # rordereddict.py:148
block0(indexes_0: Ptr(GcArray(Signed)), hash_0: Signed, index_0: Signed):
    v_0: Signed = getarraysize(indexes_0)  # line 151
    v_1: Signed = int_sub(v_0, 1)  # line 151
    v_2: Signed = int_and(hash_0, v_1)  # line 152
    v_3: Unsigned = cast_int_to_uint(hash_0)  # line 153
    v_4: Unsigned = same_as(v_3)  # line 153
    --> block1(indexes_0, hash_0, index_0, v_1, v_2, v_4)
block1(indexes_1: Ptr(GcArray(Signed)), hash_1: Signed, index_1: Signed, mask_0: Signed, i_0: Signed, perturb_0: Unsigned):
    v_5: Signed = getarrayitem(indexes_1, i_0)  # line 154
    v_6: Bool = int_ne(v_5, 0)  # line 154
    v_7: Bool = same_as(v_6)  # line 154
    switch v_7
    False --> block2(indexes_1, index_1, i_0)
    True --> block3(indexes_1, hash_1, index_1, mask_0, i_0, perturb_0)
block2(indexes_2: Ptr(GcArray(Signed)), index_2: Signed, i_1: Signed):
    v_8: Signed = int_add(index_2, 2)  # line 157
    v_9: Void = setarrayitem(indexes_2, i_1, v_8)  # line 157
    --> return(None)
block3(indexes_3: Ptr(GcArray(Signed)), hash_2: Signed, index_3: Signed, mask_1: Signed, i_2: Signed, perturb_1: Unsigned):
    v_10: Unsigned = uint_rshift(perturb_1, 5)  # line 155
    v_11: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_2, v_10, mask_1)  # line 156
    --> block1(indexes_3, hash_2, index_3, mask_1, v_11, v_10)

graph _ll_next_slot__Signed_Unsigned_Signed(i_0: Signed, perturb_0: Unsigned, mask_0: Signed)  # rordereddict.py:144
block0(i_0: Signed, perturb_0: Unsigned, mask_0: Signed):
    v_0: Unsigned = cast_int_to_uint(i_0)  # line 145
    v_1: Unsigned = same_as(v_0)  # line 145
    v_2: Unsigned = same_as(5)  # line 145
    v_3: Unsigned = uint_mul(v_1, v_2)  # line 145
    v_4: Unsigned = uint_add(v_3, perturb_0)  # line 145
    v_5: Unsigned = same_as(1)  # line 145
    v_6: Unsigned = uint_add(v_4, v_5)  # line 145
    v_7: Signed = cast_uint_to_int(v_6)  # line 145
    v_8: Signed = same_as(v_7)  # line 145
    v_9: Signed = int_and(v_8, mask_0)  # line 145
    --> return(v_9)

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

graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), value_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), value_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Signed_ll_strhash, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash })  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__ll_strhash_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_streq_Bool, d_0, key_0, v_1, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, True)  # line 361
    v_3: Bool = int_ge(v_2, 0)  # line 362
    v_4: Bool = same_as(v_3)  # line 362
    switch v_4
    False --> block1(d_0, key_0, value_0, v_1, v_2)
    True --> block2(d_0, value_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Ptr(rpy_str), value_1: Signed, h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 365
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_Signed_Signed, d_1, key_1, value_1, h_0, v_5)  # line 365
    --> return(None)
block2(d_2: Ptr(dicttable), value_2: Signed, index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 363
    v_8: Void = setinteriorfield(v_7, index_1, 'value', value_2)  # line 363
    --> return(None)

graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Signed_ll_strhash(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_rpy_str_Signed_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Ptr(rpy_str) = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__ll_strhash_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph ll_keyhash__ll_strhash_rpy_str(hash_0: Void, key_0: Ptr(rpy_str))  # rordereddict.py:48
block0(hash_0: Void, key_0: Ptr(rpy_str)):
    v_0: Bool = same_as(False)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> block1(hash_0, key_0)
block1(hash_1: Void, key_1: Ptr(rpy_str)):
    v_2: Signed = direct_call(graph ll_strhash__rpy_str, key_1)  # line 51
    --> return(v_2)

graph _ll_dict_index_size__Signed(live_0: Signed)  # rordereddict.py:122
block0(live_0: Signed):
    --> block1(live_0, 16)
block1(live_1: Signed, size_0: Signed):
    v_0: Signed = int_add(live_1, live_1)  # line 126
    v_1: Signed = int_add(v_0, 1)  # line 126
    v_2: Signed = int_mul(v_1, 2)  # line 126
    v_3: Bool = int_le(size_0, v_2)  # line 126
    v_4: Bool = same_as(v_3)  # line 126
    switch v_4
    False --> return(size_0)
    True --> block2(live_1, size_0)
block2(live_2: Signed, size_1: Signed):
    v_5: Signed = int_mul(size_1, 2)  # line 127
    --> block1(live_2, v_5)

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

graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_streq_Bool(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Ptr(rpy_str), hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Ptr(rpy_str), hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Ptr(rpy_str), hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Ptr(rpy_str), hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Ptr(rpy_str), hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Ptr(rpy_str) = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__ll_streq_rpy_str_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Ptr(rpy_str), hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Ptr(rpy_str), hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Ptr(rpy_str), hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_streq_Bool, d_8, key_8, hash_8, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Ptr(rpy_str), hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
    v_28: Bool = int_eq(freeslot_7, -1)  # line 192
    v_29: Bool = same_as(v_28)  # line 192
    switch v_29
    False --> block4(d_9, key_9, hash_9, eq_9, store_9, indexes_7, entries_7, mask_7, i_7, perturb_7, freeslot_7)
    True --> block4(d_9, key_9, hash_9, eq_9, store_9, indexes_7, entries_7, mask_7, i_7, perturb_7, i_7)
block10(store_10: Bool, i_8: Signed, freeslot_8: Signed):
    v_30: Bool = same_as(store_10)  # line 186
    switch v_30
    False --> return(-1)
    True --> block11(i_8, freeslot_8)
block11(i_9: Signed, freeslot_9: Signed):
    v_31: Bool = int_eq(freeslot_9, -1)  # line 188
    v_32: Bool = same_as(v_31)  # line 188
    switch v_32
    False --> block12(freeslot_9)
    True --> block12(i_9)
block12(freeslot_10: Signed):
    v_33: Signed = int_invert(freeslot_10)  # line 190
    --> return(v_33)

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

graph _ll_dict_insert__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_Signed_Signed(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), value_0: Signed, hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), value_0: Signed, hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: Ptr(rpy_str), value_1: Signed, hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: Ptr(rpy_str), value_2: Signed, hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: Ptr(rpy_str), value_3: Signed, hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: Ptr(rpy_str), value_4: Signed, hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
    v_16: Void = setinteriorfield(v_15, index_1, 'key', key_4)  # line 314
    v_17: Void = setinteriorfield(v_15, index_1, 'value', value_4)  # line 315
    v_18: Void = setinteriorfield(v_15, index_1, 'f_hash', hash_4)  # line 316
    v_19: Void = setinteriorfield(v_15, index_1, 'f_valid', True)  # line 317
    v_20: Signed = int_add(index_1, 1)  # line 318
    v_21: Void = setfield(d_4, 'num_ever_used_items', v_20)  # line 318
    v_22: Signed = getfield(d_4, 'num_live_items')  # line 319
    v_23: Signed = int_add(v_22, 1)  # line 319
    v_24: Void = setfield(d_4, 'num_live_items', v_23)  # line 319
    --> return(None)
block5(d_5: Ptr(dicttable), key_5: Ptr(rpy_str), value_5: Signed, hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: Ptr(rpy_str), value_6: Signed, hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_rpy_str_Signed, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: Ptr(rpy_str), value_7: Signed, hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_rpy_str_Signed, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph _ll_dict_grow__dicttable_array_entry_rpy_str_Signed(d_0: Ptr(dicttable))  # rordereddict.py:278
block0(d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 281
    v_1: Signed = getfield(d_0, 'num_ever_used_items')  # line 281
    v_2: Signed = int_floordiv(v_1, 2)  # line 281
    v_3: Signed = int_mod(v_1, 2)  # line 281
    v_4: Bool = int_ne(v_3, 0)  # line 281
    v_5: Signed = int_xor(v_3, 2)  # line 281
    v_6: Bool = int_lt(v_5, 0)  # line 281
    v_7: Signed = cast_bool_to_int(v_4)  # line 281
    v_8: Signed = cast_bool_to_int(v_6)  # line 281
    v_9: Signed = int_and(v_7, v_8)  # line 281
    v_10: Signed = int_sub(v_2, v_9)  # line 281
    v_11: Bool = int_lt(v_0, v_10)  # line 281
    v_12: Bool = same_as(v_11)  # line 281
    switch v_12
    False --> block1(d_0)
    True --> block5(d_0)
block1(d_1: Ptr(dicttable)):
    v_13: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: Ptr(rpy_str) = getinteriorfield(entries_1, i_1, 'key')  # line 288
    v_22: Void = setinteriorfield(newentries_2, i_1, 'key', v_21)  # line 288
    v_23: Signed = getinteriorfield(entries_1, i_1, 'value')  # line 289
    v_24: Void = setinteriorfield(newentries_2, i_1, 'value', v_23)  # line 289
    v_25: Signed = getinteriorfield(entries_1, i_1, 'f_hash')  # line 290
    v_26: Void = setinteriorfield(newentries_2, i_1, 'f_hash', v_25)  # line 290
    v_27: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 291
    v_28: Void = setinteriorfield(newentries_2, i_1, 'f_valid', v_27)  # line 291
    v_29: Signed = int_add(i_1, 1)  # line 292
    --> block2(d_4, entries_1, newentries_2, v_29)
block5(d_5: Ptr(dicttable)):
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_rpy_str_Signed, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_rpy_str_Signed(d_0: Ptr(dicttable))  # rordereddict.py:269
block0(d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 271
    v_1: Signed = direct_call(graph _ll_dict_index_size__Signed, v_0)  # line 271
    v_2: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 272
    v_3: Signed = getarraysize(v_2)  # line 272
    v_4: Bool = int_lt(v_1, v_3)  # line 272
    v_5: Bool = same_as(v_4)  # line 272
    switch v_5
    False --> block1(d_0, v_1)
    True --> block2(d_0)
block1(d_1: Ptr(dicttable), size_0: Signed):
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_rpy_str_Signed_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_rpy_str_Signed, d_2)  # line 273
    --> return(None)

graph _ll_overallocate__Signed(length_0: Signed)  # rordereddict.py:224
block0(length_0: Signed):
    v_0: Signed = int_rshift(length_0, 3)  # line 226
    v_1: Signed = int_add(length_0, v_0)  # line 226
    v_2: Bool = int_lt(length_0, 9)  # line 226
    v_3: Bool = same_as(v_2)  # line 226
    switch v_3
    False --> block1(v_1, 6)
    True --> block1(v_1, 3)
block1(t4_0: Signed, v_4: Signed):
    v_5: Signed = int_add(t4_0, v_4)  # line 226
    --> return(v_5)

graph _ll_dict_remove_deleted_items__dicttable_array_entry_rpy_str_Signed(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
    v_1: Signed = getfield(d_0, 'num_live_items')  # line 243
    v_2: Signed = getarraysize(v_0)  # line 243
    v_3: Signed = int_floordiv(v_2, 4)  # line 243
    v_4: Signed = int_mod(v_2, 4)  # line 243
    v_5: Bool = int_ne(v_4, 0)  # line 243
    v_6: Signed = int_xor(v_4, 4)  # line 243
    v_7: Bool = int_lt(v_6, 0)  # line 243
    v_8: Signed = cast_bool_to_int(v_5)  # line 243
    v_9: Signed = cast_bool_to_int(v_7)  # line 243
    v_10: Signed = int_and(v_8, v_9)  # line 243
    v_11: Signed = int_sub(v_3, v_10)  # line 243
    v_12: Bool = int_lt(v_1, v_11)  # line 243
    v_13: Bool = same_as(v_12)  # line 243
    switch v_13
    False --> block1(d_0, v_0, v_0)
    True --> block13(d_0, v_0)
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_rpy_str_Signed_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_rpy_str_Signed_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: Ptr(rpy_str) = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Signed = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', v_38)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_rpy_str_Signed_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(True)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Ptr(rpy_str) = same_as(None)  # line 233
    v_3: Void = setinteriorfield(entries_1, i_1, 'key', v_2)  # line 233
    --> block2(entries_1, i_1, ENTRY_0)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed, ENTRY_1: Void):
    v_4: Bool = same_as(False)  # line 234
    v_5: Bool = same_as(v_4)  # line 234
    --> block3(entries_2, i_2)
block3(entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_6: Void = setinteriorfield(entries_3, i_3, 'f_valid', False)  # line 236
    --> return(None)

graph ll_newlist__array_dict_lazy_index.Word_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))) = malloc_varsize(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_newdict__dicttable_array_entry_dict_lazy_index.Word_Signed(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_dict_lazy_index.Word_Signed_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_dict_lazy_index.Word_Signed_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

graph ll_listiter__listiter_array_dict_lazy_index.Word_array_dict_lazy_index.Word(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_dict_lazy_index.Word(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_dict_lazy_index.Word, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar })))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))) = direct_call(graph ll_items__array_dict_lazy_index.Word, l_0)  # line 391
    v_8: Ptr(dict_lazy_index.Word) = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [8, 9))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__array_dict_lazy_index.Word(l_0: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_dict_lazy_index.Word(l_0: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_dict_setitem__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_Signed_ll_hash_identity_None(d_0: Ptr(dicttable), key_0: Ptr(dict_lazy_index.Word), value_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_lazy_index.Word), value_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_dict_lazy_index.Word_Signed_ll_hash_identity, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity })  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__ll_hash_identity_dict_lazy_index.Word, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity }, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_Signed_None_Bool, d_0, key_0, v_1, None, True)  # line 361
    v_3: Bool = int_ge(v_2, 0)  # line 362
    v_4: Bool = same_as(v_3)  # line 362
    switch v_4
    False --> block1(d_0, key_0, value_0, v_1, v_2)
    True --> block2(d_0, value_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Ptr(dict_lazy_index.Word), value_1: Signed, h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 365
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_Signed_Signed_Signed, d_1, key_1, value_1, h_0, v_5)  # line 365
    --> return(None)
block2(d_2: Ptr(dicttable), value_2: Signed, index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 363
    v_8: Void = setinteriorfield(v_7, index_1, 'value', value_2)  # line 363
    --> return(None)

graph _ll_dict_ensure_index__dicttable_array_entry_dict_lazy_index.Word_Signed_ll_hash_identity(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_dict_lazy_index.Word_Signed_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Ptr(dict_lazy_index.Word) = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__ll_hash_identity_dict_lazy_index.Word, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity }, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph ll_keyhash__ll_hash_identity_dict_lazy_index.Word(hash_0: Void, key_0: Ptr(dict_lazy_index.Word))  # rordereddict.py:48
block0(hash_0: Void, key_0: Ptr(dict_lazy_index.Word)):
    v_0: Bool = same_as(False)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> block1(hash_0, key_0)
block1(hash_1: Void, key_1: Ptr(dict_lazy_index.Word)):
    v_2: Signed = direct_call(graph ll_hash_identity__dict_lazy_index.Word, key_1)  # line 51
    --> return(v_2)

graph ll_hash_identity__dict_lazy_index.Word(p_0: Ptr(dict_lazy_index.Word))  # rordereddict.py:70
block0(p_0: Ptr(dict_lazy_index.Word)):
    v_0: Bool = ptr_nonzero(p_0)  # line 72
    switch v_0
    False --> return(0)
    True --> block1(p_0)
block1(p_1: Ptr(dict_lazy_index.Word)):
    v_1: Signed = gc_identityhash(p_1)  # line 74
    --> return(v_1)

graph _ll_dict_lookup__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_Signed_None_Bool(d_0: Ptr(dicttable), key_0: Ptr(dict_lazy_index.Word), hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_lazy_index.Word), hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Ptr(dict_lazy_index.Word), hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Ptr(dict_lazy_index.Word), hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Ptr(dict_lazy_index.Word), hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Ptr(dict_lazy_index.Word), hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Ptr(dict_lazy_index.Word), hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Ptr(dict_lazy_index.Word) = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__None_dict_lazy_index.Word_dict_lazy_index.Word, None, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Ptr(dict_lazy_index.Word), hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Ptr(dict_lazy_index.Word), hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Ptr(dict_lazy_index.Word), hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_Signed_None_Bool, d_8, key_8, hash_8, None, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Ptr(dict_lazy_index.Word), hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
    v_28: Bool = int_eq(freeslot_7, -1)  # line 192
    v_29: Bool = same_as(v_28)  # line 192
    switch v_29
    False --> block4(d_9, key_9, hash_9, eq_9, store_9, indexes_7, entries_7, mask_7, i_7, perturb_7, freeslot_7)
    True --> block4(d_9, key_9, hash_9, eq_9, store_9, indexes_7, entries_7, mask_7, i_7, perturb_7, i_7)
block10(store_10: Bool, i_8: Signed, freeslot_8: Signed):
    v_30: Bool = same_as(store_10)  # line 186
    switch v_30
    False --> return(-1)
    True --> block11(i_8, freeslot_8)
block11(i_9: Signed, freeslot_9: Signed):
    v_31: Bool = int_eq(freeslot_9, -1)  # line 188
    v_32: Bool = same_as(v_31)  # line 188
    switch v_32
    False --> block12(freeslot_9)
    True --> block12(i_9)
block12(freeslot_10: Signed):
    v_33: Signed = int_invert(freeslot_10)  # line 190
    --> return(v_33)

graph ll_keyeq__None_dict_lazy_index.Word_dict_lazy_index.Word(eq_0: Void, key1_0: Ptr(dict_lazy_index.Word), key2_0: Ptr(dict_lazy_index.Word))  # rordereddict.py:54
block0(eq_0: Void, key1_0: Ptr(dict_lazy_index.Word), key2_0: Ptr(dict_lazy_index.Word)):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: Ptr(dict_lazy_index.Word), key2_1: Ptr(dict_lazy_index.Word)):
    v_2: Bool = ptr_eq(key1_1, key2_1)  # line 56
    --> return(v_2)

graph _ll_dict_insert__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_Signed_Signed_Signed(d_0: Ptr(dicttable), key_0: Ptr(dict_lazy_index.Word), value_0: Signed, hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_lazy_index.Word), value_0: Signed, hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: Ptr(dict_lazy_index.Word), value_1: Signed, hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: Ptr(dict_lazy_index.Word), value_2: Signed, hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: Ptr(dict_lazy_index.Word), value_3: Signed, hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: Ptr(dict_lazy_index.Word), value_4: Signed, hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
    v_16: Void = setinteriorfield(v_15, index_1, 'key', key_4)  # line 314
    v_17: Void = setinteriorfield(v_15, index_1, 'value', value_4)  # line 315
    v_18: Void = setinteriorfield(v_15, index_1, 'f_hash', hash_4)  # line 316
    v_19: Void = setinteriorfield(v_15, index_1, 'f_valid', True)  # line 317
    v_20: Signed = int_add(index_1, 1)  # line 318
    v_21: Void = setfield(d_4, 'num_ever_used_items', v_20)  # line 318
    v_22: Signed = getfield(d_4, 'num_live_items')  # line 319
    v_23: Signed = int_add(v_22, 1)  # line 319
    v_24: Void = setfield(d_4, 'num_live_items', v_23)  # line 319
    --> return(None)
block5(d_5: Ptr(dicttable), key_5: Ptr(dict_lazy_index.Word), value_5: Signed, hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: Ptr(dict_lazy_index.Word), value_6: Signed, hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_dict_lazy_index.Word_Signed, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: Ptr(dict_lazy_index.Word), value_7: Signed, hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_dict_lazy_index.Word_Signed, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph _ll_dict_grow__dicttable_array_entry_dict_lazy_index.Word_Signed(d_0: Ptr(dicttable))  # rordereddict.py:278
block0(d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 281
    v_1: Signed = getfield(d_0, 'num_ever_used_items')  # line 281
    v_2: Signed = int_floordiv(v_1, 2)  # line 281
    v_3: Signed = int_mod(v_1, 2)  # line 281
    v_4: Bool = int_ne(v_3, 0)  # line 281
    v_5: Signed = int_xor(v_3, 2)  # line 281
    v_6: Bool = int_lt(v_5, 0)  # line 281
    v_7: Signed = cast_bool_to_int(v_4)  # line 281
    v_8: Signed = cast_bool_to_int(v_6)  # line 281
    v_9: Signed = int_and(v_7, v_8)  # line 281
    v_10: Signed = int_sub(v_2, v_9)  # line 281
    v_11: Bool = int_lt(v_0, v_10)  # line 281
    v_12: Bool = same_as(v_11)  # line 281
    switch v_12
    False --> block1(d_0)
    True --> block5(d_0)
block1(d_1: Ptr(dicttable)):
    v_13: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: Ptr(dict_lazy_index.Word) = getinteriorfield(entries_1, i_1, 'key')  # line 288
    v_22: Void = setinteriorfield(newentries_2, i_1, 'key', v_21)  # line 288
    v_23: Signed = getinteriorfield(entries_1, i_1, 'value')  # line 289
    v_24: Void = setinteriorfield(newentries_2, i_1, 'value', v_23)  # line 289
    v_25: Signed = getinteriorfield(entries_1, i_1, 'f_hash')  # line 290
    v_26: Void = setinteriorfield(newentries_2, i_1, 'f_hash', v_25)  # line 290
    v_27: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 291
    v_28: Void = setinteriorfield(newentries_2, i_1, 'f_valid', v_27)  # line 291
    v_29: Signed = int_add(i_1, 1)  # line 292
    --> block2(d_4, entries_1, newentries_2, v_29)
block5(d_5: Ptr(dicttable)):
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_dict_lazy_index.Word_Signed, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_dict_lazy_index.Word_Signed(d_0: Ptr(dicttable))  # rordereddict.py:269
block0(d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 271
    v_1: Signed = direct_call(graph _ll_dict_index_size__Signed, v_0)  # line 271
    v_2: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 272
    v_3: Signed = getarraysize(v_2)  # line 272
    v_4: Bool = int_lt(v_1, v_3)  # line 272
    v_5: Bool = same_as(v_4)  # line 272
    switch v_5
    False --> block1(d_0, v_1)
    True --> block2(d_0)
block1(d_1: Ptr(dicttable), size_0: Signed):
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_dict_lazy_index.Word_Signed_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_dict_lazy_index.Word_Signed, d_2)  # line 273
    --> return(None)

graph _ll_dict_remove_deleted_items__dicttable_array_entry_dict_lazy_index.Word_Signed(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
    v_1: Signed = getfield(d_0, 'num_live_items')  # line 243
    v_2: Signed = getarraysize(v_0)  # line 243
    v_3: Signed = int_floordiv(v_2, 4)  # line 243
    v_4: Signed = int_mod(v_2, 4)  # line 243
    v_5: Bool = int_ne(v_4, 0)  # line 243
    v_6: Signed = int_xor(v_4, 4)  # line 243
    v_7: Bool = int_lt(v_6, 0)  # line 243
    v_8: Signed = cast_bool_to_int(v_5)  # line 243
    v_9: Signed = cast_bool_to_int(v_7)  # line 243
    v_10: Signed = int_and(v_8, v_9)  # line 243
    v_11: Signed = int_sub(v_3, v_10)  # line 243
    v_12: Bool = int_lt(v_1, v_11)  # line 243
    v_13: Bool = same_as(v_12)  # line 243
    switch v_13
    False --> block1(d_0, v_0, v_0)
    True --> block13(d_0, v_0)
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_dict_lazy_index.Word_Signed_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_dict_lazy_index.Word_Signed_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: Ptr(dict_lazy_index.Word) = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Signed = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', v_38)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_dict_lazy_index.Word_Signed_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(True)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Ptr(dict_lazy_index.Word) = same_as(None)  # line 233
    v_3: Void = setinteriorfield(entries_1, i_1, 'key', v_2)  # line 233
    --> block2(entries_1, i_1, ENTRY_0)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed, ENTRY_1: Void):
    v_4: Bool = same_as(False)  # line 234
    v_5: Bool = same_as(v_4)  # line 234
    --> block3(entries_2, i_2)
block3(entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_6: Void = setinteriorfield(entries_3, i_3, 'f_valid', False)  # line 236
    --> return(None)

graph ll_rangeiter__rangeiter_Signed_Signed_Signed(ITER_0: Void, start_0: Signed, stop_0: Signed, step_0: Signed)  # rlist.py:332
block0(ITER_0: Void, start_0: Signed, stop_0: Signed, step_0: Signed):
    v_0: Signed = direct_call(graph _ll_range_length__Signed_Signed_Signed, start_0, stop_0, step_0)  # line 334
    v_1: Ptr(rangeiter) = direct_call(graph _ll_rangeiter__rangeiter_Signed_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), start_0, v_0, step_0)  # line 334
    --> return(v_1)

graph _ll_range_length__Signed_Signed_Signed(start_0: Signed, stop_0: Signed, step_0: Signed)  # rlist.py:507
block0(start_0: Signed, stop_0: Signed, step_0: Signed):
    v_0: Bool = int_eq(step_0, 0)  # line 509
    v_1: Bool = same_as(v_0)  # line 509
    switch v_1
    False --> block1(start_0, stop_0, step_0)
    True --> block6()
block1(start_1: Signed, stop_1: Signed, step_1: Signed):
    v_2: Bool = int_gt(step_1, 0)  # line 511
    v_3: Bool = same_as(v_2)  # line 511
    switch v_3
    False --> block2(start_1, stop_1, step_1)
    True --> block4(start_1, stop_1, step_1)
block2(start_2: Signed, stop_2: Signed, step_2: Signed):
    v_4: Bool = int_gt(start_2, stop_2)  # line 513
    v_5: Bool = same_as(v_4)  # line 513
    switch v_5
    False --> return(0)
    True --> block3(start_2, stop_2, step_2)
block3(start_3: Signed, stop_3: Signed, step_3: Signed):
    v_6: Signed = int_sub(start_3, stop_3)  # line 513
    v_7: Signed = int_sub(v_6, step_3)  # line 513
    v_8: Signed = int_sub(v_7, 1)  # line 513
    v_9: Signed = int_neg(step_3)  # line 513
    v_10: Signed = int_floordiv_zer(v_8, v_9)  # line 513
    v_11: Signed = int_mod(v_8, v_9)  # line 513
    v_12: Bool = int_ne(v_11, 0)  # line 513
    v_13: Signed = int_xor(v_11, v_9)  # line 513
    v_14: Bool = int_lt(v_13, 0)  # line 513
    v_15: Signed = cast_bool_to_int(v_12)  # line 513
    v_16: Signed = cast_bool_to_int(v_14)  # line 513
    v_17: Signed = int_and(v_15, v_16)  # line 513
    v_18: Signed = int_sub(v_10, v_17)  # line 513
    --> return(v_18)
block4(start_4: Signed, stop_4: Signed, step_4: Signed):
    v_19: Bool = int_gt(stop_4, start_4)  # line 512
    v_20: Bool = same_as(v_19)  # line 512
    switch v_20
    False --> return(0)
    True --> block5(start_4, stop_4, step_4)
block5(start_5: Signed, stop_5: Signed, step_5: Signed):
    v_21: Signed = int_sub(stop_5, start_5)  # line 512
    v_22: Signed = int_add(v_21, step_5)  # line 512
    v_23: Signed = int_sub(v_22, 1)  # line 512
    v_24: Signed = int_floordiv_zer(v_23, step_5)  # line 512
    v_25: Signed = int_mod(v_23, step_5)  # line 512
    v_26: Bool = int_ne(v_25, 0)  # line 512
    v_27: Signed = int_xor(v_25, step_5)  # line 512
    v_28: Bool = int_lt(v_27, 0)  # line 512
    v_29: Signed = cast_bool_to_int(v_26)  # line 512
    v_30: Signed = cast_bool_to_int(v_28)  # line 512
    v_31: Signed = int_and(v_29, v_30)  # line 512
    v_32: Signed = int_sub(v_24, v_31)  # line 512
    --> return(v_32)
block6():
    v_33: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 510
    v_34: Ptr(BaseException) = cast_pointer(v_33)  # line 510
    v_35: Void = setfield(v_34, 'typeptr', vtable ValueError [7, 8))  # line 510
    v_36: Ptr(BaseException) = cast_pointer(v_33)  # line 510
    v_37: Ptr(object_vtable) = getfield(v_36, 'typeptr')  # line 510
    --> raise(v_37, v_33)

graph ll_dict_delitem__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:368
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq })  # line 369
    v_1: Bool = int_lt(v_0, 0)  # line 370
    v_2: Bool = same_as(v_1)  # line 370
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Void = direct_call(graph _ll_dict_del__dicttable_array_entry_rpy_str_Signed_Signed, d_1, index_0)  # line 372
    --> return(None)
block2():
    v_4: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 371
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 371
    v_6: Void = setfield(v_5, 'typeptr', vtable KeyError [6, 7))  # line 371
    v_7: Ptr(BaseException) = cast_pointer(v_4)  # line 371
    v_8: Ptr(object_vtable) = getfield(v_7, 'typeptr')  # line 371
    --> raise(v_8, v_4)

graph _ll_dict_find__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Signed_ll_strhash, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash })  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__ll_strhash_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_streq_Bool, d_0, key_0, v_1, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, False)  # line 221
    --> return(v_2)

graph _ll_dict_del__dicttable_array_entry_rpy_str_Signed_Signed(d_0: Ptr(dicttable), index_0: Signed)  # rordereddict.py:322
block0(d_0: Ptr(dicttable), index_0: Signed):
    v_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 324
    v_1: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 325
    v_2: Signed = getinteriorfield(v_0, index_0, 'f_hash')  # line 325
    v_3: Signed = direct_call(graph _ll_dict_slot_of__dicttable_array_entry_rpy_str_Signed_Signed_Signed, d_0, v_2, index_0)  # line 325
    v_4: Void = setarrayitem(v_1, v_3, 1)  # line 325
    v_5: Void = direct_call(graph _ll_clear_entry__array_entry_rpy_str_Signed_Signed, v_0, index_0)  # line 326
    v_6: Signed = getfield(d_0, 'num_live_items')  # line 327
    v_7: Signed = int_sub(v_6, 1)  # line 327
    v_8: Void = setfield(d_0, 'num_live_items', v_7)  # line 327
    v_9: Signed = getfield(d_0, 'num_live_items')  # line 328
    v_10: Bool = int_eq(v_9, 0)  # line 328
    v_11: Bool = same_as(v_10)  # line 328
    switch v_11
    False --> block1(d_0, index_0, v_0)
    True --> block8(d_0, v_0)
block1(d_1: Ptr(dicttable), index_1: Signed, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_12: Signed = getfield(d_1, 'num_ever_used_items')  # line 330
    v_13: Signed = int_sub(v_12, 1)  # line 330
    v_14: Bool = int_eq(index_1, v_13)  # line 330
    v_15: Bool = same_as(v_14)  # line 330
    switch v_15
    False --> block2(d_1, entries_0)
    True --> block4(d_1, index_1, entries_0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_16: Signed = getfield(d_2, 'num_live_items')  # line 337
    v_17: Signed = int_add(v_16, 16)  # line 337
    v_18: Signed = getarraysize(entries_1)  # line 337
    v_19: Signed = int_floordiv(v_18, 8)  # line 337
    v_20: Signed = int_mod(v_18, 8)  # line 337
    v_21: Bool = int_ne(v_20, 0)  # line 337
    v_22: Signed = int_xor(v_20, 8)  # line 337
    v_23: Bool = int_lt(v_22, 0)  # line 337
    v_24: Signed = cast_bool_to_int(v_21)  # line 337
    v_25: Signed = cast_bool_to_int(v_23)  # line 337
    v_26: Signed = int_and(v_24, v_25)  # line 337
    v_27: Signed = int_sub(v_19, v_26)  # line 337
    v_28: Bool = int_le(v_17, v_27)  # line 337
    v_29: Bool = same_as(v_28)  # line 337
    switch v_29
    False --> return(None)
    True --> block3(d_2)
block3(d_3: Ptr(dicttable)):
    v_30: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_rpy_str_Signed, d_3)  # line 338
    --> return(None)
block4(d_4: Ptr(dicttable), index_2: Signed, entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_31: Signed = int_sub(index_2, 1)  # line 332
    --> block5(d_4, index_2, entries_2, v_31)
block5(d_5: Ptr(dicttable), index_3: Signed, entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_32: Bool = getinteriorfield(entries_3, i_0, 'f_valid')  # line 333
    v_33: Bool = same_as(v_32)  # line 333
    switch v_33
    False --> block6(d_5, index_3, entries_3, i_0)
    True --> block7(d_5, entries_3, i_0)
block6(d_6: Ptr(dicttable), index_4: Signed, entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_34: Signed = int_sub(i_1, 1)  # line 334
    --> block5(d_6, index_4, entries_4, v_34)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_35: Signed = int_add(i_2, 1)  # line 335
    v_36: Void = setfield(d_7, 'num_ever_used_items', v_35)  # line 335
    --> block2(d_7, entries_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_37: Void = setfield(d_8, 'num_ever_used_items', 0)  # line 329
    --> block2(d_8, entries_6)

graph _ll_dict_slot_of__dicttable_array_entry_rpy_str_Signed_Signed_Signed(d_0: Ptr(dicttable), hash_0: Signed, index_0: Signed)  # rordereddict.py:206
block0(d_0: Ptr(dicttable), hash_0: Signed, index_0: Signed):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 208
    v_1: Signed = getarraysize(v_0)  # line 209
    v_2: Signed = int_sub(v_1, 1)  # line 209
    v_3: Signed = int_and(hash_0, v_2)  # line 210
    v_4: Unsigned = cast_int_to_uint(hash_0)  # line 211
    v_5: Unsigned = same_as(v_4)  # line 211
    --> block1(d_0, hash_0, index_0, v_0, v_2, v_3, v_5)
block1(d_1: Ptr(dicttable), hash_1: Signed, index_1: Signed, indexes_0: Ptr(GcArray(Signed)), mask_0: Signed, i_0: Signed, perturb_0: Unsigned):
    v_6: Signed = getarrayitem(indexes_0, i_0)  # line 212
    v_7: Signed = int_add(index_1, 2)  # line 212
    v_8: Bool = int_ne(v_6, v_7)  # line 212
    v_9: Bool = same_as(v_8)  # line 212
    switch v_9
    False --> return(i_0)
    True --> block2(d_1, hash_1, index_1, indexes_0, mask_0, i_0, perturb_0)
block2(d_2: Ptr(dicttable), hash_2: Signed, index_2: Signed, indexes_1: Ptr(GcArray(Signed)), mask_1: Signed, i_1: Signed, perturb_1: Unsigned):
    v_10: Unsigned = uint_rshift(perturb_1, 5)  # line 213
    v_11: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_1, v_10, mask_1)  # line 214
    --> block1(d_2, hash_2, index_2, indexes_1, mask_1, v_11, v_10)

graph ll_dict_is_true__dicttable_array_entry_rpy_str_Signed(d_0: Ptr(dicttable))  # rordereddict.py:347
block0(d_0: Ptr(dicttable)):
    v_0: Bool = ptr_nonzero(d_0)  # line 348
    v_1: Bool = same_as(v_0)  # line 348
    switch v_1
    False --> return(v_0)
    True --> block1(d_0)
block1(d_1: Ptr(dicttable)):
    v_2: Signed = getfield(d_1, 'num_live_items')  # line 348
    v_3: Bool = int_ne(v_2, 0)  # line 348
    --> return(v_3)

graph ll_dict_len__dicttable_array_entry_rpy_str_Signed(d_0: Ptr(dicttable))  # rordereddict.py:343
block0(d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 344
    --> return(v_0)

graph ll_dict_clear__dicttable_array_entry_rpy_str_Signed(d_0: Ptr(dicttable))  # rordereddict.py:113
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 114
    v_1: Void = setfield(d_0, 'entries', v_0)  # line 114
    v_2: Void = setfield(d_0, 'num_live_items', 0)  # line 115
    v_3: Void = setfield(d_0, 'num_ever_used_items', 0)  # line 116
    v_4: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_rpy_str_Signed_Signed, d_0, 16)  # line 117
    --> return(None)

graph ll_dict_get__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), default_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:379
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), default_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq })  # line 380
    v_1: Bool = int_lt(v_0, 0)  # line 381
    v_2: Bool = same_as(v_1)  # line 381
    switch v_2
    False --> block1(d_0, v_0)
    True --> return(default_0)
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 383
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 383
    --> return(v_4)

graph ll_dict_setdefault__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), default_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:386
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), default_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Signed_ll_strhash, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash })  # line 387
    v_1: Signed = direct_call(graph ll_keyhash__ll_strhash_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, key_0)  # line 388
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_streq_Bool, d_0, key_0, v_1, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, True)  # line 389
    v_3: Bool = int_ge(v_2, 0)  # line 390
    v_4: Bool = same_as(v_3)  # line 390
    switch v_4
    False --> block1(d_0, key_0, default_0, v_1, v_2)
    True --> block2(d_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Ptr(rpy_str), default_1: Signed, h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 392
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_Signed_Signed, d_1, key_1, default_1, h_0, v_5)  # line 392
    --> return(default_1)
block2(d_2: Ptr(dicttable), index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 391
    v_8: Signed = getinteriorfield(v_7, index_1, 'value')  # line 391
    --> return(v_8)

graph ll_dict_update__dicttable_array_entry_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed_ll_strhash_ll_streq(d_0: Ptr(dicttable), other_0: Ptr(dicttable), hash_0: Void, eq_0: Void)  # rordereddict.py:428
block0(d_0: Ptr(dicttable), other_0: Ptr(dicttable), hash_0: Void, eq_0: Void):
    v_0: Bool = ptr_eq(d_0, other_0)  # line 429
    v_1: Bool = same_as(v_0)  # line 429
    switch v_1
    False --> block1(d_0, other_0, hash_0, eq_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), other_1: Ptr(dicttable), hash_1: Void, eq_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(other_1, 'entries')  # line 431
    --> block2(d_1, other_1, hash_1, eq_1, v_2, 0)
block2(d_2: Ptr(dicttable), other_2: Ptr(dicttable), hash_2: Void, eq_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(other_2, 'num_ever_used_items')  # line 433
    v_4: Bool = int_lt(i_0, v_3)  # line 433
    v_5: Bool = same_as(v_4)  # line 433
    switch v_5
    False --> return(None)
    True --> block3(d_2, other_2, hash_2, eq_2, entries_0, i_0)
block3(d_3: Ptr(dicttable), other_3: Ptr(dicttable), hash_3: Void, eq_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_6: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 434
    v_7: Bool = same_as(v_6)  # line 434
    switch v_7
    False --> block4(d_3, other_3, hash_3, eq_3, entries_1, i_1)
    True --> block5(d_3, other_3, hash_3, eq_3, entries_1, i_1)
block4(d_4: Ptr(dicttable), other_4: Ptr(dicttable), hash_4: Void, eq_4: Void, entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_8: Ptr(GcArray(Signed)) = getfield(other_4, 'indexes')  # line 434
    v_9: Bool = ptr_nonzero(v_8)  # line 434
    switch v_9
    False --> block5(d_4, other_4, hash_4, eq_4, entries_2, i_2)
    True --> block6(d_4, other_4, hash_4, eq_4, entries_2, i_2)
block5(d_5: Ptr(dicttable), other_5: Ptr(dicttable), hash_5: Void, eq_5: Void, entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_10: Ptr(rpy_str) = getinteriorfield(entries_3, i_3, 'key')  # line 435
    v_11: Signed = getinteriorfield(entries_3, i_3, 'value')  # line 435
    v_12: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, d_5, v_10, v_11, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq })  # line 435
    --> block6(d_5, other_5, hash_5, eq_5, entries_3, i_3)
block6(d_6: Ptr(dicttable), other_6: Ptr(dicttable), hash_6: Void, eq_6: Void, entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_4: Signed):
    v_13: Signed = int_add(i_4, 1)  # line 436
    --> block2(d_6, other_6, hash_6, eq_6, entries_4, v_13)

graph ll_dict_copy__dicttable_array_entry_rpy_str_Signed(d_0: Ptr(dicttable))  # rordereddict.py:86
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 88
    v_1: Signed = getfield(d_0, 'num_live_items')  # line 89
    v_2: Void = setfield(v_0, 'num_live_items', v_1)  # line 89
    v_3: Signed = getfield(d_0, 'num_ever_used_items')  # line 90
    v_4: Void = setfield(v_0, 'num_ever_used_items', v_3)  # line 90
    v_5: Signed = getfield(d_0, 'resize_counter')  # line 91
    v_6: Void = setfield(v_0, 'resize_counter', v_5)  # line 91
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 92
    v_8: Signed = getarraysize(v_7)  # line 93
    v_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_8)  # line 93
    --> block1(d_0, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }), v_0, v_7, v_9, 0)
block1(d_1: Ptr(dicttable), DICT_0: Void, res_0: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_10: Signed = getfield(d_1, 'num_ever_used_items')  # line 95
    v_11: Bool = int_lt(i_0, v_10)  # line 95
    v_12: Bool = same_as(v_11)  # line 95
    switch v_12
    False --> block2(d_1, DICT_0, res_0, entries_0, newentries_0)
    True --> block7(d_1, DICT_0, res_0, entries_0, newentries_0, i_0)
block2(d_2: Ptr(dicttable), DICT_1: Void, res_1: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_13: Void = setfield(res_1, 'entries', newentries_1)  # line 101
    v_14: Ptr(GcArray(Signed)) = getfield(d_2, 'indexes')  # line 102
    v_15: Bool = ptr_nonzero(v_14)  # line 102
    switch v_15
    False --> return(res_1)
    True --> block3(d_2, DICT_1, res_1, entries_1, newentries_1)
block3(d_3: Ptr(dicttable), DICT_2: Void, res_2: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_16: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 103
    v_17: Signed = getarraysize(v_16)  # line 104
    v_18: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', v_17)  # line 104
    --> block4(d_3, DICT_2, res_2, entries_2, newentries_2, 0, v_16, v_18)
block4(d_4: Ptr(dicttable), DICT_3: Void, res_3: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed, indexes_0: Ptr(GcArray(Signed)), newindexes_0: Ptr(GcArray(Signed))):
    v_19: Signed = getarraysize(indexes_0)  # line 106
    v_20: Bool = int_lt(i_1, v_19)  # line 106
    v_21: Bool = same_as(v_20)  # line 106
    switch v_21
    False --> block5(res_3, newindexes_0)
    True --> block6(d_4, DICT_3, res_3, entries_3, newentries_3, i_1, indexes_0, newindexes_0)
block5(res_4: Ptr(dicttable), newindexes_1: Ptr(GcArray(Signed))):
    v_22: Void = setfield(res_4, 'indexes', newindexes_1)  # line 109
    --> return(res_4)
block6(d_5: Ptr(dicttable), DICT_4: Void, res_5: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed, indexes_1: Ptr(GcArray(Signed)), newindexes_2: Ptr(GcArray(Signed))):
    v_23: Signed = getarrayitem(indexes_1, i_2)  # line 107
    v_24: Void = setarrayitem(newindexes_2, i_2, v_23)  # line 107
    v_25: Signed = int_add(i_2, 1)  # line 108
    --> block4(d_5, DICT_4, res_5, entries_4, newentries_4, v_25, indexes_1, newindexes_2)
block7(d_6: Ptr(dicttable), DICT_5: Void, res_6: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_26: Ptr(rpy_str) = getinteriorfield(entries_5, i_3, 'key')  # line 96
    v_27: Void = setinteriorfield(newentries_5, i_3, 'key', v_26)  # line 96
    v_28: Signed = getinteriorfield(entries_5, i_3, 'value')  # line 97
    v_29: Void = setinteriorfield(newentries_5, i_3, 'value', v_28)  # line 97
    v_30: Signed = getinteriorfield(entries_5, i_3, 'f_hash')  # line 98
    v_31: Void = setinteriorfield(newentries_5, i_3, 'f_hash', v_30)  # line 98
    v_32: Bool = getinteriorfield(entries_5, i_3, 'f_valid')  # line 99
    v_33: Void = setinteriorfield(newentries_5, i_3, 'f_valid', v_32)  # line 99
    v_34: Signed = int_add(i_3, 1)  # line 100
    --> block1(d_6, DICT_5, res_6, entries_5, newentries_5, v_34)

graph ll_dict_popitem__tuple2_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed_ll_strhash(TUPLE_0: Void, d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:414
block0(TUPLE_0: Void, d_0: Ptr(dicttable), hash_0: Void):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 416
    v_1: Bool = int_eq(v_0, 0)  # line 416
    v_2: Bool = same_as(v_1)  # line 416
    switch v_2
    False --> block1(TUPLE_0, d_0, hash_0)
    True --> block2()
block1(TUPLE_1: Void, d_1: Ptr(dicttable), hash_1: Void):
    v_3: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Signed_ll_strhash, d_1, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash })  # line 418
    v_4: Signed = getfield(d_1, 'num_ever_used_items')  # line 419
    v_5: Signed = int_sub(v_4, 1)  # line 419
    v_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 420
    v_7: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }, 'gc')  # line 421
    v_8: Ptr(rpy_str) = getinteriorfield(v_6, v_5, 'key')  # line 422
    v_9: Void = setfield(v_7, 'item0', v_8)  # line 422
    v_10: Signed = getinteriorfield(v_6, v_5, 'value')  # line 423
    v_11: Void = setfield(v_7, 'item1', v_10)  # line 423
    v_12: Void = direct_call(graph _ll_dict_del__dicttable_array_entry_rpy_str_Signed_Signed, d_1, v_5)  # line 424
    --> return(v_7)
block2():
    v_13: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 417
    v_14: Ptr(BaseException) = cast_pointer(v_13)  # line 417
    v_15: Void = setfield(v_14, 'typeptr', vtable KeyError [6, 7))  # line 417
    v_16: Ptr(BaseException) = cast_pointer(v_13)  # line 417
    v_17: Ptr(object_vtable) = getfield(v_16, 'typeptr')  # line 417
    --> raise(v_17, v_13)

graph ll_strlen__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:39
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 40
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 40
    --> return(v_1)

graph ll_dict_pop__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:396
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq })  # line 397
    v_1: Bool = int_lt(v_0, 0)  # line 398
    v_2: Bool = same_as(v_1)  # line 398
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 400
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 400
    v_5: Void = direct_call(graph _ll_dict_del__dicttable_array_entry_rpy_str_Signed_Signed, d_1, index_0)  # line 401
    --> return(v_4)
block2():
    v_6: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 399
    v_7: Ptr(BaseException) = cast_pointer(v_6)  # line 399
    v_8: Void = setfield(v_7, 'typeptr', vtable KeyError [6, 7))  # line 399
    v_9: Ptr(BaseException) = cast_pointer(v_6)  # line 399
    v_10: Ptr(object_vtable) = getfield(v_9, 'typeptr')  # line 399
    --> raise(v_10, v_6)

graph ll_dict_contains__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:375
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq })  # line 376
    v_1: Bool = int_ge(v_0, 0)  # line 376
    --> return(v_1)

graph ll_dict_getitem__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:351
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq })  # line 352
    v_1: Bool = int_lt(v_0, 0)  # line 353
    v_2: Bool = same_as(v_1)  # line 353
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 355
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 355
    --> return(v_4)
block2():
    v_5: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 354
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [6, 7))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph ll_dict_keys__array_rpy_str_dicttable_array_entry_rpy_str_Signed(LIST_0: Void, d_0: Ptr(dicttable))  # rordereddict.py:441
block0(LIST_0: Void, d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 442
    v_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_0)  # line 442
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_items__array_rpy_str, v_1)  # line 443
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 444
    --> block1(LIST_0, d_0, v_1, v_2, v_3, 0, 0)
block1(LIST_1: Void, d_1: Ptr(dicttable), res_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed, j_0: Signed):
    v_4: Signed = getfield(d_1, 'num_ever_used_items')  # line 447
    v_5: Bool = int_lt(i_0, v_4)  # line 447
    v_6: Bool = same_as(v_5)  # line 447
    switch v_6
    False --> return(res_0)
    True --> block2(LIST_1, d_1, res_0, items_0, entries_0, i_0, j_0)
block2(LIST_2: Void, d_2: Ptr(dicttable), res_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed, j_1: Signed):
    v_7: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 448
    v_8: Bool = same_as(v_7)  # line 448
    switch v_8
    False --> block3(LIST_2, d_2, res_1, items_1, entries_1, i_1, j_1)
    True --> block4(LIST_2, d_2, res_1, items_1, entries_1, i_1, j_1)
block3(LIST_3: Void, d_3: Ptr(dicttable), res_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed, j_2: Signed):
    v_9: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 448
    v_10: Bool = ptr_nonzero(v_9)  # line 448
    switch v_10
    False --> block4(LIST_3, d_3, res_2, items_2, entries_2, i_2, j_2)
    True --> block5(LIST_3, d_3, res_2, items_2, entries_2, i_2, j_2)
block4(LIST_4: Void, d_4: Ptr(dicttable), res_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed, j_3: Signed):
    v_11: Ptr(rpy_str) = getinteriorfield(entries_3, i_3, 'key')  # line 449
    v_12: Void = setarrayitem(items_3, j_3, v_11)  # line 449
    v_13: Signed = int_add(j_3, 1)  # line 450
    --> block5(LIST_4, d_4, res_3, items_3, entries_3, i_3, v_13)
block5(LIST_5: Void, d_5: Ptr(dicttable), res_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), items_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_4: Signed, j_4: Signed):
    v_14: Signed = int_add(i_4, 1)  # line 451
    --> block1(LIST_5, d_5, res_4, items_4, entries_4, v_14, j_4)

graph ll_newlist__array_rpy_str_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', length_1)  # line 39
    --> return(v_2)

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

graph ll_dict_values__array_Signed_dicttable_array_entry_rpy_str_Signed(LIST_0: Void, d_0: Ptr(dicttable))  # rordereddict.py:455
block0(LIST_0: Void, d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 456
    v_1: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), v_0)  # line 456
    v_2: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, v_1)  # line 457
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 458
    --> block1(LIST_0, d_0, v_1, v_2, v_3, 0, 0)
block1(LIST_1: Void, d_1: Ptr(dicttable), res_0: Ptr(GcArray(Signed)), items_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed, j_0: Signed):
    v_4: Signed = getfield(d_1, 'num_ever_used_items')  # line 461
    v_5: Bool = int_lt(i_0, v_4)  # line 461
    v_6: Bool = same_as(v_5)  # line 461
    switch v_6
    False --> return(res_0)
    True --> block2(LIST_1, d_1, res_0, items_0, entries_0, i_0, j_0)
block2(LIST_2: Void, d_2: Ptr(dicttable), res_1: Ptr(GcArray(Signed)), items_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed, j_1: Signed):
    v_7: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 462
    v_8: Bool = same_as(v_7)  # line 462
    switch v_8
    False --> block3(LIST_2, d_2, res_1, items_1, entries_1, i_1, j_1)
    True --> block4(LIST_2, d_2, res_1, items_1, entries_1, i_1, j_1)
block3(LIST_3: Void, d_3: Ptr(dicttable), res_2: Ptr(GcArray(Signed)), items_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed, j_2: Signed):
    v_9: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 462
    v_10: Bool = ptr_nonzero(v_9)  # line 462
    switch v_10
    False --> block4(LIST_3, d_3, res_2, items_2, entries_2, i_2, j_2)
    True --> block5(LIST_3, d_3, res_2, items_2, entries_2, i_2, j_2)
block4(LIST_4: Void, d_4: Ptr(dicttable), res_3: Ptr(GcArray(Signed)), items_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed, j_3: Signed):
    v_11: Signed = getinteriorfield(entries_3, i_3, 'value')  # line 463
    v_12: Void = setarrayitem(items_3, j_3, v_11)  # line 463
    v_13: Signed = int_add(j_3, 1)  # line 464
    --> block5(LIST_4, d_4, res_3, items_3, entries_3, i_3, v_13)
block5(LIST_5: Void, d_5: Ptr(dicttable), res_4: Ptr(GcArray(Signed)), items_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_4: Signed, j_4: Signed):
    v_14: Signed = int_add(i_4, 1)  # line 465
    --> block1(LIST_5, d_5, res_4, items_4, entries_4, v_14, j_4)

graph ll_newlist__array_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_items__array_Signed(l_0: Ptr(GcArray(Signed)))  # rlist.py:25
block0(l_0: Ptr(GcArray(Signed))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_len__array_Signed(l_0: Ptr(GcArray(Signed)))  # rlist.py:31
block0(l_0: Ptr(GcArray(Signed))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Signed))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_dict_items__array_tuple2_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed(LIST_0: Void, d_0: Ptr(dicttable))  # rordereddict.py:469
block0(LIST_0: Void, d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 470
    v_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))) = direct_call(graph ll_newlist__array_tuple2_rpy_str_Signed_Signed, Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), v_0)  # line 470
    v_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))) = direct_call(graph ll_items__array_tuple2_rpy_str_Signed, v_1)  # line 471
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 473
    --> block1(LIST_0, d_0, v_1, v_2, Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }), v_3, 0, 0)
block1(LIST_1: Void, d_1: Ptr(dicttable), res_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), TUPLE_0: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed, j_0: Signed):
    v_4: Signed = getfield(d_1, 'num_ever_used_items')  # line 476
    v_5: Bool = int_lt(i_0, v_4)  # line 476
    v_6: Bool = same_as(v_5)  # line 476
    switch v_6
    False --> return(res_0)
    True --> block2(LIST_1, d_1, res_0, items_0, TUPLE_0, entries_0, i_0, j_0)
block2(LIST_2: Void, d_2: Ptr(dicttable), res_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), items_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), TUPLE_1: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed, j_1: Signed):
    v_7: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 477
    v_8: Bool = same_as(v_7)  # line 477
    switch v_8
    False --> block3(LIST_2, d_2, res_1, items_1, TUPLE_1, entries_1, i_1, j_1)
    True --> block4(LIST_2, d_2, res_1, items_1, TUPLE_1, entries_1, i_1, j_1)
block3(LIST_3: Void, d_3: Ptr(dicttable), res_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), items_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), TUPLE_2: Void, entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed, j_2: Signed):
    v_9: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 477
    v_10: Bool = ptr_nonzero(v_9)  # line 477
    switch v_10
    False --> block4(LIST_3, d_3, res_2, items_2, TUPLE_2, entries_2, i_2, j_2)
    True --> block5(LIST_3, d_3, res_2, items_2, TUPLE_2, entries_2, i_2, j_2)
block4(LIST_4: Void, d_4: Ptr(dicttable), res_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), items_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), TUPLE_3: Void, entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed, j_3: Signed):
    v_11: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }, 'gc')  # line 478
    v_12: Ptr(rpy_str) = getinteriorfield(entries_3, i_3, 'key')  # line 479
    v_13: Void = setfield(v_11, 'item0', v_12)  # line 479
    v_14: Signed = getinteriorfield(entries_3, i_3, 'value')  # line 480
    v_15: Void = setfield(v_11, 'item1', v_14)  # line 480
    v_16: Void = setarrayitem(items_3, j_3, v_11)  # line 481
    v_17: Signed = int_add(j_3, 1)  # line 482
    --> block5(LIST_4, d_4, res_3, items_3, TUPLE_3, entries_3, i_3, v_17)
block5(LIST_5: Void, d_5: Ptr(dicttable), res_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), items_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))), TUPLE_4: Void, entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_4: Signed, j_4: Signed):
    v_18: Signed = int_add(i_4, 1)  # line 483
    --> block1(LIST_5, d_5, res_4, items_4, TUPLE_4, entries_4, v_18, j_4)

graph ll_newlist__array_tuple2_rpy_str_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))) = malloc_varsize(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_items__array_tuple2_rpy_str_Signed(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_len__array_tuple2_rpy_str_Signed(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_dictiter__dictiter_dicttable_array_entry_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed(ITER_0: Void, d_0: Ptr(dicttable))  # rordereddict.py:489
block0(ITER_0: Void, d_0: Ptr(dicttable)):
    v_0: Ptr(dictiter) = malloc(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }, 'gc')  # line 490
    v_1: Void = setfield(v_0, 'dict', d_0)  # line 491
    v_2: Void = setfield(v_0, 'index', 0)  # line 492
    --> return(v_0)

graph ll_dictnext__dictiter_dicttable_array_entry_rpy_str_Signed(it_0: Ptr(dictiter))  # rordereddict.py:496
block0(it_0: Ptr(dictiter)):
    v_0: Ptr(dicttable) = getfield(it_0, 'dict')  # line 498
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(v_0, 'entries')  # line 499
    v_2: Signed = getfield(it_0, 'index')  # line 500
    --> block1(it_0, v_0, v_1, v_2)
block1(it_1: Ptr(dictiter), d_0: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), index_0: Signed):
    v_3: Signed = getfield(d_0, 'num_ever_used_items')  # line 501
    v_4: Bool = int_lt(index_0, v_3)  # line 501
    v_5: Bool = same_as(v_4)  # line 501
    switch v_5
    False --> block2(it_1, index_0)
    True --> block3(it_1, d_0, entries_0, index_0)
block2(it_2: Ptr(dictiter), index_1: Signed):
    v_6: Void = setfield(it_2, 'index', index_1)  # line 506
    v_7: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 507
    v_8: Ptr(BaseException) = cast_pointer(v_7)  # line 507
    v_9: Void = setfield(v_8, 'typeptr', vtable StopIteration [8, 9))  # line 507
    v_10: Ptr(BaseException) = cast_pointer(v_7)  # line 507
    v_11: Ptr(object_vtable) = getfield(v_10, 'typeptr')  # line 507
    --> raise(v_11, v_7)
block3(it_3: Ptr(dictiter), d_1: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), index_2: Signed):
    v_12: Bool = getinteriorfield(entries_1, index_2, 'f_valid')  # line 502
    v_13: Bool = same_as(v_12)  # line 502
    switch v_13
    False --> block4(it_3, d_1, entries_1, index_2)
    True --> block5(it_3, entries_1, index_2)
block4(it_4: Ptr(dictiter), d_2: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), index_3: Signed):
    v_14: Ptr(GcArray(Signed)) = getfield(d_2, 'indexes')  # line 502
    v_15: Bool = ptr_nonzero(v_14)  # line 502
    switch v_15
    False --> block5(it_4, entries_2, index_3)
    True --> block6(it_4, d_2, entries_2, index_3)
block5(it_5: Ptr(dictiter), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), index_4: Signed):
    v_16: Signed = int_add(index_4, 1)  # line 503
    v_17: Void = setfield(it_5, 'index', v_16)  # line 503
    v_18: Ptr(rpy_str) = getinteriorfield(entries_3, index_4, 'key')  # line 504
    --> return(v_18)
block6(it_6: Ptr(dictiter), d_3: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })), index_5: Signed):
    v_19: Signed = int_add(index_5, 1)  # line 505
    --> block1(it_6, d_3, entries_4, v_19)

graph ll_getitem_nonneg__array_dict_lazy_index.Word_Signed(l_0: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))), index_0: Signed)  # rlist.py:67
block0(l_0: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))), index_0: Signed):
    v_0: Signed = direct_call(graph ll_len__array_dict_lazy_index.Word, l_0)  # line 68
    v_1: Bool = int_ge(index_0, v_0)  # line 68
    v_2: Bool = same_as(v_1)  # line 68
    switch v_2
    False --> block1(l_0, index_0)
    True --> block2()
block1(l_1: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))), index_1: Signed):
    v_3: Ptr(GcArray(Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }))) = direct_call(graph ll_items__array_dict_lazy_index.Word, l_1)  # line 70
    v_4: Ptr(dict_lazy_index.Word) = getarrayitem(v_3, index_1)  # line 70
    --> return(v_4)
block2():
    v_5: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 69
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_7: Void = setfield(v_6, 'typeptr', vtable IndexError [5, 6))  # line 69
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 69
    --> raise(v_9, v_5)

graph ll_dict_getitem__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_ll_hash_identity_None(d_0: Ptr(dicttable), key_0: Ptr(dict_lazy_index.Word), hash_0: Void, eq_0: Void)  # rordereddict.py:351
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_lazy_index.Word), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_ll_hash_identity_None, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity }, None)  # line 352
    v_1: Bool = int_lt(v_0, 0)  # line 353
    v_2: Bool = same_as(v_1)  # line 353
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 355
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 355
    --> return(v_4)
block2():
    v_5: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 354
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [6, 7))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph _ll_dict_find__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_ll_hash_identity_None(d_0: Ptr(dicttable), key_0: Ptr(dict_lazy_index.Word), hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_lazy_index.Word), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_dict_lazy_index.Word_Signed_ll_hash_identity, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity })  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__ll_hash_identity_dict_lazy_index.Word, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity }, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_Signed_None_Bool, d_0, key_0, v_1, None, False)  # line 221
    --> return(v_2)

graph ll_dict_len__dicttable_array_entry_dict_lazy_index.Word_Signed(d_0: Ptr(dicttable))  # rordereddict.py:343
block0(d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 344
    --> return(v_0)

graph ll_dict_delitem__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_ll_hash_identity_None(d_0: Ptr(dicttable), key_0: Ptr(dict_lazy_index.Word), hash_0: Void, eq_0: Void)  # rordereddict.py:368
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_lazy_index.Word), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_dict_lazy_index.Word_Signed_dict_lazy_index.Word_ll_hash_identity_None, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity }, None)  # line 369
    v_1: Bool = int_lt(v_0, 0)  # line 370
    v_2: Bool = same_as(v_1)  # line 370
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Void = direct_call(graph _ll_dict_del__dicttable_array_entry_dict_lazy_index.Word_Signed_Signed, d_1, index_0)  # line 372
    --> return(None)
block2():
    v_4: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 371
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 371
    v_6: Void = setfield(v_5, 'typeptr', vtable KeyError [6, 7))  # line 371
    v_7: Ptr(BaseException) = cast_pointer(v_4)  # line 371
    v_8: Ptr(object_vtable) = getfield(v_7, 'typeptr')  # line 371
    --> raise(v_8, v_4)

graph _ll_dict_del__dicttable_array_entry_dict_lazy_index.Word_Signed_Signed(d_0: Ptr(dicttable), index_0: Signed)  # rordereddict.py:322
block0(d_0: Ptr(dicttable), index_0: Signed):
    v_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 324
    v_1: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 325
    v_2: Signed = getinteriorfield(v_0, index_0, 'f_hash')  # line 325
    v_3: Signed = direct_call(graph _ll_dict_slot_of__dicttable_array_entry_dict_lazy_index.Word_Signed_Signed_Signed, d_0, v_2, index_0)  # line 325
    v_4: Void = setarrayitem(v_1, v_3, 1)  # line 325
    v_5: Void = direct_call(graph _ll_clear_entry__array_entry_dict_lazy_index.Word_Signed_Signed, v_0, index_0)  # line 326
    v_6: Signed = getfield(d_0, 'num_live_items')  # line 327
    v_7: Signed = int_sub(v_6, 1)  # line 327
    v_8: Void = setfield(d_0, 'num_live_items', v_7)  # line 327
    v_9: Signed = getfield(d_0, 'num_live_items')  # line 328
    v_10: Bool = int_eq(v_9, 0)  # line 328
    v_11: Bool = same_as(v_10)  # line 328
    switch v_11
    False --> block1(d_0, index_0, v_0)
    True --> block8(d_0, v_0)
block1(d_1: Ptr(dicttable), index_1: Signed, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_12: Signed = getfield(d_1, 'num_ever_used_items')  # line 330
    v_13: Signed = int_sub(v_12, 1)  # line 330
    v_14: Bool = int_eq(index_1, v_13)  # line 330
    v_15: Bool = same_as(v_14)  # line 330
    switch v_15
    False --> block2(d_1, entries_0)
    True --> block4(d_1, index_1, entries_0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_16: Signed = getfield(d_2, 'num_live_items')  # line 337
    v_17: Signed = int_add(v_16, 16)  # line 337
    v_18: Signed = getarraysize(entries_1)  # line 337
    v_19: Signed = int_floordiv(v_18, 8)  # line 337
    v_20: Signed = int_mod(v_18, 8)  # line 337
    v_21: Bool = int_ne(v_20, 0)  # line 337
    v_22: Signed = int_xor(v_20, 8)  # line 337
    v_23: Bool = int_lt(v_22, 0)  # line 337
    v_24: Signed = cast_bool_to_int(v_21)  # line 337
    v_25: Signed = cast_bool_to_int(v_23)  # line 337
    v_26: Signed = int_and(v_24, v_25)  # line 337
    v_27: Signed = int_sub(v_19, v_26)  # line 337
    v_28: Bool = int_le(v_17, v_27)  # line 337
    v_29: Bool = same_as(v_28)  # line 337
    switch v_29
    False --> return(None)
    True --> block3(d_2)
block3(d_3: Ptr(dicttable)):
    v_30: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_dict_lazy_index.Word_Signed, d_3)  # line 338
    --> return(None)
block4(d_4: Ptr(dicttable), index_2: Signed, entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_31: Signed = int_sub(index_2, 1)  # line 332
    --> block5(d_4, index_2, entries_2, v_31)
block5(d_5: Ptr(dicttable), index_3: Signed, entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_32: Bool = getinteriorfield(entries_3, i_0, 'f_valid')  # line 333
    v_33: Bool = same_as(v_32)  # line 333
    switch v_33
    False --> block6(d_5, index_3, entries_3, i_0)
    True --> block7(d_5, entries_3, i_0)
block6(d_6: Ptr(dicttable), index_4: Signed, entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_34: Signed = int_sub(i_1, 1)  # line 334
    --> block5(d_6, index_4, entries_4, v_34)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_35: Signed = int_add(i_2, 1)  # line 335
    v_36: Void = setfield(d_7, 'num_ever_used_items', v_35)  # line 335
    --> block2(d_7, entries_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_37: Void = setfield(d_8, 'num_ever_used_items', 0)  # line 329
    --> block2(d_8, entries_6)

graph _ll_dict_slot_of__dicttable_array_entry_dict_lazy_index.Word_Signed_Signed_Signed(d_0: Ptr(dicttable), hash_0: Signed, index_0: Signed)  # rordereddict.py:206
block0(d_0: Ptr(dicttable), hash_0: Signed, index_0: Signed):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 208
    v_1: Signed = getarraysize(v_0)  # line 209
    v_2: Signed = int_sub(v_1, 1)  # line 209
    v_3: Signed = int_and(hash_0, v_2)  # line 210
    v_4: Unsigned = cast_int_to_uint(hash_0)  # line 211
    v_5: Unsigned = same_as(v_4)  # line 211
    --> block1(d_0, hash_0, index_0, v_0, v_2, v_3, v_5)
block1(d_1: Ptr(dicttable), hash_1: Signed, index_1: Signed, indexes_0: Ptr(GcArray(Signed)), mask_0: Signed, i_0: Signed, perturb_0: Unsigned):
    v_6: Signed = getarrayitem(indexes_0, i_0)  # line 212
    v_7: Signed = int_add(index_1, 2)  # line 212
    v_8: Bool = int_ne(v_6, v_7)  # line 212
    v_9: Bool = same_as(v_8)  # line 212
    switch v_9
    False --> return(i_0)
    True --> block2(d_1, hash_1, index_1, indexes_0, mask_0, i_0, perturb_0)
block2(d_2: Ptr(dicttable), hash_2: Signed, index_2: Signed, indexes_1: Ptr(GcArray(Signed)), mask_1: Signed, i_1: Signed, perturb_1: Unsigned):
    v_10: Unsigned = uint_rshift(perturb_1, 5)  # line 213
    v_11: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_1, v_10, mask_1)  # line 214
    --> block1(d_2, hash_2, index_2, indexes_1, mask_1, v_11, v_10)

graph ll_dictiter__dictiter_dicttable_array_entry_dict_lazy_index.Word_Signed_dicttable_array_entry_dict_lazy_index.Word_Signed(ITER_0: Void, d_0: Ptr(dicttable))  # rordereddict.py:489
block0(ITER_0: Void, d_0: Ptr(dicttable)):
    v_0: Ptr(dictiter) = malloc(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }, 'gc')  # line 490
    v_1: Void = setfield(v_0, 'dict', d_0)  # line 491
    v_2: Void = setfield(v_0, 'index', 0)  # line 492
    --> return(v_0)

graph ll_dictnext__dictiter_dicttable_array_entry_dict_lazy_index.Word_Signed(it_0: Ptr(dictiter))  # rordereddict.py:496
block0(it_0: Ptr(dictiter)):
    v_0: Ptr(dicttable) = getfield(it_0, 'dict')  # line 498
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(v_0, 'entries')  # line 499
    v_2: Signed = getfield(it_0, 'index')  # line 500
    --> block1(it_0, v_0, v_1, v_2)
block1(it_1: Ptr(dictiter), d_0: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), index_0: Signed):
    v_3: Signed = getfield(d_0, 'num_ever_used_items')  # line 501
    v_4: Bool = int_lt(index_0, v_3)  # line 501
    v_5: Bool = same_as(v_4)  # line 501
    switch v_5
    False --> block2(it_1, index_0)
    True --> block3(it_1, d_0, entries_0, index_0)
block2(it_2: Ptr(dictiter), index_1: Signed):
    v_6: Void = setfield(it_2, 'index', index_1)  # line 506
    v_7: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 507
    v_8: Ptr(BaseException) = cast_pointer(v_7)  # line 507
    v_9: Void = setfield(v_8, 'typeptr', vtable StopIteration [8, 9))  # line 507
    v_10: Ptr(BaseException) = cast_pointer(v_7)  # line 507
    v_11: Ptr(object_vtable) = getfield(v_10, 'typeptr')  # line 507
    --> raise(v_11, v_7)
block3(it_3: Ptr(dictiter), d_1: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), index_2: Signed):
    v_12: Bool = getinteriorfield(entries_1, index_2, 'f_valid')  # line 502
    v_13: Bool = same_as(v_12)  # line 502
    switch v_13
    False --> block4(it_3, d_1, entries_1, index_2)
    True --> block5(it_3, entries_1, index_2)
block4(it_4: Ptr(dictiter), d_2: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), index_3: Signed):
    v_14: Ptr(GcArray(Signed)) = getfield(d_2, 'indexes')  # line 502
    v_15: Bool = ptr_nonzero(v_14)  # line 502
    switch v_15
    False --> block5(it_4, entries_2, index_3)
    True --> block6(it_4, d_2, entries_2, index_3)
block5(it_5: Ptr(dictiter), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), index_4: Signed):
    v_16: Signed = int_add(index_4, 1)  # line 503
    v_17: Void = setfield(it_5, 'index', v_16)  # line 503
    v_18: Ptr(dict_lazy_index.Word) = getinteriorfield(entries_3, index_4, 'key')  # line 504
    --> return(v_18)
block6(it_6: Ptr(dictiter), d_3: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_lazy_index.Word { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_text: UniChar }), value: Signed, f_hash: Signed, f_valid: Bool })), index_5: Signed):
    v_19: Signed = int_add(index_5, 1)  # line 505
    --> block1(it_6, d_3, entries_4, v_19)
