;; misuse: a function to call with wrong arguments, a loop to run out of fuel, a funcref table.
(module
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "spin") (param $n i32) (result i32)
    (loop $l (local.set $n (i32.sub (local.get $n) (i32.const 1))) (br_if $l (local.get $n)))
    (i32.const 7))
  (table (export "table") 1 funcref)
  (memory (export "memory") 1))
