graph main(n_0: Signed)  # instances_and_methods.py:50
block0(n_0: Signed):
    v_0: Ptr(instances_and_methods.Counter) = malloc(GcStruct instances_and_methods.Counter { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_steps: Signed, inst_value: Signed }, 'gc')  # line 51
    v_1: Void = setfield(v_0, 'typeptr', vtable instances_and_methods.Counter [1, 2))  # line 51
    v_2: Void = direct_call(graph Counter.__init__, v_0, n_0)  # line 51
    v_3: Ptr(instances_and_methods.Counter) = same_as(v_0)  # line 52
    v_4: Signed = direct_call(graph Counter.bump, v_3, 3)  # line 52
    v_5: Ptr(instances_and_methods.Counter) = same_as(v_0)  # line 53
    v_6: Signed = direct_call(graph Counter.bump, v_5, -1)  # line 53
    --> block1(n_0, v_0, None, 0)
block1(n_1: Signed, c_0: Ptr(instances_and_methods.Counter), head_0: Ptr(instances_and_methods.Node), i_0: Signed):
    v_7: Bool = int_lt(i_0, 5)  # line 56
    v_8: Bool = same_as(v_7)  # line 56
    switch v_8
    False --> block2(n_1, c_0, head_0)
    True --> block8(n_1, c_0, head_0, i_0)
block2(n_2: Signed, c_1: Ptr(instances_and_methods.Counter), head_1: Ptr(instances_and_methods.Node)):
    v_9: Bool = int_gt(n_2, 2)  # line 59
    v_10: Bool = same_as(v_9)  # line 59
    switch v_10
    False --> block3(n_2, c_1, head_1)
    True --> block6(n_2, c_1, head_1)
block3(n_3: Signed, c_2: Ptr(instances_and_methods.Counter), head_2: Ptr(instances_and_methods.Node)):
    v_11: Ptr(instances_and_methods.Circle) = malloc(GcStruct instances_and_methods.Circle { super: GcStruct instances_and_methods.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_size: Signed } }, 'gc')  # line 59
    v_12: Ptr(instances_and_methods.Shape) = cast_pointer(v_11)  # line 59
    v_13: Void = setfield(v_12, 'typeptr', vtable instances_and_methods.Circle [4, 5))  # line 59
    v_14: Ptr(instances_and_methods.Shape) = cast_pointer(v_11)  # line 59
    v_15: Void = direct_call(graph Shape.__init__, v_14, n_3)  # line 59
    --> block4(c_2, head_2, v_11)
block4(c_3: Ptr(instances_and_methods.Counter), head_3: Ptr(instances_and_methods.Node), v_16: Ptr(instances_and_methods.Circle)):
    v_17: Ptr(instances_and_methods.Shape) = cast_pointer(v_16)  # line 59
    --> block5(c_3, head_3, v_17)
block5(c_4: Ptr(instances_and_methods.Counter), head_4: Ptr(instances_and_methods.Node), v_18: Ptr(instances_and_methods.Shape)):
    v_19: Signed = getfield(c_4, 'inst_value')  # line 60
    v_20: Signed = getfield(c_4, 'inst_steps')  # line 60
    v_21: Signed = int_mul(v_20, 1000)  # line 60
    v_22: Signed = int_add(v_19, v_21)  # line 60
    v_23: Signed = direct_call(graph length, head_4)  # line 60
    v_24: Signed = int_add(v_22, v_23)  # line 60
    v_25: Signed = direct_call(graph describe, v_18)  # line 60
    v_26: Signed = int_add(v_24, v_25)  # line 60
    v_27: Ptr(instances_and_methods.Circle) = malloc(GcStruct instances_and_methods.Circle { super: GcStruct instances_and_methods.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_size: Signed } }, 'gc')  # line 60
    v_28: Ptr(instances_and_methods.Shape) = cast_pointer(v_27)  # line 60
    v_29: Void = setfield(v_28, 'typeptr', vtable instances_and_methods.Circle [4, 5))  # line 60
    v_30: Ptr(instances_and_methods.Shape) = cast_pointer(v_27)  # line 60
    v_31: Void = direct_call(graph Shape.__init__, v_30, 1)  # line 60
    v_32: Ptr(instances_and_methods.Shape) = cast_pointer(v_27)  # line 60
    v_33: Signed = direct_call(graph describe, v_32)  # line 60
    v_34: Signed = int_add(v_26, v_33)  # line 60
    --> return(v_34)
block6(n_4: Signed, c_5: Ptr(instances_and_methods.Counter), head_5: Ptr(instances_and_methods.Node)):
    v_35: Ptr(instances_and_methods.Square) = malloc(GcStruct instances_and_methods.Square { super: GcStruct instances_and_methods.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_size: Signed }, inst_corners: Signed }, 'gc')  # line 59
    v_36: Ptr(instances_and_methods.Shape) = cast_pointer(v_35)  # line 59
    v_37: Void = setfield(v_36, 'typeptr', vtable instances_and_methods.Square [5, 6))  # line 59
    v_38: Void = direct_call(graph Square.__init__, v_35, n_4)  # line 59
    --> block7(c_5, head_5, v_35)
block7(c_6: Ptr(instances_and_methods.Counter), head_6: Ptr(instances_and_methods.Node), v_39: Ptr(instances_and_methods.Square)):
    v_40: Ptr(instances_and_methods.Shape) = cast_pointer(v_39)  # line 59
    --> block5(c_6, head_6, v_40)
block8(n_5: Signed, c_7: Ptr(instances_and_methods.Counter), head_7: Ptr(instances_and_methods.Node), i_1: Signed):
    v_41: Signed = int_mul(i_1, n_5)  # line 57
    v_42: Ptr(instances_and_methods.Node) = malloc(GcStruct instances_and_methods.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_next: Ptr(GcStruct instances_and_methods.Node), inst_value: Signed }, 'gc')  # line 57
    v_43: Void = setfield(v_42, 'typeptr', vtable instances_and_methods.Node [2, 3))  # line 57
    v_44: Void = direct_call(graph Node.__init__, v_42, v_41, head_7)  # line 57
    v_45: Signed = int_add(i_1, 1)  # line 58
    --> block1(n_5, c_7, v_42, v_45)

graph Counter.__init__(self_0: Ptr(instances_and_methods.Counter), start_0: Signed)  # instances_and_methods.py:2
block0(self_0: Ptr(instances_and_methods.Counter), start_0: Signed):
    v_0: Void = setfield(self_0, 'inst_value', start_0)  # line 3
    v_1: Void = setfield(self_0, 'inst_steps', 0)  # line 4
    --> return(None)

graph Counter.bump(self_0: Ptr(instances_and_methods.Counter), by_0: Signed)  # instances_and_methods.py:6
block0(self_0: Ptr(instances_and_methods.Counter), by_0: Signed):
    v_0: Signed = getfield(self_0, 'inst_value')  # line 7
    v_1: Signed = int_add(v_0, by_0)  # line 7
    v_2: Void = setfield(self_0, 'inst_value', v_1)  # line 7
    v_3: Signed = getfield(self_0, 'inst_steps')  # line 8
    v_4: Signed = int_add(v_3, 1)  # line 8
    v_5: Void = setfield(self_0, 'inst_steps', v_4)  # line 8
    v_6: Signed = getfield(self_0, 'inst_value')  # line 9
    --> return(v_6)

graph Node.__init__(self_0: Ptr(instances_and_methods.Node), value_0: Signed, next_0: Ptr(instances_and_methods.Node))  # instances_and_methods.py:13
block0(self_0: Ptr(instances_and_methods.Node), value_0: Signed, next_0: Ptr(instances_and_methods.Node)):
    v_0: Void = setfield(self_0, 'inst_value', value_0)  # line 14
    v_1: Void = setfield(self_0, 'inst_next', next_0)  # line 15
    --> return(None)

graph Shape.__init__(self_0: Ptr(instances_and_methods.Shape), size_0: Signed)  # instances_and_methods.py:19
block0(self_0: Ptr(instances_and_methods.Shape), size_0: Signed):
    v_0: Void = setfield(self_0, 'inst_size', size_0)  # line 20
    --> return(None)

graph Square.__init__(self_0: Ptr(instances_and_methods.Square), size_0: Signed)  # instances_and_methods.py:27
block0(self_0: Ptr(instances_and_methods.Square), size_0: Signed):
    v_0: Ptr(instances_and_methods.Shape) = cast_pointer(self_0)  # line 28
    v_1: Void = direct_call(graph Shape.__init__, v_0, size_0)  # line 28
    v_2: Void = setfield(self_0, 'inst_corners', 4)  # line 29
    --> return(None)

graph length(node_0: Ptr(instances_and_methods.Node))  # instances_and_methods.py:36
block0(node_0: Ptr(instances_and_methods.Node)):
    --> block1(node_0, 0)
block1(node_1: Ptr(instances_and_methods.Node), n_0: Signed):
    v_0: Bool = ptr_iszero(node_1)  # line 38
    v_1: Bool = same_as(v_0)  # line 38
    switch v_1
    False --> block2(node_1, n_0)
    True --> return(n_0)
block2(node_2: Ptr(instances_and_methods.Node), n_1: Signed):
    v_2: Signed = getfield(node_2, 'inst_value')  # line 39
    v_3: Signed = int_add(n_1, v_2)  # line 39
    v_4: Ptr(instances_and_methods.Node) = getfield(node_2, 'inst_next')  # line 40
    --> block1(v_4, v_3)

graph describe(shape_0: Ptr(instances_and_methods.Shape))  # instances_and_methods.py:44
block0(shape_0: Ptr(instances_and_methods.Shape)):
    v_0: Ptr(object_vtable) = getfield(shape_0, 'typeptr')  # line 45
    v_1: Signed = getfield(v_0, 'subclassrange_min')  # line 45
    v_2: Bool = int_between(5, v_1, 6)  # line 45
    v_3: Bool = same_as(v_2)  # line 45
    v_4: Bool = same_as(v_3)  # line 45
    switch v_4
    False --> block1(shape_0)
    True --> block2(shape_0)
block1(shape_1: Ptr(instances_and_methods.Shape)):
    v_5: Ptr(instances_and_methods.Shape) = same_as(shape_1)  # line 47
    v_6: Signed = direct_call(graph Shape.scaled, v_5, 3)  # line 47
    --> return(v_6)
block2(shape_2: Ptr(instances_and_methods.Shape)):
    shape_3: Ptr(instances_and_methods.Square) = cast_pointer(shape_2)  # line 45
    --> block3(shape_3)
block3(shape_4: Ptr(instances_and_methods.Square)):
    v_7: Signed = getfield(shape_4, 'inst_corners')  # line 46
    v_8: Signed = int_mul(v_7, 100)  # line 46
    v_9: Ptr(instances_and_methods.Square) = same_as(shape_4)  # line 46
    v_10: Ptr(instances_and_methods.Shape) = cast_pointer(v_9)  # line 46
    v_11: Signed = direct_call(graph Shape.scaled, v_10, 2)  # line 46
    v_12: Signed = int_add(v_8, v_11)  # line 46
    --> return(v_12)

graph Shape.scaled(self_0: Ptr(instances_and_methods.Shape), k_0: Signed)  # instances_and_methods.py:22
block0(self_0: Ptr(instances_and_methods.Shape), k_0: Signed):
    v_0: Signed = getfield(self_0, 'inst_size')  # line 23
    v_1: Signed = int_mul(v_0, k_0)  # line 23
    --> return(v_1)
