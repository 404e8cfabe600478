/* spec_features.h — which testsuite file needs which features: the one rule shared by the spec tools
 * (wd-spectest, wd-decodetest, wd-validatetest). A file's feature is derived from its path, per the
 * testsuites' READMEs: proposals/NAME/ folders, the 3.0 core files, the threads proposal (Wasm 1.0).
 * Header-only (static functions); uses only include/warden.h's feature list.
 */
#ifndef WD_SPEC_FEATURES_H
#define WD_SPEC_FEATURES_H
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "warden.h"

/* The feature a file's commands count under in the 3.0 table (a static buffer for proposals' names). */
static const char *spec_feature_of(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  static char prop[64];
  const char *pr = strstr(path, "/proposals/");
  if (pr) {
    pr += strlen("/proposals/");
    const char *end = strchr(pr, '/');
    snprintf(prop, sizeof prop, "%.*s", (int)(end ? end - pr : (ptrdiff_t)strlen(pr)), pr);
    return prop;
  }
  if (strstr(path, "/legacy/")) return "exceptions";        /* the legacy try/catch/delegate form */
  if (strstr(path, "/custom/") || !strcmp(base, "annotations.wast")) return "annotations";
  if (strstr(base, "relaxed")) return "relaxed SIMD";
  if (!strncmp(base, "simd_", 5)) return "SIMD";
  static const char *const gc[] = {"array", "binary-gc", "br_on_cast", "i31", "struct", "ref_cast", "ref_test",
                                   "ref_eq", "extern", "type-canon", "type-equivalence", "type-rec",
                                   "type-subtyping"};
  for (size_t i = 0; i < sizeof gc / sizeof gc[0]; i++)
    if (!strncmp(base, gc[i], strlen(gc[i]))) return "GC";
  static const char *const fr[] = {"br_on_non_null", "br_on_null", "call_ref", "return_call_ref",
                                   "ref_as_non_null", "local_init", "ref.wast"};
  for (size_t i = 0; i < sizeof fr / sizeof fr[0]; i++)
    if (!strncmp(base, fr[i], strlen(fr[i]))) return "function references";
  static const char *const eh[] = {"tag.wast", "throw.wast", "throw_ref.wast", "try_table.wast"};  /* + legacy/ */
  for (size_t i = 0; i < sizeof eh / sizeof eh[0]; i++)
    if (!strcmp(base, eh[i])) return "exceptions";
  size_t bl = strlen(base);
  if (!strncmp(base, "memory64", 8) ||
      (bl > 8 && !strcmp(base + bl - 7, "64.wast") && strcmp(base, "i64.wast") && strcmp(base, "f64.wast")))
    return "memory64 / table64";
  return "core";
}

/* SIMD, and the feature of a proposals/NAME folder (the feature table's names are the testsuites'
 * folder names), as far as this build implements it; then the command line's switches. */
static uint32_t spec_features_for(const char *path) {
  uint32_t f = WD_FEATURE_SIMD | WD_FEATURE_REFERENCE_TYPES, bit;   /* Wasm 2.0 */
  for (size_t i = 0; (bit = wd_feature_at(i)); i++) {
    char dir[64];
    snprintf(dir, sizeof dir, "proposals/%s/", wd_feature_name(bit));
    if (strstr(path, dir)) f |= bit;
  }
  const char *cat = spec_feature_of(path);
  if (!strcmp(cat, "exceptions") || !strcmp(cat, "legacy exceptions"))
    f |= WD_FEATURE_EXCEPTIONS | WD_FEATURE_TAIL_CALL;   /* both Wasm 3.0; the files use return_call */
  if (strstr(path, "relaxed")) f |= WD_FEATURE_RELAXED_SIMD;
  /* The 3.0 testsuite's core files are written for Wasm 3.0, so they get its standard features: u64
   * limits and memarg offsets everywhere (memory64), i64 memories and tables, several memories, tail
   * calls, extended constants, exceptions, relaxed SIMD, typed function references (its proposals/
   * directories keep the Wasm version their proposal was written against); custom page sizes in their
   * proposal's directory. */
  if (strstr(path, "testsuite-3") && !strstr(path, "/proposals/"))
    f |= WD_FEATURE_MEMORY64 | WD_FEATURE_MULTI_MEMORY | WD_FEATURE_TAIL_CALL | WD_FEATURE_EXTENDED_CONST |
         WD_FEATURE_EXCEPTIONS | WD_FEATURE_RELAXED_SIMD | WD_FEATURE_FUNCTION_REFERENCES;
  if (strstr(path, "proposals/threads/")) f &= ~WD_FEATURE_REFERENCE_TYPES;   /* written against Wasm 1.0 */
  if (strstr(path, "proposals/custom-page-sizes"))
    f |= WD_FEATURE_MEMORY64 | WD_FEATURE_MULTI_MEMORY | WD_FEATURE_CUSTOM_PAGE_SIZES;
  f &= WD_FEATURES_ALL;
  /* gc is not among the implemented features (struct and array types are not supported), but its rec
   * groups and subtypes of function types are: the 3.0 core files get them (tag.wast's link-time type
   * equivalence, the function-references files). */
  if (strstr(path, "testsuite-3") && !strstr(path, "/proposals/")) f |= WD_FEATURE_GC;
  return f;
}

#endif
