/* wasi_fs.h — the filesystem calls wasi_fs.c defines, for wasi.c's import table. Not public.
 * May use: warden.h.
 */
#ifndef WD_WASI_FS_H
#define WD_WASI_FS_H

#include "../include/warden.h"

#define WASI_FS_CALLS(X) X(fd_read) X(fd_write) X(fd_pread) X(fd_pwrite) X(fd_seek) X(fd_tell) X(fd_close) X(fd_renumber) X(fd_sync) X(fd_datasync) X(fd_advise) X(fd_allocate) X(fd_fdstat_get) X(fd_fdstat_set_flags) X(fd_fdstat_set_rights) X(fd_filestat_get) X(fd_filestat_set_size) X(fd_filestat_set_times) X(fd_prestat_get) X(fd_prestat_dir_name) X(fd_readdir) X(path_open) X(path_filestat_get) X(path_filestat_set_times) X(path_create_directory) X(path_remove_directory) X(path_unlink_file) X(path_rename) X(path_symlink) X(path_readlink) X(path_link)

#define X(fname) bool wd_wasi_fs_##fname(wd_caller *c, void *u, const wd_val *a, wd_val *r);
WASI_FS_CALLS(X)
#undef X

#endif /* WD_WASI_FS_H */
