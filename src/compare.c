/* compare.c: -C, leaving an identical destination alone.
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

#include "compare.h"

#include "system.h"

#include "file-caps.h"
#include "metadata.h"
#include "posix-acl.h"
#include "same-inode.h"
#include "xattrs.h"
#include "security-label.h"

enum { COMPARE_BLOCK = 64 * 1024 };

/* Return true if file status DEST_ST matches what OPTS ask for and
   SRC_ST: the cheap checks, before any data is read.  */
static bool
status_matches (struct install_options const *opts,
                struct stat const *src_st, bool source_inode_kept,
                struct stat const *dest_st)
{
  if (! S_ISREG (src_st->st_mode) || ! S_ISREG (dest_st->st_mode)
      || mode_has_special_bits (src_st->st_mode)
      || mode_has_special_bits (dest_st->st_mode))
    return false;
  if (src_st->st_size != dest_st->st_size
      || (dest_st->st_mode & CHMOD_MODE_BITS) != wanted_file_mode (opts, src_st))
    return false;
  /* Without -o or -g, a new file would belong to the caller, as GNU
     reckons it; a linked or moved one keeps the source's owner.  */
  uid_t owner = wanted_owner (opts, src_st);
  gid_t group = wanted_group (opts, src_st);
  if (owner == (uid_t) -1)
    owner = source_inode_kept ? src_st->st_uid : getuid ();
  if (group == (gid_t) -1)
    group = source_inode_kept ? src_st->st_gid : getgid ();
  return dest_st->st_uid == owner && dest_st->st_gid == group;
}

/* Return true if DEST_FD, the destination DEST_NAME, has the label that
   OPTS would give it: the source's, a context, or one looked up.  The
   system default (no option) is not compared, as in GNU install.  */
static bool
labels_match (struct install_options const *opts, int src_fd, int dest_fd,
              char const *dest_name)
{
  if (opts->label_policy == LABEL_SYSTEM_DEFAULT)
    return true;
  char *wanted, *actual;
  if (label_for (opts, dest_name, S_IFREG | opts->mode, src_fd, &wanted)
      != 0)
    return false;
  bool same = false;
  if (label_of_file (dest_fd, &actual) == 0)
    {
      same = (! wanted && ! actual) || (wanted && actual
                                        && streq (wanted, actual));
      label_free (actual);
    }
  label_free (wanted);
  return same;
}

/* Return true if DEST_FD has the capabilities OPTS would give it.  */
static bool
caps_match (struct install_options const *opts, int src_fd, int dest_fd)
{
  if (! opts->caps_given && ! opts->preserve_caps)
    return true;
  struct file_caps *wanted = NULL, *actual = NULL;
  bool same = ((opts->caps_given || caps_get_fd (src_fd, &wanted) == 0)
               && caps_get_fd (dest_fd, &actual) == 0
               && caps_equal (opts->caps_given ? opts->caps : wanted,
                              actual));
  caps_free (wanted);
  caps_free (actual);
  return same;
}

/* Return true if the attributes OPTS ask to keep or set are already the
   destination's.  */
static bool
security_matches (struct install_options const *opts, int src_fd,
                  int dest_fd, char const *dest_name)
{
  return (labels_match (opts, src_fd, dest_fd, dest_name)
          && caps_match (opts, src_fd, dest_fd)
          && (! opts->preserve_xattr
              || xattrs_equal (src_fd, dest_fd, &opts->xattr_filter))
          && (! opts->preserve_acl || posix_acl_same (src_fd, dest_fd)));
}

bool
compare_content (int a_fd, int b_fd)
{
  static char a_buf[COMPARE_BLOCK], b_buf[COMPARE_BLOCK];
  for (off_t offset = 0; ; )
    {
      ssize_t n = pread (a_fd, a_buf, sizeof a_buf, offset);
      if (n < 0)
        return false;
      ssize_t m = 0;
      while (m < n)
        {
          ssize_t got = pread (b_fd, b_buf + m, n - m, offset + m);
          if (got <= 0)
            return false;
          m += got;
        }
      if (n == 0)
        {
          /* The destination must end here too.  */
          return pread (b_fd, b_buf, 1, offset) == 0;
        }
      if (memcmp (a_buf, b_buf, n) != 0)
        return false;
      offset += n;
    }
}

/* Open the destination, which must still be the regular file DEST_ST
   describes: a FIFO put there meanwhile must not block ainstall.  */
static bool
contents_match (struct install_options const *opts, int src_fd,
                int dir_fd, char const *dest_base, char const *dest_name,
                struct stat const *dest_st)
{
  int dest_fd = openat (dir_fd, dest_base,
                        (O_RDONLY | O_NOCTTY | O_NOFOLLOW | O_NONBLOCK
                         | O_CLOEXEC));
  struct stat st;
  if (dest_fd < 0)
    return false;
  bool same = (fstat (dest_fd, &st) == 0 && SAME_INODE (st, *dest_st)
               && security_matches (opts, src_fd, dest_fd, dest_name)
               && compare_content (src_fd, dest_fd));
  close (dest_fd);
  return same;
}

bool
destination_is_current (struct install_options const *opts, int src_fd,
                        struct stat const *src_st, bool source_inode_kept,
                        int dir_fd, char const *dest_base,
                        char const *dest_name, struct stat const *dest_st)
{
  return (0 <= src_fd
          && ! mode_has_special_bits (wanted_file_mode (opts, src_st))
          && status_matches (opts, src_st, source_inode_kept, dest_st)
          && contents_match (opts, src_fd, dir_fd, dest_base, dest_name,
                             dest_st));
}
