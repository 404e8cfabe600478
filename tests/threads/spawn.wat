;; spawn.wat — a wasi-threads program for the threads suite (tests/run-tests.py suite_threads).
;; argv[1]'s first letter picks what it does; the suite checks the output and exit status:
;;   a  four threads each add their start argument (1..4) and note their tid; main waits for all four
;;      (memory.atomic.wait32 on a counter), checks the sum (10) and that the tids are distinct and
;;      positive, prints "spawn ok", exits 0
;;   l  (run with --max-threads 2) two threads block forever; the third spawn must fail (negative);
;;      prints "limit ok" and returns from _start: the program ends, the blocked threads are woken
;;   f  (run with --fuel) a thread loops 60,000 times, main waits for it and loops as much: each store
;;      has its own fuel; prints "fuel ok"
;;   F  (run with --fuel) a thread loops forever: it runs out of fuel, which ends the program (trap)
;;   x  a thread calls proc_exit(7) while main waits forever: exit status 7
;;   t  a thread traps (unreachable) while main waits forever: the program ends with that trap
;;   s  a thread spins forever (no fuel, no waits) and main calls proc_exit(3): the spinning thread is
;;      interrupted, exit status 3
;;   g  two threads grow the shared memory by a page each while main reads its size and its last word;
;;      main waits for both, checks 3 pages and the new last word, prints "grow ok"
;; Memory: 0 sum, 4 threads done, 8 a flag nobody sets, 16.. tids, 100 iovec, 200.. texts, 1024.. argv.
(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "env" "memory" (memory 1 4 shared))
  (data (i32.const 200) "spawn ok\n")    ;; 9 bytes
  (data (i32.const 216) "limit ok\n")    ;; 9
  (data (i32.const 232) "fuel ok\n")     ;; 8
  (data (i32.const 248) "grow ok\n")     ;; 8

  (func $print (param $p i32) (param $n i32)
    (i32.store (i32.const 100) (local.get $p))
    (i32.store (i32.const 104) (local.get $n))
    (drop (call $fd_write (i32.const 1) (i32.const 100) (i32.const 1) (i32.const 108))))

  ;; argv[1][0], or 0
  (func $mode (result i32)
    (drop (call $args_sizes_get (i32.const 1024) (i32.const 1028)))
    (if (i32.lt_u (i32.load (i32.const 1024)) (i32.const 2)) (then (return (i32.const 0))))
    (drop (call $args_get (i32.const 1040) (i32.const 1200)))
    (i32.load8_u (i32.load (i32.const 1044))))

  ;; blocks until the counter at 4 reaches n
  (func $wait_done (param $n i32) (local $v i32)
    (loop $l
      (local.set $v (i32.atomic.load (i32.const 4)))
      (if (i32.lt_u (local.get $v) (local.get $n))
        (then (drop (memory.atomic.wait32 (i32.const 4) (local.get $v) (i64.const -1))) (br $l)))))

  (func $done
    (drop (i32.atomic.rmw.add (i32.const 4) (i32.const 1)))
    (drop (memory.atomic.notify (i32.const 4) (i32.const 100))))

  (func $block_forever
    (loop $l (drop (memory.atomic.wait32 (i32.const 8) (i32.const 0) (i64.const -1))) (br $l)))

  (func $count (param $n i32)
    (loop $l (local.set $n (i32.sub (local.get $n) (i32.const 1))) (br_if $l (local.get $n))))

  (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
    (local $m i32)
    (local.set $m (i32.shr_u (local.get $arg) (i32.const 24)))
    (if (i32.eq (local.get $m) (i32.const 0x61)) (then   ;; a
      (drop (i32.atomic.rmw.add (i32.const 0) (i32.and (local.get $arg) (i32.const 0xff))))
      (i32.store (i32.add (i32.const 12) (i32.shl (i32.and (local.get $arg) (i32.const 0xff)) (i32.const 2)))
                 (local.get $tid))
      (call $done) (return)))
    (if (i32.eq (local.get $m) (i32.const 0x6c)) (then (call $block_forever)))   ;; l
    (if (i32.eq (local.get $m) (i32.const 0x66)) (then (call $count (i32.const 60000)) (call $done) (return)))
    (if (i32.eq (local.get $m) (i32.const 0x46)) (then (loop $l (br $l))))           ;; F
    (if (i32.eq (local.get $m) (i32.const 0x78)) (then (call $proc_exit (i32.const 7))))
    (if (i32.eq (local.get $m) (i32.const 0x74)) (then unreachable))
    (if (i32.eq (local.get $m) (i32.const 0x73)) (then (call $done) (loop $l (br $l))))
    (if (i32.eq (local.get $m) (i32.const 0x67)) (then                            ;; g
      (if (i32.lt_s (memory.grow (i32.const 1)) (i32.const 1)) (then unreachable))
      (call $done))))

  (func $spawn_ok (param $arg i32) (result i32) (local $t i32)
    (local.set $t (call $spawn (local.get $arg)))
    (if (i32.le_s (local.get $t) (i32.const 0)) (then unreachable))
    (local.get $t))

  (func (export "_start") (local $m i32) (local $i i32) (local $j i32) (local $t i32)
    (local.set $m (call $mode))
    (if (i32.eq (local.get $m) (i32.const 0x61)) (then
      (local.set $i (i32.const 1))
      (loop $l
        (drop (call $spawn_ok (i32.or (i32.const 0x61000000) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.le_u (local.get $i) (i32.const 4))))
      (call $wait_done (i32.const 4))
      (if (i32.ne (i32.atomic.load (i32.const 0)) (i32.const 10)) (then unreachable))
      ;; tids 16..28: positive and distinct
      (local.set $i (i32.const 0))
      (loop $li
        (local.set $t (i32.load (i32.add (i32.const 16) (i32.shl (local.get $i) (i32.const 2)))))
        (if (i32.le_s (local.get $t) (i32.const 0)) (then unreachable))
        (local.set $j (i32.add (local.get $i) (i32.const 1)))
        (block $bj (loop $lj
          (br_if $bj (i32.ge_u (local.get $j) (i32.const 4)))
          (if (i32.eq (local.get $t) (i32.load (i32.add (i32.const 16) (i32.shl (local.get $j) (i32.const 2)))))
            (then unreachable))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br $lj)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $li (i32.lt_u (local.get $i) (i32.const 4))))
      (call $print (i32.const 200) (i32.const 9))
      (return)))
    (if (i32.eq (local.get $m) (i32.const 0x6c)) (then
      (drop (call $spawn_ok (i32.const 0x6c000000)))
      (drop (call $spawn_ok (i32.const 0x6c000000)))
      (if (i32.ge_s (call $spawn (i32.const 0x6c000000)) (i32.const 0)) (then unreachable))
      (call $print (i32.const 216) (i32.const 9))
      (return)))
    (if (i32.eq (local.get $m) (i32.const 0x66)) (then
      (drop (call $spawn_ok (i32.const 0x66000000)))
      (call $wait_done (i32.const 1))
      (call $count (i32.const 60000))
      (call $print (i32.const 232) (i32.const 8))
      (return)))
    (if (i32.eq (local.get $m) (i32.const 0x73)) (then
      (drop (call $spawn_ok (i32.const 0x73000000)))
      (call $wait_done (i32.const 1))
      (call $proc_exit (i32.const 3))))
    (if (i32.eq (local.get $m) (i32.const 0x67)) (then
      (drop (call $spawn_ok (i32.const 0x67000000)))
      (drop (call $spawn_ok (i32.const 0x67000000)))
      ;; while they grow it: the size only grows, and the last word of what is there can be read
      (local.set $i (i32.const 0))
      (loop $l
        (drop (i32.load (i32.sub (i32.shl (memory.size) (i32.const 16)) (i32.const 4))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.and (i32.lt_u (memory.size) (i32.const 3)) (i32.lt_u (local.get $i) (i32.const 10000000)))))
      (call $wait_done (i32.const 2))
      (if (i32.ne (memory.size) (i32.const 3)) (then unreachable))
      (i32.store (i32.const 196604) (i32.const 7))
      (if (i32.ne (i32.load (i32.const 196604)) (i32.const 7)) (then unreachable))
      (call $print (i32.const 248) (i32.const 8))
      (return)))
    ;; F, x, t: start the thread, then wait for something that never comes
    (drop (call $spawn_ok (i32.shl (local.get $m) (i32.const 24))))
    (call $block_forever)))
