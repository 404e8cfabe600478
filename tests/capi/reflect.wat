;; reflect: imports and exports of every kind, whose types the host reads back.
(module
  (import "env" "f" (func (param i32 f64) (result i64)))
  (import "env" "g" (global (mut f32)))
  (import "env" "t" (table 1 externref))
  (import "env" "m" (memory 1 2))
  (func (export "func") (param i32 f64) (result i64) (i64.const 0))
  (global (export "global") f64 (f64.const 1))
  (table (export "table") 0 50 funcref)
  (export "memory" (memory 0)))
