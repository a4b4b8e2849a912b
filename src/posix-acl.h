/* posix-acl.h: POSIX ACLs, as the Linux kernel keeps them.
   Copyright (C) 2026 The ainstall authors.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

#ifndef AINSTALL_POSIX_ACL_H
#define AINSTALL_POSIX_ACL_H

#include <stdbool.h>
#include <sys/types.h>

/* A file's access ACL is its extended attribute system.posix_acl_access,
   and a directory's default ACL, which new files in it inherit, is
   system.posix_acl_default: no library is needed to test, remove or
   copy them.  The kernel keeps an access ACL only while it says more
   than the mode bits, and rewrites its owner, group class (mask) and
   other entries when the mode changes.

   Built with --disable-acl, files have no ACLs here: the tests say no,
   and only modes are set.  Where a file system does not support ACLs,
   likewise.  These functions never print; they return 0, or -1 with
   errno set.  */

/* Return true if the open file FD has an access ACL beyond its mode.  */
bool posix_acl_extended (int fd);

/* Return false if no new file in the directory DIR_FD (which may be an
   O_PATH descriptor) can inherit an ACL, true if one may.  */
bool posix_acl_dir_passes (int dir_fd);

/* Return true if the open files A_FD and B_FD have the same access ACL,
   or neither has one.  */
bool posix_acl_same (int a_fd, int b_fd);

/* Remove the access ACL of FD, if any, and give it the mode MODE.  */
int posix_acl_drop (int fd, mode_t mode);

/* Give DST_FD the access ACL of SRC_FD, then the mode MODE: of the
   source's ACL, only its named entries are left.  */
int posix_acl_copy (int src_fd, int dst_fd, mode_t mode);

#endif /* AINSTALL_POSIX_ACL_H */
