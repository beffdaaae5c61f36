graph main(n_0: Signed)  # calls_and_jit_hints.py:43
block0(n_0: Signed):
    v_0: Ptr(calls_and_jit_hints.Account) = malloc(GcStruct calls_and_jit_hints.Account { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_balance: Signed, inst_owner: Signed }, 'gc')  # line 44
    v_1: Void = setfield(v_0, 'typeptr', vtable calls_and_jit_hints.Account [1, 2))  # line 44
    v_2: Void = direct_call(graph Account.__init__, v_0, n_0, 100, 5)  # line 44
    v_3: Signed = int_neg(n_0)  # line 45
    v_4: Signed = int_mul(n_0, 2)  # line 45
    v_5: Ptr(calls_and_jit_hints.Account) = malloc(GcStruct calls_and_jit_hints.Account { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_balance: Signed, inst_owner: Signed }, 'gc')  # line 45
    v_6: Void = setfield(v_5, 'typeptr', vtable calls_and_jit_hints.Account [1, 2))  # line 45
    v_7: Void = direct_call(graph Account.__init__, v_5, v_3, v_4, 0)  # line 45
    v_8: Ptr(calls_and_jit_hints.Account) = same_as(v_0)  # line 46
    v_9: Signed = direct_call(graph Account.deposit, v_8, 7, 1)  # line 46
    v_10: Ptr(calls_and_jit_hints.Account) = same_as(v_5)  # line 47
    v_11: Signed = direct_call(graph Account.deposit, v_10, n_0, 3)  # line 47
    v_12: Signed = direct_call(graph scaled, n_0, 3, 0)  # line 48
    v_13: Signed = direct_call(graph scaled, n_0, 2, 0)  # line 48
    v_14: Signed = int_add(v_12, v_13)  # line 48
    v_15: Signed = direct_call(graph scaled, n_0, 3, 1)  # line 48
    v_16: Signed = int_add(v_14, v_15)  # line 48
    v_17: Signed = direct_call(graph scaled, n_0, 5, 2)  # line 48
    v_18: Signed = int_add(v_16, v_17)  # line 48
    v_19: Ptr(tuple0) = malloc(GcStruct tuple0 immutable {}, 'gc')  # line 49
    v_20: Signed = direct_call(graph total_of__star0, v_19)  # line 49
    v_21: Ptr(tuple1) = malloc(GcStruct tuple1 immutable { item0: Signed }, 'gc')  # line 49
    v_22: Void = setfield(v_21, 'item0', n_0)  # line 49
    v_23: Signed = direct_call(graph total_of__star1, v_21)  # line 49
    v_24: Signed = int_add(v_20, v_23)  # line 49
    v_25: Ptr(tuple3) = malloc(GcStruct tuple3 immutable { item0: Signed, item1: Signed, item2: Signed }, 'gc')  # line 49
    v_26: Void = setfield(v_25, 'item0', n_0)  # line 49
    v_27: Void = setfield(v_25, 'item1', 1)  # line 49
    v_28: Void = setfield(v_25, 'item2', 2)  # line 49
    v_29: Signed = direct_call(graph total_of__star3, v_25)  # line 49
    v_30: Signed = int_add(v_24, v_29)  # line 49
    v_31: Ptr(tuple0) = malloc(GcStruct tuple0 immutable {}, 'gc')  # line 49
    v_32: Signed = direct_call(graph head__star0, n_0, v_31)  # line 49
    v_33: Signed = int_add(v_30, v_32)  # line 49
    v_34: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: Signed }, 'gc')  # line 49
    v_35: Void = setfield(v_34, 'item0', 4)  # line 49
    v_36: Void = setfield(v_34, 'item1', 5)  # line 49
    v_37: Signed = direct_call(graph head__star2, n_0, v_34)  # line 49
    v_38: Signed = int_add(v_33, v_37)  # line 49
    v_39: Signed = int_add(v_18, v_38)  # line 49
    v_40: Ptr(tuple2) = malloc(GcStruct tuple2 immutable { item0: Signed, item1: Signed }, 'gc')  # line 50
    v_41: Void = setfield(v_40, 'item0', n_0)  # line 50
    v_42: Void = setfield(v_40, 'item1', 10)  # line 50
    v_43: Signed = getfield(v_40, 'item0')  # line 51
    v_44: Signed = getfield(v_40, 'item1')  # line 51
    v_45: Signed = direct_call(graph scaled, v_43, v_44, 0)  # line 51
    v_46: Signed = int_add(v_39, v_45)  # line 51
    v_47: Bool = same_as(False)  # line 52
    v_48: Bool = same_as(v_47)  # line 52
    switch v_48
    False --> block1(n_0, v_0, v_5, v_46)
    True --> block2(n_0, v_0, v_5, v_46)
block1(n_1: Signed, a_0: Ptr(calls_and_jit_hints.Account), b_0: Ptr(calls_and_jit_hints.Account), r_0: Signed):
    v_49: Signed = int_add(r_0, 1)  # line 53
    --> block2(n_1, a_0, b_0, v_49)
block2(n_2: Signed, a_1: Ptr(calls_and_jit_hints.Account), b_1: Ptr(calls_and_jit_hints.Account), r_1: Signed):
    v_50: Signed = int_mul(r_1, 1000)  # line 54
    v_51: Signed = getfield(a_1, 'inst_balance')  # line 54
    v_52: Signed = int_add(v_50, v_51)  # line 54
    v_53: Signed = getfield(b_1, 'inst_balance')  # line 54
    v_54: Signed = int_add(v_52, v_53)  # line 54
    v_55: Signed = int_mod(n_2, 10)  # line 54
    v_56: Bool = int_ne(v_55, 0)  # line 54
    v_57: Signed = int_xor(v_55, 10)  # line 54
    v_58: Bool = int_lt(v_57, 0)  # line 54
    v_59: Signed = cast_bool_to_int(v_56)  # line 54
    v_60: Signed = cast_bool_to_int(v_58)  # line 54
    v_61: Signed = int_and(v_59, v_60)  # line 54
    v_62: Signed = int_mul(v_61, 10)  # line 54
    v_63: Signed = int_add(v_55, v_62)  # line 54
    v_64: Signed = direct_call(graph loop, v_63)  # line 54
    v_65: Signed = int_add(v_54, v_64)  # line 54
    --> return(v_65)

graph Account.__init__(self_0: Ptr(calls_and_jit_hints.Account), owner_0: Signed, balance_0: Signed, bonus_0: Signed)  # calls_and_jit_hints.py:19
block0(self_0: Ptr(calls_and_jit_hints.Account), owner_0: Signed, balance_0: Signed, bonus_0: Signed):
    v_0: Void = setfield(self_0, 'inst_owner', owner_0)  # line 20
    v_1: Signed = int_add(balance_0, bonus_0)  # line 21
    v_2: Void = setfield(self_0, 'inst_balance', v_1)  # line 21
    --> return(None)

graph Account.deposit(self_0: Ptr(calls_and_jit_hints.Account), amount_0: Signed, times_0: Signed)  # calls_and_jit_hints.py:23
block0(self_0: Ptr(calls_and_jit_hints.Account), amount_0: Signed, times_0: Signed):
    v_0: Signed = getfield(self_0, 'inst_balance')  # line 24
    v_1: Signed = int_mul(amount_0, times_0)  # line 24
    v_2: Signed = int_add(v_0, v_1)  # line 24
    v_3: Void = setfield(self_0, 'inst_balance', v_2)  # line 24
    v_4: Signed = getfield(self_0, 'inst_balance')  # line 25
    --> return(v_4)

graph scaled(x_0: Signed, factor_0: Signed, offset_0: Signed)  # calls_and_jit_hints.py:6
block0(x_0: Signed, factor_0: Signed, offset_0: Signed):
    v_0: Signed = int_mul(x_0, factor_0)  # line 7
    v_1: Signed = int_add(v_0, offset_0)  # line 7
    --> return(v_1)

graph total_of__star0(values_0: Ptr(tuple0))  # calls_and_jit_hints.py:10
block0(values_0: Ptr(tuple0)):
    v_0: Signed = same_as(0)  # line 11
    v_1: Signed = int_mul(v_0, 10)  # line 11
    --> return(v_1)

graph total_of__star1(values_0: Ptr(tuple1))  # calls_and_jit_hints.py:10
block0(values_0: Ptr(tuple1)):
    v_0: Signed = same_as(1)  # line 11
    v_1: Signed = int_mul(v_0, 10)  # line 11
    --> return(v_1)

graph total_of__star3(values_0: Ptr(tuple3))  # calls_and_jit_hints.py:10
block0(values_0: Ptr(tuple3)):
    v_0: Signed = same_as(3)  # line 11
    v_1: Signed = int_mul(v_0, 10)  # line 11
    --> return(v_1)

graph head__star0(first_0: Signed, rest_0: Ptr(tuple0))  # calls_and_jit_hints.py:14
block0(first_0: Signed, rest_0: Ptr(tuple0)):
    v_0: Signed = same_as(0)  # line 15
    v_1: Signed = int_add(first_0, v_0)  # line 15
    --> return(v_1)

graph head__star2(first_0: Signed, rest_0: Ptr(tuple2))  # calls_and_jit_hints.py:14
block0(first_0: Signed, rest_0: Ptr(tuple2)):
    v_0: Signed = same_as(2)  # line 15
    v_1: Signed = int_add(first_0, v_0)  # line 15
    --> return(v_1)

graph loop(n_0: Signed)  # calls_and_jit_hints.py:33
block0(n_0: Signed):
    --> block1(n_0, 0, 0)
block1(n_1: Signed, i_0: Signed, total_0: Signed):
    v_0: Bool = int_lt(i_0, n_1)  # line 36
    v_1: Bool = same_as(v_0)  # line 36
    switch v_1
    False --> return(total_0)
    True --> block2(n_1, i_0, total_0)
block2(n_2: Signed, i_1: Signed, total_1: Signed):
    v_2: Void = jit_marker('jit_merge_point', rpython.rlib.jit.JitDriver(greens=['i'], reds=['total', 'n']), i_1, total_1, n_2)  # line 37
    v_3: Signed = hint(i_1, 'promote')  # line 38
    v_4: Signed = direct_call(graph square, v_3)  # line 38
    v_5: Signed = int_add(total_1, v_4)  # line 38
    v_6: Signed = int_add(i_1, 1)  # line 39
    --> block1(n_2, v_6, v_5)

graph square(x_0: Signed)  # calls_and_jit_hints.py:29
block0(x_0: Signed):
    v_0: Signed = int_mul(x_0, x_0)  # line 30
    --> return(v_0)
