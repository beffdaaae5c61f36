graph main(n_0: Signed)  # r_dicts.py:64
block0(n_0: Signed):
    v_0: Signed = direct_call(graph points, n_0)  # line 65
    v_1: Signed = direct_call(graph names, n_0)  # line 65
    v_2: Signed = int_mul(v_1, 3)  # line 65
    v_3: Signed = int_add(v_0, v_2)  # line 65
    --> return(v_3)

graph points(n_0: Signed)  # r_dicts.py:27
block0(n_0: Signed):
    v_0: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_r_dicts.Point_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 28
    v_1: Ptr(GcArray(Signed)) = same_as(None)  # line 29
    v_2: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, 60)  # line 29
    --> block1(n_0, v_0, v_2)
block1(n_1: Signed, d_0: Ptr(dicttable), iter5_0: Ptr(rangeiter)):
    v_3: Signed = direct_call(graph ll_rangenext__rangeiter, iter5_0)  # line 29
    no exception --> block2(v_3, iter5_0, n_1, d_0)
    StopIteration --> block3(n_1, d_0, iter5_0)
block2(item_0: Signed, iter5_1: Ptr(rangeiter), n_2: Signed, d_1: Ptr(dicttable)):
    v_4: Signed = int_mod(item_0, 7)  # line 30
    v_5: Bool = int_ne(v_4, 0)  # line 30
    v_6: Signed = int_xor(v_4, 7)  # line 30
    v_7: Bool = int_lt(v_6, 0)  # line 30
    v_8: Signed = cast_bool_to_int(v_5)  # line 30
    v_9: Signed = cast_bool_to_int(v_7)  # line 30
    v_10: Signed = int_and(v_8, v_9)  # line 30
    v_11: Signed = int_mul(v_10, 7)  # line 30
    v_12: Signed = int_add(v_4, v_11)  # line 30
    v_13: Signed = int_add(item_0, n_2)  # line 30
    v_14: Signed = int_mod(v_13, 5)  # line 30
    v_15: Bool = int_ne(v_14, 0)  # line 30
    v_16: Signed = int_xor(v_14, 5)  # line 30
    v_17: Bool = int_lt(v_16, 0)  # line 30
    v_18: Signed = cast_bool_to_int(v_15)  # line 30
    v_19: Signed = cast_bool_to_int(v_17)  # line 30
    v_20: Signed = int_and(v_18, v_19)  # line 30
    v_21: Signed = int_mul(v_20, 5)  # line 30
    v_22: Signed = int_add(v_14, v_21)  # line 30
    v_23: Ptr(r_dicts.Point) = malloc(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }, 'gc')  # line 30
    v_24: Void = setfield(v_23, 'typeptr', vtable r_dicts.Point [1, 2))  # line 30
    v_25: Void = direct_call(graph Point.__init__, v_23, v_12, v_22)  # line 30
    v_26: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_Signed_point_hash_point_eq, d_1, v_23, item_0, graph point_hash, graph point_eq)  # line 30
    --> block1(n_2, d_1, iter5_1)
block3(n_3: Signed, d_2: Ptr(dicttable), iter5_2: Ptr(rangeiter)):
    v_27: Signed = direct_call(graph ll_dict_len__dicttable_array_entry_r_dicts.Point_Signed, d_2)  # line 31
    v_28: Signed = int_mul(v_27, 1000)  # line 31
    v_29: Ptr(r_dicts.Point) = malloc(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }, 'gc')  # line 31
    v_30: Void = setfield(v_29, 'typeptr', vtable r_dicts.Point [1, 2))  # line 31
    v_31: Void = direct_call(graph Point.__init__, v_29, 3, 3)  # line 31
    v_32: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_point_hash_point_eq, d_2, v_29, graph point_hash, graph point_eq)  # line 31
    v_33: Signed = int_add(v_28, v_32)  # line 31
    v_34: Ptr(r_dicts.Point) = malloc(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }, 'gc')  # line 32
    v_35: Void = setfield(v_34, 'typeptr', vtable r_dicts.Point [1, 2))  # line 32
    v_36: Void = direct_call(graph Point.__init__, v_34, 1, 1)  # line 32
    v_37: Void = direct_call(graph ll_dict_delitem__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_point_hash_point_eq, d_2, v_34, graph point_hash, graph point_eq)  # line 32
    v_38: Ptr(r_dicts.Point) = malloc(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }, 'gc')  # line 33
    v_39: Void = setfield(v_38, 'typeptr', vtable r_dicts.Point [1, 2))  # line 33
    v_40: Void = direct_call(graph Point.__init__, v_38, 1, 1)  # line 33
    v_41: Bool = direct_call(graph ll_dict_contains__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_point_hash_point_eq, d_2, v_38, graph point_hash, graph point_eq)  # line 33
    v_42: Bool = same_as(v_41)  # line 33
    switch v_42
    False --> block4(n_3, d_2, v_33, iter5_2, True)
    True --> block4(n_3, d_2, v_33, iter5_2, False)
block4(n_4: Signed, d_3: Ptr(dicttable), total_0: Signed, iter5_3: Ptr(rangeiter), v_43: Bool):
    v_44: Bool = same_as(v_43)  # line 33
    switch v_44
    False --> block5(n_4, d_3, total_0, iter5_3)
    True --> block8(n_4, d_3, total_0, iter5_3)
block5(n_5: Signed, d_4: Ptr(dicttable), total_1: Signed, iter5_4: Ptr(rangeiter)):
    v_45: Ptr(dictiter) = direct_call(graph ll_dictiter__dictiter_dicttable_array_entry_r_dicts.Point_Signed_dicttable_array_entry_r_dicts.Point_Signed, Ptr(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }), d_4)  # line 35
    --> block6(n_5, d_4, total_1, v_45, iter5_4)
block6(n_6: Signed, d_5: Ptr(dicttable), total_2: Signed, iter46_0: Ptr(dictiter), iter5_5: Ptr(rangeiter)):
    v_46: Ptr(r_dicts.Point) = direct_call(graph ll_dictnext__dictiter_dicttable_array_entry_r_dicts.Point_Signed, iter46_0)  # line 35
    no exception --> block7(v_46, iter46_0, iter5_5, n_6, d_5, total_2)
    StopIteration --> return(total_2)
block7(item_1: Ptr(r_dicts.Point), iter46_1: Ptr(dictiter), iter5_6: Ptr(rangeiter), n_7: Signed, d_6: Ptr(dicttable), total_3: Signed):
    v_47: Signed = int_mul(total_3, 3)  # line 36
    v_48: Signed = getfield(item_1, 'inst_x')  # line 36
    v_49: Signed = int_mul(v_48, 10)  # line 36
    v_50: Signed = int_add(v_47, v_49)  # line 36
    v_51: Signed = getfield(item_1, 'inst_y')  # line 36
    v_52: Signed = int_add(v_50, v_51)  # line 36
    v_53: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_point_hash_point_eq, d_6, item_1, graph point_hash, graph point_eq)  # line 36
    v_54: Signed = int_add(v_52, v_53)  # line 36
    v_55: Signed = int_mod(v_54, 1000003)  # line 36
    v_56: Bool = int_ne(v_55, 0)  # line 36
    v_57: Signed = int_xor(v_55, 1000003)  # line 36
    v_58: Bool = int_lt(v_57, 0)  # line 36
    v_59: Signed = cast_bool_to_int(v_56)  # line 36
    v_60: Signed = cast_bool_to_int(v_58)  # line 36
    v_61: Signed = int_and(v_59, v_60)  # line 36
    v_62: Signed = int_mul(v_61, 1000003)  # line 36
    v_63: Signed = int_add(v_55, v_62)  # line 36
    --> block6(n_7, d_6, v_63, iter46_1, iter5_6)
block8(n_8: Signed, d_7: Ptr(dicttable), total_4: Signed, iter5_7: Ptr(rangeiter)):
    v_64: Ptr(r_dicts.Point) = malloc(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }, 'gc')  # line 33
    v_65: Void = setfield(v_64, 'typeptr', vtable r_dicts.Point [1, 2))  # line 33
    v_66: Void = direct_call(graph Point.__init__, v_64, 2, 2)  # line 33
    v_67: Bool = direct_call(graph ll_dict_contains__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_point_hash_point_eq, d_7, v_64, graph point_hash, graph point_eq)  # line 33
    v_68: Bool = same_as(v_67)  # line 33
    switch v_68
    False --> block5(n_8, d_7, total_4, iter5_7)
    True --> block9(n_8, d_7, total_4, iter5_7)
block9(n_9: Signed, d_8: Ptr(dicttable), total_5: Signed, iter5_8: Ptr(rangeiter)):
    v_69: Signed = int_add(total_5, 7)  # line 34
    --> block5(n_9, d_8, v_69, iter5_8)

graph Point.__init__(self_0: Ptr(r_dicts.Point), x_0: Signed, y_0: Signed)  # r_dicts.py:6
block0(self_0: Ptr(r_dicts.Point), x_0: Signed, y_0: Signed):
    v_0: Void = setfield(self_0, 'inst_x', x_0)  # line 7
    v_1: Void = setfield(self_0, 'inst_y', y_0)  # line 8
    --> return(None)

graph point_eq(a_0: Ptr(r_dicts.Point), b_0: Ptr(r_dicts.Point))  # r_dicts.py:11
block0(a_0: Ptr(r_dicts.Point), b_0: Ptr(r_dicts.Point)):
    v_0: Signed = getfield(a_0, 'inst_x')  # line 12
    v_1: Signed = getfield(b_0, 'inst_x')  # line 12
    v_2: Bool = int_eq(v_0, v_1)  # line 12
    v_3: Bool = same_as(v_2)  # line 12
    switch v_3
    False --> return(v_2)
    True --> block1(a_0, b_0)
block1(a_1: Ptr(r_dicts.Point), b_1: Ptr(r_dicts.Point)):
    v_4: Signed = getfield(a_1, 'inst_y')  # line 12
    v_5: Signed = getfield(b_1, 'inst_y')  # line 12
    v_6: Bool = int_eq(v_4, v_5)  # line 12
    --> return(v_6)

graph point_hash(p_0: Ptr(r_dicts.Point))  # r_dicts.py:15
block0(p_0: Ptr(r_dicts.Point)):
    v_0: Signed = getfield(p_0, 'inst_x')  # line 16
    v_1: Signed = int_mul(v_0, 1000)  # line 16
    v_2: Signed = getfield(p_0, 'inst_y')  # line 16
    v_3: Signed = int_add(v_1, v_2)  # line 16
    --> return(v_3)

graph names(n_0: Signed)  # r_dicts.py:40
block0(n_0: Signed):
    v_0: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_rpy_str_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 41
    v_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 7)  # line 42
    v_2: Void = setarrayitem(v_1, 0, 'Foo')  # line 42
    v_3: Void = setarrayitem(v_1, 1, 'bar')  # line 42
    v_4: Void = setarrayitem(v_1, 2, 'FOO')  # line 42
    v_5: Void = setarrayitem(v_1, 3, 'Baz')  # line 42
    v_6: Void = setarrayitem(v_1, 4, 'BAR')  # line 42
    v_7: Void = setarrayitem(v_1, 5, 'foo')  # line 42
    v_8: Void = setarrayitem(v_1, 6, 'qux')  # line 42
    v_9: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), v_1)  # line 42
    --> block1(n_0, v_0, v_9)
block1(n_1: Signed, d_0: Ptr(dicttable), iter10_0: Ptr(listiter)):
    v_10: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, iter10_0)  # line 42
    no exception --> block2(v_10, iter10_0, n_1, d_0)
    StopIteration --> block3(n_1, d_0, iter10_0)
block2(item_0: Ptr(rpy_str), iter10_1: Ptr(listiter), n_2: Signed, d_1: Ptr(dicttable)):
    v_11: Ptr(dicttable) = same_as(d_1)  # line 43
    v_12: Signed = direct_call(graph ll_dict_get__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq, v_11, item_0, 0, graph lower_hash, graph lower_eq)  # line 43
    v_13: Signed = direct_call(graph ll_strlen__rpy_str, item_0)  # line 43
    v_14: Signed = int_add(v_12, v_13)  # line 43
    v_15: Signed = int_add(v_14, n_2)  # line 43
    v_16: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq, d_1, item_0, v_15, graph lower_hash, graph lower_eq)  # line 43
    --> block1(n_2, d_1, iter10_1)
block3(n_3: Signed, d_2: Ptr(dicttable), iter10_2: Ptr(listiter)):
    v_17: Ptr(dicttable) = direct_call(graph ll_newdict__dicttable_array_entry_rpy_str_Signed, Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }))  # line 44
    v_18: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq, v_17, 'QUX', 100, graph lower_hash, graph lower_eq)  # line 45
    v_19: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq, v_17, 'zap', 200, graph lower_hash, graph lower_eq)  # line 46
    v_20: Ptr(dicttable) = same_as(d_2)  # line 47
    v_21: Void = direct_call(graph ll_dict_update__dicttable_array_entry_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed_lower_hash_lower_eq, v_20, v_17, graph lower_hash, graph lower_eq)  # line 47
    v_22: Ptr(dicttable) = same_as(d_2)  # line 48
    v_23: Ptr(dicttable) = direct_call(graph ll_dict_copy__dicttable_array_entry_rpy_str_Signed, v_22)  # line 48
    v_24: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq, v_23, 'baz', -1, graph lower_hash, graph lower_eq)  # line 49
    v_25: Ptr(dicttable) = same_as(d_2)  # line 50
    v_26: Signed = direct_call(graph ll_dict_setdefault__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq, v_25, 'BAZ', 5, graph lower_hash, graph lower_eq)  # line 50
    v_27: Ptr(dicttable) = same_as(d_2)  # line 50
    v_28: Signed = direct_call(graph ll_dict_setdefault__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq, v_27, 'new', 9, graph lower_hash, graph lower_eq)  # line 50
    v_29: Signed = int_add(v_26, v_28)  # line 50
    v_30: Ptr(dicttable) = same_as(d_2)  # line 50
    v_31: Signed = direct_call(graph ll_dict_pop_default__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq, v_30, 'zap', 0, graph lower_hash, graph lower_eq)  # line 50
    v_32: Signed = int_add(v_29, v_31)  # line 50
    v_33: Ptr(dicttable) = same_as(d_2)  # line 50
    v_34: Signed = direct_call(graph ll_dict_pop_default__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq, v_33, 'nope', 3, graph lower_hash, graph lower_eq)  # line 50
    v_35: Signed = int_add(v_32, v_34)  # line 50
    v_36: Ptr(dicttable) = same_as(d_2)  # line 51
    v_37: Ptr(tuple2) = direct_call(graph ll_dict_popitem__tuple2_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed_lower_hash, Ptr(GcStruct tuple2 immutable { item0: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), item1: Signed }), v_36, graph lower_hash)  # line 51
    v_38: Ptr(rpy_str) = getfield(v_37, 'item0')  # line 51
    v_39: Signed = getfield(v_37, 'item1')  # line 51
    v_40: Signed = direct_call(graph ll_strlen__rpy_str, v_38)  # line 52
    v_41: Signed = int_mul(v_40, 10)  # line 52
    v_42: Signed = int_add(v_41, v_39)  # line 52
    v_43: Signed = int_add(v_35, v_42)  # line 52
    v_44: Ptr(dictiter) = direct_call(graph ll_dictiter__dictiter_dicttable_array_entry_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed, Ptr(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }), d_2)  # line 53
    --> block4(n_3, d_2, v_17, v_23, v_43, v_38, v_39, iter10_2, v_44)
block4(n_4: Signed, d_3: Ptr(dicttable), other_0: Ptr(dicttable), copy_0: Ptr(dicttable), total_0: Signed, key_0: Ptr(rpy_str), value_0: Signed, iter10_3: Ptr(listiter), iter68_0: Ptr(dictiter)):
    v_45: Ptr(rpy_str) = direct_call(graph ll_dictnext__dictiter_dicttable_array_entry_rpy_str_Signed, iter68_0)  # line 53
    no exception --> block5(v_45, iter10_3, iter68_0, n_4, d_3, other_0, copy_0, total_0, key_0, value_0)
    StopIteration --> block6(n_4, d_3, other_0, copy_0, total_0, key_0, value_0, iter10_3, iter68_0)
block5(item_1: Ptr(rpy_str), iter10_4: Ptr(listiter), iter68_1: Ptr(dictiter), n_5: Signed, d_4: Ptr(dicttable), other_1: Ptr(dicttable), copy_1: Ptr(dicttable), total_1: Signed, key_1: Ptr(rpy_str), value_1: Signed):
    v_46: Signed = int_mul(total_1, 7)  # line 54
    v_47: Signed = direct_call(graph ll_strlen__rpy_str, item_1)  # line 54
    v_48: Signed = int_add(v_46, v_47)  # line 54
    v_49: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_rpy_str_Signed_rpy_str_lower_hash_lower_eq, d_4, item_1, graph lower_hash, graph lower_eq)  # line 54
    v_50: Signed = int_add(v_48, v_49)  # line 54
    --> block4(n_5, d_4, other_1, copy_1, v_50, key_1, value_1, iter10_4, iter68_1)
block6(n_6: Signed, d_5: Ptr(dicttable), other_2: Ptr(dicttable), copy_2: Ptr(dicttable), total_2: Signed, key_2: Ptr(rpy_str), value_2: Signed, iter10_5: Ptr(listiter), iter68_2: Ptr(dictiter)):
    v_51: Ptr(dictiter) = direct_call(graph ll_dictiter__dictiter_dicttable_array_entry_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed, Ptr(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }), copy_2)  # line 55
    --> block7(n_6, d_5, other_2, copy_2, total_2, key_2, value_2, iter10_5, iter68_2, v_51)
block7(n_7: Signed, d_6: Ptr(dicttable), other_3: Ptr(dicttable), copy_3: Ptr(dicttable), total_3: Signed, key_3: Ptr(rpy_str), value_3: Signed, iter10_6: Ptr(listiter), iter68_3: Ptr(dictiter), iter79_0: Ptr(dictiter)):
    v_52: Ptr(rpy_str) = direct_call(graph ll_dictnext__dictiter_dicttable_array_entry_rpy_str_Signed, iter79_0)  # line 55
    no exception --> block8(v_52, iter10_6, iter68_3, iter79_0, n_7, d_6, other_3, copy_3, total_3, key_3, value_3)
    StopIteration --> block9(d_6, total_3)
block8(item_2: Ptr(rpy_str), iter10_7: Ptr(listiter), iter68_4: Ptr(dictiter), iter79_1: Ptr(dictiter), n_8: Signed, d_7: Ptr(dicttable), other_4: Ptr(dicttable), copy_4: Ptr(dicttable), total_4: Signed, key_4: Ptr(rpy_str), value_4: Signed):
    v_53: Signed = int_mul(total_4, 5)  # line 56
    v_54: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_rpy_str_Signed_rpy_str_lower_hash_lower_eq, copy_4, item_2, graph lower_hash, graph lower_eq)  # line 56
    v_55: Signed = int_add(v_53, v_54)  # line 56
    --> block7(n_8, d_7, other_4, copy_4, v_55, key_4, value_4, iter10_7, iter68_4, iter79_1)
block9(d_8: Ptr(dicttable), total_5: Signed):
    v_56: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_rpy_str_Signed_rpy_str_lower_hash_lower_eq, d_8, 'zap', graph lower_hash, graph lower_eq)  # line 58
    no exception --> block10(total_5, v_56)
    Exception --> block12(total_5, last_exception_0, last_exc_value_0)
block10(t86_0: Signed, t89_0: Signed):
    v_57: Signed = int_add(t86_0, t89_0)  # line 58
    --> block11(v_57)
block11(total_6: Signed):
    v_58: Signed = int_mod(total_6, 1000003)  # line 61
    v_59: Bool = int_ne(v_58, 0)  # line 61
    v_60: Signed = int_xor(v_58, 1000003)  # line 61
    v_61: Bool = int_lt(v_60, 0)  # line 61
    v_62: Signed = cast_bool_to_int(v_59)  # line 61
    v_63: Signed = cast_bool_to_int(v_61)  # line 61
    v_64: Signed = int_and(v_62, v_63)  # line 61
    v_65: Signed = int_mul(v_64, 1000003)  # line 61
    v_66: Signed = int_add(v_58, v_65)  # line 61
    --> return(v_66)
block12(total_7: Signed, v_67: Ptr(object_vtable), v_68: Ptr(Exception)):
    v_69: Ptr(BaseException) = cast_pointer(v_68)  # line 59
    v_70: Ptr(object_vtable) = getfield(v_69, 'typeptr')  # line 59
    v_71: Signed = getfield(v_70, 'subclassrange_min')  # line 59
    v_72: Bool = int_between(5, v_71, 6)  # line 59
    v_73: Bool = same_as(v_72)  # line 59
    v_74: Bool = same_as(v_73)  # line 59
    switch v_74
    False --> raise(v_67, v_68)
    True --> block13(total_7)
block13(total_8: Signed):
    v_75: Signed = int_add(total_8, 1)  # line 60
    --> block11(v_75)

graph lower_eq(a_0: Ptr(rpy_str), b_0: Ptr(rpy_str))  # r_dicts.py:19
block0(a_0: Ptr(rpy_str), b_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(a_0)  # line 20
    v_1: Ptr(rpy_str) = direct_call(graph ll_lower__rpy_str, v_0)  # line 20
    v_2: Ptr(rpy_str) = same_as(b_0)  # line 20
    v_3: Ptr(rpy_str) = direct_call(graph ll_lower__rpy_str, v_2)  # line 20
    v_4: Bool = direct_call(graph ll_streq__rpy_str_rpy_str, v_1, v_3)  # line 20
    --> return(v_4)

graph lower_hash(s_0: Ptr(rpy_str))  # r_dicts.py:23
block0(s_0: Ptr(rpy_str)):
    v_0: Signed = direct_call(graph ll_strlen__rpy_str, s_0)  # line 24
    --> return(v_0)

graph ll_newdict__dicttable_array_entry_r_dicts.Point_Signed(DICT_0: Void)  # rordereddict.py:79
block0(DICT_0: Void):
    v_0: Ptr(dicttable) = malloc(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) }, 'gc')  # line 80
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', 0)  # line 81
    v_2: Void = setfield(v_0, 'entries', v_1)  # line 81
    v_3: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_r_dicts.Point_Signed_Signed, v_0, 16)  # line 82
    --> return(v_0)

graph _ll_dict_reindex__dicttable_array_entry_r_dicts.Point_Signed_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
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

graph ll_dict_setitem__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_Signed_point_hash_point_eq(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), value_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), value_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_r_dicts.Point_Signed_point_hash, d_0, graph point_hash)  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__point_hash_r_dicts.Point, graph point_hash, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_Signed_point_eq_Bool, d_0, key_0, v_1, graph point_eq, True)  # line 361
    v_3: Bool = int_ge(v_2, 0)  # line 362
    v_4: Bool = same_as(v_3)  # line 362
    switch v_4
    False --> block1(d_0, key_0, value_0, v_1, v_2)
    True --> block2(d_0, value_0, v_2)
block1(d_1: Ptr(dicttable), key_1: Ptr(r_dicts.Point), value_1: Signed, h_0: Signed, index_0: Signed):
    v_5: Signed = int_invert(index_0)  # line 365
    v_6: Void = direct_call(graph _ll_dict_insert__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_Signed_Signed_Signed, d_1, key_1, value_1, h_0, v_5)  # line 365
    --> return(None)
block2(d_2: Ptr(dicttable), value_2: Signed, index_1: Signed):
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_2, 'entries')  # line 363
    v_8: Void = setinteriorfield(v_7, index_1, 'value', value_2)  # line 363
    --> return(None)

graph _ll_dict_ensure_index__dicttable_array_entry_r_dicts.Point_Signed_point_hash(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_r_dicts.Point_Signed_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Ptr(r_dicts.Point) = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__point_hash_r_dicts.Point, graph point_hash, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph ll_keyhash__point_hash_r_dicts.Point(hash_0: Void, key_0: Ptr(r_dicts.Point))  # rordereddict.py:48
block0(hash_0: Void, key_0: Ptr(r_dicts.Point)):
    v_0: Bool = same_as(False)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> block1(hash_0, key_0)
block1(hash_1: Void, key_1: Ptr(r_dicts.Point)):
    v_2: Signed = direct_call(graph point_hash, key_1)  # line 51
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

graph _ll_dict_lookup__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_Signed_point_eq_Bool(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Ptr(r_dicts.Point), hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Ptr(r_dicts.Point), hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Ptr(r_dicts.Point), hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Ptr(r_dicts.Point), hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Ptr(r_dicts.Point), hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Ptr(r_dicts.Point) = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__point_eq_r_dicts.Point_r_dicts.Point, graph point_eq, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Ptr(r_dicts.Point), hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Ptr(r_dicts.Point), hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Ptr(r_dicts.Point), hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_Signed_point_eq_Bool, d_8, key_8, hash_8, graph point_eq, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Ptr(r_dicts.Point), hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
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

graph ll_keyeq__point_eq_r_dicts.Point_r_dicts.Point(eq_0: Void, key1_0: Ptr(r_dicts.Point), key2_0: Ptr(r_dicts.Point))  # rordereddict.py:54
block0(eq_0: Void, key1_0: Ptr(r_dicts.Point), key2_0: Ptr(r_dicts.Point)):
    v_0: Bool = same_as(False)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(eq_0, key1_0, key2_0)
block1(eq_1: Void, key1_1: Ptr(r_dicts.Point), key2_1: Ptr(r_dicts.Point)):
    v_2: Bool = direct_call(graph point_eq, key1_1, key2_1)  # line 57
    --> return(v_2)

graph _ll_dict_insert__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_Signed_Signed_Signed(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), value_0: Signed, hash_0: Signed, slot_0: Signed)  # rordereddict.py:297
block0(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), value_0: Signed, hash_0: Signed, slot_0: Signed):
    v_0: Signed = getfield(d_0, 'num_ever_used_items')  # line 300
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 300
    v_2: Signed = getarraysize(v_1)  # line 300
    v_3: Bool = int_eq(v_0, v_2)  # line 300
    v_4: Bool = same_as(v_3)  # line 300
    switch v_4
    False --> block1(d_0, key_0, value_0, hash_0, slot_0, False)
    True --> block7(d_0, key_0, value_0, hash_0, slot_0)
block1(d_1: Ptr(dicttable), key_1: Ptr(r_dicts.Point), value_1: Signed, hash_1: Signed, slot_1: Signed, reindexed_0: Bool):
    v_5: Signed = getfield(d_1, 'resize_counter')  # line 302
    v_6: Signed = int_sub(v_5, 3)  # line 302
    v_7: Bool = int_le(v_6, 0)  # line 303
    v_8: Bool = same_as(v_7)  # line 303
    switch v_8
    False --> block2(d_1, key_1, value_1, hash_1, slot_1, reindexed_0, v_6)
    True --> block6(d_1, key_1, value_1, hash_1, slot_1)
block2(d_2: Ptr(dicttable), key_2: Ptr(r_dicts.Point), value_2: Signed, hash_2: Signed, slot_2: Signed, reindexed_1: Bool, rc_0: Signed):
    v_9: Signed = getfield(d_2, 'num_ever_used_items')  # line 307
    v_10: Bool = same_as(reindexed_1)  # line 308
    switch v_10
    False --> block3(d_2, key_2, value_2, hash_2, slot_2, rc_0, v_9)
    True --> block5(d_2, key_2, value_2, hash_2, rc_0, v_9)
block3(d_3: Ptr(dicttable), key_3: Ptr(r_dicts.Point), value_3: Signed, hash_3: Signed, slot_3: Signed, rc_1: Signed, index_0: Signed):
    v_11: Signed = int_add(index_0, 2)  # line 311
    v_12: Ptr(GcArray(Signed)) = getfield(d_3, 'indexes')  # line 311
    v_13: Void = setarrayitem(v_12, slot_3, v_11)  # line 311
    --> block4(d_3, key_3, value_3, hash_3, rc_1, index_0)
block4(d_4: Ptr(dicttable), key_4: Ptr(r_dicts.Point), value_4: Signed, hash_4: Signed, rc_2: Signed, index_1: Signed):
    v_14: Void = setfield(d_4, 'resize_counter', rc_2)  # line 312
    v_15: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_4, 'entries')  # line 313
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
block5(d_5: Ptr(dicttable), key_5: Ptr(r_dicts.Point), value_5: Signed, hash_5: Signed, rc_3: Signed, index_2: Signed):
    v_25: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 309
    v_26: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, v_25, hash_5, index_2)  # line 309
    --> block4(d_5, key_5, value_5, hash_5, rc_3, index_2)
block6(d_6: Ptr(dicttable), key_6: Ptr(r_dicts.Point), value_6: Signed, hash_6: Signed, slot_4: Signed):
    v_27: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_r_dicts.Point_Signed, d_6)  # line 304
    v_28: Signed = getfield(d_6, 'resize_counter')  # line 306
    v_29: Signed = int_sub(v_28, 3)  # line 306
    --> block2(d_6, key_6, value_6, hash_6, slot_4, True, v_29)
block7(d_7: Ptr(dicttable), key_7: Ptr(r_dicts.Point), value_7: Signed, hash_7: Signed, slot_5: Signed):
    v_30: Bool = direct_call(graph _ll_dict_grow__dicttable_array_entry_r_dicts.Point_Signed, d_7)  # line 301
    --> block1(d_7, key_7, value_7, hash_7, slot_5, v_30)

graph _ll_dict_grow__dicttable_array_entry_r_dicts.Point_Signed(d_0: Ptr(dicttable))  # rordereddict.py:278
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
    v_13: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 284
    v_14: Signed = getarraysize(v_13)  # line 285
    v_15: Signed = direct_call(graph _ll_overallocate__Signed, v_14)  # line 285
    v_16: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_15)  # line 285
    --> block2(d_1, v_13, v_16, 0)
block2(d_2: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_17: Signed = getfield(d_2, 'num_ever_used_items')  # line 287
    v_18: Bool = int_lt(i_0, v_17)  # line 287
    v_19: Bool = same_as(v_18)  # line 287
    switch v_19
    False --> block3(d_2, newentries_0)
    True --> block4(d_2, entries_0, newentries_0, i_0)
block3(d_3: Ptr(dicttable), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_20: Void = setfield(d_3, 'entries', newentries_1)  # line 293
    --> return(False)
block4(d_4: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_21: Ptr(r_dicts.Point) = getinteriorfield(entries_1, i_1, 'key')  # line 288
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
    v_30: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_r_dicts.Point_Signed, d_5)  # line 282
    --> return(True)

graph _ll_dict_resize__dicttable_array_entry_r_dicts.Point_Signed(d_0: Ptr(dicttable))  # rordereddict.py:269
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
    v_6: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_r_dicts.Point_Signed_Signed, d_1, size_0)  # line 275
    --> return(None)
block2(d_2: Ptr(dicttable)):
    v_7: Void = direct_call(graph _ll_dict_remove_deleted_items__dicttable_array_entry_r_dicts.Point_Signed, d_2)  # line 273
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

graph _ll_dict_remove_deleted_items__dicttable_array_entry_r_dicts.Point_Signed(d_0: Ptr(dicttable))  # rordereddict.py:239
block0(d_0: Ptr(dicttable)):
    v_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 242
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
block1(d_1: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_14: Signed = getfield(d_1, 'num_ever_used_items')  # line 247
    --> block2(d_1, entries_0, newentries_0, v_14, 0, 0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_0: Signed, isrc_0: Signed, idst_0: Signed):
    v_15: Bool = int_lt(isrc_0, used_0)  # line 250
    v_16: Bool = same_as(v_15)  # line 250
    switch v_16
    False --> block3(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
    True --> block7(d_2, entries_1, newentries_1, used_0, isrc_0, idst_0)
block3(d_3: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_1: Signed, isrc_1: Signed, idst_1: Signed):
    v_17: Bool = ptr_eq(newentries_2, entries_2)  # line 259
    v_18: Bool = same_as(v_17)  # line 259
    switch v_18
    False --> block4(d_3, newentries_2, idst_1)
    True --> block5(d_3, entries_2, newentries_2, used_1, isrc_1, idst_1, idst_1)
block4(d_4: Ptr(dicttable), newentries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), idst_2: Signed):
    v_19: Void = setfield(d_4, 'entries', newentries_3)  # line 264
    v_20: Void = setfield(d_4, 'num_ever_used_items', idst_2)  # line 265
    v_21: Ptr(GcArray(Signed)) = getfield(d_4, 'indexes')  # line 266
    v_22: Signed = getarraysize(v_21)  # line 266
    v_23: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_r_dicts.Point_Signed_Signed, d_4, v_22)  # line 266
    --> return(None)
block5(d_5: Ptr(dicttable), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_2: Signed, isrc_2: Signed, idst_3: Signed, i_0: Signed):
    v_24: Bool = int_lt(i_0, used_2)  # line 261
    v_25: Bool = same_as(v_24)  # line 261
    switch v_25
    False --> block4(d_5, newentries_4, idst_3)
    True --> block6(d_5, entries_3, newentries_4, used_2, isrc_2, idst_3, i_0)
block6(d_6: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_3: Signed, isrc_3: Signed, idst_4: Signed, i_1: Signed):
    v_26: Void = direct_call(graph _ll_clear_entry__array_entry_r_dicts.Point_Signed_Signed, entries_4, i_1)  # line 262
    v_27: Signed = int_add(i_1, 1)  # line 263
    --> block5(d_6, entries_4, newentries_5, used_3, isrc_3, idst_4, v_27)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_4: Signed, isrc_4: Signed, idst_5: Signed):
    v_28: Bool = getinteriorfield(entries_5, isrc_4, 'f_valid')  # line 251
    v_29: Bool = same_as(v_28)  # line 251
    switch v_29
    False --> block8(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
    True --> block9(d_7, entries_5, newentries_6, used_4, isrc_4, idst_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_5: Signed, isrc_5: Signed, idst_6: Signed):
    v_30: Signed = int_add(isrc_5, 1)  # line 258
    --> block2(d_8, entries_6, newentries_7, used_5, v_30, idst_6)
block9(d_9: Ptr(dicttable), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_6: Signed, isrc_6: Signed, idst_7: Signed):
    v_31: Bool = int_ne(isrc_6, idst_7)  # line 252
    v_32: Bool = same_as(v_31)  # line 252
    switch v_32
    False --> block10(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
    True --> block12(d_9, entries_7, newentries_8, used_6, isrc_6, idst_7)
block10(d_10: Ptr(dicttable), entries_8: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_7: Signed, isrc_7: Signed, idst_8: Signed):
    v_33: Bool = ptr_ne(newentries_9, entries_8)  # line 252
    v_34: Bool = same_as(v_33)  # line 252
    switch v_34
    False --> block11(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
    True --> block12(d_10, entries_8, newentries_9, used_7, isrc_7, idst_8)
block11(d_11: Ptr(dicttable), entries_9: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_8: Signed, isrc_8: Signed, idst_9: Signed):
    v_35: Signed = int_add(idst_9, 1)  # line 257
    --> block8(d_11, entries_9, newentries_10, used_8, isrc_8, v_35)
block12(d_12: Ptr(dicttable), entries_10: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), newentries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), used_9: Signed, isrc_9: Signed, idst_10: Signed):
    v_36: Ptr(r_dicts.Point) = getinteriorfield(entries_10, isrc_9, 'key')  # line 253
    v_37: Void = setinteriorfield(newentries_11, idst_10, 'key', v_36)  # line 253
    v_38: Signed = getinteriorfield(entries_10, isrc_9, 'value')  # line 254
    v_39: Void = setinteriorfield(newentries_11, idst_10, 'value', v_38)  # line 254
    v_40: Signed = getinteriorfield(entries_10, isrc_9, 'f_hash')  # line 255
    v_41: Void = setinteriorfield(newentries_11, idst_10, 'f_hash', v_40)  # line 255
    v_42: Void = setinteriorfield(newentries_11, idst_10, 'f_valid', True)  # line 256
    --> block11(d_12, entries_10, newentries_11, used_9, isrc_9, idst_10)
block13(d_13: Ptr(dicttable), entries_11: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_43: Signed = getfield(d_13, 'num_live_items')  # line 244
    v_44: Signed = direct_call(graph _ll_overallocate__Signed, v_43)  # line 244
    v_45: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = malloc_varsize(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }), 'gc', v_44)  # line 244
    --> block1(d_13, entries_11, v_45)

graph _ll_clear_entry__array_entry_r_dicts.Point_Signed_Signed(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed)  # rordereddict.py:229
block0(entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_0: Bool = same_as(True)  # line 232
    v_1: Bool = same_as(v_0)  # line 232
    --> block1(entries_0, i_0, Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })
block1(entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed, ENTRY_0: Void):
    v_2: Ptr(r_dicts.Point) = same_as(None)  # line 233
    v_3: Void = setinteriorfield(entries_1, i_1, 'key', v_2)  # line 233
    --> block2(entries_1, i_1, ENTRY_0)
block2(entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed, ENTRY_1: Void):
    v_4: Bool = same_as(False)  # line 234
    v_5: Bool = same_as(v_4)  # line 234
    --> block3(entries_2, i_2)
block3(entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_6: Void = setinteriorfield(entries_3, i_3, 'f_valid', False)  # line 236
    --> return(None)

graph ll_dict_len__dicttable_array_entry_r_dicts.Point_Signed(d_0: Ptr(dicttable))  # rordereddict.py:343
block0(d_0: Ptr(dicttable)):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 344
    --> return(v_0)

graph ll_dict_getitem__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_point_hash_point_eq(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), hash_0: Void, eq_0: Void)  # rordereddict.py:351
block0(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_point_hash_point_eq, d_0, key_0, graph point_hash, graph point_eq)  # line 352
    v_1: Bool = int_lt(v_0, 0)  # line 353
    v_2: Bool = same_as(v_1)  # line 353
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 355
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 355
    --> return(v_4)
block2():
    v_5: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 354
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [5, 6))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph _ll_dict_find__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_point_hash_point_eq(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_r_dicts.Point_Signed_point_hash, d_0, graph point_hash)  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__point_hash_r_dicts.Point, graph point_hash, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_Signed_point_eq_Bool, d_0, key_0, v_1, graph point_eq, False)  # line 221
    --> return(v_2)

graph ll_dict_delitem__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_point_hash_point_eq(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), hash_0: Void, eq_0: Void)  # rordereddict.py:368
block0(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_point_hash_point_eq, d_0, key_0, graph point_hash, graph point_eq)  # line 369
    v_1: Bool = int_lt(v_0, 0)  # line 370
    v_2: Bool = same_as(v_1)  # line 370
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Void = direct_call(graph _ll_dict_del__dicttable_array_entry_r_dicts.Point_Signed_Signed, d_1, index_0)  # line 372
    --> return(None)
block2():
    v_4: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 371
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 371
    v_6: Void = setfield(v_5, 'typeptr', vtable KeyError [5, 6))  # line 371
    v_7: Ptr(BaseException) = cast_pointer(v_4)  # line 371
    v_8: Ptr(object_vtable) = getfield(v_7, 'typeptr')  # line 371
    --> raise(v_8, v_4)

graph _ll_dict_del__dicttable_array_entry_r_dicts.Point_Signed_Signed(d_0: Ptr(dicttable), index_0: Signed)  # rordereddict.py:322
block0(d_0: Ptr(dicttable), index_0: Signed):
    v_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 324
    v_1: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 325
    v_2: Signed = getinteriorfield(v_0, index_0, 'f_hash')  # line 325
    v_3: Signed = direct_call(graph _ll_dict_slot_of__dicttable_array_entry_r_dicts.Point_Signed_Signed_Signed, d_0, v_2, index_0)  # line 325
    v_4: Void = setarrayitem(v_1, v_3, 1)  # line 325
    v_5: Void = direct_call(graph _ll_clear_entry__array_entry_r_dicts.Point_Signed_Signed, v_0, index_0)  # line 326
    v_6: Signed = getfield(d_0, 'num_live_items')  # line 327
    v_7: Signed = int_sub(v_6, 1)  # line 327
    v_8: Void = setfield(d_0, 'num_live_items', v_7)  # line 327
    v_9: Signed = getfield(d_0, 'num_live_items')  # line 328
    v_10: Bool = int_eq(v_9, 0)  # line 328
    v_11: Bool = same_as(v_10)  # line 328
    switch v_11
    False --> block1(d_0, index_0, v_0)
    True --> block8(d_0, v_0)
block1(d_1: Ptr(dicttable), index_1: Signed, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_12: Signed = getfield(d_1, 'num_ever_used_items')  # line 330
    v_13: Signed = int_sub(v_12, 1)  # line 330
    v_14: Bool = int_eq(index_1, v_13)  # line 330
    v_15: Bool = same_as(v_14)  # line 330
    switch v_15
    False --> block2(d_1, entries_0)
    True --> block4(d_1, index_1, entries_0)
block2(d_2: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }))):
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
    v_30: Void = direct_call(graph _ll_dict_resize__dicttable_array_entry_r_dicts.Point_Signed, d_3)  # line 338
    --> return(None)
block4(d_4: Ptr(dicttable), index_2: Signed, entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_31: Signed = int_sub(index_2, 1)  # line 332
    --> block5(d_4, index_2, entries_2, v_31)
block5(d_5: Ptr(dicttable), index_3: Signed, entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_32: Bool = getinteriorfield(entries_3, i_0, 'f_valid')  # line 333
    v_33: Bool = same_as(v_32)  # line 333
    switch v_33
    False --> block6(d_5, index_3, entries_3, i_0)
    True --> block7(d_5, entries_3, i_0)
block6(d_6: Ptr(dicttable), index_4: Signed, entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_34: Signed = int_sub(i_1, 1)  # line 334
    --> block5(d_6, index_4, entries_4, v_34)
block7(d_7: Ptr(dicttable), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_35: Signed = int_add(i_2, 1)  # line 335
    v_36: Void = setfield(d_7, 'num_ever_used_items', v_35)  # line 335
    --> block2(d_7, entries_5)
block8(d_8: Ptr(dicttable), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool }))):
    v_37: Void = setfield(d_8, 'num_ever_used_items', 0)  # line 329
    --> block2(d_8, entries_6)

graph _ll_dict_slot_of__dicttable_array_entry_r_dicts.Point_Signed_Signed_Signed(d_0: Ptr(dicttable), hash_0: Signed, index_0: Signed)  # rordereddict.py:206
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

graph ll_dict_contains__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_point_hash_point_eq(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), hash_0: Void, eq_0: Void)  # rordereddict.py:375
block0(d_0: Ptr(dicttable), key_0: Ptr(r_dicts.Point), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_r_dicts.Point_Signed_r_dicts.Point_point_hash_point_eq, d_0, key_0, graph point_hash, graph point_eq)  # line 376
    v_1: Bool = int_ge(v_0, 0)  # line 376
    --> return(v_1)

graph ll_dictiter__dictiter_dicttable_array_entry_r_dicts.Point_Signed_dicttable_array_entry_r_dicts.Point_Signed(ITER_0: Void, d_0: Ptr(dicttable))  # rordereddict.py:489
block0(ITER_0: Void, d_0: Ptr(dicttable)):
    v_0: Ptr(dictiter) = malloc(GcStruct dictiter { dict: Ptr(GcStruct dicttable { num_live_items: Signed, num_ever_used_items: Signed, resize_counter: Signed, indexes: Ptr(GcArray(Signed)), entries: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) }), index: Signed }, 'gc')  # line 490
    v_1: Void = setfield(v_0, 'dict', d_0)  # line 491
    v_2: Void = setfield(v_0, 'index', 0)  # line 492
    --> return(v_0)

graph ll_dictnext__dictiter_dicttable_array_entry_r_dicts.Point_Signed(it_0: Ptr(dictiter))  # rordereddict.py:496
block0(it_0: Ptr(dictiter)):
    v_0: Ptr(dicttable) = getfield(it_0, 'dict')  # line 498
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(v_0, 'entries')  # line 499
    v_2: Signed = getfield(it_0, 'index')  # line 500
    --> block1(it_0, v_0, v_1, v_2)
block1(it_1: Ptr(dictiter), d_0: Ptr(dicttable), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), index_0: Signed):
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
block3(it_3: Ptr(dictiter), d_1: Ptr(dicttable), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), index_2: Signed):
    v_12: Bool = getinteriorfield(entries_1, index_2, 'f_valid')  # line 502
    v_13: Bool = same_as(v_12)  # line 502
    switch v_13
    False --> block4(it_3, d_1, entries_1, index_2)
    True --> block5(it_3, entries_1, index_2)
block4(it_4: Ptr(dictiter), d_2: Ptr(dicttable), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), index_3: Signed):
    v_14: Ptr(GcArray(Signed)) = getfield(d_2, 'indexes')  # line 502
    v_15: Bool = ptr_nonzero(v_14)  # line 502
    switch v_15
    False --> block5(it_4, entries_2, index_3)
    True --> block6(it_4, d_2, entries_2, index_3)
block5(it_5: Ptr(dictiter), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), index_4: Signed):
    v_16: Signed = int_add(index_4, 1)  # line 503
    v_17: Void = setfield(it_5, 'index', v_16)  # line 503
    v_18: Ptr(r_dicts.Point) = getinteriorfield(entries_3, index_4, 'key')  # line 504
    --> return(v_18)
block6(it_6: Ptr(dictiter), d_3: Ptr(dicttable), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct r_dicts.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }), value: Signed, f_hash: Signed, f_valid: Bool })), index_5: Signed):
    v_19: Signed = int_add(index_5, 1)  # line 505
    --> block1(it_6, d_3, entries_4, v_19)

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
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [8, 9))  # line 389
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

graph ll_dict_get__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), default_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:379
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), default_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_rpy_str_Signed_rpy_str_lower_hash_lower_eq, d_0, key_0, graph lower_hash, graph lower_eq)  # line 380
    v_1: Bool = int_lt(v_0, 0)  # line 381
    v_2: Bool = same_as(v_1)  # line 381
    switch v_2
    False --> block1(d_0, v_0)
    True --> return(default_0)
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 383
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 383
    --> return(v_4)

graph _ll_dict_find__dicttable_array_entry_rpy_str_Signed_rpy_str_lower_hash_lower_eq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Signed_lower_hash, d_0, graph lower_hash)  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__lower_hash_rpy_str, graph lower_hash, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_eq_Bool, d_0, key_0, v_1, graph lower_eq, False)  # line 221
    --> return(v_2)

graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Signed_lower_hash(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
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
    v_10: Signed = direct_call(graph ll_keyhash__lower_hash_rpy_str, graph lower_hash, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph ll_keyhash__lower_hash_rpy_str(hash_0: Void, key_0: Ptr(rpy_str))  # rordereddict.py:48
block0(hash_0: Void, key_0: Ptr(rpy_str)):
    v_0: Bool = same_as(False)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> block1(hash_0, key_0)
block1(hash_1: Void, key_1: Ptr(rpy_str)):
    v_2: Signed = direct_call(graph lower_hash, key_1)  # line 51
    --> return(v_2)

graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_eq_Bool(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
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
    v_19: Bool = direct_call(graph ll_keyeq__lower_eq_rpy_str_rpy_str, graph lower_eq, v_18, key_5)  # line 197
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
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_eq_Bool, d_8, key_8, hash_8, graph lower_eq, store_8)  # line 199
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

graph ll_keyeq__lower_eq_rpy_str_rpy_str(eq_0: Void, key1_0: Ptr(rpy_str), key2_0: Ptr(rpy_str))  # rordereddict.py:54
block0(eq_0: Void, key1_0: Ptr(rpy_str), key2_0: Ptr(rpy_str)):
    v_0: Bool = same_as(False)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(eq_0, key1_0, key2_0)
block1(eq_1: Void, key1_1: Ptr(rpy_str), key2_1: Ptr(rpy_str)):
    v_2: Bool = direct_call(graph lower_eq, key1_1, key2_1)  # line 57
    --> return(v_2)

graph ll_strlen__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:39
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 40
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 40
    --> return(v_1)

graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), value_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:358
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), value_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Signed_lower_hash, d_0, graph lower_hash)  # line 359
    v_1: Signed = direct_call(graph ll_keyhash__lower_hash_rpy_str, graph lower_hash, key_0)  # line 360
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_eq_Bool, d_0, key_0, v_1, graph lower_eq, True)  # line 361
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

graph ll_dict_update__dicttable_array_entry_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed_lower_hash_lower_eq(d_0: Ptr(dicttable), other_0: Ptr(dicttable), hash_0: Void, eq_0: Void)  # rordereddict.py:428
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
    v_12: Void = direct_call(graph ll_dict_setitem__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq, d_5, v_10, v_11, graph lower_hash, graph lower_eq)  # line 435
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

graph ll_dict_setdefault__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), default_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:386
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), default_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Signed_lower_hash, d_0, graph lower_hash)  # line 387
    v_1: Signed = direct_call(graph ll_keyhash__lower_hash_rpy_str, graph lower_hash, key_0)  # line 388
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_eq_Bool, d_0, key_0, v_1, graph lower_eq, True)  # line 389
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

graph ll_dict_pop_default__dicttable_array_entry_rpy_str_Signed_rpy_str_Signed_lower_hash_lower_eq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), default_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:405
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), default_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_rpy_str_Signed_rpy_str_lower_hash_lower_eq, d_0, key_0, graph lower_hash, graph lower_eq)  # line 406
    v_1: Bool = int_lt(v_0, 0)  # line 407
    v_2: Bool = same_as(v_1)  # line 407
    switch v_2
    False --> block1(d_0, v_0)
    True --> return(default_0)
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 409
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 409
    v_5: Void = direct_call(graph _ll_dict_del__dicttable_array_entry_rpy_str_Signed_Signed, d_1, index_0)  # line 410
    --> return(v_4)

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

graph ll_dict_popitem__tuple2_rpy_str_Signed_dicttable_array_entry_rpy_str_Signed_lower_hash(TUPLE_0: Void, d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:414
block0(TUPLE_0: Void, d_0: Ptr(dicttable), hash_0: Void):
    v_0: Signed = getfield(d_0, 'num_live_items')  # line 416
    v_1: Bool = int_eq(v_0, 0)  # line 416
    v_2: Bool = same_as(v_1)  # line 416
    switch v_2
    False --> block1(TUPLE_0, d_0, hash_0)
    True --> block2()
block1(TUPLE_1: Void, d_1: Ptr(dicttable), hash_1: Void):
    v_3: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Signed_lower_hash, d_1, graph lower_hash)  # line 418
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
    v_15: Void = setfield(v_14, 'typeptr', vtable KeyError [5, 6))  # line 417
    v_16: Ptr(BaseException) = cast_pointer(v_13)  # line 417
    v_17: Ptr(object_vtable) = getfield(v_16, 'typeptr')  # line 417
    --> raise(v_17, v_13)

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

graph ll_dict_getitem__dicttable_array_entry_rpy_str_Signed_rpy_str_lower_hash_lower_eq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:351
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_rpy_str_Signed_rpy_str_lower_hash_lower_eq, d_0, key_0, graph lower_hash, graph lower_eq)  # line 352
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
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [5, 6))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph ll_lower__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:569
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = direct_call(graph _case_map__rpy_str_Signed, s_0, 1)  # line 570
    --> return(v_0)

graph _case_map__rpy_str_Signed(s_0: Ptr(rpy_str), method_0: Signed)  # rstr.py:529
block0(s_0: Ptr(rpy_str), method_0: Signed):
    v_0: Ptr(rpy_str) = same_as(None)  # line 532
    v_1: Signed = direct_call(graph _map_into__rpy_str_Signed_rpy_str, s_0, method_0, v_0)  # line 532
    v_2: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, v_1)  # line 532
    v_3: Signed = direct_call(graph _map_into__rpy_str_Signed_rpy_str, s_0, method_0, v_2)  # line 533
    --> return(v_2)

graph _map_into__rpy_str_Signed_rpy_str(s_0: Ptr(rpy_str), method_0: Signed, res_0: Ptr(rpy_str))  # rstr.py:537
block0(s_0: Ptr(rpy_str), method_0: Signed, res_0: Ptr(rpy_str)):
    --> block1(s_0, method_0, res_0, 0, False, 0)
block1(s_1: Ptr(rpy_str), method_1: Signed, res_1: Ptr(rpy_str), pos_0: Signed, previous_is_cased_0: Bool, i_0: Signed):
    v_0: Ptr(rpy_str) = same_as(s_1)  # line 543
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 543
    v_2: Bool = int_lt(i_0, v_1)  # line 543
    v_3: Bool = same_as(v_2)  # line 543
    switch v_3
    False --> return(pos_0)
    True --> block2(s_1, method_1, res_1, pos_0, previous_is_cased_0, i_0)
block2(s_2: Ptr(rpy_str), method_2: Signed, res_2: Ptr(rpy_str), pos_1: Signed, previous_is_cased_1: Bool, i_1: Signed):
    v_4: Ptr(rpy_str) = same_as(s_2)  # line 544
    v_5: UniChar = getinteriorfield(v_4, 'chars', i_1)  # line 544
    v_6: Signed = direct_call(graph _how__UniChar_Signed_Signed_Bool, v_5, i_1, method_2, previous_is_cased_1)  # line 545
    v_7: Bool = int_eq(v_6, 1)  # line 546
    v_8: Bool = same_as(v_7)  # line 546
    --> block3(s_2, method_2, res_2, pos_1, previous_is_cased_1, i_1, v_5, v_6)
block3(s_3: Ptr(rpy_str), method_3: Signed, res_3: Ptr(rpy_str), pos_2: Signed, previous_is_cased_2: Bool, i_2: Signed, ch_0: UniChar, how_0: Signed):
    v_9: Bool = unichar_eq(ch_0, 931)  # line 546
    v_10: Bool = same_as(v_9)  # line 546
    switch v_10
    False --> block4(s_3, method_3, res_3, pos_2, previous_is_cased_2, i_2, ch_0, how_0)
    True --> block11(s_3, method_3, res_3, pos_2, previous_is_cased_2, i_2, ch_0, how_0)
block4(s_4: Ptr(rpy_str), method_4: Signed, res_4: Ptr(rpy_str), pos_3: Signed, previous_is_cased_3: Bool, i_3: Signed, ch_1: UniChar, how_1: Signed):
    v_11: Signed = direct_call(graph _mapped__UniChar_Signed_Signed, ch_1, 0, how_1)  # line 552
    --> block5(s_4, method_4, res_4, pos_3, previous_is_cased_3, i_3, ch_1, how_1, 0, v_11)
block5(s_5: Ptr(rpy_str), method_5: Signed, res_5: Ptr(rpy_str), pos_4: Signed, previous_is_cased_4: Bool, i_4: Signed, ch_2: UniChar, how_2: Signed, k_0: Signed, code_0: Signed):
    v_12: Bool = int_ge(code_0, 0)  # line 553
    v_13: Bool = same_as(v_12)  # line 553
    switch v_13
    False --> block6(s_5, method_5, res_5, pos_4, previous_is_cased_4, i_4, ch_2)
    True --> block8(s_5, method_5, res_5, pos_4, previous_is_cased_4, i_4, ch_2, how_2, k_0, code_0)
block6(s_6: Ptr(rpy_str), method_6: Signed, res_6: Ptr(rpy_str), pos_5: Signed, previous_is_cased_5: Bool, i_5: Signed, ch_3: UniChar):
    v_14: Bool = int_eq(method_6, 7)  # line 559
    v_15: Bool = same_as(v_14)  # line 559
    --> block7(s_6, method_6, res_6, pos_5, previous_is_cased_5, i_5)
block7(s_7: Ptr(rpy_str), method_7: Signed, res_7: Ptr(rpy_str), pos_6: Signed, previous_is_cased_6: Bool, i_6: Signed):
    v_16: Signed = int_add(i_6, 1)  # line 561
    --> block1(s_7, method_7, res_7, pos_6, previous_is_cased_6, v_16)
block8(s_8: Ptr(rpy_str), method_8: Signed, res_8: Ptr(rpy_str), pos_7: Signed, previous_is_cased_7: Bool, i_7: Signed, ch_4: UniChar, how_3: Signed, k_1: Signed, code_1: Signed):
    v_17: Bool = ptr_nonzero(res_8)  # line 554
    switch v_17
    False --> block9(s_8, method_8, res_8, pos_7, previous_is_cased_7, i_7, ch_4, how_3, k_1)
    True --> block10(s_8, method_8, res_8, pos_7, previous_is_cased_7, i_7, ch_4, how_3, k_1, code_1)
block9(s_9: Ptr(rpy_str), method_9: Signed, res_9: Ptr(rpy_str), pos_8: Signed, previous_is_cased_8: Bool, i_8: Signed, ch_5: UniChar, how_4: Signed, k_2: Signed):
    v_18: Signed = int_add(pos_8, 1)  # line 556
    v_19: Signed = int_add(k_2, 1)  # line 557
    v_20: Signed = direct_call(graph _mapped__UniChar_Signed_Signed, ch_5, v_19, how_4)  # line 558
    --> block5(s_9, method_9, res_9, v_18, previous_is_cased_8, i_8, ch_5, how_4, v_19, v_20)
block10(s_10: Ptr(rpy_str), method_10: Signed, res_10: Ptr(rpy_str), pos_9: Signed, previous_is_cased_9: Bool, i_9: Signed, ch_6: UniChar, how_5: Signed, k_3: Signed, code_2: Signed):
    v_21: UniChar = cast_int_to_unichar(code_2)  # line 555
    v_22: Ptr(rpy_str) = same_as(res_10)  # line 555
    v_23: Void = setinteriorfield(v_22, 'chars', pos_9, v_21)  # line 555
    --> block9(s_10, method_10, res_10, pos_9, previous_is_cased_9, i_9, ch_6, how_5, k_3)
block11(s_11: Ptr(rpy_str), method_11: Signed, res_11: Ptr(rpy_str), pos_10: Signed, previous_is_cased_10: Bool, i_10: Signed, ch_7: UniChar, how_6: Signed):
    v_24: Bool = direct_call(graph _final_sigma__rpy_str_Signed, s_11, i_10)  # line 546
    v_25: Bool = same_as(v_24)  # line 546
    switch v_25
    False --> block4(s_11, method_11, res_11, pos_10, previous_is_cased_10, i_10, ch_7, how_6)
    True --> block12(s_11, method_11, res_11, pos_10, previous_is_cased_10, i_10, ch_7)
block12(s_12: Ptr(rpy_str), method_12: Signed, res_12: Ptr(rpy_str), pos_11: Signed, previous_is_cased_11: Bool, i_11: Signed, ch_8: UniChar):
    v_26: Bool = ptr_nonzero(res_12)  # line 547
    switch v_26
    False --> block13(s_12, method_12, res_12, pos_11, previous_is_cased_11, i_11, ch_8)
    True --> block14(s_12, method_12, res_12, pos_11, previous_is_cased_11, i_11, ch_8)
block13(s_13: Ptr(rpy_str), method_13: Signed, res_13: Ptr(rpy_str), pos_12: Signed, previous_is_cased_12: Bool, i_12: Signed, ch_9: UniChar):
    v_27: Signed = int_add(pos_12, 1)  # line 549
    --> block6(s_13, method_13, res_13, v_27, previous_is_cased_12, i_12, ch_9)
block14(s_14: Ptr(rpy_str), method_14: Signed, res_14: Ptr(rpy_str), pos_13: Signed, previous_is_cased_13: Bool, i_13: Signed, ch_10: UniChar):
    v_28: Ptr(rpy_str) = same_as(res_14)  # line 548
    v_29: Void = setinteriorfield(v_28, 'chars', pos_13, 962)  # line 548
    --> block13(s_14, method_14, res_14, pos_13, previous_is_cased_13, i_13, ch_10)

graph mallocstr__Signed(length_0: Signed)  # rstr.py:30
block0(length_0: Signed):
    v_0: Ptr(rpy_str) = malloc_varsize(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }, 'gc', length_0)  # line 31
    --> return(v_0)

graph _how__UniChar_Signed_Signed_Bool(ch_0: UniChar, i_0: Signed, method_0: Signed, previous_is_cased_0: Bool)  # rstr.py:495
block0(ch_0: UniChar, i_0: Signed, method_0: Signed, previous_is_cased_0: Bool):
    v_0: Bool = int_eq(method_0, 5)  # line 498
    v_1: Bool = same_as(v_0)  # line 498
    --> block1(i_0, method_0, previous_is_cased_0)
block1(i_1: Signed, method_1: Signed, previous_is_cased_1: Bool):
    v_2: Bool = int_eq(method_1, 6)  # line 504
    v_3: Bool = same_as(v_2)  # line 504
    --> block2(method_1, previous_is_cased_1)
block2(method_2: Signed, previous_is_cased_2: Bool):
    v_4: Bool = int_eq(method_2, 7)  # line 508
    v_5: Bool = same_as(v_4)  # line 508
    --> return(method_2)

graph _mapped__UniChar_Signed_Signed(ch_0: UniChar, k_0: Signed, how_0: Signed)  # rstr.py:480
block0(ch_0: UniChar, k_0: Signed, how_0: Signed):
    v_0: Bool = int_eq(how_0, 0)  # line 482
    v_1: Bool = same_as(v_0)  # line 482
    --> block1(ch_0, k_0, how_0)
block1(ch_1: UniChar, k_1: Signed, how_1: Signed):
    v_2: Bool = int_eq(how_1, 1)  # line 484
    v_3: Bool = same_as(v_2)  # line 484
    --> block2(ch_1, k_1)
block2(ch_2: UniChar, k_2: Signed):
    v_4: Signed = unichar_tolower(ch_2, k_2)  # line 485
    --> return(v_4)

graph _final_sigma__rpy_str_Signed(s_0: Ptr(rpy_str), i_0: Signed)  # rstr.py:515
block0(s_0: Ptr(rpy_str), i_0: Signed):
    v_0: Signed = int_sub(i_0, 1)  # line 518
    --> block1(s_0, i_0, v_0)
block1(s_1: Ptr(rpy_str), i_1: Signed, j_0: Signed):
    v_1: Bool = int_ge(j_0, 0)  # line 519
    v_2: Bool = same_as(v_1)  # line 519
    switch v_2
    False --> block2(s_1, i_1, j_0)
    True --> block10(s_1, i_1, j_0)
block2(s_2: Ptr(rpy_str), i_2: Signed, j_1: Signed):
    v_3: Bool = int_lt(j_1, 0)  # line 521
    v_4: Bool = same_as(v_3)  # line 521
    switch v_4
    False --> block3(s_2, i_2, j_1)
    True --> return(False)
block3(s_3: Ptr(rpy_str), i_3: Signed, j_2: Signed):
    v_5: Ptr(rpy_str) = same_as(s_3)  # line 521
    v_6: UniChar = getinteriorfield(v_5, 'chars', j_2)  # line 521
    v_7: Bool = direct_call(graph _iscased__UniChar, v_6)  # line 521
    v_8: Bool = same_as(v_7)  # line 521
    switch v_8
    False --> return(False)
    True --> block4(s_3, i_3)
block4(s_4: Ptr(rpy_str), i_4: Signed):
    v_9: Signed = int_add(i_4, 1)  # line 523
    --> block5(s_4, i_4, v_9)
block5(s_5: Ptr(rpy_str), i_5: Signed, j_3: Signed):
    v_10: Ptr(rpy_str) = same_as(s_5)  # line 524
    v_11: Signed = getinteriorarraysize(v_10, 'chars')  # line 524
    v_12: Bool = int_lt(j_3, v_11)  # line 524
    v_13: Bool = same_as(v_12)  # line 524
    switch v_13
    False --> block6(s_5, j_3)
    True --> block8(s_5, i_5, j_3)
block6(s_6: Ptr(rpy_str), j_4: Signed):
    v_14: Ptr(rpy_str) = same_as(s_6)  # line 526
    v_15: Signed = getinteriorarraysize(v_14, 'chars')  # line 526
    v_16: Bool = int_eq(j_4, v_15)  # line 526
    v_17: Bool = same_as(v_16)  # line 526
    switch v_17
    False --> block7(s_6, j_4)
    True --> return(v_16)
block7(s_7: Ptr(rpy_str), j_5: Signed):
    v_18: Ptr(rpy_str) = same_as(s_7)  # line 526
    v_19: UniChar = getinteriorfield(v_18, 'chars', j_5)  # line 526
    v_20: Bool = direct_call(graph _iscased__UniChar, v_19)  # line 526
    v_21: Bool = same_as(v_20)  # line 526
    switch v_21
    False --> return(True)
    True --> return(False)
block8(s_8: Ptr(rpy_str), i_6: Signed, j_6: Signed):
    v_22: Ptr(rpy_str) = same_as(s_8)  # line 524
    v_23: UniChar = getinteriorfield(v_22, 'chars', j_6)  # line 524
    v_24: Bool = unichar_iscaseignorable(v_23)  # line 524
    v_25: Bool = same_as(v_24)  # line 524
    switch v_25
    False --> block6(s_8, j_6)
    True --> block9(s_8, i_6, j_6)
block9(s_9: Ptr(rpy_str), i_7: Signed, j_7: Signed):
    v_26: Signed = int_add(j_7, 1)  # line 525
    --> block5(s_9, i_7, v_26)
block10(s_10: Ptr(rpy_str), i_8: Signed, j_8: Signed):
    v_27: Ptr(rpy_str) = same_as(s_10)  # line 519
    v_28: UniChar = getinteriorfield(v_27, 'chars', j_8)  # line 519
    v_29: Bool = unichar_iscaseignorable(v_28)  # line 519
    v_30: Bool = same_as(v_29)  # line 519
    switch v_30
    False --> block2(s_10, i_8, j_8)
    True --> block11(s_10, i_8, j_8)
block11(s_11: Ptr(rpy_str), i_9: Signed, j_9: Signed):
    v_31: Signed = int_sub(j_9, 1)  # line 520
    --> block1(s_11, i_9, v_31)

graph _iscased__UniChar(ch_0: UniChar)  # rstr.py:373
block0(ch_0: UniChar):
    v_0: Bool = unichar_isupper(ch_0)  # line 374
    v_1: Bool = same_as(v_0)  # line 374
    switch v_1
    False --> block1(ch_0)
    True --> return(v_0)
block1(ch_1: UniChar):
    v_2: Bool = unichar_islower(ch_1)  # line 374
    v_3: Bool = same_as(v_2)  # line 374
    switch v_3
    False --> block2(ch_1)
    True --> return(v_2)
block2(ch_2: UniChar):
    v_4: Bool = unichar_istitle(ch_2)  # line 374
    --> return(v_4)

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
