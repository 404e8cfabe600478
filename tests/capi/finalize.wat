;; finalize: a small module instantiated many times; every instance gets host info with a finalizer.
(module
  (import "" "f" (func))
  (func (export "f") (call 0))
  (global (export "g") i32 (i32.const 1)))
