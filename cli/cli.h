/* cli.h — what the parts of the `warden` command share: exit codes, error printing, option parsing,
 * reading a module file and loading it. Declares only; cli/warden.c defines. Uses only warden.h.
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

/* Reads a whole module file into a malloc'ed buffer; NULL after printing the error. A file that does not
 * start with the binary magic is WebAssembly text and is returned as the binary module it reads as. */
uint8_t *cli_read_file(const char *path, size_t *len);

/* Parses a layout name ("enum", "union16", "packed", "all": *all set) or mode name. False after printing
 * a usage error. */
bool cli_parse_layout(const char *s, const char **layout, bool *all);
bool cli_parse_mode(const char *s, wd_mode *mode);
const char *cli_mode_name(wd_mode mode);

/* Makes an engine with this layout (NULL = default) and mode, every feature on. NULL after printing. */
wd_engine *cli_engine(const char *layout, wd_mode mode);

/* Subcommands: argc/argv start at the subcommand's name. */
int cli_inspect(int argc, char **argv);
int cli_run(int argc, char **argv);
void cli_inspect_help(void);
void cli_run_help(void);

#endif /* WD_CLI_H */
