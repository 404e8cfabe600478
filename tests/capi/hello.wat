;; hello: one imported host function, called by the one export.
(module
  (import "" "hello" (func $hello))
  (func (export "run") (call $hello)))
