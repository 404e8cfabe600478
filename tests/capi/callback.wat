;; callback: a host function that echoes its argument, and a closure with an environment.
(module
  (import "" "print" (func $print (param i32) (result i32)))
  (import "" "closure" (func $closure (result i32)))
  (func (export "run") (param $x i32) (param $y i32) (result i32)
    (i32.add (call $print (i32.add (local.get $x) (local.get $y))) (call $closure))))
