graph main(n_0: Signed)  # inline_and_fold.py:13
block0(n_0: Signed):
    v_0: Bool = int_lt(n_0, 0)  # line 8
    switch v_0
    False --> block1(n_0)
    True --> block4(n_0)
block1(x_0: Signed):
    v_1: Signed = int_mul(x_0, 2)  # line 10
    --> block2(x_0, v_1)
block2(x_1: Signed, c_0: Signed):
    v_2: Signed = int_add(x_1, 1)  # line 3
    v_3: Bool = int_gt(x_1, 0)  # line 18
    switch v_3
    False --> block3(v_2, 2, c_0)
    True --> block3(v_2, 4, c_0)
block3(v_4: Signed, v_5: Signed, c_1: Signed):
    v_6: Signed = int_add(v_4, v_5)  # line 18
    v_7: Signed = int_add(v_6, c_1)  # line 18
    --> return(v_7)
block4(n_1: Signed):
    v_8: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 9
    etype_0: Ptr(object_vtable) = getfield(<exc_data>, 'exc_type')
    raised_0: Bool = ptr_nonzero(etype_0)
    switch raised_0
    False --> block5(v_8, n_1)
    True --> block10(n_1)
block5(v_9: Ptr(ValueError), n_2: Signed):
    v_10: Ptr(BaseException) = cast_pointer(v_9)  # line 9
    v_11: Void = setfield(v_10, 'typeptr', vtable ValueError [3, 4))  # line 9
    evalue_0: Ptr(BaseException) = cast_pointer(v_9)
    --> block6(evalue_0, vtable ValueError [3, 4), n_2)
block6(evalue_1: Ptr(BaseException), etype_1: Ptr(object_vtable), n_3: Signed):
    evalue_2: Ptr(Exception) = cast_pointer(evalue_1)
    classid_0: Signed = getfield(etype_1, 'subclassrange_min')  # line 15
    matches_0: Bool = int_between(2, classid_0, 15)  # line 15
    switch matches_0
    False --> block7(etype_1, evalue_1)
    True --> block8(n_3, etype_1, evalue_2)
block7(etype_2: Ptr(object_vtable), evalue_3: Ptr(BaseException)):
    v_12: Void = setfield(<exc_data>, 'exc_type', etype_2)
    v_13: Void = setfield(<exc_data>, 'exc_value', evalue_3)
    --> return(0)
block8(n_4: Signed, v_14: Ptr(object_vtable), v_15: Ptr(Exception)):
    v_16: Ptr(BaseException) = cast_pointer(v_15)  # line 16
    v_17: Ptr(object_vtable) = getfield(v_16, 'typeptr')  # line 16
    v_18: Signed = getfield(v_17, 'subclassrange_min')  # line 16
    v_19: Bool = int_between(3, v_18, 4)  # line 16
    switch v_19
    False --> block9(v_14, v_15)
    True --> block2(n_4, -1)
block9(etype_3: Ptr(object_vtable), evalue_4: Ptr(Exception)):
    evalue_5: Ptr(BaseException) = cast_pointer(evalue_4)
    v_20: Void = setfield(<exc_data>, 'exc_type', etype_3)
    v_21: Void = setfield(<exc_data>, 'exc_value', evalue_5)
    --> return(0)
block10(n_5: Signed):
    etype_4: Ptr(object_vtable) = getfield(<exc_data>, 'exc_type')
    evalue_6: Ptr(BaseException) = getfield(<exc_data>, 'exc_value')
    v_22: Void = setfield(<exc_data>, 'exc_type', None)
    v_23: Void = setfield(<exc_data>, 'exc_value', None)
    --> block6(evalue_6, etype_4, n_5)

graph checked(x_0: Signed)  # inline_and_fold.py:7
block0(x_0: Signed):
    v_0: Bool = int_lt(x_0, 0)  # line 8
    v_1: Bool = same_as(v_0)  # line 8
    switch v_1
    False --> block1(x_0)
    True --> block2()
block1(x_1: Signed):
    v_2: Signed = int_mul(x_1, 2)  # line 10
    --> return(v_2)
block2():
    v_3: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 9
    etype_0: Ptr(object_vtable) = getfield(<exc_data>, 'exc_type')
    raised_0: Bool = ptr_nonzero(etype_0)
    switch raised_0
    False --> block3(v_3)
    True --> return(0)
block3(v_4: Ptr(ValueError)):
    v_5: Ptr(BaseException) = cast_pointer(v_4)  # line 9
    v_6: Void = setfield(v_5, 'typeptr', vtable ValueError [3, 4))  # line 9
    v_7: Ptr(BaseException) = cast_pointer(v_4)  # line 9
    v_8: Ptr(object_vtable) = getfield(v_7, 'typeptr')  # line 9
    --> block4(v_8, v_4)
block4(etype_1: Ptr(object_vtable), evalue_0: Ptr(ValueError)):
    evalue_1: Ptr(BaseException) = cast_pointer(evalue_0)
    v_9: Void = setfield(<exc_data>, 'exc_type', etype_1)
    v_10: Void = setfield(<exc_data>, 'exc_value', evalue_1)
    --> return(0)

graph pick(flag_0: Bool, x_0: Signed)  # inline_and_fold.py:1
block0(flag_0: Bool, x_0: Signed):
    v_0: Bool = same_as(flag_0)  # line 2
    switch v_0
    False --> block1(x_0)
    True --> block2(x_0)
block1(x_1: Signed):
    v_1: Signed = int_sub(x_1, 1)  # line 4
    --> return(v_1)
block2(x_2: Signed):
    v_2: Signed = int_add(x_2, 1)  # line 3
    --> return(v_2)
