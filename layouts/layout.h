/* layout.h — the plug-in interface for how one function record is stored.
 *
 * A module keeps one record per defined function, in one array in its arena (records are
 * record_size bytes apart, aligned to record_align). Records are used in place and never copied or moved
 * (`packed` stores the code's position relative to the record). A record starts as an *uncompiled body* (the raw
 * bytes of the function's code-section entry: local declarations and instructions; small ones inline,
 * others referred to where the module's bytes are) and is *promoted*
 * once: the translator stores the compiled form, after which the body is no longer readable through the
 * record. All layouts behave identically; they differ only in bytes and speed.
 *
 * Layouts know only the arena (runtime/arena.h) and this header. Shared per-module facts (features,
 * type table, function type indices) live in the module, never in a record.
 */
#ifndef WD_LAYOUT_H
#define WD_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../runtime/arena.h"

typedef struct wd_slice {
  const uint8_t *ptr;
  uint32_t len;
} wd_slice;

/* The compiled (promoted) form of a function: where its translated code is and what its frame needs.
 * The code bytes themselves live in the module arena; the layout stores these facts in whatever form it
 * likes and must give back exactly the same values. */
typedef struct wd_compiled {
  const uint8_t *code;           /* translated code, in the arena */
  uint32_t code_len;             /* bytes of code */
  uint32_t frame_slots;          /* 8-byte slots the frame needs: params + locals + temporaries */
} wd_compiled;

typedef struct wd_layout {
  const char *name;              /* "enum", "union16", "packed" */
  uint32_t record_size;          /* bytes per record */
  uint32_t record_align;         /* alignment of the record array */
  /* Records start zeroed (all-zero bytes = "empty": no body stored yet). */

  /* Store an uncompiled body. A body small enough is copied into the record; any other is referred to
   * where it is, never copied: the bytes must stay valid and unchanged as long as the record holds the
   * body (the decoder passes the caller's borrowed module bytes or its one arena copy of the code
   * section). The arena is used only for what does not fit the record's compact forms (an escape
   * header). Returns false only when the arena refuses (limit, out of memory). */
  bool (*set_body)(void *rec, wd_arena *arena, const uint8_t *bytes, uint32_t len);
  /* Read the body back. False (and out untouched) if the record holds no body (empty or compiled). */
  bool (*get_body)(const void *rec, wd_slice *out);
  /* Store the compiled form (replacing the body). False only when the arena refuses. */
  bool (*set_code)(void *rec, wd_arena *arena, const wd_compiled *code);
  /* Read the compiled form back. False if the record is not compiled. */
  bool (*get_code)(const void *rec, wd_compiled *out);
  bool (*is_compiled)(const void *rec);
  /* Arena bytes this record took for itself (escape headers; not the body bytes it refers to, not the
   * code). */
  size_t (*extra_bytes)(const void *rec);
  /* Arena bytes set_body takes for a body of len bytes (alignment padding included), so that a decoder
   * can reserve exactly what a code section needs before storing it. A layout's rare fallback may take
   * more; the arena then obtains another chunk, so this is a sizing hint, never a correctness bound. */
  size_t (*body_arena_bytes)(uint32_t len);
} wd_layout;

/* Every layout of this build, in the order tools list them: X(name) for the layout `wd_layout_<name>`
 * whose .name is "<name>", defined in layouts/<name>.c. Adding a layout = its file + one line here. The
 * public functions (warden.h wd_layout_names, ...) and every tool, test and fuzzer iterate this list. */
#define WD_LAYOUT_LIST(X) \
  X(enum)                 \
  X(union16)              \
  X(packed)

#define WD_LAYOUT_DECLARE_(n) extern const wd_layout wd_layout_##n;
WD_LAYOUT_LIST(WD_LAYOUT_DECLARE_)
#undef WD_LAYOUT_DECLARE_

/* The registry (registry.c): every layout of this build, by name. */
const wd_layout *wd_layout_find(const char *name);      /* NULL if unknown */
const wd_layout *const *wd_layout_all(void);             /* NULL-terminated, WD_LAYOUT_LIST order */

#endif /* WD_LAYOUT_H */
