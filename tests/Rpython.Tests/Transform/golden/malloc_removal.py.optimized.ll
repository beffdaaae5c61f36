graph main(n_0: Signed)  # malloc_removal.py:11
block0(n_0: Signed):
    v_0: Signed = int_add(n_0, 1)  # line 12
    v_1: Signed = int_mul(v_0, 10)  # line 14
    v_2: Signed = int_add(v_1, n_0)  # line 14
    --> return(v_2)

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
