graph main(n_0: Signed)  # floats_and_bools.py:13
block0(n_0: Signed):
    v_0: Float = direct_call(graph mean, n_0, 3)  # line 14
    v_1: Bool = int_gt(n_0, 2)  # line 15
    v_2: Bool = same_as(v_1)  # line 15
    switch v_2
    False --> block1(v_0, v_1)
    True --> block3(n_0, v_0)
block1(x_0: Float, v_3: Bool):
    v_4: Float = direct_call(graph classify, x_0)  # line 16
    v_5: Float = float_mul(v_4, x_0)  # line 16
    v_6: Bool = same_as(v_3)  # line 17
    switch v_6
    False --> return(v_5)
    True --> block2(v_5)
block2(y_0: Float):
    v_7: Float = float_add(y_0, 0.25)  # line 18
    --> return(v_7)
block3(n_1: Signed, x_1: Float):
    v_8: Bool = int_eq(n_1, 7)  # line 15
    v_9: Bool = same_as(v_8)  # line 15
    switch v_9
    False --> block1(x_1, True)
    True --> block1(x_1, False)

graph mean(a_0: Signed, b_0: Signed)  # floats_and_bools.py:1
block0(a_0: Signed, b_0: Signed):
    v_0: Signed = int_add(a_0, b_0)  # line 2
    v_1: Float = cast_int_to_float(v_0)  # line 2
    v_2: Float = float_truediv(v_1, 2.0)  # line 2
    --> return(v_2)

graph classify(x_0: Float)  # floats_and_bools.py:5
block0(x_0: Float):
    v_0: Bool = float_gt(x_0, 10.5)  # line 6
    v_1: Bool = same_as(v_0)  # line 6
    switch v_1
    False --> block1(x_0)
    True --> return(2.0)
block1(x_1: Float):
    v_2: Bool = float_gt(x_1, 0.0)  # line 8
    v_3: Bool = same_as(v_2)  # line 8
    switch v_3
    False --> return(-1.5)
    True --> return(1.0)
