;; loop.wat — a counting loop: stresses dispatch, locals, compare-and-branch.
;; `main` counts to 100,000,000 accumulating a checksum, and returns it.
(module
  (func (export "main") (result i64)
    (local $i i32) (local $acc i64)
    (loop $top
      (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (i32.xor (local.get $i) (i32.const 0x55)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $top (i32.lt_u (local.get $i) (i32.const 100000000))))
    (local.get $acc)))
