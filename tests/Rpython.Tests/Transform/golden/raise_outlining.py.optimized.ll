graph main(n_0: Signed)  # raise_outlining.py:19
block0(n_0: Signed):
    v_0: Ptr(GcArray(Signed)) = malloc_varsize(GcArray(Signed), 'gc', 3)  # line 39
    etype_0: Ptr(object_vtable) = getfield(<exc_data>, 'exc_type')
    raised_0: Bool = ptr_nonzero(etype_0)
    switch raised_0
    False --> block1(v_0, n_0)
    True --> return(0)
block1(v_1: Ptr(GcArray(Signed)), n_1: Signed):
    v_2: Void = setarrayitem(v_1, 0, 1)  # line 20
    v_3: Void = setarrayitem(v_1, 1, 2)  # line 20
    v_4: Void = setarrayitem(v_1, 2, 3)  # line 20
    v_5: Signed = getarraysize(v_1)  # line 33
    v_6: Bool = int_lt(n_1, 0)  # line 52
    switch v_6
    False --> block2(n_1, v_5, v_1, n_1)
    True --> block18(n_1, v_5, v_1)
block2(index_0: Signed, length_0: Signed, l_0: Ptr(GcArray(Signed)), n_2: Signed):
    v_7: Bool = int_ge(index_0, length_0)  # line 54
    switch v_7
    False --> block3(l_0, index_0, n_2)
    True --> block11(n_2, l_0)
block3(v_8: Ptr(GcArray(Signed)), v_9: Signed, n_3: Signed):
    v_10: Signed = getarrayitem(v_8, v_9)  # line 60
    --> block4(n_3, v_8, v_10)
block4(n_4: Signed, l_1: Ptr(GcArray(Signed)), x_0: Signed):
    v_11: Signed = int_mul(n_4, 50)  # line 26
    v_12: Bool = int_gt(v_11, 100)  # line 14
    switch v_12
    False --> block5(n_4, l_1, v_11, x_0)
    True --> block10()
block5(n_5: Signed, l_2: Ptr(GcArray(Signed)), v_13: Signed, x_1: Signed):
    v_14: Signed = int_sub(n_5, 1)  # line 26
    v_15: Signed = getarraysize(l_2)  # line 33
    v_16: Bool = int_lt(v_14, 0)  # line 52
    switch v_16
    False --> block6(v_14, v_15, l_2, v_13, x_1)
    True --> block9(v_14, v_15, l_2, v_13, x_1)
block6(index_1: Signed, length_1: Signed, l_3: Ptr(GcArray(Signed)), v_17: Signed, x_2: Signed):
    v_18: Bool = int_ge(index_1, length_1)  # line 54
    switch v_18
    False --> block7(l_3, index_1, v_17, x_2)
    True --> block8()
block7(v_19: Ptr(GcArray(Signed)), v_20: Signed, v_21: Signed, x_3: Signed):
    v_22: Signed = getarrayitem(v_19, v_20)  # line 60
    v_23: Signed = int_add(v_21, v_22)  # line 26
    v_24: Signed = int_add(v_23, x_3)  # line 26
    --> return(v_24)
block8():
    v_25: Void = direct_call(graph raise_IndexError)  # line 55
    --> return(0)
block9(index_2: Signed, length_2: Signed, l_4: Ptr(GcArray(Signed)), v_26: Signed, x_4: Signed):
    v_27: Signed = int_add(index_2, length_2)  # line 53
    v_28: Bool = int_lt(v_27, 0)  # line 54
    switch v_28
    False --> block6(v_27, length_2, l_4, v_26, x_4)
    True --> block8()
block10():
    v_29: Void = direct_call(graph raise_TooBig)  # line 15
    --> return(0)
block11(n_6: Signed, v_30: Ptr(GcArray(Signed))):
    v_31: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 55
    etype_1: Ptr(object_vtable) = getfield(<exc_data>, 'exc_type')
    raised_1: Bool = ptr_nonzero(etype_1)
    switch raised_1
    False --> block12(v_31, n_6, v_30)
    True --> block17(n_6, v_30)
block12(v_32: Ptr(IndexError), n_7: Signed, v_33: Ptr(GcArray(Signed))):
    v_34: Ptr(BaseException) = cast_pointer(v_32)  # line 55
    v_35: Void = setfield(v_34, 'typeptr', vtable IndexError [4, 5))  # line 55
    evalue_0: Ptr(BaseException) = cast_pointer(v_32)
    --> block13(evalue_0, vtable IndexError [4, 5), n_7, v_33)
block13(evalue_1: Ptr(BaseException), etype_2: Ptr(object_vtable), n_8: Signed, v_36: Ptr(GcArray(Signed))):
    evalue_2: Ptr(Exception) = cast_pointer(evalue_1)
    classid_0: Signed = getfield(etype_2, 'subclassrange_min')  # line 22
    matches_0: Bool = int_between(2, classid_0, 16)  # line 22
    switch matches_0
    False --> block14(etype_2, evalue_1)
    True --> block15(n_8, v_36, etype_2, evalue_2)
block14(etype_3: Ptr(object_vtable), evalue_3: Ptr(BaseException)):
    v_37: Void = setfield(<exc_data>, 'exc_type', etype_3)
    v_38: Void = setfield(<exc_data>, 'exc_value', evalue_3)
    --> return(0)
block15(n_9: Signed, l_5: Ptr(GcArray(Signed)), v_39: Ptr(object_vtable), v_40: Ptr(Exception)):
    v_41: Ptr(BaseException) = cast_pointer(v_40)  # line 23
    v_42: Ptr(object_vtable) = getfield(v_41, 'typeptr')  # line 23
    v_43: Signed = getfield(v_42, 'subclassrange_min')  # line 23
    v_44: Bool = int_between(4, v_43, 5)  # line 23
    switch v_44
    False --> block16(v_39, v_40)
    True --> block4(n_9, l_5, -1)
block16(etype_4: Ptr(object_vtable), evalue_4: Ptr(Exception)):
    evalue_5: Ptr(BaseException) = cast_pointer(evalue_4)
    v_45: Void = setfield(<exc_data>, 'exc_type', etype_4)
    v_46: Void = setfield(<exc_data>, 'exc_value', evalue_5)
    --> return(0)
block17(n_10: Signed, v_47: Ptr(GcArray(Signed))):
    etype_5: Ptr(object_vtable) = getfield(<exc_data>, 'exc_type')
    evalue_6: Ptr(BaseException) = getfield(<exc_data>, 'exc_value')
    v_48: Void = setfield(<exc_data>, 'exc_type', None)
    v_49: Void = setfield(<exc_data>, 'exc_value', None)
    --> block13(evalue_6, etype_5, n_10, v_47)
block18(index_3: Signed, length_3: Signed, l_6: Ptr(GcArray(Signed))):
    v_50: Signed = int_add(index_3, length_3)  # line 53
    v_51: Bool = int_lt(v_50, 0)  # line 54
    switch v_51
    False --> block2(v_50, length_3, l_6, index_3)
    True --> block11(index_3, l_6)

graph item(l_0: Ptr(GcArray(Signed)), i_0: Signed)  # raise_outlining.py:9
block0(l_0: Ptr(GcArray(Signed)), i_0: Signed):
    v_0: Signed = getarraysize(l_0)  # line 33
    v_1: Bool = int_lt(i_0, 0)  # line 52
    switch v_1
    False --> block1(i_0, v_0, l_0)
    True --> block4(i_0, v_0, l_0)
block1(index_0: Signed, length_0: Signed, l_1: Ptr(GcArray(Signed))):
    v_2: Bool = int_ge(index_0, length_0)  # line 54
    switch v_2
    False --> block2(l_1, index_0)
    True --> block3()
block2(v_3: Ptr(GcArray(Signed)), v_4: Signed):
    v_5: Signed = getarrayitem(v_3, v_4)  # line 60
    --> return(v_5)
block3():
    v_6: Void = direct_call(graph raise_IndexError)  # line 55
    --> return(0)
block4(index_1: Signed, length_1: Signed, l_2: Ptr(GcArray(Signed))):
    v_7: Signed = int_add(index_1, length_1)  # line 53
    v_8: Bool = int_lt(v_7, 0)  # line 54
    switch v_8
    False --> block1(v_7, length_1, l_2)
    True --> block3()

graph check(n_0: Signed)  # raise_outlining.py:13
block0(n_0: Signed):
    v_0: Bool = int_gt(n_0, 100)  # line 14
    switch v_0
    False --> return(n_0)
    True --> block1()
block1():
    v_1: Void = direct_call(graph raise_TooBig)  # line 15
    --> return(0)

graph raise_TooBig()  # raise_outlining.py:15
block0():
    v_0: Ptr(raise_outlining.TooBig) = malloc(GcStruct raise_outlining.TooBig { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 15
    etype_0: Ptr(object_vtable) = getfield(<exc_data>, 'exc_type')
    raised_0: Bool = ptr_nonzero(etype_0)
    switch raised_0
    False --> block1(v_0)
    True --> return(None)
block1(v_1: Ptr(raise_outlining.TooBig)):
    v_2: Ptr(BaseException) = cast_pointer(v_1)  # line 15
    v_3: Void = setfield(v_2, 'typeptr', vtable raise_outlining.TooBig [6, 7))  # line 15
    evalue_0: Ptr(BaseException) = cast_pointer(v_1)
    v_4: Void = setfield(<exc_data>, 'exc_type', vtable raise_outlining.TooBig [6, 7))
    v_5: Void = setfield(<exc_data>, 'exc_value', evalue_0)
    --> return(None)

graph raise_IndexError()  # rlist.py:55
block0():
    v_0: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 55
    etype_0: Ptr(object_vtable) = getfield(<exc_data>, 'exc_type')
    raised_0: Bool = ptr_nonzero(etype_0)
    switch raised_0
    False --> block1(v_0)
    True --> return(None)
block1(v_1: Ptr(IndexError)):
    v_2: Ptr(BaseException) = cast_pointer(v_1)  # line 55
    v_3: Void = setfield(v_2, 'typeptr', vtable IndexError [4, 5))  # line 55
    evalue_0: Ptr(BaseException) = cast_pointer(v_1)
    v_4: Void = setfield(<exc_data>, 'exc_type', vtable IndexError [4, 5))
    v_5: Void = setfield(<exc_data>, 'exc_value', evalue_0)
    --> return(None)
