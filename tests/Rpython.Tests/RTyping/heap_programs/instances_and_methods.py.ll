graph main(n_0: Signed)  # instances_and_methods.py:50
block0(n_0: Signed):
    v_0: Ptr(instances_and_methods.Counter) = malloc(GcStruct instances_and_methods.Counter { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_steps: Signed, inst_value: Signed }, 'gc')  # line 51
    v_1: Void = setfield(v_0, 'typeptr', vtable instances_and_methods.Counter [1, 2))  # line 51
    v_2: Void = direct_call(graph Counter.__init__, v_0, n_0)  # line 51
    v_3: Signed = direct_call(graph Counter.bump, v_0, 3)  # line 52
    v_4: Signed = direct_call(graph Counter.bump, v_0, -1)  # line 53
    --> block1(n_0, v_0, None, 0)
block1(n_1: Signed, c_0: Ptr(instances_and_methods.Counter), head_0: Ptr(instances_and_methods.Node), i_0: Signed):
    v_5: Bool = int_lt(i_0, 5)  # line 56
    v_6: Bool = same_as(v_5)  # line 56
    switch v_6
    False --> block2(n_1, c_0, head_0)
    True --> block8(n_1, c_0, head_0, i_0)
block2(n_2: Signed, c_1: Ptr(instances_and_methods.Counter), head_1: Ptr(instances_and_methods.Node)):
    v_7: Bool = int_gt(n_2, 2)  # line 59
    v_8: Bool = same_as(v_7)  # line 59
    switch v_8
    False --> block3(n_2, c_1, head_1)
    True --> block6(n_2, c_1, head_1)
block3(n_3: Signed, c_2: Ptr(instances_and_methods.Counter), head_2: Ptr(instances_and_methods.Node)):
    v_9: Ptr(instances_and_methods.Circle) = malloc(GcStruct instances_and_methods.Circle { super: GcStruct instances_and_methods.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_size: Signed } }, 'gc')  # line 59
    v_10: Ptr(instances_and_methods.Shape) = cast_pointer(v_9)  # line 59
    v_11: Void = setfield(v_10, 'typeptr', vtable instances_and_methods.Circle [4, 5))  # line 59
    v_12: Ptr(instances_and_methods.Shape) = cast_pointer(v_9)  # line 59
    v_13: Void = direct_call(graph Shape.__init__, v_12, n_3)  # line 59
    --> block4(c_2, head_2, v_9)
block4(c_3: Ptr(instances_and_methods.Counter), head_3: Ptr(instances_and_methods.Node), v_14: Ptr(instances_and_methods.Circle)):
    v_15: Ptr(instances_and_methods.Shape) = cast_pointer(v_14)  # line 59
    --> block5(c_3, head_3, v_15)
block5(c_4: Ptr(instances_and_methods.Counter), head_4: Ptr(instances_and_methods.Node), v_16: Ptr(instances_and_methods.Shape)):
    v_17: Signed = getfield(c_4, 'inst_value')  # line 60
    v_18: Signed = getfield(c_4, 'inst_steps')  # line 60
    v_19: Signed = int_mul(v_18, 1000)  # line 60
    v_20: Signed = int_add(v_17, v_19)  # line 60
    v_21: Signed = direct_call(graph length, head_4)  # line 60
    v_22: Signed = int_add(v_20, v_21)  # line 60
    v_23: Signed = direct_call(graph describe, v_16)  # line 60
    v_24: Signed = int_add(v_22, v_23)  # line 60
    v_25: Ptr(instances_and_methods.Circle) = malloc(GcStruct instances_and_methods.Circle { super: GcStruct instances_and_methods.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_size: Signed } }, 'gc')  # line 60
    v_26: Ptr(instances_and_methods.Shape) = cast_pointer(v_25)  # line 60
    v_27: Void = setfield(v_26, 'typeptr', vtable instances_and_methods.Circle [4, 5))  # line 60
    v_28: Ptr(instances_and_methods.Shape) = cast_pointer(v_25)  # line 60
    v_29: Void = direct_call(graph Shape.__init__, v_28, 1)  # line 60
    v_30: Ptr(instances_and_methods.Shape) = cast_pointer(v_25)  # line 60
    v_31: Signed = direct_call(graph describe, v_30)  # line 60
    v_32: Signed = int_add(v_24, v_31)  # line 60
    --> return(v_32)
block6(n_4: Signed, c_5: Ptr(instances_and_methods.Counter), head_5: Ptr(instances_and_methods.Node)):
    v_33: Ptr(instances_and_methods.Square) = malloc(GcStruct instances_and_methods.Square { super: GcStruct instances_and_methods.Shape { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_size: Signed }, inst_corners: Signed }, 'gc')  # line 59
    v_34: Ptr(instances_and_methods.Shape) = cast_pointer(v_33)  # line 59
    v_35: Void = setfield(v_34, 'typeptr', vtable instances_and_methods.Square [5, 6))  # line 59
    v_36: Void = direct_call(graph Square.__init__, v_33, n_4)  # line 59
    --> block7(c_5, head_5, v_33)
block7(c_6: Ptr(instances_and_methods.Counter), head_6: Ptr(instances_and_methods.Node), v_37: Ptr(instances_and_methods.Square)):
    v_38: Ptr(instances_and_methods.Shape) = cast_pointer(v_37)  # line 59
    --> block5(c_6, head_6, v_38)
block8(n_5: Signed, c_7: Ptr(instances_and_methods.Counter), head_7: Ptr(instances_and_methods.Node), i_1: Signed):
    v_39: Signed = int_mul(i_1, n_5)  # line 57
    v_40: Ptr(instances_and_methods.Node) = malloc(GcStruct instances_and_methods.Node { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_next: Ptr(GcStruct instances_and_methods.Node), inst_value: Signed }, 'gc')  # line 57
    v_41: Void = setfield(v_40, 'typeptr', vtable instances_and_methods.Node [2, 3))  # line 57
    v_42: Void = direct_call(graph Node.__init__, v_40, v_39, head_7)  # line 57
    v_43: Signed = int_add(i_1, 1)  # line 58
    --> block1(n_5, c_7, v_40, v_43)

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
    switch v_3
    False --> block1(shape_0)
    True --> block2(shape_0)
block1(shape_1: Ptr(instances_and_methods.Shape)):
    v_4: Signed = direct_call(graph Shape.scaled, shape_1, 3)  # line 47
    --> return(v_4)
block2(shape_2: Ptr(instances_and_methods.Shape)):
    shape_3: Ptr(instances_and_methods.Square) = cast_pointer(shape_2)  # line 45
    --> block3(shape_3)
block3(shape_4: Ptr(instances_and_methods.Square)):
    v_5: Signed = getfield(shape_4, 'inst_corners')  # line 46
    v_6: Signed = int_mul(v_5, 100)  # line 46
    v_7: Ptr(instances_and_methods.Shape) = cast_pointer(shape_4)  # line 46
    v_8: Signed = direct_call(graph Shape.scaled, v_7, 2)  # line 46
    v_9: Signed = int_add(v_6, v_8)  # line 46
    --> return(v_9)

graph Shape.scaled(self_0: Ptr(instances_and_methods.Shape), k_0: Signed)  # instances_and_methods.py:22
block0(self_0: Ptr(instances_and_methods.Shape), k_0: Signed):
    v_0: Signed = getfield(self_0, 'inst_size')  # line 23
    v_1: Signed = int_mul(v_0, k_0)  # line 23
    --> return(v_1)
