/* cli.h — what the parts of the `warden` command share: exit codes, error printing, option parsing,
 * mapping a module file and loading it. Declares only; cli/cli.c defines (the
 * subcommands: cli/inspect.c, cli/run.c). Uses only warden.h.
 */
#ifndef WD_CLI_H
#define WD_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "warden.h"

enum {
  CLI_EXIT_OK = 0,
  CLI_EXIT_ERROR = 1,                /* invalid module, I/O, link and other errors */
  CLI_EXIT_TRAP = 2,                 /* the invoked function trapped */
  CLI_EXIT_USAGE = 64                /* bad command line (sysexits.h EX_USAGE) */
};

/* "warden: <fmt>" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "warden: FILE: <message>[ at offset 0x..]" on stderr. */
void cli_module_error(const char *file, const wd_error *err);

/* Matches "--name value" (advancing *i) or "--name=value"; NULL if argv[*i] is not this option. Sets
 * *missing when the option is there but its value is not. */
const char *cli_opt_value(int argc, char **argv, int *i, const char *name, bool *missing);

/* A module file mapped read-only into memory: nothing is copied, and only the pages the loader reads
 * become resident. Modules made from it with wd_module_new_borrowed must be freed before it is closed.
 * A file that does not start with the binary magic is WebAssembly text: bytes are then the binary module
 * the text reader made of it (owned, freed on close) and the mapping is already gone. */
typedef struct cli_file {
  const uint8_t *bytes;
  size_t len;
  void *map;                         /* the mapping (NULL for an empty file or text) */
  size_t map_len;
  uint8_t *owned;                    /* the binary made from text (wd_wat_free), else NULL */
  uint8_t *copy;                     /* the file read into memory (copy), else NULL */
} cli_file;

/* Opens and maps a module file, reading text into binary; false after printing the error (text errors
 * as FILE:LINE:COLUMN: message). Only a regular file of at most cli_max_module_bytes is accepted: a pipe,
 * a device (/dev/zero) or a directory is refused unread. With copy the file is read into memory instead
 * of mapped: a mapping shows later writes to the file, and a module's borrowed bytes must not change
 * (bodies are translated at their first call, after validation), so `run` copies when the guest may
 * write files (a writable --dir). Its own module file could be among them; truncated, a mapping would
 * even fault (SIGBUS). */
bool cli_file_open(const char *path, cli_file *f, bool copy);
void cli_file_close(cli_file *f);
/* The most bytes a module file may have (--max-module-size). */
#define CLI_DEFAULT_MAX_MODULE_BYTES (512ull << 20)
extern uint64_t cli_max_module_bytes;
/* Handles "--max-module-size SIZE" at argv[*i] for command cmd: 1 taken, 0 not this option (or *missing
 * set), -1 bad value (printed). */
int cli_module_size_opt(int argc, char **argv, int *i, bool *missing, const char *cmd);
/* "65536", "64K", "16M", "1G" (powers of 1024; with pages_ok also "256p" pages of 64 KiB) -> bytes;
 * a plain decimal number. False when malformed or too large. */
bool cli_parse_size(const char *s, bool pages_ok, uint64_t *bytes);
bool cli_parse_u64(const char *s, uint64_t *v);

/* Parses a layout name (one of wd_layout_names(), or "all": *all set) or mode name (wd_mode_names()).
 * False after printing a usage error. */
bool cli_parse_layout(const char *s, const char **layout, bool *all);
bool cli_parse_mode(const char *s, wd_mode *mode);
const char *cli_mode_name(wd_mode mode);
/* The names of a NULL-terminated list joined with sep ("enum|union16|packed"), in a static buffer that
 * the next call reuses: for help and error texts, which name layouts and modes from the one list. */
const char *cli_names(const char *const *names, const char *sep);
/* `warden --list-layouts` / `--list-modes`: one name a line, the default one followed by " default". */
void cli_list(const char *const *names, const char *dflt);

/* The features of the engines the commands make: every implemented one (WD_FEATURES_ALL) unless the
 * command line says otherwise. */
extern uint32_t cli_features;
/* Handles --enable-FEATURE, --disable-FEATURE and --features=LIST (or --features LIST) at argv[*i] for
 * command cmd, names from the feature table (wd_features_parse): 1 taken, 0 not this option (or *missing
 * set), -1 bad value (printed). */
int cli_feature_opt(int argc, char **argv, int *i, bool *missing, const char *cmd);
/* The help lines of those options, with the features and whether each is on by default. */
void cli_features_help(void);

/* Makes an engine with this layout (NULL = default) and mode, cli_features on. NULL after printing. */
wd_engine *cli_engine(const char *layout, wd_mode mode);

/* Subcommands: argc/argv start at the subcommand's name. */
int cli_inspect(int argc, char **argv);
int cli_run(int argc, char **argv);
void cli_inspect_help(void);
void cli_run_help(void);

#endif /* WD_CLI_H */
