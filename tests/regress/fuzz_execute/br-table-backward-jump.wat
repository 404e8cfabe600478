;; exec.c BR_TABLE: a backward jump from a br_table that is not the loop's first instruction.
;; JUMP(3 + i) adds (uint32_t)k + (int32_t)offset in 32-bit unsigned arithmetic, so a net negative
;; displacement becomes ip += ~4G: SEGV at exec.c:446 (call "f" with fuel; it should run out of fuel).
(module
  (func (export "f")
    (loop
      (drop (i64.eqz (i64.const -1)))
      (br_table 0 (i32.const 40)))))
