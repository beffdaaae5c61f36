graph main(n_0: Signed)  # lists.py:15
block0(n_0: Signed):
    v_0: Ptr(list) = direct_call(graph build, n_0)  # line 16
    v_1: Void = direct_call(graph ll_setitem_nonneg__list_array_Signed_Signed_Signed, v_0, 0, n_0)  # line 17
    v_2: Ptr(list) = same_as(v_0)  # line 18
    v_3: Void = direct_call(graph ll_insert__list_array_Signed_Signed_Signed, v_2, 1, 5)  # line 18
    v_4: Ptr(list) = same_as(v_0)  # line 19
    v_5: Signed = direct_call(graph ll_pop_default__list_array_Signed, v_4)  # line 19
    v_6: Ptr(list) = same_as(v_0)  # line 20
    v_7: Signed = direct_call(graph ll_pop__list_array_Signed_Signed, v_6, 0)  # line 20
    v_8: Signed = direct_call(graph ll_len__list_array_Signed, v_0)  # line 21
    v_9: Bool = direct_call(graph ll_contains__list_array_Signed_Signed_None, v_0, 4, None)  # line 22
    v_10: Bool = same_as(v_9)  # line 22
    switch v_10
    False --> block1(n_0, v_0, v_5, v_7, v_8)
    True --> block4(n_0, v_0, v_5, v_7, v_8)
block1(n_1: Signed, items_0: Ptr(list), last_0: Signed, first_0: Signed, count_0: Signed):
    v_11: Signed = int_add(n_1, 1)  # line 24
    v_12: Signed = int_add(n_1, 2)  # line 24
    v_13: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 3)  # line 24
    v_14: Void = setarrayitem(v_13, 0, n_1)  # line 24
    v_15: Void = setarrayitem(v_13, 1, v_11)  # line 24
    v_16: Void = setarrayitem(v_13, 2, v_12)  # line 24
    v_17: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 2)  # line 25
    v_18: Void = setarrayitem(v_17, 0, 9)  # line 25
    v_19: Void = setarrayitem(v_17, 1, 9)  # line 25
    v_20: Ptr(GcArray(Signed)) = direct_call(graph ll_concat__array_Signed_list_array_Signed_array_Signed, Ptr(GcArray(Signed)), items_0, v_17)  # line 25
    v_21: Signed = direct_call(graph ll_getitem__list_array_Signed_Signed, items_0, n_1)  # line 27
    no exception --> block2(items_0, last_0, first_0, count_0, v_13, v_20, v_21)
    Exception --> block3(items_0, last_0, first_0, count_0, v_13, v_20, last_exception_0, last_exc_value_0)
block2(items_1: Ptr(list), last_1: Signed, first_1: Signed, count_1: Signed, fixed_0: Ptr(GcArray(Signed)), other_0: Ptr(GcArray(Signed)), bad_0: Signed):
    v_22: Signed = direct_call(graph total, items_1)  # line 30
    v_23: Signed = int_mul(v_22, 1000)  # line 30
    v_24: Signed = int_mul(count_1, 10)  # line 30
    v_25: Signed = int_add(v_23, v_24)  # line 30
    v_26: Signed = direct_call(graph ll_getitem__array_Signed_Signed, fixed_0, -1)  # line 30
    v_27: Signed = int_add(v_25, v_26)  # line 30
    v_28: Signed = int_add(v_27, last_1)  # line 30
    v_29: Signed = int_add(v_28, first_1)  # line 30
    v_30: Signed = direct_call(graph ll_len__array_Signed, other_0)  # line 30
    v_31: Signed = int_add(v_29, v_30)  # line 30
    v_32: Signed = int_add(v_31, bad_0)  # line 30
    v_33: Ptr(list) = direct_call(graph ll_slice__list_array_Signed_list_array_Signed_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), items_1, 1, 3)  # line 30
    v_34: Signed = direct_call(graph total, v_33)  # line 30
    v_35: Signed = int_add(v_32, v_34)  # line 30
    --> return(v_35)
block3(items_2: Ptr(list), last_2: Signed, first_2: Signed, count_2: Signed, fixed_1: Ptr(GcArray(Signed)), other_1: Ptr(GcArray(Signed)), v_36: Ptr(object_vtable), v_37: Ptr(Exception)):
    v_38: Ptr(BaseException) = cast_pointer(v_37)  # line 28
    v_39: Ptr(object_vtable) = getfield(v_38, 'typeptr')  # line 28
    v_40: Signed = getfield(v_39, 'subclassrange_min')  # line 28
    v_41: Bool = int_between(4, v_40, 5)  # line 28
    v_42: Bool = same_as(v_41)  # line 28
    v_43: Bool = same_as(v_42)  # line 28
    switch v_43
    False --> raise(v_36, v_37)
    True --> block2(items_2, last_2, first_2, count_2, fixed_1, other_1, -1)
block4(n_2: Signed, items_3: Ptr(list), last_3: Signed, first_3: Signed, count_3: Signed):
    v_44: Signed = int_add(count_3, 100)  # line 23
    --> block1(n_2, items_3, last_3, first_3, v_44)

graph build(n_0: Signed)  # lists.py:1
block0(n_0: Signed):
    v_0: Ptr(list) = direct_call(graph ll_newlist__list_array_Signed_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), 3)  # line 2
    v_1: Ptr(GcArray(Signed)) = getfield(v_0, 'items')  # line 2
    v_2: Void = setarrayitem(v_1, 0, 3)  # line 2
    v_3: Void = setarrayitem(v_1, 1, 1)  # line 2
    v_4: Void = setarrayitem(v_1, 2, 4)  # line 2
    v_5: Signed = int_mod(n_0, 7)  # line 3
    v_6: Bool = int_ne(v_5, 0)  # line 3
    v_7: Signed = int_xor(v_5, 7)  # line 3
    v_8: Bool = int_lt(v_7, 0)  # line 3
    v_9: Signed = cast_bool_to_int(v_6)  # line 3
    v_10: Signed = cast_bool_to_int(v_8)  # line 3
    v_11: Signed = int_and(v_9, v_10)  # line 3
    v_12: Signed = int_mul(v_11, 7)  # line 3
    v_13: Signed = int_add(v_5, v_12)  # line 3
    v_14: Ptr(GcArray(Signed)) = same_as(None)  # line 3
    v_15: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, v_13)  # line 3
    --> block1(n_0, v_0, v_15)
block1(n_1: Signed, items_0: Ptr(list), iter7_0: Ptr(rangeiter)):
    v_16: Signed = direct_call(graph ll_rangenext__rangeiter, iter7_0)  # line 3
    no exception --> block2(v_16, iter7_0, n_1, items_0)
    StopIteration --> return(items_0)
block2(item_0: Signed, iter7_1: Ptr(rangeiter), n_2: Signed, items_1: Ptr(list)):
    v_17: Ptr(list) = same_as(items_1)  # line 4
    v_18: Signed = int_mul(item_0, n_2)  # line 4
    v_19: Void = direct_call(graph ll_append__list_array_Signed_Signed, v_17, v_18)  # line 4
    --> block1(n_2, items_1, iter7_1)

graph total(items_0: Ptr(list))  # lists.py:8
block0(items_0: Ptr(list)):
    v_0: Ptr(listiter) = direct_call(graph ll_listiter__listiter_list_array_Signed_list_array_Signed, Ptr(GcStruct listiter { list: Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) }), index: Signed }), items_0)  # line 10
    --> block1(items_0, 0, v_0)
block1(items_1: Ptr(list), s_0: Signed, iter0_0: Ptr(listiter)):
    v_1: Signed = direct_call(graph ll_listnext__listiter_list_array_Signed, iter0_0)  # line 10
    no exception --> block2(v_1, iter0_0, items_1, s_0)
    StopIteration --> return(s_0)
block2(item_0: Signed, iter0_1: Ptr(listiter), items_2: Ptr(list), s_1: Signed):
    v_2: Signed = int_add(s_1, item_0)  # line 11
    --> block1(items_2, v_2, iter0_1)

graph ll_setitem_nonneg__list_array_Signed_Signed_Signed(l_0: Ptr(list), index_0: Signed, newitem_0: Signed)  # rlist.py:73
block0(l_0: Ptr(list), index_0: Signed, newitem_0: Signed):
    v_0: Signed = direct_call(graph ll_len__list_array_Signed, l_0)  # line 74
    v_1: Bool = int_ge(index_0, v_0)  # line 74
    v_2: Bool = same_as(v_1)  # line 74
    switch v_2
    False --> block1(l_0, index_0, newitem_0)
    True --> block2()
block1(l_1: Ptr(list), index_1: Signed, newitem_1: Signed):
    v_3: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_1)  # line 76
    v_4: Void = setarrayitem(v_3, index_1, newitem_1)  # line 76
    --> return(None)
block2():
    v_5: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 75
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 75
    v_7: Void = setfield(v_6, 'typeptr', vtable IndexError [4, 5))  # line 75
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 75
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 75
    --> raise(v_9, v_5)

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
    v_10: Void = setfield(v_9, 'typeptr', vtable IndexError [4, 5))  # line 451
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
    v_8: Void = setfield(v_7, 'typeptr', vtable IndexError [4, 5))  # line 55
    v_9: Ptr(BaseException) = cast_pointer(v_6)  # line 55
    v_10: Ptr(object_vtable) = getfield(v_9, 'typeptr')  # line 55
    --> raise(v_10, v_6)
block4(index_3: Signed, length_3: Signed):
    v_11: Signed = int_add(index_3, length_3)  # line 53
    --> block1(v_11, length_3)

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

graph ll_contains__list_array_Signed_Signed_None(l_0: Ptr(list), x_0: Signed, eq_0: Void)  # rlist.py:192
block0(l_0: Ptr(list), x_0: Signed, eq_0: Void):
    v_0: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_0)  # line 193
    --> block1(l_0, x_0, eq_0, v_0, 0)
block1(l_1: Ptr(list), x_1: Signed, eq_1: Void, items_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_1: Signed = direct_call(graph ll_len__list_array_Signed, l_1)  # line 195
    v_2: Bool = int_lt(i_0, v_1)  # line 195
    v_3: Bool = same_as(v_2)  # line 195
    switch v_3
    False --> return(False)
    True --> block2(l_1, x_1, eq_1, items_0, i_0)
block2(l_2: Ptr(list), x_2: Signed, eq_2: Void, items_1: Ptr(GcArray(Signed)), i_1: Signed):
    v_4: Signed = getarrayitem(items_1, i_1)  # line 196
    v_5: Bool = direct_call(graph _ll_equal__None_Signed_Signed, None, v_4, x_2)  # line 196
    v_6: Bool = same_as(v_5)  # line 196
    switch v_6
    False --> block3(l_2, x_2, eq_2, items_1, i_1)
    True --> return(True)
block3(l_3: Ptr(list), x_3: Signed, eq_3: Void, items_2: Ptr(GcArray(Signed)), i_2: Signed):
    v_7: Signed = int_add(i_2, 1)  # line 198
    --> block1(l_3, x_3, eq_3, items_2, v_7)

graph _ll_equal__None_Signed_Signed(eq_0: Void, x_0: Signed, y_0: Signed)  # rlist.py:176
block0(eq_0: Void, x_0: Signed, y_0: Signed):
    v_0: Bool = same_as(True)  # line 177
    v_1: Bool = same_as(v_0)  # line 177
    --> block1(x_0, y_0)
block1(x_1: Signed, y_1: Signed):
    v_2: Bool = int_eq(x_1, y_1)  # line 178
    --> return(v_2)

graph ll_newlist__array_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_concat__array_Signed_list_array_Signed_array_Signed(LIST_0: Void, l1_0: Ptr(list), l2_0: Ptr(GcArray(Signed)))  # rlist.py:110
block0(LIST_0: Void, l1_0: Ptr(list), l2_0: Ptr(GcArray(Signed))):
    v_0: Signed = direct_call(graph ll_len__list_array_Signed, l1_0)  # line 111
    v_1: Signed = direct_call(graph ll_len__array_Signed, l2_0)  # line 112
    v_2: Signed = int_add(v_0, v_1)  # line 113
    v_3: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), v_2)  # line 113
    v_4: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, v_3)  # line 114
    v_5: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l1_0)  # line 115
    v_6: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l2_0)  # line 116
    --> block1(LIST_0, l1_0, l2_0, v_0, v_1, v_3, v_4, v_5, v_6, 0)
block1(LIST_1: Void, l1_1: Ptr(list), l2_1: Ptr(GcArray(Signed)), len1_0: Signed, len2_0: Signed, res_0: Ptr(GcArray(Signed)), items_0: Ptr(GcArray(Signed)), items1_0: Ptr(GcArray(Signed)), items2_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_7: Bool = int_lt(i_0, len1_0)  # line 118
    v_8: Bool = same_as(v_7)  # line 118
    switch v_8
    False --> block2(LIST_1, l1_1, l2_1, len1_0, len2_0, res_0, items_0, items1_0, items2_0, 0)
    True --> block4(LIST_1, l1_1, l2_1, len1_0, len2_0, res_0, items_0, items1_0, items2_0, i_0)
block2(LIST_2: Void, l1_2: Ptr(list), l2_2: Ptr(GcArray(Signed)), len1_1: Signed, len2_1: Signed, res_1: Ptr(GcArray(Signed)), items_1: Ptr(GcArray(Signed)), items1_1: Ptr(GcArray(Signed)), items2_1: Ptr(GcArray(Signed)), i_1: Signed):
    v_9: Bool = int_lt(i_1, len2_1)  # line 122
    v_10: Bool = same_as(v_9)  # line 122
    switch v_10
    False --> return(res_1)
    True --> block3(LIST_2, l1_2, l2_2, len1_1, len2_1, res_1, items_1, items1_1, items2_1, i_1)
block3(LIST_3: Void, l1_3: Ptr(list), l2_3: Ptr(GcArray(Signed)), len1_2: Signed, len2_2: Signed, res_2: Ptr(GcArray(Signed)), items_2: Ptr(GcArray(Signed)), items1_2: Ptr(GcArray(Signed)), items2_2: Ptr(GcArray(Signed)), i_2: Signed):
    v_11: Signed = getarrayitem(items2_2, i_2)  # line 123
    v_12: Signed = int_add(len1_2, i_2)  # line 123
    v_13: Void = setarrayitem(items_2, v_12, v_11)  # line 123
    v_14: Signed = int_add(i_2, 1)  # line 124
    --> block2(LIST_3, l1_3, l2_3, len1_2, len2_2, res_2, items_2, items1_2, items2_2, v_14)
block4(LIST_4: Void, l1_4: Ptr(list), l2_4: Ptr(GcArray(Signed)), len1_3: Signed, len2_3: Signed, res_3: Ptr(GcArray(Signed)), items_3: Ptr(GcArray(Signed)), items1_3: Ptr(GcArray(Signed)), items2_3: Ptr(GcArray(Signed)), i_3: Signed):
    v_15: Signed = getarrayitem(items1_3, i_3)  # line 119
    v_16: Void = setarrayitem(items_3, i_3, v_15)  # line 119
    v_17: Signed = int_add(i_3, 1)  # line 120
    --> block1(LIST_4, l1_4, l2_4, len1_3, len2_3, res_3, items_3, items1_3, items2_3, v_17)

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

graph ll_getitem__list_array_Signed_Signed(l_0: Ptr(list), index_0: Signed)  # rlist.py:59
block0(l_0: Ptr(list), index_0: Signed):
    v_0: Ptr(GcArray(Signed)) = direct_call(graph ll_items__list_array_Signed, l_0)  # line 60
    v_1: Signed = direct_call(graph ll_len__list_array_Signed, l_0)  # line 60
    v_2: Signed = direct_call(graph _ll_index__Signed_Signed, index_0, v_1)  # line 60
    v_3: Signed = getarrayitem(v_0, v_2)  # line 60
    --> return(v_3)

graph ll_getitem__array_Signed_Signed(l_0: Ptr(GcArray(Signed)), index_0: Signed)  # rlist.py:59
block0(l_0: Ptr(GcArray(Signed)), index_0: Signed):
    v_0: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l_0)  # line 60
    v_1: Signed = direct_call(graph ll_len__array_Signed, l_0)  # line 60
    v_2: Signed = direct_call(graph _ll_index__Signed_Signed, index_0, v_1)  # line 60
    v_3: Signed = getarrayitem(v_0, v_2)  # line 60
    --> return(v_3)

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
