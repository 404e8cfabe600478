;; multi: several parameters and results through a host function and back.
(module
  (import "" "reverse" (func $rev (param i32 i64 i64 i32) (result i32 i64 i64 i32)))
  (func (export "run") (param i32 i64 i64 i32) (result i32 i64 i64 i32)
    (call $rev (local.get 0) (local.get 1) (local.get 2) (local.get 3))))
