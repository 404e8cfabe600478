/* test_lists.c — the one list of layouts and of modes (warden.h): names, lookup, defaults, and that the
 * runtime's tables agree with them (layouts/layout.h WD_LAYOUT_LIST, runtime/promote.c's mode table).
 */
#include <criterion/criterion.h>
#include <string.h>
#include "module.h"
#include "matrix.h"

Test(lists, modes_by_name_round_trip_in_enum_order) {
  const char *const *names = wd_mode_names();
  size_t n = 0;
  for (; names[n]; n++) {
    wd_mode m = (wd_mode)99;
    cr_assert(wd_mode_lookup(names[n], &m), "%s", names[n]);
    cr_assert_eq((size_t)m, n, "the i-th name is mode i (%s)", names[n]);
    cr_assert_str_eq(wd_mode_name(m), names[n]);
    cr_assert_eq(unit_mode(n), m);
  }
  cr_assert_eq(n, 3);
  cr_assert_str_eq(wd_mode_name(WD_MODE_EAGER), "eager");
  cr_assert_str_eq(wd_mode_name(WD_MODE_LAZY_TRANSLATION), "lazy-translation");
  cr_assert_str_eq(wd_mode_name(WD_MODE_LAZY), "lazy");
  cr_assert_null(wd_mode_name((wd_mode)3));
  cr_assert_null(wd_mode_name((wd_mode)-1));
  wd_mode m = WD_MODE_LAZY;
  cr_assert_not(wd_mode_lookup("lazy-", &m));
  cr_assert_not(wd_mode_lookup("", &m));
  cr_assert_not(wd_mode_lookup(NULL, &m));
  cr_assert_eq(m, WD_MODE_LAZY, "a failed lookup leaves the mode alone");
}

Test(lists, the_default_mode_is_named) {
  wd_config c;
  wd_config_init(&c);
  cr_assert_not_null(wd_mode_name(c.mode));
}

Test(lists, layouts_registry_names_and_default_agree) {
  const char *const *names = wd_layout_names();
  const wd_layout *const *all = wd_layout_all();
  size_t n = 0;
  bool default_listed = false;
  for (; names[n]; n++) {
    cr_assert_not_null(all[n]);
    cr_assert_str_eq(all[n]->name, names[n], "WD_LAYOUT_LIST's name is the layout's own");
    cr_assert_gt(wd_layout_record_size(names[n]), 0);
    default_listed |= !strcmp(names[n], wd_layout_default());
  }
  cr_assert_null(all[n], "as many layouts as names");
  cr_assert_eq(n, (size_t)unit_nlayouts());
  cr_assert(default_listed, "the default layout %s is one of the list", wd_layout_default());
  cr_assert_eq(wd_layout_record_size(NULL), wd_layout_record_size(wd_layout_default()));
  cr_assert_eq(wd_layout_record_size("nope"), 0);
}
