/* xattrs.h: --preserve=xattr, copying extended attributes.
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

#ifndef AINSTALL_XATTRS_H
#define AINSTALL_XATTRS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* Which attributes are copied: every one the caller may write (user.*,
   and trusted.* and security.* when privileged), except those the
   system's /etc/xattr.conf says to skip or leaves to permission copying
   (ACLs), those that matching a pattern of EXCLUDES (fnmatch globs), and
   security.selinux and security.capability, which have options of their
   own.  */
struct xattr_filter
{
  char const *const *excludes;
  size_t n_excludes;
};

/* Return 1 if the attribute NAME is one FILTER lets through, 0 if not,
   or -1 with errno set if that cannot be told (libattr, which reads
   /etc/xattr.conf, is loaded on first use and may be missing).  */
int xattr_wanted (struct xattr_filter const *filter, char const *name);

/* Set *VALUE to the malloc'd value of the attribute NAME of the open
   file FD and return its size, or return -1 with errno set.  Free
   *VALUE in either case.  */
ssize_t xattr_get_fd (int fd, char const *name, char **value);

/* Copy the attributes of SRC_FD that FILTER lets through to DST_FD.
   Return 0, or -1 with errno set and *FAILED_NAME (malloc'd) naming the
   attribute that could not be copied.  Quiet.  */
int xattrs_copy (int src_fd, int dst_fd, struct xattr_filter const *filter,
                 char **failed_name);

/* Likewise for the files SRC_NAME and DST_NAME, neither followed if it
   is a symbolic link.  */
int xattrs_copy_names (char const *src_name, char const *dst_name,
                       struct xattr_filter const *filter,
                       char **failed_name);

/* Return true if A_FD and B_FD have the same attributes that FILTER lets
   through, with the same values.  */
bool xattrs_equal (int a_fd, int b_fd, struct xattr_filter const *filter);

#endif /* AINSTALL_XATTRS_H */
