/* registry.c — every function-record layout of this build (layout.h's WD_LAYOUT_LIST), by name:
 * wd_layout_find / wd_layout_all for the runtime, wd_layout_names / wd_layout_default /
 * wd_layout_record_size for the public API (warden.h). Knows only layout.h and config.h.
 */
#include <string.h>
#include "layout.h"

#define WD_LAYOUT_ADDR_(n) &wd_layout_##n,
#define WD_LAYOUT_NAME_(n) #n,
static const wd_layout *const all[] = { WD_LAYOUT_LIST(WD_LAYOUT_ADDR_) NULL };
static const char *const names[] = { WD_LAYOUT_LIST(WD_LAYOUT_NAME_) NULL };

_Static_assert(sizeof all / sizeof all[0] == sizeof names / sizeof names[0], "one name per layout");

const wd_layout *wd_layout_find(const char *name) {
  if (!name) return NULL;
  for (const wd_layout *const *l = all; *l; l++)
    if (strcmp((*l)->name, name) == 0) return *l;
  return NULL;
}

const wd_layout *const *wd_layout_all(void) { return all; }

const char *const *wd_layout_names(void) { return names; }

const char *wd_layout_default(void) { return WD_DEFAULT_LAYOUT; }

/* The record size of layout `name` (NULL = the default layout), or 0 if there is no such layout. */
size_t wd_layout_record_size(const char *name) {
  const wd_layout *l = wd_layout_find(name ? name : WD_DEFAULT_LAYOUT);
  return l ? l->record_size : 0;
}
