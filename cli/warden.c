/* warden.c — the `warden` command: dispatch, help, version, `warden validate`. Subcommands live in
 * cli/inspect.c and cli/run.c; the helpers they share in cli/cli.c (cli.h).
 * Uses only the public API (include/warden.h); maps the files it is given, writes stdout/stderr.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"

/* ---------------------------------------------------------------- help */

static void main_help(FILE *f) {
  fprintf(f,
          "warden %s — a WebAssembly interpreter for hosts that run untrusted code\n"
          "\n"
          "usage: warden COMMAND [ARGS...]\n"
          "\n"
          "commands:\n"
          "  run [OPTIONS] FILE.wasm [ARGS...]       run a WASI program (its _start) with ARGS\n"
          "  run [OPTIONS] --invoke NAME FILE.wasm [VALUES...]\n"
          "                                          call an exported function and print its results\n"
          "  validate FILE.wasm                      check that a module decodes and validates\n"
          "  inspect FILE.wasm                       sections, counts and memory use per layout\n"
          "  inspect --layouts                       the record size of each function-record layout\n"
          "  help COMMAND                            details of one command (warden help run: the\n"
          "                                          options: fuel, limits, directories, environment)\n"
          "\n"
          "run, validate and inspect take --enable-FEATURE, --disable-FEATURE and --features LIST\n"
          "(every implemented feature is on by default; warden help validate lists them)\n"
          "\n"
          "options:\n"
          "  -h, --help      this help\n"
          "  --version       print the version\n"
          "  --list-layouts  the function-record layouts of this build, one a line (the default marked)\n"
          "  --list-modes    the modes, one a line (the default marked)\n"
          "\n"
          "exit status: 0 success, 1 error (invalid module, I/O, link), 2 trap, 64 usage;\n"
          "`warden run` exits with the program's own status when it calls exit()\n",
          WARDEN_VERSION);
}

static void validate_help(void) {
  printf("usage: warden validate [--max-module-size SIZE] [FEATURE OPTIONS] FILE.wasm\n"
         "\n"
         "Decodes and validates every part of the module, every function body included (every\n"
         "implemented feature on unless the options say otherwise). Prints 'FILE: valid' and exits 0,\n"
         "or prints the error and where it is and exits 1.\n"
         "FILE must be a regular file of at most SIZE bytes (default 512M; K, M, G suffixes).\n");
  cli_features_help();
}

/* ---------------------------------------------------------------- validate */

static int cli_validate(int argc, char **argv) {
  const char *file = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) { validate_help(); return CLI_EXIT_OK; }
    bool missing = false;
    int sz = cli_module_size_opt(argc, argv, &i, &missing, "validate");
    if (sz < 0) return CLI_EXIT_USAGE;
    if (sz > 0) continue;
    if (!missing && (sz = cli_feature_opt(argc, argv, &i, &missing, "validate")) != 0) {
      if (sz < 0) return CLI_EXIT_USAGE;
      continue;
    }
    if (missing) { cli_error("validate: %s needs a value", argv[i]); return CLI_EXIT_USAGE; }
    if (argv[i][0] == '-' && argv[i][1]) { cli_error("validate: unknown option %s", argv[i]); return CLI_EXIT_USAGE; }
    if (file) { cli_error("validate: one file at a time (%s, %s)", file, argv[i]); return CLI_EXIT_USAGE; }
    file = argv[i];
  }
  if (!file) { cli_error("validate: no file (usage: warden validate FILE.wasm)"); return CLI_EXIT_USAGE; }
  cli_file in;
  if (!cli_file_open(file, &in, false)) return CLI_EXIT_ERROR;
  /* lazy: decode only; then validate every body explicitly (nothing is translated). */
  wd_engine *engine = cli_engine(NULL, WD_MODE_LAZY);
  if (!engine) { cli_file_close(&in); return CLI_EXIT_ERROR; }
  wd_error err = {0};
  wd_module *m = wd_module_new_borrowed(engine, in.bytes, in.len, &err);
  bool ok = m && wd_module_validate(m, &err);
  if (ok) printf("%s: valid\n", file);
  else cli_module_error(file, &err);
  if (m) wd_module_free(m);
  wd_engine_free(engine);
  cli_file_close(&in);
  return ok ? CLI_EXIT_OK : CLI_EXIT_ERROR;
}

/* ---------------------------------------------------------------- main */

int main(int argc, char **argv) {
  if (argc < 2) { main_help(stderr); return CLI_EXIT_USAGE; }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help")) { main_help(stdout); return CLI_EXIT_OK; }
  if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) { printf("warden %s\n", WARDEN_VERSION); return CLI_EXIT_OK; }
  if (!strcmp(cmd, "--list-layouts")) { cli_list(wd_layout_names(), wd_layout_default()); return CLI_EXIT_OK; }
  if (!strcmp(cmd, "--list-modes")) {
    wd_config c;
    wd_config_init(&c);
    cli_list(wd_mode_names(), wd_mode_name(c.mode));
    return CLI_EXIT_OK;
  }
  if (!strcmp(cmd, "help")) {
    if (argc < 3) { main_help(stdout); return CLI_EXIT_OK; }
    const char *what = argv[2];
    if (!strcmp(what, "run")) cli_run_help();
    else if (!strcmp(what, "validate")) validate_help();
    else if (!strcmp(what, "inspect")) cli_inspect_help();
    else if (!strcmp(what, "help")) main_help(stdout);
    else { cli_error("no command '%s' (try: warden --help)", what); return CLI_EXIT_USAGE; }
    return CLI_EXIT_OK;
  }
  if (!strcmp(cmd, "run")) return cli_run(argc - 1, argv + 1);
  if (!strcmp(cmd, "validate")) return cli_validate(argc - 1, argv + 1);
  if (!strcmp(cmd, "inspect")) return cli_inspect(argc - 1, argv + 1);
  cli_error("unknown command '%s' (try: warden --help)", cmd);
  return CLI_EXIT_USAGE;
}
