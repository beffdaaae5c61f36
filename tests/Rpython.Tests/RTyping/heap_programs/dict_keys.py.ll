graph main(n_0: Signed)  # dict_keys.py:145
block0(n_0: Signed):
    v_0: Signed = direct_call(graph words, n_0)  # line 146
    v_1: Signed = direct_call(graph chars, n_0)  # line 146
    v_2: Signed = int_mul(v_1, 3)  # line 146
    v_3: Signed = int_add(v_0, v_2)  # line 146
    v_4: Signed = direct_call(graph bools, n_0)  # line 146
    v_5: Signed = int_mul(v_4, 5)  # line 146
    v_6: Signed = int_add(v_3, v_5)  # line 146
    v_7: Signed = direct_call(graph tuples, n_0)  # line 146
    v_8: Signed = int_mul(v_7, 7)  # line 146
    v_9: Signed = int_add(v_6, v_8)  # line 146
    v_10: Signed = direct_call(graph instances, n_0)  # line 146
    v_11: Signed = int_mul(v_10, 11)  # line 146
    v_12: Signed = int_add(v_9, v_11)  # line 146
    v_13: Signed = direct_call(graph grouping, n_0)  # line 146
    v_14: Signed = int_mul(v_13, 13)  # line 146
    v_15: Signed = int_add(v_12, v_14)  # line 146
    v_16: Signed = direct_call(graph as_set, n_0)  # line 146
    v_17: Signed = int_mul(v_16, 17)  # line 146
    v_18: Signed = int_add(v_15, v_17)  # line 146
    v_19: Signed = direct_call(graph none_keys, n_0)  # line 147
    v_20: Signed = int_mul(v_19, 19)  # line 147
    v_21: Signed = int_add(v_18, v_20)  # line 146
    v_22: Signed = direct_call(graph wider_defaults, n_0)  # line 147
    v_23: Signed = int_mul(v_22, 23)  # line 147
    v_24: Signed = int_add(v_21, v_23)  # line 146
    --> return(v_24)

graph words(n_0: Signed)  # dict_keys.py:14
block0(n_0: Signed):
    v_0: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_rpy_str_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 16
    v_1: Ptr(rpy_str) = same_as('the quick brown fox jumps over the lazy dog and the cat sees the fox')  # line 17
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_split__array_rpy_str_rpy_str_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), v_1, ' ', -1)  # line 17
    v_3: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), v_2)  # line 17
    --> block1(n_0, v_0, v_3)
block1(n_1: Signed, counts_0: Ptr(dicttable), iter2_0: Ptr(listiter)):
    v_4: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, iter2_0)  # line 17
    no exception --> block2(v_4, iter2_0, n_1, counts_0)
    StopIteration --> block3(n_1, counts_0, iter2_0)
block2(item_0: Ptr(rpy_str), iter2_1: Ptr(listiter), n_2: Signed, counts_1: Ptr(dicttable)):
    v_5: Ptr(dicttable) = same_as(counts_1)  # line 18
    v_6: Signed = direct_call(graph ll_dict_get__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, v_5, item_0, 0, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 18
    v_7: Signed = int_mod(n_2, 5)  # line 18
    v_8: Bool = int_ne(v_7, 0)  # line 18
    v_9: Signed = int_xor(v_7, 5)  # line 18
    v_10: Bool = int_lt(v_9, 0)  # line 18
    v_11: Signed = cast_bool_to_int(v_8)  # line 18
    v_12: Signed = cast_bool_to_int(v_10)  # line 18
    v_13: Signed = int_and(v_11, v_12)  # line 18
    v_14: Signed = int_mul(v_13, 5)  # line 18
    v_15: Signed = int_add(v_7, v_14)  # line 18
    v_16: Signed = int_add(v_6, v_15)  # line 18
    v_17: Signed = int_add(v_16, 1)  # line 18
    v_18: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, counts_1, item_0, v_17, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 18
    --> block1(n_2, counts_1, iter2_1)
block3(n_3: Signed, counts_2: Ptr(dicttable), iter2_2: Ptr(listiter)):
    v_19: Ptr(dictiter) = direct_call(graph ll_dictiter__dictiter_dicttable_array_entry_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed, Ptr(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }), counts_2)  # line 20
    --> block4(n_3, counts_2, 0, v_19, iter2_2)
block4(n_4: Signed, counts_3: Ptr(dicttable), total_0: Signed, iter15_0: Ptr(dictiter), iter2_3: Ptr(listiter)):
    v_20: Ptr(rpy_str) = direct_call(graph ll_dictnext__dictiter_dicttable_array_entry_rpy_str_Signed, iter15_0)  # line 20
    no exception --> block5(v_20, iter15_0, iter2_3, n_4, counts_3, total_0)
    StopIteration --> block6(counts_3, total_0)
block5(item_1: Ptr(rpy_str), iter15_1: Ptr(dictiter), iter2_4: Ptr(listiter), n_5: Signed, counts_4: Ptr(dicttable), total_1: Signed):
    v_21: Signed = int_mul(total_1, 7)  # line 21
    v_22: Signed = direct_call(graph ll_strlen__rpy_str, item_1)  # line 21
    v_23: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, counts_4, item_1, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 21
    v_24: Signed = int_mul(v_22, v_23)  # line 21
    v_25: Signed = int_add(v_21, v_24)  # line 21
    --> block4(n_5, counts_4, v_25, iter15_1, iter2_4)
block6(counts_5: Ptr(dicttable), total_2: Signed):
    v_26: Bool = direct_call(graph ll_dict_contains__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, counts_5, 'fox', <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 22
    v_27: Bool = same_as(v_26)  # line 22
    switch v_27
    False --> block7(total_2)
    True --> block8(counts_5, total_2)
block7(total_3: Signed):
    v_28: Signed = int_mod(total_3, 1000003)  # line 24
    v_29: Bool = int_ne(v_28, 0)  # line 24
    v_30: Signed = int_xor(v_28, 1000003)  # line 24
    v_31: Bool = int_lt(v_30, 0)  # line 24
    v_32: Signed = cast_bool_to_int(v_29)  # line 24
    v_33: Signed = cast_bool_to_int(v_31)  # line 24
    v_34: Signed = int_and(v_32, v_33)  # line 24
    v_35: Signed = int_mul(v_34, 1000003)  # line 24
    v_36: Signed = int_add(v_28, v_35)  # line 24
    --> return(v_36)
block8(counts_6: Ptr(dicttable), total_4: Signed):
    v_37: Bool = direct_call(graph ll_dict_contains__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, counts_6, 'wolf', <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 22
    v_38: Bool = same_as(v_37)  # line 22
    switch v_38
    False --> block9(total_4, True)
    True --> block9(total_4, False)
block9(total_5: Signed, v_39: Bool):
    v_40: Bool = same_as(v_39)  # line 22
    switch v_40
    False --> block7(total_5)
    True --> block10(total_5)
block10(total_6: Signed):
    v_41: Signed = int_add(total_6, 1)  # line 23
    --> block7(v_41)

graph chars(n_0: Signed)  # dict_keys.py:27
block0(n_0: Signed):
    v_0: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_UniChar_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 28
    v_1: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, n_0)  # line 29
    v_2: Ptr(rpy_str) = same_as(v_1)  # line 29
    v_3: Ptr(rpy_str) = direct_call(graph ll_strconcat__rpy_str_rpy_str, 'mississippi', v_2)  # line 29
    v_4: Ptr(striter) = direct_call(graph ll_striter__striter_rpy_str, Ptr(GcStruct striter { string: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), index: Signed }), v_3)  # line 29
    --> block1(n_0, v_0, v_4)
block1(n_1: Signed, seen_0: Ptr(dicttable), iter4_0: Ptr(striter)):
    v_5: UniChar = direct_call(graph ll_strnext__striter, iter4_0)  # line 29
    no exception --> block2(v_5, iter4_0, n_1, seen_0)
    StopIteration --> block3(n_1, seen_0, iter4_0)
block2(item_0: UniChar, iter4_1: Ptr(striter), n_2: Signed, seen_1: Ptr(dicttable)):
    v_6: Ptr(dicttable) = same_as(seen_1)  # line 30
    v_7: Signed = direct_call(graph ll_dict_get__dicttable_array_entry_UniChar_Signed_UniChar_Signed_ll_char_hash_None, v_6, item_0, 0, <function rpython.rtyper.rstr.ll_char_hash>, None)  # line 30
    v_8: Signed = int_add(v_7, 1)  # line 30
    v_9: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_UniChar_Signed_UniChar_Signed_ll_char_hash_None, seen_1, item_0, v_8, <function rpython.rtyper.rstr.ll_char_hash>, None)  # line 30
    --> block1(n_2, seen_1, iter4_1)
block3(n_3: Signed, seen_2: Ptr(dicttable), iter4_2: Ptr(striter)):
    v_10: Ptr(dictiter) = direct_call(graph ll_dictiter__dictiter_dicttable_array_entry_UniChar_Signed_dicttable_array_entry_UniChar_Signed, Ptr(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }), seen_2)  # line 32
    --> block4(n_3, seen_2, 0, v_10, iter4_2)
block4(n_4: Signed, seen_3: Ptr(dicttable), total_0: Signed, iter13_0: Ptr(dictiter), iter4_3: Ptr(striter)):
    v_11: UniChar = direct_call(graph ll_dictnext__dictiter_dicttable_array_entry_UniChar_Signed, iter13_0)  # line 32
    no exception --> block5(v_11, iter13_0, iter4_3, n_4, seen_3, total_0)
    StopIteration --> block6(total_0)
block5(item_1: UniChar, iter13_1: Ptr(dictiter), iter4_4: Ptr(striter), n_5: Signed, seen_4: Ptr(dicttable), total_1: Signed):
    v_12: Signed = int_mul(total_1, 3)  # line 33
    v_13: Signed = cast_unichar_to_int(item_1)  # line 33
    v_14: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_UniChar_Signed_UniChar_ll_char_hash_None, seen_4, item_1, <function rpython.rtyper.rstr.ll_char_hash>, None)  # line 33
    v_15: Signed = int_mul(v_13, v_14)  # line 33
    v_16: Signed = int_add(v_12, v_15)  # line 33
    --> block4(n_5, seen_4, v_16, iter13_1, iter4_4)
block6(total_2: Signed):
    v_17: Signed = int_mod(total_2, 1000003)  # line 34
    v_18: Bool = int_ne(v_17, 0)  # line 34
    v_19: Signed = int_xor(v_17, 1000003)  # line 34
    v_20: Bool = int_lt(v_19, 0)  # line 34
    v_21: Signed = cast_bool_to_int(v_18)  # line 34
    v_22: Signed = cast_bool_to_int(v_20)  # line 34
    v_23: Signed = int_and(v_21, v_22)  # line 34
    v_24: Signed = int_mul(v_23, 1000003)  # line 34
    v_25: Signed = int_add(v_17, v_24)  # line 34
    --> return(v_25)

graph bools(n_0: Signed)  # dict_keys.py:37
block0(n_0: Signed):
    v_0: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_Bool_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 38
    v_1: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_Bool_Signed_Bool_Signed_ll_hash_bool_None, v_0, True, 1, <function rpython.rtyper.rordereddict.ll_hash_bool>, None)  # line 38
    v_2: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_Bool_Signed_Bool_Signed_ll_hash_bool_None, v_0, False, 2, <function rpython.rtyper.rordereddict.ll_hash_bool>, None)  # line 38
    v_3: Bool = int_gt(n_0, 0)  # line 39
    v_4: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_Bool_Signed_Bool_ll_hash_bool_None, v_0, v_3, <function rpython.rtyper.rordereddict.ll_hash_bool>, None)  # line 39
    v_5: Signed = int_add(v_4, 10)  # line 39
    v_6: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_Bool_Signed_Bool_Signed_ll_hash_bool_None, v_0, v_3, v_5, <function rpython.rtyper.rordereddict.ll_hash_bool>, None)  # line 39
    v_7: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_Bool_Signed_Bool_ll_hash_bool_None, v_0, True, <function rpython.rtyper.rordereddict.ll_hash_bool>, None)  # line 40
    v_8: Signed = int_mul(v_7, 100)  # line 40
    v_9: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_Bool_Signed_Bool_ll_hash_bool_None, v_0, False, <function rpython.rtyper.rordereddict.ll_hash_bool>, None)  # line 40
    v_10: Signed = int_add(v_8, v_9)  # line 40
    --> return(v_10)

graph tuples(n_0: Signed)  # dict_keys.py:47
block0(n_0: Signed):
    v_0: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_tuple2_Signed_rpy_str_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 49
    v_1: Ptr(GcArray(Signed)) = same_as(None)  # line 50
    v_2: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, 6)  # line 50
    --> block1(n_0, v_0, v_2)
block1(n_1: Signed, grid_0: Ptr(dicttable), iter2_0: Ptr(rangeiter)):
    v_3: Signed = direct_call(graph ll_rangenext__rangeiter, iter2_0)  # line 50
    no exception --> block2(v_3, iter2_0, n_1, grid_0)
    StopIteration --> block5(n_1, grid_0, iter2_0)
block2(item_0: Signed, iter2_1: Ptr(rangeiter), n_2: Signed, grid_1: Ptr(dicttable)):
    v_4: Ptr(GcArray(Signed)) = same_as(None)  # line 51
    v_5: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, 5)  # line 51
    --> block3(n_2, grid_1, item_0, iter2_1, v_5)
block3(n_3: Signed, grid_2: Ptr(dicttable), x_0: Signed, iter2_2: Ptr(rangeiter), iter5_0: Ptr(rangeiter)):
    v_6: Signed = direct_call(graph ll_rangenext__rangeiter, iter5_0)  # line 51
    no exception --> block4(v_6, iter2_2, iter5_0, n_3, grid_2, x_0)
    StopIteration --> block1(n_3, grid_2, iter2_2)
block4(item_1: Signed, iter2_3: Ptr(rangeiter), iter5_1: Ptr(rangeiter), n_4: Signed, grid_3: Ptr(dicttable), x_1: Signed):
    v_7: Signed = int_mul(x_1, item_1)  # line 52
    v_8: Signed = int_add(v_7, n_4)  # line 52
    v_9: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, item_1)  # line 52
    v_10: Ptr(rpy_str) = same_as(v_9)  # line 52
    v_11: Ptr(tuple2) = direct_call(graph pair, x_1, v_10)  # line 52
    v_12: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_Signed_ll_hash_tuple_ll_eq_tuple, grid_3, v_11, v_8, <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 52
    --> block3(n_4, grid_3, x_1, iter2_3, iter5_1)
block5(n_5: Signed, grid_4: Ptr(dicttable), iter2_4: Ptr(rangeiter)):
    v_13: Ptr(tuple2) = direct_call(graph pair, 3, '4')  # line 53
    v_14: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_ll_hash_tuple_ll_eq_tuple, grid_4, v_13, <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 53
    v_15: Signed = direct_call(graph ll_dict_len__dicttable_array_entry_tuple2_Signed_rpy_str_Signed, grid_4)  # line 53
    v_16: Signed = int_add(v_14, v_15)  # line 53
    v_17: Ptr(tuple2) = direct_call(graph pair, 2, '2')  # line 54
    v_18: Void = direct_call(graph ll_dict_delitem__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_ll_hash_tuple_ll_eq_tuple, grid_4, v_17, <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 54
    v_19: Ptr(tuple2) = direct_call(graph pair, 2, '2')  # line 55
    v_20: Bool = direct_call(graph ll_dict_contains__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_ll_hash_tuple_ll_eq_tuple, grid_4, v_19, <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 55
    v_21: Bool = same_as(v_20)  # line 55
    switch v_21
    False --> block6(n_5, grid_4, v_16, iter2_4, True)
    True --> block6(n_5, grid_4, v_16, iter2_4, False)
block6(n_6: Signed, grid_5: Ptr(dicttable), total_0: Signed, iter2_5: Ptr(rangeiter), v_22: Bool):
    v_23: Bool = same_as(v_22)  # line 55
    switch v_23
    False --> block7(n_6, grid_5, total_0, iter2_5)
    True --> block10(n_6, grid_5, total_0, iter2_5)
block7(n_7: Signed, grid_6: Ptr(dicttable), total_1: Signed, iter2_6: Ptr(rangeiter)):
    v_24: Ptr(tuple2) = direct_call(graph pair, n_7, 'a')  # line 57
    v_25: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }, 'gc')  # line 57
    v_26: Void = setfield(v_25, 'item0', v_24)  # line 57
    v_27: Void = setfield(v_25, 'item1', 2)  # line 57
    v_28: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 57
    v_29: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_Signed_ll_hash_tuple#2_ll_eq_tuple#2, v_28, v_25, 5, <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 57
    v_30: Ptr(tuple2) = direct_call(graph pair, n_7, 'a')  # line 58
    v_31: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }, 'gc')  # line 58
    v_32: Void = setfield(v_31, 'item0', v_30)  # line 58
    v_33: Void = setfield(v_31, 'item1', 3)  # line 58
    v_34: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_Signed_ll_hash_tuple#2_ll_eq_tuple#2, v_28, v_31, 6, <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 58
    v_35: Ptr(tuple2) = direct_call(graph pair, n_7, 'a')  # line 59
    v_36: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }, 'gc')  # line 59
    v_37: Void = setfield(v_36, 'item0', v_35)  # line 59
    v_38: Void = setfield(v_36, 'item1', 2)  # line 59
    v_39: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_ll_hash_tuple#2_ll_eq_tuple#2, v_28, v_36, <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 59
    v_40: Signed = int_mul(v_39, 10)  # line 59
    v_41: Ptr(dicttable) = same_as(v_28)  # line 59
    v_42: Ptr(tuple2) = direct_call(graph pair, n_7, 'b')  # line 59
    v_43: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }, 'gc')  # line 59
    v_44: Void = setfield(v_43, 'item0', v_42)  # line 59
    v_45: Void = setfield(v_43, 'item1', 2)  # line 59
    v_46: Signed = direct_call(graph ll_dict_get__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_Signed_ll_hash_tuple#2_ll_eq_tuple#2, v_41, v_43, 7, <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 59
    v_47: Signed = int_add(v_40, v_46)  # line 59
    v_48: Signed = int_add(total_1, v_47)  # line 59
    v_49: Ptr(dictiter) = direct_call(graph ll_dictiter__dictiter_dicttable_array_entry_tuple2_Signed_rpy_str_Signed_dicttable_array_entry_tuple2_Signed_rpy_str_Signed, Ptr(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }), grid_6)  # line 60
    --> block8(n_7, grid_6, v_48, v_28, iter2_6, v_49)
block8(n_8: Signed, grid_7: Ptr(dicttable), total_2: Signed, nested_0: Ptr(dicttable), iter2_7: Ptr(rangeiter), iter80_0: Ptr(dictiter)):
    v_50: Ptr(tuple2) = direct_call(graph ll_dictnext__dictiter_dicttable_array_entry_tuple2_Signed_rpy_str_Signed, iter80_0)  # line 60
    no exception --> block9(v_50, iter2_7, iter80_0, n_8, grid_7, total_2, nested_0)
    StopIteration --> return(total_2)
block9(item_2: Ptr(tuple2), iter2_8: Ptr(rangeiter), iter80_1: Ptr(dictiter), n_9: Signed, grid_8: Ptr(dicttable), total_3: Signed, nested_1: Ptr(dicttable)):
    v_51: Signed = int_mul(total_3, 3)  # line 61
    v_52: Signed = getfield(item_2, 'item0')  # line 61
    v_53: Signed = int_add(v_51, v_52)  # line 61
    v_54: Ptr(rpy_str) = getfield(item_2, 'item1')  # line 61
    v_55: Signed = direct_call(graph ll_strlen__rpy_str, v_54)  # line 61
    v_56: Signed = int_add(v_53, v_55)  # line 61
    v_57: Signed = int_mod(v_56, 1000003)  # line 61
    v_58: Bool = int_ne(v_57, 0)  # line 61
    v_59: Signed = int_xor(v_57, 1000003)  # line 61
    v_60: Bool = int_lt(v_59, 0)  # line 61
    v_61: Signed = cast_bool_to_int(v_58)  # line 61
    v_62: Signed = cast_bool_to_int(v_60)  # line 61
    v_63: Signed = int_and(v_61, v_62)  # line 61
    v_64: Signed = int_mul(v_63, 1000003)  # line 61
    v_65: Signed = int_add(v_57, v_64)  # line 61
    --> block8(n_9, grid_8, v_65, nested_1, iter2_8, iter80_1)
block10(n_10: Signed, grid_9: Ptr(dicttable), total_4: Signed, iter2_9: Ptr(rangeiter)):
    v_66: Ptr(tuple2) = direct_call(graph pair, 5, '0')  # line 55
    v_67: Bool = direct_call(graph ll_dict_contains__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_ll_hash_tuple_ll_eq_tuple, grid_9, v_66, <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>)  # line 55
    v_68: Bool = same_as(v_67)  # line 55
    switch v_68
    False --> block7(n_10, grid_9, total_4, iter2_9)
    True --> block11(n_10, grid_9, total_4, iter2_9)
block11(n_11: Signed, grid_10: Ptr(dicttable), total_5: Signed, iter2_10: Ptr(rangeiter)):
    v_69: Signed = int_add(total_5, 1000)  # line 56
    --> block7(n_11, grid_10, v_69, iter2_10)

graph pair(x_0: Signed, s_0: Ptr(rpy_str))  # dict_keys.py:43
block0(x_0: Signed, s_0: Ptr(rpy_str)):
    v_0: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 44
    v_1: Void = setfield(v_0, 'item0', x_0)  # line 44
    v_2: Void = setfield(v_0, 'item1', s_0)  # line 44
    --> return(v_0)

graph instances(n_0: Signed)  # dict_keys.py:65
block0(n_0: Signed):
    v_0: Ptr(dict_keys.Node) = malloc(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 66
    v_1: Void = setfield(v_0, 'typeptr', vtable dict_keys.Node [1, 3))  # line 66
    v_2: Void = direct_call(graph Node.__init__, v_0, 'a')  # line 66
    v_3: Ptr(dict_keys.Node) = malloc(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 66
    v_4: Void = setfield(v_3, 'typeptr', vtable dict_keys.Node [1, 3))  # line 66
    v_5: Void = direct_call(graph Node.__init__, v_3, 'b')  # line 66
    v_6: Ptr(dict_keys.Node) = malloc(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 66
    v_7: Void = setfield(v_6, 'typeptr', vtable dict_keys.Node [1, 3))  # line 66
    v_8: Void = direct_call(graph Node.__init__, v_6, 'c')  # line 66
    v_9: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))) = direct_call(graph ll_newlist__array_dict_keys.Node_Signed, Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), 3)  # line 66
    v_10: Void = setarrayitem(v_9, 0, v_0)  # line 66
    v_11: Void = setarrayitem(v_9, 1, v_3)  # line 66
    v_12: Void = setarrayitem(v_9, 2, v_6)  # line 66
    v_13: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_dict_keys.Node_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 67
    v_14: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_dict_keys.Node_array_dict_keys.Node, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), index: Signed }), v_9)  # line 68
    --> block1(n_0, v_9, v_13, v_14)
block1(n_1: Signed, nodes_0: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), same_0: Ptr(dicttable), iter9_0: Ptr(listiter)):
    v_15: Ptr(dict_keys.Node) = direct_call(graph ll_listnext__listiter_array_dict_keys.Node, iter9_0)  # line 68
    no exception --> block2(v_15, iter9_0, n_1, nodes_0, same_0)
    StopIteration --> block3(nodes_0, same_0)
block2(item_0: Ptr(dict_keys.Node), iter9_1: Ptr(listiter), n_2: Signed, nodes_1: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), same_1: Ptr(dicttable)):
    v_16: Ptr(rpy_str) = getfield(item_0, 'inst_name')  # line 69
    v_17: Signed = direct_call(graph ll_strlen__rpy_str, v_16)  # line 69
    v_18: Signed = int_add(v_17, n_2)  # line 69
    v_19: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_ll_hash_identity_None, same_1, item_0, v_18, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 69
    --> block1(n_2, nodes_1, same_1, iter9_1)
block3(nodes_2: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), same_2: Ptr(dicttable)):
    v_20: Ptr(dict_keys.Node) = malloc(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 70
    v_21: Void = setfield(v_20, 'typeptr', vtable dict_keys.Node [1, 3))  # line 70
    v_22: Void = direct_call(graph Node.__init__, v_20, 'a')  # line 70
    v_23: Ptr(dict_keys.Node) = direct_call(graph ll_getitem_nonneg__array_dict_keys.Node_Signed, nodes_2, 1)  # line 71
    v_24: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_ll_hash_identity_None, same_2, v_23, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 71
    v_25: Signed = direct_call(graph ll_dict_len__dicttable_array_entry_dict_keys.Node_Signed, same_2)  # line 71
    v_26: Signed = int_add(v_24, v_25)  # line 71
    v_27: Bool = direct_call(graph ll_dict_contains__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_ll_hash_identity_None, same_2, v_20, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 72
    v_28: Bool = same_as(v_27)  # line 72
    switch v_28
    False --> block4(nodes_2, same_2, v_20, v_26, True)
    True --> block4(nodes_2, same_2, v_20, v_26, False)
block4(nodes_3: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), same_3: Ptr(dicttable), other_0: Ptr(dict_keys.Node), total_0: Signed, v_29: Bool):
    v_30: Bool = same_as(v_29)  # line 72
    switch v_30
    False --> block5(nodes_3, same_3, other_0, total_0)
    True --> block8(nodes_3, same_3, other_0, total_0)
block5(nodes_4: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), same_4: Ptr(dicttable), other_1: Ptr(dict_keys.Node), total_1: Signed):
    v_31: Ptr(dicttable) = same_as(same_4)  # line 74
    v_32: Signed = direct_call(graph ll_dict_get__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_ll_hash_identity_None, v_31, other_1, -5, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 74
    v_33: Signed = int_add(total_1, v_32)  # line 74
    v_34: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_Signed_dict_keys.Node, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) }))  # line 75
    v_35: Ptr(dict_keys.Node) = direct_call(graph ll_getitem_nonneg__array_dict_keys.Node_Signed, nodes_4, 0)  # line 76
    v_36: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_Signed_dict_keys.Node_Signed_dict_keys.Node_None_None, v_34, 1, v_35, None, None)  # line 76
    v_37: Ptr(dicttable) = same_as(v_34)  # line 77
    v_38: Ptr(dict_keys.Node) = direct_call(graph ll_dict_get__dicttable_array_entry_Signed_dict_keys.Node_Signed_dict_keys.Node_None_None, v_37, 2, None, None, None)  # line 77
    v_39: Bool = ptr_iszero(v_38)  # line 78
    v_40: Bool = same_as(v_39)  # line 78
    switch v_40
    False --> block6(other_1, v_33, v_34)
    True --> block7(other_1, v_33, v_34)
block6(other_2: Ptr(dict_keys.Node), total_2: Signed, owner_0: Ptr(dicttable)):
    v_41: Ptr(dicttable) = same_as(owner_0)  # line 80
    v_42: Ptr(dict_keys.Node) = direct_call(graph ll_dict_get__dicttable_array_entry_Signed_dict_keys.Node_Signed_dict_keys.Node_None_None, v_41, 1, other_2, None, None)  # line 80
    v_43: Ptr(rpy_str) = getfield(v_42, 'inst_name')  # line 80
    v_44: Signed = direct_call(graph ll_strlen__rpy_str, v_43)  # line 80
    v_45: Signed = int_add(total_2, v_44)  # line 80
    --> return(v_45)
block7(other_3: Ptr(dict_keys.Node), total_3: Signed, owner_1: Ptr(dicttable)):
    v_46: Signed = int_add(total_3, 1000)  # line 79
    --> block6(other_3, v_46, owner_1)
block8(nodes_5: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), same_5: Ptr(dicttable), other_4: Ptr(dict_keys.Node), total_4: Signed):
    v_47: Signed = int_add(total_4, 100)  # line 73
    --> block5(nodes_5, same_5, other_4, v_47)

graph Node.__init__(self_0: Ptr(dict_keys.Node), name_0: Ptr(rpy_str))  # dict_keys.py:6
block0(self_0: Ptr(dict_keys.Node), name_0: Ptr(rpy_str)):
    v_0: Void = setfield(self_0, 'inst_name', name_0)  # line 7
    --> return(None)

graph grouping(n_0: Signed)  # dict_keys.py:84
block0(n_0: Signed):
    v_0: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_rpy_str_list_array_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) }))  # line 85
    v_1: Ptr(GcArray(Signed)) = same_as(None)  # line 86
    v_2: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, 20)  # line 86
    --> block1(n_0, v_0, v_2)
block1(n_1: Signed, groups_0: Ptr(dicttable), iter2_0: Ptr(rangeiter)):
    v_3: Signed = direct_call(graph ll_rangenext__rangeiter, iter2_0)  # line 86
    no exception --> block2(v_3, iter2_0, n_1, groups_0)
    StopIteration --> block3(n_1, groups_0, iter2_0)
block2(item_0: Signed, iter2_1: Ptr(rangeiter), n_2: Signed, groups_1: Ptr(dicttable)):
    v_4: Ptr(dicttable) = same_as(groups_1)  # line 87
    v_5: Signed = int_mod(n_2, 4)  # line 87
    v_6: Bool = int_ne(v_5, 0)  # line 87
    v_7: Signed = int_xor(v_5, 4)  # line 87
    v_8: Bool = int_lt(v_7, 0)  # line 87
    v_9: Signed = cast_bool_to_int(v_6)  # line 87
    v_10: Signed = cast_bool_to_int(v_8)  # line 87
    v_11: Signed = int_and(v_9, v_10)  # line 87
    v_12: Signed = int_mul(v_11, 4)  # line 87
    v_13: Signed = int_add(v_5, v_12)  # line 87
    v_14: Signed = int_add(v_13, 2)  # line 87
    v_15: Signed = int_mod_zer(item_0, v_14)  # line 87
    v_16: Bool = int_ne(v_15, 0)  # line 87
    v_17: Signed = int_xor(v_15, v_14)  # line 87
    v_18: Bool = int_lt(v_17, 0)  # line 87
    v_19: Signed = cast_bool_to_int(v_16)  # line 87
    v_20: Signed = cast_bool_to_int(v_18)  # line 87
    v_21: Signed = int_and(v_19, v_20)  # line 87
    v_22: Signed = int_mul(v_21, v_14)  # line 87
    v_23: Signed = int_add(v_15, v_22)  # line 87
    v_24: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, v_23)  # line 87
    v_25: Ptr(rpy_str) = same_as(v_24)  # line 87
    v_26: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 0)  # line 87
    v_27: Ptr(list) = direct_call(graph ll_dict_setdefault__dicttable_array_entry_rpy_str_list_array_Signed_rpy_str_list_array_Signed_ll_strhash_ll_streq, v_4, v_25, v_26, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 87
    v_28: Ptr(list) = same_as(v_27)  # line 87
    v_29: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_28, item_0)  # line 87
    --> block1(n_2, groups_1, iter2_1)
block3(n_3: Signed, groups_2: Ptr(dicttable), iter2_2: Ptr(rangeiter)):
    v_30: Ptr(dictiter) = direct_call(graph ll_dictiter__dictiter_dicttable_array_entry_rpy_str_list_array_Signed_dicttable_array_entry_rpy_str_list_array_Signed, Ptr(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) }), index: Signed }), groups_2)  # line 89
    --> block4(n_3, groups_2, 0, v_30, iter2_2)
block4(n_4: Signed, groups_3: Ptr(dicttable), total_0: Signed, iter16_0: Ptr(dictiter), iter2_3: Ptr(rangeiter)):
    v_31: Ptr(rpy_str) = direct_call(graph ll_dictnext__dictiter_dicttable_array_entry_rpy_str_list_array_Signed, iter16_0)  # line 89
    no exception --> block5(v_31, iter16_0, iter2_3, n_4, groups_3, total_0)
    StopIteration --> return(total_0)
block5(item_1: Ptr(rpy_str), iter16_1: Ptr(dictiter), iter2_4: Ptr(rangeiter), n_5: Signed, groups_4: Ptr(dicttable), total_1: Signed):
    v_32: Signed = int_mul(total_1, 10)  # line 90
    v_33: Ptr(list) = direct_call(graph ll_dict_getitem__dicttable_array_entry_rpy_str_list_array_Signed_rpy_str_ll_strhash_ll_streq, groups_4, item_1, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 90
    v_34: Signed = direct_call(graph ll_len__list_array_Signed, v_33)  # line 90
    v_35: Signed = int_add(v_32, v_34)  # line 90
    v_36: Signed = direct_call(graph ll_str2int__rpy_str_Signed, item_1, 10)  # line 90
    v_37: Signed = int_add(v_35, v_36)  # line 90
    --> block4(n_5, groups_4, v_37, iter16_1, iter2_4)

graph as_set(n_0: Signed)  # dict_keys.py:94
block0(n_0: Signed):
    v_0: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_Signed_Void, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) }))  # line 95
    v_1: Ptr(GcArray(Signed)) = same_as(None)  # line 96
    v_2: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, 30)  # line 96
    --> block1(n_0, v_0, v_2)
block1(n_1: Signed, seen_0: Ptr(dicttable), iter2_0: Ptr(rangeiter)):
    v_3: Signed = direct_call(graph ll_rangenext__rangeiter, iter2_0)  # line 96
    no exception --> block2(v_3, iter2_0, n_1, seen_0)
    StopIteration --> block3(n_1, seen_0, iter2_0)
block2(item_0: Signed, iter2_1: Ptr(rangeiter), n_2: Signed, seen_1: Ptr(dicttable)):
    v_4: Signed = int_mul(item_0, n_2)  # line 97
    v_5: Signed = int_mod(v_4, 7)  # line 97
    v_6: Bool = int_ne(v_5, 0)  # line 97
    v_7: Signed = int_xor(v_5, 7)  # line 97
    v_8: Bool = int_lt(v_7, 0)  # line 97
    v_9: Signed = cast_bool_to_int(v_6)  # line 97
    v_10: Signed = cast_bool_to_int(v_8)  # line 97
    v_11: Signed = int_and(v_9, v_10)  # line 97
    v_12: Signed = int_mul(v_11, 7)  # line 97
    v_13: Signed = int_add(v_5, v_12)  # line 97
    v_14: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_Signed_Void_Signed_None_None_None, seen_1, v_13, None, None, None)  # line 97
    --> block1(n_2, seen_1, iter2_1)
block3(n_3: Signed, seen_2: Ptr(dicttable), iter2_2: Ptr(rangeiter)):
    v_15: Void = direct_call(graph ll_dict_delitem__dicttable_array_entry_Signed_Void_Signed_None_None, seen_2, 0, None, None)  # line 98
    v_16: Ptr(dictiter) = direct_call(graph ll_dictiter__dictiter_dicttable_array_entry_Signed_Void_dicttable_array_entry_Signed_Void, Ptr(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) }), index: Signed }), seen_2)  # line 100
    --> block4(n_3, seen_2, 0, v_16, iter2_2)
block4(n_4: Signed, seen_3: Ptr(dicttable), total_0: Signed, iter12_0: Ptr(dictiter), iter2_3: Ptr(rangeiter)):
    v_17: Signed = direct_call(graph ll_dictnext__dictiter_dicttable_array_entry_Signed_Void, iter12_0)  # line 100
    no exception --> block5(v_17, iter12_0, iter2_3, n_4, seen_3, total_0)
    StopIteration --> block6(seen_3, total_0)
block5(item_1: Signed, iter12_1: Ptr(dictiter), iter2_4: Ptr(rangeiter), n_5: Signed, seen_4: Ptr(dicttable), total_1: Signed):
    v_18: Signed = int_mul(total_1, 7)  # line 101
    v_19: Signed = int_add(v_18, item_1)  # line 101
    --> block4(n_5, seen_4, v_19, iter12_1, iter2_4)
block6(seen_5: Ptr(dicttable), total_2: Signed):
    v_20: Signed = direct_call(graph ll_dict_len__dicttable_array_entry_Signed_Void, seen_5)  # line 102
    v_21: Signed = int_add(total_2, v_20)  # line 102
    --> return(v_21)

graph none_keys(n_0: Signed)  # dict_keys.py:117
block0(n_0: Signed):
    v_0: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_rpy_str_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 118
    v_1: Ptr(rpy_str) = direct_call(graph name_or_none, n_0, 120)  # line 119
    v_2: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, v_0, v_1, 1, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 119
    v_3: Signed = int_add(n_0, 1)  # line 120
    v_4: Ptr(rpy_str) = direct_call(graph name_or_none, v_3, 121)  # line 120
    v_5: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, v_0, v_4, 2, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 120
    v_6: Ptr(dicttable) = same_as(v_0)  # line 121
    v_7: Signed = direct_call(graph ll_dict_get__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, v_6, None, 0, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 121
    v_8: Signed = int_add(v_7, 10)  # line 121
    v_9: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_strhash_ll_streq, v_0, None, v_8, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 121
    v_10: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_dict_keys.Node_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 122
    v_11: Ptr(dict_keys.Node) = malloc(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 123
    v_12: Void = setfield(v_11, 'typeptr', vtable dict_keys.Node [1, 3))  # line 123
    v_13: Void = direct_call(graph Node.__init__, v_11, 'a')  # line 123
    v_14: Ptr(dict_keys.Node) = direct_call(graph node_or_none, n_0, v_11)  # line 124
    v_15: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_ll_hash_identity_None, v_10, v_14, 3, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 124
    v_16: Signed = int_add(n_0, 1)  # line 125
    v_17: Ptr(dict_keys.Node) = direct_call(graph node_or_none, v_16, v_11)  # line 125
    v_18: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_ll_hash_identity_None, v_10, v_17, 4, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 125
    v_19: Signed = direct_call(graph ll_dict_len__dicttable_array_entry_rpy_str_Signed, v_0)  # line 126
    v_20: Signed = int_mul(v_19, 100)  # line 126
    v_21: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, v_0, None, <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 126
    v_22: Signed = int_add(v_20, v_21)  # line 126
    v_23: Signed = direct_call(graph ll_dict_len__dicttable_array_entry_dict_keys.Node_Signed, v_10)  # line 126
    v_24: Signed = int_mul(v_23, 1000)  # line 126
    v_25: Signed = int_add(v_22, v_24)  # line 126
    v_26: Ptr(dicttable) = same_as(v_10)  # line 126
    v_27: Signed = direct_call(graph ll_dict_get__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_ll_hash_identity_None, v_26, None, 0, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 126
    v_28: Signed = int_mul(v_27, 10000)  # line 126
    v_29: Signed = int_add(v_25, v_28)  # line 126
    v_30: Bool = direct_call(graph ll_dict_contains__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_ll_hash_identity_None, v_10, v_11, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 127
    v_31: Bool = same_as(v_30)  # line 127
    switch v_31
    False --> return(v_29)
    True --> block1(v_10, v_11, v_29)
block1(nodes_0: Ptr(dicttable), a_0: Ptr(dict_keys.Node), total_0: Signed):
    v_32: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_ll_hash_identity_None, nodes_0, a_0, <function rpython.rtyper.rordereddict.ll_hash_identity>, None)  # line 128
    v_33: Signed = int_add(total_0, v_32)  # line 128
    --> return(v_33)

graph name_or_none(n_0: Signed, name_0: UniChar)  # dict_keys.py:105
block0(n_0: Signed, name_0: UniChar):
    v_0: Signed = int_mod(n_0, 2)  # line 106
    v_1: Bool = int_ne(v_0, 0)  # line 106
    v_2: Signed = int_xor(v_0, 2)  # line 106
    v_3: Bool = int_lt(v_2, 0)  # line 106
    v_4: Signed = cast_bool_to_int(v_1)  # line 106
    v_5: Signed = cast_bool_to_int(v_3)  # line 106
    v_6: Signed = int_and(v_4, v_5)  # line 106
    v_7: Signed = int_mul(v_6, 2)  # line 106
    v_8: Signed = int_add(v_0, v_7)  # line 106
    v_9: Bool = int_eq(v_8, 0)  # line 106
    v_10: Bool = same_as(v_9)  # line 106
    switch v_10
    False --> block1(name_0)
    True --> return(None)
block1(name_1: UniChar):
    name_2: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, name_1)  # line 106
    --> return(name_2)

graph node_or_none(n_0: Signed, node_0: Ptr(dict_keys.Node))  # dict_keys.py:111
block0(n_0: Signed, node_0: Ptr(dict_keys.Node)):
    v_0: Signed = int_mod(n_0, 3)  # line 112
    v_1: Bool = int_ne(v_0, 0)  # line 112
    v_2: Signed = int_xor(v_0, 3)  # line 112
    v_3: Bool = int_lt(v_2, 0)  # line 112
    v_4: Signed = cast_bool_to_int(v_1)  # line 112
    v_5: Signed = cast_bool_to_int(v_3)  # line 112
    v_6: Signed = int_and(v_4, v_5)  # line 112
    v_7: Signed = int_mul(v_6, 3)  # line 112
    v_8: Signed = int_add(v_0, v_7)  # line 112
    v_9: Bool = int_eq(v_8, 0)  # line 112
    v_10: Bool = same_as(v_9)  # line 112
    switch v_10
    False --> return(node_0)
    True --> return(None)

graph wider_defaults(n_0: Signed)  # dict_keys.py:132
block0(n_0: Signed):
    v_0: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_Signed_Bool, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) }))  # line 133
    v_1: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_Signed_Bool_Signed_Bool_None_None, v_0, 1, True, None, None)  # line 133
    v_2: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_Signed_Bool_Signed_Bool_None_None, v_0, 2, False, None, None)  # line 133
    v_3: Ptr(dicttable) = same_as(v_0)  # line 134
    v_4: Signed = direct_call(graph ll_dict_get__dicttable_array_entry_Signed_Bool_Signed_Signed_None_None, v_3, n_0, 5, None, None)  # line 134
    v_5: Ptr(dicttable) = same_as(v_0)  # line 134
    v_6: Signed = direct_call(graph ll_dict_pop_default__dicttable_array_entry_Signed_Bool_Signed_Signed_None_None, v_5, 2, 7, None, None)  # line 134
    v_7: Signed = int_add(v_4, v_6)  # line 134
    v_8: Ptr(dicttable) = same_as(v_0)  # line 134
    v_9: Signed = direct_call(graph ll_dict_get__dicttable_array_entry_Signed_Bool_Signed_Signed_None_None, v_8, 1, 9, None, None)  # line 134
    v_10: Signed = int_add(v_7, v_9)  # line 134
    v_11: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_Signed_dict_keys.Leaf, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) }))  # line 135
    v_12: Ptr(dict_keys.Leaf) = malloc(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }, 'gc')  # line 136
    v_13: Ptr(dict_keys.Node) = cast_pointer(v_12)  # line 136
    v_14: Void = setfield(v_13, 'typeptr', vtable dict_keys.Leaf [2, 3))  # line 136
    v_15: Ptr(dict_keys.Node) = cast_pointer(v_12)  # line 136
    v_16: Void = direct_call(graph Node.__init__, v_15, 'leaf')  # line 136
    v_17: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_dict_keys.Leaf_None_None, v_11, 1, v_12, None, None)  # line 136
    v_18: Ptr(dict_keys.Node) = malloc(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }, 'gc')  # line 137
    v_19: Void = setfield(v_18, 'typeptr', vtable dict_keys.Node [1, 3))  # line 137
    v_20: Void = direct_call(graph Node.__init__, v_18, 'node')  # line 137
    v_21: Ptr(dicttable) = same_as(v_11)  # line 138
    v_22: Ptr(dict_keys.Leaf) = cast_pointer(v_18)  # line 138
    v_23: Ptr(dict_keys.Leaf) = direct_call(graph ll_dict_get__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_dict_keys.Leaf_None_None, v_21, n_0, v_22, None, None)  # line 138
    v_24: Ptr(dict_keys.Node) = cast_pointer(v_23)  # line 138
    v_25: Ptr(rpy_str) = getfield(v_24, 'inst_name')  # line 138
    v_26: Signed = direct_call(graph ll_strlen__rpy_str, v_25)  # line 138
    v_27: Ptr(dicttable) = same_as(v_11)  # line 138
    v_28: Ptr(dict_keys.Leaf) = cast_pointer(v_18)  # line 138
    v_29: Ptr(dict_keys.Leaf) = direct_call(graph ll_dict_get__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_dict_keys.Leaf_None_None, v_27, 1, v_28, None, None)  # line 138
    v_30: Ptr(dict_keys.Node) = cast_pointer(v_29)  # line 138
    v_31: Ptr(rpy_str) = getfield(v_30, 'inst_name')  # line 138
    v_32: Signed = direct_call(graph ll_strlen__rpy_str, v_31)  # line 138
    v_33: Signed = int_mul(v_32, 10)  # line 138
    v_34: Signed = int_add(v_26, v_33)  # line 138
    v_35: Signed = int_add(v_10, v_34)  # line 138
    v_36: Ptr(dicttable) = same_as(v_11)  # line 139
    v_37: Signed = int_add(n_0, 5)  # line 139
    v_38: Ptr(dict_keys.Leaf) = cast_pointer(v_18)  # line 139
    v_39: Ptr(dict_keys.Leaf) = direct_call(graph ll_dict_pop_default__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_dict_keys.Leaf_None_None, v_36, v_37, v_38, None, None)  # line 139
    v_40: Ptr(dict_keys.Node) = cast_pointer(v_39)  # line 139
    v_41: Ptr(rpy_str) = getfield(v_40, 'inst_name')  # line 139
    v_42: Signed = direct_call(graph ll_strlen__rpy_str, v_41)  # line 139
    v_43: Signed = int_mul(v_42, 100)  # line 139
    v_44: Signed = int_add(v_35, v_43)  # line 139
    v_45: Ptr(dicttable) = same_as(v_11)  # line 140
    v_46: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))) = direct_call(graph ll_dict_items__array_tuple2_Signed_dict_keys.Leaf_dicttable_array_entry_Signed_dict_keys.Leaf, Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), v_45)  # line 140
    v_47: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_tuple2_Signed_dict_keys.Leaf_array_tuple2_Signed_dict_keys.Leaf, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), index: Signed }), v_46)  # line 140
    --> block1(n_0, v_0, v_44, v_11, v_18, v_47)
block1(n_1: Signed, flags_0: Ptr(dicttable), total_0: Signed, leaves_0: Ptr(dicttable), fallback_0: Ptr(dict_keys.Node), iter52_0: Ptr(listiter)):
    v_48: Ptr(tuple2) = direct_call(graph ll_listnext__listiter_array_tuple2_Signed_dict_keys.Leaf, iter52_0)  # line 140
    no exception --> block2(v_48, iter52_0, n_1, flags_0, total_0, leaves_0, fallback_0)
    StopIteration --> return(total_0)
block2(item_0: Ptr(tuple2), iter52_1: Ptr(listiter), n_2: Signed, flags_1: Ptr(dicttable), total_1: Signed, leaves_1: Ptr(dicttable), fallback_1: Ptr(dict_keys.Node)):
    v_49: Signed = getfield(item_0, 'item0')  # line 140
    v_50: Ptr(dict_keys.Leaf) = getfield(item_0, 'item1')  # line 140
    v_51: Ptr(dict_keys.Node) = cast_pointer(v_50)  # line 141
    v_52: Ptr(rpy_str) = getfield(v_51, 'inst_name')  # line 141
    v_53: Signed = direct_call(graph ll_strlen__rpy_str, v_52)  # line 141
    v_54: Signed = int_add(v_49, v_53)  # line 141
    v_55: Signed = int_add(total_1, v_54)  # line 141
    --> block1(n_2, flags_1, v_55, leaves_1, fallback_1, iter52_1)

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
    v_10: Void = setfield(v_9, 'typeptr', vtable ValueError [8, 9))  # line 781
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

graph ll_newlist__array_rpy_str_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', length_1)  # line 39
    --> return(v_2)

graph _malloc_like__rpy_str_Signed(s_0: Ptr(rpy_str), length_0: Signed)  # rstr.py:34
block0(s_0: Ptr(rpy_str), length_0: Signed):
    v_0: Ptr(rpy_str) = malloc_varsize(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }, 'gc', length_0)  # line 36
    --> return(v_0)

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

graph ll_items__array_rpy_str(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

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
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [9, 10))  # line 389
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

graph _ll_dict_find__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Signed_ll_strhash, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash })  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__ll_strhash_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_ll_streq_Bool, d_0, key_0, v_1, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, False)  # line 221
    --> return(v_2)

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
    v_9: Void = setfield(v_8, 'typeptr', vtable StopIteration [9, 10))  # line 507
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

graph ll_strlen__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:39
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 40
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 40
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
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [7, 8))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph ll_dict_contains__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:375
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_rpy_str_Signed_rpy_str_ll_strhash_ll_streq, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq })  # line 376
    v_1: Bool = int_ge(v_0, 0)  # line 376
    --> return(v_1)

graph ll_newdict__dicttable_array_entry_UniChar_Signed(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_UniChar_Signed_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_UniChar_Signed_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

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
    v_12: Void = setfield(v_11, 'typeptr', vtable StopIteration [9, 10))  # line 820
    v_13: Ptr(BaseException) = cast_pointer(v_10)  # line 820
    v_14: Ptr(object_vtable) = getfield(v_13, 'typeptr')  # line 820
    --> raise(v_14, v_10)

graph ll_dict_get__dicttable_array_entry_UniChar_Signed_UniChar_Signed_ll_char_hash_None(d_0: Ptr(dicttable), key_0: UniChar, default_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:379
block0(d_0: Ptr(dicttable), key_0: UniChar, default_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_UniChar_Signed_UniChar_ll_char_hash_None, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_char_hash, Function = <function rpython.rtyper.rstr.ll_char_hash>, UniqueName = rpython.rtyper.rstr.ll_char_hash }, None)  # line 380
    v_1: Bool = int_lt(v_0, 0)  # line 381
    v_2: Bool = same_as(v_1)  # line 381
    switch v_2
    False --> block1(d_0, v_0)
    True --> return(default_0)
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 383
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 383
    --> return(v_4)

graph _ll_dict_find__dicttable_array_entry_UniChar_Signed_UniChar_ll_char_hash_None(d_0: Ptr(dicttable), key_0: UniChar, hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: UniChar, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_UniChar_Signed_ll_char_hash, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_char_hash, Function = <function rpython.rtyper.rstr.ll_char_hash>, UniqueName = rpython.rtyper.rstr.ll_char_hash })  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__ll_char_hash_UniChar, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_char_hash, Function = <function rpython.rtyper.rstr.ll_char_hash>, UniqueName = rpython.rtyper.rstr.ll_char_hash }, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_UniChar_Signed_UniChar_Signed_None_Bool, d_0, key_0, v_1, None, False)  # line 221
    --> return(v_2)

graph _ll_dict_ensure_index__dicttable_array_entry_UniChar_Signed_ll_char_hash(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_UniChar_Signed_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: UniChar = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__ll_char_hash_UniChar, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_char_hash, Function = <function rpython.rtyper.rstr.ll_char_hash>, UniqueName = rpython.rtyper.rstr.ll_char_hash }, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph ll_keyhash__ll_char_hash_UniChar(hash_0: Void, key_0: UniChar)  # rordereddict.py:48
block0(hash_0: Void, key_0: UniChar):
    v_0: Bool = same_as(False)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> block1(hash_0, key_0)
block1(hash_1: Void, key_1: UniChar):
    v_2: Signed = direct_call(graph ll_char_hash__UniChar, key_1)  # line 51
    --> return(v_2)

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

graph _ll_dict_lookup__dicttable_array_entry_UniChar_Signed_UniChar_Signed_None_Bool(d_0: Ptr(dicttable), key_0: UniChar, hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: UniChar, hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: UniChar, hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: UniChar, hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: UniChar, hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: UniChar, hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: UniChar, hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: UniChar = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__None_UniChar_UniChar, None, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: UniChar, hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: UniChar, hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: UniChar, hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_UniChar_Signed_UniChar_Signed_None_Bool, d_8, key_8, hash_8, None, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: UniChar, hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
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

graph ll_keyeq__None_UniChar_UniChar(eq_0: Void, key1_0: UniChar, key2_0: UniChar)  # rordereddict.py:54
block0(eq_0: Void, key1_0: UniChar, key2_0: UniChar):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: UniChar, key2_1: UniChar):
    v_2: Bool = unichar_eq(key1_1, key2_1)  # line 56
    --> return(v_2)

graph ll_dict_setitem__dicttable_array_entry_UniChar_Signed_UniChar_Signed_ll_char_hash_None(d_0: Ptr(dicttable), key_0: UniChar, value_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: UniChar, value_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_UniChar_Signed_ll_char_hash, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_char_hash, Function = <function rpython.rtyper.rstr.ll_char_hash>, UniqueName = rpython.rtyper.rstr.ll_char_hash })  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__ll_char_hash_UniChar, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_char_hash, Function = <function rpython.rtyper.rstr.ll_char_hash>, UniqueName = rpython.rtyper.rstr.ll_char_hash }, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_UniChar_Signed_UniChar_Signed_None_Bool, d_0, key_0, v_1, None, True)  # line 361
    v_3: Bool = int_ge(v_2, 0)  # line 362
    v_4: Bool = same_as(v_3)  # line 362
    switch v_4
    False --> block1(d_0, key_0, value_0, v_1, v_2)
    True --> block2(d_0, value_0, v_2)
block1(d_1: Ptr(dicttable), key_1: UniChar, value_1: Signed, h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 365
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_UniChar_Signed_UniChar_Signed_Signed_Signed, d_1, key_1, value_1, h_0, v_5)  # line 365
    --> return(None)
block2(d_2: Ptr(dicttable), value_2: Signed, index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 363
    v_8: Void = setinteriorfield(v_7, index_1, 'value', value_2)  # line 363
    --> return(None)

graph _ll_dict_insert__dicttable_array_entry_UniChar_Signed_UniChar_Signed_Signed_Signed(d_0: Ptr(dicttable), key_0: UniChar, value_0: Signed, hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: UniChar, value_0: Signed, hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: UniChar, value_1: Signed, hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: UniChar, value_2: Signed, hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: UniChar, value_3: Signed, hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: UniChar, value_4: Signed, hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
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
block5(d_5: Ptr(dicttable), key_5: UniChar, value_5: Signed, hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: UniChar, value_6: Signed, hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_UniChar_Signed, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: UniChar, value_7: Signed, hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_UniChar_Signed, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph _ll_dict_grow__dicttable_array_entry_UniChar_Signed(d_0: Ptr(dicttable))  # rordereddict.py:278
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
    v_13: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: UniChar = getinteriorfield(entries_1, i_1, 'key')  # line 288
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
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_UniChar_Signed, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_UniChar_Signed(d_0: Ptr(dicttable))  # rordereddict.py:269
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
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_UniChar_Signed_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_UniChar_Signed, d_2)  # line 273
    --> return(None)

graph _ll_dict_remove_deleted_items__dicttable_array_entry_UniChar_Signed(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
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
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_UniChar_Signed_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_UniChar_Signed_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: UniChar = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Signed = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', v_38)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_UniChar_Signed_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(False)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Bool = same_as(False)  # line 234
    v_3: Bool = same_as(v_2)  # line 234
    --> block2(entries_1, i_1)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_4: Void = setinteriorfield(entries_2, i_2, 'f_valid', False)  # line 236
    --> return(None)

graph ll_dictiter__dictiter_dicttable_array_entry_UniChar_Signed_dicttable_array_entry_UniChar_Signed(ITER_0: Void, d_0: Ptr(dicttable))  # rordereddict.py:489
block0(ITER_0: Void, d_0: Ptr(dicttable)):
    v_0: Ptr(dictiter) = malloc(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }, 'gc')  # line 490
    v_1: Void = setfield(v_0, 'dict', d_0)  # line 491
    v_2: Void = setfield(v_0, 'index', 0)  # line 492
    --> return(v_0)

graph ll_dictnext__dictiter_dicttable_array_entry_UniChar_Signed(it_0: Ptr(dictiter))  # rordereddict.py:496
block0(it_0: Ptr(dictiter)):
    v_0: Ptr(dicttable) = getfield(it_0, 'dict')  # line 498
    v_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(v_0, 'entries')  # line 499
    v_2: Signed = getfield(it_0, 'index')  # line 500
    --> block1(it_0, v_0, v_1, v_2)
block1(it_1: Ptr(dictiter), d_0: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), index_0: Signed):
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
    v_9: Void = setfield(v_8, 'typeptr', vtable StopIteration [9, 10))  # line 507
    v_10: Ptr(BaseException) = cast_pointer(v_7)  # line 507
    v_11: Ptr(object_vtable) = getfield(v_10, 'typeptr')  # line 507
    --> raise(v_11, v_7)
block3(it_3: Ptr(dictiter), d_1: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), index_2: Signed):
    v_12: Bool = getinteriorfield(entries_1, index_2, 'f_valid')  # line 502
    v_13: Bool = same_as(v_12)  # line 502
    switch v_13
    False --> block4(it_3, d_1, entries_1, index_2)
    True --> block5(it_3, entries_1, index_2)
block4(it_4: Ptr(dictiter), d_2: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), index_3: Signed):
    v_14: Ptr(GcArray(Signed)) = getfield(d_2, 'indexes')  # line 502
    v_15: Bool = ptr_nonzero(v_14)  # line 502
    switch v_15
    False --> block5(it_4, entries_2, index_3)
    True --> block6(it_4, d_2, entries_2, index_3)
block5(it_5: Ptr(dictiter), entries_3: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), index_4: Signed):
    v_16: Signed = int_add(index_4, 1)  # line 503
    v_17: Void = setfield(it_5, 'index', v_16)  # line 503
    v_18: UniChar = getinteriorfield(entries_3, index_4, 'key')  # line 504
    --> return(v_18)
block6(it_6: Ptr(dictiter), d_3: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })), index_5: Signed):
    v_19: Signed = int_add(index_5, 1)  # line 505
    --> block1(it_6, d_3, entries_4, v_19)

graph ll_dict_getitem__dicttable_array_entry_UniChar_Signed_UniChar_ll_char_hash_None(d_0: Ptr(dicttable), key_0: UniChar, hash_0: Void, eq_0: Void)  # rordereddict.py:351
block0(d_0: Ptr(dicttable), key_0: UniChar, hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_UniChar_Signed_UniChar_ll_char_hash_None, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_char_hash, Function = <function rpython.rtyper.rstr.ll_char_hash>, UniqueName = rpython.rtyper.rstr.ll_char_hash }, None)  # line 352
    v_1: Bool = int_lt(v_0, 0)  # line 353
    v_2: Bool = same_as(v_1)  # line 353
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: UniChar, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 355
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 355
    --> return(v_4)
block2():
    v_5: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 354
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [7, 8))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph ll_newdict__dicttable_array_entry_Bool_Signed(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Bool_Signed_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_Bool_Signed_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

graph ll_dict_setitem__dicttable_array_entry_Bool_Signed_Bool_Signed_ll_hash_bool_None(d_0: Ptr(dicttable), key_0: Bool, value_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: Bool, value_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_Bool_Signed_ll_hash_bool, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_bool, Function = <function rpython.rtyper.rordereddict.ll_hash_bool>, UniqueName = rpython.rtyper.rordereddict.ll_hash_bool })  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__ll_hash_bool_Bool, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_bool, Function = <function rpython.rtyper.rordereddict.ll_hash_bool>, UniqueName = rpython.rtyper.rordereddict.ll_hash_bool }, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Bool_Signed_Bool_Signed_None_Bool, d_0, key_0, v_1, None, True)  # line 361
    v_3: Bool = int_ge(v_2, 0)  # line 362
    v_4: Bool = same_as(v_3)  # line 362
    switch v_4
    False --> block1(d_0, key_0, value_0, v_1, v_2)
    True --> block2(d_0, value_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Bool, value_1: Signed, h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 365
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_Bool_Signed_Bool_Signed_Signed_Signed, d_1, key_1, value_1, h_0, v_5)  # line 365
    --> return(None)
block2(d_2: Ptr(dicttable), value_2: Signed, index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 363
    v_8: Void = setinteriorfield(v_7, index_1, 'value', value_2)  # line 363
    --> return(None)

graph _ll_dict_ensure_index__dicttable_array_entry_Bool_Signed_ll_hash_bool(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Bool_Signed_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Bool = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__ll_hash_bool_Bool, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_bool, Function = <function rpython.rtyper.rordereddict.ll_hash_bool>, UniqueName = rpython.rtyper.rordereddict.ll_hash_bool }, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph ll_keyhash__ll_hash_bool_Bool(hash_0: Void, key_0: Bool)  # rordereddict.py:48
block0(hash_0: Void, key_0: Bool):
    v_0: Bool = same_as(False)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> block1(hash_0, key_0)
block1(hash_1: Void, key_1: Bool):
    v_2: Signed = direct_call(graph ll_hash_bool__Bool, key_1)  # line 51
    --> return(v_2)

graph ll_hash_bool__Bool(b_0: Bool)  # rordereddict.py:60
block0(b_0: Bool):
    v_0: Bool = same_as(b_0)  # line 61
    switch v_0
    False --> return(0)
    True --> return(1)

graph _ll_dict_lookup__dicttable_array_entry_Bool_Signed_Bool_Signed_None_Bool(d_0: Ptr(dicttable), key_0: Bool, hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Bool, hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Bool, hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Bool, hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Bool, hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Bool, hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Bool, hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Bool = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__None_Bool_Bool, None, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Bool, hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Bool, hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Bool, hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Bool_Signed_Bool_Signed_None_Bool, d_8, key_8, hash_8, None, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Bool, hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
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

graph ll_keyeq__None_Bool_Bool(eq_0: Void, key1_0: Bool, key2_0: Bool)  # rordereddict.py:54
block0(eq_0: Void, key1_0: Bool, key2_0: Bool):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: Bool, key2_1: Bool):
    v_2: Signed = cast_bool_to_int(key1_1)  # line 56
    v_3: Signed = cast_bool_to_int(key2_1)  # line 56
    v_4: Bool = int_eq(v_2, v_3)  # line 56
    --> return(v_4)

graph _ll_dict_insert__dicttable_array_entry_Bool_Signed_Bool_Signed_Signed_Signed(d_0: Ptr(dicttable), key_0: Bool, value_0: Signed, hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: Bool, value_0: Signed, hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: Bool, value_1: Signed, hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: Bool, value_2: Signed, hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: Bool, value_3: Signed, hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: Bool, value_4: Signed, hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
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
block5(d_5: Ptr(dicttable), key_5: Bool, value_5: Signed, hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: Bool, value_6: Signed, hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_Bool_Signed, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: Bool, value_7: Signed, hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_Bool_Signed, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph _ll_dict_grow__dicttable_array_entry_Bool_Signed(d_0: Ptr(dicttable))  # rordereddict.py:278
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
    v_13: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: Bool = getinteriorfield(entries_1, i_1, 'key')  # line 288
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
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_Bool_Signed, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_Bool_Signed(d_0: Ptr(dicttable))  # rordereddict.py:269
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
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Bool_Signed_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_Bool_Signed, d_2)  # line 273
    --> return(None)

graph _ll_dict_remove_deleted_items__dicttable_array_entry_Bool_Signed(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
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
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Bool_Signed_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_Bool_Signed_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: Bool = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Signed = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', v_38)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_Bool_Signed_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(False)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Bool = same_as(False)  # line 234
    v_3: Bool = same_as(v_2)  # line 234
    --> block2(entries_1, i_1)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_4: Void = setinteriorfield(entries_2, i_2, 'f_valid', False)  # line 236
    --> return(None)

graph ll_dict_getitem__dicttable_array_entry_Bool_Signed_Bool_ll_hash_bool_None(d_0: Ptr(dicttable), key_0: Bool, hash_0: Void, eq_0: Void)  # rordereddict.py:351
block0(d_0: Ptr(dicttable), key_0: Bool, hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_Bool_Signed_Bool_ll_hash_bool_None, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_bool, Function = <function rpython.rtyper.rordereddict.ll_hash_bool>, UniqueName = rpython.rtyper.rordereddict.ll_hash_bool }, None)  # line 352
    v_1: Bool = int_lt(v_0, 0)  # line 353
    v_2: Bool = same_as(v_1)  # line 353
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Bool, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 355
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 355
    --> return(v_4)
block2():
    v_5: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 354
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [7, 8))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph _ll_dict_find__dicttable_array_entry_Bool_Signed_Bool_ll_hash_bool_None(d_0: Ptr(dicttable), key_0: Bool, hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Bool, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_Bool_Signed_ll_hash_bool, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_bool, Function = <function rpython.rtyper.rordereddict.ll_hash_bool>, UniqueName = rpython.rtyper.rordereddict.ll_hash_bool })  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__ll_hash_bool_Bool, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_bool, Function = <function rpython.rtyper.rordereddict.ll_hash_bool>, UniqueName = rpython.rtyper.rordereddict.ll_hash_bool }, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Bool_Signed_Bool_Signed_None_Bool, d_0, key_0, v_1, None, False)  # line 221
    --> return(v_2)

graph ll_newdict__dicttable_array_entry_tuple2_Signed_rpy_str_Signed(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

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
    v_14: Void = setfield(v_13, 'typeptr', vtable StopIteration [9, 10))  # line 377
    v_15: Ptr(BaseException) = cast_pointer(v_12)  # line 377
    v_16: Ptr(object_vtable) = getfield(v_15, 'typeptr')  # line 377
    --> raise(v_16, v_12)

graph ll_dict_setitem__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_Signed_ll_hash_tuple_ll_eq_tuple(d_0: Ptr(dicttable), key_0: Ptr(tuple2), value_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), value_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_ll_hash_tuple, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple })  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__ll_hash_tuple_tuple2_Signed_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple }, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_Signed_ll_eq_tuple_Bool, d_0, key_0, v_1, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple }, True)  # line 361
    v_3: Bool = int_ge(v_2, 0)  # line 362
    v_4: Bool = same_as(v_3)  # line 362
    switch v_4
    False --> block1(d_0, key_0, value_0, v_1, v_2)
    True --> block2(d_0, value_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Ptr(tuple2), value_1: Signed, h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 365
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_Signed_Signed_Signed, d_1, key_1, value_1, h_0, v_5)  # line 365
    --> return(None)
block2(d_2: Ptr(dicttable), value_2: Signed, index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 363
    v_8: Void = setinteriorfield(v_7, index_1, 'value', value_2)  # line 363
    --> return(None)

graph _ll_dict_ensure_index__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_ll_hash_tuple(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Ptr(tuple2) = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__ll_hash_tuple_tuple2_Signed_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple }, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph ll_keyhash__ll_hash_tuple_tuple2_Signed_rpy_str(hash_0: Void, key_0: Ptr(tuple2))  # rordereddict.py:48
block0(hash_0: Void, key_0: Ptr(tuple2)):
    v_0: Bool = same_as(False)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> block1(hash_0, key_0)
block1(hash_1: Void, key_1: Ptr(tuple2)):
    v_2: Signed = direct_call(graph gen_hash.<locals>.ll_hash_tuple__tuple2_Signed_rpy_str, key_1)  # line 51
    --> return(v_2)

graph gen_hash.<locals>.ll_hash_tuple__tuple2_Signed_rpy_str(t_0: Ptr(tuple2))  # rtuple.py:26
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
    v_10: Ptr(rpy_str) = getfield(t_0, 'item1')  # line 29
    v_11: Signed = direct_call(graph ll_keyhash__ll_strhash_rpy_str, <function rpython.rtyper.rstr.ll_strhash>, v_10)  # line 29
    v_12: Unsigned = cast_int_to_uint(v_11)  # line 29
    v_13: Unsigned = same_as(v_12)  # line 29
    v_14: Unsigned = uint_xor(v_9, v_13)  # line 29
    v_15: Signed = cast_uint_to_int(v_14)  # line 30
    v_16: Signed = same_as(v_15)  # line 30
    --> return(v_16)

graph ll_keyhash__None_Signed(hash_0: Void, key_0: Signed)  # rordereddict.py:48
block0(hash_0: Void, key_0: Signed):
    v_0: Bool = same_as(True)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> return(key_0)

graph _ll_dict_lookup__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_Signed_ll_eq_tuple_Bool(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Ptr(tuple2), hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Ptr(tuple2), hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Ptr(tuple2), hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Ptr(tuple2), hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Ptr(tuple2), hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Ptr(tuple2) = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__ll_eq_tuple_tuple2_Signed_rpy_str_tuple2_Signed_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple }, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Ptr(tuple2), hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Ptr(tuple2), hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Ptr(tuple2), hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_Signed_ll_eq_tuple_Bool, d_8, key_8, hash_8, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple }, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Ptr(tuple2), hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
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

graph ll_keyeq__ll_eq_tuple_tuple2_Signed_rpy_str_tuple2_Signed_rpy_str(eq_0: Void, key1_0: Ptr(tuple2), key2_0: Ptr(tuple2))  # rordereddict.py:54
block0(eq_0: Void, key1_0: Ptr(tuple2), key2_0: Ptr(tuple2)):
    v_0: Bool = same_as(False)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(eq_0, key1_0, key2_0)
block1(eq_1: Void, key1_1: Ptr(tuple2), key2_1: Ptr(tuple2)):
    v_2: Bool = direct_call(graph gen_eq.<locals>.ll_eq_tuple__tuple2_Signed_rpy_str_tuple2_Signed_rpy_str, key1_1, key2_1)  # line 57
    --> return(v_2)

graph gen_eq.<locals>.ll_eq_tuple__tuple2_Signed_rpy_str_tuple2_Signed_rpy_str(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2))  # rtuple.py:38
block0(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2)):
    v_0: Signed = getfield(t1_0, 'item0')  # line 40
    v_1: Signed = getfield(t2_0, 'item0')  # line 40
    v_2: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_0, v_1)  # line 40
    v_3: Bool = same_as(v_2)  # line 40
    switch v_3
    False --> return(False)
    True --> block1(t1_0, t2_0)
block1(t1_1: Ptr(tuple2), t2_1: Ptr(tuple2)):
    v_4: Ptr(rpy_str) = getfield(t1_1, 'item1')  # line 40
    v_5: Ptr(rpy_str) = getfield(t2_1, 'item1')  # line 40
    v_6: Bool = direct_call(graph ll_keyeq__ll_streq_rpy_str_rpy_str, <function rpython.rtyper.rstr.ll_streq>, v_4, v_5)  # line 40
    v_7: Bool = same_as(v_6)  # line 40
    switch v_7
    False --> return(False)
    True --> return(True)

graph _ll_dict_insert__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_Signed_Signed_Signed(d_0: Ptr(dicttable), key_0: Ptr(tuple2), value_0: Signed, hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), value_0: Signed, hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: Ptr(tuple2), value_1: Signed, hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: Ptr(tuple2), value_2: Signed, hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: Ptr(tuple2), value_3: Signed, hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: Ptr(tuple2), value_4: Signed, hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
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
block5(d_5: Ptr(dicttable), key_5: Ptr(tuple2), value_5: Signed, hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: Ptr(tuple2), value_6: Signed, hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_tuple2_Signed_rpy_str_Signed, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: Ptr(tuple2), value_7: Signed, hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_tuple2_Signed_rpy_str_Signed, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph ll_keyeq__None_Signed_Signed(eq_0: Void, key1_0: Signed, key2_0: Signed)  # rordereddict.py:54
block0(eq_0: Void, key1_0: Signed, key2_0: Signed):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: Signed, key2_1: Signed):
    v_2: Bool = int_eq(key1_1, key2_1)  # line 56
    --> return(v_2)

graph _ll_dict_grow__dicttable_array_entry_tuple2_Signed_rpy_str_Signed(d_0: Ptr(dicttable))  # rordereddict.py:278
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
    v_13: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: Ptr(tuple2) = getinteriorfield(entries_1, i_1, 'key')  # line 288
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
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_tuple2_Signed_rpy_str_Signed, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_tuple2_Signed_rpy_str_Signed(d_0: Ptr(dicttable))  # rordereddict.py:269
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
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_tuple2_Signed_rpy_str_Signed, d_2)  # line 273
    --> return(None)

graph _ll_dict_remove_deleted_items__dicttable_array_entry_tuple2_Signed_rpy_str_Signed(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
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
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_tuple2_Signed_rpy_str_Signed_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: Ptr(tuple2) = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Signed = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', v_38)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_tuple2_Signed_rpy_str_Signed_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(True)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Ptr(tuple2) = same_as(None)  # line 233
    v_3: Void = setinteriorfield(entries_1, i_1, 'key', v_2)  # line 233
    --> block2(entries_1, i_1, ENTRY_0)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed, ENTRY_1: Void):
    v_4: Bool = same_as(False)  # line 234
    v_5: Bool = same_as(v_4)  # line 234
    --> block3(entries_2, i_2)
block3(entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_6: Void = setinteriorfield(entries_3, i_3, 'f_valid', False)  # line 236
    --> return(None)

graph ll_dict_getitem__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_ll_hash_tuple_ll_eq_tuple(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Void, eq_0: Void)  # rordereddict.py:351
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_ll_hash_tuple_ll_eq_tuple, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple })  # line 352
    v_1: Bool = int_lt(v_0, 0)  # line 353
    v_2: Bool = same_as(v_1)  # line 353
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 355
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 355
    --> return(v_4)
block2():
    v_5: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 354
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [7, 8))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph _ll_dict_find__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_ll_hash_tuple_ll_eq_tuple(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_ll_hash_tuple, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple })  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__ll_hash_tuple_tuple2_Signed_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple }, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_Signed_ll_eq_tuple_Bool, d_0, key_0, v_1, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple }, False)  # line 221
    --> return(v_2)

graph ll_dict_len__dicttable_array_entry_tuple2_Signed_rpy_str_Signed(d_0: Ptr(dicttable))  # rordereddict.py:343
block0(d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 344
    --> return(v_0)

graph ll_dict_delitem__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_ll_hash_tuple_ll_eq_tuple(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Void, eq_0: Void)  # rordereddict.py:368
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_ll_hash_tuple_ll_eq_tuple, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple })  # line 369
    v_1: Bool = int_lt(v_0, 0)  # line 370
    v_2: Bool = same_as(v_1)  # line 370
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Void = direct_call(graph _ll_dict_del__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_Signed, d_1, index_0)  # line 372
    --> return(None)
block2():
    v_4: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 371
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 371
    v_6: Void = setfield(v_5, 'typeptr', vtable KeyError [7, 8))  # line 371
    v_7: Ptr(BaseException) = cast_pointer(v_4)  # line 371
    v_8: Ptr(object_vtable) = getfield(v_7, 'typeptr')  # line 371
    --> raise(v_8, v_4)

graph _ll_dict_del__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_Signed(d_0: Ptr(dicttable), index_0: Signed)  # rordereddict.py:322
block0(d_0: Ptr(dicttable), index_0: Signed):
    v_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 324
    v_1: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 325
    v_2: Signed = getinteriorfield(v_0, index_0, 'f_hash')  # line 325
    v_3: Signed = direct_call(graph _ll_dict_slot_of__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_Signed_Signed, d_0, v_2, index_0)  # line 325
    v_4: Void = setarrayitem(v_1, v_3, 1)  # line 325
    v_5: Void = direct_call(graph _ll_clear_entry__array_entry_tuple2_Signed_rpy_str_Signed_Signed, v_0, index_0)  # line 326
    v_6: Signed = getfield(d_0, 'num_live_items')  # line 327
    v_7: Signed = int_sub(v_6, 1)  # line 327
    v_8: Void = setfield(d_0, 'num_live_items', v_7)  # line 327
    v_9: Signed = getfield(d_0, 'num_live_items')  # line 328
    v_10: Bool = int_eq(v_9, 0)  # line 328
    v_11: Bool = same_as(v_10)  # line 328
    switch v_11
    False --> block1(d_0, index_0, v_0)
    True --> block8(d_0, v_0)
block1(d_1: Ptr(dicttable), index_1: Signed, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_12: Signed = getfield(d_1, 'num_ever_used_items')  # line 330
    v_13: Signed = int_sub(v_12, 1)  # line 330
    v_14: Bool = int_eq(index_1, v_13)  # line 330
    v_15: Bool = same_as(v_14)  # line 330
    switch v_15
    False --> block2(d_1, entries_0)
    True --> block4(d_1, index_1, entries_0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
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
    v_30: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_tuple2_Signed_rpy_str_Signed, d_3)  # line 338
    --> return(None)
block4(d_4: Ptr(dicttable), index_2: Signed, entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_31: Signed = int_sub(index_2, 1)  # line 332
    --> block5(d_4, index_2, entries_2, v_31)
block5(d_5: Ptr(dicttable), index_3: Signed, entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_32: Bool = getinteriorfield(entries_3, i_0, 'f_valid')  # line 333
    v_33: Bool = same_as(v_32)  # line 333
    switch v_33
    False --> block6(d_5, index_3, entries_3, i_0)
    True --> block7(d_5, entries_3, i_0)
block6(d_6: Ptr(dicttable), index_4: Signed, entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_34: Signed = int_sub(i_1, 1)  # line 334
    --> block5(d_6, index_4, entries_4, v_34)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_35: Signed = int_add(i_2, 1)  # line 335
    v_36: Void = setfield(d_7, 'num_ever_used_items', v_35)  # line 335
    --> block2(d_7, entries_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_37: Void = setfield(d_8, 'num_ever_used_items', 0)  # line 329
    --> block2(d_8, entries_6)

graph _ll_dict_slot_of__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_Signed_Signed(d_0: Ptr(dicttable), hash_0: Signed, index_0: Signed)  # rordereddict.py:206
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

graph ll_dict_contains__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_ll_hash_tuple_ll_eq_tuple(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Void, eq_0: Void)  # rordereddict.py:375
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_tuple2_Signed_rpy_str_Signed_tuple2_Signed_rpy_str_ll_hash_tuple_ll_eq_tuple, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple })  # line 376
    v_1: Bool = int_ge(v_0, 0)  # line 376
    --> return(v_1)

graph ll_newdict__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

graph ll_dict_setitem__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_Signed_ll_hash_tuple#2_ll_eq_tuple#2(d_0: Ptr(dicttable), key_0: Ptr(tuple2), value_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), value_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_ll_hash_tuple#2, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2 })  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__ll_hash_tuple#2_tuple2_tuple2_Signed_rpy_str_Signed, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2 }, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_Signed_ll_eq_tuple#2_Bool, d_0, key_0, v_1, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple#2, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple#2 }, True)  # line 361
    v_3: Bool = int_ge(v_2, 0)  # line 362
    v_4: Bool = same_as(v_3)  # line 362
    switch v_4
    False --> block1(d_0, key_0, value_0, v_1, v_2)
    True --> block2(d_0, value_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Ptr(tuple2), value_1: Signed, h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 365
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_Signed_Signed_Signed, d_1, key_1, value_1, h_0, v_5)  # line 365
    --> return(None)
block2(d_2: Ptr(dicttable), value_2: Signed, index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 363
    v_8: Void = setinteriorfield(v_7, index_1, 'value', value_2)  # line 363
    --> return(None)

graph _ll_dict_ensure_index__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_ll_hash_tuple#2(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Ptr(tuple2) = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__ll_hash_tuple#2_tuple2_tuple2_Signed_rpy_str_Signed, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2 }, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph ll_keyhash__ll_hash_tuple#2_tuple2_tuple2_Signed_rpy_str_Signed(hash_0: Void, key_0: Ptr(tuple2))  # rordereddict.py:48
block0(hash_0: Void, key_0: Ptr(tuple2)):
    v_0: Bool = same_as(False)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> block1(hash_0, key_0)
block1(hash_1: Void, key_1: Ptr(tuple2)):
    v_2: Signed = direct_call(graph gen_hash.<locals>.ll_hash_tuple__tuple2_tuple2_Signed_rpy_str_Signed, key_1)  # line 51
    --> return(v_2)

graph gen_hash.<locals>.ll_hash_tuple__tuple2_tuple2_Signed_rpy_str_Signed(t_0: Ptr(tuple2))  # rtuple.py:26
block0(t_0: Ptr(tuple2)):
    v_0: Unsigned = same_as(3430008)  # line 27
    v_1: Unsigned = same_as(1000003)  # line 29
    v_2: Unsigned = uint_mul(v_1, v_0)  # line 29
    v_3: Ptr(tuple2) = getfield(t_0, 'item0')  # line 29
    v_4: Signed = direct_call(graph ll_keyhash__ll_hash_tuple_tuple2_Signed_rpy_str, <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, v_3)  # line 29
    v_5: Unsigned = cast_int_to_uint(v_4)  # line 29
    v_6: Unsigned = same_as(v_5)  # line 29
    v_7: Unsigned = uint_xor(v_2, v_6)  # line 29
    v_8: Unsigned = same_as(1000003)  # line 29
    v_9: Unsigned = uint_mul(v_8, v_7)  # line 29
    v_10: Signed = getfield(t_0, 'item1')  # line 29
    v_11: Signed = direct_call(graph ll_keyhash__None_Signed, None, v_10)  # line 29
    v_12: Unsigned = cast_int_to_uint(v_11)  # line 29
    v_13: Unsigned = same_as(v_12)  # line 29
    v_14: Unsigned = uint_xor(v_9, v_13)  # line 29
    v_15: Signed = cast_uint_to_int(v_14)  # line 30
    v_16: Signed = same_as(v_15)  # line 30
    --> return(v_16)

graph _ll_dict_lookup__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_Signed_ll_eq_tuple#2_Bool(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Ptr(tuple2), hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Ptr(tuple2), hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Ptr(tuple2), hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Ptr(tuple2), hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Ptr(tuple2), hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Ptr(tuple2) = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__ll_eq_tuple#2_tuple2_tuple2_Signed_rpy_str_Signed_tuple2_tuple2_Signed_rpy_str_Signed, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple#2, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple#2 }, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Ptr(tuple2), hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Ptr(tuple2), hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Ptr(tuple2), hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_Signed_ll_eq_tuple#2_Bool, d_8, key_8, hash_8, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple#2, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple#2 }, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Ptr(tuple2), hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
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

graph ll_keyeq__ll_eq_tuple#2_tuple2_tuple2_Signed_rpy_str_Signed_tuple2_tuple2_Signed_rpy_str_Signed(eq_0: Void, key1_0: Ptr(tuple2), key2_0: Ptr(tuple2))  # rordereddict.py:54
block0(eq_0: Void, key1_0: Ptr(tuple2), key2_0: Ptr(tuple2)):
    v_0: Bool = same_as(False)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(eq_0, key1_0, key2_0)
block1(eq_1: Void, key1_1: Ptr(tuple2), key2_1: Ptr(tuple2)):
    v_2: Bool = direct_call(graph gen_eq.<locals>.ll_eq_tuple__tuple2_tuple2_Signed_rpy_str_Signed_tuple2_tuple2_Signed_rpy_str_Signed, key1_1, key2_1)  # line 57
    --> return(v_2)

graph gen_eq.<locals>.ll_eq_tuple__tuple2_tuple2_Signed_rpy_str_Signed_tuple2_tuple2_Signed_rpy_str_Signed(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2))  # rtuple.py:38
block0(t1_0: Ptr(tuple2), t2_0: Ptr(tuple2)):
    v_0: Ptr(tuple2) = getfield(t1_0, 'item0')  # line 40
    v_1: Ptr(tuple2) = getfield(t2_0, 'item0')  # line 40
    v_2: Bool = direct_call(graph ll_keyeq__ll_eq_tuple_tuple2_Signed_rpy_str_tuple2_Signed_rpy_str, <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, v_0, v_1)  # line 40
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

graph _ll_dict_insert__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_Signed_Signed_Signed(d_0: Ptr(dicttable), key_0: Ptr(tuple2), value_0: Signed, hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), value_0: Signed, hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: Ptr(tuple2), value_1: Signed, hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: Ptr(tuple2), value_2: Signed, hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: Ptr(tuple2), value_3: Signed, hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: Ptr(tuple2), value_4: Signed, hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
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
block5(d_5: Ptr(dicttable), key_5: Ptr(tuple2), value_5: Signed, hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: Ptr(tuple2), value_6: Signed, hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: Ptr(tuple2), value_7: Signed, hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph _ll_dict_grow__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed(d_0: Ptr(dicttable))  # rordereddict.py:278
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
    v_13: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: Ptr(tuple2) = getinteriorfield(entries_1, i_1, 'key')  # line 288
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
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed(d_0: Ptr(dicttable))  # rordereddict.py:269
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
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed, d_2)  # line 273
    --> return(None)

graph _ll_dict_remove_deleted_items__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
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
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: Ptr(tuple2) = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Signed = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', v_38)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(True)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Ptr(tuple2) = same_as(None)  # line 233
    v_3: Void = setinteriorfield(entries_1, i_1, 'key', v_2)  # line 233
    --> block2(entries_1, i_1, ENTRY_0)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed, ENTRY_1: Void):
    v_4: Bool = same_as(False)  # line 234
    v_5: Bool = same_as(v_4)  # line 234
    --> block3(entries_2, i_2)
block3(entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_6: Void = setinteriorfield(entries_3, i_3, 'f_valid', False)  # line 236
    --> return(None)

graph ll_dict_getitem__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_ll_hash_tuple#2_ll_eq_tuple#2(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Void, eq_0: Void)  # rordereddict.py:351
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_ll_hash_tuple#2_ll_eq_tuple#2, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2 }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple#2, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple#2 })  # line 352
    v_1: Bool = int_lt(v_0, 0)  # line 353
    v_2: Bool = same_as(v_1)  # line 353
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 355
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 355
    --> return(v_4)
block2():
    v_5: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 354
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [7, 8))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph _ll_dict_find__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_ll_hash_tuple#2_ll_eq_tuple#2(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_ll_hash_tuple#2, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2 })  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__ll_hash_tuple#2_tuple2_tuple2_Signed_rpy_str_Signed, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2 }, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_Signed_ll_eq_tuple#2_Bool, d_0, key_0, v_1, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple#2, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple#2 }, False)  # line 221
    --> return(v_2)

graph ll_dict_get__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_Signed_ll_hash_tuple#2_ll_eq_tuple#2(d_0: Ptr(dicttable), key_0: Ptr(tuple2), default_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:379
block0(d_0: Ptr(dicttable), key_0: Ptr(tuple2), default_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_tuple2_tuple2_Signed_rpy_str_Signed_Signed_tuple2_tuple2_Signed_rpy_str_Signed_ll_hash_tuple#2_ll_eq_tuple#2, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2, Function = <function rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple>, UniqueName = rpython.rtyper.rtuple.gen_hash.<locals>.ll_hash_tuple#2 }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple#2, Function = <function rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple>, UniqueName = rpython.rtyper.rtuple.gen_eq.<locals>.ll_eq_tuple#2 })  # line 380
    v_1: Bool = int_lt(v_0, 0)  # line 381
    v_2: Bool = same_as(v_1)  # line 381
    switch v_2
    False --> block1(d_0, v_0)
    True --> return(default_0)
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), item1: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 383
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 383
    --> return(v_4)

graph ll_dictiter__dictiter_dicttable_array_entry_tuple2_Signed_rpy_str_Signed_dicttable_array_entry_tuple2_Signed_rpy_str_Signed(ITER_0: Void, d_0: Ptr(dicttable))  # rordereddict.py:489
block0(ITER_0: Void, d_0: Ptr(dicttable)):
    v_0: Ptr(dictiter) = malloc(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }, 'gc')  # line 490
    v_1: Void = setfield(v_0, 'dict', d_0)  # line 491
    v_2: Void = setfield(v_0, 'index', 0)  # line 492
    --> return(v_0)

graph ll_dictnext__dictiter_dicttable_array_entry_tuple2_Signed_rpy_str_Signed(it_0: Ptr(dictiter))  # rordereddict.py:496
block0(it_0: Ptr(dictiter)):
    v_0: Ptr(dicttable) = getfield(it_0, 'dict')  # line 498
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(v_0, 'entries')  # line 499
    v_2: Signed = getfield(it_0, 'index')  # line 500
    --> block1(it_0, v_0, v_1, v_2)
block1(it_1: Ptr(dictiter), d_0: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), index_0: Signed):
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
    v_9: Void = setfield(v_8, 'typeptr', vtable StopIteration [9, 10))  # line 507
    v_10: Ptr(BaseException) = cast_pointer(v_7)  # line 507
    v_11: Ptr(object_vtable) = getfield(v_10, 'typeptr')  # line 507
    --> raise(v_11, v_7)
block3(it_3: Ptr(dictiter), d_1: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), index_2: Signed):
    v_12: Bool = getinteriorfield(entries_1, index_2, 'f_valid')  # line 502
    v_13: Bool = same_as(v_12)  # line 502
    switch v_13
    False --> block4(it_3, d_1, entries_1, index_2)
    True --> block5(it_3, entries_1, index_2)
block4(it_4: Ptr(dictiter), d_2: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), index_3: Signed):
    v_14: Ptr(GcArray(Signed)) = getfield(d_2, 'indexes')  # line 502
    v_15: Bool = ptr_nonzero(v_14)  # line 502
    switch v_15
    False --> block5(it_4, entries_2, index_3)
    True --> block6(it_4, d_2, entries_2, index_3)
block5(it_5: Ptr(dictiter), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), index_4: Signed):
    v_16: Signed = int_add(index_4, 1)  # line 503
    v_17: Void = setfield(it_5, 'index', v_16)  # line 503
    v_18: Ptr(tuple2) = getinteriorfield(entries_3, index_4, 'key')  # line 504
    --> return(v_18)
block6(it_6: Ptr(dictiter), d_3: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), index_5: Signed):
    v_19: Signed = int_add(index_5, 1)  # line 505
    --> block1(it_6, d_3, entries_4, v_19)

graph ll_newlist__array_dict_keys.Node_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))) = malloc_varsize(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_newdict__dicttable_array_entry_dict_keys.Node_Signed(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_dict_keys.Node_Signed_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_dict_keys.Node_Signed_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

graph ll_listiter__listiter_array_dict_keys.Node_array_dict_keys.Node(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_dict_keys.Node(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_dict_keys.Node, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) })))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))) = direct_call(graph ll_items__array_dict_keys.Node, l_0)  # line 391
    v_8: Ptr(dict_keys.Node) = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [9, 10))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__array_dict_keys.Node(l_0: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_dict_keys.Node(l_0: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_dict_setitem__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_ll_hash_identity_None(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), value_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), value_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_dict_keys.Node_Signed_ll_hash_identity, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity })  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__ll_hash_identity_dict_keys.Node, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity }, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_None_Bool, d_0, key_0, v_1, None, True)  # line 361
    v_3: Bool = int_ge(v_2, 0)  # line 362
    v_4: Bool = same_as(v_3)  # line 362
    switch v_4
    False --> block1(d_0, key_0, value_0, v_1, v_2)
    True --> block2(d_0, value_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Ptr(dict_keys.Node), value_1: Signed, h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 365
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_Signed_Signed, d_1, key_1, value_1, h_0, v_5)  # line 365
    --> return(None)
block2(d_2: Ptr(dicttable), value_2: Signed, index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 363
    v_8: Void = setinteriorfield(v_7, index_1, 'value', value_2)  # line 363
    --> return(None)

graph _ll_dict_ensure_index__dicttable_array_entry_dict_keys.Node_Signed_ll_hash_identity(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_dict_keys.Node_Signed_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Ptr(dict_keys.Node) = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__ll_hash_identity_dict_keys.Node, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity }, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph ll_keyhash__ll_hash_identity_dict_keys.Node(hash_0: Void, key_0: Ptr(dict_keys.Node))  # rordereddict.py:48
block0(hash_0: Void, key_0: Ptr(dict_keys.Node)):
    v_0: Bool = same_as(False)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> block1(hash_0, key_0)
block1(hash_1: Void, key_1: Ptr(dict_keys.Node)):
    v_2: Signed = direct_call(graph ll_hash_identity__dict_keys.Node, key_1)  # line 51
    --> return(v_2)

graph ll_hash_identity__dict_keys.Node(p_0: Ptr(dict_keys.Node))  # rordereddict.py:70
block0(p_0: Ptr(dict_keys.Node)):
    v_0: Bool = ptr_nonzero(p_0)  # line 72
    switch v_0
    False --> return(0)
    True --> block1(p_0)
block1(p_1: Ptr(dict_keys.Node)):
    v_1: Signed = gc_identityhash(p_1)  # line 74
    --> return(v_1)

graph _ll_dict_lookup__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_None_Bool(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Ptr(dict_keys.Node), hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Ptr(dict_keys.Node), hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Ptr(dict_keys.Node), hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Ptr(dict_keys.Node), hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Ptr(dict_keys.Node), hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Ptr(dict_keys.Node) = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__None_dict_keys.Node_dict_keys.Node, None, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Ptr(dict_keys.Node), hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Ptr(dict_keys.Node), hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Ptr(dict_keys.Node), hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_None_Bool, d_8, key_8, hash_8, None, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Ptr(dict_keys.Node), hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
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

graph ll_keyeq__None_dict_keys.Node_dict_keys.Node(eq_0: Void, key1_0: Ptr(dict_keys.Node), key2_0: Ptr(dict_keys.Node))  # rordereddict.py:54
block0(eq_0: Void, key1_0: Ptr(dict_keys.Node), key2_0: Ptr(dict_keys.Node)):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: Ptr(dict_keys.Node), key2_1: Ptr(dict_keys.Node)):
    v_2: Bool = ptr_eq(key1_1, key2_1)  # line 56
    --> return(v_2)

graph _ll_dict_insert__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_Signed_Signed(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), value_0: Signed, hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), value_0: Signed, hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: Ptr(dict_keys.Node), value_1: Signed, hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: Ptr(dict_keys.Node), value_2: Signed, hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: Ptr(dict_keys.Node), value_3: Signed, hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: Ptr(dict_keys.Node), value_4: Signed, hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
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
block5(d_5: Ptr(dicttable), key_5: Ptr(dict_keys.Node), value_5: Signed, hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: Ptr(dict_keys.Node), value_6: Signed, hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_dict_keys.Node_Signed, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: Ptr(dict_keys.Node), value_7: Signed, hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_dict_keys.Node_Signed, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph _ll_dict_grow__dicttable_array_entry_dict_keys.Node_Signed(d_0: Ptr(dicttable))  # rordereddict.py:278
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
    v_13: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: Ptr(dict_keys.Node) = getinteriorfield(entries_1, i_1, 'key')  # line 288
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
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_dict_keys.Node_Signed, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_dict_keys.Node_Signed(d_0: Ptr(dicttable))  # rordereddict.py:269
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
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_dict_keys.Node_Signed_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_dict_keys.Node_Signed, d_2)  # line 273
    --> return(None)

graph _ll_dict_remove_deleted_items__dicttable_array_entry_dict_keys.Node_Signed(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
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
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_dict_keys.Node_Signed_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_dict_keys.Node_Signed_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: Ptr(dict_keys.Node) = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Signed = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', v_38)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_dict_keys.Node_Signed_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(True)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Ptr(dict_keys.Node) = same_as(None)  # line 233
    v_3: Void = setinteriorfield(entries_1, i_1, 'key', v_2)  # line 233
    --> block2(entries_1, i_1, ENTRY_0)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed, ENTRY_1: Void):
    v_4: Bool = same_as(False)  # line 234
    v_5: Bool = same_as(v_4)  # line 234
    --> block3(entries_2, i_2)
block3(entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_6: Void = setinteriorfield(entries_3, i_3, 'f_valid', False)  # line 236
    --> return(None)

graph ll_getitem_nonneg__array_dict_keys.Node_Signed(l_0: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), index_0: Signed)  # rlist.py:67
block0(l_0: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), index_0: Signed):
    v_0: Signed = direct_call(graph ll_len__array_dict_keys.Node, l_0)  # line 68
    v_1: Bool = int_ge(index_0, v_0)  # line 68
    v_2: Bool = same_as(v_1)  # line 68
    switch v_2
    False --> block1(l_0, index_0)
    True --> block2()
block1(l_1: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), index_1: Signed):
    v_3: Ptr(GcArray(Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))) = direct_call(graph ll_items__array_dict_keys.Node, l_1)  # line 70
    v_4: Ptr(dict_keys.Node) = getarrayitem(v_3, index_1)  # line 70
    --> return(v_4)
block2():
    v_5: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 69
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_7: Void = setfield(v_6, 'typeptr', vtable IndexError [6, 7))  # line 69
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 69
    --> raise(v_9, v_5)

graph ll_dict_getitem__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_ll_hash_identity_None(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), hash_0: Void, eq_0: Void)  # rordereddict.py:351
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_ll_hash_identity_None, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity }, None)  # line 352
    v_1: Bool = int_lt(v_0, 0)  # line 353
    v_2: Bool = same_as(v_1)  # line 353
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 355
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 355
    --> return(v_4)
block2():
    v_5: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 354
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [7, 8))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph _ll_dict_find__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_ll_hash_identity_None(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_dict_keys.Node_Signed_ll_hash_identity, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity })  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__ll_hash_identity_dict_keys.Node, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity }, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_None_Bool, d_0, key_0, v_1, None, False)  # line 221
    --> return(v_2)

graph ll_dict_len__dicttable_array_entry_dict_keys.Node_Signed(d_0: Ptr(dicttable))  # rordereddict.py:343
block0(d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 344
    --> return(v_0)

graph ll_dict_contains__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_ll_hash_identity_None(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), hash_0: Void, eq_0: Void)  # rordereddict.py:375
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_ll_hash_identity_None, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity }, None)  # line 376
    v_1: Bool = int_ge(v_0, 0)  # line 376
    --> return(v_1)

graph ll_dict_get__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_Signed_ll_hash_identity_None(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), default_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:379
block0(d_0: Ptr(dicttable), key_0: Ptr(dict_keys.Node), default_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_dict_keys.Node_Signed_dict_keys.Node_ll_hash_identity_None, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rordereddict.ll_hash_identity, Function = <function rpython.rtyper.rordereddict.ll_hash_identity>, UniqueName = rpython.rtyper.rordereddict.ll_hash_identity }, None)  # line 380
    v_1: Bool = int_lt(v_0, 0)  # line 381
    v_2: Bool = same_as(v_1)  # line 381
    switch v_2
    False --> block1(d_0, v_0)
    True --> return(default_0)
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 383
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 383
    --> return(v_4)

graph ll_newdict__dicttable_array_entry_Signed_dict_keys.Node(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_dict_keys.Node_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_Signed_dict_keys.Node_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

graph ll_dict_setitem__dicttable_array_entry_Signed_dict_keys.Node_Signed_dict_keys.Node_None_None(d_0: Ptr(dicttable), key_0: Signed, value_0: Ptr(dict_keys.Node), hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: Signed, value_0: Ptr(dict_keys.Node), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_Signed_dict_keys.Node_None, d_0, None)  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__None_Signed, None, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_dict_keys.Node_Signed_Signed_None_Bool, d_0, key_0, v_1, None, True)  # line 361
    v_3: Bool = int_ge(v_2, 0)  # line 362
    v_4: Bool = same_as(v_3)  # line 362
    switch v_4
    False --> block1(d_0, key_0, value_0, v_1, v_2)
    True --> block2(d_0, value_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Signed, value_1: Ptr(dict_keys.Node), h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 365
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_Signed_dict_keys.Node_Signed_dict_keys.Node_Signed_Signed, d_1, key_1, value_1, h_0, v_5)  # line 365
    --> return(None)
block2(d_2: Ptr(dicttable), value_2: Ptr(dict_keys.Node), index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 363
    v_8: Void = setinteriorfield(v_7, index_1, 'value', value_2)  # line 363
    --> return(None)

graph _ll_dict_ensure_index__dicttable_array_entry_Signed_dict_keys.Node_None(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_dict_keys.Node_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Signed = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__None_Signed, None, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph _ll_dict_lookup__dicttable_array_entry_Signed_dict_keys.Node_Signed_Signed_None_Bool(d_0: Ptr(dicttable), key_0: Signed, hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Signed, hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Signed, hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Signed, hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Signed, hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Signed, hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Signed, hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Signed = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Signed, hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Signed, hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Signed, hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_dict_keys.Node_Signed_Signed_None_Bool, d_8, key_8, hash_8, None, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Signed, hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
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

graph _ll_dict_insert__dicttable_array_entry_Signed_dict_keys.Node_Signed_dict_keys.Node_Signed_Signed(d_0: Ptr(dicttable), key_0: Signed, value_0: Ptr(dict_keys.Node), hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: Signed, value_0: Ptr(dict_keys.Node), hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: Signed, value_1: Ptr(dict_keys.Node), hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: Signed, value_2: Ptr(dict_keys.Node), hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: Signed, value_3: Ptr(dict_keys.Node), hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: Signed, value_4: Ptr(dict_keys.Node), hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
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
block5(d_5: Ptr(dicttable), key_5: Signed, value_5: Ptr(dict_keys.Node), hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: Signed, value_6: Ptr(dict_keys.Node), hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_Signed_dict_keys.Node, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: Signed, value_7: Ptr(dict_keys.Node), hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_Signed_dict_keys.Node, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph _ll_dict_grow__dicttable_array_entry_Signed_dict_keys.Node(d_0: Ptr(dicttable))  # rordereddict.py:278
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
    v_13: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: Signed = getinteriorfield(entries_1, i_1, 'key')  # line 288
    v_22: Void = setinteriorfield(newentries_2, i_1, 'key', v_21)  # line 288
    v_23: Ptr(dict_keys.Node) = getinteriorfield(entries_1, i_1, 'value')  # line 289
    v_24: Void = setinteriorfield(newentries_2, i_1, 'value', v_23)  # line 289
    v_25: Signed = getinteriorfield(entries_1, i_1, 'f_hash')  # line 290
    v_26: Void = setinteriorfield(newentries_2, i_1, 'f_hash', v_25)  # line 290
    v_27: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 291
    v_28: Void = setinteriorfield(newentries_2, i_1, 'f_valid', v_27)  # line 291
    v_29: Signed = int_add(i_1, 1)  # line 292
    --> block2(d_4, entries_1, newentries_2, v_29)
block5(d_5: Ptr(dicttable)):
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_Signed_dict_keys.Node, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_Signed_dict_keys.Node(d_0: Ptr(dicttable))  # rordereddict.py:269
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
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_dict_keys.Node_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_Signed_dict_keys.Node, d_2)  # line 273
    --> return(None)

graph _ll_dict_remove_deleted_items__dicttable_array_entry_Signed_dict_keys.Node(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
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
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_dict_keys.Node_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_Signed_dict_keys.Node_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: Signed = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Ptr(dict_keys.Node) = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', v_38)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_Signed_dict_keys.Node_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(False)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Bool = same_as(True)  # line 234
    v_3: Bool = same_as(v_2)  # line 234
    --> block2(entries_1, i_1, ENTRY_0)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_2: Signed, ENTRY_1: Void):
    v_4: Ptr(dict_keys.Node) = same_as(None)  # line 235
    v_5: Void = setinteriorfield(entries_2, i_2, 'value', v_4)  # line 235
    --> block3(entries_2, i_2)
block3(entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_6: Void = setinteriorfield(entries_3, i_3, 'f_valid', False)  # line 236
    --> return(None)

graph ll_dict_get__dicttable_array_entry_Signed_dict_keys.Node_Signed_dict_keys.Node_None_None(d_0: Ptr(dicttable), key_0: Signed, default_0: Ptr(dict_keys.Node), hash_0: Void, eq_0: Void)  # rordereddict.py:379
block0(d_0: Ptr(dicttable), key_0: Signed, default_0: Ptr(dict_keys.Node), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_Signed_dict_keys.Node_Signed_None_None, d_0, key_0, None, None)  # line 380
    v_1: Bool = int_lt(v_0, 0)  # line 381
    v_2: Bool = same_as(v_1)  # line 381
    switch v_2
    False --> block1(d_0, v_0)
    True --> return(default_0)
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }), f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 383
    v_4: Ptr(dict_keys.Node) = getinteriorfield(v_3, index_0, 'value')  # line 383
    --> return(v_4)

graph _ll_dict_find__dicttable_array_entry_Signed_dict_keys.Node_Signed_None_None(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_Signed_dict_keys.Node_None, d_0, None)  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__None_Signed, None, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_dict_keys.Node_Signed_Signed_None_Bool, d_0, key_0, v_1, None, False)  # line 221
    --> return(v_2)

graph ll_newdict__dicttable_array_entry_rpy_str_list_array_Signed(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_rpy_str_list_array_Signed_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_rpy_str_list_array_Signed_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

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

graph ll_dict_setdefault__dicttable_array_entry_rpy_str_list_array_Signed_rpy_str_list_array_Signed_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), default_0: Ptr(list), hash_0: Void, eq_0: Void)  # rordereddict.py:386
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), default_0: Ptr(list), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_list_array_Signed_ll_strhash, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash })  # line 387
    v_1: Signed = direct_call(graph ll_keyhash__ll_strhash_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, key_0)  # line 388
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_list_array_Signed_rpy_str_Signed_ll_streq_Bool, d_0, key_0, v_1, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, True)  # line 389
    v_3: Bool = int_ge(v_2, 0)  # line 390
    v_4: Bool = same_as(v_3)  # line 390
    switch v_4
    False --> block1(d_0, key_0, default_0, v_1, v_2)
    True --> block2(d_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Ptr(rpy_str), default_1: Ptr(list), h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 392
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_rpy_str_list_array_Signed_rpy_str_list_array_Signed_Signed_Signed, d_1, key_1, default_1, h_0, v_5)  # line 392
    --> return(default_1)
block2(d_2: Ptr(dicttable), index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 391
    v_8: Ptr(list) = getinteriorfield(v_7, index_1, 'value')  # line 391
    --> return(v_8)

graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_list_array_Signed_ll_strhash(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_rpy_str_list_array_Signed_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Ptr(rpy_str) = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__ll_strhash_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph _ll_dict_lookup__dicttable_array_entry_rpy_str_list_array_Signed_rpy_str_Signed_ll_streq_Bool(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Ptr(rpy_str), hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Ptr(rpy_str), hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Ptr(rpy_str), hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Ptr(rpy_str), hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Ptr(rpy_str), hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Ptr(rpy_str) = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__ll_streq_rpy_str_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Ptr(rpy_str), hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Ptr(rpy_str), hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Ptr(rpy_str), hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_list_array_Signed_rpy_str_Signed_ll_streq_Bool, d_8, key_8, hash_8, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Ptr(rpy_str), hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
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

graph _ll_dict_insert__dicttable_array_entry_rpy_str_list_array_Signed_rpy_str_list_array_Signed_Signed_Signed(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), value_0: Ptr(list), hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), value_0: Ptr(list), hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: Ptr(rpy_str), value_1: Ptr(list), hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: Ptr(rpy_str), value_2: Ptr(list), hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: Ptr(rpy_str), value_3: Ptr(list), hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: Ptr(rpy_str), value_4: Ptr(list), hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
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
block5(d_5: Ptr(dicttable), key_5: Ptr(rpy_str), value_5: Ptr(list), hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: Ptr(rpy_str), value_6: Ptr(list), hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_rpy_str_list_array_Signed, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: Ptr(rpy_str), value_7: Ptr(list), hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_rpy_str_list_array_Signed, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph _ll_dict_grow__dicttable_array_entry_rpy_str_list_array_Signed(d_0: Ptr(dicttable))  # rordereddict.py:278
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
    v_13: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: Ptr(rpy_str) = getinteriorfield(entries_1, i_1, 'key')  # line 288
    v_22: Void = setinteriorfield(newentries_2, i_1, 'key', v_21)  # line 288
    v_23: Ptr(list) = getinteriorfield(entries_1, i_1, 'value')  # line 289
    v_24: Void = setinteriorfield(newentries_2, i_1, 'value', v_23)  # line 289
    v_25: Signed = getinteriorfield(entries_1, i_1, 'f_hash')  # line 290
    v_26: Void = setinteriorfield(newentries_2, i_1, 'f_hash', v_25)  # line 290
    v_27: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 291
    v_28: Void = setinteriorfield(newentries_2, i_1, 'f_valid', v_27)  # line 291
    v_29: Signed = int_add(i_1, 1)  # line 292
    --> block2(d_4, entries_1, newentries_2, v_29)
block5(d_5: Ptr(dicttable)):
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_rpy_str_list_array_Signed, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_rpy_str_list_array_Signed(d_0: Ptr(dicttable))  # rordereddict.py:269
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
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_rpy_str_list_array_Signed_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_rpy_str_list_array_Signed, d_2)  # line 273
    --> return(None)

graph _ll_dict_remove_deleted_items__dicttable_array_entry_rpy_str_list_array_Signed(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
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
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_rpy_str_list_array_Signed_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_rpy_str_list_array_Signed_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: Ptr(rpy_str) = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Ptr(list) = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', v_38)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_rpy_str_list_array_Signed_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(True)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Ptr(rpy_str) = same_as(None)  # line 233
    v_3: Void = setinteriorfield(entries_1, i_1, 'key', v_2)  # line 233
    --> block2(entries_1, i_1, ENTRY_0)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_2: Signed, ENTRY_1: Void):
    v_4: Bool = same_as(True)  # line 234
    v_5: Bool = same_as(v_4)  # line 234
    --> block3(entries_2, i_2, ENTRY_1)
block3(entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_3: Signed, ENTRY_2: Void):
    v_6: Ptr(list) = same_as(None)  # line 235
    v_7: Void = setinteriorfield(entries_3, i_3, 'value', v_6)  # line 235
    --> block4(entries_3, i_3)
block4(entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), i_4: Signed):
    v_8: Void = setinteriorfield(entries_4, i_4, 'f_valid', False)  # line 236
    --> return(None)

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

graph ll_dictiter__dictiter_dicttable_array_entry_rpy_str_list_array_Signed_dicttable_array_entry_rpy_str_list_array_Signed(ITER_0: Void, d_0: Ptr(dicttable))  # rordereddict.py:489
block0(ITER_0: Void, d_0: Ptr(dicttable)):
    v_0: Ptr(dictiter) = malloc(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) }), index: Signed }, 'gc')  # line 490
    v_1: Void = setfield(v_0, 'dict', d_0)  # line 491
    v_2: Void = setfield(v_0, 'index', 0)  # line 492
    --> return(v_0)

graph ll_dictnext__dictiter_dicttable_array_entry_rpy_str_list_array_Signed(it_0: Ptr(dictiter))  # rordereddict.py:496
block0(it_0: Ptr(dictiter)):
    v_0: Ptr(dicttable) = getfield(it_0, 'dict')  # line 498
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = getfield(v_0, 'entries')  # line 499
    v_2: Signed = getfield(it_0, 'index')  # line 500
    --> block1(it_0, v_0, v_1, v_2)
block1(it_1: Ptr(dictiter), d_0: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), index_0: Signed):
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
    v_9: Void = setfield(v_8, 'typeptr', vtable StopIteration [9, 10))  # line 507
    v_10: Ptr(BaseException) = cast_pointer(v_7)  # line 507
    v_11: Ptr(object_vtable) = getfield(v_10, 'typeptr')  # line 507
    --> raise(v_11, v_7)
block3(it_3: Ptr(dictiter), d_1: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), index_2: Signed):
    v_12: Bool = getinteriorfield(entries_1, index_2, 'f_valid')  # line 502
    v_13: Bool = same_as(v_12)  # line 502
    switch v_13
    False --> block4(it_3, d_1, entries_1, index_2)
    True --> block5(it_3, entries_1, index_2)
block4(it_4: Ptr(dictiter), d_2: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), index_3: Signed):
    v_14: Ptr(GcArray(Signed)) = getfield(d_2, 'indexes')  # line 502
    v_15: Bool = ptr_nonzero(v_14)  # line 502
    switch v_15
    False --> block5(it_4, entries_2, index_3)
    True --> block6(it_4, d_2, entries_2, index_3)
block5(it_5: Ptr(dictiter), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), index_4: Signed):
    v_16: Signed = int_add(index_4, 1)  # line 503
    v_17: Void = setfield(it_5, 'index', v_16)  # line 503
    v_18: Ptr(rpy_str) = getinteriorfield(entries_3, index_4, 'key')  # line 504
    --> return(v_18)
block6(it_6: Ptr(dictiter), d_3: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })), index_5: Signed):
    v_19: Signed = int_add(index_5, 1)  # line 505
    --> block1(it_6, d_3, entries_4, v_19)

graph ll_dict_getitem__dicttable_array_entry_rpy_str_list_array_Signed_rpy_str_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:351
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_rpy_str_list_array_Signed_rpy_str_ll_strhash_ll_streq, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq })  # line 352
    v_1: Bool = int_lt(v_0, 0)  # line 353
    v_2: Bool = same_as(v_1)  # line 353
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 355
    v_4: Ptr(list) = getinteriorfield(v_3, index_0, 'value')  # line 355
    --> return(v_4)
block2():
    v_5: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 354
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [7, 8))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph _ll_dict_find__dicttable_array_entry_rpy_str_list_array_Signed_rpy_str_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_list_array_Signed_ll_strhash, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash })  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__ll_strhash_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_list_array_Signed_rpy_str_Signed_ll_streq_Bool, d_0, key_0, v_1, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, False)  # line 221
    --> return(v_2)

graph ll_len__list_array_Signed(l_0: Ptr(list))  # rlist.py:31
block0(l_0: Ptr(list)):
    v_0: Bool = same_as(False)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(list)):
    v_2: Signed = getfield(l_1, 'length')  # line 34
    --> return(v_2)

graph ll_str2int__rpy_str_Signed(s_0: Ptr(rpy_str), base_0: Signed)  # rstr.py:886
block0(s_0: Ptr(rpy_str), base_0: Signed):
    v_0: Bool = int_ne(base_0, 0)  # line 891
    v_1: Bool = same_as(v_0)  # line 891
    switch v_1
    False --> block1(s_0, base_0)
    True --> block76(s_0, base_0)
block1(s_1: Ptr(rpy_str), base_1: Signed):
    v_2: Ptr(rpy_str) = same_as(s_1)  # line 893
    v_3: Signed = getinteriorarraysize(v_2, 'chars')  # line 893
    --> block2(s_1, base_1, v_3, 0)
block2(s_2: Ptr(rpy_str), base_2: Signed, length_0: Signed, i_0: Signed):
    v_4: Bool = int_lt(i_0, length_0)  # line 895
    v_5: Bool = same_as(v_4)  # line 895
    switch v_5
    False --> block3(s_2, base_2, length_0, i_0, length_0)
    True --> block74(s_2, base_2, length_0, i_0)
block3(s_3: Ptr(rpy_str), base_3: Signed, length_1: Signed, i_1: Signed, end_0: Signed):
    v_6: Bool = int_gt(end_0, i_1)  # line 898
    v_7: Bool = same_as(v_6)  # line 898
    switch v_7
    False --> block4(s_3, base_3, length_1, i_1, end_0)
    True --> block72(s_3, base_3, length_1, i_1, end_0)
block4(s_4: Ptr(rpy_str), base_4: Signed, length_2: Signed, i_2: Signed, end_1: Signed):
    v_8: Bool = int_lt(i_2, end_1)  # line 901
    v_9: Bool = same_as(v_8)  # line 901
    switch v_9
    False --> block5(s_4, base_4, length_2, i_2, end_1, 1)
    True --> block68(s_4, base_4, length_2, i_2, end_1)
block5(s_5: Ptr(rpy_str), base_5: Signed, length_3: Signed, i_3: Signed, end_2: Signed, sign_0: Signed):
    v_10: Bool = int_eq(base_5, 0)  # line 906
    v_11: Signed = int_sub(end_2, i_3)  # line 908
    v_12: Bool = int_ge(v_11, 2)  # line 908
    v_13: Bool = same_as(v_12)  # line 908
    switch v_13
    False --> block6(s_5, base_5, length_3, i_3, end_2, sign_0, i_3, v_10, False)
    True --> block55(s_5, base_5, length_3, i_3, end_2, sign_0, i_3, v_10)
block6(s_6: Ptr(rpy_str), base_6: Signed, length_4: Signed, i_4: Signed, end_3: Signed, sign_1: Signed, start_0: Signed, automatic_0: Bool, prefixed_0: Bool):
    v_14: Bool = int_eq(base_6, 0)  # line 919
    v_15: Bool = same_as(v_14)  # line 919
    switch v_15
    False --> block7(s_6, base_6, length_4, i_4, end_3, sign_1, start_0, automatic_0, prefixed_0)
    True --> block7(s_6, 10, length_4, i_4, end_3, sign_1, start_0, automatic_0, prefixed_0)
block7(s_7: Ptr(rpy_str), base_7: Signed, length_5: Signed, i_5: Signed, end_4: Signed, sign_2: Signed, start_1: Signed, automatic_1: Bool, prefixed_1: Bool):
    v_16: Bool = int_ge(i_5, end_4)  # line 921
    v_17: Bool = same_as(v_16)  # line 921
    switch v_17
    False --> block8(s_7, base_7, length_5, i_5, end_4, sign_2, start_1, automatic_1, prefixed_1, 0, 0, False, False)
    True --> block53()
block8(s_8: Ptr(rpy_str), base_8: Signed, length_6: Signed, i_6: Signed, end_5: Signed, sign_3: Signed, start_2: Signed, automatic_2: Bool, prefixed_2: Bool, result_0: Signed, digits_0: Signed, previous_underscore_0: Bool, nonzero_0: Bool):
    v_18: Bool = int_lt(i_6, end_5)  # line 927
    v_19: Bool = same_as(v_18)  # line 927
    switch v_19
    False --> block9(s_8, sign_3, start_2, automatic_2, prefixed_2, result_0, digits_0, previous_underscore_0, nonzero_0)
    True --> block24(s_8, base_8, length_6, i_6, end_5, sign_3, start_2, automatic_2, prefixed_2, result_0, digits_0, previous_underscore_0, nonzero_0)
block9(s_9: Ptr(rpy_str), sign_4: Signed, start_3: Signed, automatic_3: Bool, prefixed_3: Bool, result_1: Signed, digits_1: Signed, previous_underscore_1: Bool, nonzero_1: Bool):
    v_20: Bool = same_as(previous_underscore_1)  # line 954
    switch v_20
    False --> block10(s_9, sign_4, start_3, automatic_3, prefixed_3, result_1, digits_1, nonzero_1)
    True --> block22()
block10(s_10: Ptr(rpy_str), sign_5: Signed, start_4: Signed, automatic_4: Bool, prefixed_4: Bool, result_2: Signed, digits_2: Signed, nonzero_2: Bool):
    v_21: Bool = int_eq(digits_2, 0)  # line 954
    v_22: Bool = same_as(v_21)  # line 954
    switch v_22
    False --> block11(s_10, sign_5, start_4, automatic_4, prefixed_4, result_2, nonzero_2)
    True --> block22()
block11(s_11: Ptr(rpy_str), sign_6: Signed, start_5: Signed, automatic_5: Bool, prefixed_5: Bool, result_3: Signed, nonzero_3: Bool):
    v_23: Bool = same_as(automatic_5)  # line 956
    switch v_23
    False --> block12(sign_6, result_3)
    True --> block17(s_11, sign_6, start_5, prefixed_5, result_3, nonzero_3)
block12(sign_7: Signed, result_4: Signed):
    v_24: Bool = int_lt(sign_7, 0)  # line 958
    v_25: Bool = same_as(v_24)  # line 958
    switch v_25
    False --> block13(result_4)
    True --> return(result_4)
block13(result_5: Signed):
    v_26: Bool = int_eq(result_5, -9223372036854775808)  # line 960
    v_27: Bool = same_as(v_26)  # line 960
    switch v_27
    False --> block14(result_5)
    True --> block15()
block14(result_6: Signed):
    v_28: Signed = int_neg(result_6)  # line 962
    --> return(v_28)
block15():
    v_29: Ptr(OverflowError) = malloc(GcStruct OverflowError { super: GcStruct ArithmeticError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 961
    v_30: Ptr(BaseException) = cast_pointer(v_29)  # line 961
    v_31: Void = setfield(v_30, 'typeptr', vtable OverflowError [11, 12))  # line 961
    v_32: Ptr(BaseException) = cast_pointer(v_29)  # line 961
    v_33: Ptr(object_vtable) = getfield(v_32, 'typeptr')  # line 961
    --> block16(v_33, v_29)
block16(v_34: Ptr(object_vtable), v_35: Ptr(OverflowError)):
    v_36: Ptr(Exception) = cast_pointer(v_35)  # line 961
    --> raise(v_34, v_36)
block17(s_12: Ptr(rpy_str), sign_8: Signed, start_6: Signed, prefixed_6: Bool, result_7: Signed, nonzero_4: Bool):
    v_37: Bool = same_as(nonzero_4)  # line 956
    switch v_37
    False --> block12(sign_8, result_7)
    True --> block18(s_12, sign_8, start_6, prefixed_6, result_7)
block18(s_13: Ptr(rpy_str), sign_9: Signed, start_7: Signed, prefixed_7: Bool, result_8: Signed):
    v_38: Bool = same_as(prefixed_7)  # line 956
    switch v_38
    False --> block19(s_13, sign_9, start_7, result_8)
    True --> block12(sign_9, result_8)
block19(s_14: Ptr(rpy_str), sign_10: Signed, start_8: Signed, result_9: Signed):
    v_39: Ptr(rpy_str) = same_as(s_14)  # line 956
    v_40: UniChar = getinteriorfield(v_39, 'chars', start_8)  # line 956
    v_41: Bool = unichar_eq(v_40, 48)  # line 956
    v_42: Bool = same_as(v_41)  # line 956
    switch v_42
    False --> block12(sign_10, result_9)
    True --> block20()
block20():
    v_43: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 957
    v_44: Ptr(BaseException) = cast_pointer(v_43)  # line 957
    v_45: Void = setfield(v_44, 'typeptr', vtable ValueError [8, 9))  # line 957
    v_46: Ptr(BaseException) = cast_pointer(v_43)  # line 957
    v_47: Ptr(object_vtable) = getfield(v_46, 'typeptr')  # line 957
    --> block21(v_47, v_43)
block21(v_48: Ptr(object_vtable), v_49: Ptr(ValueError)):
    v_50: Ptr(Exception) = cast_pointer(v_49)  # line 957
    --> raise(v_48, v_50)
block22():
    v_51: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 955
    v_52: Ptr(BaseException) = cast_pointer(v_51)  # line 955
    v_53: Void = setfield(v_52, 'typeptr', vtable ValueError [8, 9))  # line 955
    v_54: Ptr(BaseException) = cast_pointer(v_51)  # line 955
    v_55: Ptr(object_vtable) = getfield(v_54, 'typeptr')  # line 955
    --> block23(v_55, v_51)
block23(v_56: Ptr(object_vtable), v_57: Ptr(ValueError)):
    v_58: Ptr(Exception) = cast_pointer(v_57)  # line 955
    --> raise(v_56, v_58)
block24(s_15: Ptr(rpy_str), base_9: Signed, length_7: Signed, i_7: Signed, end_6: Signed, sign_11: Signed, start_9: Signed, automatic_6: Bool, prefixed_8: Bool, result_10: Signed, digits_3: Signed, previous_underscore_2: Bool, nonzero_5: Bool):
    v_59: Ptr(rpy_str) = same_as(s_15)  # line 928
    v_60: UniChar = getinteriorfield(v_59, 'chars', i_7)  # line 928
    v_61: Signed = cast_unichar_to_int(v_60)  # line 928
    v_62: Bool = int_eq(v_61, 95)  # line 929
    v_63: Bool = same_as(v_62)  # line 929
    switch v_63
    False --> block25(s_15, base_9, length_7, i_7, end_6, sign_11, start_9, automatic_6, prefixed_8, result_10, digits_3, nonzero_5, v_61)
    True --> block47(s_15, base_9, length_7, i_7, end_6, sign_11, start_9, automatic_6, prefixed_8, result_10, digits_3, previous_underscore_2, nonzero_5)
block25(s_16: Ptr(rpy_str), base_10: Signed, length_8: Signed, i_8: Signed, end_7: Signed, sign_12: Signed, start_10: Signed, automatic_7: Bool, prefixed_9: Bool, result_11: Signed, digits_4: Signed, nonzero_6: Bool, c_0: Signed):
    v_64: Bool = int_le(48, c_0)  # line 936
    v_65: Bool = same_as(v_64)  # line 936
    switch v_65
    False --> block26(s_16, base_10, length_8, i_8, end_7, sign_12, start_10, automatic_7, prefixed_9, result_11, digits_4, nonzero_6, c_0, v_64)
    True --> block46(c_0, s_16, base_10, length_8, i_8, end_7, sign_12, start_10, automatic_7, prefixed_9, result_11, digits_4, nonzero_6, c_0)
block26(s_17: Ptr(rpy_str), base_11: Signed, length_9: Signed, i_9: Signed, end_8: Signed, sign_13: Signed, start_11: Signed, automatic_8: Bool, prefixed_10: Bool, result_12: Signed, digits_5: Signed, nonzero_7: Bool, c_1: Signed, v_66: Bool):
    v_67: Bool = same_as(v_66)  # line 936
    switch v_67
    False --> block27(s_17, base_11, length_9, i_9, end_8, sign_13, start_11, automatic_8, prefixed_10, result_12, digits_5, nonzero_7, c_1)
    True --> block45(s_17, base_11, length_9, i_9, end_8, sign_13, start_11, automatic_8, prefixed_10, result_12, digits_5, nonzero_7, c_1)
block27(s_18: Ptr(rpy_str), base_12: Signed, length_10: Signed, i_10: Signed, end_9: Signed, sign_14: Signed, start_12: Signed, automatic_9: Bool, prefixed_11: Bool, result_13: Signed, digits_6: Signed, nonzero_8: Bool, c_2: Signed):
    v_68: Bool = int_le(97, c_2)  # line 938
    v_69: Bool = same_as(v_68)  # line 938
    switch v_69
    False --> block28(s_18, base_12, length_10, i_10, end_9, sign_14, start_12, automatic_9, prefixed_11, result_13, digits_6, nonzero_8, c_2, v_68)
    True --> block44(c_2, s_18, base_12, length_10, i_10, end_9, sign_14, start_12, automatic_9, prefixed_11, result_13, digits_6, nonzero_8, c_2)
block28(s_19: Ptr(rpy_str), base_13: Signed, length_11: Signed, i_11: Signed, end_10: Signed, sign_15: Signed, start_13: Signed, automatic_10: Bool, prefixed_12: Bool, result_14: Signed, digits_7: Signed, nonzero_9: Bool, c_3: Signed, v_70: Bool):
    v_71: Bool = same_as(v_70)  # line 938
    switch v_71
    False --> block29(s_19, base_13, length_11, i_11, end_10, sign_15, start_13, automatic_10, prefixed_12, result_14, digits_7, nonzero_9, c_3)
    True --> block43(s_19, base_13, length_11, i_11, end_10, sign_15, start_13, automatic_10, prefixed_12, result_14, digits_7, nonzero_9, c_3)
block29(s_20: Ptr(rpy_str), base_14: Signed, length_12: Signed, i_12: Signed, end_11: Signed, sign_16: Signed, start_14: Signed, automatic_11: Bool, prefixed_13: Bool, result_15: Signed, digits_8: Signed, nonzero_10: Bool, c_4: Signed):
    v_72: Bool = int_le(65, c_4)  # line 940
    v_73: Bool = same_as(v_72)  # line 940
    switch v_73
    False --> block30(s_20, base_14, length_12, i_12, end_11, sign_16, start_14, automatic_11, prefixed_13, result_15, digits_8, nonzero_10, c_4, v_72)
    True --> block42(c_4, s_20, base_14, length_12, i_12, end_11, sign_16, start_14, automatic_11, prefixed_13, result_15, digits_8, nonzero_10, c_4)
block30(s_21: Ptr(rpy_str), base_15: Signed, length_13: Signed, i_13: Signed, end_12: Signed, sign_17: Signed, start_15: Signed, automatic_12: Bool, prefixed_14: Bool, result_16: Signed, digits_9: Signed, nonzero_11: Bool, c_5: Signed, v_74: Bool):
    v_75: Bool = same_as(v_74)  # line 940
    switch v_75
    False --> block31()
    True --> block33(s_21, base_15, length_13, i_13, end_12, sign_17, start_15, automatic_12, prefixed_14, result_16, digits_9, nonzero_11, c_5)
block31():
    v_76: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 943
    v_77: Ptr(BaseException) = cast_pointer(v_76)  # line 943
    v_78: Void = setfield(v_77, 'typeptr', vtable ValueError [8, 9))  # line 943
    v_79: Ptr(BaseException) = cast_pointer(v_76)  # line 943
    v_80: Ptr(object_vtable) = getfield(v_79, 'typeptr')  # line 943
    --> block32(v_80, v_76)
block32(v_81: Ptr(object_vtable), v_82: Ptr(ValueError)):
    v_83: Ptr(Exception) = cast_pointer(v_82)  # line 943
    --> raise(v_81, v_83)
block33(s_22: Ptr(rpy_str), base_16: Signed, length_14: Signed, i_14: Signed, end_13: Signed, sign_18: Signed, start_16: Signed, automatic_13: Bool, prefixed_15: Bool, result_17: Signed, digits_10: Signed, nonzero_12: Bool, c_6: Signed):
    v_84: Signed = int_sub(c_6, 55)  # line 941
    --> block34(s_22, base_16, length_14, i_14, end_13, sign_18, start_16, automatic_13, prefixed_15, result_17, digits_10, nonzero_12, v_84)
block34(s_23: Ptr(rpy_str), base_17: Signed, length_15: Signed, i_15: Signed, end_14: Signed, sign_19: Signed, start_17: Signed, automatic_14: Bool, prefixed_16: Bool, result_18: Signed, digits_11: Signed, nonzero_13: Bool, d_0: Signed):
    v_85: Bool = int_ge(d_0, base_17)  # line 944
    v_86: Bool = same_as(v_85)  # line 944
    switch v_86
    False --> block35(s_23, base_17, length_15, i_15, end_14, sign_19, start_17, automatic_14, prefixed_16, result_18, digits_11, nonzero_13, d_0)
    True --> block40()
block35(s_24: Ptr(rpy_str), base_18: Signed, length_16: Signed, i_16: Signed, end_15: Signed, sign_20: Signed, start_18: Signed, automatic_15: Bool, prefixed_17: Bool, result_19: Signed, digits_12: Signed, nonzero_14: Bool, d_1: Signed):
    v_87: Bool = int_ne(d_1, 0)  # line 946
    v_88: Bool = same_as(v_87)  # line 946
    switch v_88
    False --> block36(s_24, base_18, length_16, i_16, end_15, sign_20, start_18, automatic_15, prefixed_17, result_19, digits_12, nonzero_14, d_1)
    True --> block36(s_24, base_18, length_16, i_16, end_15, sign_20, start_18, automatic_15, prefixed_17, result_19, digits_12, True, d_1)
block36(s_25: Ptr(rpy_str), base_19: Signed, length_17: Signed, i_17: Signed, end_16: Signed, sign_21: Signed, start_19: Signed, automatic_16: Bool, prefixed_18: Bool, result_20: Signed, digits_13: Signed, nonzero_15: Bool, d_2: Signed):
    v_89: Signed = int_add(-9223372036854775808, d_2)  # line 949
    v_90: Signed = int_add(v_89, base_19)  # line 949
    v_91: Signed = int_sub(v_90, 1)  # line 949
    v_92: Signed = int_floordiv_zer(v_91, base_19)  # line 949
    v_93: Signed = int_mod(v_91, base_19)  # line 949
    v_94: Bool = int_ne(v_93, 0)  # line 949
    v_95: Signed = int_xor(v_93, base_19)  # line 949
    v_96: Bool = int_lt(v_95, 0)  # line 949
    v_97: Signed = cast_bool_to_int(v_94)  # line 949
    v_98: Signed = cast_bool_to_int(v_96)  # line 949
    v_99: Signed = int_and(v_97, v_98)  # line 949
    v_100: Signed = int_sub(v_92, v_99)  # line 949
    v_101: Bool = int_lt(result_20, v_100)  # line 949
    v_102: Bool = same_as(v_101)  # line 949
    switch v_102
    False --> block37(s_25, base_19, length_17, i_17, end_16, sign_21, start_19, automatic_16, prefixed_18, result_20, digits_13, nonzero_15, d_2)
    True --> block38()
block37(s_26: Ptr(rpy_str), base_20: Signed, length_18: Signed, i_18: Signed, end_17: Signed, sign_22: Signed, start_20: Signed, automatic_17: Bool, prefixed_19: Bool, result_21: Signed, digits_14: Signed, nonzero_16: Bool, d_3: Signed):
    v_103: Signed = int_mul(result_21, base_20)  # line 951
    v_104: Signed = int_sub(v_103, d_3)  # line 951
    v_105: Signed = int_add(digits_14, 1)  # line 952
    v_106: Signed = int_add(i_18, 1)  # line 953
    --> block8(s_26, base_20, length_18, v_106, end_17, sign_22, start_20, automatic_17, prefixed_19, v_104, v_105, False, nonzero_16)
block38():
    v_107: Ptr(OverflowError) = malloc(GcStruct OverflowError { super: GcStruct ArithmeticError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 950
    v_108: Ptr(BaseException) = cast_pointer(v_107)  # line 950
    v_109: Void = setfield(v_108, 'typeptr', vtable OverflowError [11, 12))  # line 950
    v_110: Ptr(BaseException) = cast_pointer(v_107)  # line 950
    v_111: Ptr(object_vtable) = getfield(v_110, 'typeptr')  # line 950
    --> block39(v_111, v_107)
block39(v_112: Ptr(object_vtable), v_113: Ptr(OverflowError)):
    v_114: Ptr(Exception) = cast_pointer(v_113)  # line 950
    --> raise(v_112, v_114)
block40():
    v_115: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 945
    v_116: Ptr(BaseException) = cast_pointer(v_115)  # line 945
    v_117: Void = setfield(v_116, 'typeptr', vtable ValueError [8, 9))  # line 945
    v_118: Ptr(BaseException) = cast_pointer(v_115)  # line 945
    v_119: Ptr(object_vtable) = getfield(v_118, 'typeptr')  # line 945
    --> block41(v_119, v_115)
block41(v_120: Ptr(object_vtable), v_121: Ptr(ValueError)):
    v_122: Ptr(Exception) = cast_pointer(v_121)  # line 945
    --> raise(v_120, v_122)
block42(t86_0: Signed, s_27: Ptr(rpy_str), base_21: Signed, length_19: Signed, i_19: Signed, end_18: Signed, sign_23: Signed, start_21: Signed, automatic_18: Bool, prefixed_20: Bool, result_22: Signed, digits_15: Signed, nonzero_17: Bool, c_7: Signed):
    v_123: Bool = int_le(t86_0, 90)  # line 940
    --> block30(s_27, base_21, length_19, i_19, end_18, sign_23, start_21, automatic_18, prefixed_20, result_22, digits_15, nonzero_17, c_7, v_123)
block43(s_28: Ptr(rpy_str), base_22: Signed, length_20: Signed, i_20: Signed, end_19: Signed, sign_24: Signed, start_22: Signed, automatic_19: Bool, prefixed_21: Bool, result_23: Signed, digits_16: Signed, nonzero_18: Bool, c_8: Signed):
    v_124: Signed = int_sub(c_8, 87)  # line 939
    --> block34(s_28, base_22, length_20, i_20, end_19, sign_24, start_22, automatic_19, prefixed_21, result_23, digits_16, nonzero_18, v_124)
block44(t80_0: Signed, s_29: Ptr(rpy_str), base_23: Signed, length_21: Signed, i_21: Signed, end_20: Signed, sign_25: Signed, start_23: Signed, automatic_20: Bool, prefixed_22: Bool, result_24: Signed, digits_17: Signed, nonzero_19: Bool, c_9: Signed):
    v_125: Bool = int_le(t80_0, 122)  # line 938
    --> block28(s_29, base_23, length_21, i_21, end_20, sign_25, start_23, automatic_20, prefixed_22, result_24, digits_17, nonzero_19, c_9, v_125)
block45(s_30: Ptr(rpy_str), base_24: Signed, length_22: Signed, i_22: Signed, end_21: Signed, sign_26: Signed, start_24: Signed, automatic_21: Bool, prefixed_23: Bool, result_25: Signed, digits_18: Signed, nonzero_20: Bool, c_10: Signed):
    v_126: Signed = int_sub(c_10, 48)  # line 937
    --> block34(s_30, base_24, length_22, i_22, end_21, sign_26, start_24, automatic_21, prefixed_23, result_25, digits_18, nonzero_20, v_126)
block46(t74_0: Signed, s_31: Ptr(rpy_str), base_25: Signed, length_23: Signed, i_23: Signed, end_22: Signed, sign_27: Signed, start_25: Signed, automatic_22: Bool, prefixed_24: Bool, result_26: Signed, digits_19: Signed, nonzero_21: Bool, c_11: Signed):
    v_127: Bool = int_le(t74_0, 57)  # line 936
    --> block26(s_31, base_25, length_23, i_23, end_22, sign_27, start_25, automatic_22, prefixed_24, result_26, digits_19, nonzero_21, c_11, v_127)
block47(s_32: Ptr(rpy_str), base_26: Signed, length_24: Signed, i_24: Signed, end_23: Signed, sign_28: Signed, start_26: Signed, automatic_23: Bool, prefixed_25: Bool, result_27: Signed, digits_20: Signed, previous_underscore_3: Bool, nonzero_22: Bool):
    v_128: Bool = int_eq(digits_20, 0)  # line 930
    v_129: Bool = same_as(v_128)  # line 930
    switch v_129
    False --> block48(s_32, base_26, length_24, i_24, end_23, sign_28, start_26, automatic_23, prefixed_25, result_27, digits_20, previous_underscore_3, nonzero_22)
    True --> block52(s_32, base_26, length_24, i_24, end_23, sign_28, start_26, automatic_23, prefixed_25, result_27, digits_20, previous_underscore_3, nonzero_22)
block48(s_33: Ptr(rpy_str), base_27: Signed, length_25: Signed, i_25: Signed, end_24: Signed, sign_29: Signed, start_27: Signed, automatic_24: Bool, prefixed_26: Bool, result_28: Signed, digits_21: Signed, previous_underscore_4: Bool, nonzero_23: Bool):
    v_130: Bool = same_as(previous_underscore_4)  # line 930
    switch v_130
    False --> block49(s_33, base_27, length_25, i_25, end_24, sign_29, start_27, automatic_24, prefixed_26, result_28, digits_21, nonzero_23)
    True --> block50()
block49(s_34: Ptr(rpy_str), base_28: Signed, length_26: Signed, i_26: Signed, end_25: Signed, sign_30: Signed, start_28: Signed, automatic_25: Bool, prefixed_27: Bool, result_29: Signed, digits_22: Signed, nonzero_24: Bool):
    v_131: Signed = int_add(i_26, 1)  # line 933
    --> block8(s_34, base_28, length_26, v_131, end_25, sign_30, start_28, automatic_25, prefixed_27, result_29, digits_22, True, nonzero_24)
block50():
    v_132: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 931
    v_133: Ptr(BaseException) = cast_pointer(v_132)  # line 931
    v_134: Void = setfield(v_133, 'typeptr', vtable ValueError [8, 9))  # line 931
    v_135: Ptr(BaseException) = cast_pointer(v_132)  # line 931
    v_136: Ptr(object_vtable) = getfield(v_135, 'typeptr')  # line 931
    --> block51(v_136, v_132)
block51(v_137: Ptr(object_vtable), v_138: Ptr(ValueError)):
    v_139: Ptr(Exception) = cast_pointer(v_138)  # line 931
    --> raise(v_137, v_139)
block52(s_35: Ptr(rpy_str), base_29: Signed, length_27: Signed, i_27: Signed, end_26: Signed, sign_31: Signed, start_29: Signed, automatic_26: Bool, prefixed_28: Bool, result_30: Signed, digits_23: Signed, previous_underscore_5: Bool, nonzero_25: Bool):
    v_140: Bool = same_as(prefixed_28)  # line 930
    switch v_140
    False --> block50()
    True --> block48(s_35, base_29, length_27, i_27, end_26, sign_31, start_29, automatic_26, prefixed_28, result_30, digits_23, previous_underscore_5, nonzero_25)
block53():
    v_141: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 922
    v_142: Ptr(BaseException) = cast_pointer(v_141)  # line 922
    v_143: Void = setfield(v_142, 'typeptr', vtable ValueError [8, 9))  # line 922
    v_144: Ptr(BaseException) = cast_pointer(v_141)  # line 922
    v_145: Ptr(object_vtable) = getfield(v_144, 'typeptr')  # line 922
    --> block54(v_145, v_141)
block54(v_146: Ptr(object_vtable), v_147: Ptr(ValueError)):
    v_148: Ptr(Exception) = cast_pointer(v_147)  # line 922
    --> raise(v_146, v_148)
block55(s_36: Ptr(rpy_str), base_30: Signed, length_28: Signed, i_28: Signed, end_27: Signed, sign_32: Signed, start_30: Signed, automatic_27: Bool):
    v_149: Ptr(rpy_str) = same_as(s_36)  # line 908
    v_150: UniChar = getinteriorfield(v_149, 'chars', i_28)  # line 908
    v_151: Bool = unichar_eq(v_150, 48)  # line 908
    v_152: Bool = same_as(v_151)  # line 908
    switch v_152
    False --> block6(s_36, base_30, length_28, i_28, end_27, sign_32, start_30, automatic_27, False)
    True --> block56(s_36, base_30, length_28, i_28, end_27, sign_32, start_30, automatic_27)
block56(s_37: Ptr(rpy_str), base_31: Signed, length_29: Signed, i_29: Signed, end_28: Signed, sign_33: Signed, start_31: Signed, automatic_28: Bool):
    v_153: Ptr(rpy_str) = same_as(s_37)  # line 909
    v_154: Signed = int_add(i_29, 1)  # line 909
    v_155: UniChar = getinteriorfield(v_153, 'chars', v_154)  # line 909
    v_156: Signed = cast_unichar_to_int(v_155)  # line 909
    v_157: Signed = int_or(v_156, 32)  # line 909
    v_158: Bool = int_eq(v_157, 120)  # line 910
    v_159: Bool = same_as(v_158)  # line 910
    switch v_159
    False --> block57(s_37, base_31, length_29, i_29, end_28, sign_33, start_31, automatic_28, v_157)
    True --> block66(s_37, base_31, length_29, i_29, end_28, sign_33, start_31, automatic_28, v_157)
block57(s_38: Ptr(rpy_str), base_32: Signed, length_30: Signed, i_30: Signed, end_29: Signed, sign_34: Signed, start_32: Signed, automatic_29: Bool, p_0: Signed):
    v_160: Bool = int_eq(p_0, 111)  # line 910
    v_161: Bool = same_as(v_160)  # line 910
    switch v_161
    False --> block58(s_38, base_32, length_30, i_30, end_29, sign_34, start_32, automatic_29, p_0)
    True --> block64(s_38, base_32, length_30, i_30, end_29, sign_34, start_32, automatic_29, p_0)
block58(s_39: Ptr(rpy_str), base_33: Signed, length_31: Signed, i_31: Signed, end_30: Signed, sign_35: Signed, start_33: Signed, automatic_30: Bool, p_1: Signed):
    v_162: Bool = int_eq(p_1, 98)  # line 910
    v_163: Bool = same_as(v_162)  # line 910
    switch v_163
    False --> block6(s_39, base_33, length_31, i_31, end_30, sign_35, start_33, automatic_30, False)
    True --> block59(s_39, base_33, length_31, i_31, end_30, sign_35, start_33, automatic_30, p_1)
block59(s_40: Ptr(rpy_str), base_34: Signed, length_32: Signed, i_32: Signed, end_31: Signed, sign_36: Signed, start_34: Signed, automatic_31: Bool, p_2: Signed):
    v_164: Bool = int_eq(base_34, 2)  # line 910
    v_165: Bool = same_as(v_164)  # line 910
    switch v_165
    False --> block60(s_40, base_34, length_32, i_32, end_31, sign_36, start_34, automatic_31, p_2)
    True --> block61(s_40, length_32, i_32, end_31, sign_36, start_34, automatic_31, p_2)
block60(s_41: Ptr(rpy_str), base_35: Signed, length_33: Signed, i_33: Signed, end_32: Signed, sign_37: Signed, start_35: Signed, automatic_32: Bool, p_3: Signed):
    v_166: Bool = int_eq(base_35, 0)  # line 910
    v_167: Bool = same_as(v_166)  # line 910
    switch v_167
    False --> block6(s_41, base_35, length_33, i_33, end_32, sign_37, start_35, automatic_32, False)
    True --> block61(s_41, length_33, i_33, end_32, sign_37, start_35, automatic_32, p_3)
block61(s_42: Ptr(rpy_str), length_34: Signed, i_34: Signed, end_33: Signed, sign_38: Signed, start_36: Signed, automatic_33: Bool, p_4: Signed):
    v_168: Bool = int_eq(p_4, 120)  # line 912
    v_169: Bool = same_as(v_168)  # line 912
    switch v_169
    False --> block62(s_42, length_34, i_34, end_33, sign_38, start_36, automatic_33, p_4)
    True --> block63(s_42, 16, length_34, i_34, end_33, sign_38, start_36, automatic_33)
block62(s_43: Ptr(rpy_str), length_35: Signed, i_35: Signed, end_34: Signed, sign_39: Signed, start_37: Signed, automatic_34: Bool, p_5: Signed):
    v_170: Bool = int_eq(p_5, 111)  # line 914
    v_171: Bool = same_as(v_170)  # line 914
    switch v_171
    False --> block63(s_43, 2, length_35, i_35, end_34, sign_39, start_37, automatic_34)
    True --> block63(s_43, 8, length_35, i_35, end_34, sign_39, start_37, automatic_34)
block63(s_44: Ptr(rpy_str), base_36: Signed, length_36: Signed, i_36: Signed, end_35: Signed, sign_40: Signed, start_38: Signed, automatic_35: Bool):
    v_172: Signed = int_add(i_36, 2)  # line 918
    --> block6(s_44, base_36, length_36, v_172, end_35, sign_40, start_38, automatic_35, True)
block64(s_45: Ptr(rpy_str), base_37: Signed, length_37: Signed, i_37: Signed, end_36: Signed, sign_41: Signed, start_39: Signed, automatic_36: Bool, p_6: Signed):
    v_173: Bool = int_eq(base_37, 8)  # line 910
    v_174: Bool = same_as(v_173)  # line 910
    switch v_174
    False --> block65(s_45, base_37, length_37, i_37, end_36, sign_41, start_39, automatic_36, p_6)
    True --> block61(s_45, length_37, i_37, end_36, sign_41, start_39, automatic_36, p_6)
block65(s_46: Ptr(rpy_str), base_38: Signed, length_38: Signed, i_38: Signed, end_37: Signed, sign_42: Signed, start_40: Signed, automatic_37: Bool, p_7: Signed):
    v_175: Bool = int_eq(base_38, 0)  # line 910
    v_176: Bool = same_as(v_175)  # line 910
    switch v_176
    False --> block58(s_46, base_38, length_38, i_38, end_37, sign_42, start_40, automatic_37, p_7)
    True --> block61(s_46, length_38, i_38, end_37, sign_42, start_40, automatic_37, p_7)
block66(s_47: Ptr(rpy_str), base_39: Signed, length_39: Signed, i_39: Signed, end_38: Signed, sign_43: Signed, start_41: Signed, automatic_38: Bool, p_8: Signed):
    v_177: Bool = int_eq(base_39, 16)  # line 910
    v_178: Bool = same_as(v_177)  # line 910
    switch v_178
    False --> block67(s_47, base_39, length_39, i_39, end_38, sign_43, start_41, automatic_38, p_8)
    True --> block61(s_47, length_39, i_39, end_38, sign_43, start_41, automatic_38, p_8)
block67(s_48: Ptr(rpy_str), base_40: Signed, length_40: Signed, i_40: Signed, end_39: Signed, sign_44: Signed, start_42: Signed, automatic_39: Bool, p_9: Signed):
    v_179: Bool = int_eq(base_40, 0)  # line 910
    v_180: Bool = same_as(v_179)  # line 910
    switch v_180
    False --> block57(s_48, base_40, length_40, i_40, end_39, sign_44, start_42, automatic_39, p_9)
    True --> block61(s_48, length_40, i_40, end_39, sign_44, start_42, automatic_39, p_9)
block68(s_49: Ptr(rpy_str), base_41: Signed, length_41: Signed, i_41: Signed, end_40: Signed):
    v_181: Ptr(rpy_str) = same_as(s_49)  # line 901
    v_182: UniChar = getinteriorfield(v_181, 'chars', i_41)  # line 901
    v_183: Bool = unichar_eq(v_182, 45)  # line 901
    v_184: Bool = same_as(v_183)  # line 901
    switch v_184
    False --> block69(s_49, base_41, length_41, i_41, end_40)
    True --> block70(s_49, base_41, length_41, i_41, end_40)
block69(s_50: Ptr(rpy_str), base_42: Signed, length_42: Signed, i_42: Signed, end_41: Signed):
    v_185: Ptr(rpy_str) = same_as(s_50)  # line 901
    v_186: UniChar = getinteriorfield(v_185, 'chars', i_42)  # line 901
    v_187: Bool = unichar_eq(v_186, 43)  # line 901
    v_188: Bool = same_as(v_187)  # line 901
    switch v_188
    False --> block5(s_50, base_42, length_42, i_42, end_41, 1)
    True --> block70(s_50, base_42, length_42, i_42, end_41)
block70(s_51: Ptr(rpy_str), base_43: Signed, length_43: Signed, i_43: Signed, end_42: Signed):
    v_189: Ptr(rpy_str) = same_as(s_51)  # line 902
    v_190: UniChar = getinteriorfield(v_189, 'chars', i_43)  # line 902
    v_191: Bool = unichar_eq(v_190, 45)  # line 902
    v_192: Bool = same_as(v_191)  # line 902
    switch v_192
    False --> block71(s_51, base_43, length_43, i_43, end_42, 1)
    True --> block71(s_51, base_43, length_43, i_43, end_42, -1)
block71(s_52: Ptr(rpy_str), base_44: Signed, length_44: Signed, i_44: Signed, end_43: Signed, sign_45: Signed):
    v_193: Signed = int_add(i_44, 1)  # line 904
    --> block5(s_52, base_44, length_44, v_193, end_43, sign_45)
block72(s_53: Ptr(rpy_str), base_45: Signed, length_45: Signed, i_45: Signed, end_44: Signed):
    v_194: Ptr(rpy_str) = same_as(s_53)  # line 898
    v_195: Signed = int_sub(end_44, 1)  # line 898
    v_196: UniChar = getinteriorfield(v_194, 'chars', v_195)  # line 898
    v_197: Bool = direct_call(graph ll_char_isspace__UniChar, v_196)  # line 898
    v_198: Bool = same_as(v_197)  # line 898
    switch v_198
    False --> block4(s_53, base_45, length_45, i_45, end_44)
    True --> block73(s_53, base_45, length_45, i_45, end_44)
block73(s_54: Ptr(rpy_str), base_46: Signed, length_46: Signed, i_46: Signed, end_45: Signed):
    v_199: Signed = int_sub(end_45, 1)  # line 899
    --> block3(s_54, base_46, length_46, i_46, v_199)
block74(s_55: Ptr(rpy_str), base_47: Signed, length_47: Signed, i_47: Signed):
    v_200: Ptr(rpy_str) = same_as(s_55)  # line 895
    v_201: UniChar = getinteriorfield(v_200, 'chars', i_47)  # line 895
    v_202: Bool = direct_call(graph ll_char_isspace__UniChar, v_201)  # line 895
    v_203: Bool = same_as(v_202)  # line 895
    switch v_203
    False --> block3(s_55, base_47, length_47, i_47, length_47)
    True --> block75(s_55, base_47, length_47, i_47)
block75(s_56: Ptr(rpy_str), base_48: Signed, length_48: Signed, i_48: Signed):
    v_204: Signed = int_add(i_48, 1)  # line 896
    --> block2(s_56, base_48, length_48, v_204)
block76(s_57: Ptr(rpy_str), base_49: Signed):
    v_205: Bool = int_lt(base_49, 2)  # line 891
    v_206: Bool = same_as(v_205)  # line 891
    switch v_206
    False --> block77(s_57, base_49)
    True --> block78()
block77(s_58: Ptr(rpy_str), base_50: Signed):
    v_207: Bool = int_gt(base_50, 36)  # line 891
    v_208: Bool = same_as(v_207)  # line 891
    switch v_208
    False --> block1(s_58, base_50)
    True --> block78()
block78():
    v_209: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 892
    v_210: Ptr(BaseException) = cast_pointer(v_209)  # line 892
    v_211: Void = setfield(v_210, 'typeptr', vtable ValueError [8, 9))  # line 892
    v_212: Ptr(BaseException) = cast_pointer(v_209)  # line 892
    v_213: Ptr(object_vtable) = getfield(v_212, 'typeptr')  # line 892
    --> block79(v_213, v_209)
block79(v_214: Ptr(object_vtable), v_215: Ptr(ValueError)):
    v_216: Ptr(Exception) = cast_pointer(v_215)  # line 892
    --> raise(v_214, v_216)

graph ll_char_isspace__UniChar(ch_0: UniChar)  # rstr.py:341
block0(ch_0: UniChar):
    v_0: Bool = unichar_isspace(ch_0)  # line 342
    --> return(v_0)

graph ll_newdict__dicttable_array_entry_Signed_Void(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_Void_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_Signed_Void_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

graph ll_dict_setitem__dicttable_array_entry_Signed_Void_Signed_None_None_None(d_0: Ptr(dicttable), key_0: Signed, value_0: Void, hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: Signed, value_0: Void, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_Signed_Void_None, d_0, None)  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__None_Signed, None, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_Void_Signed_Signed_None_Bool, d_0, key_0, v_1, None, True)  # line 361
    v_3: Bool = int_ge(v_2, 0)  # line 362
    v_4: Bool = same_as(v_3)  # line 362
    switch v_4
    False --> block1(d_0, key_0, value_0, v_1, v_2)
    True --> block2(d_0, value_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Signed, value_1: Void, h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 365
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_Signed_Void_Signed_None_Signed_Signed, d_1, key_1, None, h_0, v_5)  # line 365
    --> return(None)
block2(d_2: Ptr(dicttable), value_2: Void, index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 363
    v_8: Void = setinteriorfield(v_7, index_1, 'value', None)  # line 363
    --> return(None)

graph _ll_dict_ensure_index__dicttable_array_entry_Signed_Void_None(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_Void_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Signed = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__None_Signed, None, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph _ll_dict_lookup__dicttable_array_entry_Signed_Void_Signed_Signed_None_Bool(d_0: Ptr(dicttable), key_0: Signed, hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Signed, hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Signed, hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Signed, hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Signed, hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Signed, hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Signed, hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Signed = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Signed, hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Signed, hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Signed, hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_Void_Signed_Signed_None_Bool, d_8, key_8, hash_8, None, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Signed, hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
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

graph _ll_dict_insert__dicttable_array_entry_Signed_Void_Signed_None_Signed_Signed(d_0: Ptr(dicttable), key_0: Signed, value_0: Void, hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: Signed, value_0: Void, hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: Signed, value_1: Void, hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: Signed, value_2: Void, hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: Signed, value_3: Void, hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: Signed, value_4: Void, hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
    v_16: Void = setinteriorfield(v_15, index_1, 'key', key_4)  # line 314
    v_17: Void = setinteriorfield(v_15, index_1, 'value', None)  # line 315
    v_18: Void = setinteriorfield(v_15, index_1, 'f_hash', hash_4)  # line 316
    v_19: Void = setinteriorfield(v_15, index_1, 'f_valid', True)  # line 317
    v_20: Signed = int_add(index_1, 1)  # line 318
    v_21: Void = setfield(d_4, 'num_ever_used_items', v_20)  # line 318
    v_22: Signed = getfield(d_4, 'num_live_items')  # line 319
    v_23: Signed = int_add(v_22, 1)  # line 319
    v_24: Void = setfield(d_4, 'num_live_items', v_23)  # line 319
    --> return(None)
block5(d_5: Ptr(dicttable), key_5: Signed, value_5: Void, hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: Signed, value_6: Void, hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_Signed_Void, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: Signed, value_7: Void, hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_Signed_Void, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph _ll_dict_grow__dicttable_array_entry_Signed_Void(d_0: Ptr(dicttable))  # rordereddict.py:278
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
    v_13: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: Signed = getinteriorfield(entries_1, i_1, 'key')  # line 288
    v_22: Void = setinteriorfield(newentries_2, i_1, 'key', v_21)  # line 288
    v_23: Void = getinteriorfield(entries_1, i_1, 'value')  # line 289
    v_24: Void = setinteriorfield(newentries_2, i_1, 'value', None)  # line 289
    v_25: Signed = getinteriorfield(entries_1, i_1, 'f_hash')  # line 290
    v_26: Void = setinteriorfield(newentries_2, i_1, 'f_hash', v_25)  # line 290
    v_27: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 291
    v_28: Void = setinteriorfield(newentries_2, i_1, 'f_valid', v_27)  # line 291
    v_29: Signed = int_add(i_1, 1)  # line 292
    --> block2(d_4, entries_1, newentries_2, v_29)
block5(d_5: Ptr(dicttable)):
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_Signed_Void, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_Signed_Void(d_0: Ptr(dicttable))  # rordereddict.py:269
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
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_Void_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_Signed_Void, d_2)  # line 273
    --> return(None)

graph _ll_dict_remove_deleted_items__dicttable_array_entry_Signed_Void(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
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
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_Void_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_Signed_Void_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: Signed = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Void = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', None)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_Signed_Void_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(False)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Bool = same_as(False)  # line 234
    v_3: Bool = same_as(v_2)  # line 234
    --> block2(entries_1, i_1)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_4: Void = setinteriorfield(entries_2, i_2, 'f_valid', False)  # line 236
    --> return(None)

graph ll_dict_delitem__dicttable_array_entry_Signed_Void_Signed_None_None(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:368
block0(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_Signed_Void_Signed_None_None, d_0, key_0, None, None)  # line 369
    v_1: Bool = int_lt(v_0, 0)  # line 370
    v_2: Bool = same_as(v_1)  # line 370
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Void = direct_call(graph _ll_dict_del__dicttable_array_entry_Signed_Void_Signed, d_1, index_0)  # line 372
    --> return(None)
block2():
    v_4: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 371
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 371
    v_6: Void = setfield(v_5, 'typeptr', vtable KeyError [7, 8))  # line 371
    v_7: Ptr(BaseException) = cast_pointer(v_4)  # line 371
    v_8: Ptr(object_vtable) = getfield(v_7, 'typeptr')  # line 371
    --> raise(v_8, v_4)

graph _ll_dict_find__dicttable_array_entry_Signed_Void_Signed_None_None(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_Signed_Void_None, d_0, None)  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__None_Signed, None, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_Void_Signed_Signed_None_Bool, d_0, key_0, v_1, None, False)  # line 221
    --> return(v_2)

graph _ll_dict_del__dicttable_array_entry_Signed_Void_Signed(d_0: Ptr(dicttable), index_0: Signed)  # rordereddict.py:322
block0(d_0: Ptr(dicttable), index_0: Signed):
    v_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 324
    v_1: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 325
    v_2: Signed = getinteriorfield(v_0, index_0, 'f_hash')  # line 325
    v_3: Signed = direct_call(graph _ll_dict_slot_of__dicttable_array_entry_Signed_Void_Signed_Signed, d_0, v_2, index_0)  # line 325
    v_4: Void = setarrayitem(v_1, v_3, 1)  # line 325
    v_5: Void = direct_call(graph _ll_clear_entry__array_entry_Signed_Void_Signed, v_0, index_0)  # line 326
    v_6: Signed = getfield(d_0, 'num_live_items')  # line 327
    v_7: Signed = int_sub(v_6, 1)  # line 327
    v_8: Void = setfield(d_0, 'num_live_items', v_7)  # line 327
    v_9: Signed = getfield(d_0, 'num_live_items')  # line 328
    v_10: Bool = int_eq(v_9, 0)  # line 328
    v_11: Bool = same_as(v_10)  # line 328
    switch v_11
    False --> block1(d_0, index_0, v_0)
    True --> block8(d_0, v_0)
block1(d_1: Ptr(dicttable), index_1: Signed, entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool }))):
    v_12: Signed = getfield(d_1, 'num_ever_used_items')  # line 330
    v_13: Signed = int_sub(v_12, 1)  # line 330
    v_14: Bool = int_eq(index_1, v_13)  # line 330
    v_15: Bool = same_as(v_14)  # line 330
    switch v_15
    False --> block2(d_1, entries_0)
    True --> block4(d_1, index_1, entries_0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool }))):
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
    v_30: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_Signed_Void, d_3)  # line 338
    --> return(None)
block4(d_4: Ptr(dicttable), index_2: Signed, entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool }))):
    v_31: Signed = int_sub(index_2, 1)  # line 332
    --> block5(d_4, index_2, entries_2, v_31)
block5(d_5: Ptr(dicttable), index_3: Signed, entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_32: Bool = getinteriorfield(entries_3, i_0, 'f_valid')  # line 333
    v_33: Bool = same_as(v_32)  # line 333
    switch v_33
    False --> block6(d_5, index_3, entries_3, i_0)
    True --> block7(d_5, entries_3, i_0)
block6(d_6: Ptr(dicttable), index_4: Signed, entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_34: Signed = int_sub(i_1, 1)  # line 334
    --> block5(d_6, index_4, entries_4, v_34)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_35: Signed = int_add(i_2, 1)  # line 335
    v_36: Void = setfield(d_7, 'num_ever_used_items', v_35)  # line 335
    --> block2(d_7, entries_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool }))):
    v_37: Void = setfield(d_8, 'num_ever_used_items', 0)  # line 329
    --> block2(d_8, entries_6)

graph _ll_dict_slot_of__dicttable_array_entry_Signed_Void_Signed_Signed(d_0: Ptr(dicttable), hash_0: Signed, index_0: Signed)  # rordereddict.py:206
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

graph ll_dictiter__dictiter_dicttable_array_entry_Signed_Void_dicttable_array_entry_Signed_Void(ITER_0: Void, d_0: Ptr(dicttable))  # rordereddict.py:489
block0(ITER_0: Void, d_0: Ptr(dicttable)):
    v_0: Ptr(dictiter) = malloc(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) }), index: Signed }, 'gc')  # line 490
    v_1: Void = setfield(v_0, 'dict', d_0)  # line 491
    v_2: Void = setfield(v_0, 'index', 0)  # line 492
    --> return(v_0)

graph ll_dictnext__dictiter_dicttable_array_entry_Signed_Void(it_0: Ptr(dictiter))  # rordereddict.py:496
block0(it_0: Ptr(dictiter)):
    v_0: Ptr(dicttable) = getfield(it_0, 'dict')  # line 498
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })) = getfield(v_0, 'entries')  # line 499
    v_2: Signed = getfield(it_0, 'index')  # line 500
    --> block1(it_0, v_0, v_1, v_2)
block1(it_1: Ptr(dictiter), d_0: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), index_0: Signed):
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
    v_9: Void = setfield(v_8, 'typeptr', vtable StopIteration [9, 10))  # line 507
    v_10: Ptr(BaseException) = cast_pointer(v_7)  # line 507
    v_11: Ptr(object_vtable) = getfield(v_10, 'typeptr')  # line 507
    --> raise(v_11, v_7)
block3(it_3: Ptr(dictiter), d_1: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), index_2: Signed):
    v_12: Bool = getinteriorfield(entries_1, index_2, 'f_valid')  # line 502
    v_13: Bool = same_as(v_12)  # line 502
    switch v_13
    False --> block4(it_3, d_1, entries_1, index_2)
    True --> block5(it_3, entries_1, index_2)
block4(it_4: Ptr(dictiter), d_2: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), index_3: Signed):
    v_14: Ptr(GcArray(Signed)) = getfield(d_2, 'indexes')  # line 502
    v_15: Bool = ptr_nonzero(v_14)  # line 502
    switch v_15
    False --> block5(it_4, entries_2, index_3)
    True --> block6(it_4, d_2, entries_2, index_3)
block5(it_5: Ptr(dictiter), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), index_4: Signed):
    v_16: Signed = int_add(index_4, 1)  # line 503
    v_17: Void = setfield(it_5, 'index', v_16)  # line 503
    v_18: Signed = getinteriorfield(entries_3, index_4, 'key')  # line 504
    --> return(v_18)
block6(it_6: Ptr(dictiter), d_3: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Void, f_hash: Signed, f_valid: Bool })), index_5: Signed):
    v_19: Signed = int_add(index_5, 1)  # line 505
    --> block1(it_6, d_3, entries_4, v_19)

graph ll_dict_len__dicttable_array_entry_Signed_Void(d_0: Ptr(dicttable))  # rordereddict.py:343
block0(d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 344
    --> return(v_0)

graph ll_dict_len__dicttable_array_entry_rpy_str_Signed(d_0: Ptr(dicttable))  # rordereddict.py:343
block0(d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 344
    --> return(v_0)

graph ll_newdict__dicttable_array_entry_Signed_Bool(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_Bool_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_Signed_Bool_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

graph ll_dict_setitem__dicttable_array_entry_Signed_Bool_Signed_Bool_None_None(d_0: Ptr(dicttable), key_0: Signed, value_0: Bool, hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: Signed, value_0: Bool, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_Signed_Bool_None, d_0, None)  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__None_Signed, None, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_Bool_Signed_Signed_None_Bool, d_0, key_0, v_1, None, True)  # line 361
    v_3: Bool = int_ge(v_2, 0)  # line 362
    v_4: Bool = same_as(v_3)  # line 362
    switch v_4
    False --> block1(d_0, key_0, value_0, v_1, v_2)
    True --> block2(d_0, value_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Signed, value_1: Bool, h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 365
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_Signed_Bool_Signed_Bool_Signed_Signed, d_1, key_1, value_1, h_0, v_5)  # line 365
    --> return(None)
block2(d_2: Ptr(dicttable), value_2: Bool, index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 363
    v_8: Void = setinteriorfield(v_7, index_1, 'value', value_2)  # line 363
    --> return(None)

graph _ll_dict_ensure_index__dicttable_array_entry_Signed_Bool_None(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_Bool_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Signed = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__None_Signed, None, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph _ll_dict_lookup__dicttable_array_entry_Signed_Bool_Signed_Signed_None_Bool(d_0: Ptr(dicttable), key_0: Signed, hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Signed, hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Signed, hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Signed, hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Signed, hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Signed, hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Signed, hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Signed = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Signed, hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Signed, hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Signed, hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_Bool_Signed_Signed_None_Bool, d_8, key_8, hash_8, None, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Signed, hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
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

graph _ll_dict_insert__dicttable_array_entry_Signed_Bool_Signed_Bool_Signed_Signed(d_0: Ptr(dicttable), key_0: Signed, value_0: Bool, hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: Signed, value_0: Bool, hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: Signed, value_1: Bool, hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: Signed, value_2: Bool, hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: Signed, value_3: Bool, hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: Signed, value_4: Bool, hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
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
block5(d_5: Ptr(dicttable), key_5: Signed, value_5: Bool, hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: Signed, value_6: Bool, hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_Signed_Bool, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: Signed, value_7: Bool, hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_Signed_Bool, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph _ll_dict_grow__dicttable_array_entry_Signed_Bool(d_0: Ptr(dicttable))  # rordereddict.py:278
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
    v_13: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: Signed = getinteriorfield(entries_1, i_1, 'key')  # line 288
    v_22: Void = setinteriorfield(newentries_2, i_1, 'key', v_21)  # line 288
    v_23: Bool = getinteriorfield(entries_1, i_1, 'value')  # line 289
    v_24: Void = setinteriorfield(newentries_2, i_1, 'value', v_23)  # line 289
    v_25: Signed = getinteriorfield(entries_1, i_1, 'f_hash')  # line 290
    v_26: Void = setinteriorfield(newentries_2, i_1, 'f_hash', v_25)  # line 290
    v_27: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 291
    v_28: Void = setinteriorfield(newentries_2, i_1, 'f_valid', v_27)  # line 291
    v_29: Signed = int_add(i_1, 1)  # line 292
    --> block2(d_4, entries_1, newentries_2, v_29)
block5(d_5: Ptr(dicttable)):
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_Signed_Bool, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_Signed_Bool(d_0: Ptr(dicttable))  # rordereddict.py:269
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
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_Bool_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_Signed_Bool, d_2)  # line 273
    --> return(None)

graph _ll_dict_remove_deleted_items__dicttable_array_entry_Signed_Bool(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
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
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_Bool_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_Signed_Bool_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: Signed = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Bool = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', v_38)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_Signed_Bool_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(False)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Bool = same_as(False)  # line 234
    v_3: Bool = same_as(v_2)  # line 234
    --> block2(entries_1, i_1)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_4: Void = setinteriorfield(entries_2, i_2, 'f_valid', False)  # line 236
    --> return(None)

graph ll_dict_get__dicttable_array_entry_Signed_Bool_Signed_Signed_None_None(d_0: Ptr(dicttable), key_0: Signed, default_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:379
block0(d_0: Ptr(dicttable), key_0: Signed, default_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_Signed_Bool_Signed_None_None, d_0, key_0, None, None)  # line 380
    v_1: Bool = int_lt(v_0, 0)  # line 381
    v_2: Bool = same_as(v_1)  # line 381
    switch v_2
    False --> block1(d_0, v_0)
    True --> return(default_0)
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 383
    v_4: Bool = getinteriorfield(v_3, index_0, 'value')  # line 383
    --> block2(v_4)
block2(v_5: Bool):
    v_6: Signed = cast_bool_to_int(v_5)  # line 383
    --> return(v_6)

graph _ll_dict_find__dicttable_array_entry_Signed_Bool_Signed_None_None(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_Signed_Bool_None, d_0, None)  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__None_Signed, None, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_Bool_Signed_Signed_None_Bool, d_0, key_0, v_1, None, False)  # line 221
    --> return(v_2)

graph ll_dict_pop_default__dicttable_array_entry_Signed_Bool_Signed_Signed_None_None(d_0: Ptr(dicttable), key_0: Signed, default_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:405
block0(d_0: Ptr(dicttable), key_0: Signed, default_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_Signed_Bool_Signed_None_None, d_0, key_0, None, None)  # line 406
    v_1: Bool = int_lt(v_0, 0)  # line 407
    v_2: Bool = same_as(v_1)  # line 407
    switch v_2
    False --> block1(d_0, v_0)
    True --> return(default_0)
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 409
    v_4: Bool = getinteriorfield(v_3, index_0, 'value')  # line 409
    v_5: Void = direct_call(graph _ll_dict_del__dicttable_array_entry_Signed_Bool_Signed, d_1, index_0)  # line 410
    --> block2(v_4)
block2(v_6: Bool):
    v_7: Signed = cast_bool_to_int(v_6)  # line 410
    --> return(v_7)

graph _ll_dict_del__dicttable_array_entry_Signed_Bool_Signed(d_0: Ptr(dicttable), index_0: Signed)  # rordereddict.py:322
block0(d_0: Ptr(dicttable), index_0: Signed):
    v_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 324
    v_1: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 325
    v_2: Signed = getinteriorfield(v_0, index_0, 'f_hash')  # line 325
    v_3: Signed = direct_call(graph _ll_dict_slot_of__dicttable_array_entry_Signed_Bool_Signed_Signed, d_0, v_2, index_0)  # line 325
    v_4: Void = setarrayitem(v_1, v_3, 1)  # line 325
    v_5: Void = direct_call(graph _ll_clear_entry__array_entry_Signed_Bool_Signed, v_0, index_0)  # line 326
    v_6: Signed = getfield(d_0, 'num_live_items')  # line 327
    v_7: Signed = int_sub(v_6, 1)  # line 327
    v_8: Void = setfield(d_0, 'num_live_items', v_7)  # line 327
    v_9: Signed = getfield(d_0, 'num_live_items')  # line 328
    v_10: Bool = int_eq(v_9, 0)  # line 328
    v_11: Bool = same_as(v_10)  # line 328
    switch v_11
    False --> block1(d_0, index_0, v_0)
    True --> block8(d_0, v_0)
block1(d_1: Ptr(dicttable), index_1: Signed, entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool }))):
    v_12: Signed = getfield(d_1, 'num_ever_used_items')  # line 330
    v_13: Signed = int_sub(v_12, 1)  # line 330
    v_14: Bool = int_eq(index_1, v_13)  # line 330
    v_15: Bool = same_as(v_14)  # line 330
    switch v_15
    False --> block2(d_1, entries_0)
    True --> block4(d_1, index_1, entries_0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool }))):
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
    v_30: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_Signed_Bool, d_3)  # line 338
    --> return(None)
block4(d_4: Ptr(dicttable), index_2: Signed, entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool }))):
    v_31: Signed = int_sub(index_2, 1)  # line 332
    --> block5(d_4, index_2, entries_2, v_31)
block5(d_5: Ptr(dicttable), index_3: Signed, entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_32: Bool = getinteriorfield(entries_3, i_0, 'f_valid')  # line 333
    v_33: Bool = same_as(v_32)  # line 333
    switch v_33
    False --> block6(d_5, index_3, entries_3, i_0)
    True --> block7(d_5, entries_3, i_0)
block6(d_6: Ptr(dicttable), index_4: Signed, entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_34: Signed = int_sub(i_1, 1)  # line 334
    --> block5(d_6, index_4, entries_4, v_34)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_35: Signed = int_add(i_2, 1)  # line 335
    v_36: Void = setfield(d_7, 'num_ever_used_items', v_35)  # line 335
    --> block2(d_7, entries_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Bool, f_hash: Signed, f_valid: Bool }))):
    v_37: Void = setfield(d_8, 'num_ever_used_items', 0)  # line 329
    --> block2(d_8, entries_6)

graph _ll_dict_slot_of__dicttable_array_entry_Signed_Bool_Signed_Signed(d_0: Ptr(dicttable), hash_0: Signed, index_0: Signed)  # rordereddict.py:206
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

graph ll_newdict__dicttable_array_entry_Signed_dict_keys.Leaf(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_dict_keys.Leaf_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_Signed_dict_keys.Leaf_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

graph ll_dict_setitem__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_dict_keys.Leaf_None_None(d_0: Ptr(dicttable), key_0: Signed, value_0: Ptr(dict_keys.Leaf), hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: Signed, value_0: Ptr(dict_keys.Leaf), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_Signed_dict_keys.Leaf_None, d_0, None)  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__None_Signed, None, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_Signed_None_Bool, d_0, key_0, v_1, None, True)  # line 361
    v_3: Bool = int_ge(v_2, 0)  # line 362
    v_4: Bool = same_as(v_3)  # line 362
    switch v_4
    False --> block1(d_0, key_0, value_0, v_1, v_2)
    True --> block2(d_0, value_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Signed, value_1: Ptr(dict_keys.Leaf), h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 365
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_dict_keys.Leaf_Signed_Signed, d_1, key_1, value_1, h_0, v_5)  # line 365
    --> return(None)
block2(d_2: Ptr(dicttable), value_2: Ptr(dict_keys.Leaf), index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 363
    v_8: Void = setinteriorfield(v_7, index_1, 'value', value_2)  # line 363
    --> return(None)

graph _ll_dict_ensure_index__dicttable_array_entry_Signed_dict_keys.Leaf_None(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_dict_keys.Leaf_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Signed = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__None_Signed, None, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph _ll_dict_lookup__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_Signed_None_Bool(d_0: Ptr(dicttable), key_0: Signed, hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Signed, hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Signed, hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Signed, hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Signed, hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Signed, hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Signed, hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Signed = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Signed, hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Signed, hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Signed, hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_Signed_None_Bool, d_8, key_8, hash_8, None, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Signed, hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
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

graph _ll_dict_insert__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_dict_keys.Leaf_Signed_Signed(d_0: Ptr(dicttable), key_0: Signed, value_0: Ptr(dict_keys.Leaf), hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: Signed, value_0: Ptr(dict_keys.Leaf), hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: Signed, value_1: Ptr(dict_keys.Leaf), hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: Signed, value_2: Ptr(dict_keys.Leaf), hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: Signed, value_3: Ptr(dict_keys.Leaf), hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: Signed, value_4: Ptr(dict_keys.Leaf), hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
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
block5(d_5: Ptr(dicttable), key_5: Signed, value_5: Ptr(dict_keys.Leaf), hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: Signed, value_6: Ptr(dict_keys.Leaf), hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_Signed_dict_keys.Leaf, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: Signed, value_7: Ptr(dict_keys.Leaf), hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_Signed_dict_keys.Leaf, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph _ll_dict_grow__dicttable_array_entry_Signed_dict_keys.Leaf(d_0: Ptr(dicttable))  # rordereddict.py:278
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
    v_13: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: Signed = getinteriorfield(entries_1, i_1, 'key')  # line 288
    v_22: Void = setinteriorfield(newentries_2, i_1, 'key', v_21)  # line 288
    v_23: Ptr(dict_keys.Leaf) = getinteriorfield(entries_1, i_1, 'value')  # line 289
    v_24: Void = setinteriorfield(newentries_2, i_1, 'value', v_23)  # line 289
    v_25: Signed = getinteriorfield(entries_1, i_1, 'f_hash')  # line 290
    v_26: Void = setinteriorfield(newentries_2, i_1, 'f_hash', v_25)  # line 290
    v_27: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 291
    v_28: Void = setinteriorfield(newentries_2, i_1, 'f_valid', v_27)  # line 291
    v_29: Signed = int_add(i_1, 1)  # line 292
    --> block2(d_4, entries_1, newentries_2, v_29)
block5(d_5: Ptr(dicttable)):
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_Signed_dict_keys.Leaf, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_Signed_dict_keys.Leaf(d_0: Ptr(dicttable))  # rordereddict.py:269
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
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_dict_keys.Leaf_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_Signed_dict_keys.Leaf, d_2)  # line 273
    --> return(None)

graph _ll_dict_remove_deleted_items__dicttable_array_entry_Signed_dict_keys.Leaf(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
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
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_dict_keys.Leaf_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_Signed_dict_keys.Leaf_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: Signed = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Ptr(dict_keys.Leaf) = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', v_38)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_Signed_dict_keys.Leaf_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(False)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Bool = same_as(True)  # line 234
    v_3: Bool = same_as(v_2)  # line 234
    --> block2(entries_1, i_1, ENTRY_0)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_2: Signed, ENTRY_1: Void):
    v_4: Ptr(dict_keys.Leaf) = same_as(None)  # line 235
    v_5: Void = setinteriorfield(entries_2, i_2, 'value', v_4)  # line 235
    --> block3(entries_2, i_2)
block3(entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_6: Void = setinteriorfield(entries_3, i_3, 'f_valid', False)  # line 236
    --> return(None)

graph ll_dict_get__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_dict_keys.Leaf_None_None(d_0: Ptr(dicttable), key_0: Signed, default_0: Ptr(dict_keys.Leaf), hash_0: Void, eq_0: Void)  # rordereddict.py:379
block0(d_0: Ptr(dicttable), key_0: Signed, default_0: Ptr(dict_keys.Leaf), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_None_None, d_0, key_0, None, None)  # line 380
    v_1: Bool = int_lt(v_0, 0)  # line 381
    v_2: Bool = same_as(v_1)  # line 381
    switch v_2
    False --> block1(d_0, v_0)
    True --> return(default_0)
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 383
    v_4: Ptr(dict_keys.Leaf) = getinteriorfield(v_3, index_0, 'value')  # line 383
    --> return(v_4)

graph _ll_dict_find__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_None_None(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_Signed_dict_keys.Leaf_None, d_0, None)  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__None_Signed, None, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_Signed_None_Bool, d_0, key_0, v_1, None, False)  # line 221
    --> return(v_2)

graph ll_dict_pop_default__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_dict_keys.Leaf_None_None(d_0: Ptr(dicttable), key_0: Signed, default_0: Ptr(dict_keys.Leaf), hash_0: Void, eq_0: Void)  # rordereddict.py:405
block0(d_0: Ptr(dicttable), key_0: Signed, default_0: Ptr(dict_keys.Leaf), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_None_None, d_0, key_0, None, None)  # line 406
    v_1: Bool = int_lt(v_0, 0)  # line 407
    v_2: Bool = same_as(v_1)  # line 407
    switch v_2
    False --> block1(d_0, v_0)
    True --> return(default_0)
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 409
    v_4: Ptr(dict_keys.Leaf) = getinteriorfield(v_3, index_0, 'value')  # line 409
    v_5: Void = direct_call(graph _ll_dict_del__dicttable_array_entry_Signed_dict_keys.Leaf_Signed, d_1, index_0)  # line 410
    --> return(v_4)

graph _ll_dict_del__dicttable_array_entry_Signed_dict_keys.Leaf_Signed(d_0: Ptr(dicttable), index_0: Signed)  # rordereddict.py:322
block0(d_0: Ptr(dicttable), index_0: Signed):
    v_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 324
    v_1: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 325
    v_2: Signed = getinteriorfield(v_0, index_0, 'f_hash')  # line 325
    v_3: Signed = direct_call(graph _ll_dict_slot_of__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_Signed, d_0, v_2, index_0)  # line 325
    v_4: Void = setarrayitem(v_1, v_3, 1)  # line 325
    v_5: Void = direct_call(graph _ll_clear_entry__array_entry_Signed_dict_keys.Leaf_Signed, v_0, index_0)  # line 326
    v_6: Signed = getfield(d_0, 'num_live_items')  # line 327
    v_7: Signed = int_sub(v_6, 1)  # line 327
    v_8: Void = setfield(d_0, 'num_live_items', v_7)  # line 327
    v_9: Signed = getfield(d_0, 'num_live_items')  # line 328
    v_10: Bool = int_eq(v_9, 0)  # line 328
    v_11: Bool = same_as(v_10)  # line 328
    switch v_11
    False --> block1(d_0, index_0, v_0)
    True --> block8(d_0, v_0)
block1(d_1: Ptr(dicttable), index_1: Signed, entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool }))):
    v_12: Signed = getfield(d_1, 'num_ever_used_items')  # line 330
    v_13: Signed = int_sub(v_12, 1)  # line 330
    v_14: Bool = int_eq(index_1, v_13)  # line 330
    v_15: Bool = same_as(v_14)  # line 330
    switch v_15
    False --> block2(d_1, entries_0)
    True --> block4(d_1, index_1, entries_0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool }))):
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
    v_30: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_Signed_dict_keys.Leaf, d_3)  # line 338
    --> return(None)
block4(d_4: Ptr(dicttable), index_2: Signed, entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool }))):
    v_31: Signed = int_sub(index_2, 1)  # line 332
    --> block5(d_4, index_2, entries_2, v_31)
block5(d_5: Ptr(dicttable), index_3: Signed, entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_32: Bool = getinteriorfield(entries_3, i_0, 'f_valid')  # line 333
    v_33: Bool = same_as(v_32)  # line 333
    switch v_33
    False --> block6(d_5, index_3, entries_3, i_0)
    True --> block7(d_5, entries_3, i_0)
block6(d_6: Ptr(dicttable), index_4: Signed, entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_34: Signed = int_sub(i_1, 1)  # line 334
    --> block5(d_6, index_4, entries_4, v_34)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_35: Signed = int_add(i_2, 1)  # line 335
    v_36: Void = setfield(d_7, 'num_ever_used_items', v_35)  # line 335
    --> block2(d_7, entries_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool }))):
    v_37: Void = setfield(d_8, 'num_ever_used_items', 0)  # line 329
    --> block2(d_8, entries_6)

graph _ll_dict_slot_of__dicttable_array_entry_Signed_dict_keys.Leaf_Signed_Signed(d_0: Ptr(dicttable), hash_0: Signed, index_0: Signed)  # rordereddict.py:206
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

graph ll_dict_items__array_tuple2_Signed_dict_keys.Leaf_dicttable_array_entry_Signed_dict_keys.Leaf(LIST_0: Void, d_0: Ptr(dicttable))  # rordereddict.py:469
block0(LIST_0: Void, d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 470
    v_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))) = direct_call(graph ll_newlist__array_tuple2_Signed_dict_keys.Leaf_Signed, Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), v_0)  # line 470
    v_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))) = direct_call(graph ll_items__array_tuple2_Signed_dict_keys.Leaf, v_1)  # line 471
    v_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 473
    --> block1(LIST_0, d_0, v_1, v_2, Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }), v_3, 0, 0)
block1(LIST_1: Void, d_1: Ptr(dicttable), res_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), items_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), TUPLE_0: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_0: Signed, j_0: Signed):
    v_4: Signed = getfield(d_1, 'num_ever_used_items')  # line 476
    v_5: Bool = int_lt(i_0, v_4)  # line 476
    v_6: Bool = same_as(v_5)  # line 476
    switch v_6
    False --> return(res_0)
    True --> block2(LIST_1, d_1, res_0, items_0, TUPLE_0, entries_0, i_0, j_0)
block2(LIST_2: Void, d_2: Ptr(dicttable), res_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), items_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), TUPLE_1: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_1: Signed, j_1: Signed):
    v_7: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 477
    v_8: Bool = same_as(v_7)  # line 477
    switch v_8
    False --> block3(LIST_2, d_2, res_1, items_1, TUPLE_1, entries_1, i_1, j_1)
    True --> block4(LIST_2, d_2, res_1, items_1, TUPLE_1, entries_1, i_1, j_1)
block3(LIST_3: Void, d_3: Ptr(dicttable), res_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), items_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), TUPLE_2: Void, entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_2: Signed, j_2: Signed):
    v_9: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 477
    v_10: Bool = ptr_nonzero(v_9)  # line 477
    switch v_10
    False --> block4(LIST_3, d_3, res_2, items_2, TUPLE_2, entries_2, i_2, j_2)
    True --> block5(LIST_3, d_3, res_2, items_2, TUPLE_2, entries_2, i_2, j_2)
block4(LIST_4: Void, d_4: Ptr(dicttable), res_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), items_3: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), TUPLE_3: Void, entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_3: Signed, j_3: Signed):
    v_11: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }, 'gc')  # line 478
    v_12: Signed = getinteriorfield(entries_3, i_3, 'key')  # line 479
    v_13: Void = setfield(v_11, 'item0', v_12)  # line 479
    v_14: Ptr(dict_keys.Leaf) = getinteriorfield(entries_3, i_3, 'value')  # line 480
    v_15: Void = setfield(v_11, 'item1', v_14)  # line 480
    v_16: Void = setarrayitem(items_3, j_3, v_11)  # line 481
    v_17: Signed = int_add(j_3, 1)  # line 482
    --> block5(LIST_4, d_4, res_3, items_3, TUPLE_3, entries_3, i_3, v_17)
block5(LIST_5: Void, d_5: Ptr(dicttable), res_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), items_4: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), TUPLE_4: Void, entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }), f_hash: Signed, f_valid: Bool })), i_4: Signed, j_4: Signed):
    v_18: Signed = int_add(i_4, 1)  # line 483
    --> block1(LIST_5, d_5, res_4, items_4, TUPLE_4, entries_4, v_18, j_4)

graph ll_newlist__array_tuple2_Signed_dict_keys.Leaf_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))) = malloc_varsize(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) })), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_items__array_tuple2_Signed_dict_keys.Leaf(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_listiter__listiter_array_tuple2_Signed_dict_keys.Leaf_array_tuple2_Signed_dict_keys.Leaf(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_tuple2_Signed_dict_keys.Leaf(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_tuple2_Signed_dict_keys.Leaf, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) })))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))) = direct_call(graph ll_items__array_tuple2_Signed_dict_keys.Leaf, l_0)  # line 391
    v_8: Ptr(tuple2) = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [9, 10))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__array_tuple2_Signed_dict_keys.Leaf(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct dict_keys.Leaf { super: GcStruct dict_keys.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) } }) })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)
