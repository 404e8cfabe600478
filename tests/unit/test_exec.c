/* test_exec.c — Criterion tests of promotion (translate.c) and the interpreter (exec.c): calls and
 * returns, deep recursion ending in "call stack exhausted", tail calls in constant stack, fuel, host
 * functions calling back in (the value stack moving under a running frame), multi-value parallel
 * returns, locals on the operand stack that are overwritten later, br_table with values, traps, lazy
 * validation failures, v128 values in every position (parameters, locals, blocks, select, globals,
 * calls, memories) and SIMD instructions, and code that is byte-identical across layouts.
 * May touch: warden.h, and runtime.h / code.h for internal checks (store fuel, records, code words).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "warden.h"
#include "runtime.h"
#include "code.h"
#include "matrix.h"

/* The modules below were assembled with wat2wasm (--enable-tail-call; --no-check for mod_lazy). */
/* (module
 *   (type $ii (func (param i32) (result i32)))
 *   (import "env" "add" (func $host_add (param i32 i32) (result i32)))
 *   (import "env" "reenter" (func $reenter (param i32) (result i32)))
 *   (memory 1)
 *   (table 2 funcref)
 *   (elem (i32.const 0) $fib $rec)
 *   (func $fib (export "fib") (param i32) (result i32)
 *     (if (result i32) (i32.lt_u (local.get 0) (i32.const 2)) (then (local.get 0))
 *       (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
 *                      (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
 *   (func $rec (export "rec") (param i32) (result i32)
 *     (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
 *       (else (i32.add (i32.const 1) (call $rec (i32.sub (local.get 0) (i32.const 1)))))))
 *   (func $tail (export "tail") (param i32 i64) (result i64)
 *     (if (result i64) (i32.eqz (local.get 0)) (then (local.get 1))
 *       (else (return_call $tail (i32.sub (local.get 0) (i32.const 1))
 *                                (i64.add (local.get 1) (i64.extend_i32_u (local.get 0)))))))
 *   (func (export "spin") (loop (br 0)))
 *   (func (export "swap") (param i32 i32) (result i32 i32) (local.get 1) (local.get 0))
 *   (func (export "rot3") (param i32 i32 i32) (result i32 i32 i32) (local.get 2) (local.get 0) (local.get 1))
 *   (func (export "via_host") (param i32) (result i32) (i32.add (i32.const 1) (call $reenter (local.get 0))))
 *   (func (export "add_host") (param i32 i32) (result i32) (call $host_add (local.get 0) (local.get 1)))
 *   (func (export "ind") (param i32 i32) (result i32) (call_indirect (type $ii) (local.get 1) (local.get 0)))
 *   (func (export "stale") (param $x i32) (result i32)
 *     (local.get $x) (local.set $x (i32.const 5)) (local.get $x) (i32.sub))
 *   (func (export "loopstale") (param $x i32) (result i32) (local $i i32)
 *     (local.get $x)
 *     (loop $l
 *       (local.set $x (i32.add (local.get $x) (i32.const 1)))
 *       (local.set $i (i32.add (local.get $i) (i32.const 1)))
 *       (br_if $l (i32.lt_u (local.get $i) (i32.const 3))))
 *     (local.get $x) (i32.sub))
 *   (func (export "ifstale") (param $x i32) (param $c i32) (result i32)
 *     (local.get $x)
 *     (if (local.get $c) (then (local.set $x (i32.const 100))) (else (nop)))
 *     (local.get $x) (i32.add))
 *   (func (export "bt") (param i32) (result i32)
 *     (block $out (result i32)
 *       (block $b1 (result i32)
 *         (block $b0 (result i32)
 *           (i32.const 10) (local.get 0) (br_table $b0 $b1 $out))
 *         (i32.const 1) (i32.add) (br $out))
 *       (i32.const 2) (i32.add)))
 *   (func (export "early") (param i32) (result i32)
 *     (block (drop (br_if 1 (i32.const 7) (local.get 0)))) (i32.const 8))
 *   (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
 *   (func (export "load") (param i32) (result i32) (i32.load offset=4 (local.get 0)))
 *   (func (export "grow_load") (param i32) (result i32)
 *     (drop (memory.grow (i32.const 1))) (i32.load (local.get 0)))
 * ) */
static const uint8_t mod_main[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x25, 0x06, 0x60, 0x01, 0x7f, 0x01, 0x7f, 0x60, 0x02,
  0x7f, 0x7f, 0x01, 0x7f, 0x60, 0x02, 0x7f, 0x7e, 0x01, 0x7e, 0x60, 0x00, 0x00, 0x60, 0x02, 0x7f, 0x7f, 0x02,
  0x7f, 0x7f, 0x60, 0x03, 0x7f, 0x7f, 0x7f, 0x03, 0x7f, 0x7f, 0x7f, 0x02, 0x19, 0x02, 0x03, 0x65, 0x6e, 0x76,
  0x03, 0x61, 0x64, 0x64, 0x00, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x07, 0x72, 0x65, 0x65, 0x6e, 0x74, 0x65, 0x72,
  0x00, 0x00, 0x03, 0x12, 0x11, 0x00, 0x00, 0x02, 0x03, 0x04, 0x05, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x04, 0x04, 0x01, 0x70, 0x00, 0x02, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x89, 0x01,
  0x11, 0x03, 0x66, 0x69, 0x62, 0x00, 0x02, 0x03, 0x72, 0x65, 0x63, 0x00, 0x03, 0x04, 0x74, 0x61, 0x69, 0x6c,
  0x00, 0x04, 0x04, 0x73, 0x70, 0x69, 0x6e, 0x00, 0x05, 0x04, 0x73, 0x77, 0x61, 0x70, 0x00, 0x06, 0x04, 0x72,
  0x6f, 0x74, 0x33, 0x00, 0x07, 0x08, 0x76, 0x69, 0x61, 0x5f, 0x68, 0x6f, 0x73, 0x74, 0x00, 0x08, 0x08, 0x61,
  0x64, 0x64, 0x5f, 0x68, 0x6f, 0x73, 0x74, 0x00, 0x09, 0x03, 0x69, 0x6e, 0x64, 0x00, 0x0a, 0x05, 0x73, 0x74,
  0x61, 0x6c, 0x65, 0x00, 0x0b, 0x09, 0x6c, 0x6f, 0x6f, 0x70, 0x73, 0x74, 0x61, 0x6c, 0x65, 0x00, 0x0c, 0x07,
  0x69, 0x66, 0x73, 0x74, 0x61, 0x6c, 0x65, 0x00, 0x0d, 0x02, 0x62, 0x74, 0x00, 0x0e, 0x05, 0x65, 0x61, 0x72,
  0x6c, 0x79, 0x00, 0x0f, 0x03, 0x64, 0x69, 0x76, 0x00, 0x10, 0x04, 0x6c, 0x6f, 0x61, 0x64, 0x00, 0x11, 0x09,
  0x67, 0x72, 0x6f, 0x77, 0x5f, 0x6c, 0x6f, 0x61, 0x64, 0x00, 0x12, 0x09, 0x08, 0x01, 0x00, 0x41, 0x00, 0x0b,
  0x02, 0x02, 0x03, 0x0a, 0x8d, 0x02, 0x11, 0x1c, 0x00, 0x20, 0x00, 0x41, 0x02, 0x49, 0x04, 0x7f, 0x20, 0x00,
  0x05, 0x20, 0x00, 0x41, 0x01, 0x6b, 0x10, 0x02, 0x20, 0x00, 0x41, 0x02, 0x6b, 0x10, 0x02, 0x6a, 0x0b, 0x0b,
  0x15, 0x00, 0x20, 0x00, 0x45, 0x04, 0x7f, 0x41, 0x00, 0x05, 0x41, 0x01, 0x20, 0x00, 0x41, 0x01, 0x6b, 0x10,
  0x03, 0x6a, 0x0b, 0x0b, 0x18, 0x00, 0x20, 0x00, 0x45, 0x04, 0x7e, 0x20, 0x01, 0x05, 0x20, 0x00, 0x41, 0x01,
  0x6b, 0x20, 0x01, 0x20, 0x00, 0xad, 0x7c, 0x12, 0x04, 0x0b, 0x0b, 0x07, 0x00, 0x03, 0x40, 0x0c, 0x00, 0x0b,
  0x0b, 0x06, 0x00, 0x20, 0x01, 0x20, 0x00, 0x0b, 0x08, 0x00, 0x20, 0x02, 0x20, 0x00, 0x20, 0x01, 0x0b, 0x09,
  0x00, 0x41, 0x01, 0x20, 0x00, 0x10, 0x01, 0x6a, 0x0b, 0x08, 0x00, 0x20, 0x00, 0x20, 0x01, 0x10, 0x00, 0x0b,
  0x09, 0x00, 0x20, 0x01, 0x20, 0x00, 0x11, 0x00, 0x00, 0x0b, 0x0b, 0x00, 0x20, 0x00, 0x41, 0x05, 0x21, 0x00,
  0x20, 0x00, 0x6b, 0x0b, 0x21, 0x01, 0x01, 0x7f, 0x20, 0x00, 0x03, 0x40, 0x20, 0x00, 0x41, 0x01, 0x6a, 0x21,
  0x00, 0x20, 0x01, 0x41, 0x01, 0x6a, 0x21, 0x01, 0x20, 0x01, 0x41, 0x03, 0x49, 0x0d, 0x00, 0x0b, 0x20, 0x00,
  0x6b, 0x0b, 0x13, 0x00, 0x20, 0x00, 0x20, 0x01, 0x04, 0x40, 0x41, 0xe4, 0x00, 0x21, 0x00, 0x05, 0x01, 0x0b,
  0x20, 0x00, 0x6a, 0x0b, 0x1c, 0x00, 0x02, 0x7f, 0x02, 0x7f, 0x02, 0x7f, 0x41, 0x0a, 0x20, 0x00, 0x0e, 0x02,
  0x00, 0x01, 0x02, 0x0b, 0x41, 0x01, 0x6a, 0x0c, 0x01, 0x0b, 0x41, 0x02, 0x6a, 0x0b, 0x0b, 0x0e, 0x00, 0x02,
  0x40, 0x41, 0x07, 0x20, 0x00, 0x0d, 0x01, 0x1a, 0x0b, 0x41, 0x08, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x20, 0x01,
  0x6d, 0x0b, 0x07, 0x00, 0x20, 0x00, 0x28, 0x02, 0x04, 0x0b, 0x0c, 0x00, 0x41, 0x01, 0x40, 0x00, 0x1a, 0x20,
  0x00, 0x28, 0x02, 0x00, 0x0b,
};

/* (module (func (export "bad") (result i32) (i64.const 1)) (func (export "good") (result i32) (i32.const 3))) */
static const uint8_t mod_lazy[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x03, 0x02,
  0x00, 0x00, 0x07, 0x0e, 0x02, 0x03, 0x62, 0x61, 0x64, 0x00, 0x00, 0x04, 0x67, 0x6f, 0x6f, 0x64, 0x00, 0x01,
  0x0a, 0x0b, 0x02, 0x04, 0x00, 0x42, 0x01, 0x0b, 0x04, 0x00, 0x41, 0x03, 0x0b,
};

/* (module (func (export "v") (result i32) (i32x4.extract_lane 0 (v128.const i32x4 1 2 3 4))) (func (export "ok") (result i32) (i32.const 1))) */
static const uint8_t mod_simd[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x03, 0x02,
  0x00, 0x00, 0x07, 0x0a, 0x02, 0x01, 0x76, 0x00, 0x00, 0x02, 0x6f, 0x6b, 0x00, 0x01, 0x0a, 0x1e, 0x02, 0x17,
  0x00, 0xfd, 0x0c, 0x01, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00,
  0x00, 0xfd, 0x1b, 0x00, 0x0b, 0x04, 0x00, 0x41, 0x01, 0x0b,
};

/* simd.wat (wat2wasm --enable-all): v128 parameters, results, locals, blocks, select, globals, calls,
 * memories and lanes.
 * (module
 *   (type $vv (func (param v128 v128) (result v128)))
 *   (import "env" "hadd" (func $hadd (param i32 v128 i64) (result v128 i32)))
 *   (memory $m0 1)
 *   (memory $m1 1)
 *   (table 2 funcref)
 *   (elem (i32.const 0) $add4 $sub4)
 *   (global $g (mut v128) (v128.const i32x4 1 2 3 4))
 *   (func $add4 (type $vv) (i32x4.add (local.get 0) (local.get 1)))
 *   (func $sub4 (type $vv) (i32x4.sub (local.get 0) (local.get 1)))
 *   (func (export "mix") (param i32 v128 i64 v128) (result i64 v128 i32)
 *     (i64.add (local.get 2) (i64.const 1))
 *     (i32x4.add (local.get 1) (local.get 3))
 *     (i32.mul (local.get 0) (i32.const 2)))
 *   (func (export "swapv") (param v128 v128) (result v128 v128) (local.get 1) (local.get 0))
 *   (func (export "locals") (param v128) (result v128) (local $a v128) (local $x i32) (local $b v128)
 *     (local.set $b (i32x4.add (local.get 0) (local.get $a)))
 *     (local.get $b)
 *     (local.set $b (v128.const i32x4 100 100 100 100))
 *     (local.get $b) (i32x4.add)
 *     (local.tee $a)
 *     (local.get $a) (i32x4.add)
 *     (local.set $x (i32.const 9))
 *     (i32x4.replace_lane 3 (local.get $x)))
 *   (func (export "blocks") (param i32 v128) (result v128)
 *     (block $out (result v128)
 *       (block $b1 (result v128)
 *         (block $b0 (result v128)
 *           (local.get 1) (local.get 0) (br_table $b0 $b1 $out))
 *         (i32x4.add (v128.const i32x4 1 1 1 1)) (br $out))
 *       (local.get 1) (i32x4.add)))
 *   (func (export "loopv") (param i32 v128) (result v128)
 *     (local.get 1)
 *     (loop $l (param v128) (result v128)
 *       (i32x4.add (v128.const i32x4 1 2 3 4))
 *       (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
 *       (br_if $l (local.get 0))))
 *   (func (export "brif") (param i32 v128) (result v128)
 *     (block $b (result v128)
 *       (local.get 1)
 *       (br_if $b (local.get 0))
 *       (drop)
 *       (v128.const i32x4 7 7 7 7)))
 *   (func (export "ifv") (param i32 v128) (result v128)
 *     (local.get 1)
 *     (if (param v128) (result v128) (local.get 0)
 *       (then (i32x4.neg))
 *       (else (v128.not))))
 *   (func (export "sel") (param i32 v128 v128) (result v128 v128)
 *     (select (local.get 1) (local.get 2) (local.get 0))
 *     (select (result v128) (local.get 2) (local.get 1) (local.get 0)))
 *   (func (export "glob") (param v128) (result v128)
 *     (global.get $g) (global.set $g (local.get 0)) (global.get $g) (i32x4.add))
 *   (func (export "calls") (param v128 v128 i32) (result v128)
 *     (call $add4 (local.get 0) (local.get 1))
 *     (call_indirect (type $vv) (local.get 1) (local.get 2)))
 *   (func $tailv (export "tailv") (param i32 v128) (result v128)
 *     (if (result v128) (i32.eqz (local.get 0)) (then (local.get 1))
 *       (else (return_call $tailv (i32.sub (local.get 0) (i32.const 1))
 *                                 (i32x4.add (local.get 1) (v128.const i32x4 1 1 1 1))))))
 *   (func (export "viahost") (param v128) (result v128 i32)
 *     (call $hadd (i32.const 5) (local.get 0) (i64.const 7)))
 *   (func (export "tailhost") (param v128) (result v128 i32)
 *     (return_call $hadd (i32.const 1) (local.get 0) (i64.const 2)))
 *   (func (export "mem") (param i32 v128) (result v128)
 *     (v128.store offset=16 (local.get 0) (local.get 1))
 *     (v128.load offset=16 (local.get 0)))
 *   (func (export "lanemem") (param i32 v128) (result v128 i32)
 *     (v128.store32_lane offset=4 2 (local.get 0) (local.get 1))
 *     (v128.load16_lane offset=4 7 (local.get 0) (v128.const i32x4 0 0 0 0))
 *     (i32.load offset=4 (local.get 0)))
 *   (func (export "mem1") (param i32 v128) (result v128 v128)
 *     (v128.store 1 (local.get 0) (local.get 1))
 *     (v128.load 1 (local.get 0))
 *     (v128.load (local.get 0)))
 *   (func (export "shuf") (param v128 v128) (result v128 i32)
 *     (i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31 (local.get 0) (local.get 1))
 *     (i8x16.extract_lane_s 3 (local.get 1)))
 *   (func (export "bitsel") (param v128 v128 v128) (result v128)
 *     (v128.bitselect (local.get 0) (local.get 1) (local.get 2)))
 *   (func (export "splat") (param i64 f64) (result v128 i32)
 *     (i64x2.splat (local.get 0))
 *     (i32.add (i32x4.all_true (f64x2.splat (local.get 1))) (i32x4.bitmask (i32x4.splat (i32.const -1)))))
 * ) */
static const uint8_t mod_simdv[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x63, 0x0e, 0x60, 0x02, 0x7b, 0x7b, 0x01, 0x7b, 0x60,
  0x03, 0x7f, 0x7b, 0x7e, 0x02, 0x7b, 0x7f, 0x60, 0x04, 0x7f, 0x7b, 0x7e, 0x7b, 0x03, 0x7e, 0x7b, 0x7f, 0x60,
  0x02, 0x7b, 0x7b, 0x02, 0x7b, 0x7b, 0x60, 0x01, 0x7b, 0x01, 0x7b, 0x60, 0x02, 0x7f, 0x7b, 0x01, 0x7b, 0x60,
  0x03, 0x7f, 0x7b, 0x7b, 0x02, 0x7b, 0x7b, 0x60, 0x03, 0x7b, 0x7b, 0x7f, 0x01, 0x7b, 0x60, 0x01, 0x7b, 0x02,
  0x7b, 0x7f, 0x60, 0x02, 0x7f, 0x7b, 0x02, 0x7b, 0x7f, 0x60, 0x02, 0x7f, 0x7b, 0x02, 0x7b, 0x7b, 0x60, 0x02,
  0x7b, 0x7b, 0x02, 0x7b, 0x7f, 0x60, 0x03, 0x7b, 0x7b, 0x7b, 0x01, 0x7b, 0x60, 0x02, 0x7e, 0x7c, 0x02, 0x7b,
  0x7f, 0x02, 0x0c, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x04, 0x68, 0x61, 0x64, 0x64, 0x00, 0x01, 0x03, 0x16, 0x15,
  0x00, 0x00, 0x02, 0x03, 0x04, 0x05, 0x05, 0x05, 0x05, 0x06, 0x04, 0x07, 0x05, 0x08, 0x08, 0x05, 0x09, 0x0a,
  0x0b, 0x0c, 0x0d, 0x04, 0x04, 0x01, 0x70, 0x00, 0x02, 0x05, 0x05, 0x02, 0x00, 0x01, 0x00, 0x01, 0x06, 0x16,
  0x01, 0x7b, 0x01, 0xfd, 0x0c, 0x01, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04,
  0x00, 0x00, 0x00, 0x0b, 0x07, 0x97, 0x01, 0x13, 0x03, 0x6d, 0x69, 0x78, 0x00, 0x03, 0x05, 0x73, 0x77, 0x61,
  0x70, 0x76, 0x00, 0x04, 0x06, 0x6c, 0x6f, 0x63, 0x61, 0x6c, 0x73, 0x00, 0x05, 0x06, 0x62, 0x6c, 0x6f, 0x63,
  0x6b, 0x73, 0x00, 0x06, 0x05, 0x6c, 0x6f, 0x6f, 0x70, 0x76, 0x00, 0x07, 0x04, 0x62, 0x72, 0x69, 0x66, 0x00,
  0x08, 0x03, 0x69, 0x66, 0x76, 0x00, 0x09, 0x03, 0x73, 0x65, 0x6c, 0x00, 0x0a, 0x04, 0x67, 0x6c, 0x6f, 0x62,
  0x00, 0x0b, 0x05, 0x63, 0x61, 0x6c, 0x6c, 0x73, 0x00, 0x0c, 0x05, 0x74, 0x61, 0x69, 0x6c, 0x76, 0x00, 0x0d,
  0x07, 0x76, 0x69, 0x61, 0x68, 0x6f, 0x73, 0x74, 0x00, 0x0e, 0x08, 0x74, 0x61, 0x69, 0x6c, 0x68, 0x6f, 0x73,
  0x74, 0x00, 0x0f, 0x03, 0x6d, 0x65, 0x6d, 0x00, 0x10, 0x07, 0x6c, 0x61, 0x6e, 0x65, 0x6d, 0x65, 0x6d, 0x00,
  0x11, 0x04, 0x6d, 0x65, 0x6d, 0x31, 0x00, 0x12, 0x04, 0x73, 0x68, 0x75, 0x66, 0x00, 0x13, 0x06, 0x62, 0x69,
  0x74, 0x73, 0x65, 0x6c, 0x00, 0x14, 0x05, 0x73, 0x70, 0x6c, 0x61, 0x74, 0x00, 0x15, 0x09, 0x08, 0x01, 0x00,
  0x41, 0x00, 0x0b, 0x02, 0x01, 0x02, 0x0a, 0xf9, 0x03, 0x15, 0x09, 0x00, 0x20, 0x00, 0x20, 0x01, 0xfd, 0xae,
  0x01, 0x0b, 0x09, 0x00, 0x20, 0x00, 0x20, 0x01, 0xfd, 0xb1, 0x01, 0x0b, 0x13, 0x00, 0x20, 0x02, 0x42, 0x01,
  0x7c, 0x20, 0x01, 0x20, 0x03, 0xfd, 0xae, 0x01, 0x20, 0x00, 0x41, 0x02, 0x6c, 0x0b, 0x06, 0x00, 0x20, 0x01,
  0x20, 0x00, 0x0b, 0x3c, 0x03, 0x01, 0x7b, 0x01, 0x7f, 0x01, 0x7b, 0x20, 0x00, 0x20, 0x01, 0xfd, 0xae, 0x01,
  0x21, 0x03, 0x20, 0x03, 0xfd, 0x0c, 0x64, 0x00, 0x00, 0x00, 0x64, 0x00, 0x00, 0x00, 0x64, 0x00, 0x00, 0x00,
  0x64, 0x00, 0x00, 0x00, 0x21, 0x03, 0x20, 0x03, 0xfd, 0xae, 0x01, 0x22, 0x01, 0x20, 0x01, 0xfd, 0xae, 0x01,
  0x41, 0x09, 0x21, 0x02, 0x20, 0x02, 0xfd, 0x1c, 0x03, 0x0b, 0x30, 0x00, 0x02, 0x7b, 0x02, 0x7b, 0x02, 0x7b,
  0x20, 0x01, 0x20, 0x00, 0x0e, 0x02, 0x00, 0x01, 0x02, 0x0b, 0xfd, 0x0c, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00,
  0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0xfd, 0xae, 0x01, 0x0c, 0x01, 0x0b, 0x20, 0x01,
  0xfd, 0xae, 0x01, 0x0b, 0x0b, 0x27, 0x00, 0x20, 0x01, 0x03, 0x04, 0xfd, 0x0c, 0x01, 0x00, 0x00, 0x00, 0x02,
  0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xfd, 0xae, 0x01, 0x20, 0x00, 0x41, 0x01,
  0x6b, 0x21, 0x00, 0x20, 0x00, 0x0d, 0x00, 0x0b, 0x0b, 0x1e, 0x00, 0x02, 0x7b, 0x20, 0x01, 0x20, 0x00, 0x0d,
  0x00, 0x1a, 0xfd, 0x0c, 0x07, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x07, 0x00,
  0x00, 0x00, 0x0b, 0x0b, 0x0f, 0x00, 0x20, 0x01, 0x20, 0x00, 0x04, 0x04, 0xfd, 0xa1, 0x01, 0x05, 0xfd, 0x4d,
  0x0b, 0x0b, 0x12, 0x00, 0x20, 0x01, 0x20, 0x02, 0x20, 0x00, 0x1b, 0x20, 0x02, 0x20, 0x01, 0x20, 0x00, 0x1c,
  0x01, 0x7b, 0x0b, 0x0d, 0x00, 0x23, 0x00, 0x20, 0x00, 0x24, 0x00, 0x23, 0x00, 0xfd, 0xae, 0x01, 0x0b, 0x0f,
  0x00, 0x20, 0x00, 0x20, 0x01, 0x10, 0x01, 0x20, 0x01, 0x20, 0x02, 0x11, 0x00, 0x00, 0x0b, 0x29, 0x00, 0x20,
  0x00, 0x45, 0x04, 0x7b, 0x20, 0x01, 0x05, 0x20, 0x00, 0x41, 0x01, 0x6b, 0x20, 0x01, 0xfd, 0x0c, 0x01, 0x00,
  0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0xfd, 0xae, 0x01, 0x12,
  0x0d, 0x0b, 0x0b, 0x0a, 0x00, 0x41, 0x05, 0x20, 0x00, 0x42, 0x07, 0x10, 0x00, 0x0b, 0x0a, 0x00, 0x41, 0x01,
  0x20, 0x00, 0x42, 0x02, 0x12, 0x00, 0x0b, 0x10, 0x00, 0x20, 0x00, 0x20, 0x01, 0xfd, 0x0b, 0x04, 0x10, 0x20,
  0x00, 0xfd, 0x00, 0x04, 0x10, 0x0b, 0x29, 0x00, 0x20, 0x00, 0x20, 0x01, 0xfd, 0x5a, 0x02, 0x04, 0x02, 0x20,
  0x00, 0xfd, 0x0c, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0xfd, 0x55, 0x01, 0x04, 0x07, 0x20, 0x00, 0x28, 0x02, 0x04, 0x0b, 0x18, 0x00, 0x20, 0x00, 0x20, 0x01,
  0xfd, 0x0b, 0x44, 0x01, 0x00, 0x20, 0x00, 0xfd, 0x00, 0x44, 0x01, 0x00, 0x20, 0x00, 0xfd, 0x00, 0x04, 0x00,
  0x0b, 0x1d, 0x00, 0x20, 0x00, 0x20, 0x01, 0xfd, 0x0d, 0x00, 0x11, 0x02, 0x13, 0x04, 0x15, 0x06, 0x17, 0x08,
  0x19, 0x0a, 0x1b, 0x0c, 0x1d, 0x0e, 0x1f, 0x20, 0x01, 0xfd, 0x15, 0x03, 0x0b, 0x0a, 0x00, 0x20, 0x00, 0x20,
  0x01, 0x20, 0x02, 0xfd, 0x52, 0x0b, 0x15, 0x00, 0x20, 0x00, 0xfd, 0x12, 0x20, 0x01, 0xfd, 0x14, 0xfd, 0xa3,
  0x01, 0x41, 0x7f, 0xfd, 0x11, 0xfd, 0xa4, 0x01, 0x6a, 0x0b,
};

/* round.wat: f32/f64 ceil, floor, trunc, nearest (op 0..3) of the bits given.
 * (module
 *   (func (export "f32") (param i32 i32) (result i32)
 *     (local $x f32) (local.set $x (f32.reinterpret_i32 (local.get 1)))
 *     (i32.reinterpret_f32
 *       (block (result f32)
 *         (block (block (block (block (local.get 0) (br_table 0 1 2 3))
 *               (br 3 (f32.ceil (local.get $x))))
 *             (br 2 (f32.floor (local.get $x))))
 *           (br 1 (f32.trunc (local.get $x))))
 *         (f32.nearest (local.get $x)))))
 *   (func (export "f64") (param i32 i64) (result i64)
 *     (local $x f64) (local.set $x (f64.reinterpret_i64 (local.get 1)))
 *     (i64.reinterpret_f64
 *       (block (result f64)
 *         (block (block (block (block (local.get 0) (br_table 0 1 2 3))
 *               (br 3 (f64.ceil (local.get $x))))
 *             (br 2 (f64.floor (local.get $x))))
 *           (br 1 (f64.trunc (local.get $x))))
 *         (f64.nearest (local.get $x)))))) */
static const uint8_t mod_round[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x0d, 0x02, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f, 0x60,
  0x02, 0x7f, 0x7e, 0x01, 0x7e, 0x03, 0x03, 0x02, 0x00, 0x01, 0x07, 0x0d, 0x02, 0x03, 0x66, 0x33, 0x32, 0x00,
  0x00, 0x03, 0x66, 0x36, 0x34, 0x00, 0x01, 0x0a, 0x69, 0x02, 0x33, 0x01, 0x01, 0x7d, 0x20, 0x01, 0xbe, 0x21,
  0x02, 0x02, 0x7d, 0x02, 0x40, 0x02, 0x40, 0x02, 0x40, 0x02, 0x40, 0x20, 0x00, 0x0e, 0x03, 0x00, 0x01, 0x02,
  0x03, 0x0b, 0x20, 0x02, 0x8d, 0x0c, 0x03, 0x0b, 0x20, 0x02, 0x8e, 0x0c, 0x02, 0x0b, 0x20, 0x02, 0x8f, 0x0c,
  0x01, 0x0b, 0x20, 0x02, 0x90, 0x0b, 0xbc, 0x0b, 0x33, 0x01, 0x01, 0x7c, 0x20, 0x01, 0xbf, 0x21, 0x02, 0x02,
  0x7c, 0x02, 0x40, 0x02, 0x40, 0x02, 0x40, 0x02, 0x40, 0x20, 0x00, 0x0e, 0x03, 0x00, 0x01, 0x02, 0x03, 0x0b,
  0x20, 0x02, 0x9b, 0x0c, 0x03, 0x0b, 0x20, 0x02, 0x9c, 0x0c, 0x02, 0x0b, 0x20, 0x02, 0x9d, 0x0c, 0x01, 0x0b,
  0x20, 0x02, 0x9e, 0x0b, 0xbd, 0x0b,
};

/* (module
 *   (memory 1)
 *   (data (i32.const 16) "\00\00\00\00\00\00\f8\3f\00\00\00\00\00\00\04\40")  ;; f64 1.5 at 16, 2.5 at 24
 *   (func (export "fchain") (result f64)
 *     ;; ((1.5*2) + 0.25) - (3 - (0.5*4)) ... each fused pair, then combined
 *     (f64.sub (f64.add (f64.mul (f64.const 1.5) (f64.const 2)) (f64.const 0.25))
 *              (f64.sub (f64.const 3) (f64.mul (f64.const 0.5) (f64.const 4)))))
 *   (func (export "fchain2") (param f64 f64 f64) (result f64)
 *     (f64.mul (f64.sub (local.get 0) (local.get 1)) (local.get 2)))
 *   (func (export "fchain3") (param f32 f32 f32) (result f32)
 *     (f32.sub (local.get 2) (f32.add (local.get 0) (local.get 1))))
 *   (func (export "ldop") (param i32) (result f64)
 *     ;; x - mem, mem - x, x * mem, x + mem[i + 8]
 *     (f64.add
 *       (f64.sub (f64.const 10) (f64.load (i32.const 16)))
 *       (f64.add (f64.sub (f64.load (i32.const 24)) (f64.const 1))
 *                (f64.add (f64.mul (f64.const 2) (f64.load offset=16 (local.get 0)))
 *                         (f64.load (i32.add (local.get 0) (i32.const 24)))))))
 *   (func (export "countdown") (param i32) (result i32) (local i32)
 *     ;; i from n down by 3 while i >s 0 (signed compare on the add's result)
 *     (loop $l
 *       (local.set 1 (i32.add (local.get 1) (i32.const 1)))
 *       (br_if $l (i32.gt_s (local.tee 0 (i32.sub (local.get 0) (i32.const 3))) (i32.const 0))))
 *     (i32.add (i32.mul (local.get 1) (i32.const 1000)) (local.get 0)))
 *   (func (export "wrapu") (param i32) (result i32) (local i32)
 *     ;; unsigned: i += 0x40000000 until it wraps below the start
 *     (loop $l
 *       (local.set 1 (i32.add (local.get 1) (i32.const 1)))
 *       (br_if $l (i32.ge_u (local.tee 0 (i32.add (local.get 0) (i32.const 0x40000000))) (i32.const 0x40000000))))
 *     (local.get 1))
 *   (func (export "scaled") (param i32 i32) (result i32)
 *     (i32.add (local.get 0) (i32.shl (local.get 1) (i32.const 35))))
 *   (func (export "add2") (param i32) (result i32) (local i32)
 *     (local.set 1 (i32.add (local.get 0) (i32.const 5)))
 *     (local.set 0 (i32.add (local.get 1) (local.get 1)))
 *     (local.get 0))
 *   (func (export "bias") (param i32) (result i32)
 *     (block $c (block $b (block $a
 *       (br_table $a $b $c (i32.sub (local.get 0) (i32.const 10))))
 *       (return (i32.const 100)))
 *       (return (i32.const 200)))
 *     (i32.const 300))
 *   (func (export "pend") (param i32) (result i32) (local i32)
 *     ;; a pending x+1 is read after x changes: it must see the old x
 *     (local.get 0) (i32.const 1) (i32.add)
 *     (local.set 0 (i32.const 50))
 *     (local.set 1)
 *     (i32.store (i32.add (local.get 1) (i32.const 4)) (i32.add (local.get 0) (local.get 1)))
 *     (i32.load (i32.add (local.get 1) (i32.const 4))))
 *   (func (export "oob") (param i32) (result f64)
 *     (f64.add (f64.const 1) (f64.load (i32.add (local.get 0) (i32.const -8)))))
 * 
 *   (func (export "step") (param i32) (result i32)
 *     (loop $l (br_if $l (i32.lt_u (local.tee 0 (i32.add (local.get 0) (i32.const 7))) (i32.const 100))))
 *     (local.get 0))
 *   (func (export "stepr") (param i32) (result i32)
 *     (loop $l (br_if $l (i32.gt_s (i32.const 100) (local.tee 0 (i32.add (local.get 0) (i32.const 7))))))
 *     (local.get 0))
 *   (func (export "nz") (param i32) (result i32) (local i32)
 *     (loop $l
 *       (local.set 1 (i32.mul (local.get 1) (i32.const 3)))
 *       (local.set 1 (i32.xor (local.get 1) (local.get 0)))
 *       (br_if $l (local.tee 0 (i32.add (local.get 0) (i32.const -1)))))
 *     (local.get 1))
 * 
 *   (func (export "sigma") (param i32) (result i32)
 *     (i32.xor (i32.xor (i32.rotl (local.get 0) (i32.const 30)) (i32.rotl (local.get 0) (i32.const 19)))
 *              (i32.rotl (local.get 0) (i32.const 10))))
 *   (func (export "ipairs") (param i32 i32 i32) (result i32)
 *     (i32.or (i32.and (i32.xor (local.get 0) (local.get 1)) (local.get 2))
 *             (i32.add (local.get 1) (i32.shr_u (local.get 0) (i32.const 35)))))
 *   (func (export "neqz") (param i32 i32) (result i32)
 *     (i32.add (i32.mul (i32.eqz (i32.lt_s (local.get 0) (local.get 1))) (i32.const 10))
 *              (i32.eqz (f64.eq (f64.const nan) (f64.convert_i32_s (local.get 0))))))
 * 
 *   (func (export "sw") (param i32) (result i32)
 *     ;; switch on a loaded byte (signed), biased: byte at 16 + i
 *     (block $d (block $c (block $b
 *       (br_table $b $c $d (i32.sub (i32.load8_s (i32.add (local.get 0) (i32.const 16))) (i32.const -8))))
 *       (return (i32.const 1)))
 *       (return (i32.const 2)))
 *     (i32.const 3))
 *   (func (export "scan") (param i32) (result i32) (local i32)
 *     ;; count words below 5 from address 0 up, stopping at the first >= 5 (a load feeding a branch)
 *     (block $out
 *       (loop $l
 *         (br_if $out (i32.ge_u (local.tee 1 (i32.load (local.get 0))) (i32.const 5)))
 *         (local.set 0 (i32.add (local.get 0) (i32.const 4)))
 *         (br $l)))
 *     (i32.add (i32.mul (local.get 0) (i32.const 100)) (local.get 1)))
 * ) */
static const uint8_t mod_fuse[] = {
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x2a, 0x07, 0x60, 0x00, 0x01, 0x7c, 0x60, 0x03, 0x7c,
  0x7c, 0x7c, 0x01, 0x7c, 0x60, 0x03, 0x7d, 0x7d, 0x7d, 0x01, 0x7d, 0x60, 0x01, 0x7f, 0x01, 0x7c, 0x60, 0x01,
  0x7f, 0x01, 0x7f, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f, 0x60, 0x03, 0x7f, 0x7f, 0x7f, 0x01, 0x7f, 0x03, 0x14,
  0x13, 0x00, 0x01, 0x02, 0x03, 0x04, 0x04, 0x05, 0x04, 0x04, 0x04, 0x03, 0x04, 0x04, 0x04, 0x04, 0x06, 0x05,
  0x04, 0x04, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x95, 0x01, 0x13, 0x06, 0x66, 0x63, 0x68, 0x61, 0x69, 0x6e,
  0x00, 0x00, 0x07, 0x66, 0x63, 0x68, 0x61, 0x69, 0x6e, 0x32, 0x00, 0x01, 0x07, 0x66, 0x63, 0x68, 0x61, 0x69,
  0x6e, 0x33, 0x00, 0x02, 0x04, 0x6c, 0x64, 0x6f, 0x70, 0x00, 0x03, 0x09, 0x63, 0x6f, 0x75, 0x6e, 0x74, 0x64,
  0x6f, 0x77, 0x6e, 0x00, 0x04, 0x05, 0x77, 0x72, 0x61, 0x70, 0x75, 0x00, 0x05, 0x06, 0x73, 0x63, 0x61, 0x6c,
  0x65, 0x64, 0x00, 0x06, 0x04, 0x61, 0x64, 0x64, 0x32, 0x00, 0x07, 0x04, 0x62, 0x69, 0x61, 0x73, 0x00, 0x08,
  0x04, 0x70, 0x65, 0x6e, 0x64, 0x00, 0x09, 0x03, 0x6f, 0x6f, 0x62, 0x00, 0x0a, 0x04, 0x73, 0x74, 0x65, 0x70,
  0x00, 0x0b, 0x05, 0x73, 0x74, 0x65, 0x70, 0x72, 0x00, 0x0c, 0x02, 0x6e, 0x7a, 0x00, 0x0d, 0x05, 0x73, 0x69,
  0x67, 0x6d, 0x61, 0x00, 0x0e, 0x06, 0x69, 0x70, 0x61, 0x69, 0x72, 0x73, 0x00, 0x0f, 0x04, 0x6e, 0x65, 0x71,
  0x7a, 0x00, 0x10, 0x02, 0x73, 0x77, 0x00, 0x11, 0x04, 0x73, 0x63, 0x61, 0x6e, 0x00, 0x12, 0x0a, 0xaf, 0x04,
  0x13, 0x3d, 0x00, 0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf8, 0x3f, 0x44, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x40, 0xa2, 0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xd0, 0x3f, 0xa0, 0x44, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x08, 0x40, 0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xe0, 0x3f, 0x44, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x10, 0x40, 0xa2, 0xa1, 0xa1, 0x0b, 0x0a, 0x00, 0x20, 0x00, 0x20, 0x01, 0xa1, 0x20, 0x02,
  0xa2, 0x0b, 0x0a, 0x00, 0x20, 0x02, 0x20, 0x00, 0x20, 0x01, 0x92, 0x93, 0x0b, 0x3a, 0x00, 0x44, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x24, 0x40, 0x41, 0x10, 0x2b, 0x03, 0x00, 0xa1, 0x41, 0x18, 0x2b, 0x03, 0x00, 0x44,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf0, 0x3f, 0xa1, 0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40,
  0x20, 0x00, 0x2b, 0x03, 0x10, 0xa2, 0x20, 0x00, 0x41, 0x18, 0x6a, 0x2b, 0x03, 0x00, 0xa0, 0xa0, 0xa0, 0x0b,
  0x23, 0x01, 0x01, 0x7f, 0x03, 0x40, 0x20, 0x01, 0x41, 0x01, 0x6a, 0x21, 0x01, 0x20, 0x00, 0x41, 0x03, 0x6b,
  0x22, 0x00, 0x41, 0x00, 0x4a, 0x0d, 0x00, 0x0b, 0x20, 0x01, 0x41, 0xe8, 0x07, 0x6c, 0x20, 0x00, 0x6a, 0x0b,
  0x24, 0x01, 0x01, 0x7f, 0x03, 0x40, 0x20, 0x01, 0x41, 0x01, 0x6a, 0x21, 0x01, 0x20, 0x00, 0x41, 0x80, 0x80,
  0x80, 0x80, 0x04, 0x6a, 0x22, 0x00, 0x41, 0x80, 0x80, 0x80, 0x80, 0x04, 0x4f, 0x0d, 0x00, 0x0b, 0x20, 0x01,
  0x0b, 0x0a, 0x00, 0x20, 0x00, 0x20, 0x01, 0x41, 0x23, 0x74, 0x6a, 0x0b, 0x14, 0x01, 0x01, 0x7f, 0x20, 0x00,
  0x41, 0x05, 0x6a, 0x21, 0x01, 0x20, 0x01, 0x20, 0x01, 0x6a, 0x21, 0x00, 0x20, 0x00, 0x0b, 0x20, 0x00, 0x02,
  0x40, 0x02, 0x40, 0x02, 0x40, 0x20, 0x00, 0x41, 0x0a, 0x6b, 0x0e, 0x02, 0x00, 0x01, 0x02, 0x0b, 0x41, 0xe4,
  0x00, 0x0f, 0x0b, 0x41, 0xc8, 0x01, 0x0f, 0x0b, 0x41, 0xac, 0x02, 0x0b, 0x24, 0x01, 0x01, 0x7f, 0x20, 0x00,
  0x41, 0x01, 0x6a, 0x41, 0x32, 0x21, 0x00, 0x21, 0x01, 0x20, 0x01, 0x41, 0x04, 0x6a, 0x20, 0x00, 0x20, 0x01,
  0x6a, 0x36, 0x02, 0x00, 0x20, 0x01, 0x41, 0x04, 0x6a, 0x28, 0x02, 0x00, 0x0b, 0x14, 0x00, 0x44, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0xf0, 0x3f, 0x20, 0x00, 0x41, 0x78, 0x6a, 0x2b, 0x03, 0x00, 0xa0, 0x0b, 0x14, 0x00,
  0x03, 0x40, 0x20, 0x00, 0x41, 0x07, 0x6a, 0x22, 0x00, 0x41, 0xe4, 0x00, 0x49, 0x0d, 0x00, 0x0b, 0x20, 0x00,
  0x0b, 0x14, 0x00, 0x03, 0x40, 0x41, 0xe4, 0x00, 0x20, 0x00, 0x41, 0x07, 0x6a, 0x22, 0x00, 0x4a, 0x0d, 0x00,
  0x0b, 0x20, 0x00, 0x0b, 0x20, 0x01, 0x01, 0x7f, 0x03, 0x40, 0x20, 0x01, 0x41, 0x03, 0x6c, 0x21, 0x01, 0x20,
  0x01, 0x20, 0x00, 0x73, 0x21, 0x01, 0x20, 0x00, 0x41, 0x7f, 0x6a, 0x22, 0x00, 0x0d, 0x00, 0x0b, 0x20, 0x01,
  0x0b, 0x13, 0x00, 0x20, 0x00, 0x41, 0x1e, 0x77, 0x20, 0x00, 0x41, 0x13, 0x77, 0x73, 0x20, 0x00, 0x41, 0x0a,
  0x77, 0x73, 0x0b, 0x13, 0x00, 0x20, 0x00, 0x20, 0x01, 0x73, 0x20, 0x02, 0x71, 0x20, 0x01, 0x20, 0x00, 0x41,
  0x23, 0x76, 0x6a, 0x72, 0x0b, 0x1a, 0x00, 0x20, 0x00, 0x20, 0x01, 0x48, 0x45, 0x41, 0x0a, 0x6c, 0x44, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0xf8, 0x7f, 0x20, 0x00, 0xb7, 0x61, 0x45, 0x6a, 0x0b, 0x23, 0x00, 0x02, 0x40,
  0x02, 0x40, 0x02, 0x40, 0x20, 0x00, 0x41, 0x10, 0x6a, 0x2c, 0x00, 0x00, 0x41, 0x78, 0x6b, 0x0e, 0x02, 0x00,
  0x01, 0x02, 0x0b, 0x41, 0x01, 0x0f, 0x0b, 0x41, 0x02, 0x0f, 0x0b, 0x41, 0x03, 0x0b, 0x28, 0x01, 0x01, 0x7f,
  0x02, 0x40, 0x03, 0x40, 0x20, 0x00, 0x28, 0x02, 0x00, 0x22, 0x01, 0x41, 0x05, 0x4f, 0x0d, 0x01, 0x20, 0x00,
  0x41, 0x04, 0x6a, 0x21, 0x00, 0x0c, 0x00, 0x0b, 0x0b, 0x20, 0x00, 0x41, 0xe4, 0x00, 0x6c, 0x20, 0x01, 0x6a,
  0x0b, 0x0b, 0x16, 0x01, 0x00, 0x41, 0x10, 0x0b, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf8, 0x3f, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x40,
};


typedef struct env {
  wd_engine *e;
  wd_module *m;
  wd_store *s;
  wd_instance *inst;
  wd_func *rec;                  /* for the re-entering host function */
  int host_calls;
} env;

static bool host_add(wd_caller *c, void *user, const wd_val *args, wd_val *res) {
  env *v = user;
  v->host_calls++;
  res[0].kind = WD_I32;
  res[0].of.i32 = args[0].of.i32 + args[1].of.i32;
  return true;
}

/* Calls back into the instance's "rec" (a recursion args[0] deep), from inside a running call. */
static bool host_reenter(wd_caller *c, void *user, const wd_val *args, wd_val *res) {
  env *v = user;
  wd_val a = {.kind = WD_I32, .of.i32 = args[0].of.i32}, r;
  wd_error err;
  if (!wd_func_call(wd_caller_store(c), v->rec, &a, 1, &r, 1, &err))
    return wd_caller_trap(c, err.code, err.message);
  res[0] = r;
  return true;
}

static void env_open(env *v, const uint8_t *bytes, size_t len, const char *layout, wd_mode mode) {
  memset(v, 0, sizeof *v);
  wd_config cfg;
  wd_config_init(&cfg);
  cfg.layout = layout;
  cfg.mode = mode;
  wd_error err;
  v->e = wd_engine_new(&cfg, &err);
  cr_assert_not_null(v->e, "%s", err.message);
  v->m = wd_module_new(v->e, bytes, len, &err);
  cr_assert_not_null(v->m, "%s", err.message);
  v->s = wd_store_new(v->e, &err);
  cr_assert_not_null(v->s, "%s", err.message);
}

static void env_main(env *v, const char *layout, wd_mode mode) {
  env_open(v, mod_main, sizeof mod_main, layout, mode);
  wd_error err;
  const wd_valkind ii[] = {WD_I32, WD_I32}, i[] = {WD_I32};
  wd_extern imp[2];
  imp[0].kind = imp[1].kind = WD_EXTERN_FUNC;
  imp[0].of.func = wd_func_new_host(v->s, ii, 2, i, 1, host_add, v, &err);
  imp[1].of.func = wd_func_new_host(v->s, i, 1, i, 1, host_reenter, v, &err);
  cr_assert(imp[0].of.func && imp[1].of.func, "%s", err.message);
  v->inst = wd_instantiate(v->s, v->m, imp, 2, &err);
  cr_assert_not_null(v->inst, "%s", err.message);
  wd_extern x;
  cr_assert(wd_instance_export(v->inst, "rec", 3, &x));
  v->rec = x.of.func;
}

static void env_close(env *v) {
  wd_store_free(v->s);
  wd_module_free(v->m);
  wd_engine_free(v->e);
}

static wd_func *fn(env *v, const char *name) {
  wd_extern x;
  cr_assert(wd_instance_export(v->inst, name, strlen(name), &x), "no export %s", name);
  cr_assert_eq(x.kind, WD_EXTERN_FUNC);
  return x.of.func;
}

/* Calls an export with i32 arguments; returns whether it succeeded, results in out (i32 or i64). */
static bool call(env *v, const char *name, const int64_t *args, size_t n, int64_t *out, size_t nout,
                 wd_error *err) {
  wd_func *f = fn(v, name);
  uint32_t np, nr;
  const wd_valkind *pk, *rk;
  wd_func_type(f, &np, &pk, &nr, &rk);
  cr_assert_eq(np, n);
  cr_assert_eq(nr, nout);
  wd_val a[4], r[4];
  for (size_t i = 0; i < n; i++) {
    a[i].kind = (uint8_t)pk[i];
    if (pk[i] == WD_I64) a[i].of.i64 = args[i];
    else a[i].of.i32 = (int32_t)args[i];
  }
  if (!wd_func_call(v->s, f, a, n, r, nout, err)) return false;
  for (size_t i = 0; i < nout; i++) out[i] = rk[i] == WD_I64 ? r[i].of.i64 : r[i].of.i32;
  return true;
}

static int64_t call1(env *v, const char *name, int64_t a0) {
  int64_t r;
  wd_error err;
  cr_assert(call(v, name, &a0, 1, &r, 1, &err), "%s(%lld): %s", name, (long long)a0, err.message);
  return r;
}

Test(exec, every_layout_and_mode_runs_the_same) {
  for (size_t l = 0; UNIT_LAYOUT(l); l++)
    for (size_t md = 0; UNIT_MODE_NAME(md); md++) {
      env v;
      env_main(&v, UNIT_LAYOUT(l), unit_mode(md));
      cr_assert_eq(call1(&v, "fib", 20), 6765, "%s/%d", UNIT_LAYOUT(l), (int)unit_mode(md));
      cr_assert_eq(call1(&v, "rec", 1000), 1000);
      cr_assert_eq(call1(&v, "bt", 0), 11);
      cr_assert_eq(call1(&v, "bt", 1), 12);
      cr_assert_eq(call1(&v, "bt", 2), 10);
      cr_assert_eq(call1(&v, "bt", 99), 10);
      cr_assert_eq(call1(&v, "early", 1), 7);
      cr_assert_eq(call1(&v, "early", 0), 8);
      env_close(&v);
    }
}

Test(exec, deep_recursion_traps_cleanly) {
  env v;
  env_main(&v, "union16", WD_MODE_LAZY_TRANSLATION);
  int64_t a = 1000000, r;
  wd_error err;
  cr_assert_not(call(&v, "rec", &a, 1, &r, 1, &err));
  cr_assert_eq(err.code, WD_E_TRAP_STACK_EXHAUSTED, "%s", err.message);
  cr_assert_str_eq(err.message, "call stack exhausted");
  cr_assert_eq(v.s->depth, 0);
  cr_assert_eq(v.s->stack_top, 0);
  /* The store stays usable after the trap. */
  cr_assert_eq(call1(&v, "rec", 5000), 5000);
  /* A tighter depth limit is honoured exactly: rec(n) needs n + 1 frames. */
  v.s->limits.max_call_depth = 101;
  cr_assert_eq(call1(&v, "rec", 100), 100);
  a = 101;
  cr_assert_not(call(&v, "rec", &a, 1, &r, 1, &err));
  cr_assert_eq(err.code, WD_E_TRAP_STACK_EXHAUSTED);
  env_close(&v);
  /* So is a smaller value stack: 64 KiB cannot hold 5,000 frames. */
  env_main(&v, "enum", WD_MODE_EAGER);
  v.s->limits.max_stack_bytes = 64 * 1024;
  a = 5000;
  cr_assert_not(call(&v, "rec", &a, 1, &r, 1, &err));
  cr_assert_eq(err.code, WD_E_TRAP_STACK_EXHAUSTED);
  cr_assert_leq(v.s->stack_slots * sizeof(uint64_t), 64 * 1024);
  cr_assert_eq(call1(&v, "rec", 500), 500);
  env_close(&v);
}

Test(exec, tail_calls_run_in_constant_stack) {
  env v;
  env_main(&v, "packed", WD_MODE_EAGER);
  int64_t a[2] = {10000000, 0}, r;
  wd_error err;
  cr_assert(call(&v, "tail", a, 2, &r, 1, &err), "%s", err.message);
  cr_assert_eq(r, 50000005000000ll);
  cr_assert_leq(v.s->stack_slots, 4096, "stack grew to %zu slots", v.s->stack_slots);
  env_close(&v);
}

Test(exec, fuel_stops_a_loop_and_is_accounted) {
  env v;
  env_main(&v, "union16", WD_MODE_EAGER);
  v.s->fuel_enabled = true;
  v.s->fuel = 1000;
  wd_error err;
  int64_t r;
  cr_assert_not(call(&v, "spin", NULL, 0, &r, 0, &err));
  cr_assert_eq(err.code, WD_E_TRAP_OUT_OF_FUEL);
  cr_assert_eq(v.s->fuel, 0);
  cr_assert_eq(v.s->depth, 0);
  /* fib(10): 177 calls (one unit each) and the jumps taken; a finished call leaves the rest. */
  v.s->fuel = 100000;
  cr_assert_eq(call1(&v, "fib", 10), 55);
  cr_assert_lt(v.s->fuel, 100000 - 177);
  cr_assert_gt(v.s->fuel, 100000 - 1000);
  uint64_t used = 100000 - v.s->fuel;
  /* The same work costs the same fuel; too little fuel traps. */
  v.s->fuel = used;
  cr_assert_eq(call1(&v, "fib", 10), 55);
  cr_assert_eq(v.s->fuel, 0);
  v.s->fuel = used - 1;
  int64_t a = 10;
  cr_assert_not(call(&v, "fib", &a, 1, &r, 1, &err));
  cr_assert_eq(err.code, WD_E_TRAP_OUT_OF_FUEL);
  /* Disabled, the counter is left alone. */
  v.s->fuel_enabled = false;
  v.s->fuel = 7;
  cr_assert_eq(call1(&v, "fib", 15), 610);
  cr_assert_eq(v.s->fuel, 7);
  env_close(&v);
}

/* Runs export `name` on fuel grants of `grant` units, resuming until it finishes; returns the resumes. */
static unsigned run_resumed(env *v, const char *name, int64_t a0, uint64_t grant, int64_t *out) {
  wd_func *f = fn(v, name);
  uint64_t slots[2] = {(uint64_t)(uint32_t)a0, 0};
  wd_error err;
  v->s->fuel_enabled = true;
  v->s->fuel = grant;
  unsigned resumes = 0;
  bool ok = wd_exec_call(v->s, f, slots, &err);
  while (!ok) {
    cr_assert_eq(err.code, WD_E_TRAP_OUT_OF_FUEL, "%s", err.message);
    cr_assert(v->s->suspended);
    cr_assert_eq(v->s->fuel, 0);
    cr_assert_lt(resumes, 100000);
    v->s->fuel = grant;
    resumes++;
    ok = wd_exec_resume(v->s, slots, &err);
  }
  cr_assert_not(v->s->suspended);
  cr_assert_eq(v->s->depth, 0);
  *out = (int32_t)(uint32_t)slots[0];
  return resumes;
}

Test(exec, a_call_out_of_fuel_resumes_where_it_stopped) {
  for (size_t l = 0; UNIT_LAYOUT(l); l++) {
    env v;
    env_main(&v, UNIT_LAYOUT(l), WD_MODE_LAZY_TRANSLATION);
    int64_t r;
    /* Every grant size, including 1 unit: the result is always the unlimited run's. */
    uint64_t grants[] = {1, 7, 100, 1000};
    for (size_t g = 0; g < 4; g++) {
      unsigned n = run_resumed(&v, "fib", 15, grants[g], &r);
      cr_assert_eq(r, 610, "grant %llu: fib(15) = %lld", (unsigned long long)grants[g], (long long)r);
      cr_assert_gt(n, 0);
    }
    /* one unit at entry, one per taken back edge (the loop runs three times): two stops */
    unsigned stops = run_resumed(&v, "loopstale", 40, 1, &r);
    cr_assert_eq(stops, 2, "%u stops", stops);
    cr_assert_eq(r, -3);
    cr_assert_gt(run_resumed(&v, "bt", 1, 1, &r), 0);
    cr_assert_eq(r, 12);
    env_close(&v);
  }
  env v;
  env_main(&v, "union16", WD_MODE_EAGER);
  wd_error err;
  uint64_t slots[2] = {0, 0};
  cr_assert_not(wd_exec_resume(v.s, slots, &err), "nothing to resume");
  cr_assert_eq(err.code, WD_E_INVALID_ARGUMENT);
  /* A new call discards a suspended one. */
  v.s->fuel_enabled = true;
  v.s->fuel = 10;
  slots[0] = 20;
  cr_assert_not(wd_exec_call(v.s, fn(&v, "fib"), slots, &err));
  cr_assert(v.s->suspended);
  v.s->fuel = 1000000;
  slots[0] = 10;
  cr_assert(wd_exec_call(v.s, fn(&v, "fib"), slots, &err), "%s", err.message);
  cr_assert_eq(slots[0], 55);
  cr_assert_not(v.s->suspended);
  /* Out of fuel inside WebAssembly called back from a host function is an ordinary trap. */
  v.s->fuel = 50;
  slots[0] = 100;
  cr_assert_not(wd_exec_call(v.s, fn(&v, "via_host"), slots, &err));
  cr_assert_eq(err.code, WD_E_TRAP_OUT_OF_FUEL, "%s", err.message);
  cr_assert_not(v.s->suspended);
  cr_assert_eq(v.s->depth, 0);
  cr_assert_eq(v.s->entries, 0);
  /* wd_exec_cancel drops a suspended call. */
  v.s->fuel = 5;
  slots[0] = 20;
  cr_assert_not(wd_exec_call(v.s, fn(&v, "fib"), slots, &err));
  cr_assert(v.s->suspended);
  wd_exec_cancel(v.s);
  cr_assert_not(v.s->suspended);
  cr_assert_not(wd_exec_resume(v.s, slots, &err));
  env_close(&v);
}

Test(exec, host_functions_and_reentry_with_a_moving_stack) {
  env v;
  env_main(&v, "enum", WD_MODE_LAZY);
  int64_t a[2] = {40, 2}, r;
  wd_error err;
  cr_assert(call(&v, "add_host", a, 2, &r, 1, &err), "%s", err.message);
  cr_assert_eq(r, 42);
  cr_assert_eq(v.host_calls, 1);
  /* via_host -> host -> rec(20000): the nested run grows (and moves) the value stack under the
   * outer frame, which must find its frame again afterwards. */
  size_t before = v.s->stack_slots;
  cr_assert_eq(call1(&v, "via_host", 20000), 20001);
  cr_assert_gt(v.s->stack_slots, before);
  /* A trap inside the nested run surfaces through the host and out of the outer call. */
  a[0] = 1000000;
  cr_assert_not(call(&v, "via_host", a, 1, &r, 1, &err));
  cr_assert_eq(err.code, WD_E_TRAP_STACK_EXHAUSTED, "%s", err.message);
  cr_assert_eq(v.s->depth, 0);
  cr_assert_eq(v.s->entries, 0);
  /* A host function that calls back into the function that called it nests without end: the nesting
   * limit (each level uses C stack) stops it with "call stack exhausted". */
  v.rec = fn(&v, "via_host");
  a[0] = 1;
  cr_assert_not(call(&v, "via_host", a, 1, &r, 1, &err));
  cr_assert_eq(err.code, WD_E_TRAP_STACK_EXHAUSTED, "%s", err.message);
  cr_assert_eq(v.s->depth, 0);
  cr_assert_eq(v.s->entries, 0);
  cr_assert_eq(v.s->stack_top, 0);
  env_close(&v);
}

Test(exec, multi_value_returns_are_parallel_moves) {
  env v;
  env_main(&v, "union16", WD_MODE_EAGER);
  int64_t a[3] = {1, 2, 3}, r[3];
  wd_error err;
  cr_assert(call(&v, "swap", a, 2, r, 2, &err), "%s", err.message);
  cr_assert_eq(r[0], 2);
  cr_assert_eq(r[1], 1);
  cr_assert(call(&v, "rot3", a, 3, r, 3, &err), "%s", err.message);
  cr_assert_eq(r[0], 3);
  cr_assert_eq(r[1], 1);
  cr_assert_eq(r[2], 2);
  env_close(&v);
}

Test(exec, stacked_locals_keep_their_old_values) {
  env v;
  env_main(&v, "union16", WD_MODE_EAGER);
  cr_assert_eq(call1(&v, "stale", 12), 7);
  cr_assert_eq(call1(&v, "loopstale", 40), -3);
  int64_t a[2] = {5, 1}, r;
  wd_error err;
  cr_assert(call(&v, "ifstale", a, 2, &r, 1, &err));
  cr_assert_eq(r, 105);
  a[1] = 0;
  cr_assert(call(&v, "ifstale", a, 2, &r, 1, &err));
  cr_assert_eq(r, 10);
  env_close(&v);
}

Test(exec, traps_have_the_spec_wording) {
  env v;
  env_main(&v, "union16", WD_MODE_LAZY_TRANSLATION);
  wd_error err;
  int64_t a[2] = {1, 0}, r;
  cr_assert_not(call(&v, "div", a, 2, &r, 1, &err));
  cr_assert_eq(err.code, WD_E_TRAP_DIV_ZERO);
  cr_assert_str_eq(err.message, "integer divide by zero");
  a[0] = INT32_MIN;
  a[1] = -1;
  cr_assert_not(call(&v, "div", a, 2, &r, 1, &err));
  cr_assert_eq(err.code, WD_E_TRAP_INT_OVERFLOW);
  a[0] = 65532;
  cr_assert_not(call(&v, "load", a, 1, &r, 1, &err));
  cr_assert_eq(err.code, WD_E_TRAP_MEMORY_OOB);
  a[0] = 65528;
  cr_assert(call(&v, "load", a, 1, &r, 1, &err));
  a[0] = -4;                     /* 0xFFFFFFFC + offset 4 must not wrap to 0 */
  cr_assert_not(call(&v, "load", a, 1, &r, 1, &err));
  cr_assert_eq(err.code, WD_E_TRAP_MEMORY_OOB);
  /* After memory.grow the new size is seen at once. */
  cr_assert_eq(call1(&v, "grow_load", 65536), 0);
  /* call_indirect: table [fib, rec], index first. */
  a[0] = 0;
  a[1] = 7;
  cr_assert(call(&v, "ind", a, 2, &r, 1, &err), "%s", err.message);
  cr_assert_eq(r, 13);
  a[0] = 1;
  cr_assert(call(&v, "ind", a, 2, &r, 1, &err), "%s", err.message);
  cr_assert_eq(r, 7);
  a[0] = 2;
  cr_assert_not(call(&v, "ind", a, 2, &r, 1, &err));
  cr_assert_eq(err.code, WD_E_TRAP_UNDEFINED_ELEMENT);
  cr_assert_str_eq(err.message, "undefined element");
  env_close(&v);
}

Test(exec, lazy_invalid_function_traps_and_stays_uncompiled) {
  env v;
  env_open(&v, mod_lazy, sizeof mod_lazy, "packed", WD_MODE_LAZY);
  wd_error err;
  v.inst = wd_instantiate(v.s, v.m, NULL, 0, &err);
  cr_assert_not_null(v.inst, "%s", err.message);
  for (int i = 0; i < 2; i++) {
    int64_t r;
    cr_assert_not(call(&v, "bad", NULL, 0, &r, 1, &err));
    cr_assert_eq(err.code, WD_E_TRAP_INVALID_FUNCTION);
    cr_assert_not_null(strstr(err.message, "type mismatch"), "%s", err.message);
    cr_assert_not(v.m->layout->is_compiled(wd_module_record(v.m, 0)));
    wd_slice body;
    cr_assert(v.m->layout->get_body(wd_module_record(v.m, 0), &body));
  }
  int64_t r;
  cr_assert(call(&v, "good", NULL, 0, &r, 1, &err), "%s", err.message);
  cr_assert_eq(r, 3);
  env_close(&v);
}

Test(exec, simd_runs_in_every_layout_and_mode) {
  for (size_t l = 0; UNIT_LAYOUT(l); l++)
    for (size_t md = 0; UNIT_MODE_NAME(md); md++) {
      env v;
      env_open(&v, mod_simd, sizeof mod_simd, UNIT_LAYOUT(l), unit_mode(md));
      wd_error err;
      v.inst = wd_instantiate(v.s, v.m, NULL, 0, &err);
      cr_assert_not_null(v.inst, "%s", err.message);
      int64_t r;
      cr_assert(call(&v, "v", NULL, 0, &r, 1, &err), "%s", err.message);
      cr_assert_eq(r, 1);
      cr_assert(call(&v, "ok", NULL, 0, &r, 1, &err), "%s", err.message);
      cr_assert_eq(r, 1);
      env_close(&v);
    }
}

/* ---- v128 values through every path of the translator (simd.wat above) */

static wd_val v4(uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  wd_val x;
  memset(&x, 0, sizeof x);
  x.kind = WD_V128;
  uint32_t l[4] = {a, b, c, d};
  memcpy(x.of.v128, l, 16);
  return x;
}
static wd_val vi32(int32_t i) { wd_val x = {.kind = WD_I32, .of.i32 = i}; return x; }
static wd_val vi64(int64_t i) { wd_val x = {.kind = WD_I64, .of.i64 = i}; return x; }

static void chk4_(const wd_val *x, uint32_t a, uint32_t b, uint32_t c, uint32_t d, int line) {
  cr_assert_eq(x->kind, WD_V128, "line %d: kind %u", line, x->kind);
  uint32_t l[4];
  memcpy(l, x->of.v128, 16);
  cr_assert(l[0] == a && l[1] == b && l[2] == c && l[3] == d,
            "line %d: got (%#x %#x %#x %#x), expected (%#x %#x %#x %#x)", line, l[0], l[1], l[2], l[3], a, b, c, d);
}
#define chk4(x, a, b, c, d) chk4_(&(x), a, b, c, d, __LINE__)

static bool callv(env *v, const char *name, const wd_val *a, size_t n, wd_val *r, size_t nr, wd_error *err) {
  return wd_func_call(v->s, fn(v, name), a, n, r, nr, err);
}

/* env.hadd (i32 a, v128 x, i64 b) -> (v128 x + (a + b) in each i32 lane, i32 a * 1000 + b) */
static bool host_hadd(wd_caller *c, void *user, const wd_val *args, wd_val *res) {
  env *v = user;
  v->host_calls++;
  uint32_t l[4];
  memcpy(l, args[1].of.v128, 16);
  for (int i = 0; i < 4; i++) l[i] += (uint32_t)(args[0].of.i32 + args[2].of.i64);
  res[0] = v4(l[0], l[1], l[2], l[3]);
  res[1] = vi32((int32_t)(args[0].of.i32 * 1000 + args[2].of.i64));
  return true;
}

static void env_simdv(env *v, const char *layout, wd_mode mode) {
  env_open(v, mod_simdv, sizeof mod_simdv, layout, mode);
  wd_error err;
  const wd_valkind p[] = {WD_I32, WD_V128, WD_I64}, r[] = {WD_V128, WD_I32};
  wd_extern imp;
  imp.kind = WD_EXTERN_FUNC;
  imp.of.func = wd_func_new_host(v->s, p, 3, r, 2, host_hadd, v, &err);
  cr_assert_not_null(imp.of.func, "%s", err.message);
  v->inst = wd_instantiate(v->s, v->m, &imp, 1, &err);
  cr_assert_not_null(v->inst, "%s", err.message);
}

Test(exec, v128_values_take_two_slots_everywhere) {
  for (size_t l = 0; UNIT_LAYOUT(l); l++)
    for (size_t md = 0; UNIT_MODE_NAME(md); md++) {
      env v;
      env_simdv(&v, UNIT_LAYOUT(l), unit_mode(md));
      wd_error err;
      wd_val a[4], r[4];
      wd_val A = v4(1, 2, 3, 4), B = v4(10, 20, 30, 40);
      /* parameters and results interleaved with scalars */
      a[0] = vi32(3); a[1] = A; a[2] = vi64(10); a[3] = B;
      cr_assert(callv(&v, "mix", a, 4, r, 3, &err), "%s", err.message);
      cr_assert_eq(r[0].of.i64, 11);
      chk4(r[1], 11, 22, 33, 44);
      cr_assert_eq(r[2].of.i32, 6);
      a[0] = A; a[1] = B;
      cr_assert(callv(&v, "swapv", a, 2, r, 2, &err), "%s", err.message);
      chk4(r[0], 10, 20, 30, 40);
      chk4(r[1], 1, 2, 3, 4);
      /* locals: zeroed, set through the producer, a stacked copy survives an overwrite, tee */
      cr_assert(callv(&v, "locals", &A, 1, r, 1, &err), "%s", err.message);
      chk4(r[0], 202, 204, 206, 9);
      /* blocks with v128 results: br_table to each label, loop parameters, br_if, if with a param */
      for (int i = 0; i < 3; i++) {
        a[0] = vi32(i); a[1] = A;
        cr_assert(callv(&v, "blocks", a, 2, r, 1, &err), "%s", err.message);
        if (i == 0) chk4(r[0], 2, 3, 4, 5);
        if (i == 1) chk4(r[0], 2, 4, 6, 8);
        if (i == 2) chk4(r[0], 1, 2, 3, 4);
      }
      a[0] = vi32(3); a[1] = v4(0, 0, 0, 0);
      cr_assert(callv(&v, "loopv", a, 2, r, 1, &err), "%s", err.message);
      chk4(r[0], 3, 6, 9, 12);
      a[0] = vi32(1); a[1] = B;
      cr_assert(callv(&v, "brif", a, 2, r, 1, &err), "%s", err.message);
      chk4(r[0], 10, 20, 30, 40);
      a[0] = vi32(0);
      cr_assert(callv(&v, "brif", a, 2, r, 1, &err), "%s", err.message);
      chk4(r[0], 7, 7, 7, 7);
      a[0] = vi32(1); a[1] = A;
      cr_assert(callv(&v, "ifv", a, 2, r, 1, &err), "%s", err.message);
      chk4(r[0], (uint32_t)-1, (uint32_t)-2, (uint32_t)-3, (uint32_t)-4);
      a[0] = vi32(0);
      cr_assert(callv(&v, "ifv", a, 2, r, 1, &err), "%s", err.message);
      chk4(r[0], ~1u, ~2u, ~3u, ~4u);
      /* select (untyped and typed), globals */
      a[0] = vi32(1); a[1] = A; a[2] = B;
      cr_assert(callv(&v, "sel", a, 3, r, 2, &err), "%s", err.message);
      chk4(r[0], 1, 2, 3, 4);
      chk4(r[1], 10, 20, 30, 40);
      a[0] = vi32(0);
      cr_assert(callv(&v, "sel", a, 3, r, 2, &err), "%s", err.message);
      chk4(r[0], 10, 20, 30, 40);
      chk4(r[1], 1, 2, 3, 4);
      cr_assert(callv(&v, "glob", &B, 1, r, 1, &err), "%s", err.message);
      chk4(r[0], 11, 22, 33, 44);
      cr_assert(callv(&v, "glob", &A, 1, r, 1, &err), "%s", err.message);
      chk4(r[0], 11, 22, 33, 44);
      /* wasm calls, call_indirect, tail calls, host calls (also as a tail call) */
      a[0] = A; a[1] = B; a[2] = vi32(0);
      cr_assert(callv(&v, "calls", a, 3, r, 1, &err), "%s", err.message);
      chk4(r[0], 21, 42, 63, 84);
      a[2] = vi32(1);
      cr_assert(callv(&v, "calls", a, 3, r, 1, &err), "%s", err.message);
      chk4(r[0], 1, 2, 3, 4);
      a[2] = vi32(2);
      cr_assert_not(callv(&v, "calls", a, 3, r, 1, &err));
      cr_assert_eq(err.code, WD_E_TRAP_UNDEFINED_ELEMENT);
      a[0] = vi32(100000); a[1] = v4(0, 1, 2, 3);
      cr_assert(callv(&v, "tailv", a, 2, r, 1, &err), "%s", err.message);
      chk4(r[0], 100000, 100001, 100002, 100003);
      cr_assert(callv(&v, "viahost", &A, 1, r, 2, &err), "%s", err.message);
      chk4(r[0], 13, 14, 15, 16);
      cr_assert_eq(r[1].of.i32, 5007);
      cr_assert(callv(&v, "tailhost", &A, 1, r, 2, &err), "%s", err.message);
      chk4(r[0], 4, 5, 6, 7);
      cr_assert_eq(r[1].of.i32, 1002);
      cr_assert_eq(v.host_calls, 2);
      env_close(&v);
    }
}

Test(exec, v128_memory_access_is_bounds_checked) {
  for (size_t l = 0; UNIT_LAYOUT(l); l++)
    for (size_t md = 0; UNIT_MODE_NAME(md); md++) {
      env v;
      env_simdv(&v, UNIT_LAYOUT(l), unit_mode(md));
      wd_error err;
      wd_val a[2], r[2];
      wd_val A = v4(1, 2, 3, 4), B = v4(10, 20, 30, 40);
      /* memory 1 first (memory 0 still all zero), then memory 0 */
      a[0] = vi32(1000); a[1] = B;
      cr_assert(callv(&v, "mem1", a, 2, r, 2, &err), "%s", err.message);
      chk4(r[0], 10, 20, 30, 40);
      chk4(r[1], 0, 0, 0, 0);
      a[0] = vi32(0); a[1] = A;
      cr_assert(callv(&v, "mem", a, 2, r, 1, &err), "%s", err.message);
      chk4(r[0], 1, 2, 3, 4);
      a[0] = vi32(65536 - 32);         /* offset 16: the last 16 bytes */
      cr_assert(callv(&v, "mem", a, 2, r, 1, &err), "%s", err.message);
      chk4(r[0], 1, 2, 3, 4);
      a[0] = vi32(65536 - 31);
      cr_assert_not(callv(&v, "mem", a, 2, r, 1, &err));
      cr_assert_eq(err.code, WD_E_TRAP_MEMORY_OOB);
      a[0] = vi32(-1);                 /* 0xFFFFFFFF + 16 must not wrap */
      cr_assert_not(callv(&v, "mem", a, 2, r, 1, &err));
      cr_assert_eq(err.code, WD_E_TRAP_MEMORY_OOB);
      /* lanes: store32_lane 2 at 4, load16_lane 7 from 4 into zeros, i32.load of what was stored */
      a[0] = vi32(0); a[1] = A;
      cr_assert(callv(&v, "lanemem", a, 2, r, 2, &err), "%s", err.message);
      chk4(r[0], 0, 0, 0, 3u << 16);
      cr_assert_eq(r[1].of.i32, 3);
      a[0] = vi32(65536 - 8);          /* offset 4: the last 4 bytes */
      cr_assert(callv(&v, "lanemem", a, 2, r, 2, &err), "%s", err.message);
      a[0] = vi32(65536 - 7);
      cr_assert_not(callv(&v, "lanemem", a, 2, r, 2, &err));
      cr_assert_eq(err.code, WD_E_TRAP_MEMORY_OOB);
      env_close(&v);
    }
}

Test(exec, v128_lane_instructions_and_disassembly) {
  env v;
  env_simdv(&v, "union16", WD_MODE_EAGER);
  wd_error err;
  wd_val a[3], r[2];
  uint8_t ab[16], bb[16];
  for (int i = 0; i < 16; i++) { ab[i] = (uint8_t)i; bb[i] = (uint8_t)(0x10 + i); }
  bb[3] = 0xF3;
  a[0] = v4(0, 0, 0, 0); a[1] = a[0];
  memcpy(a[0].of.v128, ab, 16);
  memcpy(a[1].of.v128, bb, 16);
  cr_assert(callv(&v, "shuf", a, 2, r, 2, &err), "%s", err.message);
  chk4(r[0], 0xF3021100u, 0x17061504u, 0x1B0A1908u, 0x1F0E1D0Cu);
  cr_assert_eq(r[1].of.i32, -13);
  a[0] = v4(0xFFFFFFFFu, 0, 0xFFFFFFFFu, 0xFFFFFFFFu);
  a[1] = v4(0x0F0F0F0Fu, 0x11111111u, 0x22222222u, 0);
  a[2] = v4(0xF0F0F0F0u, 0, 0xFFFFFFFFu, 0x12345678u);
  cr_assert(callv(&v, "bitsel", a, 3, r, 1, &err), "%s", err.message);
  chk4(r[0], 0xFFFFFFFFu, 0x11111111u, 0xFFFFFFFFu, 0x12345678u);
  double d = 1.5;
  a[0] = vi64(0x0123456789ABCDEFll);
  a[1].kind = WD_F64;
  memcpy(&a[1].of.f64_bits, &d, 8);
  cr_assert(callv(&v, "splat", a, 2, r, 2, &err), "%s", err.message);
  chk4(r[0], 0x89ABCDEFu, 0x01234567u, 0x89ABCDEFu, 0x01234567u);
  cr_assert_eq(r[1].of.i32, 15);
  /* Listings name SIMD instructions by their mnemonic; "locals" sets $b (slots 5-6) from its producer. */
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  cr_assert(wd_module_disasm(v.m, 5, out, &err), "%s", err.message);
  fclose(out);
  cr_assert_not_null(strstr(buf, "i32x4.add l5, l0, l2\n"), "%s", buf);
  cr_assert_not_null(strstr(buf, "i32x4.replace_lane"), "%s", buf);
  cr_assert_null(strstr(buf, "v_bin"), "%s", buf);
  free(buf);
  env_close(&v);
}

/* Many v128 constants sharing a half, then scalar constants: the constant pool's hashes stay usable
 * (a v128 pair is found again; the scalar hash is sized for every constant already there). */
static size_t put_leb(uint8_t *p, uint64_t v) {
  size_t n = 0;
  do {
    uint8_t b = v & 0x7F;
    v >>= 7;
    p[n++] = (uint8_t)(b | (v ? 0x80 : 0));
  } while (v);
  return n;
}

Test(exec, many_v128_constants_share_the_pool) {
  enum { NV = 3000, NS = 500 };
  size_t cap = 64 + NV * 19 + NS * 6 + 64;   /* i64.const: 1 + 3 LEB bytes (all positive, bit 6 of the last clear) + drop */
  uint8_t *body = malloc(cap), *mod = malloc(cap + 64);
  size_t b = 0;
  body[b++] = 0;                                   /* no locals */
  for (uint64_t i = 0; i < NV; i++) {              /* v128.const i64x2 7 i; drop */
    uint64_t lanes[2] = {7, i};
    body[b++] = 0xFD; body[b++] = 0x0C;
    memcpy(body + b, lanes, 16);
    b += 16;
    body[b++] = 0x1A;
  }
  for (uint64_t i = 0; i < NS; i++) {              /* i64.const 100000 + i; drop */
    body[b++] = 0x42;
    b += put_leb(body + b, 100000 + i);
    body[b++] = 0x1A;
  }
  uint64_t l1[2] = {7, 1234};                      /* the same pair again */
  body[b++] = 0xFD; body[b++] = 0x0C; memcpy(body + b, l1, 16); b += 16;
  body[b++] = 0xFD; body[b++] = 0x1D; body[b++] = 1;   /* i64x2.extract_lane 1 */
  body[b++] = 0x42; b += put_leb(body + b, 100001);   /* a scalar seen before */
  body[b++] = 0x7C;                                /* i64.add */
  body[b++] = 0x0B;
  static const uint8_t head[] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60,
                                 0x00, 0x01, 0x7e, 0x03, 0x02, 0x01, 0x00, 0x07, 0x05, 0x01, 0x01, 0x66,
                                 0x00, 0x00, 0x0a};
  size_t n = sizeof head;
  memcpy(mod, head, n);
  uint8_t tmp[16];
  size_t bl = put_leb(tmp, b), sl = 1 + bl + b;
  n += put_leb(mod + n, sl);
  mod[n++] = 1;
  n += put_leb(mod + n, b);
  memcpy(mod + n, body, b);
  n += b;
  for (int md = 0; UNIT_MODE_NAME(md); md++) {
    env v;
    env_open(&v, mod, n, "union16", unit_mode(md));
    wd_error err;
    v.inst = wd_instantiate(v.s, v.m, NULL, 0, &err);
    cr_assert_not_null(v.inst, "%s", err.message);
    int64_t r;
    cr_assert(call(&v, "f", NULL, 0, &r, 1, &err), "%s", err.message);
    cr_assert_eq(r, 101235);
    wd_compiled c;
    cr_assert(v.m->layout->get_code(wd_module_record(v.m, 0), &c));
    const uint32_t *w = (const uint32_t *)(const void *)c.code;
    cr_assert_eq(w[WD_CODE_NC], 2 * NV + NS, "one pair per distinct v128, one slot per new scalar: %u", w[WD_CODE_NC]);
    env_close(&v);
  }
  free(body);
  free(mod);
}

/* f32/f64 ceil, floor, trunc, nearest of a signalling NaN give a quiet NaN (nan:arithmetic), whatever
 * the compiler inlines for them. */
Test(exec, rounding_quiets_a_signalling_nan) {
  env v;
  env_open(&v, mod_round, sizeof mod_round, "enum", WD_MODE_EAGER);
  wd_error err;
  v.inst = wd_instantiate(v.s, v.m, NULL, 0, &err);
  cr_assert_not_null(v.inst, "%s", err.message);
  for (int op = 0; op < 4; op++) {
    int64_t a[2] = {op, (int32_t)0xFFA00001u}, r;
    cr_assert(call(&v, "f32", a, 2, &r, 1, &err), "%s", err.message);
    cr_assert_eq((uint32_t)r & 0x7FC00000u, 0x7FC00000u, "f32 op %d: %#x", op, (unsigned)r);
    a[1] = (int64_t)0x7FF4000000000001ull;
    cr_assert(call(&v, "f64", a, 2, &r, 1, &err), "%s", err.message);
    cr_assert_eq((uint64_t)r & 0x7FF8000000000000ull, 0x7FF8000000000000ull, "f64 op %d: %#llx", op,
                 (unsigned long long)r);
    a[1] = (int32_t)0x40200000u;       /* 2.5 */
    cr_assert(call(&v, "f32", a, 2, &r, 1, &err), "%s", err.message);
    static const uint32_t want[4] = {0x40400000u, 0x40000000u, 0x40000000u, 0x40000000u};
    cr_assert_eq((uint32_t)r, want[op], "f32 op %d of 2.5: %#x", op, (unsigned)r);
  }
  env_close(&v);
}

Test(exec, code_is_identical_across_layouts_and_disassembles) {
  int nl = unit_nlayouts();
  cr_assert(nl >= 2 && nl <= 8);
  wd_module *ms[8];
  wd_engine *es[8];
  wd_error err;
  for (int l = 0; l < nl; l++) {
    wd_config cfg;
    wd_config_init(&cfg);
    cfg.layout = UNIT_LAYOUT(l);
    cfg.mode = WD_MODE_EAGER;
    es[l] = wd_engine_new(&cfg, &err);
    ms[l] = wd_module_new(es[l], mod_main, sizeof mod_main, &err);
    cr_assert_not_null(ms[l], "%s", err.message);
  }
  uint32_t nd = wd_module_ndefined(ms[0]);
  cr_assert_gt(nd, 10);
  for (uint32_t d = 0; d < nd; d++) {
    wd_compiled c[8];
    for (int l = 0; l < nl; l++) cr_assert(ms[l]->layout->get_code(wd_module_record(ms[l], d), &c[l]));
    for (int l = 1; l < nl; l++) {
      cr_assert_eq(c[l].code_len, c[0].code_len, "function %u", d);
      cr_assert_eq(c[l].frame_slots, c[0].frame_slots);
      cr_assert_eq(memcmp(c[l].code, c[0].code, c[0].code_len), 0, "function %u differs", d);
    }
  }
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  cr_assert(wd_module_disasm(ms[1], 2, out, &err), "%s", err.message);   /* fib */
  fclose(out);
  cr_assert_not_null(strstr(buf, "call_p 2, t"), "%s", buf);            /* packed: f and b in one word */
  cr_assert_not_null(strstr(buf, "br_i32_ge_u_k_p l0, 2,"), "%s", buf); /* constant operand: an immediate */
  cr_assert_not_null(strstr(buf, "ret1"), "%s", buf);
  free(buf);
  for (int l = 0; l < nl; l++) {
    wd_module_free(ms[l]);
    wd_engine_free(es[l]);
  }
}

/* Calls export `name` of a module without imports with up to three numeric arguments (bit patterns by
 * the parameter types) and returns the single result's bits, or fails the test. */
static uint64_t call_bits(env *v, const char *name, uint64_t a0, uint64_t a1, uint64_t a2, wd_error *err,
                          bool *ok) {
  wd_func *f = fn(v, name);
  uint32_t np, nr;
  const wd_valkind *pk, *rk;
  wd_func_type(f, &np, &pk, &nr, &rk);
  cr_assert_leq(np, 3);
  cr_assert_eq(nr, 1);
  uint64_t in[3] = {a0, a1, a2};
  wd_val a[3], r;
  for (uint32_t i = 0; i < np; i++) {
    a[i].kind = (uint8_t)pk[i];
    a[i].of.i64 = 0;
    if (pk[i] == WD_I32 || pk[i] == WD_F32) a[i].of.f32_bits = (uint32_t)in[i];
    else a[i].of.f64_bits = in[i];
  }
  *ok = wd_func_call(v->s, f, a, np, &r, 1, err);
  if (!*ok) return 0;
  return rk[0] == WD_I32 || rk[0] == WD_F32 ? r.of.f32_bits : r.of.f64_bits;
}

static uint64_t f64b(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static uint64_t f32b(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

Test(exec, fused_instructions_compute_like_their_parts) {
  /* In order, on one instance: "scan" reads memory before "pend" writes 58 at address 12. */
  struct { const char *name; uint64_t a0, a1, a2, want; } cases[] = {
      {"scan", 0, 0, 0, 1073219536},
      {"fchain", 0, 0, 0, f64b(2.25)},
      {"fchain2", f64b(5), f64b(2), f64b(3), f64b(9)},
      {"fchain3", f32b(1), f32b(2), f32b(10), f32b(7)},
      {"ldop", 8, 0, 0, f64b(15)},
      {"oob", 65536, 0, 0, f64b(1)},
      {"countdown", 10, 0, 0, 3998},
      {"countdown", (uint32_t)-5, 0, 0, 992},
      {"wrapu", 0, 0, 0, 4},
      {"wrapu", 0x80000000u, 0, 0, 2},
      {"scaled", 1000, 3, 0, 1024},
      {"add2", 7, 0, 0, 24},
      {"bias", 10, 0, 0, 100},
      {"bias", 11, 0, 0, 200},
      {"bias", 12, 0, 0, 300},
      {"bias", 9, 0, 0, 300},
      {"pend", 7, 0, 0, 58},
      {"step", 0, 0, 0, 105},
      {"stepr", (uint32_t)-20, 0, 0, 106},
      {"nz", 5, 0, 0, 301},
      {"sigma", 0x12345678, 0, 0, 0x66146474},
      {"ipairs", 0xdeadbeef, 0x0f0f0f0f, 0xffff0000, 0xfbe6c6ec},
      {"neqz", 3, 5, 0, 1},
      {"neqz", 5, 3, 0, 11},
      {"sw", 0, 0, 0, 3},
      {"sw", 6, 0, 0, 1},
      {"sw", 7, 0, 0, 3},
  };
  for (size_t l = 0; UNIT_LAYOUT(l); l++)
    for (size_t md = 0; UNIT_MODE_NAME(md); md++) {
      env v;
      env_open(&v, mod_fuse, sizeof mod_fuse, UNIT_LAYOUT(l), unit_mode(md));
      wd_error err;
      v.inst = wd_instantiate(v.s, v.m, NULL, 0, &err);
      cr_assert_not_null(v.inst, "%s", err.message);
      for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bool ok;
        uint64_t got = call_bits(&v, cases[i].name, cases[i].a0, cases[i].a1, cases[i].a2, &err, &ok);
        cr_assert(ok, "%s: %s", cases[i].name, err.message);
        cr_assert_eq(got, cases[i].want, "%s(%llu) = 0x%llx, want 0x%llx", cases[i].name,
                     (unsigned long long)cases[i].a0, (unsigned long long)got, (unsigned long long)cases[i].want);
      }
      /* A folded load still traps before anything is computed. */
      bool ok;
      call_bits(&v, "oob", 7, 0, 0, &err, &ok);
      cr_assert_not(ok);
      cr_assert_eq(err.code, WD_E_TRAP_MEMORY_OOB);
      call_bits(&v, "scan", 65532, 0, 0, &err, &ok);
      cr_assert_not(ok);
      cr_assert_eq(err.code, WD_E_TRAP_MEMORY_OOB);
      env_close(&v);
    }
}
