/* error.h — wd_fail, the one way every stage reports an error (error.c), and wd_error_clear. The error
 * codes, their names and messages are include/warden_errors.def's, turned into API functions by
 * error.c. Knows only warden.h.
 */
#ifndef WD_ERROR_H
#define WD_ERROR_H

#include <stdbool.h>
#include <stdint.h>
#include "../include/warden.h"

/* Sets err (if non-NULL): code, offset and "message[: detail] at offset 0x..". Returns false. */
bool wd_fail(wd_error *err, wd_errcode code, uint32_t offset, const char *detail_fmt, ...)
    __attribute__((format(printf, 4, 5)));
void wd_error_clear(wd_error *err);

#endif /* WD_ERROR_H */
