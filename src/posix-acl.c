/* posix-acl.c: POSIX ACLs, as the Linux kernel keeps them.
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

#include <config.h>

#include "posix-acl.h"

#include <sys/xattr.h>

#include "system.h"
#include "xattrs.h"

#if USE_XATTR_ACL
static char const access_acl[] = "system.posix_acl_access";
static char const default_acl[] = "system.posix_acl_default";

/* The attribute's value: a 4-byte header (the version, 2), then one
   8-byte entry (tag, permissions, user or group ID) for each of the
   owner, owning group, others, and any named user or group and the mask
   that come with them.  */
enum { ACL_HEADER_SIZE = 4, ACL_ENTRY_SIZE = 8, ACL_BASE_ENTRIES = 3 };

/* Return true if ERR, from reading or writing an ACL, means only that
   the file has none, or that the file system has none: as gnulib's
   acl_errno_valid, which libacl users go by.  */
static bool
no_acl_here (int err)
{
  return (err == ENODATA || err == ENOTSUP || err == EOPNOTSUPP
          || err == ENOSYS || err == EINVAL || err == EBUSY);
}
#endif

bool
posix_acl_extended (int fd)
{
#if USE_XATTR_ACL
  ssize_t size = fgetxattr (fd, access_acl, NULL, 0);
  return ACL_HEADER_SIZE + ACL_BASE_ENTRIES * ACL_ENTRY_SIZE < size;
#else
  (void) fd;
  return false;
#endif
}

bool
posix_acl_dir_passes (int dir_fd)
{
#if USE_XATTR_ACL
  /* fgetxattr refuses an O_PATH descriptor.  */
  int fd = openat (dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return true;
  bool passes = (fgetxattr (fd, default_acl, NULL, 0) != -1
                 || (errno != ENODATA && errno != ENOTSUP));
  close (fd);
  return passes;
#else
  (void) dir_fd;
  return false;
#endif
}

bool
posix_acl_same (int a_fd, int b_fd)
{
  /* Not conditional on USE_XATTR_ACL: -C --preserve=acl compares what is
     there in any build.  */
  static char const acl_xattr[] = "system.posix_acl_access";
  char a[4096], b[4096];
  ssize_t a_len = fgetxattr (a_fd, acl_xattr, a, sizeof a);
  int a_errno = errno;
  ssize_t b_len = fgetxattr (b_fd, acl_xattr, b, sizeof b);
  if (a_len < 0 || b_len < 0)
    return a_len < 0 && b_len < 0 && a_errno == ENODATA && errno == ENODATA;
  return a_len == b_len && memcmp (a, b, a_len) == 0;
}

int
posix_acl_drop (int fd, mode_t mode)
{
#if USE_XATTR_ACL
  if (fremovexattr (fd, access_acl) != 0 && ! no_acl_here (errno))
    return -1;
#endif
  return fchmod (fd, mode);
}

int
posix_acl_copy (int src_fd, int dst_fd, mode_t mode)
{
#if USE_XATTR_ACL
  /* The value is copied as it is: the kernel gives and takes the IDs in
     it as seen from this process's user namespace.  */
  char *value;
  ssize_t size = xattr_get_fd (src_fd, access_acl, &value);
  int r = (size < 0 ? (no_acl_here (errno) ? 0 : -1)
           : fsetxattr (dst_fd, access_acl, value, size, 0));
  int e = errno;
  free (value);
  if (r != 0)
    {
      errno = e;
      return -1;
    }
#else
  (void) src_fd;
#endif
  return fchmod (dst_fd, mode);
}
