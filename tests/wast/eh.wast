;; eh.wast — warden's own exception-handling cases beyond the spec testsuite's: unwinding through many
;; frames and instances, catches that land on the function's label, loop labels and legacy catch bodies,
;; v128 and multi-value payloads, rethrow from nested legacy catches, delegate to the caller, tail calls
;; out of try blocks, and exnref round trips. Run by tests/run-tests.py eh (every layout x mode, ASan).

(module $A
  (tag $e (export "e") (param i32))
  (func (export "thrower") (param i32)
    (if (i32.eqz (local.get 0)) (then (throw $e (i32.const 99))))
    (call $rec (i32.sub (local.get 0) (i32.const 1))))
  (func $rec (export "rec") (param i32)
    (if (i32.eqz (local.get 0)) (then (throw $e (i32.const 7))))
    (call $rec (i32.sub (local.get 0) (i32.const 1))))
)
(register "A" $A)

(module
  (import "A" "e" (tag $e (param i32)))
  (import "A" "rec" (func $rec (param i32)))
  (tag $v (param v128 i64))
  (tag $two (param i32 f64))

  ;; 1000 frames in another instance, caught here
  (func (export "deep") (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (call $rec (i32.const 1000)))
      (i32.const -1)))

  ;; a catch straight to the function's label: a return with the payload
  (func (export "to_func") (param i32) (result i32)
    (try_table (catch $e 0) (call $rec (local.get 0)))
    (i32.const -1))

  ;; a catch to a loop label: the loop runs again with the payload as its parameter
  (func (export "to_loop") (result i32)
    (local $n i32)
    (i32.const 0)
    (loop $l (param i32) (result i32)
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (drop)
      (if (i32.lt_u (local.get $n) (i32.const 5))
        (then (try_table (catch $e $l) (throw $e (local.get $n)))))
      (local.get $n)))

  ;; v128 and two-value payloads
  (func (export "v128") (result i64 i64)
    (local $x i64)
    (block $h (result v128 i64)
      (try_table (catch $v $h)
        (throw $v (v128.const i64x2 11 22) (i64.const 33)))
      (unreachable))
    (local.set $x)
    (i64x2.extract_lane 1)
    (local.get $x))
  (func (export "two") (result f64)
    (local $d f64)
    (block $h (result i32 f64)
      (try_table (catch $two $h) (throw $two (i32.const 1) (f64.const 2.5)))
      (unreachable))
    (local.set $d)
    (f64.add (f64.convert_i32_s) (local.get $d)))

  ;; legacy: rethrow of the outer exception from inside a nested catch
  (func (export "nested_rethrow") (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (throw $e (i32.const 1)))
          (catch $e
            (drop)
            (try (result i32)
              (do (throw $e (i32.const 2)))
              (catch $e (drop) (rethrow 1))))))
      (catch $e)))

  ;; legacy: a call inside a catch body (its frame starts above the caller's values) before rethrow:
  ;; the kept exception must survive it
  (func $burn (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32)
    (local.set 1 (i32.const -1)) (local.set 2 (i32.const -1)) (local.set 3 (i32.const -1))
    (local.set 4 (i32.const -1)) (local.set 5 (i32.const -1)) (local.set 6 (i32.const -1))
    (local.get 0))
  (func (export "rethrow_after_call") (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (throw $e (i32.const 77)))
          (catch_all (drop (call $burn (i32.const 1))) (rethrow 0))))
      (catch $e)))

  ;; legacy: delegate to the function label hands the exception to the caller
  (func $deleg (param i32) (result i32)
    (try (result i32)
      (do
        (try (result i32)
          (do (throw $e (local.get 0)))
          (delegate 1)))
      (catch $e (i32.const 100) (i32.add))))
  (func (export "delegate_out") (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (drop (call $deleg (i32.const 5))))
      (i32.const -1)))

  ;; a tail call out of a try_table: the handler of the frame it left does not apply
  (func $tc (param i32) (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (return_call $thr (local.get 0)))
      (unreachable))
    (i32.const 1000) (i32.add))
  (func $thr (param i32) (result i32) (throw $e (local.get 0)))
  (func (export "tail") (result i32)
    (block $h (result i32)
      (try_table (catch $e $h) (drop (call $tc (i32.const 8))))
      (i32.const -1)))

  ;; exnref: keep it in a local and a table, throw it again later
  (table $t 1 exnref)
  (func (export "exnref_store") (result i32)
    (block $h2 (result i32)
      (try_table (catch $e $h2)
        (table.set $t (i32.const 0)
          (block $h (result exnref)
            (try_table (catch_all_ref $h) (throw $e (i32.const 42)))
            (unreachable)))
        (throw_ref (table.get $t (i32.const 0))))
      (i32.const -1)))
  (func (export "null_exnref") (throw_ref (ref.null exn)))

  ;; an exception through a frame with many live temporaries
  (func (export "live") (result i32)
    (i32.const 1) (i32.const 2) (i32.const 3)
    (block $h (result i32)
      (try_table (catch $e $h) (call $rec (i32.const 3)))
      (i32.const 0))
    (i32.add) (i32.add) (i32.add))
)

(assert_return (invoke "deep") (i32.const 7))
(assert_return (invoke "to_func" (i32.const 0)) (i32.const 7))
(assert_return (invoke "to_func" (i32.const 50)) (i32.const 7))
(assert_return (invoke "to_loop") (i32.const 5))
(assert_return (invoke "v128") (i64.const 22) (i64.const 33))
(assert_return (invoke "two") (f64.const 3.5))
(assert_return (invoke "nested_rethrow") (i32.const 1))
(assert_return (invoke "delegate_out") (i32.const 5))
(assert_return (invoke "rethrow_after_call") (i32.const 77))
(assert_return (invoke "tail") (i32.const 8))
(assert_return (invoke "exnref_store") (i32.const 42))
(assert_trap (invoke "null_exnref") "null exception reference")
(assert_return (invoke "live") (i32.const 13))
(assert_exception (invoke $A "thrower" (i32.const 3)))
