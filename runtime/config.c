/* config.c — the defaults of a wd_config (wd_config_init, include/warden.h), next to the compile-time
 * knobs of config.h; store.c's wd_engine_new fills in a NULL configuration with it, the API re-exports it.
 * Knows only warden.h and config.h.
 */
#include <string.h>
#include "../include/warden.h"
#include "config.h"

void wd_config_init(wd_config *cfg) {
  if (!cfg) return;
  memset(cfg, 0, sizeof *cfg);
  cfg->layout = NULL;
  cfg->mode = WD_MODE_LAZY_TRANSLATION;
  cfg->features = WD_FEATURES_DEFAULT;
  cfg->allocator = NULL;
}
