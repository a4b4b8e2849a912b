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
#include "full-read.h"
#include "metadata.h"
#include "security-label.h"

enum { COMPARE_BLOCK = 64 * 1024 };

static bool
has_special_bits (mode_t mode)
{
  return (mode & ~(S_IRWXUGO | S_IFMT)) != 0;
}

/* Return true if file status DEST_ST matches what OPTS ask for and
   SRC_ST: the cheap checks, before any data is read.  */
static bool
status_matches (struct install_options const *opts,
                struct stat const *src_st, struct stat const *dest_st)
{
  if (! S_ISREG (src_st->st_mode) || ! S_ISREG (dest_st->st_mode)
      || has_special_bits (src_st->st_mode)
      || has_special_bits (dest_st->st_mode))
    return false;
  if (src_st->st_size != dest_st->st_size
      || (dest_st->st_mode & CHMOD_MODE_BITS) != wanted_file_mode (opts, src_st))
    return false;
  /* Without -o or -g, a new file would belong to the caller, as GNU
     reckons it.  */
  uid_t owner = wanted_owner (opts, src_st);
  gid_t group = wanted_group (opts, src_st);
  if (owner == (uid_t) -1)
    owner = getuid ();
  if (group == (gid_t) -1)
    group = getgid ();
  return dest_st->st_uid == owner && dest_st->st_gid == group;
}

static bool
labels_match (int src_fd, int dest_fd)
{
  char *src_label, *dest_label;
  if (label_of_file (src_fd, &src_label) != 0)
    return false;
  bool same = false;
  if (label_of_file (dest_fd, &dest_label) == 0)
    {
      same = src_label && dest_label && streq (src_label, dest_label);
      label_free (dest_label);
    }
  label_free (src_label);
  return same;
}

static bool
same_content (int a_fd, int b_fd)
{
  static char a_buf[COMPARE_BLOCK], b_buf[COMPARE_BLOCK];
  for (;;)
    {
      errno = 0;
      size_t n = full_read (a_fd, a_buf, sizeof a_buf);
      if (n < sizeof a_buf && errno != 0)
        return false;
      if (full_read (b_fd, b_buf, sizeof b_buf) != n || errno != 0)
        return false;
      if (n == 0)
        return true;
      if (memcmp (a_buf, b_buf, n) != 0)
        return false;
    }
}

static bool
contents_match (struct install_options const *opts, char const *source,
                int dir_fd, char const *dest_base)
{
  int src_fd = open (source, O_RDONLY | O_NOCTTY | O_CLOEXEC);
  if (src_fd < 0)
    return false;
  int dest_fd = openat (dir_fd, dest_base,
                        O_RDONLY | O_NOCTTY | O_NOFOLLOW | O_CLOEXEC);
  bool same = false;
  if (0 <= dest_fd)
    {
      same = ((opts->label_policy != LABEL_FROM_SOURCE
               || labels_match (src_fd, dest_fd))
              && same_content (src_fd, dest_fd));
      close (dest_fd);
    }
  close (src_fd);
  return same;
}

bool
destination_is_current (struct install_options const *opts,
                        char const *source, struct stat const *src_st,
                        int dir_fd, char const *dest_base)
{
  struct stat dest_st;
  return (! has_special_bits (wanted_file_mode (opts, src_st))
          && fstatat (dir_fd, dest_base, &dest_st, AT_SYMLINK_NOFOLLOW) == 0
          && status_matches (opts, src_st, &dest_st)
          && contents_match (opts, source, dir_fd, dest_base));
}
