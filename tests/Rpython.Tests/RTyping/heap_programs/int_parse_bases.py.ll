graph main(n_0: Signed)  # int_parse_bases.py:15
block0(n_0: Signed):
    v_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = direct_call(graph ll_newlist__array_rpy_str_Signed, Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), 26)  # line 16
    v_1: Void = setarrayitem(v_0, 0, '0x1F')  # line 16
    v_2: Void = setarrayitem(v_0, 1, '0X1f')  # line 16
    v_3: Void = setarrayitem(v_0, 2, '-0xff')  # line 16
    v_4: Void = setarrayitem(v_0, 3, '+0o17')  # line 16
    v_5: Void = setarrayitem(v_0, 4, '0b101')  # line 16
    v_6: Void = setarrayitem(v_0, 5, '0B_1_0')  # line 16
    v_7: Void = setarrayitem(v_0, 6, '0x_ff')  # line 16
    v_8: Void = setarrayitem(v_0, 7, '0x__ff')  # line 16
    v_9: Void = setarrayitem(v_0, 8, '0x')  # line 16
    v_10: Void = setarrayitem(v_0, 9, '0x_')  # line 16
    v_11: Void = setarrayitem(v_0, 10, '0o8')  # line 16
    v_12: Void = setarrayitem(v_0, 11, 'ff')  # line 16
    v_13: Void = setarrayitem(v_0, 12, '010')  # line 16
    v_14: Void = setarrayitem(v_0, 13, '00')  # line 16
    v_15: Void = setarrayitem(v_0, 14, '0_0')  # line 16
    v_16: Void = setarrayitem(v_0, 15, '0')  # line 16
    v_17: Void = setarrayitem(v_0, 16, '1_000')  # line 16
    v_18: Void = setarrayitem(v_0, 17, '_1')  # line 16
    v_19: Void = setarrayitem(v_0, 18, '1__0')  # line 16
    v_20: Void = setarrayitem(v_0, 19, '12')  # line 16
    v_21: Void = setarrayitem(v_0, 20, ' 7 ')  # line 16
    v_22: Void = setarrayitem(v_0, 21, 'z')  # line 16
    v_23: Void = setarrayitem(v_0, 22, 'Z')  # line 16
    v_24: Void = setarrayitem(v_0, 23, '0b')  # line 16
    v_25: Void = setarrayitem(v_0, 24, '0b2')  # line 16
    v_26: Void = setarrayitem(v_0, 25, '')  # line 16
    v_27: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 18
    v_28: Ptr(GcArray(Signed)) = direct_call(graph ll_newlist__array_Signed_Signed, Ptr(GcArray(Signed)), 9)  # line 19
    v_29: Void = setarrayitem(v_28, 0, 0)  # line 19
    v_30: Void = setarrayitem(v_28, 1, 2)  # line 19
    v_31: Void = setarrayitem(v_28, 2, 8)  # line 19
    v_32: Void = setarrayitem(v_28, 3, 10)  # line 19
    v_33: Void = setarrayitem(v_28, 4, 16)  # line 19
    v_34: Void = setarrayitem(v_28, 5, 36)  # line 19
    v_35: Void = setarrayitem(v_28, 6, 1)  # line 19
    v_36: Void = setarrayitem(v_28, 7, 37)  # line 19
    v_37: Void = setarrayitem(v_28, 8, n_0)  # line 19
    v_38: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_Signed_array_Signed, Ptr(GcStruct listiter { list: Ptr(GcArray(Signed)), index: Signed }), v_28)  # line 19
    --> block1(n_0, v_0, v_27, v_38)
block1(n_1: Signed, texts_0: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), parts_0: Ptr(list), iter35_0: Ptr(listiter)):
    v_39: Signed = direct_call(graph ll_listnext__listiter_array_Signed, iter35_0)  # line 19
    no exception --> block2(v_39, iter35_0, n_1, texts_0, parts_0)
    StopIteration --> block6(parts_0)
block2(item_0: Signed, iter35_1: Ptr(listiter), n_2: Signed, texts_1: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), parts_1: Ptr(list)):
    v_40: Ptr(list) = direct_call(graph ll_newlist__list_array_rpy_str_Signed, Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) }), 0)  # line 20
    v_41: Ptr(listiter) = direct_call(graph ll_listiter__listiter_array_rpy_str_array_rpy_str, Ptr(GcStruct listiter { list: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), index: Signed }), texts_1)  # line 21
    --> block3(n_2, texts_1, parts_1, item_0, v_40, iter35_1, v_41)
block3(n_3: Signed, texts_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), parts_2: Ptr(list), base_0: Signed, row_0: Ptr(list), iter35_2: Ptr(listiter), iter36_0: Ptr(listiter)):
    v_42: Ptr(rpy_str) = direct_call(graph ll_listnext__listiter_array_rpy_str, iter36_0)  # line 21
    no exception --> block4(v_42, iter35_2, iter36_0, n_3, texts_2, parts_2, base_0, row_0)
    StopIteration --> block5(n_3, texts_2, parts_2, row_0, iter35_2)
block4(item_1: Ptr(rpy_str), iter35_3: Ptr(listiter), iter36_1: Ptr(listiter), n_4: Signed, texts_3: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), parts_3: Ptr(list), base_1: Signed, row_1: Ptr(list)):
    v_43: Ptr(list) = same_as(row_1)  # line 22
    v_44: Ptr(rpy_str) = direct_call(graph parse, item_1, base_1)  # line 22
    v_45: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_43, v_44)  # line 22
    --> block3(n_4, texts_3, parts_3, base_1, row_1, iter35_3, iter36_1)
block5(n_5: Signed, texts_4: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))), parts_4: Ptr(list), row_2: Ptr(list), iter35_4: Ptr(listiter)):
    v_46: Ptr(list) = same_as(parts_4)  # line 23
    v_47: UniChar = same_as(32)  # line 23
    v_48: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_47)  # line 23
    v_49: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_48, row_2)  # line 23
    v_50: Void = direct_call(graph ll_append__list_array_rpy_str_rpy_str, v_46, v_49)  # line 23
    --> block1(n_5, texts_4, parts_4, iter35_4)
block6(parts_5: Ptr(list)):
    v_51: UniChar = same_as(10)  # line 24
    v_52: Ptr(rpy_str) = direct_call(graph ll_chr2str__UniChar, v_51)  # line 24
    v_53: Ptr(rpy_str) = direct_call(graph ll_join__rpy_str_list_array_rpy_str, v_52, parts_5)  # line 24
    --> return(v_53)

graph parse(text_0: Ptr(rpy_str), base_0: Signed)  # int_parse_bases.py:6
block0(text_0: Ptr(rpy_str), base_0: Signed):
    v_0: Signed = direct_call(graph ll_str2int__rpy_str_Signed, text_0, base_0)  # line 8
    no exception --> block1(v_0)
    Exception --> block2(last_exception_0, last_exc_value_0)
block1(t4_0: Signed):
    v_1: Ptr(rpy_str) = direct_call(graph ll_int2dec__Signed, t4_0)  # line 8
    v_2: Ptr(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }))) = malloc_varsize(GcArray(Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })), 'gc', 1)  # line 8
    v_3: Void = setarrayitem(v_2, 0, v_1)  # line 8
    v_4: Ptr(rpy_str) = direct_call(graph ll_join_strs__Signed_array_rpy_str, 1, v_2)  # line 8
    no exception --> return(v_4)
    Exception --> block2(last_exception_1, last_exc_value_1)
block2(v_5: Ptr(object_vtable), v_6: Ptr(Exception)):
    v_7: Ptr(BaseException) = cast_pointer(v_6)  # line 9
    v_8: Ptr(object_vtable) = getfield(v_7, 'typeptr')  # line 9
    v_9: Signed = getfield(v_8, 'subclassrange_min')  # line 9
    v_10: Bool = int_between(3, v_9, 4)  # line 9
    v_11: Bool = same_as(v_10)  # line 9
    v_12: Bool = same_as(v_11)  # line 9
    switch v_12
    False --> block3(v_5, v_6)
    True --> return('ValueError')
block3(t7_0: Ptr(object_vtable), t8_0: Ptr(Exception)):
    v_13: Ptr(BaseException) = cast_pointer(t8_0)  # line 11
    v_14: Ptr(object_vtable) = getfield(v_13, 'typeptr')  # line 11
    v_15: Signed = getfield(v_14, 'subclassrange_min')  # line 11
    v_16: Bool = int_between(5, v_15, 6)  # line 11
    v_17: Bool = same_as(v_16)  # line 11
    v_18: Bool = same_as(v_17)  # line 11
    switch v_18
    False --> raise(t7_0, t8_0)
    True --> return('OverflowError')

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

graph ll_newlist__array_Signed_Signed(LIST_0: Void, length_0: Signed)  # rlist.py:37
block0(LIST_0: Void, length_0: Signed):
    v_0: Bool = same_as(True)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    --> block1(LIST_0, length_0)
block1(LIST_1: Void, length_1: Signed):
    v_2: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', length_1)  # line 39
    --> return(v_2)

graph ll_listiter__listiter_array_Signed_array_Signed(ITER_0: Void, l_0: Ptr(GcArray(Signed)))  # rlist.py:325
block0(ITER_0: Void, l_0: Ptr(GcArray(Signed))):
    v_0: Ptr(listiter) = malloc(GcStruct listiter { list: Ptr(GcArray(Signed)), index: Signed }, 'gc')  # line 326
    v_1: Void = setfield(v_0, 'list', l_0)  # line 327
    v_2: Void = setfield(v_0, 'index', 0)  # line 328
    --> return(v_0)

graph ll_listnext__listiter_array_Signed(it_0: Ptr(listiter))  # rlist.py:385
block0(it_0: Ptr(listiter)):
    v_0: Signed = getfield(it_0, 'index')  # line 386
    v_1: Ptr(GcArray(Signed)) = getfield(it_0, 'list')  # line 387
    v_2: Signed = direct_call(graph ll_len__array_Signed, v_1)  # line 388
    v_3: Bool = int_ge(v_0, v_2)  # line 388
    v_4: Bool = same_as(v_3)  # line 388
    switch v_4
    False --> block1(it_0, v_0, v_1)
    True --> block2()
block1(it_1: Ptr(listiter), index_0: Signed, l_0: Ptr(GcArray(Signed))):
    v_5: Signed = int_add(index_0, 1)  # line 390
    v_6: Void = setfield(it_1, 'index', v_5)  # line 390
    v_7: Ptr(GcArray(Signed)) = direct_call(graph ll_items__array_Signed, l_0)  # line 391
    v_8: Signed = getarrayitem(v_7, index_0)  # line 391
    --> return(v_8)
block2():
    v_9: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 389
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_11: Void = setfield(v_10, 'typeptr', vtable StopIteration [10, 11))  # line 389
    v_12: Ptr(BaseException) = cast_pointer(v_9)  # line 389
    v_13: Ptr(object_vtable) = getfield(v_12, 'typeptr')  # line 389
    --> raise(v_13, v_9)

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
    v_31: Void = setfield(v_30, 'typeptr', vtable OverflowError [5, 6))  # line 961
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
    v_45: Void = setfield(v_44, 'typeptr', vtable ValueError [3, 4))  # line 957
    v_46: Ptr(BaseException) = cast_pointer(v_43)  # line 957
    v_47: Ptr(object_vtable) = getfield(v_46, 'typeptr')  # line 957
    --> block21(v_47, v_43)
block21(v_48: Ptr(object_vtable), v_49: Ptr(ValueError)):
    v_50: Ptr(Exception) = cast_pointer(v_49)  # line 957
    --> raise(v_48, v_50)
block22():
    v_51: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 955
    v_52: Ptr(BaseException) = cast_pointer(v_51)  # line 955
    v_53: Void = setfield(v_52, 'typeptr', vtable ValueError [3, 4))  # line 955
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
    v_78: Void = setfield(v_77, 'typeptr', vtable ValueError [3, 4))  # line 943
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
    v_109: Void = setfield(v_108, 'typeptr', vtable OverflowError [5, 6))  # line 950
    v_110: Ptr(BaseException) = cast_pointer(v_107)  # line 950
    v_111: Ptr(object_vtable) = getfield(v_110, 'typeptr')  # line 950
    --> block39(v_111, v_107)
block39(v_112: Ptr(object_vtable), v_113: Ptr(OverflowError)):
    v_114: Ptr(Exception) = cast_pointer(v_113)  # line 950
    --> raise(v_112, v_114)
block40():
    v_115: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 945
    v_116: Ptr(BaseException) = cast_pointer(v_115)  # line 945
    v_117: Void = setfield(v_116, 'typeptr', vtable ValueError [3, 4))  # line 945
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
    v_134: Void = setfield(v_133, 'typeptr', vtable ValueError [3, 4))  # line 931
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
    v_143: Void = setfield(v_142, 'typeptr', vtable ValueError [3, 4))  # line 922
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
    v_211: Void = setfield(v_210, 'typeptr', vtable ValueError [3, 4))  # line 892
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
