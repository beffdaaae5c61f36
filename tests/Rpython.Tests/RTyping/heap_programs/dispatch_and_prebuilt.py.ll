graph main(n_0: Signed)  # dispatch_and_prebuilt.py:81
block0(n_0: Signed):
    v_0: Ptr(dispatch_and_prebuilt.Shape) = direct_call(graph pick, n_0)  # line 83
    v_1: Ptr(dispatch_and_prebuilt.Shape) = same_as(v_0)  # line 84
    v_2: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_1)  # line 84
    v_3: Ptr(object_vtable) = getfield(v_2, 'typeptr')  # line 84
    v_4: Ptr(vtable_dispatch_and_prebuilt.Shape) = cast_pointer(v_3)  # line 84
    v_5: Ptr(Func((Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }), Signed) -> Signed)) = getfield(v_4, 'cls_describe')  # line 84
    v_6: Signed = indirect_call(v_5, v_1, 1, System.Collections.Generic.List`1[Rpython.Translator.Flow.FunctionGraph])  # line 84
    v_7: Ptr(dispatch_and_prebuilt.Shape) = same_as(v_0)  # line 84
    v_8: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_7)  # line 84
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 84
    v_10: Ptr(vtable_dispatch_and_prebuilt.Shape) = cast_pointer(v_9)  # line 84
    v_11: Ptr(Func((Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }), Signed) -> Signed)) = getfield(v_10, 'cls_describe')  # line 84
    v_12: Signed = indirect_call(v_11, v_7, 5, System.Collections.Generic.List`1[Rpython.Translator.Flow.FunctionGraph])  # line 84
    v_13: Signed = int_add(v_6, v_12)  # line 84
    v_14: Signed = getfield(v_0, 'inst_sides')  # line 84
    v_15: Signed = int_add(v_13, v_14)  # line 84
    v_16: Ptr(rpy_str) = getfield(v_0, 'inst_name')  # line 84
    v_17: Signed = direct_call(graph ll_strlen__rpy_str, v_16)  # line 84
    v_18: Signed = int_add(v_15, v_17)  # line 84
    v_19: Signed = int_add(0, v_18)  # line 84
    v_20: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_dispatch_and_prebuilt.Shape_array_dispatch_and_prebuilt.Shape, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }))), index: Signed }), <GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed })) of 3>)  # line 85
    --> block1(n_0, v_19, v_0, v_20)
block1(n_1: Signed, total_0: Signed, shape_0: Ptr(dispatch_and_prebuilt.Shape), iter15_0: Ptr(listiter)):
    v_21: Ptr(dispatch_and_prebuilt.Shape) = direct_call(graph ll_listnext__listiter_array_dispatch_and_prebuilt.Shape, iter15_0)  # line 85
    no exception --> block2(v_21, iter15_0, n_1, total_0, shape_0)
    StopIteration --> block3(n_1, total_0, shape_0, iter15_0)
block2(item_0: Ptr(dispatch_and_prebuilt.Shape), iter15_1: Ptr(listiter), n_2: Signed, total_1: Signed, shape_1: Ptr(dispatch_and_prebuilt.Shape)):
    v_22: Ptr(dispatch_and_prebuilt.Shape) = same_as(item_0)  # line 86
    v_23: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_22)  # line 86
    v_24: Ptr(object_vtable) = getfield(v_23, 'typeptr')  # line 86
    v_25: Ptr(vtable_dispatch_and_prebuilt.Shape) = cast_pointer(v_24)  # line 86
    v_26: Ptr(Func((Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed })) -> Signed)) = getfield(v_25, 'cls_area')  # line 86
    v_27: Signed = indirect_call(v_26, v_22, System.Collections.Generic.List`1[Rpython.Translator.Flow.FunctionGraph])  # line 86
    v_28: Ptr(dispatch_and_prebuilt.Shape) = same_as(item_0)  # line 86
    v_29: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_28)  # line 86
    v_30: Ptr(object_vtable) = getfield(v_29, 'typeptr')  # line 86
    v_31: Ptr(vtable_dispatch_and_prebuilt.Shape) = cast_pointer(v_30)  # line 86
    v_32: Ptr(Func((Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }), Signed) -> Signed)) = getfield(v_31, 'cls_describe')  # line 86
    v_33: Signed = indirect_call(v_32, v_28, 1, System.Collections.Generic.List`1[Rpython.Translator.Flow.FunctionGraph])  # line 86
    v_34: Signed = int_add(v_27, v_33)  # line 86
    v_35: Signed = int_add(total_1, v_34)  # line 86
    --> block1(n_2, v_35, shape_1, iter15_1)
block3(n_3: Signed, total_2: Signed, shape_2: Ptr(dispatch_and_prebuilt.Shape), iter15_2: Ptr(listiter)):
    v_36: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_Func((Signed) -> Signed)_array_Func((Signed) -> Signed), Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(Func((Signed) -> Signed)))), index: Signed }), <GcArray(Ptr(Func((Signed) -> Signed))) of 3>)  # line 87
    --> block4(n_3, total_2, shape_2, iter15_2, v_36)
block4(n_4: Signed, total_3: Signed, shape_3: Ptr(dispatch_and_prebuilt.Shape), iter15_3: Ptr(listiter), iter22_0: Ptr(listiter)):
    v_37: Ptr(Func((Signed) -> Signed)) = direct_call(graph ll_listnext__listiter_array_Func((Signed) -> Signed), iter22_0)  # line 87
    no exception --> block5(v_37, iter15_3, iter22_0, n_4, total_3, shape_3)
    StopIteration --> block6(n_4, total_3, shape_3, iter15_3, iter22_0)
block5(item_1: Ptr(Func((Signed) -> Signed)), iter15_4: Ptr(listiter), iter22_1: Ptr(listiter), n_5: Signed, total_4: Signed, shape_4: Ptr(dispatch_and_prebuilt.Shape)):
    v_38: Signed = indirect_call(item_1, n_5, System.Collections.Generic.List`1[Rpython.Translator.Flow.FunctionGraph])  # line 88
    v_39: Signed = int_add(total_4, v_38)  # line 88
    --> block4(n_5, v_39, shape_4, iter15_4, iter22_1)
block6(n_6: Signed, total_5: Signed, shape_5: Ptr(dispatch_and_prebuilt.Shape), iter15_5: Ptr(listiter), iter22_2: Ptr(listiter)):
    v_40: Bool = int_gt(n_6, 0)  # line 89
    v_41: Bool = same_as(v_40)  # line 89
    switch v_41
    False --> block7(iter15_5, iter22_2, n_6, total_5, shape_5)
    True --> block12(iter15_5, iter22_2, n_6, total_5, shape_5)
block7(iter15_6: Ptr(listiter), iter22_3: Ptr(listiter), n_7: Signed, total_6: Signed, shape_6: Ptr(dispatch_and_prebuilt.Shape)):
    v_42: Ptr(Func((Signed) -> Signed)) = direct_call(graph ll_dict_getitem__dicttable_array_entry_rpy_str_Func((Signed) -> Signed)_rpy_str_ll_strhash_ll_streq, <dicttable>, 'negate', <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 89
    --> block8(n_7, total_6, shape_6, iter15_6, iter22_3, v_42)
block8(n_8: Signed, total_7: Signed, shape_7: Ptr(dispatch_and_prebuilt.Shape), iter15_7: Ptr(listiter), iter22_4: Ptr(listiter), v_43: Ptr(Func((Signed) -> Signed))):
    v_44: Signed = indirect_call(v_43, n_8, System.Collections.Generic.List`1[Rpython.Translator.Flow.FunctionGraph])  # line 90
    v_45: Signed = int_add(total_7, v_44)  # line 90
    v_46: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_tuple2_Signed_rpy_str_array_tuple2_Signed_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), index: Signed }), <GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) })) of 3>)  # line 91
    --> block9(n_8, v_45, shape_7, v_43, iter15_7, iter22_4, v_46)
block9(n_9: Signed, total_8: Signed, shape_8: Ptr(dispatch_and_prebuilt.Shape), f_0: Ptr(Func((Signed) -> Signed)), iter15_8: Ptr(listiter), iter22_5: Ptr(listiter), iter36_0: Ptr(listiter)):
    v_47: Ptr(tuple2) = direct_call(graph ll_listnext__listiter_array_tuple2_Signed_rpy_str, iter36_0)  # line 91
    no exception --> block10(v_47, iter15_8, iter22_5, iter36_0, n_9, total_8, shape_8, f_0)
    StopIteration --> block11(n_9, total_8)
block10(item_2: Ptr(tuple2), iter15_9: Ptr(listiter), iter22_6: Ptr(listiter), iter36_1: Ptr(listiter), n_10: Signed, total_9: Signed, shape_9: Ptr(dispatch_and_prebuilt.Shape), f_1: Ptr(Func((Signed) -> Signed))):
    v_48: Signed = getfield(item_2, 'item0')  # line 91
    v_49: Ptr(rpy_str) = getfield(item_2, 'item1')  # line 91
    v_50: Signed = direct_call(graph ll_strlen__rpy_str, v_49)  # line 92
    v_51: Signed = int_mul(v_48, v_50)  # line 92
    v_52: Signed = int_add(total_9, v_51)  # line 92
    --> block9(n_10, v_52, shape_9, f_1, iter15_9, iter22_6, iter36_1)
block11(n_11: Signed, total_10: Signed):
    v_53: Ptr(dispatch_and_prebuilt.Square) = same_as(<dispatch_and_prebuilt.Square>)  # line 93
    v_54: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_53)  # line 93
    v_55: Signed = direct_call(graph Square.area, v_54)  # line 93
    v_56: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(<dispatch_and_prebuilt.Square>)  # line 93
    v_57: Signed = getfield(v_56, 'inst_size')  # line 93
    v_58: Signed = int_add(v_55, v_57)  # line 93
    v_59: Signed = int_mod(n_11, 3)  # line 93
    v_60: Bool = int_ne(v_59, 0)  # line 93
    v_61: Signed = int_xor(v_59, 3)  # line 93
    v_62: Bool = int_lt(v_61, 0)  # line 93
    v_63: Signed = cast_bool_to_int(v_60)  # line 93
    v_64: Signed = cast_bool_to_int(v_62)  # line 93
    v_65: Signed = int_and(v_63, v_64)  # line 93
    v_66: Signed = int_mul(v_65, 3)  # line 93
    v_67: Signed = int_add(v_59, v_66)  # line 93
    v_68: Signed = int_add(v_67, 1)  # line 93
    v_69: Signed = direct_call(graph ll_dict_getitem__dicttable_array_entry_Signed_Signed_Signed_None_None, <dicttable>, v_68, None, None)  # line 93
    v_70: Signed = int_add(v_58, v_69)  # line 93
    v_71: Ptr(dispatch_and_prebuilt.Shape) = direct_call(graph any_shape, n_11)  # line 93
    v_72: Ptr(dispatch_and_prebuilt.Shape) = same_as(v_71)  # line 93
    v_73: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_72)  # line 93
    v_74: Ptr(object_vtable) = getfield(v_73, 'typeptr')  # line 93
    v_75: Ptr(vtable_dispatch_and_prebuilt.Shape) = cast_pointer(v_74)  # line 93
    v_76: Ptr(Func((Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed })) -> Signed)) = getfield(v_75, 'cls_area')  # line 93
    v_77: Signed = indirect_call(v_76, v_72, System.Collections.Generic.List`1[Rpython.Translator.Flow.FunctionGraph])  # line 93
    v_78: Signed = int_add(v_70, v_77)  # line 93
    v_79: Signed = int_add(total_10, v_78)  # line 93
    v_80: Ptr(dispatch_and_prebuilt.Shape) = direct_call(graph ll_getitem_nonneg__array_dispatch_and_prebuilt.Shape_Signed, <GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed })) of 3>, 0)  # line 94
    v_81: Signed = getfield(v_80, 'inst_size')  # line 94
    v_82: Signed = int_add(v_81, 1)  # line 94
    v_83: Void = setfield(v_80, 'inst_size', v_82)  # line 94
    v_84: Signed = int_mul(v_79, 1000)  # line 95
    v_85: Ptr(dispatch_and_prebuilt.Shape) = direct_call(graph ll_getitem_nonneg__array_dispatch_and_prebuilt.Shape_Signed, <GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed })) of 3>, 0)  # line 95
    v_86: Signed = getfield(v_85, 'inst_size')  # line 95
    v_87: Signed = int_add(v_84, v_86)  # line 95
    --> return(v_87)
block12(iter15_10: Ptr(listiter), iter22_7: Ptr(listiter), n_12: Signed, total_11: Signed, shape_10: Ptr(dispatch_and_prebuilt.Shape)):
    v_88: Ptr(Func((Signed) -> Signed)) = direct_call(graph ll_dict_getitem__dicttable_array_entry_rpy_str_Func((Signed) -> Signed)_rpy_str_ll_strhash_ll_streq, <dicttable>, 'double', <function rpython.rtyper.rstr.ll_strhash>, <function rpython.rtyper.rstr.ll_streq>)  # line 89
    --> block8(n_12, total_11, shape_10, iter15_10, iter22_7, v_88)

graph pick(n_0: Signed)  # dispatch_and_prebuilt.py:73
block0(n_0: Signed):
    v_0: Signed = int_mod(n_0, 3)  # line 74
    v_1: Bool = int_ne(v_0, 0)  # line 74
    v_2: Signed = int_xor(v_0, 3)  # line 74
    v_3: Bool = int_lt(v_2, 0)  # line 74
    v_4: Signed = cast_bool_to_int(v_1)  # line 74
    v_5: Signed = cast_bool_to_int(v_3)  # line 74
    v_6: Signed = int_and(v_4, v_5)  # line 74
    v_7: Signed = int_mul(v_6, 3)  # line 74
    v_8: Signed = int_add(v_0, v_7)  # line 74
    v_9: Bool = int_eq(v_8, 0)  # line 74
    v_10: Bool = same_as(v_9)  # line 74
    switch v_10
    False --> block1(n_0)
    True --> block6(n_0)
block1(n_1: Signed):
    v_11: Signed = int_mod(n_1, 3)  # line 76
    v_12: Bool = int_ne(v_11, 0)  # line 76
    v_13: Signed = int_xor(v_11, 3)  # line 76
    v_14: Bool = int_lt(v_13, 0)  # line 76
    v_15: Signed = cast_bool_to_int(v_12)  # line 76
    v_16: Signed = cast_bool_to_int(v_14)  # line 76
    v_17: Signed = int_and(v_15, v_16)  # line 76
    v_18: Signed = int_mul(v_17, 3)  # line 76
    v_19: Signed = int_add(v_11, v_18)  # line 76
    v_20: Bool = int_eq(v_19, 1)  # line 76
    v_21: Bool = same_as(v_20)  # line 76
    switch v_21
    False --> block2(n_1)
    True --> block4(n_1)
block2(n_2: Signed):
    v_22: Ptr(dispatch_and_prebuilt.Blob) = malloc(GcStruct dispatch_and_prebuilt.Blob { super: GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed } }, 'gc')  # line 78
    v_23: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_22)  # line 78
    v_24: Void = setfield(v_23, 'typeptr', vtable dispatch_and_prebuilt.Blob [3, 4))  # line 78
    v_25: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_22)  # line 78
    v_26: Void = setfield(v_25, 'inst_name', 'shape')  # line 78
    v_27: Void = setfield(v_25, 'inst_sides', 0)  # line 78
    v_28: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_22)  # line 78
    v_29: Void = direct_call(graph Shape.__init__, v_28, n_2)  # line 78
    --> block3(v_22)
block3(v_30: Ptr(dispatch_and_prebuilt.Blob)):
    v_31: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_30)  # line 78
    --> return(v_31)
block4(n_3: Signed):
    v_32: Ptr(dispatch_and_prebuilt.Triangle) = malloc(GcStruct dispatch_and_prebuilt.Triangle { super: GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed } }, 'gc')  # line 77
    v_33: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_32)  # line 77
    v_34: Void = setfield(v_33, 'typeptr', vtable dispatch_and_prebuilt.Triangle [4, 5))  # line 77
    v_35: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_32)  # line 77
    v_36: Void = setfield(v_35, 'inst_name', 'triangle')  # line 77
    v_37: Void = setfield(v_35, 'inst_sides', 3)  # line 77
    v_38: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_32)  # line 77
    v_39: Void = direct_call(graph Shape.__init__, v_38, n_3)  # line 77
    --> block5(v_32)
block5(v_40: Ptr(dispatch_and_prebuilt.Triangle)):
    v_41: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_40)  # line 77
    --> return(v_41)
block6(n_4: Signed):
    v_42: Ptr(dispatch_and_prebuilt.Square) = malloc(GcStruct dispatch_and_prebuilt.Square { super: GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed } }, 'gc')  # line 75
    v_43: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_42)  # line 75
    v_44: Void = setfield(v_43, 'typeptr', vtable dispatch_and_prebuilt.Square [2, 3))  # line 75
    v_45: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_42)  # line 75
    v_46: Void = setfield(v_45, 'inst_name', 'shape')  # line 75
    v_47: Void = setfield(v_45, 'inst_sides', 4)  # line 75
    v_48: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_42)  # line 75
    v_49: Void = direct_call(graph Shape.__init__, v_48, n_4)  # line 75
    --> block7(v_42)
block7(v_50: Ptr(dispatch_and_prebuilt.Square)):
    v_51: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_50)  # line 75
    --> return(v_51)

graph Shape.__init__(self_0: Ptr(dispatch_and_prebuilt.Shape), size_0: Signed)  # dispatch_and_prebuilt.py:5
block0(self_0: Ptr(dispatch_and_prebuilt.Shape), size_0: Signed):
    v_0: Void = setfield(self_0, 'inst_size', size_0)  # line 6
    --> return(None)

graph Shape.describe(self_0: Ptr(dispatch_and_prebuilt.Shape), extra_0: Signed)  # dispatch_and_prebuilt.py:11
block0(self_0: Ptr(dispatch_and_prebuilt.Shape), extra_0: Signed):
    v_0: Ptr(dispatch_and_prebuilt.Shape) = same_as(self_0)  # line 12
    v_1: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_0)  # line 12
    v_2: Ptr(object_vtable) = getfield(v_1, 'typeptr')  # line 12
    v_3: Ptr(vtable_dispatch_and_prebuilt.Shape) = cast_pointer(v_2)  # line 12
    v_4: Ptr(Func((Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed })) -> Signed)) = getfield(v_3, 'cls_area')  # line 12
    v_5: Signed = indirect_call(v_4, v_0, System.Collections.Generic.List`1[Rpython.Translator.Flow.FunctionGraph])  # line 12
    v_6: Signed = int_mul(v_5, 10)  # line 12
    v_7: Signed = getfield(self_0, 'inst_sides')  # line 12
    v_8: Signed = int_add(v_6, v_7)  # line 12
    v_9: Signed = int_add(v_8, extra_0)  # line 12
    --> return(v_9)

graph Triangle.describe(self_0: Ptr(dispatch_and_prebuilt.Shape), extra_0: Signed)  # dispatch_and_prebuilt.py:29
block0(self_0: Ptr(dispatch_and_prebuilt.Shape), extra_0: Signed):
    --> block1(self_0, extra_0)
block1(self_1: Ptr(dispatch_and_prebuilt.Shape), extra_1: Signed):
    self_2: Ptr(dispatch_and_prebuilt.Triangle) = cast_pointer(self_1)  # line 29
    --> block2(self_2, extra_1)
block2(self_3: Ptr(dispatch_and_prebuilt.Triangle), extra_2: Signed):
    v_0: Ptr(dispatch_and_prebuilt.Triangle) = same_as(self_3)  # line 30
    v_1: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(v_0)  # line 30
    v_2: Signed = direct_call(graph Triangle.area, v_1)  # line 30
    v_3: Signed = int_neg(v_2)  # line 30
    v_4: Signed = int_mul(extra_2, 2)  # line 30
    v_5: Signed = int_add(v_3, v_4)  # line 30
    --> return(v_5)

graph Shape.area(self_0: Ptr(dispatch_and_prebuilt.Shape))  # dispatch_and_prebuilt.py:8
block0(self_0: Ptr(dispatch_and_prebuilt.Shape)):
    --> return(0)

graph Square.area(self_0: Ptr(dispatch_and_prebuilt.Shape))  # dispatch_and_prebuilt.py:18
block0(self_0: Ptr(dispatch_and_prebuilt.Shape)):
    --> block1(self_0)
block1(self_1: Ptr(dispatch_and_prebuilt.Shape)):
    self_2: Ptr(dispatch_and_prebuilt.Square) = cast_pointer(self_1)  # line 18
    --> block2(self_2)
block2(self_3: Ptr(dispatch_and_prebuilt.Square)):
    v_0: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(self_3)  # line 19
    v_1: Signed = getfield(v_0, 'inst_size')  # line 19
    v_2: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(self_3)  # line 19
    v_3: Signed = getfield(v_2, 'inst_size')  # line 19
    v_4: Signed = int_mul(v_1, v_3)  # line 19
    --> return(v_4)

graph Triangle.area(self_0: Ptr(dispatch_and_prebuilt.Shape))  # dispatch_and_prebuilt.py:26
block0(self_0: Ptr(dispatch_and_prebuilt.Shape)):
    --> block1(self_0)
block1(self_1: Ptr(dispatch_and_prebuilt.Shape)):
    self_2: Ptr(dispatch_and_prebuilt.Triangle) = cast_pointer(self_1)  # line 26
    --> block2(self_2)
block2(self_3: Ptr(dispatch_and_prebuilt.Triangle)):
    v_0: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(self_3)  # line 27
    v_1: Signed = getfield(v_0, 'inst_size')  # line 27
    v_2: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(self_3)  # line 27
    v_3: Signed = getfield(v_2, 'inst_size')  # line 27
    v_4: Signed = int_mul(v_1, v_3)  # line 27
    v_5: Signed = int_floordiv(v_4, 2)  # line 27
    v_6: Signed = int_mod(v_4, 2)  # line 27
    v_7: Bool = int_ne(v_6, 0)  # line 27
    v_8: Signed = int_xor(v_6, 2)  # line 27
    v_9: Bool = int_lt(v_8, 0)  # line 27
    v_10: Signed = cast_bool_to_int(v_7)  # line 27
    v_11: Signed = cast_bool_to_int(v_9)  # line 27
    v_12: Signed = int_and(v_10, v_11)  # line 27
    v_13: Signed = int_sub(v_5, v_12)  # line 27
    --> return(v_13)

graph add_ten(x_0: Signed)  # dispatch_and_prebuilt.py:54
block0(x_0: Signed):
    v_0: Signed = int_add(x_0, 10)  # line 55
    --> return(v_0)

graph double(x_0: Signed)  # dispatch_and_prebuilt.py:46
block0(x_0: Signed):
    v_0: Signed = int_mul(x_0, 2)  # line 47
    --> return(v_0)

graph negate(x_0: Signed)  # dispatch_and_prebuilt.py:50
block0(x_0: Signed):
    v_0: Signed = int_neg(x_0)  # line 51
    --> return(v_0)

graph any_shape(n_0: Signed)  # dispatch_and_prebuilt.py:67
block0(n_0: Signed):
    v_0: Bool = int_gt(n_0, 1000)  # line 68
    v_1: Bool = same_as(v_0)  # line 68
    switch v_1
    False --> return(<dispatch_and_prebuilt.Ring>)
    True --> block1()
block1():
    v_2: Ptr(dispatch_and_prebuilt.Shape) = direct_call(graph ll_getitem_nonneg__array_dispatch_and_prebuilt.Shape_Signed, <GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed })) of 3>, 0)  # line 69
    --> return(v_2)

graph Ring.area(self_0: Ptr(dispatch_and_prebuilt.Shape))  # dispatch_and_prebuilt.py:42
block0(self_0: Ptr(dispatch_and_prebuilt.Shape)):
    --> block1(self_0)
block1(self_1: Ptr(dispatch_and_prebuilt.Shape)):
    self_2: Ptr(dispatch_and_prebuilt.Ring) = cast_pointer(self_1)  # line 42
    --> block2(self_2)
block2(self_3: Ptr(dispatch_and_prebuilt.Ring)):
    v_0: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(self_3)  # line 43
    v_1: Signed = getfield(v_0, 'inst_size')  # line 43
    v_2: Ptr(dispatch_and_prebuilt.Shape) = cast_pointer(self_3)  # line 43
    v_3: Signed = getfield(v_2, 'inst_size')  # line 43
    v_4: Signed = int_mul(v_1, v_3)  # line 43
    v_5: Signed = getfield(self_3, 'inst_hole')  # line 43
    v_6: Signed = getfield(self_3, 'inst_hole')  # line 43
    v_7: Signed = int_mul(v_5, v_6)  # line 43
    v_8: Signed = int_sub(v_4, v_7)  # line 43
    --> return(v_8)

graph ll_strlen__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:39
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 40
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 40
    --> return(v_1)

graph ll_listiter__listiter_array_dispatch_and_prebuilt.Shape_array_dispatch_and_prebuilt.Shape(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_dispatch_and_prebuilt.Shape(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }))) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_dispatch_and_prebuilt.Shape, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed })))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }))) = direct_call(graph ll_items__array_dispatch_and_prebuilt.Shape, l_0)  # line 391
    v_8: Ptr(dispatch_and_prebuilt.Shape) = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [12, 13))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__array_dispatch_and_prebuilt.Shape(l_0: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_dispatch_and_prebuilt.Shape(l_0: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_listiter__listiter_array_Func((Signed) -> Signed)_array_Func((Signed) -> Signed)(ITER_0: Void, l_0: Ptr(GcArray(Ptr(Func((Signed) -> Signed)))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(Func((Signed) -> Signed))))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(Func((Signed) -> Signed)))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_Func((Signed) -> Signed)(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Ptr(Func((Signed) -> Signed)))) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_Func((Signed) -> Signed), v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(Func((Signed) -> Signed))))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Ptr(Func((Signed) -> Signed)))) = direct_call(graph ll_items__array_Func((Signed) -> Signed), l_0)  # line 391
    v_8: Ptr(Func((Signed) -> Signed)) = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [12, 13))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__array_Func((Signed) -> Signed)(l_0: Ptr(GcArray(Ptr(Func((Signed) -> Signed)))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(Func((Signed) -> Signed))))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(Func((Signed) -> Signed))))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_Func((Signed) -> Signed)(l_0: Ptr(GcArray(Ptr(Func((Signed) -> Signed)))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(Func((Signed) -> Signed))))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_dict_getitem__dicttable_array_entry_rpy_str_Func((Signed) -> Signed)_rpy_str_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:351
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_rpy_str_Func((Signed) -> Signed)_rpy_str_ll_strhash_ll_streq, d_0, key_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq })  # line 352
    v_1: Bool = int_lt(v_0, 0)  # line 353
    v_2: Bool = same_as(v_1)  # line 353
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 355
    v_4: Ptr(Func((Signed) -> Signed)) = getinteriorfield(v_3, index_0, 'value')  # line 355
    --> return(v_4)
block2():
    v_5: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 354
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [10, 11))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph _ll_dict_find__dicttable_array_entry_rpy_str_Func((Signed) -> Signed)_rpy_str_ll_strhash_ll_streq(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Func((Signed) -> Signed)_ll_strhash, d_0, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash })  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__ll_strhash_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_strhash, Function = <function rpython.rtyper.rstr.ll_strhash>, UniqueName = rpython.rtyper.rstr.ll_strhash }, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Func((Signed) -> Signed)_rpy_str_Signed_ll_streq_Bool, d_0, key_0, v_1, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, False)  # line 221
    --> return(v_2)

graph _ll_dict_ensure_index__dicttable_array_entry_rpy_str_Func((Signed) -> Signed)_ll_strhash(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_rpy_str_Func((Signed) -> Signed)_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), i_1: Signed):
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

graph _ll_dict_reindex__dicttable_array_entry_rpy_str_Func((Signed) -> Signed)_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Func((Signed) -> Signed)_rpy_str_Signed_ll_streq_Bool(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Ptr(rpy_str), hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Ptr(rpy_str), hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Ptr(rpy_str), hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Ptr(rpy_str), hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Ptr(rpy_str), hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Ptr(rpy_str), hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Ptr(rpy_str) = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__ll_streq_rpy_str_rpy_str, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Ptr(rpy_str), hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Ptr(rpy_str), hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Ptr(rpy_str), hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_rpy_str_Func((Signed) -> Signed)_rpy_str_Signed_ll_streq_Bool, d_8, key_8, hash_8, FunctionDesc { Kind = Function, Name = rpython.rtyper.rstr.ll_streq, Function = <function rpython.rtyper.rstr.ll_streq>, UniqueName = rpython.rtyper.rstr.ll_streq }, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Ptr(rpy_str), hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), value: Ptr(Func((Signed) -> Signed)), f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
    v_28: Bool = int_eq(freeslot_7, -1)  # line 192
    v_29: Bool = same_as(v_28)  # line 192
    switch v_29
    False --> block4(d_9, key_9, hash_9, eq_9, store_9, indexes_7, entries_7, mask_7, i_7, perturb_7, freeslot_7)
    True --> block4(d_9, key_9, hash_9, eq_9, store_9, indexes_7, entries_7, mask_7, i_7, perturb_7, i_7)
block10(store_10: Bool, i_8: Signed, freeslot_8: Signed):
    v_30: Bool = same_as(store_10)  # line 186
    --> return(-1)

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

graph ll_listiter__listiter_array_tuple2_Signed_rpy_str_array_tuple2_Signed_rpy_str(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) })))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_tuple2_Signed_rpy_str(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_tuple2_Signed_rpy_str, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) })))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))) = direct_call(graph ll_items__array_tuple2_Signed_rpy_str, l_0)  # line 391
    v_8: Ptr(tuple2) = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [12, 13))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

graph ll_len__array_tuple2_Signed_rpy_str(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_tuple2_Signed_rpy_str(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(GcStruct tuple2 immutable { item0: Signed, item1: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }) })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_dict_getitem__dicttable_array_entry_Signed_Signed_Signed_None_None(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:351
block0(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Signed = direct_call(graph _ll_dict_find__dicttable_array_entry_Signed_Signed_Signed_None_None, d_0, key_0, None, None)  # line 352
    v_1: Bool = int_lt(v_0, 0)  # line 353
    v_2: Bool = same_as(v_1)  # line 353
    switch v_2
    False --> block1(d_0, v_0)
    True --> block2()
block1(d_1: Ptr(dicttable), index_0: Signed):
    v_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 355
    v_4: Signed = getinteriorfield(v_3, index_0, 'value')  # line 355
    --> return(v_4)
block2():
    v_5: Ptr(KeyError) = malloc(GcStruct KeyError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 354
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_7: Void = setfield(v_6, 'typeptr', vtable KeyError [10, 11))  # line 354
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 354
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 354
    --> raise(v_9, v_5)

graph _ll_dict_find__dicttable_array_entry_Signed_Signed_Signed_None_None(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void)  # rordereddict.py:218
block0(d_0: Ptr(dicttable), key_0: Signed, hash_0: Void, eq_0: Void):
    v_0: Void = direct_call(graph _ll_dict_ensure_index__dicttable_array_entry_Signed_Signed_None, d_0, None)  # line 220
    v_1: Signed = direct_call(graph ll_keyhash__None_Signed, None, key_0)  # line 221
    v_2: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_Signed_Signed_Signed_None_Bool, d_0, key_0, v_1, None, False)  # line 221
    --> return(v_2)

graph _ll_dict_ensure_index__dicttable_array_entry_Signed_Signed_None(d_0: Ptr(dicttable), hash_0: Void)  # rordereddict.py:160
block0(d_0: Ptr(dicttable), hash_0: Void):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 162
    v_1: Bool = ptr_nonzero(v_0)  # line 162
    switch v_1
    False --> block1(d_0, hash_0)
    True --> return(None)
block1(d_1: Ptr(dicttable), hash_1: Void):
    v_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_1, 'entries')  # line 164
    --> block2(d_1, hash_1, v_2, 0)
block2(d_2: Ptr(dicttable), hash_2: Void, entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_3: Signed = getfield(d_2, 'num_ever_used_items')  # line 166
    v_4: Bool = int_lt(i_0, v_3)  # line 166
    v_5: Bool = same_as(v_4)  # line 166
    switch v_5
    False --> block3(d_2)
    True --> block4(d_2, hash_2, entries_0, i_0)
block3(d_3: Ptr(dicttable)):
    v_6: Signed = getfield(d_3, 'num_live_items')  # line 170
    v_7: Signed = direct_call(graph _ll_dict_index_size__Signed, v_6)  # line 170
    v_8: Void = direct_call(graph _ll_dict_reindex__dicttable_array_entry_Signed_Signed_Signed, d_3, v_7)  # line 170
    --> return(None)
block4(d_4: Ptr(dicttable), hash_3: Void, entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_9: Signed = getinteriorfield(entries_1, i_1, 'key')  # line 167
    v_10: Signed = direct_call(graph ll_keyhash__None_Signed, None, v_9)  # line 167
    v_11: Void = setinteriorfield(entries_1, i_1, 'f_hash', v_10)  # line 167
    v_12: Void = setinteriorfield(entries_1, i_1, 'f_valid', True)  # line 168
    v_13: Signed = int_add(i_1, 1)  # line 169
    --> block2(d_4, hash_3, entries_1, v_13)

graph ll_keyhash__None_Signed(hash_0: Void, key_0: Signed)  # rordereddict.py:48
block0(hash_0: Void, key_0: Signed):
    v_0: Bool = same_as(True)  # line 49
    v_1: Bool = same_as(v_0)  # line 49
    --> return(key_0)

graph _ll_dict_reindex__dicttable_array_entry_Signed_Signed_Signed(d_0: Ptr(dicttable), size_0: Signed)  # rordereddict.py:131
block0(d_0: Ptr(dicttable), size_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', size_0)  # line 133
    v_1: Void = setfield(d_0, 'indexes', v_0)  # line 134
    v_2: Signed = int_mul(size_0, 2)  # line 135
    v_3: Signed = getfield(d_0, 'num_live_items')  # line 135
    v_4: Signed = int_mul(v_3, 3)  # line 135
    v_5: Signed = int_sub(v_2, v_4)  # line 135
    v_6: Void = setfield(d_0, 'resize_counter', v_5)  # line 135
    v_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 136
    --> block1(d_0, size_0, v_0, v_7, 0)
block1(d_1: Ptr(dicttable), size_1: Signed, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), i_0: Signed):
    v_8: Signed = getfield(d_1, 'num_ever_used_items')  # line 138
    v_9: Bool = int_lt(i_0, v_8)  # line 138
    v_10: Bool = same_as(v_9)  # line 138
    switch v_10
    False --> return(None)
    True --> block2(d_1, size_1, indexes_0, entries_0, i_0)
block2(d_2: Ptr(dicttable), size_2: Signed, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), i_1: Signed):
    v_11: Bool = getinteriorfield(entries_1, i_1, 'f_valid')  # line 139
    v_12: Bool = same_as(v_11)  # line 139
    switch v_12
    False --> block3(d_2, size_2, indexes_1, entries_1, i_1)
    True --> block4(d_2, size_2, indexes_1, entries_1, i_1)
block3(d_3: Ptr(dicttable), size_3: Signed, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), i_2: Signed):
    v_13: Signed = int_add(i_2, 1)  # line 141
    --> block1(d_3, size_3, indexes_2, entries_2, v_13)
block4(d_4: Ptr(dicttable), size_4: Signed, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), i_3: Signed):
    v_14: Signed = getinteriorfield(entries_3, i_3, 'f_hash')  # line 140
    v_15: Void = direct_call(graph _ll_dict_store_clean__array_Signed_Signed_Signed, indexes_3, v_14, i_3)  # line 140
    --> block3(d_4, size_4, indexes_3, entries_3, i_3)

graph _ll_dict_lookup__dicttable_array_entry_Signed_Signed_Signed_Signed_None_Bool(d_0: Ptr(dicttable), key_0: Signed, hash_0: Signed, eq_0: Void, store_0: Bool)  # rordereddict.py:173
block0(d_0: Ptr(dicttable), key_0: Signed, hash_0: Signed, eq_0: Void, store_0: Bool):
    v_0: Ptr(GcArray(Signed)) = getfield(d_0, 'indexes')  # line 177
    v_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_0, 'entries')  # line 178
    v_2: Signed = getarraysize(v_0)  # line 179
    v_3: Signed = int_sub(v_2, 1)  # line 179
    v_4: Signed = int_and(hash_0, v_3)  # line 180
    v_5: Unsigned = cast_int_to_uint(hash_0)  # line 181
    v_6: Unsigned = same_as(v_5)  # line 181
    --> block1(d_0, key_0, hash_0, eq_0, store_0, v_0, v_1, v_3, v_4, v_6, -1)
block1(d_1: Ptr(dicttable), key_1: Signed, hash_1: Signed, eq_1: Void, store_1: Bool, indexes_0: Ptr(GcArray(Signed)), entries_0: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), mask_0: Signed, i_0: Signed, perturb_0: Unsigned, freeslot_0: Signed):
    v_7: Signed = getarrayitem(indexes_0, i_0)  # line 184
    v_8: Bool = int_eq(v_7, 0)  # line 185
    v_9: Bool = same_as(v_8)  # line 185
    switch v_9
    False --> block2(d_1, key_1, hash_1, eq_1, store_1, indexes_0, entries_0, mask_0, i_0, perturb_0, freeslot_0, v_7)
    True --> block10(store_1, i_0, freeslot_0)
block2(d_2: Ptr(dicttable), key_2: Signed, hash_2: Signed, eq_2: Void, store_2: Bool, indexes_1: Ptr(GcArray(Signed)), entries_1: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), mask_1: Signed, i_1: Signed, perturb_1: Unsigned, freeslot_1: Signed, index_0: Signed):
    v_10: Bool = int_eq(index_0, 1)  # line 191
    v_11: Bool = same_as(v_10)  # line 191
    switch v_11
    False --> block3(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1, index_0)
    True --> block9(d_2, key_2, hash_2, eq_2, store_2, indexes_1, entries_1, mask_1, i_1, perturb_1, freeslot_1)
block3(d_3: Ptr(dicttable), key_3: Signed, hash_3: Signed, eq_3: Void, store_3: Bool, indexes_2: Ptr(GcArray(Signed)), entries_2: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), mask_2: Signed, i_2: Signed, perturb_2: Unsigned, freeslot_2: Signed, index_1: Signed):
    v_12: Signed = int_sub(index_1, 2)  # line 195
    v_13: Signed = getinteriorfield(entries_2, v_12, 'f_hash')  # line 196
    v_14: Bool = int_eq(v_13, hash_3)  # line 196
    v_15: Bool = same_as(v_14)  # line 196
    switch v_15
    False --> block4(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2)
    True --> block5(d_3, key_3, hash_3, eq_3, store_3, indexes_2, entries_2, mask_2, i_2, perturb_2, freeslot_2, v_12)
block4(d_4: Ptr(dicttable), key_4: Signed, hash_4: Signed, eq_4: Void, store_4: Bool, indexes_3: Ptr(GcArray(Signed)), entries_3: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), mask_3: Signed, i_3: Signed, perturb_3: Unsigned, freeslot_3: Signed):
    v_16: Unsigned = uint_rshift(perturb_3, 5)  # line 202
    v_17: Signed = direct_call(graph _ll_next_slot__Signed_Unsigned_Signed, i_3, v_16, mask_3)  # line 203
    --> block1(d_4, key_4, hash_4, eq_4, store_4, indexes_3, entries_3, mask_3, v_17, v_16, freeslot_3)
block5(d_5: Ptr(dicttable), key_5: Signed, hash_5: Signed, eq_5: Void, store_5: Bool, indexes_4: Ptr(GcArray(Signed)), entries_4: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), mask_4: Signed, i_4: Signed, perturb_4: Unsigned, freeslot_4: Signed, index_2: Signed):
    v_18: Signed = getinteriorfield(entries_4, index_2, 'key')  # line 197
    v_19: Bool = direct_call(graph ll_keyeq__None_Signed_Signed, None, v_18, key_5)  # line 197
    v_20: Ptr(GcArray(Signed)) = getfield(d_5, 'indexes')  # line 198
    v_21: Bool = ptr_ne(v_20, indexes_4)  # line 198
    v_22: Bool = same_as(v_21)  # line 198
    switch v_22
    False --> block6(d_5, key_5, hash_5, eq_5, store_5, indexes_4, entries_4, mask_4, i_4, perturb_4, freeslot_4, index_2, v_19)
    True --> block8(d_5, key_5, hash_5, eq_5, store_5)
block6(d_6: Ptr(dicttable), key_6: Signed, hash_6: Signed, eq_6: Void, store_6: Bool, indexes_5: Ptr(GcArray(Signed)), entries_5: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), mask_5: Signed, i_5: Signed, perturb_5: Unsigned, freeslot_5: Signed, index_3: Signed, found_0: Bool):
    v_23: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })) = getfield(d_6, 'entries')  # line 198
    v_24: Bool = ptr_ne(v_23, entries_5)  # line 198
    v_25: Bool = same_as(v_24)  # line 198
    switch v_25
    False --> block7(d_6, key_6, hash_6, eq_6, store_6, indexes_5, entries_5, mask_5, i_5, perturb_5, freeslot_5, index_3, found_0)
    True --> block8(d_6, key_6, hash_6, eq_6, store_6)
block7(d_7: Ptr(dicttable), key_7: Signed, hash_7: Signed, eq_7: Void, store_7: Bool, indexes_6: Ptr(GcArray(Signed)), entries_6: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), mask_6: Signed, i_6: Signed, perturb_6: Unsigned, freeslot_6: Signed, index_4: Signed, found_1: Bool):
    v_26: Bool = same_as(found_1)  # line 200
    switch v_26
    False --> block4(d_7, key_7, hash_7, eq_7, store_7, indexes_6, entries_6, mask_6, i_6, perturb_6, freeslot_6)
    True --> return(index_4)
block8(d_8: Ptr(dicttable), key_8: Signed, hash_8: Signed, eq_8: Void, store_8: Bool):
    v_27: Signed = direct_call(graph _ll_dict_lookup__dicttable_array_entry_Signed_Signed_Signed_Signed_None_Bool, d_8, key_8, hash_8, None, store_8)  # line 199
    --> return(v_27)
block9(d_9: Ptr(dicttable), key_9: Signed, hash_9: Signed, eq_9: Void, store_9: Bool, indexes_7: Ptr(GcArray(Signed)), entries_7: Ptr(GcArray(Struct odictentry { key: Signed, value: Signed, f_hash: Signed, f_valid: Bool })), mask_7: Signed, i_7: Signed, perturb_7: Unsigned, freeslot_7: Signed):
    v_28: Bool = int_eq(freeslot_7, -1)  # line 192
    v_29: Bool = same_as(v_28)  # line 192
    switch v_29
    False --> block4(d_9, key_9, hash_9, eq_9, store_9, indexes_7, entries_7, mask_7, i_7, perturb_7, freeslot_7)
    True --> block4(d_9, key_9, hash_9, eq_9, store_9, indexes_7, entries_7, mask_7, i_7, perturb_7, i_7)
block10(store_10: Bool, i_8: Signed, freeslot_8: Signed):
    v_30: Bool = same_as(store_10)  # line 186
    --> return(-1)

graph ll_keyeq__None_Signed_Signed(eq_0: Void, key1_0: Signed, key2_0: Signed)  # rordereddict.py:54
block0(eq_0: Void, key1_0: Signed, key2_0: Signed):
    v_0: Bool = same_as(True)  # line 55
    v_1: Bool = same_as(v_0)  # line 55
    --> block1(key1_0, key2_0)
block1(key1_1: Signed, key2_1: Signed):
    v_2: Bool = int_eq(key1_1, key2_1)  # line 56
    --> return(v_2)

graph ll_getitem_nonneg__array_dispatch_and_prebuilt.Shape_Signed(l_0: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }))), index_0: Signed)  # rlist.py:67
block0(l_0: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }))), index_0: Signed):
    v_0: Signed = direct_call(graph ll_len__array_dispatch_and_prebuilt.Shape, l_0)  # line 68
    v_1: Bool = int_ge(index_0, v_0)  # line 68
    v_2: Bool = same_as(v_1)  # line 68
    switch v_2
    False --> block1(l_0, index_0)
    True --> block2()
block1(l_1: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }))), index_1: Signed):
    v_3: Ptr(GcArray(Ptr(GcStruct dispatch_and_prebuilt.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sides: Signed, inst_size: Signed }))) = direct_call(graph ll_items__array_dispatch_and_prebuilt.Shape, l_1)  # line 70
    v_4: Ptr(dispatch_and_prebuilt.Shape) = getarrayitem(v_3, index_1)  # line 70
    --> return(v_4)
block2():
    v_5: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 69
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_7: Void = setfield(v_6, 'typeptr', vtable IndexError [9, 10))  # line 69
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 69
    --> raise(v_9, v_5)
