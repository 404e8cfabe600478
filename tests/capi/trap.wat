;; trap: a host function that traps, and WebAssembly that traps by itself.
(module
  (import "" "fail" (func $fail (result i32)))
  (func (export "host") (result i32) (call $fail))
  (func (export "unreachable") (result i32) (unreachable))
  (func (export "div") (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0))))
