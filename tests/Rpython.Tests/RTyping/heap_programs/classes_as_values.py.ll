graph main(n_0: Signed)  # classes_as_values.py:40
block0(n_0: Signed):
    v_0: Signed = int_mod(n_0, 7)  # line 42
    v_1: Bool = int_ne(v_0, 0)  # line 42
    v_2: Signed = int_xor(v_0, 7)  # line 42
    v_3: Bool = int_lt(v_2, 0)  # line 42
    v_4: Signed = cast_bool_to_int(v_1)  # line 42
    v_5: Signed = cast_bool_to_int(v_3)  # line 42
    v_6: Signed = int_and(v_4, v_5)  # line 42
    v_7: Signed = int_mul(v_6, 7)  # line 42
    v_8: Signed = int_add(v_0, v_7)  # line 42
    v_9: Signed = int_add(v_8, 3)  # line 42
    v_10: Ptr(GcArray(Signed)) = same_as(None)  # line 42
    v_11: Ptr(rangeiter) = direct_call(graph ll_rangeiter1__rangeiter_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), 0, v_9)  # line 42
    --> block1(n_0, 0, v_11)
block1(n_1: Signed, total_0: Signed, iter6_0: Ptr(rangeiter)):
    v_12: Signed = direct_call(graph ll_rangenext__rangeiter, iter6_0)  # line 42
    no exception --> block2(v_12, iter6_0, n_1, total_0)
    StopIteration --> return(total_0)
block2(item_0: Signed, iter6_1: Ptr(rangeiter), n_2: Signed, total_1: Signed):
    v_13: Signed = int_add(n_2, item_0)  # line 43
    v_14: Ptr(classes_as_values.Animal) = direct_call(graph make, v_13)  # line 43
    v_15: Ptr(classes_as_values.Animal) = same_as(v_14)  # line 44
    v_16: Ptr(classes_as_values.Animal) = cast_pointer(v_15)  # line 44
    v_17: Ptr(object_vtable) = getfield(v_16, 'typeptr')  # line 44
    v_18: Ptr(vtable_classes_as_values.Animal) = cast_pointer(v_17)  # line 44
    v_19: Ptr(Func((Ptr(GcStruct classes_as_values.Animal { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_legs: Signed, inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sound_count: Signed })) -> Signed)) = getfield(v_18, 'cls_speak')  # line 44
    v_20: Signed = indirect_call(v_19, v_15, System.Collections.Generic.List`1[Rpython.Translator.Flow.FunctionGraph])  # line 44
    v_21: Signed = getfield(v_14, 'inst_legs')  # line 44
    v_22: Signed = int_mul(v_21, 1000)  # line 44
    v_23: Signed = int_add(v_20, v_22)  # line 44
    v_24: Signed = getfield(v_14, 'inst_sound_count')  # line 44
    v_25: Signed = int_mul(v_24, 10000)  # line 44
    v_26: Signed = int_add(v_23, v_25)  # line 44
    v_27: Ptr(rpy_str) = getfield(v_14, 'inst_name')  # line 44
    v_28: Signed = direct_call(graph ll_strlen__rpy_str, v_27)  # line 44
    v_29: Signed = int_mul(v_28, 100000)  # line 44
    v_30: Signed = int_add(v_26, v_29)  # line 44
    v_31: Signed = int_add(total_1, v_30)  # line 44
    v_32: Ptr(object_vtable) = getfield(v_14, 'typeptr')  # line 45
    v_33: Bool = ptr_eq(v_32, vtable classes_as_values.Bird [3, 4))  # line 45
    v_34: Bool = same_as(v_33)  # line 45
    switch v_34
    False --> block1(n_2, v_31, iter6_1)
    True --> block3(n_2, v_31, iter6_1)
block3(n_3: Signed, total_2: Signed, iter6_2: Ptr(rangeiter)):
    v_35: Signed = int_add(total_2, 7)  # line 46
    --> block1(n_3, v_35, iter6_2)

graph make(n_0: Signed)  # classes_as_values.py:35
block0(n_0: Signed):
    v_0: Signed = int_mod(n_0, 3)  # line 36
    v_1: Bool = int_ne(v_0, 0)  # line 36
    v_2: Signed = int_xor(v_0, 3)  # line 36
    v_3: Bool = int_lt(v_2, 0)  # line 36
    v_4: Signed = cast_bool_to_int(v_1)  # line 36
    v_5: Signed = cast_bool_to_int(v_3)  # line 36
    v_6: Signed = int_and(v_4, v_5)  # line 36
    v_7: Signed = int_mul(v_6, 3)  # line 36
    v_8: Signed = int_add(v_0, v_7)  # line 36
    v_9: Ptr(object_vtable) = direct_call(graph ll_getitem_nonneg__array_object_vtable_Signed, <GcArray(Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed })) of 3>, v_8)  # line 36
    v_10: Signed = int_mod(n_0, 5)  # line 37
    v_11: Bool = int_ne(v_10, 0)  # line 37
    v_12: Signed = int_xor(v_10, 5)  # line 37
    v_13: Bool = int_lt(v_12, 0)  # line 37
    v_14: Signed = cast_bool_to_int(v_11)  # line 37
    v_15: Signed = cast_bool_to_int(v_13)  # line 37
    v_16: Signed = int_and(v_14, v_15)  # line 37
    v_17: Signed = int_mul(v_16, 5)  # line 37
    v_18: Signed = int_add(v_10, v_17)  # line 37
    v_19: Ptr(rpy_str) = direct_call(graph ll_char_mul__UniChar_Signed, 120, v_18)  # line 37
    v_20: Ptr(vtable_classes_as_values.Animal) = cast_pointer(v_9)  # line 37
    v_21: Ptr(Func(() -> Ptr(GcStruct classes_as_values.Animal { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_legs: Signed, inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sound_count: Signed }))) = getfield(v_20, 'instantiate')  # line 37
    v_22: Ptr(classes_as_values.Animal) = indirect_call(v_21, None)  # line 37
    v_23: Ptr(classes_as_values.Animal) = same_as(v_22)  # line 37
    v_24: Ptr(object_vtable) = same_as(v_9)  # line 37
    v_25: Ptr(vtable_classes_as_values.Animal) = cast_pointer(v_24)  # line 37
    v_26: Ptr(Func((Ptr(GcStruct classes_as_values.Animal { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_legs: Signed, inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sound_count: Signed }), Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) })) -> Void)) = getfield(v_25, 'cls___init__')  # line 37
    v_27: Void = indirect_call(v_26, v_22, v_19, System.Collections.Generic.List`1[Rpython.Translator.Flow.FunctionGraph])  # line 37
    --> return(v_23)

graph Bird.__init__(self_0: Ptr(classes_as_values.Animal), name_0: Ptr(rpy_str))  # classes_as_values.py:20
block0(self_0: Ptr(classes_as_values.Animal), name_0: Ptr(rpy_str)):
    --> block1(self_0, name_0)
block1(self_1: Ptr(classes_as_values.Animal), name_1: Ptr(rpy_str)):
    self_2: Ptr(classes_as_values.Bird) = cast_pointer(self_1)  # line 20
    --> block2(self_2, name_1)
block2(self_3: Ptr(classes_as_values.Bird), name_2: Ptr(rpy_str)):
    v_0: Ptr(classes_as_values.Animal) = cast_pointer(self_3)  # line 21
    v_1: Void = direct_call(graph Animal.__init__, v_0, name_2)  # line 21
    v_2: Ptr(classes_as_values.Animal) = cast_pointer(self_3)  # line 22
    v_3: Void = setfield(v_2, 'inst_sound_count', 5)  # line 22
    --> return(None)

graph Animal.__init__(self_0: Ptr(classes_as_values.Animal), name_0: Ptr(rpy_str))  # classes_as_values.py:4
block0(self_0: Ptr(classes_as_values.Animal), name_0: Ptr(rpy_str)):
    v_0: Void = setfield(self_0, 'inst_name', name_0)  # line 5
    v_1: Void = setfield(self_0, 'inst_sound_count', 0)  # line 6
    --> return(None)

graph Animal.speak(self_0: Ptr(classes_as_values.Animal))  # classes_as_values.py:8
block0(self_0: Ptr(classes_as_values.Animal)):
    --> return(1)

graph Bird.speak(self_0: Ptr(classes_as_values.Animal))  # classes_as_values.py:24
block0(self_0: Ptr(classes_as_values.Animal)):
    --> block1(self_0)
block1(self_1: Ptr(classes_as_values.Animal)):
    self_2: Ptr(classes_as_values.Bird) = cast_pointer(self_1)  # line 24
    --> block2(self_2)
block2(self_3: Ptr(classes_as_values.Bird)):
    --> return(100)

graph Dog.speak(self_0: Ptr(classes_as_values.Animal))  # classes_as_values.py:13
block0(self_0: Ptr(classes_as_values.Animal)):
    --> block1(self_0)
block1(self_1: Ptr(classes_as_values.Animal)):
    self_2: Ptr(classes_as_values.Dog) = cast_pointer(self_1)  # line 13
    --> block2(self_2)
block2(self_3: Ptr(classes_as_values.Dog)):
    --> return(10)

graph ll_instantiate__classes_as_values.Animal()
block0():
    v_0: Ptr(classes_as_values.Animal) = malloc(GcStruct classes_as_values.Animal { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_legs: Signed, inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sound_count: Signed }, 'gc')
    v_1: Void = setfield(v_0, 'typeptr', vtable classes_as_values.Animal [1, 5))
    v_2: Void = setfield(v_0, 'inst_legs', 4)
    --> return(v_0)

graph ll_instantiate__classes_as_values.Dog()
block0():
    v_0: Ptr(classes_as_values.Dog) = malloc(GcStruct classes_as_values.Dog { super: GcStruct classes_as_values.Animal { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_legs: Signed, inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sound_count: Signed } }, 'gc')
    v_1: Ptr(classes_as_values.Animal) = cast_pointer(v_0)
    v_2: Void = setfield(v_1, 'typeptr', vtable classes_as_values.Dog [2, 3))
    v_3: Ptr(classes_as_values.Animal) = cast_pointer(v_0)
    v_4: Void = setfield(v_3, 'inst_legs', 4)
    v_5: Ptr(classes_as_values.Animal) = cast_pointer(v_0)
    --> return(v_5)

graph ll_instantiate__classes_as_values.Bird()
block0():
    v_0: Ptr(classes_as_values.Bird) = malloc(GcStruct classes_as_values.Bird { super: GcStruct classes_as_values.Animal { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_legs: Signed, inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sound_count: Signed } }, 'gc')
    v_1: Ptr(classes_as_values.Animal) = cast_pointer(v_0)
    v_2: Void = setfield(v_1, 'typeptr', vtable classes_as_values.Bird [3, 4))
    v_3: Ptr(classes_as_values.Animal) = cast_pointer(v_0)
    v_4: Void = setfield(v_3, 'inst_legs', 2)
    v_5: Ptr(classes_as_values.Animal) = cast_pointer(v_0)
    --> return(v_5)

graph ll_instantiate__classes_as_values.Fish()
block0():
    v_0: Ptr(classes_as_values.Fish) = malloc(GcStruct classes_as_values.Fish { super: GcStruct classes_as_values.Animal { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }), inst_legs: Signed, inst_name: Ptr(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }), inst_sound_count: Signed } }, 'gc')
    v_1: Ptr(classes_as_values.Animal) = cast_pointer(v_0)
    v_2: Void = setfield(v_1, 'typeptr', vtable classes_as_values.Fish [4, 5))
    v_3: Ptr(classes_as_values.Animal) = cast_pointer(v_0)
    v_4: Void = setfield(v_3, 'inst_legs', 0)
    v_5: Ptr(classes_as_values.Animal) = cast_pointer(v_0)
    --> return(v_5)

graph ll_rangeiter1__rangeiter_Signed_Signed(ITER_0: Void, start_0: Signed, stop_0: Signed)  # rlist.py:337
block0(ITER_0: Void, start_0: Signed, stop_0: Signed):
    v_0: Bool = int_gt(stop_0, start_0)  # line 340
    v_1: Bool = same_as(v_0)  # line 340
    switch v_1
    False --> block1(ITER_0, start_0, 0)
    True --> block2(ITER_0, start_0, stop_0)
block1(ITER_1: Void, start_1: Signed, remaining_0: Signed):
    v_2: Ptr(rangeiter) = direct_call(graph _ll_rangeiter__rangeiter_Signed_Signed_Signed, Ptr(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }), start_1, remaining_0, 1)  # line 342
    --> return(v_2)
block2(ITER_2: Void, start_2: Signed, stop_1: Signed):
    v_3: Signed = int_sub(stop_1, start_2)  # line 341
    --> block1(ITER_2, start_2, v_3)

graph _ll_rangeiter__rangeiter_Signed_Signed_Signed(ITER_0: Void, start_0: Signed, remaining_0: Signed, step_0: Signed)  # rlist.py:345
block0(ITER_0: Void, start_0: Signed, remaining_0: Signed, step_0: Signed):
    v_0: Ptr(rangeiter) = malloc(GcStruct rangeiter { index: Signed, next: Signed, remaining: Signed, step: Signed }, 'gc')  # line 346
    v_1: Void = setfield(v_0, 'index', 0)  # line 347
    v_2: Void = setfield(v_0, 'next', start_0)  # line 348
    v_3: Void = setfield(v_0, 'remaining', remaining_0)  # line 349
    v_4: Void = setfield(v_0, 'step', step_0)  # line 350
    --> return(v_0)

graph ll_rangenext__rangeiter(it_0: Ptr(rangeiter))  # rlist.py:373
block0(it_0: Ptr(rangeiter)):
    v_0: Signed = getfield(it_0, 'remaining')  # line 375
    v_1: Bool = int_le(v_0, 0)  # line 376
    v_2: Bool = same_as(v_1)  # line 376
    switch v_2
    False --> block1(it_0, v_0)
    True --> block2()
block1(it_1: Ptr(rangeiter), remaining_0: Signed):
    v_3: Signed = int_sub(remaining_0, 1)  # line 378
    v_4: Void = setfield(it_1, 'remaining', v_3)  # line 378
    v_5: Signed = getfield(it_1, 'next')  # line 379
    v_6: Signed = getfield(it_1, 'step')  # line 380
    v_7: Signed = int_add(v_5, v_6)  # line 380
    v_8: Void = setfield(it_1, 'next', v_7)  # line 380
    v_9: Signed = getfield(it_1, 'index')  # line 381
    v_10: Signed = int_add(v_9, 1)  # line 381
    v_11: Void = setfield(it_1, 'index', v_10)  # line 381
    --> return(v_5)
block2():
    v_12: Ptr(StopIteration) = malloc(GcStruct StopIteration { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } }, 'gc')  # line 377
    v_13: Ptr(BaseException) = cast_pointer(v_12)  # line 377
    v_14: Void = setfield(v_13, 'typeptr', vtable StopIteration [11, 12))  # line 377
    v_15: Ptr(BaseException) = cast_pointer(v_12)  # line 377
    v_16: Ptr(object_vtable) = getfield(v_15, 'typeptr')  # line 377
    --> raise(v_16, v_12)

graph ll_strlen__rpy_str(s_0: Ptr(rpy_str))  # rstr.py:39
block0(s_0: Ptr(rpy_str)):
    v_0: Ptr(rpy_str) = same_as(s_0)  # line 40
    v_1: Signed = getinteriorarraysize(v_0, 'chars')  # line 40
    --> return(v_1)

graph ll_getitem_nonneg__array_object_vtable_Signed(l_0: Ptr(GcArray(Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }))), index_0: Signed)  # rlist.py:67
block0(l_0: Ptr(GcArray(Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }))), index_0: Signed):
    v_0: Signed = direct_call(graph ll_len__array_object_vtable, l_0)  # line 68
    v_1: Bool = int_ge(index_0, v_0)  # line 68
    v_2: Bool = same_as(v_1)  # line 68
    switch v_2
    False --> block1(l_0, index_0)
    True --> block2()
block1(l_1: Ptr(GcArray(Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }))), index_1: Signed):
    v_3: Ptr(GcArray(Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }))) = direct_call(graph ll_items__array_object_vtable, l_1)  # line 70
    v_4: Ptr(object_vtable) = getarrayitem(v_3, index_1)  # line 70
    --> return(v_4)
block2():
    v_5: Ptr(IndexError) = malloc(GcStruct IndexError { super: GcStruct LookupError { super: GcStruct Exception { super: GcStruct BaseException { typeptr: Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }) } } } }, 'gc')  # line 69
    v_6: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_7: Void = setfield(v_6, 'typeptr', vtable IndexError [8, 9))  # line 69
    v_8: Ptr(BaseException) = cast_pointer(v_5)  # line 69
    v_9: Ptr(object_vtable) = getfield(v_8, 'typeptr')  # line 69
    --> raise(v_9, v_5)

graph ll_len__array_object_vtable(l_0: Ptr(GcArray(Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }))))  # rlist.py:31
block0(l_0: Ptr(GcArray(Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed })))):
    v_0: Bool = same_as(True)  # line 32
    v_1: Bool = same_as(v_0)  # line 32
    --> block1(l_0)
block1(l_1: Ptr(GcArray(Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed })))):
    v_2: Signed = getarraysize(l_1)  # line 33
    --> return(v_2)

graph ll_items__array_object_vtable(l_0: Ptr(GcArray(Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed }))))  # rlist.py:25
block0(l_0: Ptr(GcArray(Ptr(Struct object_vtable { subclassrange_min: Signed, subclassrange_max: Signed })))):
    v_0: Bool = same_as(True)  # line 26
    v_1: Bool = same_as(v_0)  # line 26
    --> return(l_0)

graph ll_char_mul__UniChar_Signed(ch_0: UniChar, times_0: Signed)  # rstr.py:965
block0(ch_0: UniChar, times_0: Signed):
    v_0: Bool = int_lt(times_0, 0)  # line 966
    v_1: Bool = same_as(v_0)  # line 966
    switch v_1
    False --> block1(ch_0, times_0)
    True --> block1(ch_0, 0)
block1(ch_1: UniChar, times_1: Signed):
    v_2: Ptr(rpy_str) = direct_call(graph mallocstr__Signed, times_1)  # line 968
    --> block2(ch_1, times_1, v_2, 0)
block2(ch_2: UniChar, times_2: Signed, res_0: Ptr(rpy_str), i_0: Signed):
    v_3: Bool = int_lt(i_0, times_2)  # line 970
    v_4: Bool = same_as(v_3)  # line 970
    switch v_4
    False --> return(res_0)
    True --> block3(ch_2, times_2, res_0, i_0)
block3(ch_3: UniChar, times_3: Signed, res_1: Ptr(rpy_str), i_1: Signed):
    v_5: Ptr(rpy_str) = same_as(res_1)  # line 971
    v_6: Void = setinteriorfield(v_5, 'chars', i_1, ch_3)  # line 971
    v_7: Signed = int_add(i_1, 1)  # line 972
    --> block2(ch_3, times_3, res_1, v_7)

graph mallocstr__Signed(length_0: Signed)  # rstr.py:30
block0(length_0: Signed):
    v_0: Ptr(rpy_str) = malloc_varsize(GcStruct rpy_str { hash: Signed, chars: Array(UniChar, immutable) }, 'gc', length_0)  # line 31
    --> return(v_0)
