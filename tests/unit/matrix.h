/* matrix.h — the layout x mode matrix of the unit tests, from warden.h's lists (wd_layout_names,
 * wd_mode_names), never spelled out: a test iterates `for (i = 0; UNIT_LAYOUT(i); i++)` and
 * `for (i = 0; UNIT_MODE_NAME(i); i++)`, so a new layout or mode is covered by every such test.
 */
#ifndef WD_UNIT_MATRIX_H
#define WD_UNIT_MATRIX_H

#include <stddef.h>
#include "warden.h"

#define UNIT_LAYOUT(i) (wd_layout_names()[i])      /* NULL past the last layout */
#define UNIT_MODE_NAME(i) (wd_mode_names()[i])     /* NULL past the last mode */

/* The i-th mode (i below the number of modes). */
static inline wd_mode unit_mode(size_t i) {
  wd_mode m = WD_MODE_EAGER;
  wd_mode_lookup(wd_mode_names()[i], &m);
  return m;
}

static inline int unit_nlayouts(void) {
  int n = 0;
  while (UNIT_LAYOUT(n)) n++;
  return n;
}

#endif /* WD_UNIT_MATRIX_H */
