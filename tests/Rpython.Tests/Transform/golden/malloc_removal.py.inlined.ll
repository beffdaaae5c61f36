graph main(n_0: Signed)  # malloc_removal.py:11
block0(n_0: Signed):
    v_0: Signed = int_add(n_0, 1)  # line 12
    v_1: Ptr(malloc_removal.Point) = malloc(GcStruct malloc_removal.Point { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_x: Signed, inst_y: Signed }, 'gc')  # line 12
    etype_0: Ptr(object_vtable) = getfield(<exc_data>, 'exc_type')
    raised_0: Bool = ptr_nonzero(etype_0)
    switch raised_0
    False --> block1(v_1, n_0, v_0)
    True --> return(0)
block1(v_2: Ptr(malloc_removal.Point), n_1: Signed, v_3: Signed):
    v_4: Void = setfield(v_2, 'typeptr', vtable malloc_removal.Point [1, 2))  # line 12
    v_5: Void = setfield(v_2, 'inst_x', n_1)  # line 3
    v_6: Void = setfield(v_2, 'inst_y', v_3)  # line 4
    v_7: Signed = getfield(v_2, 'inst_x')  # line 13
    v_8: Signed = getfield(v_2, 'inst_y')  # line 13
    v_9: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: Signed }, 'gc')  # line 8
    etype_1: Ptr(object_vtable) = getfield(<exc_data>, 'exc_type')
    raised_1: Bool = ptr_nonzero(etype_1)
    switch raised_1
    False --> block2(v_9, v_8, v_7)
    True --> return(0)
block2(v_10: Ptr(tuple2), b_0: Signed, a_0: Signed):
    v_11: Void = setfield(v_10, 'item0', b_0)  # line 8
    v_12: Void = setfield(v_10, 'item1', a_0)  # line 8
    v_13: Signed = getfield(v_10, 'item0')  # line 13
    v_14: Signed = getfield(v_10, 'item1')  # line 13
    v_15: Signed = int_mul(v_13, 10)  # line 14
    v_16: Signed = int_add(v_15, v_14)  # line 14
    --> return(v_16)

graph Point.__init__(self_0: Ptr(malloc_removal.Point), x_0: Signed, y_0: Signed)  # malloc_removal.py:2
block0(self_0: Ptr(malloc_removal.Point), x_0: Signed, y_0: Signed):
    v_0: Void = setfield(self_0, 'inst_x', x_0)  # line 3
    v_1: Void = setfield(self_0, 'inst_y', y_0)  # line 4
    --> return(None)

graph swap(a_0: Signed, b_0: Signed)  # malloc_removal.py:7
block0(a_0: Signed, b_0: Signed):
    v_0: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: Signed }, 'gc')  # line 8
    etype_0: Ptr(object_vtable) = getfield(<exc_data>, 'exc_type')
    raised_0: Bool = ptr_nonzero(etype_0)
    switch raised_0
    False --> block1(v_0, b_0, a_0)
    True --> return(None)
block1(v_1: Ptr(tuple2), b_1: Signed, a_1: Signed):
    v_2: Void = setfield(v_1, 'item0', b_1)  # line 8
    v_3: Void = setfield(v_1, 'item1', a_1)  # line 8
    --> return(v_1)
