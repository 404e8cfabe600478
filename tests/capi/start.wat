;; start: a start function that traps, so instantiation fails with that trap.
(module
  (func $start (unreachable))
  (start $start))
