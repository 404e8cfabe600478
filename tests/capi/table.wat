;; table: a funcref table of 2..10 elements, call_indirect through it, and two functions to put in it.
(module
  (table (export "table") 2 10 funcref)
  (type $i2i (func (param i32) (result i32)))
  (func (export "call_indirect") (param i32 i32) (result i32)
    (call_indirect (type $i2i) (local.get 0) (local.get 1)))
  (func $double (export "double") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
  (func $neg (export "neg") (param i32) (result i32) (i32.sub (i32.const 0) (local.get 0)))
  (elem (i32.const 1) $double))
