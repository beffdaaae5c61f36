graph main(n_0: Signed)  # raise_and_catch.py:47
block0(n_0: Signed):
    v_0: Signed = direct_call(graph safe, n_0)  # line 48
    v_1: Signed = int_mul(n_0, 10)  # line 48
    v_2: Signed = direct_call(graph safe, v_1)  # line 48
    v_3: Signed = int_add(v_0, v_2)  # line 48
    v_4: Signed = int_neg(n_0)  # line 48
    v_5: Signed = direct_call(graph safe, v_4)  # line 48
    v_6: Signed = int_add(v_3, v_5)  # line 48
    v_7: Signed = direct_call(graph nested, n_0)  # line 48
    v_8: Signed = int_add(v_6, v_7)  # line 48
    v_9: Signed = int_mul(n_0, 30)  # line 48
    v_10: Signed = direct_call(graph nested, v_9)  # line 48
    v_11: Signed = int_add(v_8, v_10)  # line 48
    --> return(v_11)

graph safe(x_0: Signed)  # raise_and_catch.py:24
block0(x_0: Signed):
    v_0: Signed = direct_call(graph check, x_0)  # line 26
    no exception --> return(v_0)
    Exception --> block1(last_exception_0, last_exc_value_0)
block1(v_1: Ptr(object_vtable), v_2: Ptr(Exception)):
    v_3: Ptr(BaseException) = cast_pointer(v_2)  # line 27
    v_4: Ptr(object_vtable) = getfield(v_3, 'typeptr')  # line 27
    v_5: Signed = getfield(v_4, 'subclassrange_min')  # line 27
    v_6: Bool = int_between(4, v_5, 5)  # line 27
    v_7: Bool = same_as(v_6)  # line 27
    v_8: Bool = same_as(v_7)  # line 27
    switch v_8
    False --> block2(v_1, v_2)
    True --> block6(v_2)
block2(t3_0: Ptr(object_vtable), t4_0: Ptr(Exception)):
    v_9: Ptr(BaseException) = cast_pointer(t4_0)  # line 29
    v_10: Ptr(object_vtable) = getfield(v_9, 'typeptr')  # line 29
    v_11: Signed = getfield(v_10, 'subclassrange_min')  # line 29
    v_12: Bool = int_between(3, v_11, 6)  # line 29
    v_13: Bool = same_as(v_12)  # line 29
    v_14: Bool = same_as(v_13)  # line 29
    switch v_14
    False --> block3(t3_0, t4_0)
    True --> block4(t4_0)
block3(t3_1: Ptr(object_vtable), t4_1: Ptr(Exception)):
    v_15: Ptr(BaseException) = cast_pointer(t4_1)  # line 31
    v_16: Ptr(object_vtable) = getfield(v_15, 'typeptr')  # line 31
    v_17: Signed = getfield(v_16, 'subclassrange_min')  # line 31
    v_18: Bool = int_between(6, v_17, 7)  # line 31
    v_19: Bool = same_as(v_18)  # line 31
    v_20: Bool = same_as(v_19)  # line 31
    switch v_20
    False --> raise(t3_1, t4_1)
    True --> return(-7)
block4(t4_2: Ptr(Exception)):
    t4_3: Ptr(raise_and_catch.CalcError) = cast_pointer(t4_2)  # line 29
    --> block5(t4_3)
block5(t4_4: Ptr(raise_and_catch.CalcError)):
    v_21: Signed = getfield(t4_4, 'inst_code')  # line 30
    v_22: Signed = int_add(2000, v_21)  # line 30
    --> return(v_22)
block6(v_23: Ptr(Exception)):
    v_24: Ptr(raise_and_catch.Overflow) = cast_pointer(v_23)  # line 27
    --> block7(v_24)
block7(t4_5: Ptr(raise_and_catch.Overflow)):
    v_25: Ptr(raise_and_catch.CalcError) = cast_pointer(t4_5)  # line 28
    v_26: Signed = getfield(v_25, 'inst_code')  # line 28
    v_27: Signed = int_add(1000, v_26)  # line 28
    --> return(v_27)

graph check(x_0: Signed)  # raise_and_catch.py:14
block0(x_0: Signed):
    v_0: Bool = int_gt(x_0, 100)  # line 15
    v_1: Bool = same_as(v_0)  # line 15
    switch v_1
    False --> block1(x_0)
    True --> block8(x_0)
block1(x_1: Signed):
    v_2: Bool = int_lt(x_1, -10)  # line 17
    v_3: Bool = same_as(v_2)  # line 17
    switch v_3
    False --> block2(x_1)
    True --> block6(x_1)
block2(x_2: Signed):
    v_4: Bool = int_eq(x_2, 7)  # line 19
    v_5: Bool = same_as(v_4)  # line 19
    switch v_5
    False --> block3(x_2)
    True --> block4()
block3(x_3: Signed):
    v_6: Signed = int_mul(x_3, 2)  # line 21
    --> return(v_6)
block4():
    v_7: Ptr(ValueError) = malloc(GcStruct ValueError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 20
    v_8: Ptr(BaseException) = cast_pointer(v_7)  # line 20
    v_9: Void = setfield(v_8, 'typeptr', vtable ValueError [6, 7))  # line 20
    v_10: Ptr(BaseException) = cast_pointer(v_7)  # line 20
    v_11: Ptr(object_vtable) = getfield(v_10, 'typeptr')  # line 20
    --> block5(v_11, v_7)
block5(v_12: Ptr(object_vtable), v_13: Ptr(ValueError)):
    v_14: Ptr(Exception) = cast_pointer(v_13)  # line 20
    --> raise(v_12, v_14)
block6(x_4: Signed):
    v_15: Signed = int_neg(x_4)  # line 18
    v_16: Ptr(raise_and_catch.Underflow) = malloc(GcStruct raise_and_catch.Underflow { super: GcStruct raise_and_catch.CalcError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } }, inst_code: Signed } }, 'gc')  # line 18
    v_17: Ptr(BaseException) = cast_pointer(v_16)  # line 18
    v_18: Void = setfield(v_17, 'typeptr', vtable raise_and_catch.Underflow [5, 6))  # line 18
    v_19: Ptr(raise_and_catch.CalcError) = cast_pointer(v_16)  # line 18
    v_20: Void = direct_call(graph CalcError.__init__, v_19, v_15)  # line 18
    v_21: Ptr(BaseException) = cast_pointer(v_16)  # line 18
    v_22: Ptr(object_vtable) = getfield(v_21, 'typeptr')  # line 18
    --> block7(v_22, v_16)
block7(v_23: Ptr(object_vtable), v_24: Ptr(raise_and_catch.Underflow)):
    v_25: Ptr(Exception) = cast_pointer(v_24)  # line 18
    --> raise(v_23, v_25)
block8(x_5: Signed):
    v_26: Signed = int_sub(x_5, 100)  # line 16
    v_27: Ptr(raise_and_catch.Overflow) = malloc(GcStruct raise_and_catch.Overflow { super: GcStruct raise_and_catch.CalcError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } }, inst_code: Signed } }, 'gc')  # line 16
    v_28: Ptr(BaseException) = cast_pointer(v_27)  # line 16
    v_29: Void = setfield(v_28, 'typeptr', vtable raise_and_catch.Overflow [4, 5))  # line 16
    v_30: Ptr(raise_and_catch.CalcError) = cast_pointer(v_27)  # line 16
    v_31: Void = direct_call(graph CalcError.__init__, v_30, v_26)  # line 16
    v_32: Ptr(BaseException) = cast_pointer(v_27)  # line 16
    v_33: Ptr(object_vtable) = getfield(v_32, 'typeptr')  # line 16
    --> block9(v_33, v_27)
block9(v_34: Ptr(object_vtable), v_35: Ptr(raise_and_catch.Overflow)):
    v_36: Ptr(Exception) = cast_pointer(v_35)  # line 16
    --> raise(v_34, v_36)

graph CalcError.__init__(self_0: Ptr(raise_and_catch.CalcError), code_0: Signed)  # raise_and_catch.py:2
block0(self_0: Ptr(raise_and_catch.CalcError), code_0: Signed):
    v_0: Void = setfield(self_0, 'inst_code', code_0)  # line 3
    --> return(None)

graph nested(x_0: Signed)  # raise_and_catch.py:35
block0(x_0: Signed):
    v_0: Signed = direct_call(graph check, x_0)  # line 39
    no exception --> block1(v_0)
    Exception --> block2(last_exception_0, last_exc_value_0)
block1(t3_0: Signed):
    v_1: Signed = int_add(0, t3_0)  # line 39
    v_2: Signed = int_add(v_1, 1)  # line 41
    --> return(v_2)
block2(v_3: Ptr(object_vtable), v_4: Ptr(Exception)):
    v_5: Signed = int_add(0, 1)  # line 41
    v_6: Ptr(BaseException) = cast_pointer(v_4)  # line 42
    v_7: Ptr(object_vtable) = getfield(v_6, 'typeptr')  # line 42
    v_8: Signed = getfield(v_7, 'subclassrange_min')  # line 42
    v_9: Bool = int_between(2, v_8, 18)  # line 42
    v_10: Bool = same_as(v_9)  # line 42
    v_11: Bool = same_as(v_10)  # line 42
    --> block3(v_5)
block3(total_0: Signed):
    v_12: Signed = int_add(total_0, 50)  # line 43
    --> return(v_12)
