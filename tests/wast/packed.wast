;; Packed operands (translate.c's final pass, code.h WD_CODE_PACKED): every packed form, each of its
;; slot pairs naming low slots (packed) and high ones. The first module's frames are small: every pair
;; packs. The second is the same functions with 35,000 v128 locals (70,000 slots; at most 50,000 locals
;; are allowed) between the "l" locals and the "h" ones (given in binary: wat2wasm of the same text), so
;; that an "h" operand is a slot above 65535 and only the LL variants pack. Generated once by a small
;; script; edit freely.
(module
  (memory 1)
  (data (i32.const 0) "\0b\30\55\7a\9f\c4\e9\0e\33\58\7d\a2\c7\ec\11\36\5b\80\a5\ca\ef\14\39\5e\83\a8\cd\f2\17\3c\61\86\ab\d0\f5\1a\3f\64\89\ae\d3\f8\1d\42\67\8c\b1\d6\fb\20\45\6a\8f\b4\d9\fe\23\48\6d\92\b7\dc\01\26\4b\70\95\ba\df\04\29\4e\73\98\bd\e2\07\2c\51\76\9b\c0\e5\0a\2f\54\79\9e\c3\e8\0d\32\57\7c\a1\c6\eb\10\35\5a\7f\a4\c9\ee\13\38\5d\82\a7\cc\f1\16\3b\60\85\aa\cf\f4\19\3e\63\88\ad\d2\f7\1c\41\66\8b\b0\d5\fa\1f\44\69\8e\b3\d8\fd\22\47\6c\91\b6\db\00\25\4a\6f\94\b9\de\03\28\4d\72\97\bc\e1\06\2b\50\75\9a\bf\e4\09\2e\53\78\9d\c2\e7\0c\31\56\7b\a0\c5\ea\0f\34\59\7e\a3\c8\ed\12\37\5c\81\a6\cb\f0\15\3a\5f\84\a9\ce\f3\18\3d\62\87\ac\d1\f6\1b\40\65\8a\af\d4\f9\1e\43\68\8d\b2\d7\fc\21\46\6b\90\b5\da\ff\24\49\6e\93\b8\dd\02\27\4c\71\96\bb\e0\05\2a\4f\74\99\be\e3\08\2d\52\77\9c\c1\e6")
  (global $g (mut i64) (i64.const 0))
  (func $callee (param i32 i32) (result i32) (i32.sub (local.get 0) (local.get 1)))
  (func (export "mov_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (local.get $lb)) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (local.set $ldi32 (i32.load offset=5 (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.load offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i64.load_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0))
    (local.set $ldi64 (i64.load offset=5 (local.get $la))) (local.get $ldi64))
  (func (export "i64.load_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldi64 (i64.load offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $ldi64))
  (func (export "f32.load_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ldf32 f32)
    (local.set $la (local.get 0))
    (local.set $ldf32 (f32.load offset=5 (local.get $la))) (i64.extend_i32_u (i32.reinterpret_f32 (local.get $ldf32))))
  (func (export "f32.load_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $ldf32 f32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldf32 (f32.load offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.extend_i32_u (i32.reinterpret_f32 (local.get $ldf32))))
  (func (export "f64.load_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ldf64 f64)
    (local.set $la (local.get 0))
    (local.set $ldf64 (f64.load offset=5 (local.get $la))) (i64.reinterpret_f64 (local.get $ldf64)))
  (func (export "f64.load_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $ldf64 f64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldf64 (f64.load offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.reinterpret_f64 (local.get $ldf64)))
  (func (export "i32.load8_s_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (local.set $ldi32 (i32.load8_s offset=5 (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load8_s_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.load8_s offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load8_u_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (local.set $ldi32 (i32.load8_u offset=5 (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load8_u_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.load8_u offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load16_s_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (local.set $ldi32 (i32.load16_s offset=5 (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load16_s_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.load16_s offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load16_u_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (local.set $ldi32 (i32.load16_u offset=5 (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load16_u_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.load16_u offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i64.load8_s_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0))
    (local.set $ldi64 (i64.load8_s offset=5 (local.get $la))) (local.get $ldi64))
  (func (export "i64.load8_s_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldi64 (i64.load8_s offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $ldi64))
  (func (export "i64.load8_u_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0))
    (local.set $ldi64 (i64.load8_u offset=5 (local.get $la))) (local.get $ldi64))
  (func (export "i64.load8_u_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldi64 (i64.load8_u offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $ldi64))
  (func (export "i64.load16_s_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0))
    (local.set $ldi64 (i64.load16_s offset=5 (local.get $la))) (local.get $ldi64))
  (func (export "i64.load16_s_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldi64 (i64.load16_s offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $ldi64))
  (func (export "i64.load16_u_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0))
    (local.set $ldi64 (i64.load16_u offset=5 (local.get $la))) (local.get $ldi64))
  (func (export "i64.load16_u_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldi64 (i64.load16_u offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $ldi64))
  (func (export "i64.load32_s_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0))
    (local.set $ldi64 (i64.load32_s offset=5 (local.get $la))) (local.get $ldi64))
  (func (export "i64.load32_s_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldi64 (i64.load32_s offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $ldi64))
  (func (export "i64.load32_u_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0))
    (local.set $ldi64 (i64.load32_u offset=5 (local.get $la))) (local.get $ldi64))
  (func (export "i64.load32_u_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $ldi64 (i64.load32_u offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $ldi64))
  (func (export "i32.store_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi32 i32)
    (local.set $la (local.get 0)) (local.set $lvi32 (local.get 1))
    (i32.store offset=3 (local.get $la) (local.get $lvi32)) (i64.load offset=3 (local.get $la)))
  (func (export "i32.store_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi32 (local.get 1))
    (i32.store offset=3 (i32.add (local.get $la) (local.get $lc)) (local.get $lvi32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi64 i64)
    (local.set $la (local.get 0)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store offset=3 (local.get $la) (local.get $lvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store offset=3 (i32.add (local.get $la) (local.get $lc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "f32.store_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvf32 f32)
    (local.set $la (local.get 0)) (local.set $lvf32 (f32.convert_i32_s (local.get 1)))
    (f32.store offset=3 (local.get $la) (local.get $lvf32)) (i64.load offset=3 (local.get $la)))
  (func (export "f32.store_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvf32 f32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvf32 (f32.convert_i32_s (local.get 1)))
    (f32.store offset=3 (i32.add (local.get $la) (local.get $lc)) (local.get $lvf32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "f64.store_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvf64 f64)
    (local.set $la (local.get 0)) (local.set $lvf64 (f64.convert_i32_s (local.get 1)))
    (f64.store offset=3 (local.get $la) (local.get $lvf64)) (i64.load offset=3 (local.get $la)))
  (func (export "f64.store_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvf64 f64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvf64 (f64.convert_i32_s (local.get 1)))
    (f64.store offset=3 (i32.add (local.get $la) (local.get $lc)) (local.get $lvf64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i32.store8_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi32 i32)
    (local.set $la (local.get 0)) (local.set $lvi32 (local.get 1))
    (i32.store8 offset=3 (local.get $la) (local.get $lvi32)) (i64.load offset=3 (local.get $la)))
  (func (export "i32.store8_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi32 (local.get 1))
    (i32.store8 offset=3 (i32.add (local.get $la) (local.get $lc)) (local.get $lvi32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i32.store16_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi32 i32)
    (local.set $la (local.get 0)) (local.set $lvi32 (local.get 1))
    (i32.store16 offset=3 (local.get $la) (local.get $lvi32)) (i64.load offset=3 (local.get $la)))
  (func (export "i32.store16_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi32 (local.get 1))
    (i32.store16 offset=3 (i32.add (local.get $la) (local.get $lc)) (local.get $lvi32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store8_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi64 i64)
    (local.set $la (local.get 0)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store8 offset=3 (local.get $la) (local.get $lvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store8_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store8 offset=3 (i32.add (local.get $la) (local.get $lc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store16_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi64 i64)
    (local.set $la (local.get 0)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store16 offset=3 (local.get $la) (local.get $lvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store16_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store16 offset=3 (i32.add (local.get $la) (local.get $lc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store32_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi64 i64)
    (local.set $la (local.get 0)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store32 offset=3 (local.get $la) (local.get $lvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store32_x_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store32 offset=3 (i32.add (local.get $la) (local.get $lc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i32.add_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.add (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.sub_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.sub (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.mul_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.mul (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.and_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.and (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.or_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.or (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.xor_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.xor (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.shl_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.shl (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.shr_s_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.shr_s (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.shr_u_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.shr_u (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.eq_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.eq (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.ne_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.ne (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.lt_u_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.lt_u (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.gt_u_k_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.gt_u (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.sub_k_t_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.sub (i32.add (local.get $lb) (local.get $lc)) (i32.const 7))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i64.add_k_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.add (local.get $lvi64) (i64.const 0x80000011))) (local.get $ldi64))
  (func (export "i64.and_k_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.and (local.get $lvi64) (i64.const 0xf0f0f0f0))) (local.get $ldi64))
  (func (export "add2_kk_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.add (local.get $lb) (i32.const 5))) (local.set $le32 (i32.add (local.get $lc) (i32.const -9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $ldi32)) (i64.const 32)) (i64.extend_i32_u (local.get $le32))))
  (func (export "shl_k_add_LLL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.add (i32.shl (local.get $lb) (i32.const 3)) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "shl_k_add_LLH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.add (i32.shl (local.get $lb) (i32.const 3)) (local.get $hc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load_xk_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (local.set $ldi32 (i32.load offset=2 (i32.add (local.get $la) (i32.const 6)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load8_u_xk_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (local.set $ldi32 (i32.load8_u offset=2 (i32.add (local.get $la) (i32.const 6)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (local.get $hb)) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.load offset=5 (local.get $ha))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.load offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i64.load_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load offset=5 (local.get $ha))) (local.get $ldi64))
  (func (export "i64.load_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $ldi64))
  (func (export "f32.load_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldf32 f32) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldf32 (f32.load offset=5 (local.get $ha))) (i64.extend_i32_u (i32.reinterpret_f32 (local.get $ldf32))))
  (func (export "f32.load_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ldf32 f32) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldf32 (f32.load offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.extend_i32_u (i32.reinterpret_f32 (local.get $ldf32))))
  (func (export "f64.load_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldf64 f64) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldf64 (f64.load offset=5 (local.get $ha))) (i64.reinterpret_f64 (local.get $ldf64)))
  (func (export "f64.load_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ldf64 f64) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldf64 (f64.load offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.reinterpret_f64 (local.get $ldf64)))
  (func (export "i32.load8_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.load8_s offset=5 (local.get $ha))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load8_s_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.load8_s offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load8_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.load8_u offset=5 (local.get $ha))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load8_u_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.load8_u offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load16_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.load16_s offset=5 (local.get $ha))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load16_s_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.load16_s offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load16_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.load16_u offset=5 (local.get $ha))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load16_u_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.load16_u offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i64.load8_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load8_s offset=5 (local.get $ha))) (local.get $ldi64))
  (func (export "i64.load8_s_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load8_s offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $ldi64))
  (func (export "i64.load8_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load8_u offset=5 (local.get $ha))) (local.get $ldi64))
  (func (export "i64.load8_u_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load8_u offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $ldi64))
  (func (export "i64.load16_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load16_s offset=5 (local.get $ha))) (local.get $ldi64))
  (func (export "i64.load16_s_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load16_s offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $ldi64))
  (func (export "i64.load16_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load16_u offset=5 (local.get $ha))) (local.get $ldi64))
  (func (export "i64.load16_u_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load16_u offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $ldi64))
  (func (export "i64.load32_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load32_s offset=5 (local.get $ha))) (local.get $ldi64))
  (func (export "i64.load32_s_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load32_s offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $ldi64))
  (func (export "i64.load32_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load32_u offset=5 (local.get $ha))) (local.get $ldi64))
  (func (export "i64.load32_u_x_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ldi64 i64) (local $ha i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi64 (i64.load32_u offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $ldi64))
  (func (export "i32.store_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hvi32 i32)
    (local.set $la (local.get 0)) (local.set $hvi32 (local.get 1))
    (i32.store offset=3 (local.get $la) (local.get $hvi32)) (i64.load offset=3 (local.get $la)))
  (func (export "i32.store_x_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi32 i32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi32 (local.get 1)) (local.set $hc (local.get 2))
    (i32.store offset=3 (i32.add (local.get $la) (local.get $hc)) (local.get $lvi32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hvi64 i64)
    (local.set $la (local.get 0)) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store offset=3 (local.get $la) (local.get $hvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store_x_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc (local.get 2))
    (i64.store offset=3 (i32.add (local.get $la) (local.get $hc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "f32.store_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hvf32 f32)
    (local.set $la (local.get 0)) (local.set $hvf32 (f32.convert_i32_s (local.get 1)))
    (f32.store offset=3 (local.get $la) (local.get $hvf32)) (i64.load offset=3 (local.get $la)))
  (func (export "f32.store_x_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvf32 f32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvf32 (f32.convert_i32_s (local.get 1))) (local.set $hc (local.get 2))
    (f32.store offset=3 (i32.add (local.get $la) (local.get $hc)) (local.get $lvf32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "f64.store_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hvf64 f64)
    (local.set $la (local.get 0)) (local.set $hvf64 (f64.convert_i32_s (local.get 1)))
    (f64.store offset=3 (local.get $la) (local.get $hvf64)) (i64.load offset=3 (local.get $la)))
  (func (export "f64.store_x_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvf64 f64) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvf64 (f64.convert_i32_s (local.get 1))) (local.set $hc (local.get 2))
    (f64.store offset=3 (i32.add (local.get $la) (local.get $hc)) (local.get $lvf64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i32.store8_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hvi32 i32)
    (local.set $la (local.get 0)) (local.set $hvi32 (local.get 1))
    (i32.store8 offset=3 (local.get $la) (local.get $hvi32)) (i64.load offset=3 (local.get $la)))
  (func (export "i32.store8_x_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi32 i32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi32 (local.get 1)) (local.set $hc (local.get 2))
    (i32.store8 offset=3 (i32.add (local.get $la) (local.get $hc)) (local.get $lvi32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i32.store16_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hvi32 i32)
    (local.set $la (local.get 0)) (local.set $hvi32 (local.get 1))
    (i32.store16 offset=3 (local.get $la) (local.get $hvi32)) (i64.load offset=3 (local.get $la)))
  (func (export "i32.store16_x_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi32 i32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi32 (local.get 1)) (local.set $hc (local.get 2))
    (i32.store16 offset=3 (i32.add (local.get $la) (local.get $hc)) (local.get $lvi32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store8_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hvi64 i64)
    (local.set $la (local.get 0)) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store8 offset=3 (local.get $la) (local.get $hvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store8_x_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc (local.get 2))
    (i64.store8 offset=3 (i32.add (local.get $la) (local.get $hc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store16_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hvi64 i64)
    (local.set $la (local.get 0)) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store16 offset=3 (local.get $la) (local.get $hvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store16_x_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc (local.get 2))
    (i64.store16 offset=3 (i32.add (local.get $la) (local.get $hc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store32_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hvi64 i64)
    (local.set $la (local.get 0)) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store32 offset=3 (local.get $la) (local.get $hvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store32_x_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc (local.get 2))
    (i64.store32 offset=3 (i32.add (local.get $la) (local.get $hc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i32.add_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.add (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.sub_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.sub (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.mul_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.mul (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.and_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.and (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.or_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.or (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.xor_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.xor (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.shl_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.shl (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.shr_s_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.shr_s (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.shr_u_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.shr_u (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.eq_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.eq (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.ne_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.ne (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.lt_u_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.lt_u (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.gt_u_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.gt_u (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.sub_k_t_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.sub (i32.add (local.get $hb) (local.get $lc)) (i32.const 7))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i64.add_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $hvi64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.add (local.get $hvi64) (i64.const 0x80000011))) (local.get $ldi64))
  (func (export "i64.and_k_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $hvi64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.and (local.get $hvi64) (i64.const 0xf0f0f0f0))) (local.get $ldi64))
  (func (export "add2_kk_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.add (local.get $lb) (i32.const 5))) (local.set $he32 (i32.add (local.get $hc) (i32.const -9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $ldi32)) (i64.const 32)) (i64.extend_i32_u (local.get $he32))))
  (func (export "shl_k_add_LHL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.add (i32.shl (local.get $hb) (i32.const 3)) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "shl_k_add_LHH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.add (i32.shl (local.get $hb) (i32.const 3)) (local.get $hc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load_xk_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.load offset=2 (i32.add (local.get $ha) (i32.const 6)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "i32.load8_u_xk_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32)
    (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.load8_u offset=2 (i32.add (local.get $ha) (i32.const 6)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (local.get $lb)) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0))
    (local.set $hdi32 (i32.load offset=5 (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.load offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i64.load_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0))
    (local.set $hdi64 (i64.load offset=5 (local.get $la))) (local.get $hdi64))
  (func (export "i64.load_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdi64 (i64.load offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $hdi64))
  (func (export "f32.load_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdf32 f32)
    (local.set $la (local.get 0))
    (local.set $hdf32 (f32.load offset=5 (local.get $la))) (i64.extend_i32_u (i32.reinterpret_f32 (local.get $hdf32))))
  (func (export "f32.load_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdf32 f32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdf32 (f32.load offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.extend_i32_u (i32.reinterpret_f32 (local.get $hdf32))))
  (func (export "f64.load_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdf64 f64)
    (local.set $la (local.get 0))
    (local.set $hdf64 (f64.load offset=5 (local.get $la))) (i64.reinterpret_f64 (local.get $hdf64)))
  (func (export "f64.load_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdf64 f64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdf64 (f64.load offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.reinterpret_f64 (local.get $hdf64)))
  (func (export "i32.load8_s_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0))
    (local.set $hdi32 (i32.load8_s offset=5 (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load8_s_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.load8_s offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load8_u_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0))
    (local.set $hdi32 (i32.load8_u offset=5 (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load8_u_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.load8_u offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load16_s_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0))
    (local.set $hdi32 (i32.load16_s offset=5 (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load16_s_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.load16_s offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load16_u_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0))
    (local.set $hdi32 (i32.load16_u offset=5 (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load16_u_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.load16_u offset=5 (i32.add (local.get $la) (local.get $lc)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i64.load8_s_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0))
    (local.set $hdi64 (i64.load8_s offset=5 (local.get $la))) (local.get $hdi64))
  (func (export "i64.load8_s_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdi64 (i64.load8_s offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $hdi64))
  (func (export "i64.load8_u_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0))
    (local.set $hdi64 (i64.load8_u offset=5 (local.get $la))) (local.get $hdi64))
  (func (export "i64.load8_u_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdi64 (i64.load8_u offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $hdi64))
  (func (export "i64.load16_s_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0))
    (local.set $hdi64 (i64.load16_s offset=5 (local.get $la))) (local.get $hdi64))
  (func (export "i64.load16_s_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdi64 (i64.load16_s offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $hdi64))
  (func (export "i64.load16_u_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0))
    (local.set $hdi64 (i64.load16_u offset=5 (local.get $la))) (local.get $hdi64))
  (func (export "i64.load16_u_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdi64 (i64.load16_u offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $hdi64))
  (func (export "i64.load32_s_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0))
    (local.set $hdi64 (i64.load32_s offset=5 (local.get $la))) (local.get $hdi64))
  (func (export "i64.load32_s_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdi64 (i64.load32_s offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $hdi64))
  (func (export "i64.load32_u_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0))
    (local.set $hdi64 (i64.load32_u offset=5 (local.get $la))) (local.get $hdi64))
  (func (export "i64.load32_u_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2))
    (local.set $hdi64 (i64.load32_u offset=5 (i32.add (local.get $la) (local.get $lc)))) (local.get $hdi64))
  (func (export "i32.store_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lvi32 (local.get 1)) (local.set $ha (local.get 0))
    (i32.store offset=3 (local.get $ha) (local.get $lvi32)) (i64.load offset=3 (local.get $la)))
  (func (export "i32.store_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi32 (local.get 1)) (local.set $ha (local.get 0))
    (i32.store offset=3 (i32.add (local.get $ha) (local.get $lc)) (local.get $lvi32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi64 i64) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $ha (local.get 0))
    (i64.store offset=3 (local.get $ha) (local.get $lvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $ha (local.get 0))
    (i64.store offset=3 (i32.add (local.get $ha) (local.get $lc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "f32.store_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvf32 f32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lvf32 (f32.convert_i32_s (local.get 1))) (local.set $ha (local.get 0))
    (f32.store offset=3 (local.get $ha) (local.get $lvf32)) (i64.load offset=3 (local.get $la)))
  (func (export "f32.store_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvf32 f32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvf32 (f32.convert_i32_s (local.get 1))) (local.set $ha (local.get 0))
    (f32.store offset=3 (i32.add (local.get $ha) (local.get $lc)) (local.get $lvf32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "f64.store_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvf64 f64) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lvf64 (f64.convert_i32_s (local.get 1))) (local.set $ha (local.get 0))
    (f64.store offset=3 (local.get $ha) (local.get $lvf64)) (i64.load offset=3 (local.get $la)))
  (func (export "f64.store_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvf64 f64) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvf64 (f64.convert_i32_s (local.get 1))) (local.set $ha (local.get 0))
    (f64.store offset=3 (i32.add (local.get $ha) (local.get $lc)) (local.get $lvf64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i32.store8_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lvi32 (local.get 1)) (local.set $ha (local.get 0))
    (i32.store8 offset=3 (local.get $ha) (local.get $lvi32)) (i64.load offset=3 (local.get $la)))
  (func (export "i32.store8_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi32 (local.get 1)) (local.set $ha (local.get 0))
    (i32.store8 offset=3 (i32.add (local.get $ha) (local.get $lc)) (local.get $lvi32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i32.store16_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lvi32 (local.get 1)) (local.set $ha (local.get 0))
    (i32.store16 offset=3 (local.get $ha) (local.get $lvi32)) (i64.load offset=3 (local.get $la)))
  (func (export "i32.store16_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi32 (local.get 1)) (local.set $ha (local.get 0))
    (i32.store16 offset=3 (i32.add (local.get $ha) (local.get $lc)) (local.get $lvi32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store8_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi64 i64) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $ha (local.get 0))
    (i64.store8 offset=3 (local.get $ha) (local.get $lvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store8_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $ha (local.get 0))
    (i64.store8 offset=3 (i32.add (local.get $ha) (local.get $lc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store16_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi64 i64) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $ha (local.get 0))
    (i64.store16 offset=3 (local.get $ha) (local.get $lvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store16_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $ha (local.get 0))
    (i64.store16 offset=3 (i32.add (local.get $ha) (local.get $lc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store32_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $lvi64 i64) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $ha (local.get 0))
    (i64.store32 offset=3 (local.get $ha) (local.get $lvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store32_x_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $ha (local.get 0))
    (i64.store32 offset=3 (i32.add (local.get $ha) (local.get $lc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i32.add_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.add (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.sub_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.sub (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.mul_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.mul (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.and_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.and (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.or_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.or (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.xor_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.xor (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.shl_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.shl (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.shr_s_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.shr_s (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.shr_u_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.shr_u (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.eq_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.eq (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.ne_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.ne (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.lt_u_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.lt_u (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.gt_u_k_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.gt_u (local.get $lb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.sub_k_t_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.sub (i32.add (local.get $lb) (local.get $lc)) (i32.const 7))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i64.add_k_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.add (local.get $lvi64) (i64.const 0x80000011))) (local.get $hdi64))
  (func (export "i64.and_k_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.and (local.get $lvi64) (i64.const 0xf0f0f0f0))) (local.get $hdi64))
  (func (export "add2_kk_HL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.add (local.get $hb) (i32.const 5))) (local.set $le32 (i32.add (local.get $lc) (i32.const -9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $hdi32)) (i64.const 32)) (i64.extend_i32_u (local.get $le32))))
  (func (export "shl_k_add_HLL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.add (i32.shl (local.get $lb) (i32.const 3)) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "shl_k_add_HLH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $hdi32 (i32.add (i32.shl (local.get $lb) (i32.const 3)) (local.get $hc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load_xk_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0))
    (local.set $hdi32 (i32.load offset=2 (i32.add (local.get $la) (i32.const 6)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load8_u_xk_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0))
    (local.set $hdi32 (i32.load8_u offset=2 (i32.add (local.get $la) (i32.const 6)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "mov_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (local.get $hb)) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi32 i32)
    (local.set $ha (local.get 0))
    (local.set $hdi32 (i32.load offset=5 (local.get $ha))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdi32 (i32.load offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i64.load_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load offset=5 (local.get $ha))) (local.get $hdi64))
  (func (export "i64.load_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $hdi64))
  (func (export "f32.load_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdf32 f32)
    (local.set $ha (local.get 0))
    (local.set $hdf32 (f32.load offset=5 (local.get $ha))) (i64.extend_i32_u (i32.reinterpret_f32 (local.get $hdf32))))
  (func (export "f32.load_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdf32 f32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdf32 (f32.load offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.extend_i32_u (i32.reinterpret_f32 (local.get $hdf32))))
  (func (export "f64.load_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdf64 f64)
    (local.set $ha (local.get 0))
    (local.set $hdf64 (f64.load offset=5 (local.get $ha))) (i64.reinterpret_f64 (local.get $hdf64)))
  (func (export "f64.load_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdf64 f64)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdf64 (f64.load offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.reinterpret_f64 (local.get $hdf64)))
  (func (export "i32.load8_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi32 i32)
    (local.set $ha (local.get 0))
    (local.set $hdi32 (i32.load8_s offset=5 (local.get $ha))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load8_s_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdi32 (i32.load8_s offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load8_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi32 i32)
    (local.set $ha (local.get 0))
    (local.set $hdi32 (i32.load8_u offset=5 (local.get $ha))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load8_u_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdi32 (i32.load8_u offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load16_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi32 i32)
    (local.set $ha (local.get 0))
    (local.set $hdi32 (i32.load16_s offset=5 (local.get $ha))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load16_s_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdi32 (i32.load16_s offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load16_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi32 i32)
    (local.set $ha (local.get 0))
    (local.set $hdi32 (i32.load16_u offset=5 (local.get $ha))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load16_u_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdi32 (i32.load16_u offset=5 (i32.add (local.get $ha) (local.get $lc)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i64.load8_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load8_s offset=5 (local.get $ha))) (local.get $hdi64))
  (func (export "i64.load8_s_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load8_s offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $hdi64))
  (func (export "i64.load8_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load8_u offset=5 (local.get $ha))) (local.get $hdi64))
  (func (export "i64.load8_u_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load8_u offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $hdi64))
  (func (export "i64.load16_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load16_s offset=5 (local.get $ha))) (local.get $hdi64))
  (func (export "i64.load16_s_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load16_s offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $hdi64))
  (func (export "i64.load16_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load16_u offset=5 (local.get $ha))) (local.get $hdi64))
  (func (export "i64.load16_u_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load16_u offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $hdi64))
  (func (export "i64.load32_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load32_s offset=5 (local.get $ha))) (local.get $hdi64))
  (func (export "i64.load32_s_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load32_s offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $hdi64))
  (func (export "i64.load32_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load32_u offset=5 (local.get $ha))) (local.get $hdi64))
  (func (export "i64.load32_u_x_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hdi64 i64)
    (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $hdi64 (i64.load32_u offset=5 (i32.add (local.get $ha) (local.get $lc)))) (local.get $hdi64))
  (func (export "i32.store_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32) (local $hvi32 i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0)) (local.set $hvi32 (local.get 1))
    (i32.store offset=3 (local.get $ha) (local.get $hvi32)) (i64.load offset=3 (local.get $la)))
  (func (export "i32.store_x_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi32 i32) (local $ha i32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi32 (local.get 1)) (local.set $ha (local.get 0)) (local.set $hc (local.get 2))
    (i32.store offset=3 (i32.add (local.get $ha) (local.get $hc)) (local.get $lvi32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32) (local $hvi64 i64)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0)) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store offset=3 (local.get $ha) (local.get $hvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store_x_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64) (local $ha i32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $ha (local.get 0)) (local.set $hc (local.get 2))
    (i64.store offset=3 (i32.add (local.get $ha) (local.get $hc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "f32.store_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32) (local $hvf32 f32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0)) (local.set $hvf32 (f32.convert_i32_s (local.get 1)))
    (f32.store offset=3 (local.get $ha) (local.get $hvf32)) (i64.load offset=3 (local.get $la)))
  (func (export "f32.store_x_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvf32 f32) (local $ha i32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvf32 (f32.convert_i32_s (local.get 1))) (local.set $ha (local.get 0)) (local.set $hc (local.get 2))
    (f32.store offset=3 (i32.add (local.get $ha) (local.get $hc)) (local.get $lvf32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "f64.store_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32) (local $hvf64 f64)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0)) (local.set $hvf64 (f64.convert_i32_s (local.get 1)))
    (f64.store offset=3 (local.get $ha) (local.get $hvf64)) (i64.load offset=3 (local.get $la)))
  (func (export "f64.store_x_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvf64 f64) (local $ha i32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvf64 (f64.convert_i32_s (local.get 1))) (local.set $ha (local.get 0)) (local.set $hc (local.get 2))
    (f64.store offset=3 (i32.add (local.get $ha) (local.get $hc)) (local.get $lvf64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i32.store8_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32) (local $hvi32 i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0)) (local.set $hvi32 (local.get 1))
    (i32.store8 offset=3 (local.get $ha) (local.get $hvi32)) (i64.load offset=3 (local.get $la)))
  (func (export "i32.store8_x_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi32 i32) (local $ha i32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi32 (local.get 1)) (local.set $ha (local.get 0)) (local.set $hc (local.get 2))
    (i32.store8 offset=3 (i32.add (local.get $ha) (local.get $hc)) (local.get $lvi32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i32.store16_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32) (local $hvi32 i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0)) (local.set $hvi32 (local.get 1))
    (i32.store16 offset=3 (local.get $ha) (local.get $hvi32)) (i64.load offset=3 (local.get $la)))
  (func (export "i32.store16_x_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi32 i32) (local $ha i32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi32 (local.get 1)) (local.set $ha (local.get 0)) (local.set $hc (local.get 2))
    (i32.store16 offset=3 (i32.add (local.get $ha) (local.get $hc)) (local.get $lvi32)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store8_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32) (local $hvi64 i64)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0)) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store8 offset=3 (local.get $ha) (local.get $hvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store8_x_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64) (local $ha i32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $ha (local.get 0)) (local.set $hc (local.get 2))
    (i64.store8 offset=3 (i32.add (local.get $ha) (local.get $hc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store16_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32) (local $hvi64 i64)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0)) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store16 offset=3 (local.get $ha) (local.get $hvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store16_x_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64) (local $ha i32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $ha (local.get 0)) (local.set $hc (local.get 2))
    (i64.store16 offset=3 (i32.add (local.get $ha) (local.get $hc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i64.store32_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32) (local $hvi64 i64)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0)) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (i64.store32 offset=3 (local.get $ha) (local.get $hvi64)) (i64.load offset=3 (local.get $la)))
  (func (export "i64.store32_x_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $lvi64 i64) (local $ha i32) (local $hc i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $ha (local.get 0)) (local.set $hc (local.get 2))
    (i64.store32 offset=3 (i32.add (local.get $ha) (local.get $hc)) (local.get $lvi64)) (i64.load offset=3 (i32.add (local.get $la) (local.get $lc))))
  (func (export "i32.add_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.add (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.sub_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.sub (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.mul_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.mul (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.and_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.and (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.or_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.or (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.xor_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.xor (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.shl_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.shl (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.shr_s_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.shr_s (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.shr_u_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.shr_u (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.eq_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.eq (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.ne_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.ne (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.lt_u_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.lt_u (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.gt_u_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.gt_u (local.get $hb) (i32.const -2147483631))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.sub_k_t_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.sub (i32.add (local.get $hb) (local.get $lc)) (i32.const 7))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i64.add_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.add (local.get $hvi64) (i64.const 0x80000011))) (local.get $hdi64))
  (func (export "i64.and_k_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.and (local.get $hvi64) (i64.const 0xf0f0f0f0))) (local.get $hdi64))
  (func (export "add2_kk_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32) (local $hdi32 i32) (local $he32 i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $hdi32 (i32.add (local.get $hb) (i32.const 5))) (local.set $he32 (i32.add (local.get $hc) (i32.const -9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $hdi32)) (i64.const 32)) (i64.extend_i32_u (local.get $he32))))
  (func (export "shl_k_add_HHL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.add (i32.shl (local.get $hb) (i32.const 3)) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "shl_k_add_HHH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32) (local $hdi32 i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $hdi32 (i32.add (i32.shl (local.get $hb) (i32.const 3)) (local.get $hc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load_xk_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi32 i32)
    (local.set $ha (local.get 0))
    (local.set $hdi32 (i32.load offset=2 (i32.add (local.get $ha) (i32.const 6)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "i32.load8_u_xk_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ha i32) (local $hdi32 i32)
    (local.set $ha (local.get 0))
    (local.set $hdi32 (i32.load8_u offset=2 (i32.add (local.get $ha) (i32.const 6)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "call_L") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (call $callee (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "ret1_L") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (local.get $lvi64)) (local.get $ldi64))
  (func (export "global_L") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (global.set $g (local.get $lvi64)) (local.set $ldi64 (global.get $g)) (local.get $ldi64))
  (func (export "mov_k_L_5") (param i32 i32 i32) (result i64) (local $ldi32 i32)
    
    (local.set $ldi32 (i32.const 5)) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k64_L_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64)
    
    (local.set $ldi64 (i64.const 5)) (local.get $ldi64))
  (func (export "store_k_L_5") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i32.store offset=3 (local.get $la) (i32.const 5)) (i64.load offset=3 (local.get $la)))
  (func (export "store8_k_L_5") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i32.store8 offset=3 (local.get $la) (i32.const 5)) (i64.load offset=3 (local.get $la)))
  (func (export "store64_k_L_5") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i64.store offset=3 (local.get $la) (i64.const 5)) (i64.load offset=3 (local.get $la)))
  (func (export "br_k_eq_L_5") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $lb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ne_L_5") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $lb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_s_L_5") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $lb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_u_L_5") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $lb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_s_L_5") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $lb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_u_L_5") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $lb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_s_L_5") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $lb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_u_L_5") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $lb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_s_L_5") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $lb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_u_L_5") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $lb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k_L_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32)
    
    (local.set $ldi32 (i32.const -3)) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k64_L_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64)
    
    (local.set $ldi64 (i64.const -3)) (local.get $ldi64))
  (func (export "store_k_L_-3") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i32.store offset=3 (local.get $la) (i32.const -3)) (i64.load offset=3 (local.get $la)))
  (func (export "store8_k_L_-3") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i32.store8 offset=3 (local.get $la) (i32.const -3)) (i64.load offset=3 (local.get $la)))
  (func (export "store64_k_L_-3") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i64.store offset=3 (local.get $la) (i64.const 4294967293)) (i64.load offset=3 (local.get $la)))
  (func (export "br_k_eq_L_-3") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $lb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ne_L_-3") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $lb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_s_L_-3") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $lb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_u_L_-3") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $lb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_s_L_-3") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $lb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_u_L_-3") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $lb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_s_L_-3") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $lb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_u_L_-3") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $lb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_s_L_-3") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $lb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_u_L_-3") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $lb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k_L_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32)
    
    (local.set $ldi32 (i32.const 32767)) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k64_L_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64)
    
    (local.set $ldi64 (i64.const 32767)) (local.get $ldi64))
  (func (export "store_k_L_32767") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i32.store offset=3 (local.get $la) (i32.const 32767)) (i64.load offset=3 (local.get $la)))
  (func (export "store8_k_L_32767") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i32.store8 offset=3 (local.get $la) (i32.const 32767)) (i64.load offset=3 (local.get $la)))
  (func (export "store64_k_L_32767") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i64.store offset=3 (local.get $la) (i64.const 32767)) (i64.load offset=3 (local.get $la)))
  (func (export "br_k_eq_L_32767") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $lb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ne_L_32767") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $lb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_s_L_32767") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $lb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_u_L_32767") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $lb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_s_L_32767") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $lb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_u_L_32767") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $lb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_s_L_32767") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $lb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_u_L_32767") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $lb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_s_L_32767") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $lb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_u_L_32767") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $lb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k_L_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32)
    
    (local.set $ldi32 (i32.const -32768)) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k64_L_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64)
    
    (local.set $ldi64 (i64.const -32768)) (local.get $ldi64))
  (func (export "store_k_L_-32768") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i32.store offset=3 (local.get $la) (i32.const -32768)) (i64.load offset=3 (local.get $la)))
  (func (export "store8_k_L_-32768") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i32.store8 offset=3 (local.get $la) (i32.const -32768)) (i64.load offset=3 (local.get $la)))
  (func (export "store64_k_L_-32768") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i64.store offset=3 (local.get $la) (i64.const 4294934528)) (i64.load offset=3 (local.get $la)))
  (func (export "br_k_eq_L_-32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $lb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ne_L_-32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $lb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_s_L_-32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $lb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_u_L_-32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $lb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_s_L_-32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $lb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_u_L_-32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $lb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_s_L_-32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $lb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_u_L_-32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $lb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_s_L_-32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $lb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_u_L_-32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $lb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k_L_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32)
    
    (local.set $ldi32 (i32.const 32768)) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k64_L_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64)
    
    (local.set $ldi64 (i64.const 32768)) (local.get $ldi64))
  (func (export "store_k_L_32768") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i32.store offset=3 (local.get $la) (i32.const 32768)) (i64.load offset=3 (local.get $la)))
  (func (export "store8_k_L_32768") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i32.store8 offset=3 (local.get $la) (i32.const 32768)) (i64.load offset=3 (local.get $la)))
  (func (export "store64_k_L_32768") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i64.store offset=3 (local.get $la) (i64.const 32768)) (i64.load offset=3 (local.get $la)))
  (func (export "br_k_eq_L_32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $lb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ne_L_32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $lb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_s_L_32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $lb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_u_L_32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $lb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_s_L_32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $lb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_u_L_32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $lb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_s_L_32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $lb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_u_L_32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $lb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_s_L_32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $lb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_u_L_32768") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $lb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k_L_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32)
    
    (local.set $ldi32 (i32.const 74565)) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k64_L_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64)
    
    (local.set $ldi64 (i64.const 74565)) (local.get $ldi64))
  (func (export "store_k_L_74565") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i32.store offset=3 (local.get $la) (i32.const 74565)) (i64.load offset=3 (local.get $la)))
  (func (export "store8_k_L_74565") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i32.store8 offset=3 (local.get $la) (i32.const 74565)) (i64.load offset=3 (local.get $la)))
  (func (export "store64_k_L_74565") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32)
    (local.set $la (local.get 0))
    (i64.store offset=3 (local.get $la) (i64.const 74565)) (i64.load offset=3 (local.get $la)))
  (func (export "br_k_eq_L_74565") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $lb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ne_L_74565") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $lb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_s_L_74565") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $lb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_u_L_74565") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $lb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_s_L_74565") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $lb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_u_L_74565") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $lb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_s_L_74565") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $lb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_u_L_74565") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $lb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_s_L_74565") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $lb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_u_L_74565") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $lb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "eqz_L_0") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32)
    (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.eqz (i32.sub (local.get $lc) (local.get $lc)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "eqz_L_1") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32)
    (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.eqz (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "call_H") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (call $callee (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "ret1_H") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (local.get $hvi64)) (local.get $hdi64))
  (func (export "global_H") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (global.set $g (local.get $hvi64)) (local.set $hdi64 (global.get $g)) (local.get $hdi64))
  (func (export "mov_k_H_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi32 i32)
    
    (local.set $hdi32 (i32.const 5)) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "mov_k64_H_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi64 i64)
    
    (local.set $hdi64 (i64.const 5)) (local.get $hdi64))
  (func (export "store_k_H_5") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i32.store offset=3 (local.get $ha) (i32.const 5)) (i64.load offset=3 (local.get $la)))
  (func (export "store8_k_H_5") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i32.store8 offset=3 (local.get $ha) (i32.const 5)) (i64.load offset=3 (local.get $la)))
  (func (export "store64_k_H_5") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i64.store offset=3 (local.get $ha) (i64.const 5)) (i64.load offset=3 (local.get $la)))
  (func (export "br_k_eq_H_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $hb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ne_H_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $hb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_s_H_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $hb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_u_H_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $hb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_s_H_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $hb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_u_H_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $hb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_s_H_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $hb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_u_H_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $hb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_s_H_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $hb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_u_H_5") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $hb) (i32.const 5))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k_H_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi32 i32)
    
    (local.set $hdi32 (i32.const -3)) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "mov_k64_H_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi64 i64)
    
    (local.set $hdi64 (i64.const -3)) (local.get $hdi64))
  (func (export "store_k_H_-3") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i32.store offset=3 (local.get $ha) (i32.const -3)) (i64.load offset=3 (local.get $la)))
  (func (export "store8_k_H_-3") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i32.store8 offset=3 (local.get $ha) (i32.const -3)) (i64.load offset=3 (local.get $la)))
  (func (export "store64_k_H_-3") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i64.store offset=3 (local.get $ha) (i64.const 4294967293)) (i64.load offset=3 (local.get $la)))
  (func (export "br_k_eq_H_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $hb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ne_H_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $hb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_s_H_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $hb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_u_H_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $hb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_s_H_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $hb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_u_H_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $hb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_s_H_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $hb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_u_H_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $hb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_s_H_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $hb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_u_H_-3") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $hb) (i32.const -3))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k_H_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi32 i32)
    
    (local.set $hdi32 (i32.const 32767)) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "mov_k64_H_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi64 i64)
    
    (local.set $hdi64 (i64.const 32767)) (local.get $hdi64))
  (func (export "store_k_H_32767") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i32.store offset=3 (local.get $ha) (i32.const 32767)) (i64.load offset=3 (local.get $la)))
  (func (export "store8_k_H_32767") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i32.store8 offset=3 (local.get $ha) (i32.const 32767)) (i64.load offset=3 (local.get $la)))
  (func (export "store64_k_H_32767") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i64.store offset=3 (local.get $ha) (i64.const 32767)) (i64.load offset=3 (local.get $la)))
  (func (export "br_k_eq_H_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $hb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ne_H_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $hb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_s_H_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $hb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_u_H_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $hb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_s_H_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $hb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_u_H_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $hb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_s_H_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $hb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_u_H_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $hb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_s_H_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $hb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_u_H_32767") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $hb) (i32.const 32767))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k_H_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi32 i32)
    
    (local.set $hdi32 (i32.const -32768)) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "mov_k64_H_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi64 i64)
    
    (local.set $hdi64 (i64.const -32768)) (local.get $hdi64))
  (func (export "store_k_H_-32768") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i32.store offset=3 (local.get $ha) (i32.const -32768)) (i64.load offset=3 (local.get $la)))
  (func (export "store8_k_H_-32768") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i32.store8 offset=3 (local.get $ha) (i32.const -32768)) (i64.load offset=3 (local.get $la)))
  (func (export "store64_k_H_-32768") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i64.store offset=3 (local.get $ha) (i64.const 4294934528)) (i64.load offset=3 (local.get $la)))
  (func (export "br_k_eq_H_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $hb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ne_H_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $hb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_s_H_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $hb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_u_H_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $hb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_s_H_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $hb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_u_H_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $hb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_s_H_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $hb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_u_H_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $hb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_s_H_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $hb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_u_H_-32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $hb) (i32.const -32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k_H_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi32 i32)
    
    (local.set $hdi32 (i32.const 32768)) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "mov_k64_H_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi64 i64)
    
    (local.set $hdi64 (i64.const 32768)) (local.get $hdi64))
  (func (export "store_k_H_32768") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i32.store offset=3 (local.get $ha) (i32.const 32768)) (i64.load offset=3 (local.get $la)))
  (func (export "store8_k_H_32768") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i32.store8 offset=3 (local.get $ha) (i32.const 32768)) (i64.load offset=3 (local.get $la)))
  (func (export "store64_k_H_32768") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i64.store offset=3 (local.get $ha) (i64.const 32768)) (i64.load offset=3 (local.get $la)))
  (func (export "br_k_eq_H_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $hb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ne_H_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $hb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_s_H_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $hb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_u_H_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $hb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_s_H_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $hb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_u_H_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $hb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_s_H_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $hb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_u_H_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $hb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_s_H_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $hb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_u_H_32768") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $hb) (i32.const 32768))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "mov_k_H_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi32 i32)
    
    (local.set $hdi32 (i32.const 74565)) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "mov_k64_H_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi64 i64)
    
    (local.set $hdi64 (i64.const 74565)) (local.get $hdi64))
  (func (export "store_k_H_74565") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i32.store offset=3 (local.get $ha) (i32.const 74565)) (i64.load offset=3 (local.get $la)))
  (func (export "store8_k_H_74565") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i32.store8 offset=3 (local.get $ha) (i32.const 74565)) (i64.load offset=3 (local.get $la)))
  (func (export "store64_k_H_74565") (param i32 i32 i32) (result i64) (local $la i32) (local $ldi32 i32) (local $ha i32)
    (local.set $la (local.get 0)) (local.set $ha (local.get 0))
    (i64.store offset=3 (local.get $ha) (i64.const 74565)) (i64.load offset=3 (local.get $la)))
  (func (export "br_k_eq_H_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $hb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ne_H_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $hb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_s_H_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $hb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_lt_u_H_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $hb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_s_H_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $hb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_gt_u_H_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $hb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_s_H_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $hb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_le_u_H_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $hb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_s_H_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $hb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_k_ge_u_H_74565") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $hb) (i32.const 74565))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "eqz_H_0") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.eqz (i32.sub (local.get $lc) (local.get $lc)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "eqz_H_1") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.eqz (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_eq_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $lb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_eq_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.eq (local.get $lvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_eq_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.tee $le32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_eq_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.tee $le32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_eq_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.eq (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_eq_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i64.eq (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_ne_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $lb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_ne_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.ne (local.get $lvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_ne_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.tee $le32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_ne_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.tee $le32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_ne_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.ne (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_ne_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i64.ne (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_lt_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $lb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_lt_s_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.lt_s (local.get $lvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_lt_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.tee $le32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_lt_s_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.tee $le32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_lt_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.lt_s (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_lt_s_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i64.lt_s (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_lt_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $lb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_lt_u_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.lt_u (local.get $lvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_lt_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.tee $le32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_lt_u_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.tee $le32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_lt_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.lt_u (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_lt_u_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i64.lt_u (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_gt_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $lb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_gt_s_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.gt_s (local.get $lvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_gt_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.tee $le32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_gt_s_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.tee $le32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_gt_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.gt_s (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_gt_s_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i64.gt_s (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_gt_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $lb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_gt_u_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.gt_u (local.get $lvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_gt_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.tee $le32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_gt_u_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.tee $le32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_gt_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.gt_u (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_gt_u_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i64.gt_u (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_le_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $lb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_le_s_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.le_s (local.get $lvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_le_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.tee $le32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_le_s_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.tee $le32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_le_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.le_s (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_le_s_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i64.le_s (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_le_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $lb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_le_u_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.le_u (local.get $lvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_le_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.tee $le32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_le_u_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.tee $le32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_le_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.le_u (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_le_u_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i64.le_u (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_ge_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $lb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_ge_s_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.ge_s (local.get $lvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_ge_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.tee $le32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_ge_s_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.tee $le32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_ge_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.ge_s (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_ge_s_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i64.ge_s (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_ge_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $lb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_ge_u_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.ge_u (local.get $lvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_ge_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.tee $le32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_ge_u_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.tee $le32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_ge_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.ge_u (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_ge_u_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i64.ge_u (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_nz_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (local.tee $le32 (i32.add (local.get $lb) (local.get $lc)))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "addbr_nzeqz_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eqz (local.tee $le32 (i32.add (local.get $lb) (local.get $lc))))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "bin_add_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.add (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_add_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi64 (i64.add (local.get $lvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_sub_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.sub (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_sub_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi64 (i64.sub (local.get $lvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_mul_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.mul (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_mul_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi64 (i64.mul (local.get $lvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_and_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.and (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_and_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi64 (i64.and (local.get $lvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_or_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.or (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_or_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi64 (i64.or (local.get $lvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_xor_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.xor (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_xor_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi64 (i64.xor (local.get $lvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_shl_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.shl (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_shl_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi64 (i64.shl (local.get $lvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_shr_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.shr_s (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_shr_s_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi64 (i64.shr_s (local.get $lvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_shr_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.shr_u (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_shr_u_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi64 (i64.shr_u (local.get $lvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_rotl_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.rotl (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_rotl_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi64 (i64.rotl (local.get $lvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_rotr_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.rotr (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_rotr_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lvi64 i64) (local $lc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi64 (i64.rotr (local.get $lvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "select_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (select (local.get $lb) (local.get $lc) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "select0_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (select (local.get $lb) (local.get $lc) (i32.sub (local.get $la) (local.get $la)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_rotl_xor_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.xor (i32.rotl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_rotl_add_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.add (i32.rotl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_rotl_and_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.and (i32.rotl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_rotl_or_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.or (i32.rotl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shr_u_xor_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.xor (i32.shr_u (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shr_u_add_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.add (i32.shr_u (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shr_u_and_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.and (i32.shr_u (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shr_u_or_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.or (i32.shr_u (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shl_xor_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.xor (i32.shl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shl_add_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.add (i32.shl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shl_and_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.and (i32.shl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shl_or_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.or (i32.shl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_xor_xor_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.xor (i32.xor (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_xor_add_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.add (i32.xor (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_xor_and_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.and (i32.xor (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_xor_or_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.or (i32.xor (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_and_xor_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.xor (i32.and (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_and_add_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.add (i32.and (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_and_and_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.and (i32.and (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_and_or_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.or (i32.and (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_add_xor_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.xor (i32.add (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_add_add_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.add (i32.add (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_add_and_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.and (i32.add (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_add_or_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.or (i32.add (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "add2_LL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.add (local.get $lb) (local.get $lc))) (local.set $le32 (i32.add (local.get $la) (local.get $lb))) (i64.or (i64.shl (i64.extend_i32_u (local.get $ldi32)) (i64.const 32)) (i64.extend_i32_u (local.get $le32))))
  (func (export "shr_and_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32)
    (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.and (i32.shr_u (local.get $lb) (i32.const 5)) (i32.const 0x3ff))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "wrap_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i32.wrap_i64 (local.get $lvi64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "eqz64_LL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i64.eqz (local.get $lvi64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "ext_s_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $lb (local.get 1))
    (local.set $ldi64 (i64.extend_i32_s (local.get $lb))) (local.get $ldi64))
  (func (export "ext_u_LL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $ldi64 i64)
    (local.set $lb (local.get 1))
    (local.set $ldi64 (i64.extend_i32_u (local.get $lb))) (local.get $ldi64))
  (func (export "br_eq_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $lb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_eq_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.eq (local.get $lvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_eq_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.tee $le32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_eq_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $le32 i32) (local $ha i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.tee $le32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_eq_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.eq (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_eq_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i64.eq (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_ne_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $lb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_ne_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.ne (local.get $lvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_ne_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.tee $le32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_ne_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $le32 i32) (local $ha i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.tee $le32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_ne_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.ne (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_ne_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i64.ne (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_lt_s_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $lb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_lt_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.lt_s (local.get $lvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_lt_s_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.tee $le32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_lt_s_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $le32 i32) (local $ha i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.tee $le32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_lt_s_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.lt_s (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_lt_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i64.lt_s (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_lt_u_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $lb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_lt_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.lt_u (local.get $lvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_lt_u_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.tee $le32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_lt_u_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $le32 i32) (local $ha i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.tee $le32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_lt_u_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.lt_u (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_lt_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i64.lt_u (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_gt_s_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $lb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_gt_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.gt_s (local.get $lvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_gt_s_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.tee $le32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_gt_s_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $le32 i32) (local $ha i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.tee $le32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_gt_s_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.gt_s (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_gt_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i64.gt_s (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_gt_u_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $lb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_gt_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.gt_u (local.get $lvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_gt_u_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.tee $le32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_gt_u_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $le32 i32) (local $ha i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.tee $le32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_gt_u_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.gt_u (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_gt_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i64.gt_u (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_le_s_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $lb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_le_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.le_s (local.get $lvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_le_s_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.tee $le32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_le_s_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $le32 i32) (local $ha i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.tee $le32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_le_s_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.le_s (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_le_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i64.le_s (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_le_u_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $lb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_le_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.le_u (local.get $lvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_le_u_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.tee $le32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_le_u_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $le32 i32) (local $ha i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.tee $le32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_le_u_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.le_u (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_le_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i64.le_u (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_ge_s_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $lb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_ge_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.ge_s (local.get $lvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_ge_s_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.tee $le32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_ge_s_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $le32 i32) (local $ha i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.tee $le32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_ge_s_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.ge_s (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_ge_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i64.ge_s (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br_ge_u_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hc i32)
    (local.set $lb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $lb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_ge_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hc64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.ge_u (local.get $lvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_ge_u_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.tee $le32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_ge_u_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $le32 i32) (local $ha i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.tee $le32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_ge_u_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.ge_u (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "cmp64_ge_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i64.ge_u (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_nz_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (local.tee $le32 (i32.add (local.get $hb) (local.get $lc)))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "addbr_nzeqz_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eqz (local.tee $le32 (i32.add (local.get $hb) (local.get $lc))))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $le32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "bin_add_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.add (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_add_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.add (local.get $hvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_sub_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.sub (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_sub_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.sub (local.get $hvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_mul_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.mul (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_mul_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.mul (local.get $hvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_and_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.and (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_and_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.and (local.get $hvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_or_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.or (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_or_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.or (local.get $hvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_xor_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.xor (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_xor_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.xor (local.get $hvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_shl_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.shl (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_shl_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.shl (local.get $hvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_shr_s_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.shr_s (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_shr_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.shr_s (local.get $hvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_shr_u_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.shr_u (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_shr_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.shr_u (local.get $hvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_rotl_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.rotl (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_rotl_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.rotl (local.get $hvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "bin_rotr_LH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.rotr (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "bin64_rotr_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi64 (i64.rotr (local.get $hvi64) (local.get $lc64))) (local.get $ldi64))
  (func (export "select_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (select (local.get $hb) (local.get $lc) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "select0_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (select (local.get $hb) (local.get $lc) (i32.sub (local.get $la) (local.get $la)))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_rotl_xor_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.xor (i32.rotl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_rotl_add_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.add (i32.rotl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_rotl_and_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.and (i32.rotl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_rotl_or_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.or (i32.rotl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shr_u_xor_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.xor (i32.shr_u (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shr_u_add_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.add (i32.shr_u (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shr_u_and_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.and (i32.shr_u (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shr_u_or_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.or (i32.shr_u (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shl_xor_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.xor (i32.shl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shl_add_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.add (i32.shl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shl_and_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.and (i32.shl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_shl_or_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.or (i32.shl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_xor_xor_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.xor (i32.xor (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_xor_add_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.add (i32.xor (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_xor_and_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.and (i32.xor (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_xor_or_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.or (i32.xor (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_and_xor_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.xor (i32.and (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_and_add_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.add (i32.and (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_and_and_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.and (i32.and (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_and_or_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.or (i32.and (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_add_xor_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.xor (i32.add (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_add_add_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.add (i32.add (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_add_and_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.and (i32.add (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "fused_add_or_LH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.or (i32.add (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "add2_LH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.add (local.get $lb) (local.get $lc))) (local.set $he32 (i32.add (local.get $ha) (local.get $lb))) (i64.or (i64.shl (i64.extend_i32_u (local.get $ldi32)) (i64.const 32)) (i64.extend_i32_u (local.get $he32))))
  (func (export "shr_and_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.and (i32.shr_u (local.get $hb) (i32.const 5)) (i32.const 0x3ff))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "wrap_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hvi64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i32.wrap_i64 (local.get $hvi64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "eqz64_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hvi64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i64.eqz (local.get $hvi64))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "ext_s_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi64 (i64.extend_i32_s (local.get $hb))) (local.get $ldi64))
  (func (export "ext_u_LH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $ldi64 i64) (local $hb i32)
    (local.set $hb (local.get 1))
    (local.set $ldi64 (i64.extend_i32_u (local.get $hb))) (local.get $ldi64))
  (func (export "br_eq_HL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $hb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_eq_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.eq (local.get $hvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_eq_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.tee $he32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_eq_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.tee $he32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_eq_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.eq (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_eq_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi32 i32)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi32 (i64.eq (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_ne_HL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $hb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_ne_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.ne (local.get $hvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_ne_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.tee $he32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_ne_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.tee $he32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_ne_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.ne (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_ne_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi32 i32)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi32 (i64.ne (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_lt_s_HL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $hb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_lt_s_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.lt_s (local.get $hvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_lt_s_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.tee $he32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_lt_s_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.tee $he32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_lt_s_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.lt_s (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_lt_s_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi32 i32)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi32 (i64.lt_s (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_lt_u_HL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $hb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_lt_u_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.lt_u (local.get $hvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_lt_u_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.tee $he32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_lt_u_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.tee $he32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_lt_u_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.lt_u (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_lt_u_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi32 i32)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi32 (i64.lt_u (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_gt_s_HL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $hb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_gt_s_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.gt_s (local.get $hvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_gt_s_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.tee $he32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_gt_s_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.tee $he32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_gt_s_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.gt_s (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_gt_s_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi32 i32)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi32 (i64.gt_s (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_gt_u_HL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $hb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_gt_u_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.gt_u (local.get $hvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_gt_u_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.tee $he32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_gt_u_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.tee $he32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_gt_u_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.gt_u (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_gt_u_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi32 i32)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi32 (i64.gt_u (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_le_s_HL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $hb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_le_s_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.le_s (local.get $hvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_le_s_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.tee $he32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_le_s_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.tee $he32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_le_s_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.le_s (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_le_s_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi32 i32)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi32 (i64.le_s (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_le_u_HL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $hb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_le_u_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.le_u (local.get $hvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_le_u_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.tee $he32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_le_u_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.tee $he32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_le_u_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.le_u (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_le_u_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi32 i32)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi32 (i64.le_u (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_ge_s_HL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $hb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_ge_s_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.ge_s (local.get $hvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_ge_s_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.tee $he32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_ge_s_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.tee $he32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_ge_s_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.ge_s (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_ge_s_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi32 i32)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi32 (i64.ge_s (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_ge_u_HL") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $hb) (local.get $lc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_ge_u_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.ge_u (local.get $hvi64) (local.get $lc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_ge_u_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.tee $he32 (i32.add (local.get $lb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_ge_u_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.tee $he32 (i32.load offset=4 (local.get $la))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_ge_u_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.ge_u (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_ge_u_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi32 i32)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi32 (i64.ge_u (local.get $lvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "addbr_nz_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (local.tee $he32 (i32.add (local.get $lb) (local.get $lc)))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "addbr_nzeqz_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eqz (local.tee $he32 (i32.add (local.get $lb) (local.get $lc))))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "bin_add_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.add (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_add_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi64 (i64.add (local.get $lvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_sub_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.sub (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_sub_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi64 (i64.sub (local.get $lvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_mul_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.mul (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_mul_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi64 (i64.mul (local.get $lvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_and_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.and (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_and_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi64 (i64.and (local.get $lvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_or_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.or (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_or_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi64 (i64.or (local.get $lvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_xor_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.xor (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_xor_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi64 (i64.xor (local.get $lvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_shl_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.shl (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_shl_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi64 (i64.shl (local.get $lvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_shr_s_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.shr_s (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_shr_s_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi64 (i64.shr_s (local.get $lvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_shr_u_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.shr_u (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_shr_u_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi64 (i64.shr_u (local.get $lvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_rotl_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.rotl (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_rotl_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi64 (i64.rotl (local.get $lvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_rotr_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.rotr (local.get $lb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_rotr_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $lc64 i64) (local $hdi64 i64)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $lc64 (i64.extend_i32_u (local.get 2)))
    (local.set $hdi64 (i64.rotr (local.get $lvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "select_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (select (local.get $lb) (local.get $lc) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "select0_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (select (local.get $lb) (local.get $lc) (i32.sub (local.get $la) (local.get $la)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_rotl_xor_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.xor (i32.rotl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_rotl_add_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.add (i32.rotl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_rotl_and_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.and (i32.rotl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_rotl_or_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.or (i32.rotl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shr_u_xor_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.xor (i32.shr_u (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shr_u_add_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.add (i32.shr_u (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shr_u_and_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.and (i32.shr_u (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shr_u_or_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.or (i32.shr_u (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shl_xor_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.xor (i32.shl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shl_add_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.add (i32.shl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shl_and_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.and (i32.shl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shl_or_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.or (i32.shl (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_xor_xor_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.xor (i32.xor (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_xor_add_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.add (i32.xor (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_xor_and_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.and (i32.xor (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_xor_or_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.or (i32.xor (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_and_xor_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.xor (i32.and (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_and_add_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.add (i32.and (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_and_and_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.and (i32.and (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_and_or_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.or (i32.and (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_add_xor_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.xor (i32.add (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_add_add_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.add (i32.add (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_add_and_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.and (i32.add (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_add_or_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2))
    (local.set $hdi32 (i32.or (i32.add (local.get $lb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "add2_HL") (param i32 i32 i32) (result i64) (local $la i32) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $le32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.add (local.get $hb) (local.get $lc))) (local.set $le32 (i32.add (local.get $la) (local.get $lb))) (i64.or (i64.shl (i64.extend_i32_u (local.get $hdi32)) (i64.const 32)) (i64.extend_i32_u (local.get $le32))))
  (func (export "shr_and_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi32 i32)
    (local.set $lb (local.get 1))
    (local.set $hdi32 (i32.and (i32.shr_u (local.get $lb) (i32.const 5)) (i32.const 0x3ff))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "wrap_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hdi32 i32)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i32.wrap_i64 (local.get $lvi64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "eqz64_HL") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lvi64 i64) (local $hdi32 i32)
    (local.set $lvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i64.eqz (local.get $lvi64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "ext_s_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $lb (local.get 1))
    (local.set $hdi64 (i64.extend_i32_s (local.get $lb))) (local.get $hdi64))
  (func (export "ext_u_HL") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $hdi64 i64)
    (local.set $lb (local.get 1))
    (local.set $hdi64 (i64.extend_i32_u (local.get $lb))) (local.get $hdi64))
  (func (export "br_eq_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.get $hb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_eq_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hvi64 i64) (local $hc64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.eq (local.get $hvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_eq_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.tee $he32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_eq_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $ha i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eq (local.tee $he32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_eq_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.eq (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_eq_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi32 i32) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i64.eq (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_ne_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.get $hb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_ne_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hvi64 i64) (local $hc64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.ne (local.get $hvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_ne_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.tee $he32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_ne_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $ha i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ne (local.tee $he32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_ne_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.ne (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_ne_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi32 i32) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i64.ne (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_lt_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.get $hb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_lt_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hvi64 i64) (local $hc64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.lt_s (local.get $hvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_lt_s_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.tee $he32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_lt_s_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $ha i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_s (local.tee $he32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_lt_s_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.lt_s (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_lt_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi32 i32) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i64.lt_s (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_lt_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.get $hb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_lt_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hvi64 i64) (local $hc64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.lt_u (local.get $hvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_lt_u_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.tee $he32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_lt_u_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $ha i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.lt_u (local.tee $he32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_lt_u_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.lt_u (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_lt_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi32 i32) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i64.lt_u (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_gt_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.get $hb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_gt_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hvi64 i64) (local $hc64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.gt_s (local.get $hvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_gt_s_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.tee $he32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_gt_s_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $ha i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_s (local.tee $he32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_gt_s_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.gt_s (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_gt_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi32 i32) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i64.gt_s (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_gt_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.get $hb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_gt_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hvi64 i64) (local $hc64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.gt_u (local.get $hvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_gt_u_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.tee $he32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_gt_u_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $ha i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.gt_u (local.tee $he32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_gt_u_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.gt_u (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_gt_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi32 i32) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i64.gt_u (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_le_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.get $hb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_le_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hvi64 i64) (local $hc64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.le_s (local.get $hvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_le_s_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.tee $he32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_le_s_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $ha i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_s (local.tee $he32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_le_s_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.le_s (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_le_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi32 i32) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i64.le_s (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_le_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.get $hb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_le_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hvi64 i64) (local $hc64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.le_u (local.get $hvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_le_u_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.tee $he32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_le_u_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $ha i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.le_u (local.tee $he32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_le_u_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.le_u (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_le_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi32 i32) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i64.le_u (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_ge_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.get $hb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_ge_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hvi64 i64) (local $hc64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.ge_s (local.get $hvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_ge_s_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.tee $he32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_ge_s_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $ha i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_s (local.tee $he32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_ge_s_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.ge_s (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_ge_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi32 i32) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i64.ge_s (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "br_ge_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hc i32)
    (local.set $hb (local.get 1)) (local.set $hc (local.get 2))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.get $hb) (local.get $hc))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "br64_ge_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hvi64 i64) (local $hc64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003))) (local.set $hc64 (i64.extend_i32_u (local.get 2)))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i64.ge_u (local.get $hvi64) (local.get $hc64))) (local.set $ldi32 (i32.const 9))) (i64.extend_i32_u (local.get $ldi32)))
  (func (export "addbr_ge_u_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.tee $he32 (i32.add (local.get $hb) (local.get $lc))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "ldbr_ge_u_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $ldi32 i32) (local $ha i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $ha (local.get 0))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.ge_u (local.tee $he32 (i32.load offset=4 (local.get $ha))) (local.get $lb))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "cmp_ge_u_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.ge_u (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "cmp64_ge_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi32 i32) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i64.ge_u (local.get $hvi64) (local.get $lc64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "addbr_nz_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $he32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (local.tee $he32 (i32.add (local.get $hb) (local.get $lc)))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "addbr_nzeqz_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $he32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $ldi32 (i32.const 7)) (block (br_if 0 (i32.eqz (local.tee $he32 (i32.add (local.get $hb) (local.get $lc))))) (local.set $ldi32 (i32.const 9))) (i64.or (i64.shl (i64.extend_i32_u (local.get $he32)) (i64.const 32)) (i64.extend_i32_u (local.get $ldi32))))
  (func (export "bin_add_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.add (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_add_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.add (local.get $hvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_sub_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.sub (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_sub_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.sub (local.get $hvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_mul_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.mul (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_mul_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.mul (local.get $hvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_and_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.and (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_and_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.and (local.get $hvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_or_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.or (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_or_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.or (local.get $hvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_xor_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.xor (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_xor_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.xor (local.get $hvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_shl_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.shl (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_shl_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.shl (local.get $hvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_shr_s_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.shr_s (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_shr_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.shr_s (local.get $hvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_shr_u_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.shr_u (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_shr_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.shr_u (local.get $hvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_rotl_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.rotl (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_rotl_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.rotl (local.get $hvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "bin_rotr_HH") (param i32 i32 i32) (result i64) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.rotr (local.get $hb) (local.get $lc))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "bin64_rotr_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $lc64 i64) (local $hdi64 i64) (local $hvi64 i64)
    (local.set $lc64 (i64.extend_i32_u (local.get 2))) (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi64 (i64.rotr (local.get $hvi64) (local.get $lc64))) (local.get $hdi64))
  (func (export "select_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (select (local.get $hb) (local.get $lc) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "select0_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (select (local.get $hb) (local.get $lc) (i32.sub (local.get $la) (local.get $la)))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_rotl_xor_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.xor (i32.rotl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_rotl_add_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.add (i32.rotl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_rotl_and_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.and (i32.rotl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_rotl_or_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.or (i32.rotl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shr_u_xor_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.xor (i32.shr_u (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shr_u_add_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.add (i32.shr_u (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shr_u_and_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.and (i32.shr_u (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shr_u_or_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.or (i32.shr_u (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shl_xor_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.xor (i32.shl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shl_add_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.add (i32.shl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shl_and_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.and (i32.shl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_shl_or_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.or (i32.shl (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_xor_xor_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.xor (i32.xor (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_xor_add_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.add (i32.xor (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_xor_and_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.and (i32.xor (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_xor_or_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.or (i32.xor (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_and_xor_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.xor (i32.and (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_and_add_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.add (i32.and (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_and_and_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.and (i32.and (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_and_or_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.or (i32.and (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_add_xor_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.xor (i32.add (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_add_add_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.add (i32.add (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_add_and_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.and (i32.add (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "fused_add_or_HH") (param i32 i32 i32) (result i64) (local $la i32) (local $lc i32) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $la (local.get 0)) (local.set $lc (local.get 2)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.or (i32.add (local.get $hb) (local.get $lc)) (local.get $la))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "add2_HH") (param i32 i32 i32) (result i64) (local $lb i32) (local $lc i32) (local $ldi32 i32) (local $ha i32) (local $hb i32) (local $hdi32 i32) (local $he32 i32)
    (local.set $lb (local.get 1)) (local.set $lc (local.get 2)) (local.set $ha (local.get 0)) (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.add (local.get $hb) (local.get $lc))) (local.set $he32 (i32.add (local.get $ha) (local.get $lb))) (i64.or (i64.shl (i64.extend_i32_u (local.get $hdi32)) (i64.const 32)) (i64.extend_i32_u (local.get $he32))))
  (func (export "shr_and_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi32 i32)
    (local.set $hb (local.get 1))
    (local.set $hdi32 (i32.and (i32.shr_u (local.get $hb) (i32.const 5)) (i32.const 0x3ff))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "wrap_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi32 i32) (local $hvi64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i32.wrap_i64 (local.get $hvi64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "eqz64_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hdi32 i32) (local $hvi64 i64)
    (local.set $hvi64 (i64.mul (i64.extend_i32_s (local.get 1)) (i64.const 0x100000003)))
    (local.set $hdi32 (i64.eqz (local.get $hvi64))) (i64.extend_i32_u (local.get $hdi32)))
  (func (export "ext_s_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi64 i64)
    (local.set $hb (local.get 1))
    (local.set $hdi64 (i64.extend_i32_s (local.get $hb))) (local.get $hdi64))
  (func (export "ext_u_HH") (param i32 i32 i32) (result i64) (local $ldi32 i32) (local $hb i32) (local $hdi64 i64)
    (local.set $hb (local.get 1))
    (local.set $hdi64 (i64.extend_i32_u (local.get $hb))) (local.get $hdi64))
)
(assert_return (invoke "mov_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.load_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i32.load_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i64.load_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "i64.load_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "f32.load_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "f32.load_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "f64.load_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "f64.load_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "i32.load8_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967276))
(assert_return (invoke "i32.load8_s_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967168))
(assert_return (invoke "i32.load8_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i32.load8_u_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i32.load16_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_s_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294944128))
(assert_return (invoke "i32.load16_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_u_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load8_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -20))
(assert_return (invoke "i64.load8_s_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -128))
(assert_return (invoke "i64.load8_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i64.load8_u_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i64.load16_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_s_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -23168))
(assert_return (invoke "i64.load16_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_u_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load32_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_s_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -271932032))
(assert_return (invoke "i64.load32_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_u_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i32.store_LL" (i32.const 1040) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.store_x_LL" (i32.const 1056) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i64.store_LL" (i32.const 1072) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "i64.store_x_LL" (i32.const 1088) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "f32.store_LL" (i32.const 1104) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f32.store_x_LL" (i32.const 1120) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f64.store_LL" (i32.const 1136) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "f64.store_x_LL" (i32.const 1152) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "i32.store8_LL" (i32.const 1168) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store8_x_LL" (i32.const 1184) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store16_LL" (i32.const 1200) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i32.store16_x_LL" (i32.const 1216) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i64.store8_LL" (i32.const 1232) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store8_x_LL" (i32.const 1248) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store16_LL" (i32.const 1264) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store16_x_LL" (i32.const 1280) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store32_LL" (i32.const 1296) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i64.store32_x_LL" (i32.const 1312) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i32.add_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076850))
(assert_return (invoke "i32.sub_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076816))
(assert_return (invoke "i32.mul_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2109306161))
(assert_return (invoke "i32.and_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2147483649))
(assert_return (invoke "i32.or_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560497))
(assert_return (invoke "i32.xor_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076848))
(assert_return (invoke "i32.shl_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2252472320))
(assert_return (invoke "i32.shr_s_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294951858))
(assert_return (invoke "i32.shr_u_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 17330))
(assert_return (invoke "i32.eq_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.ne_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.lt_u_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.gt_u_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.sub_k_t_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560478))
(assert_return (invoke "i64.add_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466100851259020))
(assert_return (invoke "i64.and_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2418065504))
(assert_return (invoke "add2_kk_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466071158718469))
(assert_return (invoke "shl_k_add_LLL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "shl_k_add_LLH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "i32.load_xk_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3399843931))
(assert_return (invoke "i32.load8_u_xk_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 91))
(assert_return (invoke "mov_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.load_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i32.load_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i64.load_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "i64.load_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "f32.load_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "f32.load_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "f64.load_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "f64.load_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "i32.load8_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967276))
(assert_return (invoke "i32.load8_s_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967168))
(assert_return (invoke "i32.load8_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i32.load8_u_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i32.load16_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_s_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294944128))
(assert_return (invoke "i32.load16_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_u_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load8_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -20))
(assert_return (invoke "i64.load8_s_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -128))
(assert_return (invoke "i64.load8_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i64.load8_u_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i64.load16_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_s_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -23168))
(assert_return (invoke "i64.load16_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_u_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load32_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_s_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -271932032))
(assert_return (invoke "i64.load32_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_u_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i32.store_LH" (i32.const 1328) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.store_x_LH" (i32.const 1344) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i64.store_LH" (i32.const 1360) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "i64.store_x_LH" (i32.const 1376) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "f32.store_LH" (i32.const 1392) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f32.store_x_LH" (i32.const 1408) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f64.store_LH" (i32.const 1424) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "f64.store_x_LH" (i32.const 1440) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "i32.store8_LH" (i32.const 1456) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store8_x_LH" (i32.const 1472) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store16_LH" (i32.const 1488) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i32.store16_x_LH" (i32.const 1504) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i64.store8_LH" (i32.const 1520) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store8_x_LH" (i32.const 1536) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store16_LH" (i32.const 1552) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store16_x_LH" (i32.const 1568) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store32_LH" (i32.const 1584) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i64.store32_x_LH" (i32.const 1600) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i32.add_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076850))
(assert_return (invoke "i32.sub_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076816))
(assert_return (invoke "i32.mul_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2109306161))
(assert_return (invoke "i32.and_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2147483649))
(assert_return (invoke "i32.or_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560497))
(assert_return (invoke "i32.xor_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076848))
(assert_return (invoke "i32.shl_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2252472320))
(assert_return (invoke "i32.shr_s_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294951858))
(assert_return (invoke "i32.shr_u_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 17330))
(assert_return (invoke "i32.eq_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.ne_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.lt_u_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.gt_u_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.sub_k_t_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560478))
(assert_return (invoke "i64.add_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466100851259020))
(assert_return (invoke "i64.and_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2418065504))
(assert_return (invoke "add2_kk_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466071158718469))
(assert_return (invoke "shl_k_add_LHL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "shl_k_add_LHH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "i32.load_xk_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3399843931))
(assert_return (invoke "i32.load8_u_xk_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 91))
(assert_return (invoke "mov_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.load_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i32.load_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i64.load_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "i64.load_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "f32.load_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "f32.load_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "f64.load_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "f64.load_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "i32.load8_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967276))
(assert_return (invoke "i32.load8_s_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967168))
(assert_return (invoke "i32.load8_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i32.load8_u_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i32.load16_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_s_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294944128))
(assert_return (invoke "i32.load16_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_u_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load8_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -20))
(assert_return (invoke "i64.load8_s_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -128))
(assert_return (invoke "i64.load8_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i64.load8_u_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i64.load16_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_s_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -23168))
(assert_return (invoke "i64.load16_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_u_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load32_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_s_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -271932032))
(assert_return (invoke "i64.load32_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_u_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i32.store_HL" (i32.const 1616) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.store_x_HL" (i32.const 1632) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i64.store_HL" (i32.const 1648) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "i64.store_x_HL" (i32.const 1664) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "f32.store_HL" (i32.const 1680) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f32.store_x_HL" (i32.const 1696) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f64.store_HL" (i32.const 1712) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "f64.store_x_HL" (i32.const 1728) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "i32.store8_HL" (i32.const 1744) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store8_x_HL" (i32.const 1760) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store16_HL" (i32.const 1776) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i32.store16_x_HL" (i32.const 1792) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i64.store8_HL" (i32.const 1808) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store8_x_HL" (i32.const 1824) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store16_HL" (i32.const 1840) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store16_x_HL" (i32.const 1856) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store32_HL" (i32.const 1872) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i64.store32_x_HL" (i32.const 1888) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i32.add_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076850))
(assert_return (invoke "i32.sub_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076816))
(assert_return (invoke "i32.mul_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2109306161))
(assert_return (invoke "i32.and_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2147483649))
(assert_return (invoke "i32.or_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560497))
(assert_return (invoke "i32.xor_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076848))
(assert_return (invoke "i32.shl_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2252472320))
(assert_return (invoke "i32.shr_s_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294951858))
(assert_return (invoke "i32.shr_u_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 17330))
(assert_return (invoke "i32.eq_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.ne_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.lt_u_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.gt_u_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.sub_k_t_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560478))
(assert_return (invoke "i64.add_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466100851259020))
(assert_return (invoke "i64.and_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2418065504))
(assert_return (invoke "add2_kk_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466071158718469))
(assert_return (invoke "shl_k_add_HLL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "shl_k_add_HLH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "i32.load_xk_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3399843931))
(assert_return (invoke "i32.load8_u_xk_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 91))
(assert_return (invoke "mov_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.load_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i32.load_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i64.load_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "i64.load_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "f32.load_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "f32.load_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "f64.load_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "f64.load_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "i32.load8_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967276))
(assert_return (invoke "i32.load8_s_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967168))
(assert_return (invoke "i32.load8_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i32.load8_u_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i32.load16_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_s_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294944128))
(assert_return (invoke "i32.load16_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_u_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load8_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -20))
(assert_return (invoke "i64.load8_s_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -128))
(assert_return (invoke "i64.load8_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i64.load8_u_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i64.load16_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_s_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -23168))
(assert_return (invoke "i64.load16_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_u_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load32_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_s_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -271932032))
(assert_return (invoke "i64.load32_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_u_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i32.store_HH" (i32.const 1904) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.store_x_HH" (i32.const 1920) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i64.store_HH" (i32.const 1936) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "i64.store_x_HH" (i32.const 1952) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "f32.store_HH" (i32.const 1968) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f32.store_x_HH" (i32.const 1984) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f64.store_HH" (i32.const 2000) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "f64.store_x_HH" (i32.const 2016) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "i32.store8_HH" (i32.const 2032) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store8_x_HH" (i32.const 2048) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store16_HH" (i32.const 2064) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i32.store16_x_HH" (i32.const 2080) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i64.store8_HH" (i32.const 2096) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store8_x_HH" (i32.const 2112) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store16_HH" (i32.const 2128) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store16_x_HH" (i32.const 2144) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store32_HH" (i32.const 2160) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i64.store32_x_HH" (i32.const 2176) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i32.add_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076850))
(assert_return (invoke "i32.sub_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076816))
(assert_return (invoke "i32.mul_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2109306161))
(assert_return (invoke "i32.and_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2147483649))
(assert_return (invoke "i32.or_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560497))
(assert_return (invoke "i32.xor_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076848))
(assert_return (invoke "i32.shl_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2252472320))
(assert_return (invoke "i32.shr_s_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294951858))
(assert_return (invoke "i32.shr_u_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 17330))
(assert_return (invoke "i32.eq_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.ne_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.lt_u_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.gt_u_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.sub_k_t_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560478))
(assert_return (invoke "i64.add_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466100851259020))
(assert_return (invoke "i64.and_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2418065504))
(assert_return (invoke "add2_kk_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466071158718469))
(assert_return (invoke "shl_k_add_HHL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "shl_k_add_HHH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "i32.load_xk_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3399843931))
(assert_return (invoke "i32.load8_u_xk_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 91))
(assert_return (invoke "call_L" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560477))
(assert_return (invoke "ret1_L" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "global_L" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "mov_k_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "mov_k64_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "store_k_L_5" (i32.const 2192) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "store8_k_L_5" (i32.const 2208) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "store64_k_L_5" (i32.const 2224) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "br_k_eq_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "mov_k_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967293))
(assert_return (invoke "mov_k64_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -3))
(assert_return (invoke "store_k_L_-3" (i32.const 2240) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967293))
(assert_return (invoke "store8_k_L_-3" (i32.const 2256) (i32.const -2023406815) (i32.const 4)) (i64.const 253))
(assert_return (invoke "store64_k_L_-3" (i32.const 2272) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967293))
(assert_return (invoke "br_k_eq_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_gt_s_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_le_s_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_ge_s_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "mov_k_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "mov_k64_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "store_k_L_32767" (i32.const 2288) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "store8_k_L_32767" (i32.const 2304) (i32.const -2023406815) (i32.const 4)) (i64.const 255))
(assert_return (invoke "store64_k_L_32767" (i32.const 2320) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "br_k_eq_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "mov_k_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294934528))
(assert_return (invoke "mov_k64_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -32768))
(assert_return (invoke "store_k_L_-32768" (i32.const 2336) (i32.const -2023406815) (i32.const 4)) (i64.const 4294934528))
(assert_return (invoke "store8_k_L_-32768" (i32.const 2352) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "store64_k_L_-32768" (i32.const 2368) (i32.const -2023406815) (i32.const 4)) (i64.const 4294934528))
(assert_return (invoke "br_k_eq_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_gt_s_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_le_s_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_ge_s_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "mov_k_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "mov_k64_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "store_k_L_32768" (i32.const 2384) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "store8_k_L_32768" (i32.const 2400) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "store64_k_L_32768" (i32.const 2416) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "br_k_eq_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "mov_k_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "mov_k64_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "store_k_L_74565" (i32.const 2432) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "store8_k_L_74565" (i32.const 2448) (i32.const -2023406815) (i32.const 4)) (i64.const 69))
(assert_return (invoke "store64_k_L_74565" (i32.const 2464) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "br_k_eq_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "eqz_L_0" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "eqz_L_1" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "call_H" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560477))
(assert_return (invoke "ret1_H" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "global_H" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "mov_k_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "mov_k64_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "store_k_H_5" (i32.const 2480) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "store8_k_H_5" (i32.const 2496) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "store64_k_H_5" (i32.const 2512) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "br_k_eq_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "mov_k_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967293))
(assert_return (invoke "mov_k64_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -3))
(assert_return (invoke "store_k_H_-3" (i32.const 2528) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967293))
(assert_return (invoke "store8_k_H_-3" (i32.const 2544) (i32.const -2023406815) (i32.const 4)) (i64.const 253))
(assert_return (invoke "store64_k_H_-3" (i32.const 2560) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967293))
(assert_return (invoke "br_k_eq_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_gt_s_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_le_s_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_ge_s_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "mov_k_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "mov_k64_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "store_k_H_32767" (i32.const 2576) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "store8_k_H_32767" (i32.const 2592) (i32.const -2023406815) (i32.const 4)) (i64.const 255))
(assert_return (invoke "store64_k_H_32767" (i32.const 2608) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "br_k_eq_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "mov_k_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294934528))
(assert_return (invoke "mov_k64_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -32768))
(assert_return (invoke "store_k_H_-32768" (i32.const 2624) (i32.const -2023406815) (i32.const 4)) (i64.const 4294934528))
(assert_return (invoke "store8_k_H_-32768" (i32.const 2640) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "store64_k_H_-32768" (i32.const 2656) (i32.const -2023406815) (i32.const 4)) (i64.const 4294934528))
(assert_return (invoke "br_k_eq_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_gt_s_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_le_s_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_ge_s_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "mov_k_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "mov_k64_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "store_k_H_32768" (i32.const 2672) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "store8_k_H_32768" (i32.const 2688) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "store64_k_H_32768" (i32.const 2704) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "br_k_eq_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "mov_k_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "mov_k64_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "store_k_H_74565" (i32.const 2720) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "store8_k_H_74565" (i32.const 2736) (i32.const -2023406815) (i32.const 4)) (i64.const 69))
(assert_return (invoke "store64_k_H_74565" (i32.const 2752) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "br_k_eq_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "eqz_H_0" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "eqz_H_1" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_eq_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_eq_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_eq_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_eq_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_eq_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_eq_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ne_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ne_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ne_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ne_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ne_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ne_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_lt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_lt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_lt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_lt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_lt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_lt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_lt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_lt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_gt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_gt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_gt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_gt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_gt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_gt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_gt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_gt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_le_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_le_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_le_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_le_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_le_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_le_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_le_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_le_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_ge_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_ge_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ge_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_ge_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ge_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ge_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_ge_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ge_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "addbr_nz_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "addbr_nzeqz_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "bin_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_sub_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560477))
(assert_return (invoke "bin64_sub_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742689))
(assert_return (invoke "bin_mul_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 496307332))
(assert_return (invoke "bin64_mul_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2131623735424132492))
(assert_return (invoke "bin_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin64_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_shl_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "bin64_shl_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529968))
(assert_return (invoke "bin_shr_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4168504370))
(assert_return (invoke "bin64_shr_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -543154131437421418))
(assert_return (invoke "bin_shr_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972530))
(assert_return (invoke "bin64_shr_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 609767373169425558))
(assert_return (invoke "bin_rotl_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "bin64_rotl_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529976))
(assert_return (invoke "bin_rotr_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 410407986))
(assert_return (invoke "bin64_rotr_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4068531886989966486))
(assert_return (invoke "select_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "select0_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4))
(assert_return (invoke "fused_rotl_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "fused_rotl_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229344))
(assert_return (invoke "fused_rotl_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_rotl_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shr_u_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shr_u_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shl_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shl_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_xor_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_xor_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_and_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_and_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_add_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_add_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "add2_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466077477092567))
(assert_return (invoke "shr_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 537))
(assert_return (invoke "wrap_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "eqz64_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "ext_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -2023406815))
(assert_return (invoke "ext_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "br_eq_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_eq_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_eq_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_eq_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_eq_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_eq_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ne_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ne_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ne_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ne_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ne_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ne_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_lt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_lt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_lt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_lt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_lt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_lt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_lt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_lt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_gt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_gt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_gt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_gt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_gt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_gt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_gt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_gt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_le_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_le_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_le_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_le_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_le_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_le_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_le_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_le_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_ge_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_ge_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ge_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_ge_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ge_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ge_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_ge_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ge_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "addbr_nz_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "addbr_nzeqz_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "bin_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_sub_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560477))
(assert_return (invoke "bin64_sub_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742689))
(assert_return (invoke "bin_mul_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 496307332))
(assert_return (invoke "bin64_mul_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2131623735424132492))
(assert_return (invoke "bin_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin64_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_shl_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "bin64_shl_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529968))
(assert_return (invoke "bin_shr_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4168504370))
(assert_return (invoke "bin64_shr_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -543154131437421418))
(assert_return (invoke "bin_shr_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972530))
(assert_return (invoke "bin64_shr_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 609767373169425558))
(assert_return (invoke "bin_rotl_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "bin64_rotl_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529976))
(assert_return (invoke "bin_rotr_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 410407986))
(assert_return (invoke "bin64_rotr_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4068531886989966486))
(assert_return (invoke "select_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "select0_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4))
(assert_return (invoke "fused_rotl_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "fused_rotl_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229344))
(assert_return (invoke "fused_rotl_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_rotl_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shr_u_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shr_u_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shl_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shl_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_xor_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_xor_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_and_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_and_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_add_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_add_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "add2_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466077477092567))
(assert_return (invoke "shr_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 537))
(assert_return (invoke "wrap_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "eqz64_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "ext_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -2023406815))
(assert_return (invoke "ext_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "br_eq_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_eq_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_eq_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_eq_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_eq_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_eq_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ne_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ne_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ne_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ne_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ne_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ne_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_lt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_lt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_lt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_lt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_lt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_lt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_lt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_lt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_gt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_gt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_gt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_gt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_gt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_gt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_gt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_gt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_le_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_le_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_le_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_le_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_le_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_le_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_le_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_le_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_ge_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_ge_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ge_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_ge_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ge_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ge_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_ge_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ge_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "addbr_nz_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "addbr_nzeqz_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "bin_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_sub_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560477))
(assert_return (invoke "bin64_sub_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742689))
(assert_return (invoke "bin_mul_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 496307332))
(assert_return (invoke "bin64_mul_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2131623735424132492))
(assert_return (invoke "bin_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin64_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_shl_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "bin64_shl_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529968))
(assert_return (invoke "bin_shr_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4168504370))
(assert_return (invoke "bin64_shr_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -543154131437421418))
(assert_return (invoke "bin_shr_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972530))
(assert_return (invoke "bin64_shr_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 609767373169425558))
(assert_return (invoke "bin_rotl_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "bin64_rotl_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529976))
(assert_return (invoke "bin_rotr_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 410407986))
(assert_return (invoke "bin64_rotr_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4068531886989966486))
(assert_return (invoke "select_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "select0_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4))
(assert_return (invoke "fused_rotl_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "fused_rotl_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229344))
(assert_return (invoke "fused_rotl_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_rotl_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shr_u_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shr_u_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shl_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shl_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_xor_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_xor_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_and_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_and_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_add_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_add_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "add2_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466077477092567))
(assert_return (invoke "shr_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 537))
(assert_return (invoke "wrap_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "eqz64_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "ext_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -2023406815))
(assert_return (invoke "ext_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "br_eq_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_eq_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_eq_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_eq_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_eq_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_eq_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ne_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ne_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ne_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ne_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ne_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ne_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_lt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_lt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_lt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_lt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_lt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_lt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_lt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_lt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_gt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_gt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_gt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_gt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_gt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_gt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_gt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_gt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_le_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_le_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_le_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_le_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_le_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_le_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_le_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_le_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_ge_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_ge_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ge_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_ge_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ge_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ge_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_ge_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ge_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "addbr_nz_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "addbr_nzeqz_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "bin_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_sub_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560477))
(assert_return (invoke "bin64_sub_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742689))
(assert_return (invoke "bin_mul_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 496307332))
(assert_return (invoke "bin64_mul_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2131623735424132492))
(assert_return (invoke "bin_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin64_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_shl_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "bin64_shl_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529968))
(assert_return (invoke "bin_shr_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4168504370))
(assert_return (invoke "bin64_shr_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -543154131437421418))
(assert_return (invoke "bin_shr_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972530))
(assert_return (invoke "bin64_shr_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 609767373169425558))
(assert_return (invoke "bin_rotl_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "bin64_rotl_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529976))
(assert_return (invoke "bin_rotr_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 410407986))
(assert_return (invoke "bin64_rotr_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4068531886989966486))
(assert_return (invoke "select_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "select0_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4))
(assert_return (invoke "fused_rotl_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "fused_rotl_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229344))
(assert_return (invoke "fused_rotl_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_rotl_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shr_u_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shr_u_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shl_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shl_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_xor_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_xor_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_and_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_and_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_add_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_add_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "add2_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466077477092567))
(assert_return (invoke "shr_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 537))
(assert_return (invoke "wrap_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "eqz64_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "ext_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -2023406815))
(assert_return (invoke "ext_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))

(module binary
  "\00\61\73\6d\01\00\00\00\01\0e\02\60\02\7f\7f\01\7f\60\03\7f\7f\7f\01\7e\03\a1\07\9f\07\00\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01"
  "\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\05\03\01\00"
  "\01\06\06\01\7e\01\42\00\0b\07\93\7b\9e\07\06\6d\6f\76\5f\4c\4c\00\01\0b\69\33\32\2e\6c\6f\61\64\5f\4c\4c\00\02\0d\69\33\32\2e\6c\6f\61\64\5f\78"
  "\5f\4c\4c\00\03\0b\69\36\34\2e\6c\6f\61\64\5f\4c\4c\00\04\0d\69\36\34\2e\6c\6f\61\64\5f\78\5f\4c\4c\00\05\0b\66\33\32\2e\6c\6f\61\64\5f\4c\4c\00"
  "\06\0d\66\33\32\2e\6c\6f\61\64\5f\78\5f\4c\4c\00\07\0b\66\36\34\2e\6c\6f\61\64\5f\4c\4c\00\08\0d\66\36\34\2e\6c\6f\61\64\5f\78\5f\4c\4c\00\09\0e"
  "\69\33\32\2e\6c\6f\61\64\38\5f\73\5f\4c\4c\00\0a\10\69\33\32\2e\6c\6f\61\64\38\5f\73\5f\78\5f\4c\4c\00\0b\0e\69\33\32\2e\6c\6f\61\64\38\5f\75\5f"
  "\4c\4c\00\0c\10\69\33\32\2e\6c\6f\61\64\38\5f\75\5f\78\5f\4c\4c\00\0d\0f\69\33\32\2e\6c\6f\61\64\31\36\5f\73\5f\4c\4c\00\0e\11\69\33\32\2e\6c\6f"
  "\61\64\31\36\5f\73\5f\78\5f\4c\4c\00\0f\0f\69\33\32\2e\6c\6f\61\64\31\36\5f\75\5f\4c\4c\00\10\11\69\33\32\2e\6c\6f\61\64\31\36\5f\75\5f\78\5f\4c"
  "\4c\00\11\0e\69\36\34\2e\6c\6f\61\64\38\5f\73\5f\4c\4c\00\12\10\69\36\34\2e\6c\6f\61\64\38\5f\73\5f\78\5f\4c\4c\00\13\0e\69\36\34\2e\6c\6f\61\64"
  "\38\5f\75\5f\4c\4c\00\14\10\69\36\34\2e\6c\6f\61\64\38\5f\75\5f\78\5f\4c\4c\00\15\0f\69\36\34\2e\6c\6f\61\64\31\36\5f\73\5f\4c\4c\00\16\11\69\36"
  "\34\2e\6c\6f\61\64\31\36\5f\73\5f\78\5f\4c\4c\00\17\0f\69\36\34\2e\6c\6f\61\64\31\36\5f\75\5f\4c\4c\00\18\11\69\36\34\2e\6c\6f\61\64\31\36\5f\75"
  "\5f\78\5f\4c\4c\00\19\0f\69\36\34\2e\6c\6f\61\64\33\32\5f\73\5f\4c\4c\00\1a\11\69\36\34\2e\6c\6f\61\64\33\32\5f\73\5f\78\5f\4c\4c\00\1b\0f\69\36"
  "\34\2e\6c\6f\61\64\33\32\5f\75\5f\4c\4c\00\1c\11\69\36\34\2e\6c\6f\61\64\33\32\5f\75\5f\78\5f\4c\4c\00\1d\0c\69\33\32\2e\73\74\6f\72\65\5f\4c\4c"
  "\00\1e\0e\69\33\32\2e\73\74\6f\72\65\5f\78\5f\4c\4c\00\1f\0c\69\36\34\2e\73\74\6f\72\65\5f\4c\4c\00\20\0e\69\36\34\2e\73\74\6f\72\65\5f\78\5f\4c"
  "\4c\00\21\0c\66\33\32\2e\73\74\6f\72\65\5f\4c\4c\00\22\0e\66\33\32\2e\73\74\6f\72\65\5f\78\5f\4c\4c\00\23\0c\66\36\34\2e\73\74\6f\72\65\5f\4c\4c"
  "\00\24\0e\66\36\34\2e\73\74\6f\72\65\5f\78\5f\4c\4c\00\25\0d\69\33\32\2e\73\74\6f\72\65\38\5f\4c\4c\00\26\0f\69\33\32\2e\73\74\6f\72\65\38\5f\78"
  "\5f\4c\4c\00\27\0e\69\33\32\2e\73\74\6f\72\65\31\36\5f\4c\4c\00\28\10\69\33\32\2e\73\74\6f\72\65\31\36\5f\78\5f\4c\4c\00\29\0d\69\36\34\2e\73\74"
  "\6f\72\65\38\5f\4c\4c\00\2a\0f\69\36\34\2e\73\74\6f\72\65\38\5f\78\5f\4c\4c\00\2b\0e\69\36\34\2e\73\74\6f\72\65\31\36\5f\4c\4c\00\2c\10\69\36\34"
  "\2e\73\74\6f\72\65\31\36\5f\78\5f\4c\4c\00\2d\0e\69\36\34\2e\73\74\6f\72\65\33\32\5f\4c\4c\00\2e\10\69\36\34\2e\73\74\6f\72\65\33\32\5f\78\5f\4c"
  "\4c\00\2f\0c\69\33\32\2e\61\64\64\5f\6b\5f\4c\4c\00\30\0c\69\33\32\2e\73\75\62\5f\6b\5f\4c\4c\00\31\0c\69\33\32\2e\6d\75\6c\5f\6b\5f\4c\4c\00\32"
  "\0c\69\33\32\2e\61\6e\64\5f\6b\5f\4c\4c\00\33\0b\69\33\32\2e\6f\72\5f\6b\5f\4c\4c\00\34\0c\69\33\32\2e\78\6f\72\5f\6b\5f\4c\4c\00\35\0c\69\33\32"
  "\2e\73\68\6c\5f\6b\5f\4c\4c\00\36\0e\69\33\32\2e\73\68\72\5f\73\5f\6b\5f\4c\4c\00\37\0e\69\33\32\2e\73\68\72\5f\75\5f\6b\5f\4c\4c\00\38\0b\69\33"
  "\32\2e\65\71\5f\6b\5f\4c\4c\00\39\0b\69\33\32\2e\6e\65\5f\6b\5f\4c\4c\00\3a\0d\69\33\32\2e\6c\74\5f\75\5f\6b\5f\4c\4c\00\3b\0d\69\33\32\2e\67\74"
  "\5f\75\5f\6b\5f\4c\4c\00\3c\0e\69\33\32\2e\73\75\62\5f\6b\5f\74\5f\4c\4c\00\3d\0c\69\36\34\2e\61\64\64\5f\6b\5f\4c\4c\00\3e\0c\69\36\34\2e\61\6e"
  "\64\5f\6b\5f\4c\4c\00\3f\0a\61\64\64\32\5f\6b\6b\5f\4c\4c\00\40\0d\73\68\6c\5f\6b\5f\61\64\64\5f\4c\4c\4c\00\41\0d\73\68\6c\5f\6b\5f\61\64\64\5f"
  "\4c\4c\48\00\42\0e\69\33\32\2e\6c\6f\61\64\5f\78\6b\5f\4c\4c\00\43\11\69\33\32\2e\6c\6f\61\64\38\5f\75\5f\78\6b\5f\4c\4c\00\44\06\6d\6f\76\5f\4c"
  "\48\00\45\0b\69\33\32\2e\6c\6f\61\64\5f\4c\48\00\46\0d\69\33\32\2e\6c\6f\61\64\5f\78\5f\4c\48\00\47\0b\69\36\34\2e\6c\6f\61\64\5f\4c\48\00\48\0d"
  "\69\36\34\2e\6c\6f\61\64\5f\78\5f\4c\48\00\49\0b\66\33\32\2e\6c\6f\61\64\5f\4c\48\00\4a\0d\66\33\32\2e\6c\6f\61\64\5f\78\5f\4c\48\00\4b\0b\66\36"
  "\34\2e\6c\6f\61\64\5f\4c\48\00\4c\0d\66\36\34\2e\6c\6f\61\64\5f\78\5f\4c\48\00\4d\0e\69\33\32\2e\6c\6f\61\64\38\5f\73\5f\4c\48\00\4e\10\69\33\32"
  "\2e\6c\6f\61\64\38\5f\73\5f\78\5f\4c\48\00\4f\0e\69\33\32\2e\6c\6f\61\64\38\5f\75\5f\4c\48\00\50\10\69\33\32\2e\6c\6f\61\64\38\5f\75\5f\78\5f\4c"
  "\48\00\51\0f\69\33\32\2e\6c\6f\61\64\31\36\5f\73\5f\4c\48\00\52\11\69\33\32\2e\6c\6f\61\64\31\36\5f\73\5f\78\5f\4c\48\00\53\0f\69\33\32\2e\6c\6f"
  "\61\64\31\36\5f\75\5f\4c\48\00\54\11\69\33\32\2e\6c\6f\61\64\31\36\5f\75\5f\78\5f\4c\48\00\55\0e\69\36\34\2e\6c\6f\61\64\38\5f\73\5f\4c\48\00\56"
  "\10\69\36\34\2e\6c\6f\61\64\38\5f\73\5f\78\5f\4c\48\00\57\0e\69\36\34\2e\6c\6f\61\64\38\5f\75\5f\4c\48\00\58\10\69\36\34\2e\6c\6f\61\64\38\5f\75"
  "\5f\78\5f\4c\48\00\59\0f\69\36\34\2e\6c\6f\61\64\31\36\5f\73\5f\4c\48\00\5a\11\69\36\34\2e\6c\6f\61\64\31\36\5f\73\5f\78\5f\4c\48\00\5b\0f\69\36"
  "\34\2e\6c\6f\61\64\31\36\5f\75\5f\4c\48\00\5c\11\69\36\34\2e\6c\6f\61\64\31\36\5f\75\5f\78\5f\4c\48\00\5d\0f\69\36\34\2e\6c\6f\61\64\33\32\5f\73"
  "\5f\4c\48\00\5e\11\69\36\34\2e\6c\6f\61\64\33\32\5f\73\5f\78\5f\4c\48\00\5f\0f\69\36\34\2e\6c\6f\61\64\33\32\5f\75\5f\4c\48\00\60\11\69\36\34\2e"
  "\6c\6f\61\64\33\32\5f\75\5f\78\5f\4c\48\00\61\0c\69\33\32\2e\73\74\6f\72\65\5f\4c\48\00\62\0e\69\33\32\2e\73\74\6f\72\65\5f\78\5f\4c\48\00\63\0c"
  "\69\36\34\2e\73\74\6f\72\65\5f\4c\48\00\64\0e\69\36\34\2e\73\74\6f\72\65\5f\78\5f\4c\48\00\65\0c\66\33\32\2e\73\74\6f\72\65\5f\4c\48\00\66\0e\66"
  "\33\32\2e\73\74\6f\72\65\5f\78\5f\4c\48\00\67\0c\66\36\34\2e\73\74\6f\72\65\5f\4c\48\00\68\0e\66\36\34\2e\73\74\6f\72\65\5f\78\5f\4c\48\00\69\0d"
  "\69\33\32\2e\73\74\6f\72\65\38\5f\4c\48\00\6a\0f\69\33\32\2e\73\74\6f\72\65\38\5f\78\5f\4c\48\00\6b\0e\69\33\32\2e\73\74\6f\72\65\31\36\5f\4c\48"
  "\00\6c\10\69\33\32\2e\73\74\6f\72\65\31\36\5f\78\5f\4c\48\00\6d\0d\69\36\34\2e\73\74\6f\72\65\38\5f\4c\48\00\6e\0f\69\36\34\2e\73\74\6f\72\65\38"
  "\5f\78\5f\4c\48\00\6f\0e\69\36\34\2e\73\74\6f\72\65\31\36\5f\4c\48\00\70\10\69\36\34\2e\73\74\6f\72\65\31\36\5f\78\5f\4c\48\00\71\0e\69\36\34\2e"
  "\73\74\6f\72\65\33\32\5f\4c\48\00\72\10\69\36\34\2e\73\74\6f\72\65\33\32\5f\78\5f\4c\48\00\73\0c\69\33\32\2e\61\64\64\5f\6b\5f\4c\48\00\74\0c\69"
  "\33\32\2e\73\75\62\5f\6b\5f\4c\48\00\75\0c\69\33\32\2e\6d\75\6c\5f\6b\5f\4c\48\00\76\0c\69\33\32\2e\61\6e\64\5f\6b\5f\4c\48\00\77\0b\69\33\32\2e"
  "\6f\72\5f\6b\5f\4c\48\00\78\0c\69\33\32\2e\78\6f\72\5f\6b\5f\4c\48\00\79\0c\69\33\32\2e\73\68\6c\5f\6b\5f\4c\48\00\7a\0e\69\33\32\2e\73\68\72\5f"
  "\73\5f\6b\5f\4c\48\00\7b\0e\69\33\32\2e\73\68\72\5f\75\5f\6b\5f\4c\48\00\7c\0b\69\33\32\2e\65\71\5f\6b\5f\4c\48\00\7d\0b\69\33\32\2e\6e\65\5f\6b"
  "\5f\4c\48\00\7e\0d\69\33\32\2e\6c\74\5f\75\5f\6b\5f\4c\48\00\7f\0d\69\33\32\2e\67\74\5f\75\5f\6b\5f\4c\48\00\80\01\0e\69\33\32\2e\73\75\62\5f\6b"
  "\5f\74\5f\4c\48\00\81\01\0c\69\36\34\2e\61\64\64\5f\6b\5f\4c\48\00\82\01\0c\69\36\34\2e\61\6e\64\5f\6b\5f\4c\48\00\83\01\0a\61\64\64\32\5f\6b\6b"
  "\5f\4c\48\00\84\01\0d\73\68\6c\5f\6b\5f\61\64\64\5f\4c\48\4c\00\85\01\0d\73\68\6c\5f\6b\5f\61\64\64\5f\4c\48\48\00\86\01\0e\69\33\32\2e\6c\6f\61"
  "\64\5f\78\6b\5f\4c\48\00\87\01\11\69\33\32\2e\6c\6f\61\64\38\5f\75\5f\78\6b\5f\4c\48\00\88\01\06\6d\6f\76\5f\48\4c\00\89\01\0b\69\33\32\2e\6c\6f"
  "\61\64\5f\48\4c\00\8a\01\0d\69\33\32\2e\6c\6f\61\64\5f\78\5f\48\4c\00\8b\01\0b\69\36\34\2e\6c\6f\61\64\5f\48\4c\00\8c\01\0d\69\36\34\2e\6c\6f\61"
  "\64\5f\78\5f\48\4c\00\8d\01\0b\66\33\32\2e\6c\6f\61\64\5f\48\4c\00\8e\01\0d\66\33\32\2e\6c\6f\61\64\5f\78\5f\48\4c\00\8f\01\0b\66\36\34\2e\6c\6f"
  "\61\64\5f\48\4c\00\90\01\0d\66\36\34\2e\6c\6f\61\64\5f\78\5f\48\4c\00\91\01\0e\69\33\32\2e\6c\6f\61\64\38\5f\73\5f\48\4c\00\92\01\10\69\33\32\2e"
  "\6c\6f\61\64\38\5f\73\5f\78\5f\48\4c\00\93\01\0e\69\33\32\2e\6c\6f\61\64\38\5f\75\5f\48\4c\00\94\01\10\69\33\32\2e\6c\6f\61\64\38\5f\75\5f\78\5f"
  "\48\4c\00\95\01\0f\69\33\32\2e\6c\6f\61\64\31\36\5f\73\5f\48\4c\00\96\01\11\69\33\32\2e\6c\6f\61\64\31\36\5f\73\5f\78\5f\48\4c\00\97\01\0f\69\33"
  "\32\2e\6c\6f\61\64\31\36\5f\75\5f\48\4c\00\98\01\11\69\33\32\2e\6c\6f\61\64\31\36\5f\75\5f\78\5f\48\4c\00\99\01\0e\69\36\34\2e\6c\6f\61\64\38\5f"
  "\73\5f\48\4c\00\9a\01\10\69\36\34\2e\6c\6f\61\64\38\5f\73\5f\78\5f\48\4c\00\9b\01\0e\69\36\34\2e\6c\6f\61\64\38\5f\75\5f\48\4c\00\9c\01\10\69\36"
  "\34\2e\6c\6f\61\64\38\5f\75\5f\78\5f\48\4c\00\9d\01\0f\69\36\34\2e\6c\6f\61\64\31\36\5f\73\5f\48\4c\00\9e\01\11\69\36\34\2e\6c\6f\61\64\31\36\5f"
  "\73\5f\78\5f\48\4c\00\9f\01\0f\69\36\34\2e\6c\6f\61\64\31\36\5f\75\5f\48\4c\00\a0\01\11\69\36\34\2e\6c\6f\61\64\31\36\5f\75\5f\78\5f\48\4c\00\a1"
  "\01\0f\69\36\34\2e\6c\6f\61\64\33\32\5f\73\5f\48\4c\00\a2\01\11\69\36\34\2e\6c\6f\61\64\33\32\5f\73\5f\78\5f\48\4c\00\a3\01\0f\69\36\34\2e\6c\6f"
  "\61\64\33\32\5f\75\5f\48\4c\00\a4\01\11\69\36\34\2e\6c\6f\61\64\33\32\5f\75\5f\78\5f\48\4c\00\a5\01\0c\69\33\32\2e\73\74\6f\72\65\5f\48\4c\00\a6"
  "\01\0e\69\33\32\2e\73\74\6f\72\65\5f\78\5f\48\4c\00\a7\01\0c\69\36\34\2e\73\74\6f\72\65\5f\48\4c\00\a8\01\0e\69\36\34\2e\73\74\6f\72\65\5f\78\5f"
  "\48\4c\00\a9\01\0c\66\33\32\2e\73\74\6f\72\65\5f\48\4c\00\aa\01\0e\66\33\32\2e\73\74\6f\72\65\5f\78\5f\48\4c\00\ab\01\0c\66\36\34\2e\73\74\6f\72"
  "\65\5f\48\4c\00\ac\01\0e\66\36\34\2e\73\74\6f\72\65\5f\78\5f\48\4c\00\ad\01\0d\69\33\32\2e\73\74\6f\72\65\38\5f\48\4c\00\ae\01\0f\69\33\32\2e\73"
  "\74\6f\72\65\38\5f\78\5f\48\4c\00\af\01\0e\69\33\32\2e\73\74\6f\72\65\31\36\5f\48\4c\00\b0\01\10\69\33\32\2e\73\74\6f\72\65\31\36\5f\78\5f\48\4c"
  "\00\b1\01\0d\69\36\34\2e\73\74\6f\72\65\38\5f\48\4c\00\b2\01\0f\69\36\34\2e\73\74\6f\72\65\38\5f\78\5f\48\4c\00\b3\01\0e\69\36\34\2e\73\74\6f\72"
  "\65\31\36\5f\48\4c\00\b4\01\10\69\36\34\2e\73\74\6f\72\65\31\36\5f\78\5f\48\4c\00\b5\01\0e\69\36\34\2e\73\74\6f\72\65\33\32\5f\48\4c\00\b6\01\10"
  "\69\36\34\2e\73\74\6f\72\65\33\32\5f\78\5f\48\4c\00\b7\01\0c\69\33\32\2e\61\64\64\5f\6b\5f\48\4c\00\b8\01\0c\69\33\32\2e\73\75\62\5f\6b\5f\48\4c"
  "\00\b9\01\0c\69\33\32\2e\6d\75\6c\5f\6b\5f\48\4c\00\ba\01\0c\69\33\32\2e\61\6e\64\5f\6b\5f\48\4c\00\bb\01\0b\69\33\32\2e\6f\72\5f\6b\5f\48\4c\00"
  "\bc\01\0c\69\33\32\2e\78\6f\72\5f\6b\5f\48\4c\00\bd\01\0c\69\33\32\2e\73\68\6c\5f\6b\5f\48\4c\00\be\01\0e\69\33\32\2e\73\68\72\5f\73\5f\6b\5f\48"
  "\4c\00\bf\01\0e\69\33\32\2e\73\68\72\5f\75\5f\6b\5f\48\4c\00\c0\01\0b\69\33\32\2e\65\71\5f\6b\5f\48\4c\00\c1\01\0b\69\33\32\2e\6e\65\5f\6b\5f\48"
  "\4c\00\c2\01\0d\69\33\32\2e\6c\74\5f\75\5f\6b\5f\48\4c\00\c3\01\0d\69\33\32\2e\67\74\5f\75\5f\6b\5f\48\4c\00\c4\01\0e\69\33\32\2e\73\75\62\5f\6b"
  "\5f\74\5f\48\4c\00\c5\01\0c\69\36\34\2e\61\64\64\5f\6b\5f\48\4c\00\c6\01\0c\69\36\34\2e\61\6e\64\5f\6b\5f\48\4c\00\c7\01\0a\61\64\64\32\5f\6b\6b"
  "\5f\48\4c\00\c8\01\0d\73\68\6c\5f\6b\5f\61\64\64\5f\48\4c\4c\00\c9\01\0d\73\68\6c\5f\6b\5f\61\64\64\5f\48\4c\48\00\ca\01\0e\69\33\32\2e\6c\6f\61"
  "\64\5f\78\6b\5f\48\4c\00\cb\01\11\69\33\32\2e\6c\6f\61\64\38\5f\75\5f\78\6b\5f\48\4c\00\cc\01\06\6d\6f\76\5f\48\48\00\cd\01\0b\69\33\32\2e\6c\6f"
  "\61\64\5f\48\48\00\ce\01\0d\69\33\32\2e\6c\6f\61\64\5f\78\5f\48\48\00\cf\01\0b\69\36\34\2e\6c\6f\61\64\5f\48\48\00\d0\01\0d\69\36\34\2e\6c\6f\61"
  "\64\5f\78\5f\48\48\00\d1\01\0b\66\33\32\2e\6c\6f\61\64\5f\48\48\00\d2\01\0d\66\33\32\2e\6c\6f\61\64\5f\78\5f\48\48\00\d3\01\0b\66\36\34\2e\6c\6f"
  "\61\64\5f\48\48\00\d4\01\0d\66\36\34\2e\6c\6f\61\64\5f\78\5f\48\48\00\d5\01\0e\69\33\32\2e\6c\6f\61\64\38\5f\73\5f\48\48\00\d6\01\10\69\33\32\2e"
  "\6c\6f\61\64\38\5f\73\5f\78\5f\48\48\00\d7\01\0e\69\33\32\2e\6c\6f\61\64\38\5f\75\5f\48\48\00\d8\01\10\69\33\32\2e\6c\6f\61\64\38\5f\75\5f\78\5f"
  "\48\48\00\d9\01\0f\69\33\32\2e\6c\6f\61\64\31\36\5f\73\5f\48\48\00\da\01\11\69\33\32\2e\6c\6f\61\64\31\36\5f\73\5f\78\5f\48\48\00\db\01\0f\69\33"
  "\32\2e\6c\6f\61\64\31\36\5f\75\5f\48\48\00\dc\01\11\69\33\32\2e\6c\6f\61\64\31\36\5f\75\5f\78\5f\48\48\00\dd\01\0e\69\36\34\2e\6c\6f\61\64\38\5f"
  "\73\5f\48\48\00\de\01\10\69\36\34\2e\6c\6f\61\64\38\5f\73\5f\78\5f\48\48\00\df\01\0e\69\36\34\2e\6c\6f\61\64\38\5f\75\5f\48\48\00\e0\01\10\69\36"
  "\34\2e\6c\6f\61\64\38\5f\75\5f\78\5f\48\48\00\e1\01\0f\69\36\34\2e\6c\6f\61\64\31\36\5f\73\5f\48\48\00\e2\01\11\69\36\34\2e\6c\6f\61\64\31\36\5f"
  "\73\5f\78\5f\48\48\00\e3\01\0f\69\36\34\2e\6c\6f\61\64\31\36\5f\75\5f\48\48\00\e4\01\11\69\36\34\2e\6c\6f\61\64\31\36\5f\75\5f\78\5f\48\48\00\e5"
  "\01\0f\69\36\34\2e\6c\6f\61\64\33\32\5f\73\5f\48\48\00\e6\01\11\69\36\34\2e\6c\6f\61\64\33\32\5f\73\5f\78\5f\48\48\00\e7\01\0f\69\36\34\2e\6c\6f"
  "\61\64\33\32\5f\75\5f\48\48\00\e8\01\11\69\36\34\2e\6c\6f\61\64\33\32\5f\75\5f\78\5f\48\48\00\e9\01\0c\69\33\32\2e\73\74\6f\72\65\5f\48\48\00\ea"
  "\01\0e\69\33\32\2e\73\74\6f\72\65\5f\78\5f\48\48\00\eb\01\0c\69\36\34\2e\73\74\6f\72\65\5f\48\48\00\ec\01\0e\69\36\34\2e\73\74\6f\72\65\5f\78\5f"
  "\48\48\00\ed\01\0c\66\33\32\2e\73\74\6f\72\65\5f\48\48\00\ee\01\0e\66\33\32\2e\73\74\6f\72\65\5f\78\5f\48\48\00\ef\01\0c\66\36\34\2e\73\74\6f\72"
  "\65\5f\48\48\00\f0\01\0e\66\36\34\2e\73\74\6f\72\65\5f\78\5f\48\48\00\f1\01\0d\69\33\32\2e\73\74\6f\72\65\38\5f\48\48\00\f2\01\0f\69\33\32\2e\73"
  "\74\6f\72\65\38\5f\78\5f\48\48\00\f3\01\0e\69\33\32\2e\73\74\6f\72\65\31\36\5f\48\48\00\f4\01\10\69\33\32\2e\73\74\6f\72\65\31\36\5f\78\5f\48\48"
  "\00\f5\01\0d\69\36\34\2e\73\74\6f\72\65\38\5f\48\48\00\f6\01\0f\69\36\34\2e\73\74\6f\72\65\38\5f\78\5f\48\48\00\f7\01\0e\69\36\34\2e\73\74\6f\72"
  "\65\31\36\5f\48\48\00\f8\01\10\69\36\34\2e\73\74\6f\72\65\31\36\5f\78\5f\48\48\00\f9\01\0e\69\36\34\2e\73\74\6f\72\65\33\32\5f\48\48\00\fa\01\10"
  "\69\36\34\2e\73\74\6f\72\65\33\32\5f\78\5f\48\48\00\fb\01\0c\69\33\32\2e\61\64\64\5f\6b\5f\48\48\00\fc\01\0c\69\33\32\2e\73\75\62\5f\6b\5f\48\48"
  "\00\fd\01\0c\69\33\32\2e\6d\75\6c\5f\6b\5f\48\48\00\fe\01\0c\69\33\32\2e\61\6e\64\5f\6b\5f\48\48\00\ff\01\0b\69\33\32\2e\6f\72\5f\6b\5f\48\48\00"
  "\80\02\0c\69\33\32\2e\78\6f\72\5f\6b\5f\48\48\00\81\02\0c\69\33\32\2e\73\68\6c\5f\6b\5f\48\48\00\82\02\0e\69\33\32\2e\73\68\72\5f\73\5f\6b\5f\48"
  "\48\00\83\02\0e\69\33\32\2e\73\68\72\5f\75\5f\6b\5f\48\48\00\84\02\0b\69\33\32\2e\65\71\5f\6b\5f\48\48\00\85\02\0b\69\33\32\2e\6e\65\5f\6b\5f\48"
  "\48\00\86\02\0d\69\33\32\2e\6c\74\5f\75\5f\6b\5f\48\48\00\87\02\0d\69\33\32\2e\67\74\5f\75\5f\6b\5f\48\48\00\88\02\0e\69\33\32\2e\73\75\62\5f\6b"
  "\5f\74\5f\48\48\00\89\02\0c\69\36\34\2e\61\64\64\5f\6b\5f\48\48\00\8a\02\0c\69\36\34\2e\61\6e\64\5f\6b\5f\48\48\00\8b\02\0a\61\64\64\32\5f\6b\6b"
  "\5f\48\48\00\8c\02\0d\73\68\6c\5f\6b\5f\61\64\64\5f\48\48\4c\00\8d\02\0d\73\68\6c\5f\6b\5f\61\64\64\5f\48\48\48\00\8e\02\0e\69\33\32\2e\6c\6f\61"
  "\64\5f\78\6b\5f\48\48\00\8f\02\11\69\33\32\2e\6c\6f\61\64\38\5f\75\5f\78\6b\5f\48\48\00\90\02\06\63\61\6c\6c\5f\4c\00\91\02\06\72\65\74\31\5f\4c"
  "\00\92\02\08\67\6c\6f\62\61\6c\5f\4c\00\93\02\09\6d\6f\76\5f\6b\5f\4c\5f\35\00\94\02\0b\6d\6f\76\5f\6b\36\34\5f\4c\5f\35\00\95\02\0b\73\74\6f\72"
  "\65\5f\6b\5f\4c\5f\35\00\96\02\0c\73\74\6f\72\65\38\5f\6b\5f\4c\5f\35\00\97\02\0d\73\74\6f\72\65\36\34\5f\6b\5f\4c\5f\35\00\98\02\0b\62\72\5f\6b"
  "\5f\65\71\5f\4c\5f\35\00\99\02\0b\62\72\5f\6b\5f\6e\65\5f\4c\5f\35\00\9a\02\0d\62\72\5f\6b\5f\6c\74\5f\73\5f\4c\5f\35\00\9b\02\0d\62\72\5f\6b\5f"
  "\6c\74\5f\75\5f\4c\5f\35\00\9c\02\0d\62\72\5f\6b\5f\67\74\5f\73\5f\4c\5f\35\00\9d\02\0d\62\72\5f\6b\5f\67\74\5f\75\5f\4c\5f\35\00\9e\02\0d\62\72"
  "\5f\6b\5f\6c\65\5f\73\5f\4c\5f\35\00\9f\02\0d\62\72\5f\6b\5f\6c\65\5f\75\5f\4c\5f\35\00\a0\02\0d\62\72\5f\6b\5f\67\65\5f\73\5f\4c\5f\35\00\a1\02"
  "\0d\62\72\5f\6b\5f\67\65\5f\75\5f\4c\5f\35\00\a2\02\0a\6d\6f\76\5f\6b\5f\4c\5f\2d\33\00\a3\02\0c\6d\6f\76\5f\6b\36\34\5f\4c\5f\2d\33\00\a4\02\0c"
  "\73\74\6f\72\65\5f\6b\5f\4c\5f\2d\33\00\a5\02\0d\73\74\6f\72\65\38\5f\6b\5f\4c\5f\2d\33\00\a6\02\0e\73\74\6f\72\65\36\34\5f\6b\5f\4c\5f\2d\33\00"
  "\a7\02\0c\62\72\5f\6b\5f\65\71\5f\4c\5f\2d\33\00\a8\02\0c\62\72\5f\6b\5f\6e\65\5f\4c\5f\2d\33\00\a9\02\0e\62\72\5f\6b\5f\6c\74\5f\73\5f\4c\5f\2d"
  "\33\00\aa\02\0e\62\72\5f\6b\5f\6c\74\5f\75\5f\4c\5f\2d\33\00\ab\02\0e\62\72\5f\6b\5f\67\74\5f\73\5f\4c\5f\2d\33\00\ac\02\0e\62\72\5f\6b\5f\67\74"
  "\5f\75\5f\4c\5f\2d\33\00\ad\02\0e\62\72\5f\6b\5f\6c\65\5f\73\5f\4c\5f\2d\33\00\ae\02\0e\62\72\5f\6b\5f\6c\65\5f\75\5f\4c\5f\2d\33\00\af\02\0e\62"
  "\72\5f\6b\5f\67\65\5f\73\5f\4c\5f\2d\33\00\b0\02\0e\62\72\5f\6b\5f\67\65\5f\75\5f\4c\5f\2d\33\00\b1\02\0d\6d\6f\76\5f\6b\5f\4c\5f\33\32\37\36\37"
  "\00\b2\02\0f\6d\6f\76\5f\6b\36\34\5f\4c\5f\33\32\37\36\37\00\b3\02\0f\73\74\6f\72\65\5f\6b\5f\4c\5f\33\32\37\36\37\00\b4\02\10\73\74\6f\72\65\38"
  "\5f\6b\5f\4c\5f\33\32\37\36\37\00\b5\02\11\73\74\6f\72\65\36\34\5f\6b\5f\4c\5f\33\32\37\36\37\00\b6\02\0f\62\72\5f\6b\5f\65\71\5f\4c\5f\33\32\37"
  "\36\37\00\b7\02\0f\62\72\5f\6b\5f\6e\65\5f\4c\5f\33\32\37\36\37\00\b8\02\11\62\72\5f\6b\5f\6c\74\5f\73\5f\4c\5f\33\32\37\36\37\00\b9\02\11\62\72"
  "\5f\6b\5f\6c\74\5f\75\5f\4c\5f\33\32\37\36\37\00\ba\02\11\62\72\5f\6b\5f\67\74\5f\73\5f\4c\5f\33\32\37\36\37\00\bb\02\11\62\72\5f\6b\5f\67\74\5f"
  "\75\5f\4c\5f\33\32\37\36\37\00\bc\02\11\62\72\5f\6b\5f\6c\65\5f\73\5f\4c\5f\33\32\37\36\37\00\bd\02\11\62\72\5f\6b\5f\6c\65\5f\75\5f\4c\5f\33\32"
  "\37\36\37\00\be\02\11\62\72\5f\6b\5f\67\65\5f\73\5f\4c\5f\33\32\37\36\37\00\bf\02\11\62\72\5f\6b\5f\67\65\5f\75\5f\4c\5f\33\32\37\36\37\00\c0\02"
  "\0e\6d\6f\76\5f\6b\5f\4c\5f\2d\33\32\37\36\38\00\c1\02\10\6d\6f\76\5f\6b\36\34\5f\4c\5f\2d\33\32\37\36\38\00\c2\02\10\73\74\6f\72\65\5f\6b\5f\4c"
  "\5f\2d\33\32\37\36\38\00\c3\02\11\73\74\6f\72\65\38\5f\6b\5f\4c\5f\2d\33\32\37\36\38\00\c4\02\12\73\74\6f\72\65\36\34\5f\6b\5f\4c\5f\2d\33\32\37"
  "\36\38\00\c5\02\10\62\72\5f\6b\5f\65\71\5f\4c\5f\2d\33\32\37\36\38\00\c6\02\10\62\72\5f\6b\5f\6e\65\5f\4c\5f\2d\33\32\37\36\38\00\c7\02\12\62\72"
  "\5f\6b\5f\6c\74\5f\73\5f\4c\5f\2d\33\32\37\36\38\00\c8\02\12\62\72\5f\6b\5f\6c\74\5f\75\5f\4c\5f\2d\33\32\37\36\38\00\c9\02\12\62\72\5f\6b\5f\67"
  "\74\5f\73\5f\4c\5f\2d\33\32\37\36\38\00\ca\02\12\62\72\5f\6b\5f\67\74\5f\75\5f\4c\5f\2d\33\32\37\36\38\00\cb\02\12\62\72\5f\6b\5f\6c\65\5f\73\5f"
  "\4c\5f\2d\33\32\37\36\38\00\cc\02\12\62\72\5f\6b\5f\6c\65\5f\75\5f\4c\5f\2d\33\32\37\36\38\00\cd\02\12\62\72\5f\6b\5f\67\65\5f\73\5f\4c\5f\2d\33"
  "\32\37\36\38\00\ce\02\12\62\72\5f\6b\5f\67\65\5f\75\5f\4c\5f\2d\33\32\37\36\38\00\cf\02\0d\6d\6f\76\5f\6b\5f\4c\5f\33\32\37\36\38\00\d0\02\0f\6d"
  "\6f\76\5f\6b\36\34\5f\4c\5f\33\32\37\36\38\00\d1\02\0f\73\74\6f\72\65\5f\6b\5f\4c\5f\33\32\37\36\38\00\d2\02\10\73\74\6f\72\65\38\5f\6b\5f\4c\5f"
  "\33\32\37\36\38\00\d3\02\11\73\74\6f\72\65\36\34\5f\6b\5f\4c\5f\33\32\37\36\38\00\d4\02\0f\62\72\5f\6b\5f\65\71\5f\4c\5f\33\32\37\36\38\00\d5\02"
  "\0f\62\72\5f\6b\5f\6e\65\5f\4c\5f\33\32\37\36\38\00\d6\02\11\62\72\5f\6b\5f\6c\74\5f\73\5f\4c\5f\33\32\37\36\38\00\d7\02\11\62\72\5f\6b\5f\6c\74"
  "\5f\75\5f\4c\5f\33\32\37\36\38\00\d8\02\11\62\72\5f\6b\5f\67\74\5f\73\5f\4c\5f\33\32\37\36\38\00\d9\02\11\62\72\5f\6b\5f\67\74\5f\75\5f\4c\5f\33"
  "\32\37\36\38\00\da\02\11\62\72\5f\6b\5f\6c\65\5f\73\5f\4c\5f\33\32\37\36\38\00\db\02\11\62\72\5f\6b\5f\6c\65\5f\75\5f\4c\5f\33\32\37\36\38\00\dc"
  "\02\11\62\72\5f\6b\5f\67\65\5f\73\5f\4c\5f\33\32\37\36\38\00\dd\02\11\62\72\5f\6b\5f\67\65\5f\75\5f\4c\5f\33\32\37\36\38\00\de\02\0d\6d\6f\76\5f"
  "\6b\5f\4c\5f\37\34\35\36\35\00\df\02\0f\6d\6f\76\5f\6b\36\34\5f\4c\5f\37\34\35\36\35\00\e0\02\0f\73\74\6f\72\65\5f\6b\5f\4c\5f\37\34\35\36\35\00"
  "\e1\02\10\73\74\6f\72\65\38\5f\6b\5f\4c\5f\37\34\35\36\35\00\e2\02\11\73\74\6f\72\65\36\34\5f\6b\5f\4c\5f\37\34\35\36\35\00\e3\02\0f\62\72\5f\6b"
  "\5f\65\71\5f\4c\5f\37\34\35\36\35\00\e4\02\0f\62\72\5f\6b\5f\6e\65\5f\4c\5f\37\34\35\36\35\00\e5\02\11\62\72\5f\6b\5f\6c\74\5f\73\5f\4c\5f\37\34"
  "\35\36\35\00\e6\02\11\62\72\5f\6b\5f\6c\74\5f\75\5f\4c\5f\37\34\35\36\35\00\e7\02\11\62\72\5f\6b\5f\67\74\5f\73\5f\4c\5f\37\34\35\36\35\00\e8\02"
  "\11\62\72\5f\6b\5f\67\74\5f\75\5f\4c\5f\37\34\35\36\35\00\e9\02\11\62\72\5f\6b\5f\6c\65\5f\73\5f\4c\5f\37\34\35\36\35\00\ea\02\11\62\72\5f\6b\5f"
  "\6c\65\5f\75\5f\4c\5f\37\34\35\36\35\00\eb\02\11\62\72\5f\6b\5f\67\65\5f\73\5f\4c\5f\37\34\35\36\35\00\ec\02\11\62\72\5f\6b\5f\67\65\5f\75\5f\4c"
  "\5f\37\34\35\36\35\00\ed\02\07\65\71\7a\5f\4c\5f\30\00\ee\02\07\65\71\7a\5f\4c\5f\31\00\ef\02\06\63\61\6c\6c\5f\48\00\f0\02\06\72\65\74\31\5f\48"
  "\00\f1\02\08\67\6c\6f\62\61\6c\5f\48\00\f2\02\09\6d\6f\76\5f\6b\5f\48\5f\35\00\f3\02\0b\6d\6f\76\5f\6b\36\34\5f\48\5f\35\00\f4\02\0b\73\74\6f\72"
  "\65\5f\6b\5f\48\5f\35\00\f5\02\0c\73\74\6f\72\65\38\5f\6b\5f\48\5f\35\00\f6\02\0d\73\74\6f\72\65\36\34\5f\6b\5f\48\5f\35\00\f7\02\0b\62\72\5f\6b"
  "\5f\65\71\5f\48\5f\35\00\f8\02\0b\62\72\5f\6b\5f\6e\65\5f\48\5f\35\00\f9\02\0d\62\72\5f\6b\5f\6c\74\5f\73\5f\48\5f\35\00\fa\02\0d\62\72\5f\6b\5f"
  "\6c\74\5f\75\5f\48\5f\35\00\fb\02\0d\62\72\5f\6b\5f\67\74\5f\73\5f\48\5f\35\00\fc\02\0d\62\72\5f\6b\5f\67\74\5f\75\5f\48\5f\35\00\fd\02\0d\62\72"
  "\5f\6b\5f\6c\65\5f\73\5f\48\5f\35\00\fe\02\0d\62\72\5f\6b\5f\6c\65\5f\75\5f\48\5f\35\00\ff\02\0d\62\72\5f\6b\5f\67\65\5f\73\5f\48\5f\35\00\80\03"
  "\0d\62\72\5f\6b\5f\67\65\5f\75\5f\48\5f\35\00\81\03\0a\6d\6f\76\5f\6b\5f\48\5f\2d\33\00\82\03\0c\6d\6f\76\5f\6b\36\34\5f\48\5f\2d\33\00\83\03\0c"
  "\73\74\6f\72\65\5f\6b\5f\48\5f\2d\33\00\84\03\0d\73\74\6f\72\65\38\5f\6b\5f\48\5f\2d\33\00\85\03\0e\73\74\6f\72\65\36\34\5f\6b\5f\48\5f\2d\33\00"
  "\86\03\0c\62\72\5f\6b\5f\65\71\5f\48\5f\2d\33\00\87\03\0c\62\72\5f\6b\5f\6e\65\5f\48\5f\2d\33\00\88\03\0e\62\72\5f\6b\5f\6c\74\5f\73\5f\48\5f\2d"
  "\33\00\89\03\0e\62\72\5f\6b\5f\6c\74\5f\75\5f\48\5f\2d\33\00\8a\03\0e\62\72\5f\6b\5f\67\74\5f\73\5f\48\5f\2d\33\00\8b\03\0e\62\72\5f\6b\5f\67\74"
  "\5f\75\5f\48\5f\2d\33\00\8c\03\0e\62\72\5f\6b\5f\6c\65\5f\73\5f\48\5f\2d\33\00\8d\03\0e\62\72\5f\6b\5f\6c\65\5f\75\5f\48\5f\2d\33\00\8e\03\0e\62"
  "\72\5f\6b\5f\67\65\5f\73\5f\48\5f\2d\33\00\8f\03\0e\62\72\5f\6b\5f\67\65\5f\75\5f\48\5f\2d\33\00\90\03\0d\6d\6f\76\5f\6b\5f\48\5f\33\32\37\36\37"
  "\00\91\03\0f\6d\6f\76\5f\6b\36\34\5f\48\5f\33\32\37\36\37\00\92\03\0f\73\74\6f\72\65\5f\6b\5f\48\5f\33\32\37\36\37\00\93\03\10\73\74\6f\72\65\38"
  "\5f\6b\5f\48\5f\33\32\37\36\37\00\94\03\11\73\74\6f\72\65\36\34\5f\6b\5f\48\5f\33\32\37\36\37\00\95\03\0f\62\72\5f\6b\5f\65\71\5f\48\5f\33\32\37"
  "\36\37\00\96\03\0f\62\72\5f\6b\5f\6e\65\5f\48\5f\33\32\37\36\37\00\97\03\11\62\72\5f\6b\5f\6c\74\5f\73\5f\48\5f\33\32\37\36\37\00\98\03\11\62\72"
  "\5f\6b\5f\6c\74\5f\75\5f\48\5f\33\32\37\36\37\00\99\03\11\62\72\5f\6b\5f\67\74\5f\73\5f\48\5f\33\32\37\36\37\00\9a\03\11\62\72\5f\6b\5f\67\74\5f"
  "\75\5f\48\5f\33\32\37\36\37\00\9b\03\11\62\72\5f\6b\5f\6c\65\5f\73\5f\48\5f\33\32\37\36\37\00\9c\03\11\62\72\5f\6b\5f\6c\65\5f\75\5f\48\5f\33\32"
  "\37\36\37\00\9d\03\11\62\72\5f\6b\5f\67\65\5f\73\5f\48\5f\33\32\37\36\37\00\9e\03\11\62\72\5f\6b\5f\67\65\5f\75\5f\48\5f\33\32\37\36\37\00\9f\03"
  "\0e\6d\6f\76\5f\6b\5f\48\5f\2d\33\32\37\36\38\00\a0\03\10\6d\6f\76\5f\6b\36\34\5f\48\5f\2d\33\32\37\36\38\00\a1\03\10\73\74\6f\72\65\5f\6b\5f\48"
  "\5f\2d\33\32\37\36\38\00\a2\03\11\73\74\6f\72\65\38\5f\6b\5f\48\5f\2d\33\32\37\36\38\00\a3\03\12\73\74\6f\72\65\36\34\5f\6b\5f\48\5f\2d\33\32\37"
  "\36\38\00\a4\03\10\62\72\5f\6b\5f\65\71\5f\48\5f\2d\33\32\37\36\38\00\a5\03\10\62\72\5f\6b\5f\6e\65\5f\48\5f\2d\33\32\37\36\38\00\a6\03\12\62\72"
  "\5f\6b\5f\6c\74\5f\73\5f\48\5f\2d\33\32\37\36\38\00\a7\03\12\62\72\5f\6b\5f\6c\74\5f\75\5f\48\5f\2d\33\32\37\36\38\00\a8\03\12\62\72\5f\6b\5f\67"
  "\74\5f\73\5f\48\5f\2d\33\32\37\36\38\00\a9\03\12\62\72\5f\6b\5f\67\74\5f\75\5f\48\5f\2d\33\32\37\36\38\00\aa\03\12\62\72\5f\6b\5f\6c\65\5f\73\5f"
  "\48\5f\2d\33\32\37\36\38\00\ab\03\12\62\72\5f\6b\5f\6c\65\5f\75\5f\48\5f\2d\33\32\37\36\38\00\ac\03\12\62\72\5f\6b\5f\67\65\5f\73\5f\48\5f\2d\33"
  "\32\37\36\38\00\ad\03\12\62\72\5f\6b\5f\67\65\5f\75\5f\48\5f\2d\33\32\37\36\38\00\ae\03\0d\6d\6f\76\5f\6b\5f\48\5f\33\32\37\36\38\00\af\03\0f\6d"
  "\6f\76\5f\6b\36\34\5f\48\5f\33\32\37\36\38\00\b0\03\0f\73\74\6f\72\65\5f\6b\5f\48\5f\33\32\37\36\38\00\b1\03\10\73\74\6f\72\65\38\5f\6b\5f\48\5f"
  "\33\32\37\36\38\00\b2\03\11\73\74\6f\72\65\36\34\5f\6b\5f\48\5f\33\32\37\36\38\00\b3\03\0f\62\72\5f\6b\5f\65\71\5f\48\5f\33\32\37\36\38\00\b4\03"
  "\0f\62\72\5f\6b\5f\6e\65\5f\48\5f\33\32\37\36\38\00\b5\03\11\62\72\5f\6b\5f\6c\74\5f\73\5f\48\5f\33\32\37\36\38\00\b6\03\11\62\72\5f\6b\5f\6c\74"
  "\5f\75\5f\48\5f\33\32\37\36\38\00\b7\03\11\62\72\5f\6b\5f\67\74\5f\73\5f\48\5f\33\32\37\36\38\00\b8\03\11\62\72\5f\6b\5f\67\74\5f\75\5f\48\5f\33"
  "\32\37\36\38\00\b9\03\11\62\72\5f\6b\5f\6c\65\5f\73\5f\48\5f\33\32\37\36\38\00\ba\03\11\62\72\5f\6b\5f\6c\65\5f\75\5f\48\5f\33\32\37\36\38\00\bb"
  "\03\11\62\72\5f\6b\5f\67\65\5f\73\5f\48\5f\33\32\37\36\38\00\bc\03\11\62\72\5f\6b\5f\67\65\5f\75\5f\48\5f\33\32\37\36\38\00\bd\03\0d\6d\6f\76\5f"
  "\6b\5f\48\5f\37\34\35\36\35\00\be\03\0f\6d\6f\76\5f\6b\36\34\5f\48\5f\37\34\35\36\35\00\bf\03\0f\73\74\6f\72\65\5f\6b\5f\48\5f\37\34\35\36\35\00"
  "\c0\03\10\73\74\6f\72\65\38\5f\6b\5f\48\5f\37\34\35\36\35\00\c1\03\11\73\74\6f\72\65\36\34\5f\6b\5f\48\5f\37\34\35\36\35\00\c2\03\0f\62\72\5f\6b"
  "\5f\65\71\5f\48\5f\37\34\35\36\35\00\c3\03\0f\62\72\5f\6b\5f\6e\65\5f\48\5f\37\34\35\36\35\00\c4\03\11\62\72\5f\6b\5f\6c\74\5f\73\5f\48\5f\37\34"
  "\35\36\35\00\c5\03\11\62\72\5f\6b\5f\6c\74\5f\75\5f\48\5f\37\34\35\36\35\00\c6\03\11\62\72\5f\6b\5f\67\74\5f\73\5f\48\5f\37\34\35\36\35\00\c7\03"
  "\11\62\72\5f\6b\5f\67\74\5f\75\5f\48\5f\37\34\35\36\35\00\c8\03\11\62\72\5f\6b\5f\6c\65\5f\73\5f\48\5f\37\34\35\36\35\00\c9\03\11\62\72\5f\6b\5f"
  "\6c\65\5f\75\5f\48\5f\37\34\35\36\35\00\ca\03\11\62\72\5f\6b\5f\67\65\5f\73\5f\48\5f\37\34\35\36\35\00\cb\03\11\62\72\5f\6b\5f\67\65\5f\75\5f\48"
  "\5f\37\34\35\36\35\00\cc\03\07\65\71\7a\5f\48\5f\30\00\cd\03\07\65\71\7a\5f\48\5f\31\00\ce\03\08\62\72\5f\65\71\5f\4c\4c\00\cf\03\0a\62\72\36\34"
  "\5f\65\71\5f\4c\4c\00\d0\03\0b\61\64\64\62\72\5f\65\71\5f\4c\4c\00\d1\03\0a\6c\64\62\72\5f\65\71\5f\4c\4c\00\d2\03\09\63\6d\70\5f\65\71\5f\4c\4c"
  "\00\d3\03\0b\63\6d\70\36\34\5f\65\71\5f\4c\4c\00\d4\03\08\62\72\5f\6e\65\5f\4c\4c\00\d5\03\0a\62\72\36\34\5f\6e\65\5f\4c\4c\00\d6\03\0b\61\64\64"
  "\62\72\5f\6e\65\5f\4c\4c\00\d7\03\0a\6c\64\62\72\5f\6e\65\5f\4c\4c\00\d8\03\09\63\6d\70\5f\6e\65\5f\4c\4c\00\d9\03\0b\63\6d\70\36\34\5f\6e\65\5f"
  "\4c\4c\00\da\03\0a\62\72\5f\6c\74\5f\73\5f\4c\4c\00\db\03\0c\62\72\36\34\5f\6c\74\5f\73\5f\4c\4c\00\dc\03\0d\61\64\64\62\72\5f\6c\74\5f\73\5f\4c"
  "\4c\00\dd\03\0c\6c\64\62\72\5f\6c\74\5f\73\5f\4c\4c\00\de\03\0b\63\6d\70\5f\6c\74\5f\73\5f\4c\4c\00\df\03\0d\63\6d\70\36\34\5f\6c\74\5f\73\5f\4c"
  "\4c\00\e0\03\0a\62\72\5f\6c\74\5f\75\5f\4c\4c\00\e1\03\0c\62\72\36\34\5f\6c\74\5f\75\5f\4c\4c\00\e2\03\0d\61\64\64\62\72\5f\6c\74\5f\75\5f\4c\4c"
  "\00\e3\03\0c\6c\64\62\72\5f\6c\74\5f\75\5f\4c\4c\00\e4\03\0b\63\6d\70\5f\6c\74\5f\75\5f\4c\4c\00\e5\03\0d\63\6d\70\36\34\5f\6c\74\5f\75\5f\4c\4c"
  "\00\e6\03\0a\62\72\5f\67\74\5f\73\5f\4c\4c\00\e7\03\0c\62\72\36\34\5f\67\74\5f\73\5f\4c\4c\00\e8\03\0d\61\64\64\62\72\5f\67\74\5f\73\5f\4c\4c\00"
  "\e9\03\0c\6c\64\62\72\5f\67\74\5f\73\5f\4c\4c\00\ea\03\0b\63\6d\70\5f\67\74\5f\73\5f\4c\4c\00\eb\03\0d\63\6d\70\36\34\5f\67\74\5f\73\5f\4c\4c\00"
  "\ec\03\0a\62\72\5f\67\74\5f\75\5f\4c\4c\00\ed\03\0c\62\72\36\34\5f\67\74\5f\75\5f\4c\4c\00\ee\03\0d\61\64\64\62\72\5f\67\74\5f\75\5f\4c\4c\00\ef"
  "\03\0c\6c\64\62\72\5f\67\74\5f\75\5f\4c\4c\00\f0\03\0b\63\6d\70\5f\67\74\5f\75\5f\4c\4c\00\f1\03\0d\63\6d\70\36\34\5f\67\74\5f\75\5f\4c\4c\00\f2"
  "\03\0a\62\72\5f\6c\65\5f\73\5f\4c\4c\00\f3\03\0c\62\72\36\34\5f\6c\65\5f\73\5f\4c\4c\00\f4\03\0d\61\64\64\62\72\5f\6c\65\5f\73\5f\4c\4c\00\f5\03"
  "\0c\6c\64\62\72\5f\6c\65\5f\73\5f\4c\4c\00\f6\03\0b\63\6d\70\5f\6c\65\5f\73\5f\4c\4c\00\f7\03\0d\63\6d\70\36\34\5f\6c\65\5f\73\5f\4c\4c\00\f8\03"
  "\0a\62\72\5f\6c\65\5f\75\5f\4c\4c\00\f9\03\0c\62\72\36\34\5f\6c\65\5f\75\5f\4c\4c\00\fa\03\0d\61\64\64\62\72\5f\6c\65\5f\75\5f\4c\4c\00\fb\03\0c"
  "\6c\64\62\72\5f\6c\65\5f\75\5f\4c\4c\00\fc\03\0b\63\6d\70\5f\6c\65\5f\75\5f\4c\4c\00\fd\03\0d\63\6d\70\36\34\5f\6c\65\5f\75\5f\4c\4c\00\fe\03\0a"
  "\62\72\5f\67\65\5f\73\5f\4c\4c\00\ff\03\0c\62\72\36\34\5f\67\65\5f\73\5f\4c\4c\00\80\04\0d\61\64\64\62\72\5f\67\65\5f\73\5f\4c\4c\00\81\04\0c\6c"
  "\64\62\72\5f\67\65\5f\73\5f\4c\4c\00\82\04\0b\63\6d\70\5f\67\65\5f\73\5f\4c\4c\00\83\04\0d\63\6d\70\36\34\5f\67\65\5f\73\5f\4c\4c\00\84\04\0a\62"
  "\72\5f\67\65\5f\75\5f\4c\4c\00\85\04\0c\62\72\36\34\5f\67\65\5f\75\5f\4c\4c\00\86\04\0d\61\64\64\62\72\5f\67\65\5f\75\5f\4c\4c\00\87\04\0c\6c\64"
  "\62\72\5f\67\65\5f\75\5f\4c\4c\00\88\04\0b\63\6d\70\5f\67\65\5f\75\5f\4c\4c\00\89\04\0d\63\6d\70\36\34\5f\67\65\5f\75\5f\4c\4c\00\8a\04\0b\61\64"
  "\64\62\72\5f\6e\7a\5f\4c\4c\00\8b\04\0e\61\64\64\62\72\5f\6e\7a\65\71\7a\5f\4c\4c\00\8c\04\0a\62\69\6e\5f\61\64\64\5f\4c\4c\00\8d\04\0c\62\69\6e"
  "\36\34\5f\61\64\64\5f\4c\4c\00\8e\04\0a\62\69\6e\5f\73\75\62\5f\4c\4c\00\8f\04\0c\62\69\6e\36\34\5f\73\75\62\5f\4c\4c\00\90\04\0a\62\69\6e\5f\6d"
  "\75\6c\5f\4c\4c\00\91\04\0c\62\69\6e\36\34\5f\6d\75\6c\5f\4c\4c\00\92\04\0a\62\69\6e\5f\61\6e\64\5f\4c\4c\00\93\04\0c\62\69\6e\36\34\5f\61\6e\64"
  "\5f\4c\4c\00\94\04\09\62\69\6e\5f\6f\72\5f\4c\4c\00\95\04\0b\62\69\6e\36\34\5f\6f\72\5f\4c\4c\00\96\04\0a\62\69\6e\5f\78\6f\72\5f\4c\4c\00\97\04"
  "\0c\62\69\6e\36\34\5f\78\6f\72\5f\4c\4c\00\98\04\0a\62\69\6e\5f\73\68\6c\5f\4c\4c\00\99\04\0c\62\69\6e\36\34\5f\73\68\6c\5f\4c\4c\00\9a\04\0c\62"
  "\69\6e\5f\73\68\72\5f\73\5f\4c\4c\00\9b\04\0e\62\69\6e\36\34\5f\73\68\72\5f\73\5f\4c\4c\00\9c\04\0c\62\69\6e\5f\73\68\72\5f\75\5f\4c\4c\00\9d\04"
  "\0e\62\69\6e\36\34\5f\73\68\72\5f\75\5f\4c\4c\00\9e\04\0b\62\69\6e\5f\72\6f\74\6c\5f\4c\4c\00\9f\04\0d\62\69\6e\36\34\5f\72\6f\74\6c\5f\4c\4c\00"
  "\a0\04\0b\62\69\6e\5f\72\6f\74\72\5f\4c\4c\00\a1\04\0d\62\69\6e\36\34\5f\72\6f\74\72\5f\4c\4c\00\a2\04\09\73\65\6c\65\63\74\5f\4c\4c\00\a3\04\0a"
  "\73\65\6c\65\63\74\30\5f\4c\4c\00\a4\04\11\66\75\73\65\64\5f\72\6f\74\6c\5f\78\6f\72\5f\4c\4c\00\a5\04\11\66\75\73\65\64\5f\72\6f\74\6c\5f\61\64"
  "\64\5f\4c\4c\00\a6\04\11\66\75\73\65\64\5f\72\6f\74\6c\5f\61\6e\64\5f\4c\4c\00\a7\04\10\66\75\73\65\64\5f\72\6f\74\6c\5f\6f\72\5f\4c\4c\00\a8\04"
  "\12\66\75\73\65\64\5f\73\68\72\5f\75\5f\78\6f\72\5f\4c\4c\00\a9\04\12\66\75\73\65\64\5f\73\68\72\5f\75\5f\61\64\64\5f\4c\4c\00\aa\04\12\66\75\73"
  "\65\64\5f\73\68\72\5f\75\5f\61\6e\64\5f\4c\4c\00\ab\04\11\66\75\73\65\64\5f\73\68\72\5f\75\5f\6f\72\5f\4c\4c\00\ac\04\10\66\75\73\65\64\5f\73\68"
  "\6c\5f\78\6f\72\5f\4c\4c\00\ad\04\10\66\75\73\65\64\5f\73\68\6c\5f\61\64\64\5f\4c\4c\00\ae\04\10\66\75\73\65\64\5f\73\68\6c\5f\61\6e\64\5f\4c\4c"
  "\00\af\04\0f\66\75\73\65\64\5f\73\68\6c\5f\6f\72\5f\4c\4c\00\b0\04\10\66\75\73\65\64\5f\78\6f\72\5f\78\6f\72\5f\4c\4c\00\b1\04\10\66\75\73\65\64"
  "\5f\78\6f\72\5f\61\64\64\5f\4c\4c\00\b2\04\10\66\75\73\65\64\5f\78\6f\72\5f\61\6e\64\5f\4c\4c\00\b3\04\0f\66\75\73\65\64\5f\78\6f\72\5f\6f\72\5f"
  "\4c\4c\00\b4\04\10\66\75\73\65\64\5f\61\6e\64\5f\78\6f\72\5f\4c\4c\00\b5\04\10\66\75\73\65\64\5f\61\6e\64\5f\61\64\64\5f\4c\4c\00\b6\04\10\66\75"
  "\73\65\64\5f\61\6e\64\5f\61\6e\64\5f\4c\4c\00\b7\04\0f\66\75\73\65\64\5f\61\6e\64\5f\6f\72\5f\4c\4c\00\b8\04\10\66\75\73\65\64\5f\61\64\64\5f\78"
  "\6f\72\5f\4c\4c\00\b9\04\10\66\75\73\65\64\5f\61\64\64\5f\61\64\64\5f\4c\4c\00\ba\04\10\66\75\73\65\64\5f\61\64\64\5f\61\6e\64\5f\4c\4c\00\bb\04"
  "\0f\66\75\73\65\64\5f\61\64\64\5f\6f\72\5f\4c\4c\00\bc\04\07\61\64\64\32\5f\4c\4c\00\bd\04\0a\73\68\72\5f\61\6e\64\5f\4c\4c\00\be\04\07\77\72\61"
  "\70\5f\4c\4c\00\bf\04\08\65\71\7a\36\34\5f\4c\4c\00\c0\04\08\65\78\74\5f\73\5f\4c\4c\00\c1\04\08\65\78\74\5f\75\5f\4c\4c\00\c2\04\08\62\72\5f\65"
  "\71\5f\4c\48\00\c3\04\0a\62\72\36\34\5f\65\71\5f\4c\48\00\c4\04\0b\61\64\64\62\72\5f\65\71\5f\4c\48\00\c5\04\0a\6c\64\62\72\5f\65\71\5f\4c\48\00"
  "\c6\04\09\63\6d\70\5f\65\71\5f\4c\48\00\c7\04\0b\63\6d\70\36\34\5f\65\71\5f\4c\48\00\c8\04\08\62\72\5f\6e\65\5f\4c\48\00\c9\04\0a\62\72\36\34\5f"
  "\6e\65\5f\4c\48\00\ca\04\0b\61\64\64\62\72\5f\6e\65\5f\4c\48\00\cb\04\0a\6c\64\62\72\5f\6e\65\5f\4c\48\00\cc\04\09\63\6d\70\5f\6e\65\5f\4c\48\00"
  "\cd\04\0b\63\6d\70\36\34\5f\6e\65\5f\4c\48\00\ce\04\0a\62\72\5f\6c\74\5f\73\5f\4c\48\00\cf\04\0c\62\72\36\34\5f\6c\74\5f\73\5f\4c\48\00\d0\04\0d"
  "\61\64\64\62\72\5f\6c\74\5f\73\5f\4c\48\00\d1\04\0c\6c\64\62\72\5f\6c\74\5f\73\5f\4c\48\00\d2\04\0b\63\6d\70\5f\6c\74\5f\73\5f\4c\48\00\d3\04\0d"
  "\63\6d\70\36\34\5f\6c\74\5f\73\5f\4c\48\00\d4\04\0a\62\72\5f\6c\74\5f\75\5f\4c\48\00\d5\04\0c\62\72\36\34\5f\6c\74\5f\75\5f\4c\48\00\d6\04\0d\61"
  "\64\64\62\72\5f\6c\74\5f\75\5f\4c\48\00\d7\04\0c\6c\64\62\72\5f\6c\74\5f\75\5f\4c\48\00\d8\04\0b\63\6d\70\5f\6c\74\5f\75\5f\4c\48\00\d9\04\0d\63"
  "\6d\70\36\34\5f\6c\74\5f\75\5f\4c\48\00\da\04\0a\62\72\5f\67\74\5f\73\5f\4c\48\00\db\04\0c\62\72\36\34\5f\67\74\5f\73\5f\4c\48\00\dc\04\0d\61\64"
  "\64\62\72\5f\67\74\5f\73\5f\4c\48\00\dd\04\0c\6c\64\62\72\5f\67\74\5f\73\5f\4c\48\00\de\04\0b\63\6d\70\5f\67\74\5f\73\5f\4c\48\00\df\04\0d\63\6d"
  "\70\36\34\5f\67\74\5f\73\5f\4c\48\00\e0\04\0a\62\72\5f\67\74\5f\75\5f\4c\48\00\e1\04\0c\62\72\36\34\5f\67\74\5f\75\5f\4c\48\00\e2\04\0d\61\64\64"
  "\62\72\5f\67\74\5f\75\5f\4c\48\00\e3\04\0c\6c\64\62\72\5f\67\74\5f\75\5f\4c\48\00\e4\04\0b\63\6d\70\5f\67\74\5f\75\5f\4c\48\00\e5\04\0d\63\6d\70"
  "\36\34\5f\67\74\5f\75\5f\4c\48\00\e6\04\0a\62\72\5f\6c\65\5f\73\5f\4c\48\00\e7\04\0c\62\72\36\34\5f\6c\65\5f\73\5f\4c\48\00\e8\04\0d\61\64\64\62"
  "\72\5f\6c\65\5f\73\5f\4c\48\00\e9\04\0c\6c\64\62\72\5f\6c\65\5f\73\5f\4c\48\00\ea\04\0b\63\6d\70\5f\6c\65\5f\73\5f\4c\48\00\eb\04\0d\63\6d\70\36"
  "\34\5f\6c\65\5f\73\5f\4c\48\00\ec\04\0a\62\72\5f\6c\65\5f\75\5f\4c\48\00\ed\04\0c\62\72\36\34\5f\6c\65\5f\75\5f\4c\48\00\ee\04\0d\61\64\64\62\72"
  "\5f\6c\65\5f\75\5f\4c\48\00\ef\04\0c\6c\64\62\72\5f\6c\65\5f\75\5f\4c\48\00\f0\04\0b\63\6d\70\5f\6c\65\5f\75\5f\4c\48\00\f1\04\0d\63\6d\70\36\34"
  "\5f\6c\65\5f\75\5f\4c\48\00\f2\04\0a\62\72\5f\67\65\5f\73\5f\4c\48\00\f3\04\0c\62\72\36\34\5f\67\65\5f\73\5f\4c\48\00\f4\04\0d\61\64\64\62\72\5f"
  "\67\65\5f\73\5f\4c\48\00\f5\04\0c\6c\64\62\72\5f\67\65\5f\73\5f\4c\48\00\f6\04\0b\63\6d\70\5f\67\65\5f\73\5f\4c\48\00\f7\04\0d\63\6d\70\36\34\5f"
  "\67\65\5f\73\5f\4c\48\00\f8\04\0a\62\72\5f\67\65\5f\75\5f\4c\48\00\f9\04\0c\62\72\36\34\5f\67\65\5f\75\5f\4c\48\00\fa\04\0d\61\64\64\62\72\5f\67"
  "\65\5f\75\5f\4c\48\00\fb\04\0c\6c\64\62\72\5f\67\65\5f\75\5f\4c\48\00\fc\04\0b\63\6d\70\5f\67\65\5f\75\5f\4c\48\00\fd\04\0d\63\6d\70\36\34\5f\67"
  "\65\5f\75\5f\4c\48\00\fe\04\0b\61\64\64\62\72\5f\6e\7a\5f\4c\48\00\ff\04\0e\61\64\64\62\72\5f\6e\7a\65\71\7a\5f\4c\48\00\80\05\0a\62\69\6e\5f\61"
  "\64\64\5f\4c\48\00\81\05\0c\62\69\6e\36\34\5f\61\64\64\5f\4c\48\00\82\05\0a\62\69\6e\5f\73\75\62\5f\4c\48\00\83\05\0c\62\69\6e\36\34\5f\73\75\62"
  "\5f\4c\48\00\84\05\0a\62\69\6e\5f\6d\75\6c\5f\4c\48\00\85\05\0c\62\69\6e\36\34\5f\6d\75\6c\5f\4c\48\00\86\05\0a\62\69\6e\5f\61\6e\64\5f\4c\48\00"
  "\87\05\0c\62\69\6e\36\34\5f\61\6e\64\5f\4c\48\00\88\05\09\62\69\6e\5f\6f\72\5f\4c\48\00\89\05\0b\62\69\6e\36\34\5f\6f\72\5f\4c\48\00\8a\05\0a\62"
  "\69\6e\5f\78\6f\72\5f\4c\48\00\8b\05\0c\62\69\6e\36\34\5f\78\6f\72\5f\4c\48\00\8c\05\0a\62\69\6e\5f\73\68\6c\5f\4c\48\00\8d\05\0c\62\69\6e\36\34"
  "\5f\73\68\6c\5f\4c\48\00\8e\05\0c\62\69\6e\5f\73\68\72\5f\73\5f\4c\48\00\8f\05\0e\62\69\6e\36\34\5f\73\68\72\5f\73\5f\4c\48\00\90\05\0c\62\69\6e"
  "\5f\73\68\72\5f\75\5f\4c\48\00\91\05\0e\62\69\6e\36\34\5f\73\68\72\5f\75\5f\4c\48\00\92\05\0b\62\69\6e\5f\72\6f\74\6c\5f\4c\48\00\93\05\0d\62\69"
  "\6e\36\34\5f\72\6f\74\6c\5f\4c\48\00\94\05\0b\62\69\6e\5f\72\6f\74\72\5f\4c\48\00\95\05\0d\62\69\6e\36\34\5f\72\6f\74\72\5f\4c\48\00\96\05\09\73"
  "\65\6c\65\63\74\5f\4c\48\00\97\05\0a\73\65\6c\65\63\74\30\5f\4c\48\00\98\05\11\66\75\73\65\64\5f\72\6f\74\6c\5f\78\6f\72\5f\4c\48\00\99\05\11\66"
  "\75\73\65\64\5f\72\6f\74\6c\5f\61\64\64\5f\4c\48\00\9a\05\11\66\75\73\65\64\5f\72\6f\74\6c\5f\61\6e\64\5f\4c\48\00\9b\05\10\66\75\73\65\64\5f\72"
  "\6f\74\6c\5f\6f\72\5f\4c\48\00\9c\05\12\66\75\73\65\64\5f\73\68\72\5f\75\5f\78\6f\72\5f\4c\48\00\9d\05\12\66\75\73\65\64\5f\73\68\72\5f\75\5f\61"
  "\64\64\5f\4c\48\00\9e\05\12\66\75\73\65\64\5f\73\68\72\5f\75\5f\61\6e\64\5f\4c\48\00\9f\05\11\66\75\73\65\64\5f\73\68\72\5f\75\5f\6f\72\5f\4c\48"
  "\00\a0\05\10\66\75\73\65\64\5f\73\68\6c\5f\78\6f\72\5f\4c\48\00\a1\05\10\66\75\73\65\64\5f\73\68\6c\5f\61\64\64\5f\4c\48\00\a2\05\10\66\75\73\65"
  "\64\5f\73\68\6c\5f\61\6e\64\5f\4c\48\00\a3\05\0f\66\75\73\65\64\5f\73\68\6c\5f\6f\72\5f\4c\48\00\a4\05\10\66\75\73\65\64\5f\78\6f\72\5f\78\6f\72"
  "\5f\4c\48\00\a5\05\10\66\75\73\65\64\5f\78\6f\72\5f\61\64\64\5f\4c\48\00\a6\05\10\66\75\73\65\64\5f\78\6f\72\5f\61\6e\64\5f\4c\48\00\a7\05\0f\66"
  "\75\73\65\64\5f\78\6f\72\5f\6f\72\5f\4c\48\00\a8\05\10\66\75\73\65\64\5f\61\6e\64\5f\78\6f\72\5f\4c\48\00\a9\05\10\66\75\73\65\64\5f\61\6e\64\5f"
  "\61\64\64\5f\4c\48\00\aa\05\10\66\75\73\65\64\5f\61\6e\64\5f\61\6e\64\5f\4c\48\00\ab\05\0f\66\75\73\65\64\5f\61\6e\64\5f\6f\72\5f\4c\48\00\ac\05"
  "\10\66\75\73\65\64\5f\61\64\64\5f\78\6f\72\5f\4c\48\00\ad\05\10\66\75\73\65\64\5f\61\64\64\5f\61\64\64\5f\4c\48\00\ae\05\10\66\75\73\65\64\5f\61"
  "\64\64\5f\61\6e\64\5f\4c\48\00\af\05\0f\66\75\73\65\64\5f\61\64\64\5f\6f\72\5f\4c\48\00\b0\05\07\61\64\64\32\5f\4c\48\00\b1\05\0a\73\68\72\5f\61"
  "\6e\64\5f\4c\48\00\b2\05\07\77\72\61\70\5f\4c\48\00\b3\05\08\65\71\7a\36\34\5f\4c\48\00\b4\05\08\65\78\74\5f\73\5f\4c\48\00\b5\05\08\65\78\74\5f"
  "\75\5f\4c\48\00\b6\05\08\62\72\5f\65\71\5f\48\4c\00\b7\05\0a\62\72\36\34\5f\65\71\5f\48\4c\00\b8\05\0b\61\64\64\62\72\5f\65\71\5f\48\4c\00\b9\05"
  "\0a\6c\64\62\72\5f\65\71\5f\48\4c\00\ba\05\09\63\6d\70\5f\65\71\5f\48\4c\00\bb\05\0b\63\6d\70\36\34\5f\65\71\5f\48\4c\00\bc\05\08\62\72\5f\6e\65"
  "\5f\48\4c\00\bd\05\0a\62\72\36\34\5f\6e\65\5f\48\4c\00\be\05\0b\61\64\64\62\72\5f\6e\65\5f\48\4c\00\bf\05\0a\6c\64\62\72\5f\6e\65\5f\48\4c\00\c0"
  "\05\09\63\6d\70\5f\6e\65\5f\48\4c\00\c1\05\0b\63\6d\70\36\34\5f\6e\65\5f\48\4c\00\c2\05\0a\62\72\5f\6c\74\5f\73\5f\48\4c\00\c3\05\0c\62\72\36\34"
  "\5f\6c\74\5f\73\5f\48\4c\00\c4\05\0d\61\64\64\62\72\5f\6c\74\5f\73\5f\48\4c\00\c5\05\0c\6c\64\62\72\5f\6c\74\5f\73\5f\48\4c\00\c6\05\0b\63\6d\70"
  "\5f\6c\74\5f\73\5f\48\4c\00\c7\05\0d\63\6d\70\36\34\5f\6c\74\5f\73\5f\48\4c\00\c8\05\0a\62\72\5f\6c\74\5f\75\5f\48\4c\00\c9\05\0c\62\72\36\34\5f"
  "\6c\74\5f\75\5f\48\4c\00\ca\05\0d\61\64\64\62\72\5f\6c\74\5f\75\5f\48\4c\00\cb\05\0c\6c\64\62\72\5f\6c\74\5f\75\5f\48\4c\00\cc\05\0b\63\6d\70\5f"
  "\6c\74\5f\75\5f\48\4c\00\cd\05\0d\63\6d\70\36\34\5f\6c\74\5f\75\5f\48\4c\00\ce\05\0a\62\72\5f\67\74\5f\73\5f\48\4c\00\cf\05\0c\62\72\36\34\5f\67"
  "\74\5f\73\5f\48\4c\00\d0\05\0d\61\64\64\62\72\5f\67\74\5f\73\5f\48\4c\00\d1\05\0c\6c\64\62\72\5f\67\74\5f\73\5f\48\4c\00\d2\05\0b\63\6d\70\5f\67"
  "\74\5f\73\5f\48\4c\00\d3\05\0d\63\6d\70\36\34\5f\67\74\5f\73\5f\48\4c\00\d4\05\0a\62\72\5f\67\74\5f\75\5f\48\4c\00\d5\05\0c\62\72\36\34\5f\67\74"
  "\5f\75\5f\48\4c\00\d6\05\0d\61\64\64\62\72\5f\67\74\5f\75\5f\48\4c\00\d7\05\0c\6c\64\62\72\5f\67\74\5f\75\5f\48\4c\00\d8\05\0b\63\6d\70\5f\67\74"
  "\5f\75\5f\48\4c\00\d9\05\0d\63\6d\70\36\34\5f\67\74\5f\75\5f\48\4c\00\da\05\0a\62\72\5f\6c\65\5f\73\5f\48\4c\00\db\05\0c\62\72\36\34\5f\6c\65\5f"
  "\73\5f\48\4c\00\dc\05\0d\61\64\64\62\72\5f\6c\65\5f\73\5f\48\4c\00\dd\05\0c\6c\64\62\72\5f\6c\65\5f\73\5f\48\4c\00\de\05\0b\63\6d\70\5f\6c\65\5f"
  "\73\5f\48\4c\00\df\05\0d\63\6d\70\36\34\5f\6c\65\5f\73\5f\48\4c\00\e0\05\0a\62\72\5f\6c\65\5f\75\5f\48\4c\00\e1\05\0c\62\72\36\34\5f\6c\65\5f\75"
  "\5f\48\4c\00\e2\05\0d\61\64\64\62\72\5f\6c\65\5f\75\5f\48\4c\00\e3\05\0c\6c\64\62\72\5f\6c\65\5f\75\5f\48\4c\00\e4\05\0b\63\6d\70\5f\6c\65\5f\75"
  "\5f\48\4c\00\e5\05\0d\63\6d\70\36\34\5f\6c\65\5f\75\5f\48\4c\00\e6\05\0a\62\72\5f\67\65\5f\73\5f\48\4c\00\e7\05\0c\62\72\36\34\5f\67\65\5f\73\5f"
  "\48\4c\00\e8\05\0d\61\64\64\62\72\5f\67\65\5f\73\5f\48\4c\00\e9\05\0c\6c\64\62\72\5f\67\65\5f\73\5f\48\4c\00\ea\05\0b\63\6d\70\5f\67\65\5f\73\5f"
  "\48\4c\00\eb\05\0d\63\6d\70\36\34\5f\67\65\5f\73\5f\48\4c\00\ec\05\0a\62\72\5f\67\65\5f\75\5f\48\4c\00\ed\05\0c\62\72\36\34\5f\67\65\5f\75\5f\48"
  "\4c\00\ee\05\0d\61\64\64\62\72\5f\67\65\5f\75\5f\48\4c\00\ef\05\0c\6c\64\62\72\5f\67\65\5f\75\5f\48\4c\00\f0\05\0b\63\6d\70\5f\67\65\5f\75\5f\48"
  "\4c\00\f1\05\0d\63\6d\70\36\34\5f\67\65\5f\75\5f\48\4c\00\f2\05\0b\61\64\64\62\72\5f\6e\7a\5f\48\4c\00\f3\05\0e\61\64\64\62\72\5f\6e\7a\65\71\7a"
  "\5f\48\4c\00\f4\05\0a\62\69\6e\5f\61\64\64\5f\48\4c\00\f5\05\0c\62\69\6e\36\34\5f\61\64\64\5f\48\4c\00\f6\05\0a\62\69\6e\5f\73\75\62\5f\48\4c\00"
  "\f7\05\0c\62\69\6e\36\34\5f\73\75\62\5f\48\4c\00\f8\05\0a\62\69\6e\5f\6d\75\6c\5f\48\4c\00\f9\05\0c\62\69\6e\36\34\5f\6d\75\6c\5f\48\4c\00\fa\05"
  "\0a\62\69\6e\5f\61\6e\64\5f\48\4c\00\fb\05\0c\62\69\6e\36\34\5f\61\6e\64\5f\48\4c\00\fc\05\09\62\69\6e\5f\6f\72\5f\48\4c\00\fd\05\0b\62\69\6e\36"
  "\34\5f\6f\72\5f\48\4c\00\fe\05\0a\62\69\6e\5f\78\6f\72\5f\48\4c\00\ff\05\0c\62\69\6e\36\34\5f\78\6f\72\5f\48\4c\00\80\06\0a\62\69\6e\5f\73\68\6c"
  "\5f\48\4c\00\81\06\0c\62\69\6e\36\34\5f\73\68\6c\5f\48\4c\00\82\06\0c\62\69\6e\5f\73\68\72\5f\73\5f\48\4c\00\83\06\0e\62\69\6e\36\34\5f\73\68\72"
  "\5f\73\5f\48\4c\00\84\06\0c\62\69\6e\5f\73\68\72\5f\75\5f\48\4c\00\85\06\0e\62\69\6e\36\34\5f\73\68\72\5f\75\5f\48\4c\00\86\06\0b\62\69\6e\5f\72"
  "\6f\74\6c\5f\48\4c\00\87\06\0d\62\69\6e\36\34\5f\72\6f\74\6c\5f\48\4c\00\88\06\0b\62\69\6e\5f\72\6f\74\72\5f\48\4c\00\89\06\0d\62\69\6e\36\34\5f"
  "\72\6f\74\72\5f\48\4c\00\8a\06\09\73\65\6c\65\63\74\5f\48\4c\00\8b\06\0a\73\65\6c\65\63\74\30\5f\48\4c\00\8c\06\11\66\75\73\65\64\5f\72\6f\74\6c"
  "\5f\78\6f\72\5f\48\4c\00\8d\06\11\66\75\73\65\64\5f\72\6f\74\6c\5f\61\64\64\5f\48\4c\00\8e\06\11\66\75\73\65\64\5f\72\6f\74\6c\5f\61\6e\64\5f\48"
  "\4c\00\8f\06\10\66\75\73\65\64\5f\72\6f\74\6c\5f\6f\72\5f\48\4c\00\90\06\12\66\75\73\65\64\5f\73\68\72\5f\75\5f\78\6f\72\5f\48\4c\00\91\06\12\66"
  "\75\73\65\64\5f\73\68\72\5f\75\5f\61\64\64\5f\48\4c\00\92\06\12\66\75\73\65\64\5f\73\68\72\5f\75\5f\61\6e\64\5f\48\4c\00\93\06\11\66\75\73\65\64"
  "\5f\73\68\72\5f\75\5f\6f\72\5f\48\4c\00\94\06\10\66\75\73\65\64\5f\73\68\6c\5f\78\6f\72\5f\48\4c\00\95\06\10\66\75\73\65\64\5f\73\68\6c\5f\61\64"
  "\64\5f\48\4c\00\96\06\10\66\75\73\65\64\5f\73\68\6c\5f\61\6e\64\5f\48\4c\00\97\06\0f\66\75\73\65\64\5f\73\68\6c\5f\6f\72\5f\48\4c\00\98\06\10\66"
  "\75\73\65\64\5f\78\6f\72\5f\78\6f\72\5f\48\4c\00\99\06\10\66\75\73\65\64\5f\78\6f\72\5f\61\64\64\5f\48\4c\00\9a\06\10\66\75\73\65\64\5f\78\6f\72"
  "\5f\61\6e\64\5f\48\4c\00\9b\06\0f\66\75\73\65\64\5f\78\6f\72\5f\6f\72\5f\48\4c\00\9c\06\10\66\75\73\65\64\5f\61\6e\64\5f\78\6f\72\5f\48\4c\00\9d"
  "\06\10\66\75\73\65\64\5f\61\6e\64\5f\61\64\64\5f\48\4c\00\9e\06\10\66\75\73\65\64\5f\61\6e\64\5f\61\6e\64\5f\48\4c\00\9f\06\0f\66\75\73\65\64\5f"
  "\61\6e\64\5f\6f\72\5f\48\4c\00\a0\06\10\66\75\73\65\64\5f\61\64\64\5f\78\6f\72\5f\48\4c\00\a1\06\10\66\75\73\65\64\5f\61\64\64\5f\61\64\64\5f\48"
  "\4c\00\a2\06\10\66\75\73\65\64\5f\61\64\64\5f\61\6e\64\5f\48\4c\00\a3\06\0f\66\75\73\65\64\5f\61\64\64\5f\6f\72\5f\48\4c\00\a4\06\07\61\64\64\32"
  "\5f\48\4c\00\a5\06\0a\73\68\72\5f\61\6e\64\5f\48\4c\00\a6\06\07\77\72\61\70\5f\48\4c\00\a7\06\08\65\71\7a\36\34\5f\48\4c\00\a8\06\08\65\78\74\5f"
  "\73\5f\48\4c\00\a9\06\08\65\78\74\5f\75\5f\48\4c\00\aa\06\08\62\72\5f\65\71\5f\48\48\00\ab\06\0a\62\72\36\34\5f\65\71\5f\48\48\00\ac\06\0b\61\64"
  "\64\62\72\5f\65\71\5f\48\48\00\ad\06\0a\6c\64\62\72\5f\65\71\5f\48\48\00\ae\06\09\63\6d\70\5f\65\71\5f\48\48\00\af\06\0b\63\6d\70\36\34\5f\65\71"
  "\5f\48\48\00\b0\06\08\62\72\5f\6e\65\5f\48\48\00\b1\06\0a\62\72\36\34\5f\6e\65\5f\48\48\00\b2\06\0b\61\64\64\62\72\5f\6e\65\5f\48\48\00\b3\06\0a"
  "\6c\64\62\72\5f\6e\65\5f\48\48\00\b4\06\09\63\6d\70\5f\6e\65\5f\48\48\00\b5\06\0b\63\6d\70\36\34\5f\6e\65\5f\48\48\00\b6\06\0a\62\72\5f\6c\74\5f"
  "\73\5f\48\48\00\b7\06\0c\62\72\36\34\5f\6c\74\5f\73\5f\48\48\00\b8\06\0d\61\64\64\62\72\5f\6c\74\5f\73\5f\48\48\00\b9\06\0c\6c\64\62\72\5f\6c\74"
  "\5f\73\5f\48\48\00\ba\06\0b\63\6d\70\5f\6c\74\5f\73\5f\48\48\00\bb\06\0d\63\6d\70\36\34\5f\6c\74\5f\73\5f\48\48\00\bc\06\0a\62\72\5f\6c\74\5f\75"
  "\5f\48\48\00\bd\06\0c\62\72\36\34\5f\6c\74\5f\75\5f\48\48\00\be\06\0d\61\64\64\62\72\5f\6c\74\5f\75\5f\48\48\00\bf\06\0c\6c\64\62\72\5f\6c\74\5f"
  "\75\5f\48\48\00\c0\06\0b\63\6d\70\5f\6c\74\5f\75\5f\48\48\00\c1\06\0d\63\6d\70\36\34\5f\6c\74\5f\75\5f\48\48\00\c2\06\0a\62\72\5f\67\74\5f\73\5f"
  "\48\48\00\c3\06\0c\62\72\36\34\5f\67\74\5f\73\5f\48\48\00\c4\06\0d\61\64\64\62\72\5f\67\74\5f\73\5f\48\48\00\c5\06\0c\6c\64\62\72\5f\67\74\5f\73"
  "\5f\48\48\00\c6\06\0b\63\6d\70\5f\67\74\5f\73\5f\48\48\00\c7\06\0d\63\6d\70\36\34\5f\67\74\5f\73\5f\48\48\00\c8\06\0a\62\72\5f\67\74\5f\75\5f\48"
  "\48\00\c9\06\0c\62\72\36\34\5f\67\74\5f\75\5f\48\48\00\ca\06\0d\61\64\64\62\72\5f\67\74\5f\75\5f\48\48\00\cb\06\0c\6c\64\62\72\5f\67\74\5f\75\5f"
  "\48\48\00\cc\06\0b\63\6d\70\5f\67\74\5f\75\5f\48\48\00\cd\06\0d\63\6d\70\36\34\5f\67\74\5f\75\5f\48\48\00\ce\06\0a\62\72\5f\6c\65\5f\73\5f\48\48"
  "\00\cf\06\0c\62\72\36\34\5f\6c\65\5f\73\5f\48\48\00\d0\06\0d\61\64\64\62\72\5f\6c\65\5f\73\5f\48\48\00\d1\06\0c\6c\64\62\72\5f\6c\65\5f\73\5f\48"
  "\48\00\d2\06\0b\63\6d\70\5f\6c\65\5f\73\5f\48\48\00\d3\06\0d\63\6d\70\36\34\5f\6c\65\5f\73\5f\48\48\00\d4\06\0a\62\72\5f\6c\65\5f\75\5f\48\48\00"
  "\d5\06\0c\62\72\36\34\5f\6c\65\5f\75\5f\48\48\00\d6\06\0d\61\64\64\62\72\5f\6c\65\5f\75\5f\48\48\00\d7\06\0c\6c\64\62\72\5f\6c\65\5f\75\5f\48\48"
  "\00\d8\06\0b\63\6d\70\5f\6c\65\5f\75\5f\48\48\00\d9\06\0d\63\6d\70\36\34\5f\6c\65\5f\75\5f\48\48\00\da\06\0a\62\72\5f\67\65\5f\73\5f\48\48\00\db"
  "\06\0c\62\72\36\34\5f\67\65\5f\73\5f\48\48\00\dc\06\0d\61\64\64\62\72\5f\67\65\5f\73\5f\48\48\00\dd\06\0c\6c\64\62\72\5f\67\65\5f\73\5f\48\48\00"
  "\de\06\0b\63\6d\70\5f\67\65\5f\73\5f\48\48\00\df\06\0d\63\6d\70\36\34\5f\67\65\5f\73\5f\48\48\00\e0\06\0a\62\72\5f\67\65\5f\75\5f\48\48\00\e1\06"
  "\0c\62\72\36\34\5f\67\65\5f\75\5f\48\48\00\e2\06\0d\61\64\64\62\72\5f\67\65\5f\75\5f\48\48\00\e3\06\0c\6c\64\62\72\5f\67\65\5f\75\5f\48\48\00\e4"
  "\06\0b\63\6d\70\5f\67\65\5f\75\5f\48\48\00\e5\06\0d\63\6d\70\36\34\5f\67\65\5f\75\5f\48\48\00\e6\06\0b\61\64\64\62\72\5f\6e\7a\5f\48\48\00\e7\06"
  "\0e\61\64\64\62\72\5f\6e\7a\65\71\7a\5f\48\48\00\e8\06\0a\62\69\6e\5f\61\64\64\5f\48\48\00\e9\06\0c\62\69\6e\36\34\5f\61\64\64\5f\48\48\00\ea\06"
  "\0a\62\69\6e\5f\73\75\62\5f\48\48\00\eb\06\0c\62\69\6e\36\34\5f\73\75\62\5f\48\48\00\ec\06\0a\62\69\6e\5f\6d\75\6c\5f\48\48\00\ed\06\0c\62\69\6e"
  "\36\34\5f\6d\75\6c\5f\48\48\00\ee\06\0a\62\69\6e\5f\61\6e\64\5f\48\48\00\ef\06\0c\62\69\6e\36\34\5f\61\6e\64\5f\48\48\00\f0\06\09\62\69\6e\5f\6f"
  "\72\5f\48\48\00\f1\06\0b\62\69\6e\36\34\5f\6f\72\5f\48\48\00\f2\06\0a\62\69\6e\5f\78\6f\72\5f\48\48\00\f3\06\0c\62\69\6e\36\34\5f\78\6f\72\5f\48"
  "\48\00\f4\06\0a\62\69\6e\5f\73\68\6c\5f\48\48\00\f5\06\0c\62\69\6e\36\34\5f\73\68\6c\5f\48\48\00\f6\06\0c\62\69\6e\5f\73\68\72\5f\73\5f\48\48\00"
  "\f7\06\0e\62\69\6e\36\34\5f\73\68\72\5f\73\5f\48\48\00\f8\06\0c\62\69\6e\5f\73\68\72\5f\75\5f\48\48\00\f9\06\0e\62\69\6e\36\34\5f\73\68\72\5f\75"
  "\5f\48\48\00\fa\06\0b\62\69\6e\5f\72\6f\74\6c\5f\48\48\00\fb\06\0d\62\69\6e\36\34\5f\72\6f\74\6c\5f\48\48\00\fc\06\0b\62\69\6e\5f\72\6f\74\72\5f"
  "\48\48\00\fd\06\0d\62\69\6e\36\34\5f\72\6f\74\72\5f\48\48\00\fe\06\09\73\65\6c\65\63\74\5f\48\48\00\ff\06\0a\73\65\6c\65\63\74\30\5f\48\48\00\80"
  "\07\11\66\75\73\65\64\5f\72\6f\74\6c\5f\78\6f\72\5f\48\48\00\81\07\11\66\75\73\65\64\5f\72\6f\74\6c\5f\61\64\64\5f\48\48\00\82\07\11\66\75\73\65"
  "\64\5f\72\6f\74\6c\5f\61\6e\64\5f\48\48\00\83\07\10\66\75\73\65\64\5f\72\6f\74\6c\5f\6f\72\5f\48\48\00\84\07\12\66\75\73\65\64\5f\73\68\72\5f\75"
  "\5f\78\6f\72\5f\48\48\00\85\07\12\66\75\73\65\64\5f\73\68\72\5f\75\5f\61\64\64\5f\48\48\00\86\07\12\66\75\73\65\64\5f\73\68\72\5f\75\5f\61\6e\64"
  "\5f\48\48\00\87\07\11\66\75\73\65\64\5f\73\68\72\5f\75\5f\6f\72\5f\48\48\00\88\07\10\66\75\73\65\64\5f\73\68\6c\5f\78\6f\72\5f\48\48\00\89\07\10"
  "\66\75\73\65\64\5f\73\68\6c\5f\61\64\64\5f\48\48\00\8a\07\10\66\75\73\65\64\5f\73\68\6c\5f\61\6e\64\5f\48\48\00\8b\07\0f\66\75\73\65\64\5f\73\68"
  "\6c\5f\6f\72\5f\48\48\00\8c\07\10\66\75\73\65\64\5f\78\6f\72\5f\78\6f\72\5f\48\48\00\8d\07\10\66\75\73\65\64\5f\78\6f\72\5f\61\64\64\5f\48\48\00"
  "\8e\07\10\66\75\73\65\64\5f\78\6f\72\5f\61\6e\64\5f\48\48\00\8f\07\0f\66\75\73\65\64\5f\78\6f\72\5f\6f\72\5f\48\48\00\90\07\10\66\75\73\65\64\5f"
  "\61\6e\64\5f\78\6f\72\5f\48\48\00\91\07\10\66\75\73\65\64\5f\61\6e\64\5f\61\64\64\5f\48\48\00\92\07\10\66\75\73\65\64\5f\61\6e\64\5f\61\6e\64\5f"
  "\48\48\00\93\07\0f\66\75\73\65\64\5f\61\6e\64\5f\6f\72\5f\48\48\00\94\07\10\66\75\73\65\64\5f\61\64\64\5f\78\6f\72\5f\48\48\00\95\07\10\66\75\73"
  "\65\64\5f\61\64\64\5f\61\64\64\5f\48\48\00\96\07\10\66\75\73\65\64\5f\61\64\64\5f\61\6e\64\5f\48\48\00\97\07\0f\66\75\73\65\64\5f\61\64\64\5f\6f"
  "\72\5f\48\48\00\98\07\07\61\64\64\32\5f\48\48\00\99\07\0a\73\68\72\5f\61\6e\64\5f\48\48\00\9a\07\07\77\72\61\70\5f\48\48\00\9b\07\08\65\71\7a\36"
  "\34\5f\48\48\00\9c\07\08\65\78\74\5f\73\5f\48\48\00\9d\07\08\65\78\74\5f\75\5f\48\48\00\9e\07\0a\c0\9f\02\9f\07\07\00\20\00\20\01\6b\0b\13\02\02"
  "\7f\b8\91\02\7b\20\01\21\03\20\03\21\04\20\04\ad\0b\16\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\28\02\05\21\04\20\04\ad\0b\1d\02\03\7f\b8\91\02\7b"
  "\20\00\21\03\20\02\21\04\20\03\20\04\6a\28\02\05\21\05\20\05\ad\0b\17\03\02\7f\01\7e\b8\91\02\7b\20\00\21\03\20\03\29\03\05\21\05\20\05\0b\1e\03"
  "\03\7f\01\7e\b8\91\02\7b\20\00\21\03\20\02\21\04\20\03\20\04\6a\29\03\05\21\06\20\06\0b\19\03\02\7f\01\7d\b8\91\02\7b\20\00\21\03\20\03\2a\02\05"
  "\21\05\20\05\bc\ad\0b\20\03\03\7f\01\7d\b8\91\02\7b\20\00\21\03\20\02\21\04\20\03\20\04\6a\2a\02\05\21\06\20\06\bc\ad\0b\18\03\02\7f\01\7c\b8\91"
  "\02\7b\20\00\21\03\20\03\2b\03\05\21\05\20\05\bd\0b\1f\03\03\7f\01\7c\b8\91\02\7b\20\00\21\03\20\02\21\04\20\03\20\04\6a\2b\03\05\21\06\20\06\bd"
  "\0b\16\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\2c\00\05\21\04\20\04\ad\0b\1d\02\03\7f\b8\91\02\7b\20\00\21\03\20\02\21\04\20\03\20\04\6a\2c\00\05"
  "\21\05\20\05\ad\0b\16\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\2d\00\05\21\04\20\04\ad\0b\1d\02\03\7f\b8\91\02\7b\20\00\21\03\20\02\21\04\20\03\20"
  "\04\6a\2d\00\05\21\05\20\05\ad\0b\16\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\2e\01\05\21\04\20\04\ad\0b\1d\02\03\7f\b8\91\02\7b\20\00\21\03\20\02"
  "\21\04\20\03\20\04\6a\2e\01\05\21\05\20\05\ad\0b\16\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\2f\01\05\21\04\20\04\ad\0b\1d\02\03\7f\b8\91\02\7b\20"
  "\00\21\03\20\02\21\04\20\03\20\04\6a\2f\01\05\21\05\20\05\ad\0b\17\03\02\7f\01\7e\b8\91\02\7b\20\00\21\03\20\03\30\00\05\21\05\20\05\0b\1e\03\03"
  "\7f\01\7e\b8\91\02\7b\20\00\21\03\20\02\21\04\20\03\20\04\6a\30\00\05\21\06\20\06\0b\17\03\02\7f\01\7e\b8\91\02\7b\20\00\21\03\20\03\31\00\05\21"
  "\05\20\05\0b\1e\03\03\7f\01\7e\b8\91\02\7b\20\00\21\03\20\02\21\04\20\03\20\04\6a\31\00\05\21\06\20\06\0b\17\03\02\7f\01\7e\b8\91\02\7b\20\00\21"
  "\03\20\03\32\01\05\21\05\20\05\0b\1e\03\03\7f\01\7e\b8\91\02\7b\20\00\21\03\20\02\21\04\20\03\20\04\6a\32\01\05\21\06\20\06\0b\17\03\02\7f\01\7e"
  "\b8\91\02\7b\20\00\21\03\20\03\33\01\05\21\05\20\05\0b\1e\03\03\7f\01\7e\b8\91\02\7b\20\00\21\03\20\02\21\04\20\03\20\04\6a\33\01\05\21\06\20\06"
  "\0b\17\03\02\7f\01\7e\b8\91\02\7b\20\00\21\03\20\03\34\02\05\21\05\20\05\0b\1e\03\03\7f\01\7e\b8\91\02\7b\20\00\21\03\20\02\21\04\20\03\20\04\6a"
  "\34\02\05\21\06\20\06\0b\17\03\02\7f\01\7e\b8\91\02\7b\20\00\21\03\20\03\35\02\05\21\05\20\05\0b\1e\03\03\7f\01\7e\b8\91\02\7b\20\00\21\03\20\02"
  "\21\04\20\03\20\04\6a\35\02\05\21\06\20\06\0b\1c\02\03\7f\b8\91\02\7b\20\00\21\03\20\01\21\05\20\03\20\05\36\02\03\20\03\29\03\03\0b\26\02\04\7f"
  "\b8\91\02\7b\20\00\21\03\20\02\21\04\20\01\21\06\20\03\20\04\6a\20\06\36\02\03\20\03\20\04\6a\29\03\03\0b\26\03\02\7f\01\7e\b8\91\02\7b\20\00\21"
  "\03\20\01\ac\42\83\80\80\80\10\7e\21\05\20\03\20\05\37\03\03\20\03\29\03\03\0b\30\03\03\7f\01\7e\b8\91\02\7b\20\00\21\03\20\02\21\04\20\01\ac\42"
  "\83\80\80\80\10\7e\21\06\20\03\20\04\6a\20\06\37\03\03\20\03\20\04\6a\29\03\03\0b\1f\03\02\7f\01\7d\b8\91\02\7b\20\00\21\03\20\01\b2\21\05\20\03"
  "\20\05\38\02\03\20\03\29\03\03\0b\29\03\03\7f\01\7d\b8\91\02\7b\20\00\21\03\20\02\21\04\20\01\b2\21\06\20\03\20\04\6a\20\06\38\02\03\20\03\20\04"
  "\6a\29\03\03\0b\1f\03\02\7f\01\7c\b8\91\02\7b\20\00\21\03\20\01\b7\21\05\20\03\20\05\39\03\03\20\03\29\03\03\0b\29\03\03\7f\01\7c\b8\91\02\7b\20"
  "\00\21\03\20\02\21\04\20\01\b7\21\06\20\03\20\04\6a\20\06\39\03\03\20\03\20\04\6a\29\03\03\0b\1c\02\03\7f\b8\91\02\7b\20\00\21\03\20\01\21\05\20"
  "\03\20\05\3a\00\03\20\03\29\03\03\0b\26\02\04\7f\b8\91\02\7b\20\00\21\03\20\02\21\04\20\01\21\06\20\03\20\04\6a\20\06\3a\00\03\20\03\20\04\6a\29"
  "\03\03\0b\1c\02\03\7f\b8\91\02\7b\20\00\21\03\20\01\21\05\20\03\20\05\3b\01\03\20\03\29\03\03\0b\26\02\04\7f\b8\91\02\7b\20\00\21\03\20\02\21\04"
  "\20\01\21\06\20\03\20\04\6a\20\06\3b\01\03\20\03\20\04\6a\29\03\03\0b\26\03\02\7f\01\7e\b8\91\02\7b\20\00\21\03\20\01\ac\42\83\80\80\80\10\7e\21"
  "\05\20\03\20\05\3c\00\03\20\03\29\03\03\0b\30\03\03\7f\01\7e\b8\91\02\7b\20\00\21\03\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06\20\03\20\04"
  "\6a\20\06\3c\00\03\20\03\20\04\6a\29\03\03\0b\26\03\02\7f\01\7e\b8\91\02\7b\20\00\21\03\20\01\ac\42\83\80\80\80\10\7e\21\05\20\03\20\05\3d\01\03"
  "\20\03\29\03\03\0b\30\03\03\7f\01\7e\b8\91\02\7b\20\00\21\03\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06\20\03\20\04\6a\20\06\3d\01\03\20\03"
  "\20\04\6a\29\03\03\0b\26\03\02\7f\01\7e\b8\91\02\7b\20\00\21\03\20\01\ac\42\83\80\80\80\10\7e\21\05\20\03\20\05\3e\02\03\20\03\29\03\03\0b\30\03"
  "\03\7f\01\7e\b8\91\02\7b\20\00\21\03\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06\20\03\20\04\6a\20\06\3e\02\03\20\03\20\04\6a\29\03\03\0b\1a"
  "\02\02\7f\b8\91\02\7b\20\01\21\03\20\03\41\91\80\80\80\78\6a\21\04\20\04\ad\0b\1a\02\02\7f\b8\91\02\7b\20\01\21\03\20\03\41\91\80\80\80\78\6b\21"
  "\04\20\04\ad\0b\1a\02\02\7f\b8\91\02\7b\20\01\21\03\20\03\41\91\80\80\80\78\6c\21\04\20\04\ad\0b\1a\02\02\7f\b8\91\02\7b\20\01\21\03\20\03\41\91"
  "\80\80\80\78\71\21\04\20\04\ad\0b\1a\02\02\7f\b8\91\02\7b\20\01\21\03\20\03\41\91\80\80\80\78\72\21\04\20\04\ad\0b\1a\02\02\7f\b8\91\02\7b\20\01"
  "\21\03\20\03\41\91\80\80\80\78\73\21\04\20\04\ad\0b\1a\02\02\7f\b8\91\02\7b\20\01\21\03\20\03\41\91\80\80\80\78\74\21\04\20\04\ad\0b\1a\02\02\7f"
  "\b8\91\02\7b\20\01\21\03\20\03\41\91\80\80\80\78\75\21\04\20\04\ad\0b\1a\02\02\7f\b8\91\02\7b\20\01\21\03\20\03\41\91\80\80\80\78\76\21\04\20\04"
  "\ad\0b\1a\02\02\7f\b8\91\02\7b\20\01\21\03\20\03\41\91\80\80\80\78\46\21\04\20\04\ad\0b\1a\02\02\7f\b8\91\02\7b\20\01\21\03\20\03\41\91\80\80\80"
  "\78\47\21\04\20\04\ad\0b\1a\02\02\7f\b8\91\02\7b\20\01\21\03\20\03\41\91\80\80\80\78\49\21\04\20\04\ad\0b\1a\02\02\7f\b8\91\02\7b\20\01\21\03\20"
  "\03\41\91\80\80\80\78\4b\21\04\20\04\ad\0b\1d\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\6a\41\07\6b\21\05\20\05\ad\0b\23\03\01\7f"
  "\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\05\20\05\42\91\80\80\80\08\7c\21\04\20\04\0b\23\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80"
  "\80\80\10\7e\21\05\20\05\42\f0\e1\c3\87\0f\83\21\04\20\04\0b\28\02\04\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\41\05\6a\21\05\20\04\41\77\6a"
  "\21\06\20\05\ad\42\20\86\20\06\ad\84\0b\1d\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\41\03\74\20\04\6a\21\05\20\05\ad\0b\23\03\02\7f\b8"
  "\91\02\7b\01\7f\20\01\21\03\20\02\21\bd\91\02\20\03\41\03\74\20\bd\91\02\6a\21\04\20\04\ad\0b\19\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\41\06\6a"
  "\28\02\02\21\04\20\04\ad\0b\19\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\41\06\6a\2d\00\02\21\04\20\04\ad\0b\19\03\01\7f\b8\91\02\7b\01\7f\20\01\21"
  "\bc\91\02\20\bc\91\02\21\03\20\03\ad\0b\1c\03\01\7f\b8\91\02\7b\01\7f\20\00\21\bc\91\02\20\bc\91\02\28\02\05\21\03\20\03\ad\0b\23\03\02\7f\b8\91"
  "\02\7b\01\7f\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\28\02\05\21\04\20\04\ad\0b\1d\04\01\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\bd\91\02"
  "\20\bd\91\02\29\03\05\21\04\20\04\0b\24\04\02\7f\01\7e\b8\91\02\7b\01\7f\20\02\21\03\20\00\21\be\91\02\20\be\91\02\20\03\6a\29\03\05\21\05\20\05"
  "\0b\1f\04\01\7f\01\7d\b8\91\02\7b\01\7f\20\00\21\bd\91\02\20\bd\91\02\2a\02\05\21\04\20\04\bc\ad\0b\26\04\02\7f\01\7d\b8\91\02\7b\01\7f\20\02\21"
  "\03\20\00\21\be\91\02\20\be\91\02\20\03\6a\2a\02\05\21\05\20\05\bc\ad\0b\1e\04\01\7f\01\7c\b8\91\02\7b\01\7f\20\00\21\bd\91\02\20\bd\91\02\2b\03"
  "\05\21\04\20\04\bd\0b\25\04\02\7f\01\7c\b8\91\02\7b\01\7f\20\02\21\03\20\00\21\be\91\02\20\be\91\02\20\03\6a\2b\03\05\21\05\20\05\bd\0b\1c\03\01"
  "\7f\b8\91\02\7b\01\7f\20\00\21\bc\91\02\20\bc\91\02\2c\00\05\21\03\20\03\ad\0b\23\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\00\21\bd\91\02\20\bd"
  "\91\02\20\03\6a\2c\00\05\21\04\20\04\ad\0b\1c\03\01\7f\b8\91\02\7b\01\7f\20\00\21\bc\91\02\20\bc\91\02\2d\00\05\21\03\20\03\ad\0b\23\03\02\7f\b8"
  "\91\02\7b\01\7f\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\2d\00\05\21\04\20\04\ad\0b\1c\03\01\7f\b8\91\02\7b\01\7f\20\00\21\bc\91\02\20"
  "\bc\91\02\2e\01\05\21\03\20\03\ad\0b\23\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\2e\01\05\21\04\20\04\ad\0b"
  "\1c\03\01\7f\b8\91\02\7b\01\7f\20\00\21\bc\91\02\20\bc\91\02\2f\01\05\21\03\20\03\ad\0b\23\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\00\21\bd\91"
  "\02\20\bd\91\02\20\03\6a\2f\01\05\21\04\20\04\ad\0b\1d\04\01\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\bd\91\02\20\bd\91\02\30\00\05\21\04\20\04\0b\24"
  "\04\02\7f\01\7e\b8\91\02\7b\01\7f\20\02\21\03\20\00\21\be\91\02\20\be\91\02\20\03\6a\30\00\05\21\05\20\05\0b\1d\04\01\7f\01\7e\b8\91\02\7b\01\7f"
  "\20\00\21\bd\91\02\20\bd\91\02\31\00\05\21\04\20\04\0b\24\04\02\7f\01\7e\b8\91\02\7b\01\7f\20\02\21\03\20\00\21\be\91\02\20\be\91\02\20\03\6a\31"
  "\00\05\21\05\20\05\0b\1d\04\01\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\bd\91\02\20\bd\91\02\32\01\05\21\04\20\04\0b\24\04\02\7f\01\7e\b8\91\02\7b\01"
  "\7f\20\02\21\03\20\00\21\be\91\02\20\be\91\02\20\03\6a\32\01\05\21\05\20\05\0b\1d\04\01\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\bd\91\02\20\bd\91\02"
  "\33\01\05\21\04\20\04\0b\24\04\02\7f\01\7e\b8\91\02\7b\01\7f\20\02\21\03\20\00\21\be\91\02\20\be\91\02\20\03\6a\33\01\05\21\05\20\05\0b\1d\04\01"
  "\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\bd\91\02\20\bd\91\02\34\02\05\21\04\20\04\0b\24\04\02\7f\01\7e\b8\91\02\7b\01\7f\20\02\21\03\20\00\21\be\91"
  "\02\20\be\91\02\20\03\6a\34\02\05\21\05\20\05\0b\1d\04\01\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\bd\91\02\20\bd\91\02\35\02\05\21\04\20\04\0b\24\04"
  "\02\7f\01\7e\b8\91\02\7b\01\7f\20\02\21\03\20\00\21\be\91\02\20\be\91\02\20\03\6a\35\02\05\21\05\20\05\0b\22\03\02\7f\b8\91\02\7b\01\7f\20\00\21"
  "\03\20\01\21\bd\91\02\20\03\20\bd\91\02\36\02\03\20\03\29\03\03\0b\30\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\06\20\02\21\bf"
  "\91\02\20\03\20\bf\91\02\6a\20\06\36\02\03\20\03\20\04\6a\29\03\03\0b\2a\03\02\7f\b8\91\02\7b\01\7e\20\00\21\03\20\01\ac\42\83\80\80\80\10\7e\21"
  "\bd\91\02\20\03\20\bd\91\02\37\03\03\20\03\29\03\03\0b\3a\04\03\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e"
  "\21\06\20\02\21\bf\91\02\20\03\20\bf\91\02\6a\20\06\37\03\03\20\03\20\04\6a\29\03\03\0b\23\03\02\7f\b8\91\02\7b\01\7d\20\00\21\03\20\01\b2\21\bd"
  "\91\02\20\03\20\bd\91\02\38\02\03\20\03\29\03\03\0b\33\04\03\7f\01\7d\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\b2\21\06\20\02\21\bf\91\02"
  "\20\03\20\bf\91\02\6a\20\06\38\02\03\20\03\20\04\6a\29\03\03\0b\23\03\02\7f\b8\91\02\7b\01\7c\20\00\21\03\20\01\b7\21\bd\91\02\20\03\20\bd\91\02"
  "\39\03\03\20\03\29\03\03\0b\33\04\03\7f\01\7c\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\b7\21\06\20\02\21\bf\91\02\20\03\20\bf\91\02\6a\20"
  "\06\39\03\03\20\03\20\04\6a\29\03\03\0b\22\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\bd\91\02\20\03\20\bd\91\02\3a\00\03\20\03\29\03\03\0b"
  "\30\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\06\20\02\21\bf\91\02\20\03\20\bf\91\02\6a\20\06\3a\00\03\20\03\20\04\6a\29\03\03"
  "\0b\22\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\bd\91\02\20\03\20\bd\91\02\3b\01\03\20\03\29\03\03\0b\30\03\04\7f\b8\91\02\7b\01\7f\20\00"
  "\21\03\20\02\21\04\20\01\21\06\20\02\21\bf\91\02\20\03\20\bf\91\02\6a\20\06\3b\01\03\20\03\20\04\6a\29\03\03\0b\2a\03\02\7f\b8\91\02\7b\01\7e\20"
  "\00\21\03\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\03\20\bd\91\02\3c\00\03\20\03\29\03\03\0b\3a\04\03\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\03"
  "\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06\20\02\21\bf\91\02\20\03\20\bf\91\02\6a\20\06\3c\00\03\20\03\20\04\6a\29\03\03\0b\2a\03\02\7f\b8"
  "\91\02\7b\01\7e\20\00\21\03\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\03\20\bd\91\02\3d\01\03\20\03\29\03\03\0b\3a\04\03\7f\01\7e\b8\91\02\7b"
  "\01\7f\20\00\21\03\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06\20\02\21\bf\91\02\20\03\20\bf\91\02\6a\20\06\3d\01\03\20\03\20\04\6a\29\03\03"
  "\0b\2a\03\02\7f\b8\91\02\7b\01\7e\20\00\21\03\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\03\20\bd\91\02\3e\02\03\20\03\29\03\03\0b\3a\04\03\7f"
  "\01\7e\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06\20\02\21\bf\91\02\20\03\20\bf\91\02\6a\20\06\3e\02\03\20\03"
  "\20\04\6a\29\03\03\0b\20\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\6a\21\03\20\03\ad\0b\20\03\01\7f\b8\91\02\7b"
  "\01\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\6b\21\03\20\03\ad\0b\20\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80"
  "\80\80\78\6c\21\03\20\03\ad\0b\20\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\71\21\03\20\03\ad\0b\20\03\01\7f\b8"
  "\91\02\7b\01\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\72\21\03\20\03\ad\0b\20\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\20\bc\91\02"
  "\41\91\80\80\80\78\73\21\03\20\03\ad\0b\20\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\74\21\03\20\03\ad\0b\20\03"
  "\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\75\21\03\20\03\ad\0b\20\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\20"
  "\bc\91\02\41\91\80\80\80\78\76\21\03\20\03\ad\0b\20\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\46\21\03\20\03\ad"
  "\0b\20\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\47\21\03\20\03\ad\0b\20\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc"
  "\91\02\20\bc\91\02\41\91\80\80\80\78\49\21\03\20\03\ad\0b\20\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\4b\21\03"
  "\20\03\ad\0b\23\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\6a\41\07\6b\21\04\20\04\ad\0b\29\04\01\7f\01\7e\b8\91"
  "\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\42\91\80\80\80\08\7c\21\04\20\04\0b\29\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\01"
  "\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\42\f0\e1\c3\87\0f\83\21\04\20\04\0b\32\03\02\7f\b8\91\02\7b\02\7f\20\01\21\03\20\02\21\bd\91\02"
  "\20\03\41\05\6a\21\04\20\bd\91\02\41\77\6a\21\be\91\02\20\04\ad\42\20\86\20\be\91\02\ad\84\0b\23\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21"
  "\bd\91\02\20\bd\91\02\41\03\74\20\03\6a\21\04\20\04\ad\0b\27\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\02\21\bd\91\02\20\bc\91\02\41\03\74"
  "\20\bd\91\02\6a\21\03\20\03\ad\0b\1f\03\01\7f\b8\91\02\7b\01\7f\20\00\21\bc\91\02\20\bc\91\02\41\06\6a\28\02\02\21\03\20\03\ad\0b\1f\03\01\7f\b8"
  "\91\02\7b\01\7f\20\00\21\bc\91\02\20\bc\91\02\41\06\6a\2d\00\02\21\03\20\03\ad\0b\19\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\03\21\bd\91\02\20"
  "\bd\91\02\ad\0b\1c\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\03\28\02\05\21\bd\91\02\20\bd\91\02\ad\0b\23\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03"
  "\20\02\21\04\20\03\20\04\6a\28\02\05\21\be\91\02\20\be\91\02\ad\0b\1b\03\02\7f\b8\91\02\7b\01\7e\20\00\21\03\20\03\29\03\05\21\bd\91\02\20\bd\91"
  "\02\0b\22\03\03\7f\b8\91\02\7b\01\7e\20\00\21\03\20\02\21\04\20\03\20\04\6a\29\03\05\21\be\91\02\20\be\91\02\0b\1d\03\02\7f\b8\91\02\7b\01\7d\20"
  "\00\21\03\20\03\2a\02\05\21\bd\91\02\20\bd\91\02\bc\ad\0b\24\03\03\7f\b8\91\02\7b\01\7d\20\00\21\03\20\02\21\04\20\03\20\04\6a\2a\02\05\21\be\91"
  "\02\20\be\91\02\bc\ad\0b\1c\03\02\7f\b8\91\02\7b\01\7c\20\00\21\03\20\03\2b\03\05\21\bd\91\02\20\bd\91\02\bd\0b\23\03\03\7f\b8\91\02\7b\01\7c\20"
  "\00\21\03\20\02\21\04\20\03\20\04\6a\2b\03\05\21\be\91\02\20\be\91\02\bd\0b\1c\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\03\2c\00\05\21\bd\91\02"
  "\20\bd\91\02\ad\0b\23\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\03\20\04\6a\2c\00\05\21\be\91\02\20\be\91\02\ad\0b\1c\03\02\7f\b8\91"
  "\02\7b\01\7f\20\00\21\03\20\03\2d\00\05\21\bd\91\02\20\bd\91\02\ad\0b\23\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\03\20\04\6a\2d\00"
  "\05\21\be\91\02\20\be\91\02\ad\0b\1c\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\03\2e\01\05\21\bd\91\02\20\bd\91\02\ad\0b\23\03\03\7f\b8\91\02\7b"
  "\01\7f\20\00\21\03\20\02\21\04\20\03\20\04\6a\2e\01\05\21\be\91\02\20\be\91\02\ad\0b\1c\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\03\2f\01\05\21"
  "\bd\91\02\20\bd\91\02\ad\0b\23\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\03\20\04\6a\2f\01\05\21\be\91\02\20\be\91\02\ad\0b\1b\03\02"
  "\7f\b8\91\02\7b\01\7e\20\00\21\03\20\03\30\00\05\21\bd\91\02\20\bd\91\02\0b\22\03\03\7f\b8\91\02\7b\01\7e\20\00\21\03\20\02\21\04\20\03\20\04\6a"
  "\30\00\05\21\be\91\02\20\be\91\02\0b\1b\03\02\7f\b8\91\02\7b\01\7e\20\00\21\03\20\03\31\00\05\21\bd\91\02\20\bd\91\02\0b\22\03\03\7f\b8\91\02\7b"
  "\01\7e\20\00\21\03\20\02\21\04\20\03\20\04\6a\31\00\05\21\be\91\02\20\be\91\02\0b\1b\03\02\7f\b8\91\02\7b\01\7e\20\00\21\03\20\03\32\01\05\21\bd"
  "\91\02\20\bd\91\02\0b\22\03\03\7f\b8\91\02\7b\01\7e\20\00\21\03\20\02\21\04\20\03\20\04\6a\32\01\05\21\be\91\02\20\be\91\02\0b\1b\03\02\7f\b8\91"
  "\02\7b\01\7e\20\00\21\03\20\03\33\01\05\21\bd\91\02\20\bd\91\02\0b\22\03\03\7f\b8\91\02\7b\01\7e\20\00\21\03\20\02\21\04\20\03\20\04\6a\33\01\05"
  "\21\be\91\02\20\be\91\02\0b\1b\03\02\7f\b8\91\02\7b\01\7e\20\00\21\03\20\03\34\02\05\21\bd\91\02\20\bd\91\02\0b\22\03\03\7f\b8\91\02\7b\01\7e\20"
  "\00\21\03\20\02\21\04\20\03\20\04\6a\34\02\05\21\be\91\02\20\be\91\02\0b\1b\03\02\7f\b8\91\02\7b\01\7e\20\00\21\03\20\03\35\02\05\21\bd\91\02\20"
  "\bd\91\02\0b\22\03\03\7f\b8\91\02\7b\01\7e\20\00\21\03\20\02\21\04\20\03\20\04\6a\35\02\05\21\be\91\02\20\be\91\02\0b\26\03\03\7f\b8\91\02\7b\01"
  "\7f\20\00\21\03\20\01\21\05\20\00\21\be\91\02\20\be\91\02\20\05\36\02\03\20\03\29\03\03\0b\30\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04"
  "\20\01\21\06\20\00\21\bf\91\02\20\bf\91\02\20\04\6a\20\06\36\02\03\20\03\20\04\6a\29\03\03\0b\30\04\02\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\03\20"
  "\01\ac\42\83\80\80\80\10\7e\21\05\20\00\21\be\91\02\20\be\91\02\20\05\37\03\03\20\03\29\03\03\0b\3a\04\03\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\03"
  "\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06\20\00\21\bf\91\02\20\bf\91\02\20\04\6a\20\06\37\03\03\20\03\20\04\6a\29\03\03\0b\29\04\02\7f\01"
  "\7d\b8\91\02\7b\01\7f\20\00\21\03\20\01\b2\21\05\20\00\21\be\91\02\20\be\91\02\20\05\38\02\03\20\03\29\03\03\0b\33\04\03\7f\01\7d\b8\91\02\7b\01"
  "\7f\20\00\21\03\20\02\21\04\20\01\b2\21\06\20\00\21\bf\91\02\20\bf\91\02\20\04\6a\20\06\38\02\03\20\03\20\04\6a\29\03\03\0b\29\04\02\7f\01\7c\b8"
  "\91\02\7b\01\7f\20\00\21\03\20\01\b7\21\05\20\00\21\be\91\02\20\be\91\02\20\05\39\03\03\20\03\29\03\03\0b\33\04\03\7f\01\7c\b8\91\02\7b\01\7f\20"
  "\00\21\03\20\02\21\04\20\01\b7\21\06\20\00\21\bf\91\02\20\bf\91\02\20\04\6a\20\06\39\03\03\20\03\20\04\6a\29\03\03\0b\26\03\03\7f\b8\91\02\7b\01"
  "\7f\20\00\21\03\20\01\21\05\20\00\21\be\91\02\20\be\91\02\20\05\3a\00\03\20\03\29\03\03\0b\30\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04"
  "\20\01\21\06\20\00\21\bf\91\02\20\bf\91\02\20\04\6a\20\06\3a\00\03\20\03\20\04\6a\29\03\03\0b\26\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21"
  "\05\20\00\21\be\91\02\20\be\91\02\20\05\3b\01\03\20\03\29\03\03\0b\30\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\06\20\00\21\bf"
  "\91\02\20\bf\91\02\20\04\6a\20\06\3b\01\03\20\03\20\04\6a\29\03\03\0b\30\04\02\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\03\20\01\ac\42\83\80\80\80\10"
  "\7e\21\05\20\00\21\be\91\02\20\be\91\02\20\05\3c\00\03\20\03\29\03\03\0b\3a\04\03\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\ac\42"
  "\83\80\80\80\10\7e\21\06\20\00\21\bf\91\02\20\bf\91\02\20\04\6a\20\06\3c\00\03\20\03\20\04\6a\29\03\03\0b\30\04\02\7f\01\7e\b8\91\02\7b\01\7f\20"
  "\00\21\03\20\01\ac\42\83\80\80\80\10\7e\21\05\20\00\21\be\91\02\20\be\91\02\20\05\3d\01\03\20\03\29\03\03\0b\3a\04\03\7f\01\7e\b8\91\02\7b\01\7f"
  "\20\00\21\03\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06\20\00\21\bf\91\02\20\bf\91\02\20\04\6a\20\06\3d\01\03\20\03\20\04\6a\29\03\03\0b\30"
  "\04\02\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\03\20\01\ac\42\83\80\80\80\10\7e\21\05\20\00\21\be\91\02\20\be\91\02\20\05\3e\02\03\20\03\29\03\03\0b"
  "\3a\04\03\7f\01\7e\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06\20\00\21\bf\91\02\20\bf\91\02\20\04\6a\20\06\3e"
  "\02\03\20\03\20\04\6a\29\03\03\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\03\41\91\80\80\80\78\6a\21\bd\91\02\20\bd\91\02\ad\0b\20\03\02\7f"
  "\b8\91\02\7b\01\7f\20\01\21\03\20\03\41\91\80\80\80\78\6b\21\bd\91\02\20\bd\91\02\ad\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\03\41\91\80"
  "\80\80\78\6c\21\bd\91\02\20\bd\91\02\ad\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\03\41\91\80\80\80\78\71\21\bd\91\02\20\bd\91\02\ad\0b\20"
  "\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\03\41\91\80\80\80\78\72\21\bd\91\02\20\bd\91\02\ad\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\03"
  "\41\91\80\80\80\78\73\21\bd\91\02\20\bd\91\02\ad\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\03\41\91\80\80\80\78\74\21\bd\91\02\20\bd\91\02"
  "\ad\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\03\41\91\80\80\80\78\75\21\bd\91\02\20\bd\91\02\ad\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\01\21"
  "\03\20\03\41\91\80\80\80\78\76\21\bd\91\02\20\bd\91\02\ad\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\03\41\91\80\80\80\78\46\21\bd\91\02\20"
  "\bd\91\02\ad\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\03\41\91\80\80\80\78\47\21\bd\91\02\20\bd\91\02\ad\0b\20\03\02\7f\b8\91\02\7b\01\7f"
  "\20\01\21\03\20\03\41\91\80\80\80\78\49\21\bd\91\02\20\bd\91\02\ad\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\03\41\91\80\80\80\78\4b\21\bd"
  "\91\02\20\bd\91\02\ad\0b\23\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\6a\41\07\6b\21\be\91\02\20\be\91\02\ad\0b\29\04\01\7f"
  "\01\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\04\42\91\80\80\80\08\7c\21\bd\91\02\20\bd\91\02\0b\29\04\01\7f\01\7e\b8\91\02\7b"
  "\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\04\42\f0\e1\c3\87\0f\83\21\bd\91\02\20\bd\91\02\0b\32\03\03\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01"
  "\21\be\91\02\20\be\91\02\41\05\6a\21\bf\91\02\20\03\41\77\6a\21\05\20\bf\91\02\ad\42\20\86\20\05\ad\84\0b\23\03\03\7f\b8\91\02\7b\01\7f\20\01\21"
  "\03\20\02\21\04\20\03\41\03\74\20\04\6a\21\be\91\02\20\be\91\02\ad\0b\27\03\02\7f\b8\91\02\7b\02\7f\20\01\21\03\20\02\21\bd\91\02\20\03\41\03\74"
  "\20\bd\91\02\6a\21\be\91\02\20\be\91\02\ad\0b\1f\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\03\41\06\6a\28\02\02\21\bd\91\02\20\bd\91\02\ad\0b\1f"
  "\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\03\41\06\6a\2d\00\02\21\bd\91\02\20\bd\91\02\ad\0b\1d\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20"
  "\bc\91\02\21\bd\91\02\20\bd\91\02\ad\0b\20\03\01\7f\b8\91\02\7b\02\7f\20\00\21\bc\91\02\20\bc\91\02\28\02\05\21\bd\91\02\20\bd\91\02\ad\0b\27\03"
  "\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\28\02\05\21\be\91\02\20\be\91\02\ad\0b\21\04\01\7f\b8\91\02\7b\01\7f"
  "\01\7e\20\00\21\bc\91\02\20\bc\91\02\29\03\05\21\bd\91\02\20\bd\91\02\0b\28\04\02\7f\b8\91\02\7b\01\7f\01\7e\20\02\21\03\20\00\21\bd\91\02\20\bd"
  "\91\02\20\03\6a\29\03\05\21\be\91\02\20\be\91\02\0b\23\04\01\7f\b8\91\02\7b\01\7f\01\7d\20\00\21\bc\91\02\20\bc\91\02\2a\02\05\21\bd\91\02\20\bd"
  "\91\02\bc\ad\0b\2a\04\02\7f\b8\91\02\7b\01\7f\01\7d\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\2a\02\05\21\be\91\02\20\be\91\02\bc\ad\0b"
  "\22\04\01\7f\b8\91\02\7b\01\7f\01\7c\20\00\21\bc\91\02\20\bc\91\02\2b\03\05\21\bd\91\02\20\bd\91\02\bd\0b\29\04\02\7f\b8\91\02\7b\01\7f\01\7c\20"
  "\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\2b\03\05\21\be\91\02\20\be\91\02\bd\0b\20\03\01\7f\b8\91\02\7b\02\7f\20\00\21\bc\91\02\20\bc\91"
  "\02\2c\00\05\21\bd\91\02\20\bd\91\02\ad\0b\27\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\2c\00\05\21\be\91\02"
  "\20\be\91\02\ad\0b\20\03\01\7f\b8\91\02\7b\02\7f\20\00\21\bc\91\02\20\bc\91\02\2d\00\05\21\bd\91\02\20\bd\91\02\ad\0b\27\03\02\7f\b8\91\02\7b\02"
  "\7f\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\2d\00\05\21\be\91\02\20\be\91\02\ad\0b\20\03\01\7f\b8\91\02\7b\02\7f\20\00\21\bc\91\02\20"
  "\bc\91\02\2e\01\05\21\bd\91\02\20\bd\91\02\ad\0b\27\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\2e\01\05\21\be"
  "\91\02\20\be\91\02\ad\0b\20\03\01\7f\b8\91\02\7b\02\7f\20\00\21\bc\91\02\20\bc\91\02\2f\01\05\21\bd\91\02\20\bd\91\02\ad\0b\27\03\02\7f\b8\91\02"
  "\7b\02\7f\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\2f\01\05\21\be\91\02\20\be\91\02\ad\0b\21\04\01\7f\b8\91\02\7b\01\7f\01\7e\20\00\21"
  "\bc\91\02\20\bc\91\02\30\00\05\21\bd\91\02\20\bd\91\02\0b\28\04\02\7f\b8\91\02\7b\01\7f\01\7e\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a"
  "\30\00\05\21\be\91\02\20\be\91\02\0b\21\04\01\7f\b8\91\02\7b\01\7f\01\7e\20\00\21\bc\91\02\20\bc\91\02\31\00\05\21\bd\91\02\20\bd\91\02\0b\28\04"
  "\02\7f\b8\91\02\7b\01\7f\01\7e\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\31\00\05\21\be\91\02\20\be\91\02\0b\21\04\01\7f\b8\91\02\7b\01"
  "\7f\01\7e\20\00\21\bc\91\02\20\bc\91\02\32\01\05\21\bd\91\02\20\bd\91\02\0b\28\04\02\7f\b8\91\02\7b\01\7f\01\7e\20\02\21\03\20\00\21\bd\91\02\20"
  "\bd\91\02\20\03\6a\32\01\05\21\be\91\02\20\be\91\02\0b\21\04\01\7f\b8\91\02\7b\01\7f\01\7e\20\00\21\bc\91\02\20\bc\91\02\33\01\05\21\bd\91\02\20"
  "\bd\91\02\0b\28\04\02\7f\b8\91\02\7b\01\7f\01\7e\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\33\01\05\21\be\91\02\20\be\91\02\0b\21\04\01"
  "\7f\b8\91\02\7b\01\7f\01\7e\20\00\21\bc\91\02\20\bc\91\02\34\02\05\21\bd\91\02\20\bd\91\02\0b\28\04\02\7f\b8\91\02\7b\01\7f\01\7e\20\02\21\03\20"
  "\00\21\bd\91\02\20\bd\91\02\20\03\6a\34\02\05\21\be\91\02\20\be\91\02\0b\21\04\01\7f\b8\91\02\7b\01\7f\01\7e\20\00\21\bc\91\02\20\bc\91\02\35\02"
  "\05\21\bd\91\02\20\bd\91\02\0b\28\04\02\7f\b8\91\02\7b\01\7f\01\7e\20\02\21\03\20\00\21\bd\91\02\20\bd\91\02\20\03\6a\35\02\05\21\be\91\02\20\be"
  "\91\02\0b\2a\03\02\7f\b8\91\02\7b\02\7f\20\00\21\03\20\00\21\bd\91\02\20\01\21\be\91\02\20\bd\91\02\20\be\91\02\36\02\03\20\03\29\03\03\0b\38\03"
  "\04\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\06\20\00\21\bf\91\02\20\02\21\c0\91\02\20\bf\91\02\20\c0\91\02\6a\20\06\36\02\03\20\03"
  "\20\04\6a\29\03\03\0b\34\04\02\7f\b8\91\02\7b\01\7f\01\7e\20\00\21\03\20\00\21\bd\91\02\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\bd\91\02\20"
  "\be\91\02\37\03\03\20\03\29\03\03\0b\42\04\03\7f\01\7e\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06\20\00\21\bf"
  "\91\02\20\02\21\c0\91\02\20\bf\91\02\20\c0\91\02\6a\20\06\37\03\03\20\03\20\04\6a\29\03\03\0b\2d\04\02\7f\b8\91\02\7b\01\7f\01\7d\20\00\21\03\20"
  "\00\21\bd\91\02\20\01\b2\21\be\91\02\20\bd\91\02\20\be\91\02\38\02\03\20\03\29\03\03\0b\3b\04\03\7f\01\7d\b8\91\02\7b\02\7f\20\00\21\03\20\02\21"
  "\04\20\01\b2\21\06\20\00\21\bf\91\02\20\02\21\c0\91\02\20\bf\91\02\20\c0\91\02\6a\20\06\38\02\03\20\03\20\04\6a\29\03\03\0b\2d\04\02\7f\b8\91\02"
  "\7b\01\7f\01\7c\20\00\21\03\20\00\21\bd\91\02\20\01\b7\21\be\91\02\20\bd\91\02\20\be\91\02\39\03\03\20\03\29\03\03\0b\3b\04\03\7f\01\7c\b8\91\02"
  "\7b\02\7f\20\00\21\03\20\02\21\04\20\01\b7\21\06\20\00\21\bf\91\02\20\02\21\c0\91\02\20\bf\91\02\20\c0\91\02\6a\20\06\39\03\03\20\03\20\04\6a\29"
  "\03\03\0b\2a\03\02\7f\b8\91\02\7b\02\7f\20\00\21\03\20\00\21\bd\91\02\20\01\21\be\91\02\20\bd\91\02\20\be\91\02\3a\00\03\20\03\29\03\03\0b\38\03"
  "\04\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\06\20\00\21\bf\91\02\20\02\21\c0\91\02\20\bf\91\02\20\c0\91\02\6a\20\06\3a\00\03\20\03"
  "\20\04\6a\29\03\03\0b\2a\03\02\7f\b8\91\02\7b\02\7f\20\00\21\03\20\00\21\bd\91\02\20\01\21\be\91\02\20\bd\91\02\20\be\91\02\3b\01\03\20\03\29\03"
  "\03\0b\38\03\04\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\06\20\00\21\bf\91\02\20\02\21\c0\91\02\20\bf\91\02\20\c0\91\02\6a\20\06\3b"
  "\01\03\20\03\20\04\6a\29\03\03\0b\34\04\02\7f\b8\91\02\7b\01\7f\01\7e\20\00\21\03\20\00\21\bd\91\02\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20"
  "\bd\91\02\20\be\91\02\3c\00\03\20\03\29\03\03\0b\42\04\03\7f\01\7e\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06"
  "\20\00\21\bf\91\02\20\02\21\c0\91\02\20\bf\91\02\20\c0\91\02\6a\20\06\3c\00\03\20\03\20\04\6a\29\03\03\0b\34\04\02\7f\b8\91\02\7b\01\7f\01\7e\20"
  "\00\21\03\20\00\21\bd\91\02\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\bd\91\02\20\be\91\02\3d\01\03\20\03\29\03\03\0b\42\04\03\7f\01\7e\b8\91"
  "\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06\20\00\21\bf\91\02\20\02\21\c0\91\02\20\bf\91\02\20\c0\91\02\6a\20\06\3d"
  "\01\03\20\03\20\04\6a\29\03\03\0b\34\04\02\7f\b8\91\02\7b\01\7f\01\7e\20\00\21\03\20\00\21\bd\91\02\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20"
  "\bd\91\02\20\be\91\02\3e\02\03\20\03\29\03\03\0b\42\04\03\7f\01\7e\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\ac\42\83\80\80\80\10\7e\21\06"
  "\20\00\21\bf\91\02\20\02\21\c0\91\02\20\bf\91\02\20\c0\91\02\6a\20\06\3e\02\03\20\03\20\04\6a\29\03\03\0b\24\03\01\7f\b8\91\02\7b\02\7f\20\01\21"
  "\bc\91\02\20\bc\91\02\41\91\80\80\80\78\6a\21\bd\91\02\20\bd\91\02\ad\0b\24\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80"
  "\80\78\6b\21\bd\91\02\20\bd\91\02\ad\0b\24\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\6c\21\bd\91\02\20\bd\91\02"
  "\ad\0b\24\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\71\21\bd\91\02\20\bd\91\02\ad\0b\24\03\01\7f\b8\91\02\7b\02"
  "\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\72\21\bd\91\02\20\bd\91\02\ad\0b\24\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\bc\91\02"
  "\41\91\80\80\80\78\73\21\bd\91\02\20\bd\91\02\ad\0b\24\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\74\21\bd\91\02"
  "\20\bd\91\02\ad\0b\24\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\75\21\bd\91\02\20\bd\91\02\ad\0b\24\03\01\7f\b8"
  "\91\02\7b\02\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\76\21\bd\91\02\20\bd\91\02\ad\0b\24\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02"
  "\20\bc\91\02\41\91\80\80\80\78\46\21\bd\91\02\20\bd\91\02\ad\0b\24\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\47"
  "\21\bd\91\02\20\bd\91\02\ad\0b\24\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\49\21\bd\91\02\20\bd\91\02\ad\0b\24"
  "\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\bc\91\02\41\91\80\80\80\78\4b\21\bd\91\02\20\bd\91\02\ad\0b\27\03\02\7f\b8\91\02\7b\02\7f\20\02"
  "\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\6a\41\07\6b\21\be\91\02\20\be\91\02\ad\0b\2b\03\01\7f\b8\91\02\7b\02\7e\20\01\ac\42\83\80\80\80\10\7e"
  "\21\bd\91\02\20\bd\91\02\42\91\80\80\80\08\7c\21\bc\91\02\20\bc\91\02\0b\2b\03\01\7f\b8\91\02\7b\02\7e\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02"
  "\20\bd\91\02\42\f0\e1\c3\87\0f\83\21\bc\91\02\20\bc\91\02\0b\3a\03\01\7f\b8\91\02\7b\04\7f\20\01\21\bc\91\02\20\02\21\bd\91\02\20\bc\91\02\41\05"
  "\6a\21\be\91\02\20\bd\91\02\41\77\6a\21\bf\91\02\20\be\91\02\ad\42\20\86\20\bf\91\02\ad\84\0b\27\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21"
  "\bd\91\02\20\bd\91\02\41\03\74\20\03\6a\21\be\91\02\20\be\91\02\ad\0b\2b\03\01\7f\b8\91\02\7b\03\7f\20\01\21\bc\91\02\20\02\21\bd\91\02\20\bc\91"
  "\02\41\03\74\20\bd\91\02\6a\21\be\91\02\20\be\91\02\ad\0b\23\03\01\7f\b8\91\02\7b\02\7f\20\00\21\bc\91\02\20\bc\91\02\41\06\6a\28\02\02\21\bd\91"
  "\02\20\bd\91\02\ad\0b\23\03\01\7f\b8\91\02\7b\02\7f\20\00\21\bc\91\02\20\bc\91\02\41\06\6a\2d\00\02\21\bd\91\02\20\bd\91\02\ad\0b\1b\02\03\7f\b8"
  "\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\10\00\21\05\20\05\ad\0b\1c\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\05\20\05\21"
  "\04\20\04\0b\20\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\05\20\05\24\00\23\00\21\04\20\04\0b\0f\02\01\7f\b8\91\02\7b\41\05\21"
  "\03\20\03\ad\0b\10\03\01\7f\01\7e\b8\91\02\7b\42\05\21\04\20\04\0b\18\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\41\05\36\02\03\20\03\29\03\03\0b\18"
  "\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\41\05\3a\00\03\20\03\29\03\03\0b\18\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\42\05\37\03\03\20\03\29\03\03"
  "\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\05\46\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41"
  "\07\21\04\02\40\20\03\41\05\47\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\05\48\0d\00\41\09"
  "\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\05\49\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02"
  "\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\05\4a\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41"
  "\05\4b\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\05\4c\0d\00\41\09\21\04\0b\20\04\ad\0b\21"
  "\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\05\4d\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21"
  "\04\02\40\20\03\41\05\4e\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\05\4f\0d\00\41\09\21\04"
  "\0b\20\04\ad\0b\0f\02\01\7f\b8\91\02\7b\41\7d\21\03\20\03\ad\0b\10\03\01\7f\01\7e\b8\91\02\7b\42\7d\21\04\20\04\0b\18\02\02\7f\b8\91\02\7b\20\00"
  "\21\03\20\03\41\7d\36\02\03\20\03\29\03\03\0b\18\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\41\7d\3a\00\03\20\03\29\03\03\0b\1c\02\02\7f\b8\91\02\7b"
  "\20\00\21\03\20\03\42\fd\ff\ff\ff\0f\37\03\03\20\03\29\03\03\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\7d\46\0d\00\41\09"
  "\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\7d\47\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02"
  "\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\7d\48\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41"
  "\7d\49\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\7d\4a\0d\00\41\09\21\04\0b\20\04\ad\0b\21"
  "\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\7d\4b\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21"
  "\04\02\40\20\03\41\7d\4c\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\7d\4d\0d\00\41\09\21\04"
  "\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\7d\4e\0d\00\41\09\21\04\0b\20\04\ad\0b\21\02\02\7f\b8\91\02\7b\20"
  "\01\21\03\41\07\21\04\02\40\20\03\41\7d\4f\0d\00\41\09\21\04\0b\20\04\ad\0b\11\02\01\7f\b8\91\02\7b\41\ff\ff\01\21\03\20\03\ad\0b\12\03\01\7f\01"
  "\7e\b8\91\02\7b\42\ff\ff\01\21\04\20\04\0b\1a\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\41\ff\ff\01\36\02\03\20\03\29\03\03\0b\1a\02\02\7f\b8\91\02"
  "\7b\20\00\21\03\20\03\41\ff\ff\01\3a\00\03\20\03\29\03\03\0b\1a\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\42\ff\ff\01\37\03\03\20\03\29\03\03\0b\23"
  "\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\ff\ff\01\46\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41"
  "\07\21\04\02\40\20\03\41\ff\ff\01\47\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\ff\ff\01\48"
  "\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\ff\ff\01\49\0d\00\41\09\21\04\0b\20\04\ad\0b\23"
  "\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\ff\ff\01\4a\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41"
  "\07\21\04\02\40\20\03\41\ff\ff\01\4b\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\ff\ff\01\4c"
  "\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\ff\ff\01\4d\0d\00\41\09\21\04\0b\20\04\ad\0b\23"
  "\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\ff\ff\01\4e\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41"
  "\07\21\04\02\40\20\03\41\ff\ff\01\4f\0d\00\41\09\21\04\0b\20\04\ad\0b\11\02\01\7f\b8\91\02\7b\41\80\80\7e\21\03\20\03\ad\0b\12\03\01\7f\01\7e\b8"
  "\91\02\7b\42\80\80\7e\21\04\20\04\0b\1a\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\41\80\80\7e\36\02\03\20\03\29\03\03\0b\1a\02\02\7f\b8\91\02\7b\20"
  "\00\21\03\20\03\41\80\80\7e\3a\00\03\20\03\29\03\03\0b\1c\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\42\80\80\fe\ff\0f\37\03\03\20\03\29\03\03\0b\23"
  "\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\7e\46\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41"
  "\07\21\04\02\40\20\03\41\80\80\7e\47\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\7e\48"
  "\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\7e\49\0d\00\41\09\21\04\0b\20\04\ad\0b\23"
  "\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\7e\4a\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41"
  "\07\21\04\02\40\20\03\41\80\80\7e\4b\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\7e\4c"
  "\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\7e\4d\0d\00\41\09\21\04\0b\20\04\ad\0b\23"
  "\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\7e\4e\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41"
  "\07\21\04\02\40\20\03\41\80\80\7e\4f\0d\00\41\09\21\04\0b\20\04\ad\0b\11\02\01\7f\b8\91\02\7b\41\80\80\02\21\03\20\03\ad\0b\12\03\01\7f\01\7e\b8"
  "\91\02\7b\42\80\80\02\21\04\20\04\0b\1a\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\41\80\80\02\36\02\03\20\03\29\03\03\0b\1a\02\02\7f\b8\91\02\7b\20"
  "\00\21\03\20\03\41\80\80\02\3a\00\03\20\03\29\03\03\0b\1a\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\42\80\80\02\37\03\03\20\03\29\03\03\0b\23\02\02"
  "\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\02\46\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21"
  "\04\02\40\20\03\41\80\80\02\47\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\02\48\0d\00"
  "\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\02\49\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02"
  "\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\02\4a\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21"
  "\04\02\40\20\03\41\80\80\02\4b\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\02\4c\0d\00"
  "\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\02\4d\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02"
  "\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\80\80\02\4e\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21"
  "\04\02\40\20\03\41\80\80\02\4f\0d\00\41\09\21\04\0b\20\04\ad\0b\11\02\01\7f\b8\91\02\7b\41\c5\c6\04\21\03\20\03\ad\0b\12\03\01\7f\01\7e\b8\91\02"
  "\7b\42\c5\c6\04\21\04\20\04\0b\1a\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\41\c5\c6\04\36\02\03\20\03\29\03\03\0b\1a\02\02\7f\b8\91\02\7b\20\00\21"
  "\03\20\03\41\c5\c6\04\3a\00\03\20\03\29\03\03\0b\1a\02\02\7f\b8\91\02\7b\20\00\21\03\20\03\42\c5\c6\04\37\03\03\20\03\29\03\03\0b\23\02\02\7f\b8"
  "\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\c5\c6\04\46\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02"
  "\40\20\03\41\c5\c6\04\47\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\c5\c6\04\48\0d\00\41\09"
  "\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\c5\c6\04\49\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8"
  "\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\c5\c6\04\4a\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02"
  "\40\20\03\41\c5\c6\04\4b\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\c5\c6\04\4c\0d\00\41\09"
  "\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\c5\c6\04\4d\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8"
  "\91\02\7b\20\01\21\03\41\07\21\04\02\40\20\03\41\c5\c6\04\4e\0d\00\41\09\21\04\0b\20\04\ad\0b\23\02\02\7f\b8\91\02\7b\20\01\21\03\41\07\21\04\02"
  "\40\20\03\41\c5\c6\04\4f\0d\00\41\09\21\04\0b\20\04\ad\0b\17\02\02\7f\b8\91\02\7b\20\02\21\03\20\03\20\03\6b\45\21\04\20\04\ad\0b\14\02\02\7f\b8"
  "\91\02\7b\20\02\21\03\20\03\45\21\04\20\04\ad\0b\25\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\10\00\21\be\91\02"
  "\20\be\91\02\ad\0b\24\03\01\7f\b8\91\02\7b\02\7e\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\21\bc\91\02\20\bc\91\02\0b\28\03\01\7f\b8"
  "\91\02\7b\02\7e\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\24\00\23\00\21\bc\91\02\20\bc\91\02\0b\15\03\01\7f\b8\91\02\7b\01\7f\41\05"
  "\21\bc\91\02\20\bc\91\02\ad\0b\14\03\01\7f\b8\91\02\7b\01\7e\42\05\21\bc\91\02\20\bc\91\02\0b\22\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21"
  "\bd\91\02\20\bd\91\02\41\05\36\02\03\20\03\29\03\03\0b\22\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21\bd\91\02\20\bd\91\02\41\05\3a\00\03\20"
  "\03\29\03\03\0b\22\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21\bd\91\02\20\bd\91\02\42\05\37\03\03\20\03\29\03\03\0b\27\03\01\7f\b8\91\02\7b"
  "\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\05\46\0d\00\41\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02"
  "\41\07\21\03\02\40\20\bc\91\02\41\05\47\0d\00\41\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc"
  "\91\02\41\05\48\0d\00\41\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\05\49\0d\00\41"
  "\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\05\4a\0d\00\41\09\21\03\0b\20\03\ad\0b"
  "\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\05\4b\0d\00\41\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b"
  "\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\05\4c\0d\00\41\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02"
  "\41\07\21\03\02\40\20\bc\91\02\41\05\4d\0d\00\41\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc"
  "\91\02\41\05\4e\0d\00\41\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\05\4f\0d\00\41"
  "\09\21\03\0b\20\03\ad\0b\15\03\01\7f\b8\91\02\7b\01\7f\41\7d\21\bc\91\02\20\bc\91\02\ad\0b\14\03\01\7f\b8\91\02\7b\01\7e\42\7d\21\bc\91\02\20\bc"
  "\91\02\0b\22\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21\bd\91\02\20\bd\91\02\41\7d\36\02\03\20\03\29\03\03\0b\22\03\02\7f\b8\91\02\7b\01\7f"
  "\20\00\21\03\20\00\21\bd\91\02\20\bd\91\02\41\7d\3a\00\03\20\03\29\03\03\0b\26\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21\bd\91\02\20\bd\91"
  "\02\42\fd\ff\ff\ff\0f\37\03\03\20\03\29\03\03\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\7d\46\0d\00\41"
  "\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\7d\47\0d\00\41\09\21\03\0b\20\03\ad\0b"
  "\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\7d\48\0d\00\41\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b"
  "\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\7d\49\0d\00\41\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02"
  "\41\07\21\03\02\40\20\bc\91\02\41\7d\4a\0d\00\41\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc"
  "\91\02\41\7d\4b\0d\00\41\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\7d\4c\0d\00\41"
  "\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\7d\4d\0d\00\41\09\21\03\0b\20\03\ad\0b"
  "\27\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\7d\4e\0d\00\41\09\21\03\0b\20\03\ad\0b\27\03\01\7f\b8\91\02\7b"
  "\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\7d\4f\0d\00\41\09\21\03\0b\20\03\ad\0b\17\03\01\7f\b8\91\02\7b\01\7f\41\ff\ff\01\21\bc"
  "\91\02\20\bc\91\02\ad\0b\16\03\01\7f\b8\91\02\7b\01\7e\42\ff\ff\01\21\bc\91\02\20\bc\91\02\0b\24\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21"
  "\bd\91\02\20\bd\91\02\41\ff\ff\01\36\02\03\20\03\29\03\03\0b\24\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21\bd\91\02\20\bd\91\02\41\ff\ff\01"
  "\3a\00\03\20\03\29\03\03\0b\24\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21\bd\91\02\20\bd\91\02\42\ff\ff\01\37\03\03\20\03\29\03\03\0b\29\03"
  "\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\ff\ff\01\46\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b"
  "\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\ff\ff\01\47\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc"
  "\91\02\41\07\21\03\02\40\20\bc\91\02\41\ff\ff\01\48\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03"
  "\02\40\20\bc\91\02\41\ff\ff\01\49\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02"
  "\41\ff\ff\01\4a\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\ff\ff\01\4b\0d"
  "\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\ff\ff\01\4c\0d\00\41\09\21\03\0b"
  "\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\ff\ff\01\4d\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03"
  "\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\ff\ff\01\4e\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b"
  "\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\ff\ff\01\4f\0d\00\41\09\21\03\0b\20\03\ad\0b\17\03\01\7f\b8\91\02\7b\01\7f\41\80\80\7e"
  "\21\bc\91\02\20\bc\91\02\ad\0b\16\03\01\7f\b8\91\02\7b\01\7e\42\80\80\7e\21\bc\91\02\20\bc\91\02\0b\24\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20"
  "\00\21\bd\91\02\20\bd\91\02\41\80\80\7e\36\02\03\20\03\29\03\03\0b\24\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21\bd\91\02\20\bd\91\02\41\80"
  "\80\7e\3a\00\03\20\03\29\03\03\0b\26\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21\bd\91\02\20\bd\91\02\42\80\80\fe\ff\0f\37\03\03\20\03\29\03"
  "\03\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\7e\46\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f"
  "\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\7e\47\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f"
  "\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\7e\48\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02"
  "\41\07\21\03\02\40\20\bc\91\02\41\80\80\7e\49\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40"
  "\20\bc\91\02\41\80\80\7e\4a\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80"
  "\80\7e\4b\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\7e\4c\0d\00\41"
  "\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\7e\4d\0d\00\41\09\21\03\0b\20\03"
  "\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\7e\4e\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f"
  "\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\7e\4f\0d\00\41\09\21\03\0b\20\03\ad\0b\17\03\01\7f\b8\91\02\7b\01\7f"
  "\41\80\80\02\21\bc\91\02\20\bc\91\02\ad\0b\16\03\01\7f\b8\91\02\7b\01\7e\42\80\80\02\21\bc\91\02\20\bc\91\02\0b\24\03\02\7f\b8\91\02\7b\01\7f\20"
  "\00\21\03\20\00\21\bd\91\02\20\bd\91\02\41\80\80\02\36\02\03\20\03\29\03\03\0b\24\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21\bd\91\02\20\bd"
  "\91\02\41\80\80\02\3a\00\03\20\03\29\03\03\0b\24\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21\bd\91\02\20\bd\91\02\42\80\80\02\37\03\03\20\03"
  "\29\03\03\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\02\46\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03"
  "\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\02\47\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b"
  "\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\02\48\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc"
  "\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\02\49\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03"
  "\02\40\20\bc\91\02\41\80\80\02\4a\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02"
  "\41\80\80\02\4b\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\02\4c\0d"
  "\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\02\4d\0d\00\41\09\21\03\0b"
  "\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\02\4e\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03"
  "\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\80\80\02\4f\0d\00\41\09\21\03\0b\20\03\ad\0b\17\03\01\7f\b8\91\02\7b"
  "\01\7f\41\c5\c6\04\21\bc\91\02\20\bc\91\02\ad\0b\16\03\01\7f\b8\91\02\7b\01\7e\42\c5\c6\04\21\bc\91\02\20\bc\91\02\0b\24\03\02\7f\b8\91\02\7b\01"
  "\7f\20\00\21\03\20\00\21\bd\91\02\20\bd\91\02\41\c5\c6\04\36\02\03\20\03\29\03\03\0b\24\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21\bd\91\02"
  "\20\bd\91\02\41\c5\c6\04\3a\00\03\20\03\29\03\03\0b\24\03\02\7f\b8\91\02\7b\01\7f\20\00\21\03\20\00\21\bd\91\02\20\bd\91\02\42\c5\c6\04\37\03\03"
  "\20\03\29\03\03\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\c5\c6\04\46\0d\00\41\09\21\03\0b\20\03\ad\0b"
  "\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\c5\c6\04\47\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91"
  "\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\c5\c6\04\48\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01"
  "\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\c5\c6\04\49\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07"
  "\21\03\02\40\20\bc\91\02\41\c5\c6\04\4a\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc"
  "\91\02\41\c5\c6\04\4b\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\c5\c6\04"
  "\4c\0d\00\41\09\21\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\c5\c6\04\4d\0d\00\41\09\21"
  "\03\0b\20\03\ad\0b\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\c5\c6\04\4e\0d\00\41\09\21\03\0b\20\03\ad\0b"
  "\29\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02\41\07\21\03\02\40\20\bc\91\02\41\c5\c6\04\4f\0d\00\41\09\21\03\0b\20\03\ad\0b\1d\03\02\7f\b8\91"
  "\02\7b\01\7f\20\02\21\03\20\03\20\03\6b\45\21\bd\91\02\20\bd\91\02\ad\0b\1a\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\03\45\21\bd\91\02\20\bd\91"
  "\02\ad\0b\25\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\46\0d\00\41\09\21\05\0b\20\05\ad\0b\30\03\01\7f\02\7e\b8"
  "\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\41\07\21\03\02\40\20\04\20\05\51\0d\00\41\09\21\03\0b\20\03\ad\0b\31\02\04\7f\b8\91"
  "\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\06\20\03\46\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\31\02\04\7f"
  "\b8\91\02\7b\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\06\20\04\46\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\1a\02"
  "\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\46\21\05\20\05\ad\0b\25\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20"
  "\02\ad\21\05\20\04\20\05\51\21\03\20\03\ad\0b\25\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\47\0d\00\41\09\21\05"
  "\0b\20\05\ad\0b\30\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\41\07\21\03\02\40\20\04\20\05\52\0d\00\41\09\21"
  "\03\0b\20\03\ad\0b\31\02\04\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\06\20\03\47\0d\00\41\09\21\05\0b\20\06\ad"
  "\42\20\86\20\05\ad\84\0b\31\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\06\20\04\47\0d\00\41\09\21\05\0b\20"
  "\06\ad\42\20\86\20\05\ad\84\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\47\21\05\20\05\ad\0b\25\03\01\7f\02\7e\b8\91\02\7b\20"
  "\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\52\21\03\20\03\ad\0b\25\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02"
  "\40\20\03\20\04\48\0d\00\41\09\21\05\0b\20\05\ad\0b\30\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\41\07\21\03"
  "\02\40\20\04\20\05\53\0d\00\41\09\21\03\0b\20\03\ad\0b\31\02\04\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\06\20"
  "\03\48\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\31\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22"
  "\06\20\04\48\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\48\21\05\20\05\ad"
  "\0b\25\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\53\21\03\20\03\ad\0b\25\02\03\7f\b8\91\02\7b\20"
  "\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\49\0d\00\41\09\21\05\0b\20\05\ad\0b\30\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10"
  "\7e\21\04\20\02\ad\21\05\41\07\21\03\02\40\20\04\20\05\54\0d\00\41\09\21\03\0b\20\03\ad\0b\31\02\04\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07"
  "\21\05\02\40\20\03\20\04\6a\22\06\20\03\49\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\31\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04"
  "\41\07\21\05\02\40\20\03\28\02\04\22\06\20\04\49\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02"
  "\21\04\20\03\20\04\49\21\05\20\05\ad\0b\25\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\54\21\03\20"
  "\03\ad\0b\25\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\4a\0d\00\41\09\21\05\0b\20\05\ad\0b\30\03\01\7f\02\7e\b8"
  "\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\41\07\21\03\02\40\20\04\20\05\55\0d\00\41\09\21\03\0b\20\03\ad\0b\31\02\04\7f\b8\91"
  "\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\06\20\03\4a\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\31\02\04\7f"
  "\b8\91\02\7b\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\06\20\04\4a\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\1a\02"
  "\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\4a\21\05\20\05\ad\0b\25\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20"
  "\02\ad\21\05\20\04\20\05\55\21\03\20\03\ad\0b\25\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\4b\0d\00\41\09\21\05"
  "\0b\20\05\ad\0b\30\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\41\07\21\03\02\40\20\04\20\05\56\0d\00\41\09\21"
  "\03\0b\20\03\ad\0b\31\02\04\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\06\20\03\4b\0d\00\41\09\21\05\0b\20\06\ad"
  "\42\20\86\20\05\ad\84\0b\31\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\06\20\04\4b\0d\00\41\09\21\05\0b\20"
  "\06\ad\42\20\86\20\05\ad\84\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\4b\21\05\20\05\ad\0b\25\03\01\7f\02\7e\b8\91\02\7b\20"
  "\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\56\21\03\20\03\ad\0b\25\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02"
  "\40\20\03\20\04\4c\0d\00\41\09\21\05\0b\20\05\ad\0b\30\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\41\07\21\03"
  "\02\40\20\04\20\05\57\0d\00\41\09\21\03\0b\20\03\ad\0b\31\02\04\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\06\20"
  "\03\4c\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\31\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22"
  "\06\20\04\4c\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\4c\21\05\20\05\ad"
  "\0b\25\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\57\21\03\20\03\ad\0b\25\02\03\7f\b8\91\02\7b\20"
  "\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\4d\0d\00\41\09\21\05\0b\20\05\ad\0b\30\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10"
  "\7e\21\04\20\02\ad\21\05\41\07\21\03\02\40\20\04\20\05\58\0d\00\41\09\21\03\0b\20\03\ad\0b\31\02\04\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07"
  "\21\05\02\40\20\03\20\04\6a\22\06\20\03\4d\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\31\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04"
  "\41\07\21\05\02\40\20\03\28\02\04\22\06\20\04\4d\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02"
  "\21\04\20\03\20\04\4d\21\05\20\05\ad\0b\25\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\58\21\03\20"
  "\03\ad\0b\25\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\4e\0d\00\41\09\21\05\0b\20\05\ad\0b\30\03\01\7f\02\7e\b8"
  "\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\41\07\21\03\02\40\20\04\20\05\59\0d\00\41\09\21\03\0b\20\03\ad\0b\31\02\04\7f\b8\91"
  "\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\06\20\03\4e\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\31\02\04\7f"
  "\b8\91\02\7b\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\06\20\04\4e\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\1a\02"
  "\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\4e\21\05\20\05\ad\0b\25\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20"
  "\02\ad\21\05\20\04\20\05\59\21\03\20\03\ad\0b\25\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\4f\0d\00\41\09\21\05"
  "\0b\20\05\ad\0b\30\03\01\7f\02\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\41\07\21\03\02\40\20\04\20\05\5a\0d\00\41\09\21"
  "\03\0b\20\03\ad\0b\31\02\04\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\06\20\03\4f\0d\00\41\09\21\05\0b\20\06\ad"
  "\42\20\86\20\05\ad\84\0b\31\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\06\20\04\4f\0d\00\41\09\21\05\0b\20"
  "\06\ad\42\20\86\20\05\ad\84\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\4f\21\05\20\05\ad\0b\25\03\01\7f\02\7e\b8\91\02\7b\20"
  "\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\5a\21\03\20\03\ad\0b\2e\02\04\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02"
  "\40\20\03\20\04\6a\22\06\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\2f\02\04\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\41\07\21\05\02\40"
  "\20\03\20\04\6a\22\06\45\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\6a\21"
  "\05\20\05\ad\0b\24\03\01\7f\03\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\05\20\02\ad\21\06\20\05\20\06\7c\21\04\20\04\0b\1a\02\03\7f\b8\91"
  "\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\6b\21\05\20\05\ad\0b\24\03\01\7f\03\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\05\20\02\ad\21\06"
  "\20\05\20\06\7d\21\04\20\04\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\6c\21\05\20\05\ad\0b\24\03\01\7f\03\7e\b8\91\02\7b\20"
  "\01\ac\42\83\80\80\80\10\7e\21\05\20\02\ad\21\06\20\05\20\06\7e\21\04\20\04\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\71\21"
  "\05\20\05\ad\0b\24\03\01\7f\03\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\05\20\02\ad\21\06\20\05\20\06\83\21\04\20\04\0b\1a\02\03\7f\b8\91"
  "\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\72\21\05\20\05\ad\0b\24\03\01\7f\03\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\05\20\02\ad\21\06"
  "\20\05\20\06\84\21\04\20\04\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\73\21\05\20\05\ad\0b\24\03\01\7f\03\7e\b8\91\02\7b\20"
  "\01\ac\42\83\80\80\80\10\7e\21\05\20\02\ad\21\06\20\05\20\06\85\21\04\20\04\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\74\21"
  "\05\20\05\ad\0b\24\03\01\7f\03\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\05\20\02\ad\21\06\20\05\20\06\86\21\04\20\04\0b\1a\02\03\7f\b8\91"
  "\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\75\21\05\20\05\ad\0b\24\03\01\7f\03\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\05\20\02\ad\21\06"
  "\20\05\20\06\87\21\04\20\04\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\76\21\05\20\05\ad\0b\24\03\01\7f\03\7e\b8\91\02\7b\20"
  "\01\ac\42\83\80\80\80\10\7e\21\05\20\02\ad\21\06\20\05\20\06\88\21\04\20\04\0b\1a\02\03\7f\b8\91\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\77\21"
  "\05\20\05\ad\0b\24\03\01\7f\03\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\05\20\02\ad\21\06\20\05\20\06\89\21\04\20\04\0b\1a\02\03\7f\b8\91"
  "\02\7b\20\01\21\03\20\02\21\04\20\03\20\04\78\21\05\20\05\ad\0b\24\03\01\7f\03\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\05\20\02\ad\21\06"
  "\20\05\20\06\8a\21\04\20\04\0b\20\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\20\03\1b\21\06\20\06\ad\0b\23\02\04\7f\b8"
  "\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\20\03\20\03\6b\1b\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20"
  "\02\21\05\20\04\20\05\77\20\03\73\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\77\20\03\6a\21\06\20"
  "\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\77\20\03\71\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21"
  "\03\20\01\21\04\20\02\21\05\20\04\20\05\77\20\03\72\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\76"
  "\20\03\73\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\76\20\03\6a\21\06\20\06\ad\0b\21\02\04\7f\b8"
  "\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\76\20\03\71\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21"
  "\05\20\04\20\05\76\20\03\72\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\74\20\03\73\21\06\20\06\ad"
  "\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\74\20\03\6a\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20"
  "\01\21\04\20\02\21\05\20\04\20\05\74\20\03\71\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\74\20\03"
  "\72\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\73\20\03\73\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02"
  "\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\73\20\03\6a\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20"
  "\04\20\05\73\20\03\71\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\73\20\03\72\21\06\20\06\ad\0b\21"
  "\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\71\20\03\73\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21"
  "\04\20\02\21\05\20\04\20\05\71\20\03\6a\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\71\20\03\71\21"
  "\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\71\20\03\72\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20"
  "\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\6a\20\03\73\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20"
  "\05\6a\20\03\6a\21\06\20\06\ad\0b\21\02\04\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\6a\20\03\71\21\06\20\06\ad\0b\21\02\04"
  "\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\6a\20\03\72\21\06\20\06\ad\0b\2c\02\05\7f\b8\91\02\7b\20\00\21\03\20\01\21\04\20"
  "\02\21\05\20\04\20\05\6a\21\06\20\03\20\04\6a\21\07\20\06\ad\42\20\86\20\07\ad\84\0b\1a\02\02\7f\b8\91\02\7b\20\01\21\03\20\03\41\05\76\41\ff\07"
  "\71\21\04\20\04\ad\0b\1e\03\01\7f\01\7e\b8\91\02\7b\20\01\ac\42\83\80\80\80\10\7e\21\04\20\04\a7\21\03\20\03\ad\0b\1e\03\01\7f\01\7e\b8\91\02\7b"
  "\20\01\ac\42\83\80\80\80\10\7e\21\04\20\04\50\21\03\20\03\ad\0b\15\03\02\7f\01\7e\b8\91\02\7b\20\01\21\03\20\03\ac\21\05\20\05\0b\15\03\02\7f\01"
  "\7e\b8\91\02\7b\20\01\21\03\20\03\ad\21\05\20\05\0b\2b\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\bd\91\02\41\07\21\04\02\40\20\03\20\bd\91"
  "\02\46\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\bd\91\02\41\07\21\03"
  "\02\40\20\04\20\bd\91\02\51\0d\00\41\09\21\03\0b\20\03\ad\0b\3b\03\04\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\01\21\bf\91\02\41\07\21\05"
  "\02\40\20\bf\91\02\20\04\6a\22\06\20\03\46\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\00"
  "\21\be\91\02\41\07\21\04\02\40\20\be\91\02\28\02\04\22\05\20\03\46\0d\00\41\09\21\04\0b\20\05\ad\42\20\86\20\04\ad\84\0b\20\03\02\7f\b8\91\02\7b"
  "\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\46\21\04\20\04\ad\0b\2b\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80"
  "\80\80\10\7e\21\bd\91\02\20\bd\91\02\20\04\51\21\03\20\03\ad\0b\2b\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\bd\91\02\41\07\21\04\02\40\20"
  "\03\20\bd\91\02\47\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\bd\91\02"
  "\41\07\21\03\02\40\20\04\20\bd\91\02\52\0d\00\41\09\21\03\0b\20\03\ad\0b\3b\03\04\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\01\21\bf\91\02"
  "\41\07\21\05\02\40\20\bf\91\02\20\04\6a\22\06\20\03\47\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01"
  "\21\03\20\00\21\be\91\02\41\07\21\04\02\40\20\be\91\02\28\02\04\22\05\20\03\47\0d\00\41\09\21\04\0b\20\05\ad\42\20\86\20\04\ad\84\0b\20\03\02\7f"
  "\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\47\21\04\20\04\ad\0b\2b\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01"
  "\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\20\04\52\21\03\20\03\ad\0b\2b\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\bd\91\02\41\07\21"
  "\04\02\40\20\03\20\bd\91\02\48\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad"
  "\21\bd\91\02\41\07\21\03\02\40\20\04\20\bd\91\02\53\0d\00\41\09\21\03\0b\20\03\ad\0b\3b\03\04\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\01"
  "\21\bf\91\02\41\07\21\05\02\40\20\bf\91\02\20\04\6a\22\06\20\03\48\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b"
  "\01\7f\20\01\21\03\20\00\21\be\91\02\41\07\21\04\02\40\20\be\91\02\28\02\04\22\05\20\03\48\0d\00\41\09\21\04\0b\20\05\ad\42\20\86\20\04\ad\84\0b"
  "\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\48\21\04\20\04\ad\0b\2b\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\02\ad"
  "\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\20\04\53\21\03\20\03\ad\0b\2b\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\bd\91"
  "\02\41\07\21\04\02\40\20\03\20\bd\91\02\49\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21"
  "\04\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\04\20\bd\91\02\54\0d\00\41\09\21\03\0b\20\03\ad\0b\3b\03\04\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02"
  "\21\04\20\01\21\bf\91\02\41\07\21\05\02\40\20\bf\91\02\20\04\6a\22\06\20\03\49\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f"
  "\b8\91\02\7b\01\7f\20\01\21\03\20\00\21\be\91\02\41\07\21\04\02\40\20\be\91\02\28\02\04\22\05\20\03\49\0d\00\41\09\21\04\0b\20\05\ad\42\20\86\20"
  "\04\ad\84\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\49\21\04\20\04\ad\0b\2b\04\01\7f\01\7e\b8\91\02\7b\01"
  "\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\20\04\54\21\03\20\03\ad\0b\2b\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20"
  "\02\21\bd\91\02\41\07\21\04\02\40\20\03\20\bd\91\02\4a\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80"
  "\80\10\7e\21\04\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\04\20\bd\91\02\55\0d\00\41\09\21\03\0b\20\03\ad\0b\3b\03\04\7f\b8\91\02\7b\01\7f\20\01"
  "\21\03\20\02\21\04\20\01\21\bf\91\02\41\07\21\05\02\40\20\bf\91\02\20\04\6a\22\06\20\03\4a\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b"
  "\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\00\21\be\91\02\41\07\21\04\02\40\20\be\91\02\28\02\04\22\05\20\03\4a\0d\00\41\09\21\04\0b\20\05\ad"
  "\42\20\86\20\04\ad\84\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\4a\21\04\20\04\ad\0b\2b\04\01\7f\01\7e\b8"
  "\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\20\04\55\21\03\20\03\ad\0b\2b\03\02\7f\b8\91\02\7b\01\7f\20"
  "\01\21\03\20\02\21\bd\91\02\41\07\21\04\02\40\20\03\20\bd\91\02\4b\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\01\ac"
  "\42\83\80\80\80\10\7e\21\04\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\04\20\bd\91\02\56\0d\00\41\09\21\03\0b\20\03\ad\0b\3b\03\04\7f\b8\91\02\7b"
  "\01\7f\20\01\21\03\20\02\21\04\20\01\21\bf\91\02\41\07\21\05\02\40\20\bf\91\02\20\04\6a\22\06\20\03\4b\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20"
  "\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\00\21\be\91\02\41\07\21\04\02\40\20\be\91\02\28\02\04\22\05\20\03\4b\0d\00\41\09\21\04"
  "\0b\20\05\ad\42\20\86\20\04\ad\84\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\4b\21\04\20\04\ad\0b\2b\04\01"
  "\7f\01\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\20\04\56\21\03\20\03\ad\0b\2b\03\02\7f\b8\91\02"
  "\7b\01\7f\20\01\21\03\20\02\21\bd\91\02\41\07\21\04\02\40\20\03\20\bd\91\02\4c\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01\7e\b8\91\02\7b\01"
  "\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\04\20\bd\91\02\57\0d\00\41\09\21\03\0b\20\03\ad\0b\3b\03\04\7f"
  "\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\01\21\bf\91\02\41\07\21\05\02\40\20\bf\91\02\20\04\6a\22\06\20\03\4c\0d\00\41\09\21\05\0b\20\06\ad"
  "\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\00\21\be\91\02\41\07\21\04\02\40\20\be\91\02\28\02\04\22\05\20\03\4c\0d\00"
  "\41\09\21\04\0b\20\05\ad\42\20\86\20\04\ad\84\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\4c\21\04\20\04\ad"
  "\0b\2b\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\20\04\57\21\03\20\03\ad\0b\2b\03\02"
  "\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\bd\91\02\41\07\21\04\02\40\20\03\20\bd\91\02\4d\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01\7e\b8"
  "\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\04\20\bd\91\02\58\0d\00\41\09\21\03\0b\20\03\ad\0b"
  "\3b\03\04\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\01\21\bf\91\02\41\07\21\05\02\40\20\bf\91\02\20\04\6a\22\06\20\03\4d\0d\00\41\09\21\05"
  "\0b\20\06\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\00\21\be\91\02\41\07\21\04\02\40\20\be\91\02\28\02\04\22\05\20"
  "\03\4d\0d\00\41\09\21\04\0b\20\05\ad\42\20\86\20\04\ad\84\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\4d\21"
  "\04\20\04\ad\0b\2b\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\20\04\58\21\03\20\03\ad"
  "\0b\2b\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\bd\91\02\41\07\21\04\02\40\20\03\20\bd\91\02\4e\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01"
  "\7f\01\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\04\20\bd\91\02\59\0d\00\41\09\21\03\0b"
  "\20\03\ad\0b\3b\03\04\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\01\21\bf\91\02\41\07\21\05\02\40\20\bf\91\02\20\04\6a\22\06\20\03\4e\0d\00"
  "\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\00\21\be\91\02\41\07\21\04\02\40\20\be\91\02\28\02"
  "\04\22\05\20\03\4e\0d\00\41\09\21\04\0b\20\05\ad\42\20\86\20\04\ad\84\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02"
  "\20\03\4e\21\04\20\04\ad\0b\2b\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\20\04\59\21"
  "\03\20\03\ad\0b\2b\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\bd\91\02\41\07\21\04\02\40\20\03\20\bd\91\02\4f\0d\00\41\09\21\04\0b\20\04\ad"
  "\0b\36\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\04\20\bd\91\02\5a\0d\00\41"
  "\09\21\03\0b\20\03\ad\0b\3b\03\04\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\01\21\bf\91\02\41\07\21\05\02\40\20\bf\91\02\20\04\6a\22\06\20"
  "\03\4f\0d\00\41\09\21\05\0b\20\06\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\00\21\be\91\02\41\07\21\04\02\40\20\be"
  "\91\02\28\02\04\22\05\20\03\4f\0d\00\41\09\21\04\0b\20\05\ad\42\20\86\20\04\ad\84\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02"
  "\20\bd\91\02\20\03\4f\21\04\20\04\ad\0b\2b\04\01\7f\01\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02"
  "\20\04\5a\21\03\20\03\ad\0b\34\03\03\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\be\91\02\41\07\21\04\02\40\20\be\91\02\20\03\6a\22\05\0d\00\41\09"
  "\21\04\0b\20\05\ad\42\20\86\20\04\ad\84\0b\35\03\03\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\be\91\02\41\07\21\04\02\40\20\be\91\02\20\03\6a\22"
  "\05\45\0d\00\41\09\21\04\0b\20\05\ad\42\20\86\20\04\ad\84\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\6a\21"
  "\04\20\04\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\02\ad\21\05\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\05\7c\21\04\20\04\0b"
  "\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\6b\21\04\20\04\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\02\ad"
  "\21\05\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\05\7d\21\04\20\04\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02"
  "\20\bd\91\02\20\03\6c\21\04\20\04\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\02\ad\21\05\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02"
  "\20\05\7e\21\04\20\04\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\71\21\04\20\04\ad\0b\2a\04\01\7f\02\7e\b8"
  "\91\02\7b\01\7e\20\02\ad\21\05\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\05\83\21\04\20\04\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02"
  "\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\72\21\04\20\04\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\02\ad\21\05\20\01\ac\42\83\80\80\80\10\7e"
  "\21\be\91\02\20\be\91\02\20\05\84\21\04\20\04\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\73\21\04\20\04\ad"
  "\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\02\ad\21\05\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\05\85\21\04\20\04\0b\20\03\02\7f"
  "\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\74\21\04\20\04\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\02\ad\21\05\20\01"
  "\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\05\86\21\04\20\04\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02"
  "\20\03\75\21\04\20\04\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\02\ad\21\05\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\05\87\21"
  "\04\20\04\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\76\21\04\20\04\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01"
  "\7e\20\02\ad\21\05\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\05\88\21\04\20\04\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01"
  "\21\bd\91\02\20\bd\91\02\20\03\77\21\04\20\04\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\02\ad\21\05\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02"
  "\20\be\91\02\20\05\89\21\04\20\04\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\78\21\04\20\04\ad\0b\2a\04\01"
  "\7f\02\7e\b8\91\02\7b\01\7e\20\02\ad\21\05\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\05\8a\21\04\20\04\0b\26\03\03\7f\b8\91\02\7b"
  "\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\20\03\1b\21\05\20\05\ad\0b\29\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21"
  "\04\20\01\21\be\91\02\20\be\91\02\20\04\20\03\20\03\6b\1b\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91"
  "\02\20\be\91\02\20\04\77\20\03\73\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\77"
  "\20\03\6a\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\77\20\03\71\21\05\20\05\ad"
  "\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\77\20\03\72\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02"
  "\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\76\20\03\73\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20"
  "\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\76\20\03\6a\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91"
  "\02\20\be\91\02\20\04\76\20\03\71\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\76"
  "\20\03\72\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\74\20\03\73\21\05\20\05\ad"
  "\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\74\20\03\6a\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02"
  "\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\74\20\03\71\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20"
  "\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\74\20\03\72\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91"
  "\02\20\be\91\02\20\04\73\20\03\73\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\73"
  "\20\03\6a\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\73\20\03\71\21\05\20\05\ad"
  "\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\73\20\03\72\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02"
  "\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\71\20\03\73\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20"
  "\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\71\20\03\6a\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91"
  "\02\20\be\91\02\20\04\71\20\03\71\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\71"
  "\20\03\72\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\6a\20\03\73\21\05\20\05\ad"
  "\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\6a\20\03\6a\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02"
  "\7b\01\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\6a\20\03\71\21\05\20\05\ad\0b\27\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20"
  "\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\6a\20\03\72\21\05\20\05\ad\0b\36\03\03\7f\b8\91\02\7b\02\7f\20\01\21\03\20\02\21\04\20\00\21\be\91"
  "\02\20\03\20\04\6a\21\05\20\be\91\02\20\03\6a\21\bf\91\02\20\05\ad\42\20\86\20\bf\91\02\ad\84\0b\20\03\01\7f\b8\91\02\7b\01\7f\20\01\21\bc\91\02"
  "\20\bc\91\02\41\05\76\41\ff\07\71\21\03\20\03\ad\0b\22\03\01\7f\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\bc\91\02\20\bc\91\02\a7\21\03"
  "\20\03\ad\0b\22\03\01\7f\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\bc\91\02\20\bc\91\02\50\21\03\20\03\ad\0b\1b\04\01\7f\01\7e\b8\91\02"
  "\7b\01\7f\20\01\21\bd\91\02\20\bd\91\02\ac\21\04\20\04\0b\1b\04\01\7f\01\7e\b8\91\02\7b\01\7f\20\01\21\bd\91\02\20\bd\91\02\ad\21\04\20\04\0b\2b"
  "\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\20\03\46\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01"
  "\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\41\07\21\03\02\40\20\bd\91\02\20\04\51\0d\00\41\09\21\03\0b\20\03"
  "\ad\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\be\91\02\20\03\46\0d\00\41\09\21\05\0b\20\be\91"
  "\02\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\be\91\02\20\04\46\0d\00"
  "\41\09\21\05\0b\20\be\91\02\ad\42\20\86\20\05\ad\84\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\46\21\be\91\02\20\be\91"
  "\02\ad\0b\2b\04\01\7f\02\7e\b8\91\02\7b\01\7f\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\51\21\be\91\02\20\be\91\02\ad\0b\2b"
  "\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\20\03\47\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01"
  "\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\41\07\21\03\02\40\20\bd\91\02\20\04\52\0d\00\41\09\21\03\0b\20\03"
  "\ad\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\be\91\02\20\03\47\0d\00\41\09\21\05\0b\20\be\91"
  "\02\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\be\91\02\20\04\47\0d\00"
  "\41\09\21\05\0b\20\be\91\02\ad\42\20\86\20\05\ad\84\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\47\21\be\91\02\20\be\91"
  "\02\ad\0b\2b\04\01\7f\02\7e\b8\91\02\7b\01\7f\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\52\21\be\91\02\20\be\91\02\ad\0b\2b"
  "\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\20\03\48\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01"
  "\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\41\07\21\03\02\40\20\bd\91\02\20\04\53\0d\00\41\09\21\03\0b\20\03"
  "\ad\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\be\91\02\20\03\48\0d\00\41\09\21\05\0b\20\be\91"
  "\02\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\be\91\02\20\04\48\0d\00"
  "\41\09\21\05\0b\20\be\91\02\ad\42\20\86\20\05\ad\84\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\48\21\be\91\02\20\be\91"
  "\02\ad\0b\2b\04\01\7f\02\7e\b8\91\02\7b\01\7f\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\53\21\be\91\02\20\be\91\02\ad\0b\2b"
  "\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\20\03\49\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01"
  "\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\41\07\21\03\02\40\20\bd\91\02\20\04\54\0d\00\41\09\21\03\0b\20\03"
  "\ad\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\be\91\02\20\03\49\0d\00\41\09\21\05\0b\20\be\91"
  "\02\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\be\91\02\20\04\49\0d\00"
  "\41\09\21\05\0b\20\be\91\02\ad\42\20\86\20\05\ad\84\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\49\21\be\91\02\20\be\91"
  "\02\ad\0b\2b\04\01\7f\02\7e\b8\91\02\7b\01\7f\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\54\21\be\91\02\20\be\91\02\ad\0b\2b"
  "\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\20\03\4a\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01"
  "\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\41\07\21\03\02\40\20\bd\91\02\20\04\55\0d\00\41\09\21\03\0b\20\03"
  "\ad\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\be\91\02\20\03\4a\0d\00\41\09\21\05\0b\20\be\91"
  "\02\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\be\91\02\20\04\4a\0d\00"
  "\41\09\21\05\0b\20\be\91\02\ad\42\20\86\20\05\ad\84\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\4a\21\be\91\02\20\be\91"
  "\02\ad\0b\2b\04\01\7f\02\7e\b8\91\02\7b\01\7f\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\55\21\be\91\02\20\be\91\02\ad\0b\2b"
  "\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\20\03\4b\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01"
  "\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\41\07\21\03\02\40\20\bd\91\02\20\04\56\0d\00\41\09\21\03\0b\20\03"
  "\ad\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\be\91\02\20\03\4b\0d\00\41\09\21\05\0b\20\be\91"
  "\02\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\be\91\02\20\04\4b\0d\00"
  "\41\09\21\05\0b\20\be\91\02\ad\42\20\86\20\05\ad\84\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\4b\21\be\91\02\20\be\91"
  "\02\ad\0b\2b\04\01\7f\02\7e\b8\91\02\7b\01\7f\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\56\21\be\91\02\20\be\91\02\ad\0b\2b"
  "\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\20\03\4c\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01"
  "\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\41\07\21\03\02\40\20\bd\91\02\20\04\57\0d\00\41\09\21\03\0b\20\03"
  "\ad\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\be\91\02\20\03\4c\0d\00\41\09\21\05\0b\20\be\91"
  "\02\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\be\91\02\20\04\4c\0d\00"
  "\41\09\21\05\0b\20\be\91\02\ad\42\20\86\20\05\ad\84\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\4c\21\be\91\02\20\be\91"
  "\02\ad\0b\2b\04\01\7f\02\7e\b8\91\02\7b\01\7f\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\57\21\be\91\02\20\be\91\02\ad\0b\2b"
  "\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\20\03\4d\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01"
  "\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\41\07\21\03\02\40\20\bd\91\02\20\04\58\0d\00\41\09\21\03\0b\20\03"
  "\ad\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\be\91\02\20\03\4d\0d\00\41\09\21\05\0b\20\be\91"
  "\02\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\be\91\02\20\04\4d\0d\00"
  "\41\09\21\05\0b\20\be\91\02\ad\42\20\86\20\05\ad\84\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\4d\21\be\91\02\20\be\91"
  "\02\ad\0b\2b\04\01\7f\02\7e\b8\91\02\7b\01\7f\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\58\21\be\91\02\20\be\91\02\ad\0b\2b"
  "\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\20\03\4e\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01"
  "\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\41\07\21\03\02\40\20\bd\91\02\20\04\59\0d\00\41\09\21\03\0b\20\03"
  "\ad\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\be\91\02\20\03\4e\0d\00\41\09\21\05\0b\20\be\91"
  "\02\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\be\91\02\20\04\4e\0d\00"
  "\41\09\21\05\0b\20\be\91\02\ad\42\20\86\20\05\ad\84\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\4e\21\be\91\02\20\be\91"
  "\02\ad\0b\2b\04\01\7f\02\7e\b8\91\02\7b\01\7f\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\59\21\be\91\02\20\be\91\02\ad\0b\2b"
  "\03\02\7f\b8\91\02\7b\01\7f\20\02\21\03\20\01\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\20\03\4f\0d\00\41\09\21\04\0b\20\04\ad\0b\36\04\01\7f\01"
  "\7e\b8\91\02\7b\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\41\07\21\03\02\40\20\bd\91\02\20\04\5a\0d\00\41\09\21\03\0b\20\03"
  "\ad\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\be\91\02\20\03\4f\0d\00\41\09\21\05\0b\20\be\91"
  "\02\ad\42\20\86\20\05\ad\84\0b\37\03\03\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\41\07\21\05\02\40\20\03\28\02\04\22\be\91\02\20\04\4f\0d\00"
  "\41\09\21\05\0b\20\be\91\02\ad\42\20\86\20\05\ad\84\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\4f\21\be\91\02\20\be\91"
  "\02\ad\0b\2b\04\01\7f\02\7e\b8\91\02\7b\01\7f\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\5a\21\be\91\02\20\be\91\02\ad\0b\34"
  "\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\be\91\02\0d\00\41\09\21\05\0b\20\be\91\02\ad\42\20\86\20"
  "\05\ad\84\0b\35\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\41\07\21\05\02\40\20\03\20\04\6a\22\be\91\02\45\0d\00\41\09\21\05\0b\20\be\91"
  "\02\ad\42\20\86\20\05\ad\84\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\6a\21\be\91\02\20\be\91\02\ad\0b\2a\04\01\7f\02"
  "\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\7c\21\be\91\02\20\be\91\02\0b\20\03\03\7f\b8\91\02\7b\01\7f"
  "\20\01\21\03\20\02\21\04\20\03\20\04\6b\21\be\91\02\20\be\91\02\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20"
  "\02\ad\21\05\20\04\20\05\7d\21\be\91\02\20\be\91\02\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\6c\21\be\91\02\20\be\91"
  "\02\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\7e\21\be\91\02\20\be\91\02\0b\20\03"
  "\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\71\21\be\91\02\20\be\91\02\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\01\ac\42\83"
  "\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\83\21\be\91\02\20\be\91\02\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04"
  "\72\21\be\91\02\20\be\91\02\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\84\21\be\91"
  "\02\20\be\91\02\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\73\21\be\91\02\20\be\91\02\ad\0b\2a\04\01\7f\02\7e\b8\91\02"
  "\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\85\21\be\91\02\20\be\91\02\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03"
  "\20\02\21\04\20\03\20\04\74\21\be\91\02\20\be\91\02\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05"
  "\20\04\20\05\86\21\be\91\02\20\be\91\02\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\75\21\be\91\02\20\be\91\02\ad\0b\2a"
  "\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\87\21\be\91\02\20\be\91\02\0b\20\03\03\7f\b8\91"
  "\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\76\21\be\91\02\20\be\91\02\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10"
  "\7e\21\04\20\02\ad\21\05\20\04\20\05\88\21\be\91\02\20\be\91\02\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\77\21\be\91"
  "\02\20\be\91\02\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\89\21\be\91\02\20\be\91"
  "\02\0b\20\03\03\7f\b8\91\02\7b\01\7f\20\01\21\03\20\02\21\04\20\03\20\04\78\21\be\91\02\20\be\91\02\ad\0b\2a\04\01\7f\02\7e\b8\91\02\7b\01\7e\20"
  "\01\ac\42\83\80\80\80\10\7e\21\04\20\02\ad\21\05\20\04\20\05\8a\21\be\91\02\20\be\91\02\0b\26\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04"
  "\20\02\21\05\20\04\20\05\20\03\1b\21\bf\91\02\20\bf\91\02\ad\0b\29\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\20"
  "\03\20\03\6b\1b\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\77\20\03\73\21\bf\91"
  "\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\77\20\03\6a\21\bf\91\02\20\bf\91\02\ad\0b\27"
  "\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\77\20\03\71\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01"
  "\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\77\20\03\72\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21"
  "\04\20\02\21\05\20\04\20\05\76\20\03\73\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20"
  "\05\76\20\03\6a\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\76\20\03\71\21\bf\91"
  "\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\76\20\03\72\21\bf\91\02\20\bf\91\02\ad\0b\27"
  "\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\74\20\03\73\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01"
  "\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\74\20\03\6a\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21"
  "\04\20\02\21\05\20\04\20\05\74\20\03\71\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20"
  "\05\74\20\03\72\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\73\20\03\73\21\bf\91"
  "\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\73\20\03\6a\21\bf\91\02\20\bf\91\02\ad\0b\27"
  "\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\73\20\03\71\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01"
  "\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\73\20\03\72\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21"
  "\04\20\02\21\05\20\04\20\05\71\20\03\73\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20"
  "\05\71\20\03\6a\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\71\20\03\71\21\bf\91"
  "\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\71\20\03\72\21\bf\91\02\20\bf\91\02\ad\0b\27"
  "\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\6a\20\03\73\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01"
  "\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20\05\6a\20\03\6a\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21"
  "\04\20\02\21\05\20\04\20\05\6a\20\03\71\21\bf\91\02\20\bf\91\02\ad\0b\27\03\04\7f\b8\91\02\7b\01\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\04\20"
  "\05\6a\20\03\72\21\bf\91\02\20\bf\91\02\ad\0b\3a\03\05\7f\b8\91\02\7b\02\7f\20\00\21\03\20\01\21\04\20\02\21\05\20\01\21\c0\91\02\20\c0\91\02\20"
  "\05\6a\21\c1\91\02\20\03\20\04\6a\21\07\20\c1\91\02\ad\42\20\86\20\07\ad\84\0b\20\03\02\7f\b8\91\02\7b\01\7f\20\01\21\03\20\03\41\05\76\41\ff\07"
  "\71\21\bd\91\02\20\bd\91\02\ad\0b\24\04\01\7f\01\7e\b8\91\02\7b\01\7f\20\01\ac\42\83\80\80\80\10\7e\21\04\20\04\a7\21\bd\91\02\20\bd\91\02\ad\0b"
  "\24\04\01\7f\01\7e\b8\91\02\7b\01\7f\20\01\ac\42\83\80\80\80\10\7e\21\04\20\04\50\21\bd\91\02\20\bd\91\02\ad\0b\19\03\02\7f\b8\91\02\7b\01\7e\20"
  "\01\21\03\20\03\ac\21\bd\91\02\20\bd\91\02\0b\19\03\02\7f\b8\91\02\7b\01\7e\20\01\21\03\20\03\ad\21\bd\91\02\20\bd\91\02\0b\2f\03\01\7f\b8\91\02"
  "\7b\02\7f\20\01\21\bc\91\02\20\02\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\46\0d\00\41\09\21\03\0b\20\03\ad\0b\38\03\01\7f\b8\91\02"
  "\7b\02\7e\20\01\ac\42\83\80\80\80\10\7e\21\bc\91\02\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\51\0d\00\41\09\21\03\0b\20\03"
  "\ad\0b\3f\03\03\7f\b8\91\02\7b\02\7f\20\01\21\03\20\02\21\04\20\01\21\be\91\02\41\07\21\05\02\40\20\be\91\02\20\04\6a\22\bf\91\02\20\03\46\0d\00"
  "\41\09\21\05\0b\20\bf\91\02\ad\42\20\86\20\05\ad\84\0b\3b\03\02\7f\b8\91\02\7b\02\7f\20\01\21\03\20\00\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02"
  "\28\02\04\22\be\91\02\20\03\46\0d\00\41\09\21\04\0b\20\be\91\02\ad\42\20\86\20\04\ad\84\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd"
  "\91\02\20\bd\91\02\20\03\46\21\be\91\02\20\be\91\02\ad\0b\31\05\01\7f\01\7e\b8\91\02\7b\01\7f\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e"
  "\21\be\91\02\20\be\91\02\20\04\51\21\bd\91\02\20\bd\91\02\ad\0b\2f\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\02\21\bd\91\02\41\07\21\03\02"
  "\40\20\bc\91\02\20\bd\91\02\47\0d\00\41\09\21\03\0b\20\03\ad\0b\38\03\01\7f\b8\91\02\7b\02\7e\20\01\ac\42\83\80\80\80\10\7e\21\bc\91\02\20\02\ad"
  "\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\52\0d\00\41\09\21\03\0b\20\03\ad\0b\3f\03\03\7f\b8\91\02\7b\02\7f\20\01\21\03\20\02\21\04"
  "\20\01\21\be\91\02\41\07\21\05\02\40\20\be\91\02\20\04\6a\22\bf\91\02\20\03\47\0d\00\41\09\21\05\0b\20\bf\91\02\ad\42\20\86\20\05\ad\84\0b\3b\03"
  "\02\7f\b8\91\02\7b\02\7f\20\01\21\03\20\00\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\28\02\04\22\be\91\02\20\03\47\0d\00\41\09\21\04\0b\20\be\91"
  "\02\ad\42\20\86\20\04\ad\84\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\47\21\be\91\02\20\be\91\02\ad\0b\31"
  "\05\01\7f\01\7e\b8\91\02\7b\01\7f\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\52\21\bd\91\02\20\bd\91\02\ad"
  "\0b\2f\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\02\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\48\0d\00\41\09\21\03\0b\20\03\ad"
  "\0b\38\03\01\7f\b8\91\02\7b\02\7e\20\01\ac\42\83\80\80\80\10\7e\21\bc\91\02\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\53\0d"
  "\00\41\09\21\03\0b\20\03\ad\0b\3f\03\03\7f\b8\91\02\7b\02\7f\20\01\21\03\20\02\21\04\20\01\21\be\91\02\41\07\21\05\02\40\20\be\91\02\20\04\6a\22"
  "\bf\91\02\20\03\48\0d\00\41\09\21\05\0b\20\bf\91\02\ad\42\20\86\20\05\ad\84\0b\3b\03\02\7f\b8\91\02\7b\02\7f\20\01\21\03\20\00\21\bd\91\02\41\07"
  "\21\04\02\40\20\bd\91\02\28\02\04\22\be\91\02\20\03\48\0d\00\41\09\21\04\0b\20\be\91\02\ad\42\20\86\20\04\ad\84\0b\24\03\02\7f\b8\91\02\7b\02\7f"
  "\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\48\21\be\91\02\20\be\91\02\ad\0b\31\05\01\7f\01\7e\b8\91\02\7b\01\7f\01\7e\20\02\ad\21\04\20\01"
  "\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\53\21\bd\91\02\20\bd\91\02\ad\0b\2f\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\02\21"
  "\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\49\0d\00\41\09\21\03\0b\20\03\ad\0b\38\03\01\7f\b8\91\02\7b\02\7e\20\01\ac\42\83\80\80\80\10"
  "\7e\21\bc\91\02\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\54\0d\00\41\09\21\03\0b\20\03\ad\0b\3f\03\03\7f\b8\91\02\7b\02\7f"
  "\20\01\21\03\20\02\21\04\20\01\21\be\91\02\41\07\21\05\02\40\20\be\91\02\20\04\6a\22\bf\91\02\20\03\49\0d\00\41\09\21\05\0b\20\bf\91\02\ad\42\20"
  "\86\20\05\ad\84\0b\3b\03\02\7f\b8\91\02\7b\02\7f\20\01\21\03\20\00\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\28\02\04\22\be\91\02\20\03\49\0d\00"
  "\41\09\21\04\0b\20\be\91\02\ad\42\20\86\20\04\ad\84\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\49\21\be\91"
  "\02\20\be\91\02\ad\0b\31\05\01\7f\01\7e\b8\91\02\7b\01\7f\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\54\21"
  "\bd\91\02\20\bd\91\02\ad\0b\2f\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\02\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\4a\0d\00"
  "\41\09\21\03\0b\20\03\ad\0b\38\03\01\7f\b8\91\02\7b\02\7e\20\01\ac\42\83\80\80\80\10\7e\21\bc\91\02\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\bc"
  "\91\02\20\bd\91\02\55\0d\00\41\09\21\03\0b\20\03\ad\0b\3f\03\03\7f\b8\91\02\7b\02\7f\20\01\21\03\20\02\21\04\20\01\21\be\91\02\41\07\21\05\02\40"
  "\20\be\91\02\20\04\6a\22\bf\91\02\20\03\4a\0d\00\41\09\21\05\0b\20\bf\91\02\ad\42\20\86\20\05\ad\84\0b\3b\03\02\7f\b8\91\02\7b\02\7f\20\01\21\03"
  "\20\00\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\28\02\04\22\be\91\02\20\03\4a\0d\00\41\09\21\04\0b\20\be\91\02\ad\42\20\86\20\04\ad\84\0b\24\03"
  "\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\4a\21\be\91\02\20\be\91\02\ad\0b\31\05\01\7f\01\7e\b8\91\02\7b\01\7f\01"
  "\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\55\21\bd\91\02\20\bd\91\02\ad\0b\2f\03\01\7f\b8\91\02\7b\02\7f\20"
  "\01\21\bc\91\02\20\02\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\4b\0d\00\41\09\21\03\0b\20\03\ad\0b\38\03\01\7f\b8\91\02\7b\02\7e\20"
  "\01\ac\42\83\80\80\80\10\7e\21\bc\91\02\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\56\0d\00\41\09\21\03\0b\20\03\ad\0b\3f\03"
  "\03\7f\b8\91\02\7b\02\7f\20\01\21\03\20\02\21\04\20\01\21\be\91\02\41\07\21\05\02\40\20\be\91\02\20\04\6a\22\bf\91\02\20\03\4b\0d\00\41\09\21\05"
  "\0b\20\bf\91\02\ad\42\20\86\20\05\ad\84\0b\3b\03\02\7f\b8\91\02\7b\02\7f\20\01\21\03\20\00\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\28\02\04\22"
  "\be\91\02\20\03\4b\0d\00\41\09\21\04\0b\20\be\91\02\ad\42\20\86\20\04\ad\84\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd"
  "\91\02\20\03\4b\21\be\91\02\20\be\91\02\ad\0b\31\05\01\7f\01\7e\b8\91\02\7b\01\7f\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02"
  "\20\be\91\02\20\04\56\21\bd\91\02\20\bd\91\02\ad\0b\2f\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\02\21\bd\91\02\41\07\21\03\02\40\20\bc\91"
  "\02\20\bd\91\02\4c\0d\00\41\09\21\03\0b\20\03\ad\0b\38\03\01\7f\b8\91\02\7b\02\7e\20\01\ac\42\83\80\80\80\10\7e\21\bc\91\02\20\02\ad\21\bd\91\02"
  "\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\57\0d\00\41\09\21\03\0b\20\03\ad\0b\3f\03\03\7f\b8\91\02\7b\02\7f\20\01\21\03\20\02\21\04\20\01\21\be"
  "\91\02\41\07\21\05\02\40\20\be\91\02\20\04\6a\22\bf\91\02\20\03\4c\0d\00\41\09\21\05\0b\20\bf\91\02\ad\42\20\86\20\05\ad\84\0b\3b\03\02\7f\b8\91"
  "\02\7b\02\7f\20\01\21\03\20\00\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\28\02\04\22\be\91\02\20\03\4c\0d\00\41\09\21\04\0b\20\be\91\02\ad\42\20"
  "\86\20\04\ad\84\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\4c\21\be\91\02\20\be\91\02\ad\0b\31\05\01\7f\01"
  "\7e\b8\91\02\7b\01\7f\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\57\21\bd\91\02\20\bd\91\02\ad\0b\2f\03\01"
  "\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\02\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\4d\0d\00\41\09\21\03\0b\20\03\ad\0b\38\03\01"
  "\7f\b8\91\02\7b\02\7e\20\01\ac\42\83\80\80\80\10\7e\21\bc\91\02\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\58\0d\00\41\09\21"
  "\03\0b\20\03\ad\0b\3f\03\03\7f\b8\91\02\7b\02\7f\20\01\21\03\20\02\21\04\20\01\21\be\91\02\41\07\21\05\02\40\20\be\91\02\20\04\6a\22\bf\91\02\20"
  "\03\4d\0d\00\41\09\21\05\0b\20\bf\91\02\ad\42\20\86\20\05\ad\84\0b\3b\03\02\7f\b8\91\02\7b\02\7f\20\01\21\03\20\00\21\bd\91\02\41\07\21\04\02\40"
  "\20\bd\91\02\28\02\04\22\be\91\02\20\03\4d\0d\00\41\09\21\04\0b\20\be\91\02\ad\42\20\86\20\04\ad\84\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03"
  "\20\01\21\bd\91\02\20\bd\91\02\20\03\4d\21\be\91\02\20\be\91\02\ad\0b\31\05\01\7f\01\7e\b8\91\02\7b\01\7f\01\7e\20\02\ad\21\04\20\01\ac\42\83\80"
  "\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\58\21\bd\91\02\20\bd\91\02\ad\0b\2f\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\02\21\bd\91\02\41"
  "\07\21\03\02\40\20\bc\91\02\20\bd\91\02\4e\0d\00\41\09\21\03\0b\20\03\ad\0b\38\03\01\7f\b8\91\02\7b\02\7e\20\01\ac\42\83\80\80\80\10\7e\21\bc\91"
  "\02\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\59\0d\00\41\09\21\03\0b\20\03\ad\0b\3f\03\03\7f\b8\91\02\7b\02\7f\20\01\21\03"
  "\20\02\21\04\20\01\21\be\91\02\41\07\21\05\02\40\20\be\91\02\20\04\6a\22\bf\91\02\20\03\4e\0d\00\41\09\21\05\0b\20\bf\91\02\ad\42\20\86\20\05\ad"
  "\84\0b\3b\03\02\7f\b8\91\02\7b\02\7f\20\01\21\03\20\00\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\28\02\04\22\be\91\02\20\03\4e\0d\00\41\09\21\04"
  "\0b\20\be\91\02\ad\42\20\86\20\04\ad\84\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\4e\21\be\91\02\20\be\91"
  "\02\ad\0b\31\05\01\7f\01\7e\b8\91\02\7b\01\7f\01\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\59\21\bd\91\02\20"
  "\bd\91\02\ad\0b\2f\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\02\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd\91\02\4f\0d\00\41\09\21\03"
  "\0b\20\03\ad\0b\38\03\01\7f\b8\91\02\7b\02\7e\20\01\ac\42\83\80\80\80\10\7e\21\bc\91\02\20\02\ad\21\bd\91\02\41\07\21\03\02\40\20\bc\91\02\20\bd"
  "\91\02\5a\0d\00\41\09\21\03\0b\20\03\ad\0b\3f\03\03\7f\b8\91\02\7b\02\7f\20\01\21\03\20\02\21\04\20\01\21\be\91\02\41\07\21\05\02\40\20\be\91\02"
  "\20\04\6a\22\bf\91\02\20\03\4f\0d\00\41\09\21\05\0b\20\bf\91\02\ad\42\20\86\20\05\ad\84\0b\3b\03\02\7f\b8\91\02\7b\02\7f\20\01\21\03\20\00\21\bd"
  "\91\02\41\07\21\04\02\40\20\bd\91\02\28\02\04\22\be\91\02\20\03\4f\0d\00\41\09\21\04\0b\20\be\91\02\ad\42\20\86\20\04\ad\84\0b\24\03\02\7f\b8\91"
  "\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\4f\21\be\91\02\20\be\91\02\ad\0b\31\05\01\7f\01\7e\b8\91\02\7b\01\7f\01\7e\20\02\ad"
  "\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\5a\21\bd\91\02\20\bd\91\02\ad\0b\38\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20"
  "\01\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\20\03\6a\22\be\91\02\0d\00\41\09\21\04\0b\20\be\91\02\ad\42\20\86\20\04\ad\84\0b\39\03\02\7f\b8\91"
  "\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\41\07\21\04\02\40\20\bd\91\02\20\03\6a\22\be\91\02\45\0d\00\41\09\21\04\0b\20\be\91\02\ad\42\20\86\20"
  "\04\ad\84\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\6a\21\be\91\02\20\be\91\02\ad\0b\2e\04\01\7f\01\7e\b8"
  "\91\02\7b\02\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\7c\21\bd\91\02\20\bd\91\02\0b\24\03\02\7f\b8\91\02\7b"
  "\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\6b\21\be\91\02\20\be\91\02\ad\0b\2e\04\01\7f\01\7e\b8\91\02\7b\02\7e\20\02\ad\21\04\20\01"
  "\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\7d\21\bd\91\02\20\bd\91\02\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02"
  "\20\bd\91\02\20\03\6c\21\be\91\02\20\be\91\02\ad\0b\2e\04\01\7f\01\7e\b8\91\02\7b\02\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02"
  "\20\be\91\02\20\04\7e\21\bd\91\02\20\bd\91\02\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\71\21\be\91\02\20"
  "\be\91\02\ad\0b\2e\04\01\7f\01\7e\b8\91\02\7b\02\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\83\21\bd\91\02\20"
  "\bd\91\02\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\72\21\be\91\02\20\be\91\02\ad\0b\2e\04\01\7f\01\7e\b8"
  "\91\02\7b\02\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\84\21\bd\91\02\20\bd\91\02\0b\24\03\02\7f\b8\91\02\7b"
  "\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\73\21\be\91\02\20\be\91\02\ad\0b\2e\04\01\7f\01\7e\b8\91\02\7b\02\7e\20\02\ad\21\04\20\01"
  "\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\85\21\bd\91\02\20\bd\91\02\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02"
  "\20\bd\91\02\20\03\74\21\be\91\02\20\be\91\02\ad\0b\2e\04\01\7f\01\7e\b8\91\02\7b\02\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02"
  "\20\be\91\02\20\04\86\21\bd\91\02\20\bd\91\02\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\75\21\be\91\02\20"
  "\be\91\02\ad\0b\2e\04\01\7f\01\7e\b8\91\02\7b\02\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\87\21\bd\91\02\20"
  "\bd\91\02\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\76\21\be\91\02\20\be\91\02\ad\0b\2e\04\01\7f\01\7e\b8"
  "\91\02\7b\02\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\88\21\bd\91\02\20\bd\91\02\0b\24\03\02\7f\b8\91\02\7b"
  "\02\7f\20\02\21\03\20\01\21\bd\91\02\20\bd\91\02\20\03\77\21\be\91\02\20\be\91\02\ad\0b\2e\04\01\7f\01\7e\b8\91\02\7b\02\7e\20\02\ad\21\04\20\01"
  "\ac\42\83\80\80\80\10\7e\21\be\91\02\20\be\91\02\20\04\89\21\bd\91\02\20\bd\91\02\0b\24\03\02\7f\b8\91\02\7b\02\7f\20\02\21\03\20\01\21\bd\91\02"
  "\20\bd\91\02\20\03\78\21\be\91\02\20\be\91\02\ad\0b\2e\04\01\7f\01\7e\b8\91\02\7b\02\7e\20\02\ad\21\04\20\01\ac\42\83\80\80\80\10\7e\21\be\91\02"
  "\20\be\91\02\20\04\8a\21\bd\91\02\20\bd\91\02\0b\2a\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\20\03"
  "\1b\21\bf\91\02\20\bf\91\02\ad\0b\2d\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\20\03\20\03\6b\1b\21"
  "\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\77\20\03\73\21\bf\91\02\20"
  "\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\77\20\03\6a\21\bf\91\02\20\bf\91\02\ad"
  "\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\77\20\03\71\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03"
  "\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\77\20\03\72\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02"
  "\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\76\20\03\73\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20"
  "\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\76\20\03\6a\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20"
  "\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\76\20\03\71\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20"
  "\01\21\be\91\02\20\be\91\02\20\04\76\20\03\72\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91"
  "\02\20\be\91\02\20\04\74\20\03\73\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91"
  "\02\20\04\74\20\03\6a\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\74"
  "\20\03\71\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\74\20\03\72\21"
  "\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\73\20\03\73\21\bf\91\02\20"
  "\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\73\20\03\6a\21\bf\91\02\20\bf\91\02\ad"
  "\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\73\20\03\71\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03"
  "\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\73\20\03\72\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02"
  "\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\71\20\03\73\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20"
  "\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\71\20\03\6a\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20"
  "\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\71\20\03\71\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20"
  "\01\21\be\91\02\20\be\91\02\20\04\71\20\03\72\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91"
  "\02\20\be\91\02\20\04\6a\20\03\73\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91"
  "\02\20\04\6a\20\03\6a\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\6a"
  "\20\03\71\21\bf\91\02\20\bf\91\02\ad\0b\2b\03\03\7f\b8\91\02\7b\02\7f\20\00\21\03\20\02\21\04\20\01\21\be\91\02\20\be\91\02\20\04\6a\20\03\72\21"
  "\bf\91\02\20\bf\91\02\ad\0b\42\03\03\7f\b8\91\02\7b\04\7f\20\01\21\03\20\02\21\04\20\00\21\be\91\02\20\01\21\bf\91\02\20\bf\91\02\20\04\6a\21\c0"
  "\91\02\20\be\91\02\20\03\6a\21\c1\91\02\20\c0\91\02\ad\42\20\86\20\c1\91\02\ad\84\0b\24\03\01\7f\b8\91\02\7b\02\7f\20\01\21\bc\91\02\20\bc\91\02"
  "\41\05\76\41\ff\07\71\21\bd\91\02\20\bd\91\02\ad\0b\28\04\01\7f\b8\91\02\7b\01\7f\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\a7"
  "\21\bc\91\02\20\bc\91\02\ad\0b\28\04\01\7f\b8\91\02\7b\01\7f\01\7e\20\01\ac\42\83\80\80\80\10\7e\21\bd\91\02\20\bd\91\02\50\21\bc\91\02\20\bc\91"
  "\02\ad\0b\1f\04\01\7f\b8\91\02\7b\01\7f\01\7e\20\01\21\bc\91\02\20\bc\91\02\ac\21\bd\91\02\20\bd\91\02\0b\1f\04\01\7f\b8\91\02\7b\01\7f\01\7e\20"
  "\01\21\bc\91\02\20\bc\91\02\ad\21\bd\91\02\20\bd\91\02\0b\0b\87\02\01\00\41\00\0b\80\02\0b\30\55\7a\9f\c4\e9\0e\33\58\7d\a2\c7\ec\11\36\5b\80\a5"
  "\ca\ef\14\39\5e\83\a8\cd\f2\17\3c\61\86\ab\d0\f5\1a\3f\64\89\ae\d3\f8\1d\42\67\8c\b1\d6\fb\20\45\6a\8f\b4\d9\fe\23\48\6d\92\b7\dc\01\26\4b\70\95"
  "\ba\df\04\29\4e\73\98\bd\e2\07\2c\51\76\9b\c0\e5\0a\2f\54\79\9e\c3\e8\0d\32\57\7c\a1\c6\eb\10\35\5a\7f\a4\c9\ee\13\38\5d\82\a7\cc\f1\16\3b\60\85"
  "\aa\cf\f4\19\3e\63\88\ad\d2\f7\1c\41\66\8b\b0\d5\fa\1f\44\69\8e\b3\d8\fd\22\47\6c\91\b6\db\00\25\4a\6f\94\b9\de\03\28\4d\72\97\bc\e1\06\2b\50\75"
  "\9a\bf\e4\09\2e\53\78\9d\c2\e7\0c\31\56\7b\a0\c5\ea\0f\34\59\7e\a3\c8\ed\12\37\5c\81\a6\cb\f0\15\3a\5f\84\a9\ce\f3\18\3d\62\87\ac\d1\f6\1b\40\65"
  "\8a\af\d4\f9\1e\43\68\8d\b2\d7\fc\21\46\6b\90\b5\da\ff\24\49\6e\93\b8\dd\02\27\4c\71\96\bb\e0\05\2a\4f\74\99\be\e3\08\2d\52\77\9c\c1\e6")
(assert_return (invoke "mov_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.load_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i32.load_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i64.load_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "i64.load_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "f32.load_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "f32.load_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "f64.load_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "f64.load_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "i32.load8_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967276))
(assert_return (invoke "i32.load8_s_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967168))
(assert_return (invoke "i32.load8_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i32.load8_u_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i32.load16_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_s_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294944128))
(assert_return (invoke "i32.load16_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_u_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load8_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -20))
(assert_return (invoke "i64.load8_s_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -128))
(assert_return (invoke "i64.load8_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i64.load8_u_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i64.load16_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_s_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -23168))
(assert_return (invoke "i64.load16_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_u_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load32_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_s_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -271932032))
(assert_return (invoke "i64.load32_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_u_x_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i32.store_LL" (i32.const 1040) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.store_x_LL" (i32.const 1056) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i64.store_LL" (i32.const 1072) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "i64.store_x_LL" (i32.const 1088) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "f32.store_LL" (i32.const 1104) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f32.store_x_LL" (i32.const 1120) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f64.store_LL" (i32.const 1136) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "f64.store_x_LL" (i32.const 1152) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "i32.store8_LL" (i32.const 1168) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store8_x_LL" (i32.const 1184) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store16_LL" (i32.const 1200) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i32.store16_x_LL" (i32.const 1216) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i64.store8_LL" (i32.const 1232) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store8_x_LL" (i32.const 1248) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store16_LL" (i32.const 1264) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store16_x_LL" (i32.const 1280) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store32_LL" (i32.const 1296) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i64.store32_x_LL" (i32.const 1312) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i32.add_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076850))
(assert_return (invoke "i32.sub_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076816))
(assert_return (invoke "i32.mul_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2109306161))
(assert_return (invoke "i32.and_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2147483649))
(assert_return (invoke "i32.or_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560497))
(assert_return (invoke "i32.xor_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076848))
(assert_return (invoke "i32.shl_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2252472320))
(assert_return (invoke "i32.shr_s_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294951858))
(assert_return (invoke "i32.shr_u_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 17330))
(assert_return (invoke "i32.eq_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.ne_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.lt_u_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.gt_u_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.sub_k_t_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560478))
(assert_return (invoke "i64.add_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466100851259020))
(assert_return (invoke "i64.and_k_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2418065504))
(assert_return (invoke "add2_kk_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466071158718469))
(assert_return (invoke "shl_k_add_LLL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "shl_k_add_LLH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "i32.load_xk_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3399843931))
(assert_return (invoke "i32.load8_u_xk_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 91))
(assert_return (invoke "mov_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.load_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i32.load_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i64.load_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "i64.load_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "f32.load_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "f32.load_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "f64.load_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "f64.load_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "i32.load8_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967276))
(assert_return (invoke "i32.load8_s_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967168))
(assert_return (invoke "i32.load8_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i32.load8_u_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i32.load16_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_s_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294944128))
(assert_return (invoke "i32.load16_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_u_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load8_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -20))
(assert_return (invoke "i64.load8_s_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -128))
(assert_return (invoke "i64.load8_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i64.load8_u_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i64.load16_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_s_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -23168))
(assert_return (invoke "i64.load16_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_u_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load32_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_s_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -271932032))
(assert_return (invoke "i64.load32_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_u_x_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i32.store_LH" (i32.const 1328) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.store_x_LH" (i32.const 1344) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i64.store_LH" (i32.const 1360) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "i64.store_x_LH" (i32.const 1376) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "f32.store_LH" (i32.const 1392) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f32.store_x_LH" (i32.const 1408) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f64.store_LH" (i32.const 1424) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "f64.store_x_LH" (i32.const 1440) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "i32.store8_LH" (i32.const 1456) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store8_x_LH" (i32.const 1472) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store16_LH" (i32.const 1488) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i32.store16_x_LH" (i32.const 1504) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i64.store8_LH" (i32.const 1520) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store8_x_LH" (i32.const 1536) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store16_LH" (i32.const 1552) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store16_x_LH" (i32.const 1568) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store32_LH" (i32.const 1584) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i64.store32_x_LH" (i32.const 1600) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i32.add_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076850))
(assert_return (invoke "i32.sub_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076816))
(assert_return (invoke "i32.mul_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2109306161))
(assert_return (invoke "i32.and_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2147483649))
(assert_return (invoke "i32.or_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560497))
(assert_return (invoke "i32.xor_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076848))
(assert_return (invoke "i32.shl_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2252472320))
(assert_return (invoke "i32.shr_s_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294951858))
(assert_return (invoke "i32.shr_u_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 17330))
(assert_return (invoke "i32.eq_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.ne_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.lt_u_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.gt_u_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.sub_k_t_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560478))
(assert_return (invoke "i64.add_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466100851259020))
(assert_return (invoke "i64.and_k_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2418065504))
(assert_return (invoke "add2_kk_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466071158718469))
(assert_return (invoke "shl_k_add_LHL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "shl_k_add_LHH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "i32.load_xk_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3399843931))
(assert_return (invoke "i32.load8_u_xk_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 91))
(assert_return (invoke "mov_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.load_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i32.load_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i64.load_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "i64.load_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "f32.load_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "f32.load_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "f64.load_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "f64.load_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "i32.load8_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967276))
(assert_return (invoke "i32.load8_s_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967168))
(assert_return (invoke "i32.load8_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i32.load8_u_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i32.load16_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_s_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294944128))
(assert_return (invoke "i32.load16_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_u_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load8_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -20))
(assert_return (invoke "i64.load8_s_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -128))
(assert_return (invoke "i64.load8_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i64.load8_u_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i64.load16_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_s_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -23168))
(assert_return (invoke "i64.load16_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_u_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load32_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_s_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -271932032))
(assert_return (invoke "i64.load32_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_u_x_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i32.store_HL" (i32.const 1616) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.store_x_HL" (i32.const 1632) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i64.store_HL" (i32.const 1648) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "i64.store_x_HL" (i32.const 1664) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "f32.store_HL" (i32.const 1680) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f32.store_x_HL" (i32.const 1696) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f64.store_HL" (i32.const 1712) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "f64.store_x_HL" (i32.const 1728) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "i32.store8_HL" (i32.const 1744) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store8_x_HL" (i32.const 1760) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store16_HL" (i32.const 1776) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i32.store16_x_HL" (i32.const 1792) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i64.store8_HL" (i32.const 1808) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store8_x_HL" (i32.const 1824) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store16_HL" (i32.const 1840) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store16_x_HL" (i32.const 1856) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store32_HL" (i32.const 1872) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i64.store32_x_HL" (i32.const 1888) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i32.add_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076850))
(assert_return (invoke "i32.sub_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076816))
(assert_return (invoke "i32.mul_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2109306161))
(assert_return (invoke "i32.and_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2147483649))
(assert_return (invoke "i32.or_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560497))
(assert_return (invoke "i32.xor_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076848))
(assert_return (invoke "i32.shl_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2252472320))
(assert_return (invoke "i32.shr_s_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294951858))
(assert_return (invoke "i32.shr_u_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 17330))
(assert_return (invoke "i32.eq_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.ne_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.lt_u_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.gt_u_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.sub_k_t_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560478))
(assert_return (invoke "i64.add_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466100851259020))
(assert_return (invoke "i64.and_k_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2418065504))
(assert_return (invoke "add2_kk_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466071158718469))
(assert_return (invoke "shl_k_add_HLL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "shl_k_add_HLH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "i32.load_xk_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3399843931))
(assert_return (invoke "i32.load8_u_xk_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 91))
(assert_return (invoke "mov_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.load_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i32.load_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i64.load_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "i64.load_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "f32.load_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "f32.load_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "f64.load_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -1167939182644555284))
(assert_return (invoke "f64.load_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8980677844845025920))
(assert_return (invoke "i32.load8_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967276))
(assert_return (invoke "i32.load8_s_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967168))
(assert_return (invoke "i32.load8_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i32.load8_u_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i32.load16_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_s_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294944128))
(assert_return (invoke "i32.load16_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i32.load16_u_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load8_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -20))
(assert_return (invoke "i64.load8_s_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -128))
(assert_return (invoke "i64.load8_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 236))
(assert_return (invoke "i64.load8_u_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 128))
(assert_return (invoke "i64.load16_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_s_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -23168))
(assert_return (invoke "i64.load16_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4588))
(assert_return (invoke "i64.load16_u_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 42368))
(assert_return (invoke "i64.load32_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_s_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -271932032))
(assert_return (invoke "i64.load32_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1530270188))
(assert_return (invoke "i64.load32_u_x_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4023035264))
(assert_return (invoke "i32.store_HH" (i32.const 1904) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i32.store_x_HH" (i32.const 1920) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "i64.store_HH" (i32.const 1936) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "i64.store_x_HH" (i32.const 1952) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "f32.store_HH" (i32.const 1968) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f32.store_x_HH" (i32.const 1984) (i32.const -2023406815) (i32.const 4)) (i64.const 3471914362))
(assert_return (invoke "f64.store_HH" (i32.const 2000) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "f64.store_x_HH" (i32.const 2016) (i32.const -2023406815) (i32.const 4)) (i64.const -4477098445563232256))
(assert_return (invoke "i32.store8_HH" (i32.const 2032) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store8_x_HH" (i32.const 2048) (i32.const -2023406815) (i32.const 4)) (i64.const 33))
(assert_return (invoke "i32.store16_HH" (i32.const 2064) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i32.store16_x_HH" (i32.const 2080) (i32.const -2023406815) (i32.const 4)) (i64.const 17185))
(assert_return (invoke "i64.store8_HH" (i32.const 2096) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store8_x_HH" (i32.const 2112) (i32.const -2023406815) (i32.const 4)) (i64.const 99))
(assert_return (invoke "i64.store16_HH" (i32.const 2128) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store16_x_HH" (i32.const 2144) (i32.const -2023406815) (i32.const 4)) (i64.const 51555))
(assert_return (invoke "i64.store32_HH" (i32.const 2160) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i64.store32_x_HH" (i32.const 2176) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "i32.add_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076850))
(assert_return (invoke "i32.sub_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076816))
(assert_return (invoke "i32.mul_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2109306161))
(assert_return (invoke "i32.and_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2147483649))
(assert_return (invoke "i32.or_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560497))
(assert_return (invoke "i32.xor_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 124076848))
(assert_return (invoke "i32.shl_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2252472320))
(assert_return (invoke "i32.shr_s_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294951858))
(assert_return (invoke "i32.shr_u_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 17330))
(assert_return (invoke "i32.eq_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.ne_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.lt_u_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "i32.gt_u_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "i32.sub_k_t_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560478))
(assert_return (invoke "i64.add_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466100851259020))
(assert_return (invoke "i64.and_k_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2418065504))
(assert_return (invoke "add2_kk_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466071158718469))
(assert_return (invoke "shl_k_add_HHL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "shl_k_add_HHH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 992614668))
(assert_return (invoke "i32.load_xk_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3399843931))
(assert_return (invoke "i32.load8_u_xk_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 91))
(assert_return (invoke "call_L" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560477))
(assert_return (invoke "ret1_L" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "global_L" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "mov_k_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "mov_k64_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "store_k_L_5" (i32.const 2192) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "store8_k_L_5" (i32.const 2208) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "store64_k_L_5" (i32.const 2224) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "br_k_eq_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_L_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "mov_k_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967293))
(assert_return (invoke "mov_k64_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -3))
(assert_return (invoke "store_k_L_-3" (i32.const 2240) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967293))
(assert_return (invoke "store8_k_L_-3" (i32.const 2256) (i32.const -2023406815) (i32.const 4)) (i64.const 253))
(assert_return (invoke "store64_k_L_-3" (i32.const 2272) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967293))
(assert_return (invoke "br_k_eq_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_gt_s_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_le_s_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_ge_s_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_L_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "mov_k_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "mov_k64_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "store_k_L_32767" (i32.const 2288) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "store8_k_L_32767" (i32.const 2304) (i32.const -2023406815) (i32.const 4)) (i64.const 255))
(assert_return (invoke "store64_k_L_32767" (i32.const 2320) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "br_k_eq_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_L_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "mov_k_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294934528))
(assert_return (invoke "mov_k64_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -32768))
(assert_return (invoke "store_k_L_-32768" (i32.const 2336) (i32.const -2023406815) (i32.const 4)) (i64.const 4294934528))
(assert_return (invoke "store8_k_L_-32768" (i32.const 2352) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "store64_k_L_-32768" (i32.const 2368) (i32.const -2023406815) (i32.const 4)) (i64.const 4294934528))
(assert_return (invoke "br_k_eq_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_gt_s_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_le_s_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_ge_s_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_L_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "mov_k_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "mov_k64_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "store_k_L_32768" (i32.const 2384) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "store8_k_L_32768" (i32.const 2400) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "store64_k_L_32768" (i32.const 2416) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "br_k_eq_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_L_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "mov_k_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "mov_k64_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "store_k_L_74565" (i32.const 2432) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "store8_k_L_74565" (i32.const 2448) (i32.const -2023406815) (i32.const 4)) (i64.const 69))
(assert_return (invoke "store64_k_L_74565" (i32.const 2464) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "br_k_eq_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_L_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "eqz_L_0" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "eqz_L_1" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "call_H" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560477))
(assert_return (invoke "ret1_H" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "global_H" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742685))
(assert_return (invoke "mov_k_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "mov_k64_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "store_k_H_5" (i32.const 2480) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "store8_k_H_5" (i32.const 2496) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "store64_k_H_5" (i32.const 2512) (i32.const -2023406815) (i32.const 4)) (i64.const 5))
(assert_return (invoke "br_k_eq_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_H_5" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "mov_k_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967293))
(assert_return (invoke "mov_k64_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -3))
(assert_return (invoke "store_k_H_-3" (i32.const 2528) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967293))
(assert_return (invoke "store8_k_H_-3" (i32.const 2544) (i32.const -2023406815) (i32.const 4)) (i64.const 253))
(assert_return (invoke "store64_k_H_-3" (i32.const 2560) (i32.const -2023406815) (i32.const 4)) (i64.const 4294967293))
(assert_return (invoke "br_k_eq_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_gt_s_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_le_s_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_ge_s_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_H_-3" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "mov_k_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "mov_k64_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "store_k_H_32767" (i32.const 2576) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "store8_k_H_32767" (i32.const 2592) (i32.const -2023406815) (i32.const 4)) (i64.const 255))
(assert_return (invoke "store64_k_H_32767" (i32.const 2608) (i32.const -2023406815) (i32.const 4)) (i64.const 32767))
(assert_return (invoke "br_k_eq_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_H_32767" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "mov_k_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4294934528))
(assert_return (invoke "mov_k64_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -32768))
(assert_return (invoke "store_k_H_-32768" (i32.const 2624) (i32.const -2023406815) (i32.const 4)) (i64.const 4294934528))
(assert_return (invoke "store8_k_H_-32768" (i32.const 2640) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "store64_k_H_-32768" (i32.const 2656) (i32.const -2023406815) (i32.const 4)) (i64.const 4294934528))
(assert_return (invoke "br_k_eq_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_gt_s_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_le_s_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_ge_s_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_H_-32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "mov_k_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "mov_k64_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "store_k_H_32768" (i32.const 2672) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "store8_k_H_32768" (i32.const 2688) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "store64_k_H_32768" (i32.const 2704) (i32.const -2023406815) (i32.const 4)) (i64.const 32768))
(assert_return (invoke "br_k_eq_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_H_32768" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "mov_k_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "mov_k64_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "store_k_H_74565" (i32.const 2720) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "store8_k_H_74565" (i32.const 2736) (i32.const -2023406815) (i32.const 4)) (i64.const 69))
(assert_return (invoke "store64_k_H_74565" (i32.const 2752) (i32.const -2023406815) (i32.const 4)) (i64.const 74565))
(assert_return (invoke "br_k_eq_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ne_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_s_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_lt_u_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_s_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_gt_u_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_s_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br_k_le_u_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_s_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br_k_ge_u_H_74565" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "eqz_H_0" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "eqz_H_1" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_eq_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_eq_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_eq_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_eq_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_eq_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_eq_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ne_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ne_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ne_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ne_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ne_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ne_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_lt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_lt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_lt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_lt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_lt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_lt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_lt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_lt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_gt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_gt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_gt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_gt_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_gt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_gt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_gt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_gt_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_le_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_le_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_le_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_le_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_le_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_le_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_le_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_le_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_ge_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_ge_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ge_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_ge_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ge_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ge_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_ge_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ge_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "addbr_nz_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "addbr_nzeqz_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "bin_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_sub_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560477))
(assert_return (invoke "bin64_sub_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742689))
(assert_return (invoke "bin_mul_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 496307332))
(assert_return (invoke "bin64_mul_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2131623735424132492))
(assert_return (invoke "bin_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin64_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_shl_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "bin64_shl_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529968))
(assert_return (invoke "bin_shr_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4168504370))
(assert_return (invoke "bin64_shr_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -543154131437421418))
(assert_return (invoke "bin_shr_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972530))
(assert_return (invoke "bin64_shr_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 609767373169425558))
(assert_return (invoke "bin_rotl_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "bin64_rotl_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529976))
(assert_return (invoke "bin_rotr_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 410407986))
(assert_return (invoke "bin64_rotr_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4068531886989966486))
(assert_return (invoke "select_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "select0_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4))
(assert_return (invoke "fused_rotl_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "fused_rotl_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229344))
(assert_return (invoke "fused_rotl_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_rotl_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shr_u_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shr_u_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shl_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shl_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_xor_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_xor_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_and_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_and_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_add_xor_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_add_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_add_or_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "add2_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466077477092567))
(assert_return (invoke "shr_and_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 537))
(assert_return (invoke "wrap_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "eqz64_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "ext_s_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -2023406815))
(assert_return (invoke "ext_u_LL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "br_eq_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_eq_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_eq_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_eq_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_eq_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_eq_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ne_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ne_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ne_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ne_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ne_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ne_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_lt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_lt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_lt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_lt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_lt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_lt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_lt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_lt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_gt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_gt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_gt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_gt_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_gt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_gt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_gt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_gt_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_le_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_le_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_le_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_le_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_le_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_le_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_le_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_le_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_ge_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_ge_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ge_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_ge_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ge_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ge_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_ge_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ge_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "addbr_nz_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "addbr_nzeqz_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "bin_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_sub_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560477))
(assert_return (invoke "bin64_sub_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742689))
(assert_return (invoke "bin_mul_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 496307332))
(assert_return (invoke "bin64_mul_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2131623735424132492))
(assert_return (invoke "bin_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin64_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_shl_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "bin64_shl_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529968))
(assert_return (invoke "bin_shr_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4168504370))
(assert_return (invoke "bin64_shr_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -543154131437421418))
(assert_return (invoke "bin_shr_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972530))
(assert_return (invoke "bin64_shr_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 609767373169425558))
(assert_return (invoke "bin_rotl_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "bin64_rotl_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529976))
(assert_return (invoke "bin_rotr_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 410407986))
(assert_return (invoke "bin64_rotr_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4068531886989966486))
(assert_return (invoke "select_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "select0_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4))
(assert_return (invoke "fused_rotl_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "fused_rotl_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229344))
(assert_return (invoke "fused_rotl_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_rotl_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shr_u_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shr_u_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shl_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shl_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_xor_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_xor_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_and_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_and_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_add_xor_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_add_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_add_or_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "add2_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466077477092567))
(assert_return (invoke "shr_and_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 537))
(assert_return (invoke "wrap_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "eqz64_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "ext_s_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -2023406815))
(assert_return (invoke "ext_u_LH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "br_eq_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_eq_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_eq_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_eq_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_eq_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_eq_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ne_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ne_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ne_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ne_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ne_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ne_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_lt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_lt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_lt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_lt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_lt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_lt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_lt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_lt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_gt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_gt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_gt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_gt_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_gt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_gt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_gt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_gt_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_le_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_le_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_le_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_le_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_le_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_le_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_le_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_le_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_ge_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_ge_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ge_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_ge_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ge_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ge_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_ge_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ge_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "addbr_nz_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "addbr_nzeqz_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "bin_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_sub_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560477))
(assert_return (invoke "bin64_sub_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742689))
(assert_return (invoke "bin_mul_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 496307332))
(assert_return (invoke "bin64_mul_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2131623735424132492))
(assert_return (invoke "bin_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin64_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_shl_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "bin64_shl_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529968))
(assert_return (invoke "bin_shr_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4168504370))
(assert_return (invoke "bin64_shr_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -543154131437421418))
(assert_return (invoke "bin_shr_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972530))
(assert_return (invoke "bin64_shr_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 609767373169425558))
(assert_return (invoke "bin_rotl_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "bin64_rotl_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529976))
(assert_return (invoke "bin_rotr_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 410407986))
(assert_return (invoke "bin64_rotr_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4068531886989966486))
(assert_return (invoke "select_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "select0_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4))
(assert_return (invoke "fused_rotl_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "fused_rotl_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229344))
(assert_return (invoke "fused_rotl_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_rotl_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shr_u_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shr_u_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shl_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shl_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_xor_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_xor_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_and_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_and_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_add_xor_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_add_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_add_or_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "add2_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466077477092567))
(assert_return (invoke "shr_and_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 537))
(assert_return (invoke "wrap_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "eqz64_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "ext_s_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -2023406815))
(assert_return (invoke "ext_u_HL" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "br_eq_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_eq_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_eq_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_eq_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_eq_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_eq_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ne_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ne_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ne_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ne_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ne_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ne_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_lt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_lt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_lt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_lt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_lt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_lt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_lt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_lt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_lt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_lt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_gt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_gt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_gt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_gt_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_gt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_gt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_gt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_gt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_gt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_gt_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_le_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_le_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_le_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_le_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "br_le_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_le_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_le_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "ldbr_le_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_le_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_le_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "br64_ge_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 9))
(assert_return (invoke "addbr_ge_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836743))
(assert_return (invoke "cmp_ge_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "cmp64_ge_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "br_ge_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "br64_ge_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 7))
(assert_return (invoke "addbr_ge_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "ldbr_ge_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 3896155492094836745))
(assert_return (invoke "cmp_ge_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "cmp64_ge_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1))
(assert_return (invoke "addbr_nz_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653049))
(assert_return (invoke "addbr_nzeqz_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466079748653047))
(assert_return (invoke "bin_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_sub_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560477))
(assert_return (invoke "bin64_sub_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742689))
(assert_return (invoke "bin_mul_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 496307332))
(assert_return (invoke "bin64_mul_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2131623735424132492))
(assert_return (invoke "bin_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin64_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "bin_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560485))
(assert_return (invoke "bin64_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466102998742681))
(assert_return (invoke "bin_shl_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "bin64_shl_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529968))
(assert_return (invoke "bin_shr_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4168504370))
(assert_return (invoke "bin64_shr_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -543154131437421418))
(assert_return (invoke "bin_shr_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972530))
(assert_return (invoke "bin64_shr_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 609767373169425558))
(assert_return (invoke "bin_rotl_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "bin64_rotl_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8526494941696529976))
(assert_return (invoke "bin_rotr_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 410407986))
(assert_return (invoke "bin64_rotr_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4068531886989966486))
(assert_return (invoke "select_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
(assert_return (invoke "select0_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 4))
(assert_return (invoke "fused_rotl_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229328))
(assert_return (invoke "fused_rotl_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229344))
(assert_return (invoke "fused_rotl_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_rotl_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shr_u_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shr_u_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shr_u_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 141972538))
(assert_return (invoke "fused_shl_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_shl_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_shl_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 1985229336))
(assert_return (invoke "fused_xor_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_xor_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_xor_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_and_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_and_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_and_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 8))
(assert_return (invoke "fused_add_xor_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_add_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "fused_add_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "fused_add_or_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560493))
(assert_return (invoke "add2_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -8690466077477092567))
(assert_return (invoke "shr_and_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 537))
(assert_return (invoke "wrap_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2519714147))
(assert_return (invoke "eqz64_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 0))
(assert_return (invoke "ext_s_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const -2023406815))
(assert_return (invoke "ext_u_HH" (i32.const 8) (i32.const -2023406815) (i32.const 4)) (i64.const 2271560481))
